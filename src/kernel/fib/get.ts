// RTM_GETROUTE: inet_rtm_getroute() (net/ipv4/route.c) and
// inet6_rtm_getroute() (net/ipv6/route.c) — the route a packet would take,
// as `ip route get` shows it.

import type { Netns } from '../netns';
import type { Link } from '../link';
import { kerr } from '../errors';
import { type Route, type RouteInfo, makeRoute } from './route';
import { RT_TABLE, SCOPE, PROTO } from './route';
import { type Flow4, type FibResult, fibAlias, fibLookup4, fibTableLookup4, matchAliases, newFibResult, setFibResult, resultPrefsrc, inetSelectAddr, devOfAddr4, fibLookup6, addrType4 } from './lookup';
import type { IpAddr } from '../../net/ip';
import { isV4Multicast, isV6LinkLocal, isV6Multicast, mask4 } from '../../net/ip';
import { mask6of } from './table';
import { multipathHash4, multipathHash6, selectMultipath, upperBounds } from './multipath';

export interface GetRequest {
  dst: IpAddr;
  src?: IpAddr;
  iif: number;
  oif: number;
  tos: number;
  mark: number;
  uid?: number;
  /** RTA_IP_PROTO; IPv4 gets default to UDP (inet_rtm_getroute()), IPv6 to 0. */
  proto?: number;
  sport: number;
  dport: number;
  /** RTM_F_NOTIFY in the request's rtm_flags. */
  notify?: boolean;
  /** RTA_NEWDST ("as ADDRESS"): no get request accepts it. */
  newdst?: boolean;
}

export interface GetAnswer {
  /** What print_route() sees: type, family, protocol, metric, pref. */
  route: Route;
  dst: IpAddr;
  src?: IpAddr;
  gateway?: IpAddr;
  oif: number;
  iif?: number;
  table: number;
  prefsrc?: IpAddr;
  uid?: number;
  mark: number;
  tos: number;
  cacheFlags: string[];
  /** rtm_flags bits print_rt_flags() names (RTCF_MULTICAST reads as rt_offload_failed). */
  flags?: string[];
  /** The FIB entry the lookup matched (ip route get fibmatch). */
  fib?: Route;
}

const LOOPBACK = 1;
const IPPROTO_UDP = 17;

function synth(r: Partial<Route> & Pick<Route, 'family' | 'type'>): Route {
  return makeRoute({
    family: r.family,
    table: RT_TABLE.main,
    dst: r.family === 4 ? { f: 4, v: 0 } : { f: 6, v: 0n },
    dstLen: r.family === 4 ? 32 : 128,
    tos: 0,
    priority: r.priority ?? 0,
    type: r.type,
    scope: 0,
    protocol: r.protocol ?? 0,
    prefsrc: undefined,
    nexthops: r.nexthops ?? [],
    metrics: r.metrics,
    pref: r.pref,
  });
}

/** The answer with every field in one order (object spreads of many fields
 * fall back to slow dictionary objects in V8: 25 µs per route get). */
function answer(q: GetRequest, a: { fib?: Route; route: Route; dst?: IpAddr; src?: IpAddr; gateway?: IpAddr; oif: number; iif?: number; table: number; prefsrc?: IpAddr; uid?: number; cacheFlags: string[]; flags?: string[] }): GetAnswer {
  return {
    route: a.route,
    dst: a.dst ?? q.dst,
    src: a.src ?? q.src,
    gateway: a.gateway,
    oif: a.oif,
    iif: a.iif,
    table: a.table,
    prefsrc: a.prefsrc,
    uid: a.uid,
    mark: q.mark,
    tos: q.tos,
    // inet_rtm_getroute(): RTM_F_NOTIFY marks the route RTCF_NOTIFY, which
    // rt_fill_info() reports in rtm_flags and the cache flags.
    cacheFlags: q.notify ? [...a.cacheFlags, 'notify'] : a.cacheFlags,
    flags: q.notify ? ['notify', ...(a.flags ?? [])] : a.flags,
    fib: a.fib,
  };
}

/** fib_lookup() without custom rules: the merged local+main trie, longest
 * prefix across both, reported as table main (fib4 "merged" tables). */
export function lookup4(ns: Netns, fl: Flow4): FibResult | string {
  const res = newFibResult();
  const err = fibLookupMerged4(ns, fl, res);
  return err === 0 ? res : err;
}

