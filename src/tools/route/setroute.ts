// net-tools 2.10 `route add|del` (lib/inet_sr.c INET_setroute(),
// lib/inet6_sr.c INET6_setroute()) and what the kernel makes of the request:
// SIOCADDRT/SIOCDELRT through ip_rt_ioctl() → rtentry_to_fib_config()
// (net/ipv4/fib_frontend.c) and ipv6_route_ioctl() → rtmsg_to_fib6_config()
// (net/ipv6/route.c). Kernel refusals read "SIOCADDRT: <strerror>" (exit 7).

import type { ToolContext } from '../types';
import { KernelError, STRERROR } from '../../kernel/errors';
import { addRoute, deleteRoute, type RouteRequest } from '../../kernel/fib/ops';
import { RT_TABLE, SCOPE, type Nexthop } from '../../kernel/fib/route';
import { addrType4 } from '../../kernel/fib/lookup';
import { parseIp6, type IpAddr } from '../../net/ip';

const E_OPTERR = 3;
const E_LOOKUP = 6;
const E_SOCK = 7;

export const INET_USAGE =
  'Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]\n' +
  '       inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]\n' +
  '                              [netmask N] [mss Mss] [window W] [irtt I]\n' +
  '                              [mod] [dyn] [reinstate] [[dev] If]\n' +
  '       inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject\n' +
  '       inet_route [-FC] flush      NOT supported\n';

export const INET6_USAGE = 'Usage: inet6_route [-vF] del Target\n' + '       inet6_route [-vF] add Target [gw Gw] [metric M] [[dev] If]\n' + '       inet6_route [-FC] flush      NOT supported\n';

/** usage(rc): standard output when rc is 0 (E_USAGE), else standard error. */
function usage(ctx: ToolContext, text: string, rc: number): number {
  if (rc) ctx.io.stderr(text);
  else ctx.io.stdout(text);
  return rc;
}

/** glibc inet_aton(): 1 to 4 parts, each decimal, octal (0…) or hex (0x…). */
export function inetAton(s: string): number | null {
  const parts = s.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const vals: number[] = [];
  for (const p of parts) {
    let v: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) v = p.length > 2 ? parseInt(p.slice(2), 16) : 0;
    else if (/^0[0-7]*$/.test(p)) v = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) v = parseInt(p, 10);
    else return null;
    vals.push(v);
  }
  const last = vals.pop()!;
  if (vals.some((v) => v > 255) || last >= 2 ** (8 * (4 - vals.length))) return null;
  let a = 0;
  vals.forEach((v, i) => (a |= v << (24 - 8 * i)));
  return (a | last) >>> 0;
}

/** INET_resolve(): "default" is the network 0.0.0.0, a dotted quad a host.
 * Names would go to /etc/networks and the resolver: iplab is offline and
 * resolves none. */
function resolve4(s: string): { addr: number; isnet: boolean } | null {
  if (s === 'default') return { addr: 0, isnet: true };
  const a = inetAton(s);
  return a === null ? null : { addr: a, isnet: false };
}

function sysErr(ctx: ToolContext, what: string, e: unknown): number {
  if (!(e instanceof KernelError)) throw e;
  ctx.io.stderr(`${what}: ${STRERROR[e.errno]}\n`);
  return E_SOCK;
}

