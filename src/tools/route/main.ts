// net-tools 2.10 `route`: the IPv4 routing table (rprint_fib) and the empty
// routing cache (-C). Adding and deleting routes through route(8) and the
// IPv6 view are recognised and refused as not supported.

import type { ToolContext, ToolResult } from '../types';
import { rprintFib, rprintCache } from './fib-view';

export const ROUTE_USAGE =
  'Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables\n' +
  '       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.\n' +
  '\n' +
  '       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.\n' +
  '       route {-V|--version}                  Display version/author and exit.\n' +
  '\n' +
  '        -v, --verbose            be verbose\n' +
  '        -n, --numeric            don\'t resolve names\n' +
  '        -e, --extend             display other/more information\n' +
  '        -F, --fib                display Forwarding Information Base (default)\n' +
  '        -C, --cache              display routing cache instead of FIB\n' +
  '\n' +
  "  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet\n" +
  '  List of possible address families (which support routing):\n';

/** print_aflist(): always on standard error. */
const AFLIST =
  '    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n' +
  '    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n' +
  '    ddp (Appletalk DDP) x25 (CCITT X.25) \n';

/** usage(rc): to stdout when rc is 0, else stderr; the family list to stderr; exit rc. */
function usage(ctx: ToolContext, rc: number): number {
  if (rc) ctx.io.stderr(ROUTE_USAGE);
  else ctx.io.stdout(ROUTE_USAGE);
  ctx.io.stderr(AFLIST);
  return rc;
}

const unsupported = (ctx: ToolContext, what: string): number => {
  ctx.io.stderr(`iplab: ${what} is not supported by iplab\n`);
  return 2;
};

export function main(argv: string[], ctx: ToolContext): ToolResult {
  let ext = 1;
  let numeric = false;
  let cache = false;
  let af = 'inet';
  const ops: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'numeric') numeric = true;
      else if (name === 'extend') ext++;
      else if (name === 'verbose' || name === 'fib') continue;
      else if (name === 'cache') cache = true;
      else if (name === 'help') return usage(ctx, 0); else if (name === 'version') {
        ctx.io.stdout('net-tools 2.10\n+NEW_ADDRT +RTF_IRTT +RTF_REJECT +I18N +SELINUX\nAF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\nHW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n');
        return 0;
      } else if (name === 'inet' || name === 'inet6') af = name;
      else {
        ctx.io.stderr(ROUTE_USAGE);
        return 3;
      }
    } else if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        if (c === 'n' || c === 'N') numeric = true;
        else if (c === 'e') ext++;
        else if (c === 'v' || c === 'F') continue;
        else if (c === 'C') cache = true;
        else if (c === '4') af = 'inet';
        else if (c === '6') af = 'inet6';
        else if (c === 'A') {
          const v = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
          if (v === undefined) {
            ctx.io.stderr("route: option requires an argument -- 'A'\n");
            return usage(ctx, 0);
          }
          af = v;
          break;
        } else if (c === 'h') return usage(ctx, 0);
        else {
          ctx.io.stderr(`route: invalid option -- '${c}'\n`);
          return usage(ctx, 0);
        }
      }
    } else ops.push(a);
  }
  if (af !== 'inet') return unsupported(ctx, `route -A ${af}`);
  if (ops.length) {
    if (ops[0] === 'add' || ops[0] === 'del' || ops[0] === 'flush') return unsupported(ctx, `route ${ops[0]}`);
    return usage(ctx, 3);
  }
  ctx.io.stdout(cache ? rprintCache(ext) : rprintFib(ctx.ns, ext, numeric));
  return 0;
}