/** lookup4() into the caller's result: 0 or an errno. */
export function fibLookupMerged4(ns: Netns, fl: Flow4, res: FibResult): 0 | string {
  if (ns.fib.customRules4) return lookupRules4(ns, fl, res);
  // Nothing in local covers most destinations: main alone answers them.
  const lt = ns.fib.table(RT_TABLE.local);
  if (!lt || !lt.mayCover4(fl.daddr)) {
    const err = fibTableLookup4(ns, RT_TABLE.main, fl, res);
    return err === 'EAGAIN' ? 'ENETUNREACH' : err;
  }
  return withLocal4(ns, fl, res);
}

/** fib_lookup() with custom rules: the rules' walk. */
function lookupRules4(ns: Netns, fl: Flow4, res: FibResult): 0 | string {
  const r = fibLookup4(ns, fl);
  if (typeof r === 'string') return r;
  setFibResult(res, r);
  return 0;
}

/** Local covers the destination too: fib_table_lookup() on the merged trie,
 * longest prefix first, where a prefix's local aliases come before its main
 * ones (fib_find_alias() orders a leaf's aliases by table id, highest
 * first); the first alias that applies, or errs, answers. */
function withLocal4(ns: Netns, fl: Flow4, res: FibResult): 0 | string {
  const none = (function* (): Generator<Route[]> {})();
  const local = ns.fib.table(RT_TABLE.local)?.candidates4(fl.daddr) ?? none;
  const main = ns.fib.table(RT_TABLE.main)?.candidates4(fl.daddr) ?? none;
  let l = local.next();
  let m = main.next();
  while (!l.done || !m.done) {
    const fromLocal = !l.done && (m.done || l.value[0].dstLen >= m.value[0].dstLen);
    const routes = fromLocal ? (l.value as Route[]) : (m.value as Route[]);
    const hit = matchAliases(ns, routes, fromLocal ? RT_TABLE.local : RT_TABLE.main, fl);
    if (hit !== null) {
      // fib_lookup(): a throw route ends the merged table's lookup.
      if (typeof hit === 'string') return hit === 'EAGAIN' ? 'ENETUNREACH' : hit;
      setFibResult(res, hit);
      res.table = RT_TABLE.main;
      return 0;
    }
    if (fromLocal) l = local.next();
    else m = main.next();
  }
  return 'ENETUNREACH';
}

