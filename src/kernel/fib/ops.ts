// RTM_NEWROUTE / RTM_DELROUTE / RTM_GETROUTE as the kernel handles them:
// validation of fib_create_info()/fib_check_nh() (net/ipv4/fib_semantics.c)
// and ip6_route_info_create() (net/ipv6/route.c), then the table operation.

import type { Netns } from '../netns';
import { kerr, type Errno } from '../errors';
import { type Nexthop, type Route, type RouteType, makeRoute } from './route';
import { RT_TABLE, SCOPE } from './route';
import { type DeleteSpec, type InsertFlags } from './table';
import { TYPE_ERROR, TYPE_SCOPE, fibLookup4, tableLookup4, addrType4, walkRules6, type FibResult } from './lookup';
import { mask4, isV6LinkLocal, ipEquals } from '../../net/ip';
import { mask6of } from './table';
import { nexthopsOf, hasV4, syncRoute } from './nexthop';

export interface RouteRequest {
  family: 4 | 6;
  table: number;
  dst: Route['dst'];
  dstLen: number;
  tos: number;
  /** undefined: not given (IPv4 0, IPv6 1024). */
  priority?: number;
  type: RouteType;
  scope: number;
  protocol: number;
  prefsrc?: Route['prefsrc'];
  nexthops: Nexthop[];
  /** RTNH_F_ONLINK on the route itself (single next hop). */
  metrics?: Record<string, number>;
  pref?: number;
  /** RTA_NH_ID: next hops from a nexthop object (fib/nexthop.ts). */
  nhid?: number;
  /** IPv6 RTF_HOST (from the route ioctl). */
  rtfHost?: boolean;
  /** RTA_EXPIRES as an absolute time in ms (IPv6 only; IPv4 ignores it, as
   * rtm_to_fib_config() does not read the attribute). */
  expires?: number;
}

function hostBits(r: { family: 4 | 6; dst: Route['dst']; dstLen: number }): boolean {
  if (r.family === 4) return ((r.dst.v as number) & ~mask4(r.dstLen)) >>> 0 !== 0;
  return ((r.dst.v as bigint) & ~mask6of(r.dstLen) & ((1n << 128n) - 1n)) !== 0n;
}

/** rtm_to_fib_config(): a nexthop id excludes gateway, device and multipath. */
function nhidExclusive(ns: Netns, req: RouteRequest): void {
  if (req.nexthops.length > 1 || req.nexthops.some((n) => n.gateway || n.dev)) throw kerr('EINVAL', 'Nexthop specification and nexthop id are mutually exclusive');
  void ns;
}

/** fib_create_info() / ip6_route_info_create() with cfg->fc_nh_id. */
function addNhRoute(ns: Netns, req: RouteRequest, flags: InsertFlags): Route {
  if (hostBits(req) && req.family === 4) throw kerr('EINVAL', 'Invalid prefix for given prefix length');
  const nh = nexthopsOf(ns).byId.get(req.nhid!);
  if (!nh) throw kerr('EINVAL', 'Nexthop id does not exist');
  if (req.family === 6 && hasV4(ns, nh)) throw kerr('EINVAL', 'IPv6 routes can not use an IPv4 nexthop');
  const dst = req.family === 6 ? { f: 6 as const, v: (req.dst.v as bigint) & mask6of(req.dstLen) } : req.dst;
  const r = makeRoute({ ...req, dst, nexthops: [], priority: req.family === 6 ? req.priority || 1024 : (req.priority ?? 0), scope: req.family === 6 ? SCOPE.universe : req.scope, pref: req.family === 6 ? (req.pref ?? 0) : undefined, expires: req.family === 6 ? req.expires : undefined });
  syncRoute(ns, r, nh);
  r.seq = ns.fib.nextSeq();
  ns.fib.table(req.table, true)!.insert(r, flags);
  return r;
}

