// Route resolution: fib_lookup() through the policy rules, fib_table_lookup()
// with its alias checks and backtracking, and the output-route decisions of
// ip_route_output_key_hash_rcu() (net/ipv4/route.c) that `ip route get`
// reports, including the kernel's source address selection.

import { type Netns, DEV_UP, DEV_CARRIER } from '../netns';
import type { Link } from '../link';
import { kerr, type Errno } from '../errors';
import type { Route, RouteInfo } from './route';
import { LEN_BITS } from './trie4';
import { type FibTable, PLAIN, CLASS_SHIFT, HOSTMASK } from './table';
import { RT_TABLE, SCOPE } from './route';
import { type FibRule, rulesOf } from './rules';
import { mask4, isV6LinkLocal, isV6Multicast } from '../../net/ip';
import { mask6of } from './table';

/** fib_props[type].error (net/ipv4/fib_semantics.c). */
export const TYPE_ERROR: Partial<Record<Route['type'], Errno>> = {
  blackhole: 'EINVAL',
  unreachable: 'EHOSTUNREACH',
  prohibit: 'EACCES',
  throw: 'EAGAIN',
  nat: 'EINVAL',
  xresolve: 'EINVAL',
};

/** fib_props[type].scope: the narrowest scope a route of that type may have. */
export const TYPE_SCOPE: Record<Route['type'], number> = {
  unicast: SCOPE.universe,
  local: SCOPE.host,
  broadcast: SCOPE.link,
  anycast: SCOPE.link,
  multicast: SCOPE.universe,
  blackhole: SCOPE.universe,
  unreachable: SCOPE.universe,
  prohibit: SCOPE.universe,
  throw: SCOPE.universe,
  nat: SCOPE.nowhere,
  xresolve: SCOPE.nowhere,
};

export interface Flow4 {
  daddr: number;
  saddr: number;
  oif: number;
  iif: number;
  tos: number;
  mark: number;
  scope: number;
  proto: number;
  sport: number;
  dport: number;
  uid: number;
  /** FIB_LOOKUP_IGNORE_LINKSTATE */
  ignoreLinkState?: boolean;
  /** flowi4_l3mdev: the VRF the lookup is for (set by l3mdev_update_flow()). */
  l3mdev?: number;
}

/** l3mdev_update_flow() in net/l3mdev/l3mdev.c: the VRF of the output
 * device, else of the input device; an output device that is the VRF itself
 * only selects its table (the oif is reset so next hops are not matched on it). */
export function l3mdevUpdateFlow(ns: Netns, fl: { oif: number; iif: number; l3mdev?: number }): void {
  if (fl.oif) {
    const dev = ns.links.get(fl.oif);
    if (dev) {
      if (!fl.l3mdev) fl.l3mdev = ns.l3mdevMaster(dev);
      if (dev.kind === 'vrf') fl.oif = 0;
      return;
    }
  }
  if (fl.iif > 1 && !fl.l3mdev) fl.l3mdev = ns.l3mdevMaster(ns.links.get(fl.iif));
}

/** l3mdev_fib_rule_match(): the table of the flow's VRF, 0 when it has none. */
function l3mdevRuleTable(ns: Netns, l3mdev: number | undefined): number {
  if (!l3mdev) return 0;
  const dev = ns.links.get(l3mdev);
  return dev?.kind === 'vrf' ? (dev.vrfTable ?? 0) : 0;
}

/** struct fib_result: what matched, for the caller to build on. */
export interface FibResult {
  /** The matched alias's attributes (type, scope, next hops, prefsrc…). */
  info: RouteInfo;
  /** Index of the next hop chosen. */
  nh: number;
  table: number;
  /** The matched prefix (res->prefix, IPv4) and its length. */
  prefix: number;
  prefixLen: number;
  /** The alias itself when the lookup walked the aliases; else fibAlias()
   * finds it (only `ip route get fibmatch` needs it). */
  alias: Route | undefined;
}

/** A result from an alias the lookup holds. */
function aliasResult(fa: Route, nh: number, table: number): FibResult {
  return { info: fa, nh, table, prefix: fa.family === 4 ? (fa.dst.v as number) : 0, prefixLen: fa.dstLen, alias: fa };
}

/** The FIB entry a result stands for (fibmatch): the alias, or the first
 * alias of the matched prefix when the lookup answered from its class. */