export function routeGet4(ns: Netns, q: GetRequest): GetAnswer {
  // inet_rtm_valid_getroute_req(): only the attributes a lookup uses.
  if (q.newdst) throw kerr('EINVAL', 'ipv4: Unsupported attribute in route get request');
  const daddr = q.dst.v as number;
  const saddr = q.src ? (q.src.v as number) : 0;
  if (q.iif) return input4(ns, q);
  const uid = q.uid ?? 0;
  // inet_rtm_getroute(): inet_dsfield_to_dscp() drops the ECN bits of the requested tos.
  // inet_rtm_getroute(): the request is a UDP packet unless it names a protocol.
  const proto = q.proto ?? IPPROTO_UDP;
  const fl: Flow4 = { daddr, saddr, oif: q.oif, iif: LOOPBACK, tos: q.tos & 0xfc, mark: q.mark, scope: SCOPE.universe, proto, sport: q.sport, dport: q.dport, uid, l3mdev: 0 };
  // ip_route_output_key_hash_rcu()
  if (saddr) {
    if (isV4Multicast(saddr) || saddr === 0xffffffff || saddr >>> 24 === 0) throw kerr('EINVAL');
    // "It is equivalent to inet_addr_type(saddr) == RTN_LOCAL"
    if (!devOfAddr4(ns, saddr)) throw kerr('ENETUNREACH');
  }
  let src = saddr;
  if (q.oif) {
    const dev = ns.links.get(q.oif);
    if (!dev) throw kerr('ENODEV');
    if (!dev.up) throw kerr('ENETUNREACH');
    if ((daddr & 0xffffff00) >>> 0 === 0xe0000000 || daddr === 0xffffffff) {
      if (!src) src = inetSelectAddr(ns, dev, 0, SCOPE.link);
      return answer(q, { route: synth({ family: 4, type: daddr === 0xffffffff ? 'broadcast' : 'multicast' }), oif: q.oif, table: 0, prefsrc: src !== saddr ? ipv4(src) : undefined, uid, cacheFlags: daddr === 0xffffffff ? ['local', 'brd'] : ['mc'] });
    }
    if (!src) {
      if (isV4Multicast(daddr)) src = inetSelectAddr(ns, dev, 0, SCOPE.universe);
      else if (!daddr) src = inetSelectAddr(ns, dev, 0, SCOPE.host);
    }
  }
  if (!daddr) {
    const d = src || 0x7f000001;
    return answer(q, { route: synth({ family: 4, type: 'local' }), oif: LOOPBACK, table: 0, prefsrc: ipv4(d) as IpAddr, uid, cacheFlags: ['local'] });
  }
  let res = lookup4(ns, fl);
  if (typeof res === 'string') {
    // Not for a flow bound to a VRF (flowi4_l3mdev), unless multicast.
    if (q.oif && (isV4Multicast(daddr) || !fl.l3mdev)) {
      // "Apparently, routing tables are wrong. Assume, that the destination is on link."
      const dev = ns.links.get(q.oif);
      if (!src) src = inetSelectAddr(ns, dev, 0, SCOPE.link);
      return answer(q, { route: synth({ family: 4, type: 'unicast' }), oif: q.oif, table: 0, prefsrc: src !== saddr ? ipv4(src) : undefined, uid, cacheFlags: dev?.kind === 'loopback' ? ['local'] : [] });
    }
    throw kerr(res as never);
  }
  const r = res.info;
  const fib = fibAlias(ns, res);
  if (r.type === 'local') {
    if (!src) src = r.prefsrc ? (r.prefsrc.v as number) : daddr;
    // "L3 master device is the loopback for that domain"
    const out = ns.l3mdevMaster(ns.links.get(r.nexthops[res.nh]?.dev ?? 0)) || LOOPBACK;
    return answer(q, { fib, route: synth({ family: 4, type: 'local' }), oif: out, table: res.table, prefsrc: src !== saddr ? ipv4(src) : undefined, uid, cacheFlags: ['local'] });
  }
  // fib_select_path(): with several next hops and no oif, the flow hash picks one.
  let nhIndex = res.nh;
  if (r.nexthops.length > 1 && !q.oif) {
    // nh_saddr of each next hop: with a source given, a hop that would use it is preferred.
    const nhSaddr = saddr ? r.nexthops.map((n) => inetSelectAddr(ns, ns.links.get(n.dev), n.gateway?.f === 4 ? n.gateway.v : 0, r.scope)) : undefined;
    nhIndex = selectPath4(ns, r, saddr, daddr, proto, q, nhSaddr);
  }
  const nh = r.nexthops[nhIndex];
  res = { ...res, nh: nhIndex };
  // fib_select_path() check_saddr (with the 2024 stable fix for VRFs): a flow
  // bound to a VRF whose route leaves through a device outside it takes its
  // source from the VRF, inet_select_addr(l3mdev, 0, RT_SCOPE_LINK).
  if (!src) {
    const l3 = fl.l3mdev ? ns.links.get(fl.l3mdev) : undefined;
    if (!l3 || ns.l3mdevMaster(ns.links.get(nh.dev)) === l3.ifindex) src = resultPrefsrc(ns, res);
    else src = inetSelectAddr(ns, l3, 0, SCOPE.link);
  }
  const flags: string[] = [];
  let type: Route['type'] = 'unicast';
  if (r.type === 'broadcast' || daddr === 0xffffffff) {
    type = 'broadcast';
    flags.push('local', 'brd');
  } else if (r.type === 'multicast' || isV4Multicast(daddr)) {
    // __mkroute_output(): RTCF_LOCAL when the host is a member (224.0.0.1 always).
    type = 'multicast';
    if (daddr === 0xe0000001) flags.push('local');
    flags.push('mc');
  }
  if (ns.links.get(nh.dev)?.kind === 'loopback' && !flags.includes('local')) flags.unshift('local');
  // rt_uses_gateway: only a gateway reached on link (a local address as
  // gateway gets host scope and is not used).
  const usesGw = !!nh.gateway && type === 'unicast' && (nh.gateway.f === 6 || addrType4(ns, nh.gateway.v) !== 'local');
  return answer(q, { fib, route: synth({ family: 4, type }), gateway: usesGw ? nh.gateway : undefined, oif: nh.dev, table: res.table, prefsrc: src !== saddr ? ipv4(src) : undefined, uid, cacheFlags: flags, flags: type === 'multicast' ? ['rt_offload_failed'] : undefined });
}

