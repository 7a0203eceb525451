// Routes and rules as rtnetlink messages, the bytes `ip route save` and
// `ip rule save` write and `restore`/`showdump` read back:
//   route → RTM_NEWROUTE as fib_dump_info() (net/ipv4/fib_semantics.c) and
//           rt6_fill_node() (net/ipv6/route.c) fill it in a dump;
//   RTM_NEWROUTE → a route request as rtm_to_fib_config() (net/ipv4/fib_frontend.c)
//           and rtm_to_fib6_config() (net/ipv6/route.c) read it;
//   rule ↔ RTM_NEWRULE as fib_nl_fill_rule() / fib_nl2rule() (net/core/fib_rules.c).
// Host byte order is little-endian (x86), as the recorded dumps are.

import type { Netns } from '../netns';
import type { IpAddr } from '../../net/ip';
import { type Route, type RouteType, type Nexthop, RTN, RT_TABLE } from './route';
import type { FibRule, RuleAction } from './rules';
import type { RouteRequest } from './ops';

export const RTM_NEWROUTE = 24;
export const RTM_NEWRULE = 32;
export const NLM_F_MULTI = 0x2;
export const NLM_F_DUMP_FILTERED = 0x20;

/** RTA_* (include/uapi/linux/rtnetlink.h). */
export const RTA = { DST: 1, SRC: 2, IIF: 3, OIF: 4, GATEWAY: 5, PRIORITY: 6, PREFSRC: 7, METRICS: 8, MULTIPATH: 9, FLOW: 11, CACHEINFO: 12, TABLE: 15, MARK: 16, MFC_STATS: 17, VIA: 18, NEWDST: 19, PREF: 20, ENCAP_TYPE: 21, ENCAP: 22, EXPIRES: 23, UID: 25, TTL_PROPAGATE: 26, NH_ID: 30 } as const;

/** RTNH_F_* next-hop flags. */
export const RTNH_F = { dead: 1, pervasive: 2, onlink: 4, offload: 8, linkdown: 16, unresolved: 32, trap: 64 } as const;

/** RTAX_* metric numbers, by iplab's metric names. */
export const RTAX: Record<string, number> = { lock: 1, mtu: 2, window: 3, rtt: 4, rttvar: 5, ssthresh: 6, cwnd: 7, advmss: 8, reordering: 9, hoplimit: 10, initcwnd: 11, features: 12, rto_min: 13, initrwnd: 14, quickack: 15, fastopen_no_cookie: 17 };
const RTAX_NAME: string[] = [];
for (const [k, v] of Object.entries(RTAX)) RTAX_NAME[v] = k;