export function fibAlias(ns: Netns, res: FibResult): Route | undefined {
  return res.alias ?? ns.fib.table(res.table)?.firstAlias4(res.prefix, res.prefixLen);
}

/** Is the next hop usable (not dead; linkdown ignored unless asked)? */
function nhAlive(ns: Netns, dev: number, ignoreLinkState: boolean, family: 4 | 6): boolean {
  const st = ns.devState(dev);
  if (!(st & DEV_UP)) return false;
  if (!ignoreLinkState && !(st & DEV_CARRIER)) {
    // ignore_routes_with_linkdown is 0 by default: linkdown next hops still match.
    const l = ns.links.get(dev)!;
    const ign = ns.sysctl.conf(family, l.name, 'ignore_routes_with_linkdown') || ns.sysctl.conf(family, 'all', 'ignore_routes_with_linkdown');
    if (ign) return false;
  }
  return true;
}

/** An empty result, for fibTableLookup4() to fill. */
export function newFibResult(): FibResult {
  return { info: undefined as unknown as RouteInfo, nh: 0, table: 0, prefix: 0, prefixLen: 0, alias: undefined };
}

/** Copies result a into res. */
export function setFibResult(res: FibResult, a: FibResult): void {
  res.info = a.info;
  res.nh = a.nh;
  res.table = a.table;
  res.prefix = a.prefix;
  res.prefixLen = a.prefixLen;
  res.alias = a.alias;
}

/** fib_table_lookup() for IPv4: longest prefix first, aliases in order.
 * Returns a result, or an errno (EAGAIN: nothing here, try the next rule). */
export function tableLookup4(ns: Netns, table: number, fl: Flow4): FibResult | Errno {
  const res = newFibResult();
  const err = fibTableLookup4(ns, table, fl, res);
  return err === 0 ? res : err;
}

/** fib_table_lookup() as the kernel calls it: the result goes into the
 * caller's res (struct fib_result); returns 0, or an errno (EAGAIN:
 * nothing here, try the next rule). */
export function fibTableLookup4(ns: Netns, table: number, fl: Flow4, res: FibResult): 0 | Errno {
  const t = ns.fib.table(table);
  if (!t) return 'EAGAIN';
  // Most lookups end at the first alias of the longest prefix: when it is a
  // plain one, its class answers (matchAliases' first round) without a
  // read of the prefix's own data.
  const code = t.code4(fl.daddr);
  if (code > 0 && code & PLAIN) {
    const cls = code >>> CLASS_SHIFT;
    const dev = t.classDev(cls);
    if (t.classScope(cls) >= fl.scope && (!fl.oif || fl.oif === dev) && nhAlive(ns, dev, !!fl.ignoreLinkState, 4)) {
      const len = code & LEN_BITS;
      res.info = t.classInfo(cls);
      res.nh = 0;
      res.table = table;
      res.prefix = (fl.daddr & ~HOSTMASK[len]) >>> 0;
      res.prefixLen = len;
      res.alias = undefined;
      return 0;
    }
  } else if (code === 0) return 'EAGAIN';
  const r = walkAliases4(ns, t, table, fl);
  if (typeof r === 'string') return r;
  setFibResult(res, r);
  return 0;
}

/** The rest of fib_table_lookup(): the aliases of the longest prefix, then
 * of shorter ones (backtracking). */
function walkAliases4(ns: Netns, t: FibTable, table: number, fl: Flow4): FibResult | Errno {
  // The longest prefix answers almost every lookup: try it without the
  // generator, and walk shorter prefixes only when none of its aliases fits.
  const first = t.longest4(fl.daddr);
  if (!first) return 'EAGAIN';
  const hit = matchAliases(ns, first, table, fl);
  if (hit !== null) return hit;
  let skip = true;
  for (const routes of t.candidates4(fl.daddr)) {
    if (skip) {
      skip = false;
      continue;
    }
    const h = matchAliases(ns, routes, table, fl);
    if (h !== null) return h;
  }
  return 'EAGAIN';
}

/** The aliases of one prefix against the flow (fib_table_lookup()'s inner loop);
 * null when none applies (go on with shorter prefixes). */