/** ip_route_input_slow(): a packet arriving on iif. The answer carries the
 * requested uid only (rt_fill_info(): an input get's flow uid is INVALID_UID
 * unless RTA_UID names one). */
function input4(ns: Netns, q: GetRequest): GetAnswer {
  const dev = ns.links.get(q.iif);
  if (!dev) throw kerr('ENODEV');
  const daddr = q.dst.v as number;
  const saddr = q.src ? (q.src.v as number) : 0;
  if (isV4Multicast(saddr) || saddr === 0xffffffff) throw kerr('EINVAL');
  if (daddr === 0xffffffff || (saddr === 0 && daddr === 0)) {
    if (saddr) validateSource(ns, q, saddr, 0, 0, dev);
    return answer(q, { uid: q.uid, iif: q.iif, route: synth({ family: 4, type: 'broadcast' }), oif: LOOPBACK, table: 0, cacheFlags: ['local', 'brd'] });
  }
  if (saddr >>> 24 === 0 || daddr >>> 24 === 0) throw kerr('EINVAL');
  // Martians: loopback addresses from outside unless route_localnet.
  const localnet = ns.sysctl.conf(4, dev.name, 'route_localnet') || ns.sysctl.conf(4, 'all', 'route_localnet');
  if (!localnet && (saddr >>> 24 === 127 || daddr >>> 24 === 127)) throw kerr('EINVAL');
  // ip_route_input_slow(): the uid is the namespace's root (sock_net_uid(net,
  // NULL)), whatever the request says; protocol and ports are dissected from
  // the packet only when a rule needs them (fib4_rules_early_flow_dissect()).
  const dissect = rulesNeedDissect(ns);
  const fl: Flow4 = { daddr, saddr, oif: 0, iif: q.iif, tos: q.tos & 0xfc, mark: q.mark, scope: SCOPE.universe, proto: dissect ? (q.proto ?? IPPROTO_UDP) : 0, sport: dissect ? q.sport : 0, dport: dissect ? q.dport : 0, uid: 0, l3mdev: 0 };
  const res = lookup4(ns, fl);
  const forward = ns.sysctl.conf(4, dev.name, 'forwarding') === 1;
  if (typeof res === 'string') {
    throw kerr(forward ? (res as never) : 'EHOSTUNREACH');
  }
  const r = res.info;
  const fib = fibAlias(ns, res);
  // ip_rt_get_dev(): the VRF of the route's device, else lo.
  const inDev = ns.l3mdevMaster(ns.links.get(r.nexthops[res.nh]?.dev ?? 0)) || LOOPBACK;
  if (r.type === 'broadcast') {
    if (saddr) validateSource(ns, q, saddr, 0, 0, dev);
    return answer(q, { fib, uid: q.uid, iif: q.iif, route: synth({ family: 4, type: 'broadcast' }), oif: inDev, table: res.table, cacheFlags: ['local', 'brd'] });
  }
  if (r.type === 'local') validateSource(ns, q, saddr, daddr, 0, dev);
  if (r.type === 'local') return answer(q, { fib, uid: q.uid, iif: q.iif, route: synth({ family: 4, type: 'local' }), oif: inDev, table: res.table, cacheFlags: ['local'] });
  if (!forward) throw kerr('EHOSTUNREACH');
  if (r.type !== 'unicast') throw kerr('EINVAL');
  // ip_mkroute_input(): with several next hops, the packet's flow hash picks
  // one (fib_multipath_hash() of the packet: a UDP one unless it names a
  // protocol), with no preference for a source.
  const nhIndex = r.nexthops.length > 1 ? selectPath4(ns, r, saddr, daddr, q.proto ?? IPPROTO_UDP, q, undefined) : res.nh;
  const nh = r.nexthops[nhIndex];
  const direct = validateSource(ns, q, saddr, daddr, nh.dev, dev);
  const flags: string[] = [];
  // __mkroute_input(): RTCF_DOREDIRECT when the packet leaves where it came
  // in, from a source the check found directly connected, with redirects
  // sent there, and on shared media (the default) or with source and
  // gateway on one of the device's subnets (inet_addr_onlink()).
  const orconf = (k: string) => ns.sysctl.conf(4, dev.name, k) || ns.sysctl.conf(4, 'all', k);
  if (nh.dev === q.iif && direct && orconf('send_redirects') && (orconf('shared_media') || onlink4(dev, saddr, nh.gateway?.f === 4 ? nh.gateway.v : 0))) flags.push('redirect');
  return answer(q, { fib, uid: q.uid, iif: q.iif, route: synth({ family: 4, type: 'unicast' }), gateway: nh.gateway, oif: nh.dev, table: res.table, cacheFlags: flags });
}

