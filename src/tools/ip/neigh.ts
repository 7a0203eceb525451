// `ip neigh` (iproute2 6.1 ip/ipneigh.c) over kernel/neigh.ts.

import type { Ip } from './common';
import { nameIsVrf } from './vrf';
import { IpExit, prefFamily, matches, invarg, duparg, duparg2, incomplete, kernelError, notSupported, parseLladdr, devIndex, formatHost, talk } from './common';
import { KernelError } from '../../kernel/errors';
import { NUD, neighOf, type NeighEntry } from '../../kernel/neigh';
import { type Family, type IpAddr, formatIp, mask4 } from '../../net/ip';
import { mask6of } from '../../kernel/fib/table';
import { Out } from '../../lib/printer';
import { type InetPrefix, getAddr, getPrefix, protoA2n, protoN2a, getU32 } from './inet';

const USAGE =
  'Usage: ip neigh { add | del | change | replace }\n' +
  '                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }\n' +
  '                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]\n' +
  '                [ protocol PROTO ]\n' +
  '\n' +
  '\tip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]\n' +
  '\t\t\t\t  [ vrf NAME ] [ nomaster ]\n' +
  '\tip neigh get { ADDR | proxy ADDR } dev DEV\n' +
  '\n' +
  'STATE := { delay | failed | incomplete | noarp | none |\n' +
  '           permanent | probe | reachable | stale }\n';

function usage(ip: Ip): never {
  ip.err(USAGE);
  throw new IpExit(255);
}


/** nud_state_a2n(). */
function nudA2n(arg: string): number | null {
  if (matches(arg, 'permanent')) return NUD.PERMANENT;
  if (matches(arg, 'reachable')) return NUD.REACHABLE;
  if (arg === 'noarp') return NUD.NOARP;
  if (arg === 'none') return NUD.NONE;
  if (arg === 'stale') return NUD.STALE;
  if (arg === 'incomplete') return NUD.INCOMPLETE;
  if (arg === 'delay') return NUD.DELAY;
  if (arg === 'probe') return NUD.PROBE;
  if (matches(arg, 'failed')) return NUD.FAILED;
  const n = getU32(arg);
  if (n === null || n >= 0x100 || n & (n - 1)) return null;
  return n;
}

/** A link-layer address of the device's length, as ll_addr_a2n() reads it. */
function llAddr(ip: Ip, arg: string, devLen: number): string {
  return parseLladdr(ip, arg)
    .slice(0, devLen)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join(':');
}

export function doNeigh(ip: Ip, argv: string[]): number {
  if (ip.opts.family === 'link' || ip.opts.family === 'bridge' || ip.opts.family === 'mpls') notSupported(ip, `ip -f ${ip.opts.family} neigh`);
  if (argv.length === 0) return showFlush(ip, [], false);
  const [cmd, ...rest] = argv;
  if (matches(cmd, 'add')) return modify(ip, 'new', { create: true, excl: true, replace: false }, rest);
  if (matches(cmd, 'change') || cmd === 'chg') return modify(ip, 'new', { create: false, excl: false, replace: true }, rest);
  if (matches(cmd, 'replace')) return modify(ip, 'new', { create: true, excl: false, replace: true }, rest);
  if (matches(cmd, 'delete')) return modify(ip, 'del', { create: false, excl: false, replace: false }, rest);
  if (matches(cmd, 'get')) return get(ip, rest);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return showFlush(ip, rest, false);
  if (matches(cmd, 'flush')) return showFlush(ip, rest, true);
  if (matches(cmd, 'help')) usage(ip);
  ip.err(`Command "${cmd}" is unknown, try "ip neigh help".\n`);
  throw new IpExit(255);
}

function modify(ip: Ip, cmd: 'new' | 'del', flags: { create: boolean; excl: boolean; replace: boolean }, argv: string[]): number {
  const family = prefFamily(ip);
  let state: number = NUD.PERMANENT;
  let lla: string | undefined;
  let dev: string | undefined;
  let dst: InetPrefix | undefined;
  let devOk = false;
  let proxy = false;
  let router = false;
  let ext = false;
  let protocol = 0;
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (matches(a, 'lladdr')) {
      const v = next();
      if (lla !== undefined) duparg(ip, 'lladdr', v);
      lla = v;
    } else if (a === 'nud') {
      const v = next();
      const n = nudA2n(v);
      if (n === null) invarg(ip, 'nud state is bad', v);
      state = n;
    } else if (matches(a, 'proxy')) {
      const v = next();
      if (matches(v, 'help')) usage(ip);
      if (dst) duparg(ip, 'address', v);
      dst = getAddr(ip, v, family);
      devOk = true;
      proxy = true;
    } else if (a === 'router') router = true;
    else if (a === 'use' || a === 'managed') notSupported(ip, `ip neigh ... ${a}`);
    else if (matches(a, 'extern_learn')) ext = true;
    else if (a === 'dev') {
      dev = next();
      devOk = true;
    } else if (matches(a, 'protocol')) {
      const v = next();
      const n = protoA2n(v);
      if (n === null) invarg(ip, '"protocol" value is invalid\n', v);
      protocol = n;
    } else {
      let w = a;
      if (w === 'to') w = next();
      if (matches(w, 'help')) w = next();
      if (dst) duparg2(ip, 'to', w);
      dst = getAddr(ip, w, family);
    }
  }
  if (!devOk || !dst || !dst.family || !dst.addr) {
    ip.err('Device and destination are required arguments.\n');
    throw new IpExit(255);
  }
  const fam = dst.family as Family;
  let ifindex = 0;
  let lladdr: string | undefined;
  if (lla !== undefined && lla !== 'null') lladdr = llAddr(ip, lla, 6);
  if (dev !== undefined) ifindex = devIndex(ip, dev);
  const t = neighOf(ip.ns);
  const addr = dst.addr;
  // rtnl_talk() failing ends ipneigh_modify() with exit(2).
  talk(ip, () => {
    if (cmd === 'del') t.delete(fam, ifindex, addr, proxy);
    else if (proxy) t.addProxy(ip.ns, { family: fam, dev: ifindex, dst: addr, protocol }, flags.excl);
    else t.add(ip.ns, { family: fam, dev: ifindex, dst: addr, lladdr, state, router, extLearned: ext, protocol }, flags);
  });
  ip.ctx.dirty = true;
  return 0;
}