/** INET_rinput() for add/del. */
export function inetSetroute(ctx: ToolContext, action: 'add' | 'del', args: string[]): number {
  const bad = (msg?: string): number => {
    if (msg) ctx.io.stderr(msg);
    return usage(ctx, INET_USAGE, E_OPTERR);
  };
  let i = 0;
  let xflag = 0;
  if (args[0] === '#net') {
    xflag = 1;
    i++;
  } else if (args[0] === '#host') {
    xflag = 2;
    i++;
  }
  if (i >= args.length) return bad();
  let target = args[i++];
  let mask: number | undefined;
  let netmaskText = 'default';
  // INET_getnetmask(): "/N" sets the mask as ~(0xffffffff >> N), the shift
  // taken modulo 32 as x86 does (so /32 and /0 both give 0.0.0.0).
  const slash = target.indexOf('/');
  if (slash >= 0) {
    const p = target.slice(slash + 1);
    if (!/^[0-9]+$/.test(p)) return bad();
    const n = Number(p) & 31;
    mask = ~(0xffffffff >>> n) >>> 0;
    target = target.slice(0, slash);
  }
  const dst = resolve4(target);
  if (!dst) {
    ctx.io.stderr(`${target}: Host name lookup failure\n`);
    return E_LOOKUP;
  }
  let isnet = xflag === 1 ? true : xflag === 2 ? false : dst.isnet;
  let metric = 0;
  let gw: number | undefined;
  let gwFlag = false;
  let dev: string | undefined;
  let mss: number | undefined;
  let window: number | undefined;
  let irtt: number | undefined;
  let reject = false;
  while (i < args.length) {
    const a = args[i++];
    if (a === 'metric') {
      const v = args[i++];
      if (v === undefined || !/^[0-9]/.test(v)) return bad();
      metric = parseInt(v, 10) + 1;
    } else if (a === 'netmask') {
      const v = args[i++];
      if (v === undefined || mask) return bad();
      netmaskText = v;
      const m = resolve4(v);
      if (!m) {
        ctx.io.stderr(`${v}: Unknown host\n`);
        return E_LOOKUP;
      }
      mask = m.addr;
    } else if (a === 'gw' || a === 'gateway') {
      const v = args[i++];
      if (v === undefined || gwFlag) return bad();
      const g = resolve4(v);
      if (!g) {
        ctx.io.stderr(`${v}: Unknown host\n`);
        return E_LOOKUP;
      }
      if (g.isnet) return bad(`route: ${v}: cannot use a NETWORK as gateway!\n`);
      gw = g.addr;
      gwFlag = true;
    } else if (a === 'mss' || a === 'mtu') {
      const v = args[i++];
      if (v === undefined) return bad();
      mss = parseInt(v, 10) || 0;
      if (mss < 64 || mss > 65536) return bad('route: Invalid MSS/MTU.\n');
    } else if (a === 'window') {
      const v = args[i++];
      if (v === undefined) return bad();
      window = parseInt(v, 10) || 0;
      if (window < 128) return bad('route: Invalid window.\n');
    } else if (a === 'irtt') {
      const v = args[i++];
      if (v === undefined) return bad();
      irtt = parseInt(v, 10) || 0;
    } else if (a === 'reject') reject = true;
    else if (a === 'mod' || a === 'dyn' || a === 'reinstate') continue;
    else if (a === 'device' || a === 'dev') {
      const v = args[i++];
      if (dev !== undefined || v === undefined) return bad();
      dev = v;
    } else if (dev === undefined) {
      // A bare word is the device, and must come last (to catch typos).
      dev = a;
      if (i < args.length) return bad();
    } else return bad();
  }
  if (reject && dev === undefined) dev = 'lo';
  if (mask) {
    const host = ~mask >>> 0;
    if (!isnet && host !== 0) return bad(`route: netmask ${host.toString(16).padStart(8, '0')} doesn't make sense with host route\n`);
    if ((host & (host + 1)) >>> 0) return bad(`route: bogus netmask ${netmaskText}\n`);
    if ((dst.addr & host) >>> 0) return bad("route: netmask doesn't match route address\n");
  }
  if (action === 'add' && !isnet) mask = 0xffffffff;
  const what = action === 'add' ? 'SIOCADDRT' : 'SIOCDELRT';
  try {
    const req = rtentryToFib(ctx, { dst: dst.addr, host: !isnet, mask: mask ?? 0, gw, gwFlag, dev, metric, reject, mss, window, irtt }, action);
    if (action === 'add') addRoute(ctx.ns, req, { create: true, excl: false, replace: false, append: false });
    else {
      deleteRoute(ctx.ns, req.table, {
        family: 4,
        dst: req.dst,
        dstLen: req.dstLen,
        tos: 0,
        type: req.type,
        scope: req.scope === SCOPE.nowhere ? undefined : req.scope,
        protocol: 0,
        priority: req.priority || undefined,
        prefsrc: req.prefsrc,
        nexthops: req.nexthops.length ? req.nexthops.map((n) => ({ dev: n.dev || undefined, gateway: n.gateway })) : [],
      });
    }
  } catch (e) {
    return sysErr(ctx, what, e);
  }
  ctx.dirty = true;
  return 0;
}

interface Rtentry {
  dst: number;
  host: boolean;
  mask: number;
  gw?: number;
  gwFlag: boolean;
  dev?: string;
  metric: number;
  reject: boolean;
  mss?: number;
  window?: number;
  irtt?: number;
}