const ipv4 = (v: number): IpAddr => ({ f: 4, v: v >>> 0 });

/** net.ipv4.fib_multipath_hash_seed, or the namespace's own random seed. */
function multipathSeed(ns: Netns): number {
  return ns.sysctl.getInt('net.ipv4.fib_multipath_hash_seed') || (ns.inode * 2654435761) >>> 0;
}

/** fib_select_multipath(): the next hop of r the flow hash picks among the
 * live ones (nhSaddr: each hop's source, preferred when it is saddr; none
 * for the input path). */
function selectPath4(ns: Netns, r: RouteInfo, saddr: number, daddr: number, proto: number, q: GetRequest, nhSaddr: number[] | undefined): number {
  const h = multipathHash4(multipathSeed(ns), ns.sysctl.getInt('net.ipv4.fib_multipath_hash_policy'), saddr, daddr, proto, q.sport, q.dport);
  const alive = r.nexthops.map((n) => !!ns.links.get(n.dev)?.up);
  return selectMultipath(h, upperBounds(r.nexthops.map((n) => n.weight), alive), nhSaddr ? saddr : 0, nhSaddr);
}

/** inet_addr_onlink(): a subnet of dev holds a (and b, when given). */
function onlink4(dev: Link, a: number, b: number): boolean {
  return dev.ipv4.some((ifa) => (((a ^ ifa.address) & mask4(ifa.prefixlen)) >>> 0) === 0 && (!b || (((b ^ ifa.address) & mask4(ifa.prefixlen)) >>> 0) === 0));
}

/** net->ipv4.fib_rules_require_fldissect: some rule not bound to lo matches
 * on the protocol or ports (fib_rule_requires_fldissect()), so the input path
 * dissects them from the packet. */
function rulesNeedDissect(ns: Netns): boolean {
  return ns.fib.rules4.some((r) => r.iif !== 'lo' && (!!r.ipproto || !!r.sport || !!r.dport));
}

/** fib_validate_source() / __fib_validate_source() in net/ipv4/fib_frontend.c:
 * the reverse lookup of the source of a packet arriving on dev. A local
 * source is a martian unless accept_local; with rp_filter, a source not
 * routed back through dev fails (strict, 1) or needs a route (loose, 2).
 * Every failure is EINVAL: since ip_route_input_slow() returns drop reasons
 * (Linux 6.13), inet_rtm_getroute() answers any drop so; older kernels said
 * EXDEV for rp_filter (routing/get-input-rpfilter). */
function validateSource(ns: Netns, q: GetRequest, src: number, dst: number, oif: number, dev: Link): number {
  const conf = (k: string) => ns.sysctl.conf(4, dev.name, k);
  const all = (k: string) => ns.sysctl.conf(4, 'all', k);
  const rpf = Math.max(conf('rp_filter'), all('rp_filter'));
  const acceptLocal = !!(conf('accept_local') || all('accept_local'));
  const txRedirects = !!(conf('send_redirects') || all('send_redirects'));
  if (!rpf && (dev.ifindex !== oif || !txRedirects)) {
    if (acceptLocal) return 0;
    // Custom local routes or rules ("e.g. due to vrf"): the full check.
    // fib_has_custom_local_routes is a sticky flag set by any user-added
    // local route; approximated by one in the local table now (a scan of
    // every table would cost a full walk of a large main table per get).
    const customLocal = !!ns.fib.table(RT_TABLE.local)?.list(4).some((r) => r.type === 'local' && r.protocol !== PROTO.kernel);
    if (!customLocal && !ns.fib.customRules4) {
      if (devOfAddr4(ns, src)) throw kerr('EINVAL');
      return 0;
    }
  }
  // The reverse flow: the packet's protocol and its ports swapped, when a rule needs them.
  const dissect = rulesNeedDissect(ns);
  const fl: Flow4 = { daddr: src, saddr: dst, oif: 0, iif: oif || LOOPBACK, tos: q.tos & 0xfc, mark: 0, scope: SCOPE.universe, proto: dissect ? (q.proto ?? IPPROTO_UDP) : 0, sport: dissect ? q.dport : 0, dport: dissect ? q.sport : 0, uid: 0, l3mdev: ns.l3mdevMaster(dev) };
  const res = lookup4(ns, fl);
  if (typeof res === 'string') {
    if (rpf) throw kerr('EINVAL');
    return 0;
  }
  if (res.info.type !== 'unicast' && (res.info.type !== 'local' || !acceptLocal)) throw kerr('EINVAL');
  const devMatch = res.info.nexthops.some((n) => n.dev === dev.ifindex) || (res.info.type === 'local' && dev.ifindex === LOOPBACK);
  // The source is reached through dev: 1 when directly (a next hop without
  // a gateway has host scope), as __mkroute_input() wants for a redirect.
  if (devMatch) return res.info.nexthops[res.nh]?.gateway ? 0 : 1;
  if (dev.ipv4.length === 0) {
    if (rpf) throw kerr('EINVAL');
    return 0;
  }
  if (rpf === 1) throw kerr('EINVAL');
  // Loose or no rp_filter: the lookup again, bound to dev.
  const res2 = lookup4(ns, { ...fl, oif: dev.ifindex, ignoreLinkState: true });
  return typeof res2 !== 'string' && res2.info.type === 'unicast' && !res2.info.nexthops[res2.nh]?.gateway ? 1 : 0;
}