interface NeighFilter {
  family: 0 | Family;
  index: number;
  state: number;
  proxy: boolean;
  protocol: number;
  pfx?: InetPrefix;
}

function matchPfx(f: NeighFilter, a: IpAddr): boolean {
  const p = f.pfx;
  if (!p || !p.addr || p.any) return true;
  if (p.addr.f !== a.f) return false;
  const bits = p.bitlen < 0 ? (a.f === 4 ? 32 : 128) : p.bitlen;
  return a.f === 4 ? (((a.v ^ (p.addr.v as number)) & mask4(bits)) >>> 0) === 0 : ((a.v ^ (p.addr.v as bigint)) & mask6of(bits)) === 0n;
}

function printEntry(ip: Ip, p: ReturnType<Ip['printer']>, f: NeighFilter | null, e: { dst: IpAddr; dev: number; lladdr?: string; state: number; router?: boolean; proxy?: boolean; extLearned?: boolean; protocol: number }): void {
  p.openObject(null);
  p.string(Out.ANY, 'dst', '%s ', formatHost(ip, e.dst), e.dst.f === 4 ? 'inet' : 'inet6');
  if (!f?.index && e.dev) {
    p.write('dev ');
    p.string(Out.ANY, 'dev', '%s ', ip.ns.byIndex(e.dev)?.name ?? String(e.dev), 'ifname');
  }
  if (e.lladdr) {
    p.write('lladdr ');
    p.string(Out.ANY, 'lladdr', '%s ', e.lladdr, 'mac');
  }
  if (e.router) p.null(Out.ANY, 'router', '%s ', 'router');
  if (e.proxy) p.null(Out.ANY, 'proxy', '%s ', 'proxy');
  if (e.extLearned) p.null(Out.ANY, 'extern_learn', '%s ', 'extern_learn');
  if (ip.opts.stats && !e.proxy) {
    p.num(Out.ANY, 'used', ' used %u', 0);
    p.num(Out.ANY, 'confirmed', '/%u', 0);
    p.num(Out.ANY, 'updated', '/%u', 0);
    p.num(Out.ANY, 'probes', 'probes %u ', 0);
  }
  if (e.state) {
    p.openArray(Out.JSON, 'state', '');
    for (const [name, bit] of [['INCOMPLETE', NUD.INCOMPLETE], ['REACHABLE', NUD.REACHABLE], ['STALE', NUD.STALE], ['DELAY', NUD.DELAY], ['PROBE', NUD.PROBE], ['FAILED', NUD.FAILED], ['NOARP', NUD.NOARP], ['PERMANENT', NUD.PERMANENT]] as const) {
      if (e.state & bit) p.string(Out.ANY, null, '%s ', name);
    }
    p.closeArray(Out.JSON, '');
  }
  if (e.protocol) p.string(Out.ANY, 'protocol', 'proto %s ', protoN2a(e.protocol, ip.opts.numeric));
  p.write('\n');
  p.closeObject();
}