export function matchAliases(ns: Netns, routes: Route[], table: number, fl: Flow4): FibResult | Errno | null {
  for (const fa of routes) {
    if (fa.tos && fa.tos !== fl.tos) continue;
    if (fa.scope < fl.scope) continue;
    const err = TYPE_ERROR[fa.type];
    if (err) return err;
    for (let i = 0; i < fa.nexthops.length; i++) {
      const nh = fa.nexthops[i];
      // Host-scope next hops (local addresses) are never marked dead when
      // their device goes down (fib_sync_down_dev() skips RT_SCOPE_NOWHERE).
      if (fa.scope !== SCOPE.host && !nhAlive(ns, nh.dev, !!fl.ignoreLinkState, 4)) continue;
      if (fl.oif && fl.oif !== nh.dev) continue;
      return aliasResult(fa, i, table);
    }
  }
  return null;
}

/** fib6_table_lookup()+fib6_select_path(), simplified to the best metric. */
export function tableLookup6(ns: Netns, table: number, daddr: bigint, oif: number, strict = true): FibResult | Errno {
  const t = ns.fib.table(table);
  if (!t) return 'EAGAIN';
  // rt6_score_route(): 2 for the flow's device (or any, without one), then
  // the router preference above it (low < medium < high); with
  // RT6_LOOKUP_F_IFACE (strict) another device does not match at all.
  const devScore = (dev: number): number => (!oif || dev === oif ? 2 : strict ? -1 : 0);
  for (const routes of t.candidates6(daddr)) {
    // find_rr_leaf(): the best-scoring route of the lowest metric group, else
    // of all the others; on a tie the first.
    let best: { r: Route; nh: number; score: number } | undefined;
    const metric = routes[0]?.priority;
    for (const pass of [0, 1]) {
      for (const r of routes) {
        if ((r.priority === metric) !== (pass === 0)) continue;
        // fib6_check_expired(): a route past its lifetime is not used,
        // though it is listed until the garbage collector runs.
        if (r.expires !== undefined && ns.kernel.now() > r.expires) continue;
        const pref = prefScore(r.pref) << 2;
        if (TYPE_ERROR[r.type]) {
          // A reject route's next hop is lo.
          const d = Math.max(...r.nexthops.map((nh) => devScore(nh.dev)));
          if (d >= 0 && (!best || pref + d > best.score)) best = { r, nh: 0, score: pref + d };
          continue;
        }
        const local = r.type === 'local' || r.type === 'anycast';
        for (let i = 0; i < r.nexthops.length; i++) {
          const nh = r.nexthops[i];
          if (!nhAlive(ns, nh.dev, false, 6) && !local) continue;
          const d = devScore(nh.dev);
          if (d < 0 || (best && pref + d <= best.score)) continue;
          best = { r, nh: i, score: pref + d };
        }
      }
      if (best) break;
    }
    if (!best) continue;
    const err = TYPE_ERROR[best.r.type];
    if (err) return err;
    return aliasResult(best.r, best.nh, table);
  }
  return 'EAGAIN';
}

/** IPV6_DECODE_PREF(): RA preference low 1, medium 2, high 3 (stored as the ICMPv6 code: high 1, low 3). */
function prefScore(pref: number | undefined): number {
  return pref === 3 ? 1 : pref === 1 ? 3 : 2;
}

/** fib_rule_match() (devices, mark, uid) and the protocol and ports that
 * fib4_rule_match() and fib6_rule_match() check alike (ip_proto 0: any). */
function ruleMatchesFlow(ns: Netns, r: FibRule, fl: { iif: number; oif: number; mark: number; uid: number; proto: number; sport: number; dport: number }): boolean {
  if (r.iif !== undefined) {
    const l = ns.byName(r.iif);
    if (!l || l.ifindex !== fl.iif) return false;
  }
  if (r.oif !== undefined) {
    const l = ns.byName(r.oif);
    if (!l || l.ifindex !== fl.oif) return false;
  }
  if (r.fwmark !== undefined && ((r.fwmark ^ fl.mark) & (r.fwmask ?? 0xffffffff)) !== 0) return false;
  if (r.uid && (fl.uid < r.uid[0] || fl.uid > r.uid[1])) return false;
  if (r.ipproto && r.ipproto !== fl.proto) return false;
  if (r.sport && (fl.sport < r.sport[0] || fl.sport > r.sport[1])) return false;
  if (r.dport && (fl.dport < r.dport[0] || fl.dport > r.dport[1])) return false;
  return true;
}

