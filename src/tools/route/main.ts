// net-tools 2.10 `route`: the IPv4 and IPv6 routing tables (rprint_fib,
// rprint_fib6), the empty routing caches (-C), and add/del (setroute.ts).
// Families other than inet and inet6 are refused as not supported.

import type { ToolContext, ToolResult } from '../types';
import { rprintFib, rprintCache, rprintFib6, rprintCache6 } from './fib-view';
import { inetSetroute, inet6Setroute, INET_USAGE, INET6_USAGE } from './setroute';

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

const VERSION =
  'net-tools 2.10\n+NEW_ADDRT +RTF_IRTT +RTF_REJECT +I18N +SELINUX\nAF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\nHW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n';

/** aftrans_opt(): the families net-tools knows; only inet and inet6 are modelled. */
const KNOWN_AF = ['inet', 'inet6', 'unix', 'ipx', 'ax25', 'netrom', 'x25', 'ddp', 'econet', 'rose', 'ash'];

export function main(argv0: string[], ctx: ToolContext): ToolResult {
  let ext = 1;
  let numeric = false;
  let cache = false;
  let help = false;
  let af = '';
  const ops: string[] = [];
  // "getopts and -net wont work": route.c renames them before getopt.
  const argv = argv0.map((a) => (a === '-net' ? '#net' : a === '-host' ? '#host' : a));
  const setAf = (v: string): number => {
    for (const name of v.split(',')) {
      if (!KNOWN_AF.includes(name)) {
        ctx.io.stderr(`Unknown address family \`${name}'.\n`);
        return 1;
      }
      af = name;
    }
    return 0;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      ops.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'numeric') numeric = true;
      else if (name === 'extend') ext++;
      else if (name === 'verbose' || name === 'fib' || name === 'symbolic') continue;
      else if (name === 'cache') cache = true;
      else if (name === 'help') help = true;
      else if (name === 'version') {
        ctx.io.stdout(VERSION);
        return 0;
      } else if (KNOWN_AF.includes(name)) {
        if (setAf(name)) return 1;
      } else {
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
        else if (c === '4' || c === '6') {
          if (setAf(c === '4' ? 'inet' : 'inet6')) return 1;
        } else if (c === 'A') {
          const v = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
          if (v === undefined) {
            ctx.io.stderr("route: option requires an argument -- 'A'\n");
            return usage(ctx, 0);
          }
          if (setAf(v)) return 1;
          break;
        } else if (c === 'h' || c === '?') help = true;
        else if (c === 'V') {
          ctx.io.stdout(VERSION);
          return 0;
        }
        else {
          ctx.io.stderr(`route: invalid option -- '${c}'\n`);
          return usage(ctx, 0);
        }
      }
    } else ops.push(a);
  }
  if (help && !af) return usage(ctx, 0);
  if (!af) af = 'inet';
  if (af !== 'inet' && af !== 'inet6') return unsupported(ctx, `route -A ${af}`);
  const v6 = af === 'inet6';
  if (help) return editUsage(ctx, v6, 0);
  if (ops.length) {
    const what = ops[0] === 'add' ? 'add' : ops[0] === 'del' || ops[0] === 'delete' ? 'del' : ops[0] === 'flush' ? 'flush' : null;
    if (!what) return usage(ctx, 3);
    const args = ops.slice(1);
    if (what === 'flush') {
      ctx.io.stderr(`Flushing \`${af}' routing table not supported\n`);
      return editUsage(ctx, v6, 3);
    }
    if (cache) {
      ctx.io.stderr(`Modifying \`${af}' routing cache not supported\n`);
      return editUsage(ctx, v6, 3);
    }
    if (!args.length) return editUsage(ctx, v6, v6 ? 3 : 0);
    return v6 ? inet6Setroute(ctx, what, args) : inetSetroute(ctx, what, args);
  }
  if (v6) ctx.io.stdout(cache ? rprintCache6() : rprintFib6(ctx.ns, numeric));
  else ctx.io.stdout(cache ? rprintCache(ext) : rprintFib(ctx.ns, ext, numeric));
  return 0;
}

/** The family's usage (INET_rinput()/INET6_rinput()). */
function editUsage(ctx: ToolContext, v6: boolean, rc: number): number {
  const t = v6 ? INET6_USAGE : INET_USAGE;
  if (rc) ctx.io.stderr(t);
  else ctx.io.stdout(t);
  return rc;
}