function showFlush(ip: Ip, argv: string[], flush: boolean): number {
  const f: NeighFilter = { family: prefFamily(ip), index: 0, state: 0xff & ~NUD.NOARP, proxy: false, protocol: 0 };
  if (flush) {
    if (argv.length === 0) {
      ip.err('Flush requires arguments.\n');
      throw new IpExit(1, true);
    }
    f.state = ~(NUD.PERMANENT | NUD.NOARP);
  }
  let stateGiven = false;
  let dev: string | undefined;
  // NDA_MASTER: neigh_master_filtered() in the kernel's dump (-1: no master).
  let master = 0;
  const masterOk = (ifindex: number): boolean => {
    if (!master) return true;
    const m = ip.ns.links.get(ifindex)?.master;
    return master === -1 ? m === undefined : m === master;
  };
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'dev') {
      const v = next();
      if (dev !== undefined) duparg(ip, 'dev', v);
      dev = v;
    } else if (a === 'master') {
      const v = next();
      const l = ip.ns.byName(v);
      if (!l) invarg(ip, 'Device does not exist\n', v);
      master = l.ifindex;
    } else if (a === 'vrf') {
      const v = next();
      if (!ip.ns.byName(v) || !nameIsVrf(ip.ns, v)) invarg(ip, 'Not a valid VRF name\n', v);
      master = nameIsVrf(ip.ns, v);
    } else if (a === 'nomaster') master = -1;
    else if (a === 'unused') notSupported(ip, `ip neigh show ${a}`);
    else if (a === 'nud') {
      const v = next();
      if (!stateGiven) {
        stateGiven = true;
        f.state = 0;
      }
      let n = nudA2n(v);
      if (n === null) {
        if (v !== 'all') invarg(ip, 'nud state is bad', v);
        n = ~0;
        if (flush) n &= ~NUD.NOARP;
      }
      if (n === 0) n = 0x100;
      f.state |= n;
    } else if (a === 'proxy') f.proxy = true;
    else if (matches(a, 'protocol')) {
      const v = next();
      const n = protoA2n(v);
      if (n === null && v !== 'all') invarg(ip, 'invalid "protocol"\n', v);
      f.protocol = n ?? 0;
    } else {
      let w = a;
      if (w === 'to') w = next();
      if (matches(w, 'help')) usage(ip);
      f.pfx = getPrefix(ip, w, f.family);
      if (f.family === 0 && f.pfx.family) f.family = f.pfx.family;
    }
  }
  if (dev !== undefined) f.index = devIndex(ip, dev);
  const t = neighOf(ip.ns);
  const entries = t.live(ip.ns);
  const pass = (e: NeighEntry): boolean => {
    if (f.family && e.family !== f.family) return false;
    if (f.index && e.dev !== f.index) return false;
    if (!masterOk(e.dev)) return false;
    if (!(f.state & e.state) && !e.extLearned && (e.state || !(f.state & 0x100))) return false;
    if (!matchPfx(f, e.dst)) return false;
    if (f.protocol && f.protocol !== e.protocol) return false;
    return true;
  };
  if (flush) {
    const gone = f.proxy ? [] : entries.filter(pass);
    for (const e of gone) t.entries.splice(t.entries.indexOf(e), 1);
    if (gone.length) ip.ctx.dirty = true;
    if (ip.opts.stats) {
      if (gone.length === 0) ip.out('Nothing to flush.\n');
      else ip.out(`\n*** Round 1, deleting ${gone.length} entries ***\n*** Flush is complete after 1 round ***\n`);
    }
    return 0;
  }
  const p = ip.printer().begin();
  if (f.proxy) {
    for (const x of t.proxies) {
      if (f.family && x.family !== f.family) continue;
      if (f.index && x.dev !== f.index) continue;
      if (!masterOk(x.dev)) continue;
      if (!matchPfx(f, x.dst)) continue;
      printEntry(ip, p, f, { dst: x.dst, dev: x.dev, state: 0, proxy: true, protocol: x.protocol });
    }
  } else for (const e of entries) if (pass(e)) printEntry(ip, p, f, e);
  ip.out(p.end().toString());
  return 0;
}

function get(ip: Ip, argv: string[]): number {
  const family = prefFamily(ip);
  let dev: string | undefined;
  let dst: InetPrefix | undefined;
  let devOk = false;
  let proxy = false;
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'dev') {
      dev = next();
      devOk = true;
    } else if (matches(a, 'proxy')) {
      const v = next();
      if (matches(v, 'help')) usage(ip);
      if (dst) duparg(ip, 'address', v);
      dst = getAddr(ip, v, family);
      devOk = true;
      proxy = true;
    } else {
      let w = a;
      if (w === 'to') w = next();
      if (matches(w, 'help')) usage(ip);
      if (dst) duparg2(ip, 'to', w);
      dst = getAddr(ip, w, family);
    }
  }
  if (!devOk || !dst || !dst.family || !dst.addr) {
    ip.err('Device and address are required arguments.\n');
    throw new IpExit(1, true);
  }
  let ifindex = 0;
  if (dev !== undefined) ifindex = devIndex(ip, dev);
  const t = neighOf(ip.ns);
  t.live(ip.ns);
  const p = ip.printer().begin(false);
  if (proxy) {
    const x = t.proxies.find((y) => y.family === dst!.family && y.dev === ifindex && formatIp(y.dst) === formatIp(dst!.addr!));
    if (!x) kernelError(ip, new KernelError('ENOENT'), 2);
    printEntry(ip, p, null, { dst: x.dst, dev: x.dev, state: 0, proxy: true, protocol: x.protocol });
  } else {
    const e = t.find(dst.family as Family, ifindex, dst.addr);
    if (!e) kernelError(ip, new KernelError('ENOENT'), 2);
    printEntry(ip, p, null, e);
  }
  ip.out(p.end(false).toString());
  return 0;
}