/** fib4_rule_match(). */
function ruleMatches4(ns: Netns, r: FibRule, fl: Flow4): boolean {
  if (!ruleMatchesFlow(ns, r, fl)) return false;
  if (r.src && (((fl.saddr ^ (r.src.v as number)) & mask4(r.srcLen)) >>> 0) !== 0) return false;
  if (r.dst && (((fl.daddr ^ (r.dst.v as number)) & mask4(r.dstLen)) >>> 0) !== 0) return false;
  if (r.tos && r.tos !== fl.tos) return false;
  return true;
}

/** fib_lookup() → fib_rules_lookup(): walks the rules in order. */
export function fibLookup4(ns: Netns, fl: Flow4): FibResult | Errno {
  // __fib_lookup(): "update flow if oif or iif point to device enslaved to l3mdev"
  l3mdevUpdateFlow(ns, fl);
  return walkRules(
    ns,
    rulesOf(ns, 4),
    fl,
    ruleMatches4,
    (table) => tableLookup4(ns, table, fl),
    (r, res) => !suppressed(ns, r, res.prefixLen, res.info.nexthops[res.nh]?.dev),
  );
}

/** fib_rules_lookup(): the rules that match the flow (or not, inverted), in
 * order: goto jumps to the rule with exactly that preference (unresolved: go
 * on), nop goes on, the reject actions answer (fib4/fib6_rule_action(): the
 * rule's own action, not a route type); a table (the VRF's for an l3mdev
 * rule) answers unless it has nothing (EAGAIN, or a throw route) or the
 * rule does not accept the result (suppress_*). */
function walkRules<T, F extends { l3mdev?: number }>(ns: Netns, rules: FibRule[], fl: F, matches: (ns: Netns, r: FibRule, fl: F) => boolean, lookup: (table: number) => T | Errno, accept: (r: FibRule, res: T) => boolean): T | Errno {
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    const l3tb = r.l3mdev ? l3mdevRuleTable(ns, fl.l3mdev) : 0;
    if ((matches(ns, r, fl) && (!r.l3mdev || l3tb !== 0)) === !!r.invert) continue;
    switch (r.action) {
      case 'goto': {
        const j = rules.findIndex((x) => x.priority === r.gotoTarget);
        if (j > i) i = j - 1;
        continue;
      }
      case 'nop':
        continue;
      case 'blackhole':
        return 'EINVAL';
      case 'unreachable':
        return 'ENETUNREACH';
      case 'prohibit':
        return 'EACCES';
    }
    const res = lookup(r.l3mdev ? l3tb : r.table);
    if (res === 'EAGAIN') continue;
    if (typeof res !== 'string' && !accept(r, res as T)) continue;
    return res;
  }
  return 'ENETUNREACH';
}

/** fib4_rule_suppress() / fib6_rule_suppress(): a rule does not accept a
 * result whose prefix is no longer than suppress_prefixlength, or whose
 * device is in the suppress_ifgroup group. */
function suppressed(ns: Netns, r: FibRule, prefixLen: number, dev: number | undefined): boolean {
  if (r.suppressPrefixlen !== undefined && prefixLen <= r.suppressPrefixlen) return true;
  if (r.suppressIfgroup !== undefined && r.suppressIfgroup !== -1 && dev !== undefined) {
    const l = ns.links.get(dev);
    if (l && l.group === r.suppressIfgroup) return true;
  }
  return false;
}

/** The IPv6 flow a rule walk matches on (struct flowi6). */
export interface Flow6 {
  daddr: bigint;
  /** undefined: no source yet (RT6_LOOKUP_F_HAS_SADDR clear). */
  saddr?: bigint;
  oif: number;
  iif: number;
  mark: number;
  uid: number;
  proto: number;
  sport: number;
  dport: number;
  l3mdev?: number;
}

/** fib6_rule_match(). */
function ruleMatches6(ns: Netns, r: FibRule, fl: Flow6): boolean {
  if (!ruleMatchesFlow(ns, r, fl)) return false;
  // A source prefix needs a source: without one the rule does not match.
  if (r.src && r.srcLen) {
    if (fl.saddr === undefined || ((fl.saddr ^ (r.src.v as bigint)) & mask6of(r.srcLen)) !== 0n) return false;
  }
  if (r.dst && r.dstLen && ((fl.daddr ^ (r.dst.v as bigint)) & mask6of(r.dstLen)) !== 0n) return false;
  // The traffic class of a route get is 0.
  if (r.tos) return false;
  return true;
}