/** fib_check_nh_v4_gw(): the gateway must be reachable on link. Returns the nexthop scope. */
export function checkGw4(ns: Netns, nh: Nexthop, table: number, scope: number): number {
  const gw = nh.gateway!.v as number;
  if (nh.onlink) {
    if (scope >= SCOPE.link) throw kerr('EINVAL', 'Nexthop has invalid scope');
    const dev = ns.links.get(nh.dev);
    if (!dev) throw kerr('ENODEV', 'Nexthop device required for onlink');
    if (!dev.up) throw kerr('ENETDOWN', 'Nexthop device is not up');
    if (addrType4(ns, gw) !== 'unicast') throw kerr('EINVAL', 'Nexthop has invalid gateway');
    return SCOPE.link;
  }
  const fl = { daddr: gw, saddr: 0, oif: nh.dev, iif: 1, tos: 0, mark: 0, scope: Math.max(scope + 1, SCOPE.link), proto: 0, sport: 0, dport: 0, uid: 0, ignoreLinkState: true };
  let res: FibResult | Errno = 'EAGAIN';
  if (table && table !== RT_TABLE.main && ns.fib.table(table)) res = tableLookup4(ns, table, fl);
  if (typeof res === 'string') res = fibLookup4(ns, fl);
  // The lookup's own error (ENETUNREACH…) with the extack.
  if (typeof res === 'string') throw kerr(res === 'EAGAIN' ? 'ENETUNREACH' : (res as Errno), 'Nexthop has invalid gateway');
  if (res.info.type !== 'unicast' && res.info.type !== 'local') throw kerr('EINVAL', 'Nexthop has invalid gateway');
  const dev = res.info.nexthops[res.nh].dev;
  nh.dev = dev;
  const l = ns.links.get(dev);
  if (!l) throw kerr('EINVAL', 'No egress device for nexthop gateway');
  if (!l.up) throw kerr('ENETDOWN');
  return res.info.scope;
}

/** fib_create_info() checks, then fib_table_insert(). */
export function addRoute4(ns: Netns, req: RouteRequest, flags: InsertFlags): Route {
  if (req.nhid !== undefined) nhidExclusive(ns, req);
  // rtm_to_fib_config() checks the prefix (fib_valid_key_len(), there since
  // Linux 6.15); then inet_rtm_newroute() creates the table before the
  // route itself is checked.
  if (hostBits(req)) throw kerr('EINVAL', 'Invalid prefix for given prefix length');
  ns.fib.touch(req.table, 4);
  if (req.nhid !== undefined) return addNhRoute(ns, req, flags);
  if (TYPE_SCOPE[req.type] > req.scope) throw kerr('EINVAL', 'Invalid scope');
  if (req.prefsrc && req.prefsrc.f !== 4) throw kerr('EINVAL');
  if (TYPE_ERROR[req.type]) {
    if (req.nexthops.some((n) => n.gateway || n.dev)) throw kerr('EINVAL', 'Gateway, device and multipath can not be specified for this route type');
    req.nexthops = [];
  } else {
    if (!['unicast', 'local', 'broadcast', 'anycast', 'multicast'].includes(req.type)) throw kerr('EINVAL', 'Invalid route type');
    if (req.scope > SCOPE.host) throw kerr('EINVAL', 'Invalid scope');
    if (req.scope === SCOPE.host) {
      if (req.nexthops.length !== 1) throw kerr('EINVAL', 'Route with host scope can not have multiple nexthops');
      if (req.nexthops[0].gateway) throw kerr('EINVAL', 'Route with host scope can not have a gateway');
      if (!ns.links.get(req.nexthops[0].dev)) throw kerr('ENODEV');
    } else {
      for (const nh of req.nexthops) {
        if (nh.gateway) {
          if (nh.gateway.f !== 4) throw kerr('EINVAL', 'Invalid gateway address');
          checkGw4(ns, nh, req.table, req.scope);
        } else {
          if (nh.onlink) throw kerr('EINVAL', 'Invalid flags for nexthop - PERVASIVE and DEAD can not be set');
          const l = ns.links.get(nh.dev);
          if (!l) throw kerr('ENODEV');
          if (!l.up) throw kerr('ENETDOWN', 'Device for nexthop is not up');
        }
      }
    }
    if (req.prefsrc) {
      // fib_valid_prefsrc(): the source must be local (in the route's table, local for main).
      const pv = req.prefsrc.v as number;
      const selfLocal = req.type === 'local' && req.dstLen === 32 && (req.dst.v as number) === pv;
      if (!selfLocal) {
        const tb = req.table === RT_TABLE.main ? RT_TABLE.local : req.table;
        if (addrType4(ns, pv, tb) !== 'local') throw kerr('EINVAL', 'Invalid prefsrc address');
      }
    }
  }
  if (req.priority === undefined) req.priority = 0;
  req.expires = undefined;
  const r = makeRoute(req as Route);
  r.seq = ns.fib.nextSeq();
  ns.fib.table(req.table, true)!.insert(r, flags);
  return r;
}

/** fib6_nh_init(): the device exists; a gateway without one is resolved
 * through a route to it (ip6_route_check_nh()). */
