// net-tools 2.10 `netstat -r`: the IPv4 and IPv6 routing tables. netstat maps its -e
// count onto route's layouts (no -e: MSS/Window/irtt; -e: Metric/Ref/Use;
// -ee: both). Socket and interface listings are not modelled.

import type { ToolContext, ToolResult } from '../types';
import { rprintFib, rprintCache, rprintFib6, rprintCache6 } from '../route/fib-view';

/** The address families netstat's -A knows (aftrans_opt()). */
const KNOWN_AF = ['inet', 'inet6', 'unix', 'ipx', 'ax25', 'netrom', 'x25', 'ddp', 'econet', 'rose', 'ash'];

const unsupported = (ctx: ToolContext, what: string): number => {
  ctx.io.stderr(`iplab: ${what} is not supported by iplab\n`);
  return 2;
};

export function main(argv: string[], ctx: ToolContext): ToolResult {
  let route = false;
  let exp = 1;
  let numeric = false;
  let cache = false;
  let af = 'inet';
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'route') route = true;
      else if (name === 'numeric' || name === 'numeric-hosts' || name === 'numeric-ports' || name === 'numeric-users') numeric = true;
      else if (name === 'extend') exp++;
      else if (name === 'verbose' || name === 'fib' || name === 'wide') continue;
      else if (name === 'cache') cache = true;
      else if (name === 'inet' || name === 'inet6') af = name;
      else return unsupported(ctx, `netstat ${a}`);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        if (c === 'r') route = true;
        else if (c === 'n' || c === 'N') numeric = true;
        else if (c === 'e') exp++;
        else if (c === 'v' || c === 'F' || c === 'W') continue;
        else if (c === 'C') cache = true;
        else if (c === '4') af = 'inet';
        else if (c === '6') af = 'inet6';
        else if (c === 'A') {
          const v = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
          af = v ?? '';
          if (!KNOWN_AF.includes(af)) {
            ctx.io.stderr(`Unknown address family \`${af}'.\n`);
            return 1;
          }
          break;
        } else return unsupported(ctx, `netstat -${c}`);
      }
    } else return unsupported(ctx, `netstat ${a}`);
  }
  if (!route) return unsupported(ctx, 'netstat without -r (sockets, interfaces)');
  if (af !== 'inet' && af !== 'inet6') return unsupported(ctx, `netstat -r -A ${af}`);
  if (af === 'inet6') {
    ctx.io.stdout(cache ? rprintCache6() : rprintFib6(ctx.ns, numeric));
    return 0;
  }
  // netstat.c: flag_exp 1 -> layout 2, 2 -> layout 1, 3 and up unchanged.
  const ext = exp === 1 ? 2 : exp === 2 ? 1 : exp;
  ctx.io.stdout(cache ? rprintCache(ext) : rprintFib(ctx.ns, ext, numeric));
  return 0;
}