// ---- IPv6 ----------------------------------------------------------------------------

/** ipv6_addr_src_scope() */
function v6Scope(a: bigint): number {
  if (isV6Multicast(a)) return Number((a >> 112n) & 0xfn);
  if (a === 1n) return 1;
  if (isV6LinkLocal(a)) return 2;
  if (a >> 118n === 0x3fbn) return 5;
  return 14;
}

function commonPrefix(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 128;
  while (x) {
    x >>= 1n;
    n--;
  }
  return n;
}

/** ipv6_dev_get_saddr(): RFC 6724 rules 1, 2, 5 and 8 over the namespace's addresses. */
export function selectSaddr6(ns: Netns, dst: bigint, oif: number): bigint | undefined {
  const dscope = v6Scope(dst);
  // Only devices of the outgoing device's L3 domain (VRF); with a VRF, its
  // device and the outgoing one are tried first (ipv6_get_saddr_master()).
  const master = ns.l3mdevMaster(ns.links.get(oif));
  if (master && dscope > 2) {
    const first = pickSaddr6(ns, dst, oif, (l) => l.ifindex === oif || l.ifindex === master);
    if (first !== undefined) return first;
  }
  return pickSaddr6(ns, dst, oif, (l) => ns.l3mdevMaster(l) === master || dscope <= 2);
}

function pickSaddr6(ns: Netns, dst: bigint, oif: number, domain: (l: Link) => boolean): bigint | undefined {
  const dscope = v6Scope(dst);
  let best: { a: bigint; scope: number; onOif: boolean; plen: number } | undefined;
  for (const l of ns.list()) {
    if (!domain(l)) continue;
    for (const ifa of l.ipv6) {
      // __ipv6_dev_get_saddr(): any device, but not an address still in DAD.
      if ((ifa.tentative && !ifa.optimistic) || ifa.dadfailed) continue;
      const scope = v6Scope(ifa.local);
      // Link-local candidates only on the outgoing interface.
      if (scope <= 2 && l.ifindex !== oif && dscope <= 2) continue;
      const cand = { a: ifa.local, scope, onOif: l.ifindex === oif, plen: Math.min(commonPrefix(ifa.local, dst), ifa.prefixlen) };
      if (cand.a === dst) return cand.a;
      if (!best) {
        best = cand;
        continue;
      }
      // Rule 2: prefer appropriate scope.
      if (best.scope !== cand.scope) {
        if (best.scope < cand.scope ? best.scope < dscope : cand.scope >= dscope) best = cand;
        continue;
      }
      if (best.onOif !== cand.onOif) {
        if (cand.onOif) best = cand;
        continue;
      }
      if (cand.plen > best.plen) best = cand;
    }
  }
  return best?.a;
}

/** fib6_select_path(): the flow hash against the siblings' upper bounds
 * (rt6_multipath_rebalance(); a sibling on a down device is dead, -1). The
 * first sibling unless the hash is above its bound, then the first whose
 * bound covers the hash. */