export function checkNh6(ns: Netns, nh: Nexthop, table: number): void {
  if (!nh.dev && !nh.gateway) throw kerr('ENODEV');
  if (nh.dev) {
    const l = ns.links.get(nh.dev);
    if (!l) throw kerr('ENODEV');
  }
  if (!nh.gateway) return;
  const gw = nh.gateway.v as bigint;
  if (!nh.dev && isV6LinkLocal(gw)) throw kerr('EINVAL', 'Egress device not specified');
  // ip6_route_check_nh_onlink(): the gateway's route in the device's table
  // (main outside a VRF), unless a reject or an all-zeros prefix, must be a
  // unicast route through that same device.
  if (nh.dev && nh.onlink && !isV6LinkLocal(gw)) {
    const r = nhLookup6(ns, ns.l3mdevTable(ns.links.get(nh.dev)) || RT_TABLE.main, gw, nh.dev, false);
    if (r && !TYPE_ERROR[r.type] && !isLoReject6(r) && r.dst.v !== 0n && (r.type !== 'unicast' || !r.nexthops.some((n) => n.dev === nh.dev))) {
      throw kerr('EINVAL', 'Nexthop has invalid gateway or device mismatch');
    }
  }
  // ip6_validate_gw(): link-local and onlink gateways are not looked up.
  if (nh.dev && (isV6LinkLocal(gw) || nh.onlink)) return;
  // ip6_route_check_nh(): the route's own table first (ip6_nh_lookup_table();
  // 0 for a nexthop object outside a VRF): its answer counts unless it is a
  // reject route, needs a gateway or leaves through another device; then the
  // full lookup (local, then main), whose answer must not be a reject route
  // or need a gateway either. With a device given, the answer must use it.
  const usable = (r: Route | undefined): r is Route => !!r && !TYPE_ERROR[r.type] && !isLoReject6(r) && !nhOf6(r, nh.dev)?.gateway;
  let res: Route | undefined;
  if (table) {
    const r = nhLookup6(ns, table, gw, nh.dev);
    if (usable(r) && (!nh.dev || nhOf6(r, nh.dev)?.dev === nh.dev)) res = r;
  }
  if (!res) {
    // fib6_lookup(): through the rules (local, then main without custom ones);
    const r = walkRules6<Route>(
      ns,
      // ip6_route_check_nh(): a flow of the gateway and the device alone (no iif, not even lo).
      { daddr: gw, oif: nh.dev ?? 0, iif: 0, mark: 0, uid: 0, proto: 0, sport: 0, dport: 0 },
      (table) => nhLookup6(ns, table, gw, nh.dev) ?? 'EAGAIN',
      // fib6_rule_action_alt(): this walk has no dst, so fib6_rule_suppress() never applies.
      () => true,
    );
    if (typeof r === 'string' || !usable(r)) throw kerr('EHOSTUNREACH');
    res = r;
  }
  const dev = nhOf6(res, nh.dev)?.dev;
  if (!dev) throw kerr('EHOSTUNREACH');
  if (nh.dev && nh.dev !== dev) throw kerr('EHOSTUNREACH');
  nh.dev = dev;
}

/** The next hop of r that leaves through oif (any when oif is 0). */
function nhOf6(r: Route, oif: number | undefined): Nexthop | undefined {
  return oif ? (r.nexthops.find((n) => n.dev === oif) ?? r.nexthops[0]) : r.nexthops[0];
}

/** fib6_table_lookup() with RT6_LOOKUP_F_IFACE: the longest prefix that has a
 * route through oif (any route without oif), backtracking to shorter ones.
 * A throw route is an answer too (fib6_rule_action_alt() stops on it). */
function nhLookup6(ns: Netns, table: number, gw: bigint, oif: number | undefined, strict = true): Route | undefined {
  const tb = ns.fib.table(table);
  if (!tb) return undefined;
  for (const routes of tb.candidates6(gw)) {
    // Without RT6_LOOKUP_F_IFACE oif only ranks: a route through it first.
    const r = routes.find((x) => !oif || x.nexthops.some((n) => n.dev === oif)) ?? (strict ? undefined : routes[0]);
    if (r) return r;
  }
  return undefined;
}

/** fib6_nh_init() once the device is known (not for nexthop objects, which
 * set fc_ignore_dev_down): no gateway through lo, IPv6 enabled, device up. */
function checkNhDev6(ns: Netns, nh: Nexthop): void {
  const l = ns.links.get(nh.dev ?? 0);
  if (!l) throw kerr('ENODEV');
  if (nh.gateway && l.kind === 'loopback') throw kerr('EINVAL', 'Egress device can not be loopback device for this route');
  if (ns.sysctl.conf(6, l.name, 'disable_ipv6') !== 0) throw kerr('EACCES', 'IPv6 is disabled on nexthop device');
  if (!l.up) throw kerr('ENETDOWN', 'Nexthop device is not up');
}

/** fib6_is_reject(): a unicast route out of lo to anything but ::1 carries
 * RTF_REJECT|RTF_NONEXTHOP (it would loop), though it lists as unicast. */