/** rtentry_to_fib_config(). */
function rtentryToFib(ctx: ToolContext, rt: Rtentry, action: 'add' | 'del'): RouteRequest {
  const ns = ctx.ns;
  let plen = 32;
  if (!rt.host) {
    // bad_mask(): host bits set in the address, or a mask with holes.
    const inv = ~rt.mask >>> 0;
    if ((rt.dst & inv) >>> 0 || (inv & (inv + 1)) >>> 0) throw new KernelError('EINVAL');
    plen = Math.clz32(inv);
  }
  const req: RouteRequest = {
    family: 4,
    table: RT_TABLE.main,
    dst: { f: 4, v: rt.dst },
    dstLen: plen,
    tos: 0,
    priority: rt.metric ? rt.metric - 1 : undefined,
    type: 'unicast',
    scope: SCOPE.nowhere,
    protocol: action === 'add' ? 3 : 0,
    nexthops: [],
  };
  if (rt.reject) {
    req.scope = SCOPE.host;
    req.type = 'unreachable';
    return req;
  }
  const nh: Nexthop = { dev: 0, weight: 1 };
  if (rt.dev !== undefined) {
    // An alias label ("eth0:1") names the device and the source address.
    const colon = rt.dev.slice(0, 15).indexOf(':');
    const name = colon >= 0 ? rt.dev.slice(0, colon) : rt.dev.slice(0, 15);
    const l = ns.byName(name);
    if (!l) throw new KernelError('ENODEV');
    nh.dev = l.ifindex;
    if (colon >= 0) {
      const ifa = l.ipv4.find((x) => x.label === rt.dev!.slice(0, 15));
      if (!ifa) throw new KernelError('ENODEV');
      req.prefsrc = { f: 4, v: ifa.local };
    }
  }
  if (rt.gw) {
    nh.gateway = { f: 4, v: rt.gw };
    if (rt.gwFlag && addrType4(ns, rt.gw) === 'unicast') req.scope = SCOPE.universe;
  }
  if (nh.dev || nh.gateway) req.nexthops = [nh];
  if (action === 'del') return req;
  if (rt.gwFlag && !rt.gw) throw new KernelError('EINVAL');
  if (req.scope === SCOPE.nowhere) req.scope = SCOPE.link;
  const m: Record<string, number> = {};
  if (rt.mss !== undefined) m.advmss = rt.mss - 40;
  if (rt.window !== undefined) m.window = rt.window;
  if (rt.irtt !== undefined) m.rtt = rt.irtt;
  if (Object.keys(m).length) req.metrics = m;
  // fib_check_nh_nongw(): a unicast route needs a device.
  if (!req.nexthops.length) throw new KernelError('ENODEV');
  return req;
}

/** INET6_rinput() for add/del. */
export function inet6Setroute(ctx: ToolContext, action: 'add' | 'del', args: string[]): number {
  const bad = (): number => usage(ctx, INET6_USAGE, E_OPTERR);
  let i = 0;
  if (i >= args.length) return bad();
  let target = args[i++];
  let plen = 128;
  if (target === 'default') {
    plen = 0;
    target = '::';
  } else {
    const slash = target.indexOf('/');
    if (slash >= 0) {
      const p = target.slice(slash + 1);
      const n = parseInt(p, 10) || 0;
      if (n < 0 || n > 128) return bad();
      plen = n;
      target = target.slice(0, slash);
    }
  }
  const resolve6 = (s: string): IpAddr | null => {
    const a = parseIp6(s);
    if (a) return a;
    // getaddrinfo() of a name: iplab is offline (EAI_NONAME).
    ctx.io.stderr(`getaddrinfo: ${s}: -2\n${s}: Unknown host\n`);
    return null;
  };
  const dst = resolve6(target);
  if (!dst) return 1;
  let metric = 1;
  let gw: IpAddr | undefined;
  let dev: string | undefined;
  while (i < args.length) {
    const a = args[i++];
    if (a === 'metric') {
      const v = args[i++];
      if (v === undefined || !/^[0-9]/.test(v)) return bad();
      metric = parseInt(v, 10);
    } else if (a === 'gw' || a === 'gateway') {
      const v = args[i++];
      if (v === undefined || gw) return bad();
      const g = resolve6(v);
      if (!g) return 1;
      gw = g;
    } else if (a === 'mod' || a === 'dyn') continue;
    else if (a === 'device' || a === 'dev') {
      const v = args[i++];
      if (dev !== undefined || v === undefined) return bad();
      dev = v;
    } else if (dev === undefined) {
      dev = a;
      if (i < args.length) return bad();
    } else return bad();
  }
  const what = action === 'add' ? 'SIOCADDRT' : 'SIOCDELRT';
  let ifindex = 0;
  if (dev !== undefined) {
    // INET6_setroute(): the device's index comes from an ioctl of its own first.
    const l = ctx.ns.byName(dev);
    if (!l) return sysErr(ctx, 'SIOGIFINDEX', new KernelError('ENODEV'));
    ifindex = l.ifindex;
  }
  try {
    // RTF_HOST (a /128 target) is the value of RTNH_F_ONLINK in fc_flags.
    const onlink = plen === 128 ? true : undefined;
    if (action === 'add') {
      if (onlink && gw && !ifindex) throw new KernelError('ENODEV', 'Nexthop device required for onlink');
      const req: RouteRequest = { family: 6, table: RT_TABLE.main, dst, dstLen: plen, tos: 0, priority: metric, type: 'unicast', scope: SCOPE.universe, protocol: 3, nexthops: [{ dev: ifindex, gateway: gw, weight: 1, onlink }], rtfHost: onlink };
      addRoute(ctx.ns, req, { create: true, excl: false, replace: false, append: false });
    } else {
      deleteRoute(ctx.ns, RT_TABLE.main, { family: 6, dst, dstLen: plen, tos: 0, protocol: 0, priority: metric || undefined, nexthops: gw || ifindex ? [{ dev: ifindex || undefined, gateway: gw }] : [] });
    }
  } catch (e) {
    return sysErr(ctx, what, e);
  }
  ctx.dirty = true;
  return 0;
}