function selectPath6(ns: Netns, r: Route, q: GetRequest): number {
  const policy = ns.sysctl.getInt('net.ipv6.fib_multipath_hash_policy');
  const h = multipathHash6(multipathSeed(ns), policy, q.src ? (q.src.v as bigint) : 0n, q.dst.v as bigint, q.proto ?? 0, q.sport, q.dport);
  const alive = r.nexthops.map((n) => !!ns.links.get(n.dev)?.up);
  const bounds = upperBounds(
    r.nexthops.map((n) => n.weight),
    alive,
  );
  if (h <= bounds[0]) return 0;
  for (let i = 1; i < bounds.length; i++) if (h <= bounds[i]) return i;
  return 0;
}

export function routeGet6(ns: Netns, q: GetRequest): GetAnswer {
  // inet6_rtm_valid_getroute_req(): no flag but RTM_F_FIB_MATCH, only the
  // attributes a lookup uses.
  if (q.notify) throw kerr('EINVAL', 'ipv6: Invalid flags for get route request');
  if (q.newdst) throw kerr('EINVAL', 'ipv6: Unsupported attribute in get route request');
  const daddr = q.dst.v as bigint;
  // l3mdev_link_scope_lookup() → vrf_link_scope_lookup(): link-local or
  // multicast "over a VRF device does not make sense": the null entry.
  if ((isV6LinkLocal(daddr) || isV6Multicast(daddr)) && ns.links.get(q.oif)?.kind === 'vrf') throw kerr('ENETUNREACH');
  // inet6_rtm_getroute(): no protocol unless named; the caller's uid (root)
  // unless named; a source only when one is given (RT6_LOOKUP_F_HAS_SADDR).
  const saddr = q.src && (q.src.v as bigint) !== 0n ? (q.src.v as bigint) : undefined;
  // With iif, ip6_route_input_lookup(): the flow of a packet arriving there
  // (no output device; uid INVALID_UID unless one is given).
  const input = !!q.iif;
  const res = fibLookup6(ns, { daddr, saddr, oif: input ? 0 : q.oif, iif: q.iif || LOOPBACK, mark: q.mark, uid: q.uid ?? (input ? 0xffffffff : 0), proto: q.proto ?? 0, sport: q.sport, dport: q.dport });
  if (typeof res === 'string') throw kerr(res as never);
  const r = res.alias!;
  const nh = r.nexthops[r.nexthops.length > 1 && !q.oif ? selectPath6(ns, r, q) : res.nh];
  // RTF_LOCAL and RTF_ANYCAST routes both deliver locally (ip6_rt_get_dev_rcu()).
  const isLocal = r.type === 'local' || r.type === 'anycast';
  const oif = isLocal ? (nh?.dev ?? LOOPBACK) : (nh?.dev ?? 0);
  // ip6_rt_get_dev_rcu(): a local route's dst device is the VRF of its device
  // (not for link-local or multicast destinations), or lo.
  const nhDev = ns.links.get(nh?.dev ?? 0);
  const strict = isV6LinkLocal(daddr) || isV6Multicast(daddr);
  const localDev = nhDev?.kind === 'vrf' ? nhDev.ifindex : !strict && ns.l3mdevMaster(nhDev) ? ns.l3mdevMaster(nhDev) : LOOPBACK;
  let prefsrc: IpAddr | undefined;
  // rt6_fill_node(): an input route has no preferred source.
  if (input) prefsrc = undefined;
  else if (r.prefsrc) prefsrc = r.prefsrc;
  else {
    // ip6_route_get_saddr(): the route's inet6_dev, which for a local or
    // anycast route is its own device (the dst device is lo or the VRF).
    const s = selectSaddr6(ns, daddr, isLocal && (!nhDev || localDev !== LOOPBACK) ? localDev : oif);
    if (s !== undefined) prefsrc = { f: 6, v: s };
  }
  const route = synth({ family: 6, type: r.type, protocol: r.protocol, priority: r.priority, pref: r.pref ?? 0, nexthops: r.nexthops, metrics: r.metrics });
  return {
    route,
    dst: q.dst,
    src: q.src ?? { f: 6, v: 0n },
    gateway: nh?.gateway,
    oif: isLocal ? localDev : oif,
    iif: input ? q.iif : undefined,
    table: res.table,
    prefsrc,
    // rt6_fill_node() puts no RTA_MARK.
    mark: 0,
    tos: q.tos,
    cacheFlags: [],
    fib: r,
  };
}

export { PROTO, mask4, mask6of };