export function isLoReject6(r: { family: 4 | 6; type: Route['type']; dst: Route['dst']; dstLen: number; nexthops: Nexthop[] }): boolean {
  if (r.family !== 6 || r.type !== 'unicast' || r.nexthops.length !== 1) return false;
  if (r.dstLen === 128 && r.dst.v === 1n) return false;
  return r.nexthops[0].dev === 1;
}

/** ip6_route_info_create() checks, then fib6_add(). */
export function addRoute6(ns: Netns, req: RouteRequest, flags: InsertFlags): Route {
  if (req.nhid !== undefined) nhidExclusive(ns, req);
  ns.fib.touch(req.table, 6);
  if (req.nhid !== undefined) return addNhRoute(ns, req, flags);
  if (req.dstLen > 128) throw kerr('EINVAL');
  const reject = !!TYPE_ERROR[req.type];
  if (!reject) {
    if (!req.nexthops.length) throw kerr('ENODEV');
    // ip6_route_multipath_add(): each next hop is a route of its own, checked alone.
    for (const nh of req.nexthops) checkNh6(ns, nh, req.table);
    for (const nh of req.nexthops) checkNhDev6(ns, nh);
    // ip6_route_info_append(): a next hop that repeats an earlier one of the
    // request (rt6_duplicate_nexthop(): same device and gateway) fails it all.
    const same = (a: Nexthop, b: Nexthop) => a.dev === b.dev && (a.gateway && b.gateway ? ipEquals(a.gateway, b.gateway) : !a.gateway && !b.gateway);
    if (req.nexthops.some((nh, i) => req.nexthops.slice(0, i).some((p) => same(p, nh)))) throw kerr('EEXIST');
  } else req.nexthops = [{ dev: 1, weight: 1 }];
  // Host bits are cleared silently for IPv6 (ipv6_addr_prefix in fib6_add).
  const dst = { f: 6 as const, v: (req.dst.v as bigint) & mask6of(req.dstLen) };
  // ip6_route_info_create(): metric 0 means IP6_RT_PRIO_USER.
  // A reject route's fib6_flags are RTF_REJECT|RTF_NONEXTHOP alone: no router
  // preference (reads medium) and no RTF_EXPIRES; so are routes through lo
  // to anything but ::1, which fib6_is_reject() promotes to reject routes.
  const plain = !reject && !isLoReject6({ family: 6, type: req.type, dst, dstLen: req.dstLen, nexthops: req.nexthops });
  const r = makeRoute({ ...req, dst, priority: req.priority || 1024, scope: SCOPE.universe, pref: plain ? (req.pref ?? 0) : 0, expires: plain ? req.expires : undefined });
  r.seq = ns.fib.nextSeq();
  ns.fib.table(req.table, true)!.insert(r, flags);
  if (r.expires !== undefined) ns.fib6StartGc();
  return r;
}

export function addRoute(ns: Netns, req: RouteRequest, flags: InsertFlags): Route {
  checkDsfield(req);
  return req.family === 4 ? addRoute4(ns, req, flags) : addRoute6(ns, req, flags);
}

/** rtm_to_fib_config(): the ECN bits of the tos must be clear;
 * rtm_to_fib6_config(): IPv6 routes take no tos at all. */
function checkDsfield(r: { family: 4 | 6; tos: number }): void {
  if (!r.tos) return;
  if (r.family === 6) throw kerr('EINVAL', 'Invalid dsfield (tos): option not available for IPv6');
  if (r.tos & 3) throw kerr('EINVAL', 'Invalid dsfield (tos): ECN bits must be 0');
}

/** fib_table_delete() / ip6_route_del(). */
export function deleteRoute(ns: Netns, table: number, d: DeleteSpec): Route {
  checkDsfield(d);
  if (d.family === 6 && d.dstLen === 0) {
    // ip6_route_del() on the root: with no default route there, the table's
    // null entry is what matches (fib6_del() refuses it: ENOENT).
    const t = ns.fib.table(table);
    const none = !t || !t.routesOf(d.dst, 0).length;
    if (none && ns.fib.exists(table, 6) && !d.nexthops.some((n) => n.gateway || (n.dev && n.dev !== 1)) && !d.priority && d.nhid === undefined) throw kerr('ENOENT');
  }
  // rtm_to_fib_config() / rtm_to_fib6_config(): the object must exist.
  if (d.nhid !== undefined && !nexthopsOf(ns).byId.has(d.nhid)) throw kerr('EINVAL', 'Nexthop id does not exist');
  if (d.family === 4 && hostBits(d)) throw kerr('EINVAL', 'Invalid prefix for given prefix length');
  const t = ns.fib.table(table);
  if (!t || !ns.fib.exists(table, d.family)) throw kerr('ESRCH', 'FIB table does not exist');
  return t.delete(d);
}