const TYPE_BY_NUM: RouteType[] = ['unicast', 'unicast', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit', 'throw', 'nat', 'xresolve'];

/** A growable little-endian byte writer with netlink attribute helpers. */
class W {
  buf = new Uint8Array(256);
  n = 0;
  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  u8(v: number): void {
    this.room(1);
    this.buf[this.n++] = v & 0xff;
  }
  u16(v: number): void {
    this.u8(v);
    this.u8(v >>> 8);
  }
  u32(v: number): void {
    this.u16(v & 0xffff);
    this.u16(v >>> 16);
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }
  pad(): void {
    while (this.n & 3) this.u8(0);
  }
  set16(at: number, v: number): void {
    this.buf[at] = v & 0xff;
    this.buf[at + 1] = (v >>> 8) & 0xff;
  }
  set32(at: number, v: number): void {
    this.set16(at, v & 0xffff);
    this.set16(at + 2, v >>> 16);
  }
  /** One attribute: header, payload, padding to 4 (nla_put()). */
  attr(type: number, payload: Uint8Array): void {
    this.u16(4 + payload.length);
    this.u16(type);
    this.bytes(payload);
    this.pad();
  }
  attrU32(type: number, v: number): void {
    this.attr(type, u32b(v));
  }
  /** A nested attribute: returns the offset to close with end(). */
  nest(type: number): number {
    const at = this.n;
    this.u16(0);
    this.u16(type);
    return at;
  }
  end(at: number): void {
    this.set16(at, this.n - at);
  }
  out(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

function u32b(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v >>> 0, true);
  return b;
}

/** An address in network byte order. */
export function addrBytes(a: IpAddr): Uint8Array {
  if (a.f === 4) {
    const v = a.v as number;
    return new Uint8Array([v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
  }
  const b = new Uint8Array(16);
  let v = a.v as bigint;
  for (let i = 15; i >= 0; i--) {
    b[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return b;
}

function bytesAddr(b: Uint8Array, family: 4 | 6): IpAddr | null {
  if (family === 4) {
    if (b.length < 4) return null;
    return { f: 4, v: ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0 };
  }
  if (b.length < 16) return null;
  let v = 0n;
  for (let i = 0; i < 16; i++) v = (v << 8n) | BigInt(b[i]);
  return { f: 6, v };
}

function nlmsgHeader(w: W, type: number, flags: number, seq: number, pid: number): void {
  w.u32(0);
  w.u16(type);
  w.u16(flags);
  w.u32(seq);
  w.u32(pid);
}

export interface DumpHeader {
  seq: number;
  pid: number;
}

export interface RouteDumpInfo {
  /** RTNH_F_* bits of each next hop as the dump reports them (dead, linkdown, onlink). */
  nhFlags: number[];
  /** Remaining lifetime in clock_t (1/100 s) of an IPv6 route with expires, else 0. */
  expires: number;
}

function putMetrics(w: W, m: Record<string, number> | undefined): void {
  if (!m) return;
  const keys = Object.keys(m)
    .filter((k) => RTAX[k] !== undefined)
    .sort((a, b) => RTAX[a] - RTAX[b]);
  if (!keys.length) return;
  const at = w.nest(RTA.METRICS);
  for (const k of keys) {
    // iproute2 sends rtt in 1/8 ms and rttvar in 1/4 ms (RTT and RTTVAR are scaled).
    const v = m[k];
    w.attrU32(RTAX[k], k === 'rtt' ? v * 8 : k === 'rttvar' ? v * 4 : v);
  }
  w.end(at);
}

function putMultipath(w: W, nhs: Nexthop[], flags: number[]): void {
  const at = w.nest(RTA.MULTIPATH);
  nhs.forEach((nh, i) => {
    const rtnh = w.n;
    w.u16(0);
    w.u8(flags[i] ?? 0);
    w.u8(nh.weight - 1);
    w.u32(nh.dev);
    if (nh.gateway) w.attr(RTA.GATEWAY, addrBytes(nh.gateway));
    w.set16(rtnh, w.n - rtnh);
  });
  w.end(at);
}

/** One RTM_NEWROUTE of a dump (NLM_F_MULTI | NLM_F_DUMP_FILTERED, as iproute2's
 * strict dump request gets them). */
export function routeToNlmsg(r: Route, info: RouteDumpInfo, h: DumpHeader): Uint8Array {
  const w = new W();
  nlmsgHeader(w, RTM_NEWROUTE, NLM_F_MULTI | NLM_F_DUMP_FILTERED, h.seq, h.pid);
  const single = r.nexthops.length === 1 ? r.nexthops[0] : undefined;
  const multi = r.nexthops.length > 1;
  w.u8(r.family === 4 ? 2 : 10);
  w.u8(r.dstLen);
  w.u8(0);
  w.u8(r.family === 4 ? r.tos : 0);
  w.u8(r.table < 256 ? r.table : RT_TABLE.compat);
  w.u8(r.protocol);
  w.u8(r.family === 4 ? r.scope : 0);
  w.u8(RTN[r.type]);
  w.u32(single ? info.nhFlags[0] ?? 0 : 0);
  w.attrU32(RTA.TABLE, r.table);
  if (r.dstLen) w.attr(RTA.DST, addrBytes(r.dst));
  if (r.family === 4) {
    // fib_dump_info()
    if (r.priority) w.attrU32(RTA.PRIORITY, r.priority);
    putMetrics(w, r.metrics);
    if (r.prefsrc) w.attr(RTA.PREFSRC, addrBytes(r.prefsrc));
    // A nexthop object's id, then its next hops (nexthop_compat_mode).
    if (r.nhid !== undefined) w.attrU32(RTA.NH_ID, r.nhid);
    if (single) {
      if (single.gateway) w.attr(RTA.GATEWAY, addrBytes(single.gateway));
      if (single.dev) w.attrU32(RTA.OIF, single.dev);
    } else if (multi) putMultipath(w, r.nexthops, info.nhFlags);
    return finish(w);
  }
  // rt6_fill_node()
  if (r.prefsrc) w.attr(RTA.PREFSRC, addrBytes(r.prefsrc));
  putMetrics(w, r.metrics);
  w.attrU32(RTA.PRIORITY, r.priority);
  if (r.nhid !== undefined) w.attrU32(RTA.NH_ID, r.nhid);
  if (multi) putMultipath(w, r.nexthops, info.nhFlags);
  else if (single) {
    if (single.gateway) w.attr(RTA.GATEWAY, addrBytes(single.gateway));
    if (single.dev) w.attrU32(RTA.OIF, single.dev);
  }
  // rtnl_put_cacheinfo(): clntref, lastuse, expires, error, used, id, ts, tsage.
  const ci = new Uint8Array(32);
  new DataView(ci.buffer).setInt32(8, info.expires, true);
  w.attr(RTA.CACHEINFO, ci);
  w.attr(RTA.PREF, new Uint8Array([r.pref ?? 0]));
  return finish(w);
}

function finish(w: W): Uint8Array {
  w.set32(0, w.n);
  return w.out();
}

// ---- reading messages ------------------------------------------------------------

export interface Nlmsg {
  type: number;
  flags: number;
  seq: number;
  pid: number;
  /** The payload after the 16-byte header. */
  body: Uint8Array;
}

/** Attributes of a payload from offset `at` on, by type (the last one wins, as parse_rtattr()). */
export function parseAttrs(b: Uint8Array, at: number): Map<number, Uint8Array> {
  const m = new Map<number, Uint8Array>();
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  while (at + 4 <= b.length) {
    const len = dv.getUint16(at, true);
    const type = dv.getUint16(at + 2, true) & 0x3fff;
    if (len < 4 || at + len > b.length) break;
    m.set(type, b.subarray(at + 4, at + len));
    at += (len + 3) & ~3;
  }
  return m;
}

const rdU32 = (b: Uint8Array, at = 0): number => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);

export interface RouteMsg {
  family: number;
  dstLen: number;
  srcLen: number;
  tos: number;
  table: number;
  protocol: number;
  scope: number;
  type: number;
  flags: number;
  attrs: Map<number, Uint8Array>;
}

export function parseRouteMsg(body: Uint8Array): RouteMsg | null {
  if (body.length < 12) return null;
  return {
    family: body[0],
    dstLen: body[1],
    srcLen: body[2],
    tos: body[3],
    table: body[4],
    protocol: body[5],
    scope: body[6],
    type: body[7],
    flags: rdU32(body, 8),
    attrs: parseAttrs(body, 12),
  };
}

/** What rtm_to_fib_config()/rtm_to_fib6_config() make of a message: a request,
 * or the errno and extack the kernel answers before any table work. */
export type DecodedRoute = { req: RouteRequest; expires?: number; hasNhFlags: boolean } | { errno: 'EINVAL' | 'EAFNOSUPPORT' | 'EOPNOTSUPP'; msg?: string };

export function nlmsgToRoute(m: RouteMsg): DecodedRoute {
  if (m.family !== 2 && m.family !== 10) return { errno: 'EAFNOSUPPORT' };
  const family: 4 | 6 = m.family === 2 ? 4 : 6;
  const a = m.attrs;
  if (a.has(RTA.ENCAP) || a.has(RTA.ENCAP_TYPE) || a.has(RTA.VIA) || a.has(RTA.SRC) || m.srcLen) return { errno: 'EOPNOTSUPP' };
  // rtm_to_fib_config(): a dump in nexthop_compat_mode carries both.
  if (a.has(RTA.NH_ID) && (a.has(RTA.OIF) || a.has(RTA.GATEWAY) || a.has(RTA.MULTIPATH))) return { errno: 'EINVAL', msg: 'Nexthop specification and nexthop id are mutually exclusive' };
  const addr = (t: number): IpAddr | undefined => {
    const v = a.get(t);
    return v ? bytesAddr(v, family) ?? undefined : undefined;
  };
  const zero: IpAddr = family === 4 ? { f: 4, v: 0 } : { f: 6, v: 0n };
  const table = a.has(RTA.TABLE) ? rdU32(a.get(RTA.TABLE)!) : m.table;
  const metrics: Record<string, number> = {};
  const mx = a.get(RTA.METRICS);
  if (mx) {
    for (const [t, v] of parseAttrs(mx, 0)) {
      const k = RTAX_NAME[t];
      if (!k || v.length < 4) continue;
      const n = rdU32(v);
      metrics[k] = k === 'rtt' ? n / 8 : k === 'rttvar' ? n / 4 : n;
    }
  }
  const nexthops: Nexthop[] = [];
  const mp = a.get(RTA.MULTIPATH);
  let hasNhFlags = false;
  if (mp) {
    const dv = new DataView(mp.buffer, mp.byteOffset, mp.byteLength);
    let at = 0;
    while (at + 8 <= mp.length) {
      const len = dv.getUint16(at, true);
      if (len < 8 || at + len > mp.length) return { errno: 'EINVAL', msg: 'Invalid nexthop configuration - extra data after nexthop' };
      const fl = mp[at + 2];
      if (fl & (RTNH_F.dead | RTNH_F.linkdown)) hasNhFlags = true;
      const inner = parseAttrs(mp.subarray(at, at + len), 8);
      const gw = inner.get(RTA.GATEWAY);
      nexthops.push({ dev: dv.getInt32(at + 4, true), weight: mp[at + 3] + 1, gateway: gw ? bytesAddr(gw, family) ?? undefined : undefined, onlink: fl & RTNH_F.onlink ? true : undefined });
      at += (len + 3) & ~3;
    }
  } else {
    const oif = a.get(RTA.OIF);
    const gw = addr(RTA.GATEWAY);
    if (oif || gw) nexthops.push({ dev: oif ? rdU32(oif) : 0, weight: 1, gateway: gw, onlink: m.flags & RTNH_F.onlink ? true : undefined });
  }
  const pref = a.get(RTA.PREF);
  const exp = a.get(RTA.EXPIRES);
  const req: RouteRequest = {
    family,
    table,
    dst: addr(RTA.DST) ?? zero,
    dstLen: m.dstLen,
    tos: m.tos,
    priority: a.has(RTA.PRIORITY) ? rdU32(a.get(RTA.PRIORITY)!) : undefined,
    type: TYPE_BY_NUM[m.type] ?? 'unicast',
    scope: m.scope,
    protocol: m.protocol,
    prefsrc: addr(RTA.PREFSRC),
    nexthops,
    metrics: Object.keys(metrics).length ? metrics : undefined,
    pref: family === 6 && pref && pref.length ? pref[0] : undefined,
    nhid: a.has(RTA.NH_ID) ? rdU32(a.get(RTA.NH_ID)!) : undefined,
  };
  if (m.type > 11 || m.type === 0) return { errno: 'EINVAL', msg: 'Invalid route type' };
  return { req, expires: exp && exp.length >= 4 ? rdU32(exp) : undefined, hasNhFlags: hasNhFlags || !!(m.flags & (RTNH_F.dead | RTNH_F.linkdown)) };
}

// ---- rules ---------------------------------------------------------------------

/** FRA_* (include/uapi/linux/fib_rules.h). */
export const FRA = { DST: 1, SRC: 2, IIFNAME: 3, GOTO: 4, PRIORITY: 6, FWMARK: 10, FLOW: 11, TUN_ID: 12, SUPPRESS_IFGROUP: 13, SUPPRESS_PREFIXLEN: 14, TABLE: 15, FWMASK: 16, OIFNAME: 17, L3MDEV: 19, UID_RANGE: 20, PROTOCOL: 21, IP_PROTO: 22, SPORT_RANGE: 23, DPORT_RANGE: 24 } as const;

const FR_ACT: Record<RuleAction, number> = { table: 1, goto: 2, nop: 3, blackhole: 6, unreachable: 7, prohibit: 8 };
const FR_ACT_NAME: Record<number, RuleAction> = { 1: 'table', 2: 'goto', 3: 'nop', 6: 'blackhole', 7: 'unreachable', 8: 'prohibit' };
const FIB_RULE_INVERT = 0x2;
const FIB_RULE_UNRESOLVED = 0x4;

const cstr = (s: string): Uint8Array => {
  const b = new Uint8Array(s.length + 1);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
};

function range16(r: [number, number]): Uint8Array {
  return new Uint8Array([r[0] & 0xff, r[0] >>> 8, r[1] & 0xff, r[1] >>> 8]);
}

/** fib_nl_fill_rule() then fib4_rule_fill()/fib6_rule_fill(), as a dump
 * (NLM_F_MULTI) sends it. `unresolved`: a goto whose target is missing. */
export function ruleToNlmsg(family: 4 | 6, r: FibRule, unresolved: boolean, h: DumpHeader): Uint8Array {
  const w = new W();
  nlmsgHeader(w, RTM_NEWRULE, NLM_F_MULTI, h.seq, h.pid);
  w.u8(family === 4 ? 2 : 10);
  w.u8(r.dstLen);
  w.u8(r.srcLen);
  w.u8(r.tos);
  w.u8(r.table < 256 ? r.table : RT_TABLE.compat);
  w.u8(0);
  w.u8(0);
  w.u8(FR_ACT[r.action]);
  w.u32((r.invert ? FIB_RULE_INVERT : 0) | (unresolved ? FIB_RULE_UNRESOLVED : 0));
  w.attrU32(FRA.TABLE, r.table);
  w.attrU32(FRA.SUPPRESS_PREFIXLEN, r.suppressPrefixlen ?? 0xffffffff);
  w.attr(FRA.PROTOCOL, new Uint8Array([r.protocol]));
  if (r.iif !== undefined) w.attr(FRA.IIFNAME, cstr(r.iif));
  if (r.oif !== undefined) w.attr(FRA.OIFNAME, cstr(r.oif));
  if (r.priority) w.attrU32(FRA.PRIORITY, r.priority);
  if (r.fwmark) w.attrU32(FRA.FWMARK, r.fwmark);
  if ((r.fwmask ?? 0xffffffff) !== 0xffffffff || r.fwmark) w.attrU32(FRA.FWMASK, r.fwmask ?? 0xffffffff);
  if (r.suppressIfgroup !== undefined && r.suppressIfgroup !== -1) w.attrU32(FRA.SUPPRESS_IFGROUP, r.suppressIfgroup);
  if (r.action === 'goto' && r.gotoTarget !== undefined) w.attrU32(FRA.GOTO, r.gotoTarget);
  if (r.l3mdev) w.attr(FRA.L3MDEV, new Uint8Array([1]));
  if (r.uid) w.attr(FRA.UID_RANGE, new Uint8Array([...u32b(r.uid[0]), ...u32b(r.uid[1])]));
  if (r.ipproto) w.attr(FRA.IP_PROTO, new Uint8Array([r.ipproto]));
  if (r.sport) w.attr(FRA.SPORT_RANGE, range16(r.sport));
  if (r.dport) w.attr(FRA.DPORT_RANGE, range16(r.dport));
  if (r.dstLen && r.dst) w.attr(FRA.DST, addrBytes(r.dst));
  if (r.srcLen && r.src) w.attr(FRA.SRC, addrBytes(r.src));
  if (family === 4 && r.realms) w.attrU32(FRA.FLOW, r.realms);
  return finish(w);
}

/** fib_nl2rule(): the rule of an RTM_NEWRULE message. */
export function nlmsgToRule(body: Uint8Array): { family: 4 | 6; rule: FibRule; hasPriority: boolean } | { errno: 'EINVAL' | 'EAFNOSUPPORT'; msg?: string } {
  if (body.length < 12) return { errno: 'EINVAL' };
  const fam = body[0];
  if (fam !== 2 && fam !== 10) return { errno: 'EAFNOSUPPORT' };
  const family: 4 | 6 = fam === 2 ? 4 : 6;
  const a = parseAttrs(body, 12);
  const action = FR_ACT_NAME[body[7]];
  if (!action) return { errno: 'EINVAL' };
  const u32 = (t: number) => (a.has(t) ? rdU32(a.get(t)!) : undefined);
  const str = (t: number) => {
    const v = a.get(t);
    if (!v) return undefined;
    let s = '';
    for (const c of v) {
      if (!c) break;
      s += String.fromCharCode(c);
    }
    return s;
  };
  const rng = (t: number): [number, number] | undefined => {
    const v = a.get(t);
    return v && v.length >= 4 ? [v[0] | (v[1] << 8), v[2] | (v[3] << 8)] : undefined;
  };
  const uidb = a.get(FRA.UID_RANGE);
  const spl = u32(FRA.SUPPRESS_PREFIXLEN);
  const sig = u32(FRA.SUPPRESS_IFGROUP);
  const rule: FibRule = {
    priority: u32(FRA.PRIORITY) ?? 0,
    action,
    table: u32(FRA.TABLE) ?? body[4],
    srcLen: body[2],
    dstLen: body[1],
    tos: body[3],
    protocol: a.get(FRA.PROTOCOL)?.[0] ?? 0,
  };
  const src = a.get(FRA.SRC);
  const dst = a.get(FRA.DST);
  if (src) rule.src = bytesAddr(src, family) ?? undefined;
  if (dst) rule.dst = bytesAddr(dst, family) ?? undefined;
  if (rdU32(body, 8) & FIB_RULE_INVERT) rule.invert = true;
  if (a.has(FRA.GOTO)) rule.gotoTarget = u32(FRA.GOTO);
  const fwmark = u32(FRA.FWMARK);
  const fwmask = u32(FRA.FWMASK);
  if (fwmark) rule.fwmark = fwmark;
  if (fwmask !== undefined && (fwmask !== 0xffffffff || fwmark)) rule.fwmask = fwmask;
  const iif = str(FRA.IIFNAME);
  const oif = str(FRA.OIFNAME);
  if (iif !== undefined) rule.iif = iif;
  if (oif !== undefined) rule.oif = oif;
  if (a.get(FRA.IP_PROTO)?.[0]) rule.ipproto = a.get(FRA.IP_PROTO)![0];
  const sp = rng(FRA.SPORT_RANGE);
  const dp = rng(FRA.DPORT_RANGE);
  if (sp) rule.sport = sp;
  if (dp) rule.dport = dp;
  if (uidb && uidb.length >= 8) rule.uid = [rdU32(uidb, 0), rdU32(uidb, 4)];
  if (spl !== undefined && spl !== 0xffffffff) rule.suppressPrefixlen = spl;
  if (sig !== undefined && sig !== 0xffffffff) rule.suppressIfgroup = sig;
  if (a.get(FRA.L3MDEV)?.[0]) rule.l3mdev = true;
  const flow = u32(FRA.FLOW);
  if (flow) rule.realms = flow;
  return { family, rule, hasPriority: a.has(FRA.PRIORITY) };
}

/** Splits a dump file body (after the magic) into messages, as rtnl_from_file()
 * reads them: `truncated` when the last header or payload is cut short,
 * `malformed` with the length and offset iproute2 reports. */
export function splitDump(b: Uint8Array, from: number): { msgs: Nlmsg[]; error?: { kind: 'truncated' } | { kind: 'malformed'; len: number; pos: number } } {
  const msgs: Nlmsg[] = [];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = from;
  while (at < b.length) {
    if (at + 16 > b.length) return { msgs, error: { kind: 'truncated' } };
    const len = dv.getUint32(at, true);
    const l = len - 16;
    if (l < 0 || len > 16384) return { msgs, error: { kind: 'malformed', len: len | 0, pos: at + 16 } };
    const al = (l + 3) & ~3;
    if (at + 16 + al > b.length) return { msgs, error: { kind: 'truncated' } };
    msgs.push({ type: dv.getUint16(at + 4, true), flags: dv.getUint16(at + 6, true), seq: dv.getUint32(at + 8, true), pid: dv.getUint32(at + 12, true), body: b.subarray(at + 16, at + len) });
    at += 16 + al;
  }
  return { msgs };
}

export { rdU32 };
export type { Netns };