/** fib6_rule_lookup() → fib_rules_lookup(): the rules in order, as fibLookup4. */
export function fibLookup6(ns: Netns, fl0: Flow6): FibResult | Errno {
  // ip6_route_output_flags(): the output device binds the lookup
  // (RT6_LOOKUP_F_IFACE) only without a source address, or for a
  // multicast or link-local destination; otherwise it is a preference.
  const strict = !!fl0.oif && (fl0.saddr === undefined || isV6Multicast(fl0.daddr) || isV6LinkLocal(fl0.daddr));
  return walkRules6<FibResult>(
    ns,
    fl0,
    (table, fl) => tableLookup6(ns, table, fl.daddr, fl.oif, strict),
    (r, res) => !suppressed(ns, r, res.prefixLen, res.info.nexthops[res.nh]?.dev),
  );
}

/** fib_rules_lookup() for IPv6 over a per-table lookup (walkRules()). */
export function walkRules6<T>(ns: Netns, fl0: Flow6, lookup: (table: number, fl: Flow6) => T | Errno, accept: (r: FibRule, res: T) => boolean): T | Errno {
  // fib6_rule_lookup() → l3mdev_update_flow()
  const fl: Flow6 = { ...fl0, l3mdev: 0 };
  l3mdevUpdateFlow(ns, fl);
  return walkRules(ns, rulesOf(ns, 6), fl, ruleMatches6, (table) => lookup(table, fl), accept);
}

// ---- source address selection -------------------------------------------------

/** in_dev_select_addr(): the first primary of at most the scope, never link scope. */
function inDevSelectAddr(l: Link, scope: number): number {
  for (const ifa of l.ipv4) {
    if (ifa.secondary) continue;
    if (ifa.scope !== SCOPE.link && ifa.scope <= scope) return ifa.local;
  }
  return 0;
}

/** inet_select_addr() in net/ipv4/devinet.c. */
export function inetSelectAddr(ns: Netns, dev: Link | undefined, dst: number, scope: number): number {
  let addr = 0;
  const masterIdx = ns.l3mdevMaster(dev);
  if (dev) {
    for (const ifa of dev.ipv4) {
      if (ifa.secondary) continue;
      if (Math.min(ifa.scope, SCOPE.host) > scope) continue;
      if (!dst || (((dst ^ ifa.address) & mask4(ifa.prefixlen)) >>> 0) === 0) {
        addr = ifa.local;
        break;
      }
      if (!addr) addr = ifa.local;
    }
    if (addr) return addr;
  }
  // "For VRFs, the VRF device takes the place of the loopback device, with
  // addresses on it being preferred."
  if (masterIdx) {
    const m = ns.links.get(masterIdx);
    const a = m ? inDevSelectAddr(m, scope) : 0;
    if (a) return a;
  }
  // Any device of the same L3 domain, lo first.
  for (const l of ns.list()) {
    if (ns.l3mdevMaster(l) !== masterIdx) continue;
    const a = inDevSelectAddr(l, scope);
    if (a) return a;
  }
  return 0;
}

/** fib_result_prefsrc(): the route's src, else an address of the next hop's device. */
export function resultPrefsrc(ns: Netns, res: FibResult): number {
  const r = res.info;
  if (r.prefsrc) return r.prefsrc.v as number;
  const nh = r.nexthops[res.nh];
  // fib_info_update_nhc_saddr(): an IPv6 gateway (RFC 5549) gives no hint.
  return inetSelectAddr(ns, ns.links.get(nh.dev), nh.gateway?.f === 4 ? nh.gateway.v : 0, r.scope);
}

/** inet_addr_type_table(): the type of the local-table (or given table) route for addr. */
export function addrType4(ns: Netns, addr: number, table = RT_TABLE.local as number): Route['type'] {
  const t = ns.fib.table(table);
  if (t) {
    for (const routes of t.candidates4(addr)) {
      for (const r of routes) return r.type;
    }
  }
  // fib_table_lookup on main when local has nothing: unicast.
  return 'unicast';
}

/** __ip_dev_find(): the device holding addr. */
export function devOfAddr4(ns: Netns, addr: number): Link | undefined {
  for (const l of ns.list()) if (l.ipv4.some((a) => a.local === addr)) return l;
  return undefined;
}

export function kernelErr(e: Errno): never {
  throw kerr(e);
}
