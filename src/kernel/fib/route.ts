// A route as the kernel's FIB holds it (struct fib_alias + fib_info for IPv4,
// struct fib6_info for IPv6), independent of any tool's syntax.

import type { Family, IpAddr } from '../../net/ip';

/** RTN_* route types (include/uapi/linux/rtnetlink.h). */
export type RouteType =
  | 'unicast'
  | 'local'
  | 'broadcast'
  | 'anycast'
  | 'multicast'
  | 'blackhole'
  | 'unreachable'
  | 'prohibit'
  | 'throw'
  | 'nat'
  | 'xresolve';

export const RTN: Record<RouteType, number> = {
  unicast: 1,
  local: 2,
  broadcast: 3,
  anycast: 4,
  multicast: 5,
  blackhole: 6,
  unreachable: 7,
  prohibit: 8,
  throw: 9,
  nat: 10,
  xresolve: 11,
};

/** RT_SCOPE_* values. */
export const SCOPE = { universe: 0, site: 200, link: 253, host: 254, nowhere: 255 } as const;

/** RTPROT_* values. */
export const PROTO = {
  unspec: 0,
  redirect: 1,
  kernel: 2,
  boot: 3,
  static: 4,
  ra: 9,
  dhcp: 16,
} as const;

export const RT_TABLE = { unspec: 0, compat: 252, default: 253, main: 254, local: 255 } as const;

export interface Nexthop {
  gateway?: IpAddr;
  /** ifindex of the output device (0 when none). */
  dev: number;
  weight: number;
  onlink?: boolean;
  /** RTNH_F_DEAD / RTNH_F_LINKDOWN are derived from link state at dump time. */
}

export interface Route {
  family: Family;
  table: number;
  dst: IpAddr;
  dstLen: number;
  /** IPv4 TOS / IPv6 traffic class selector (0 = any). */
  tos: number;
  /** IPv4 priority / IPv6 metric. */
  priority: number;
  type: RouteType;
  scope: number;
  protocol: number;
  prefsrc?: IpAddr;
  nexthops: Nexthop[];
  /** RTAX_* metrics by name (mtu, advmss, ...), as given. */
  metrics?: Record<string, number>;
  /** IPv6 router preference: 0 medium, 1 high, 3 low (ICMPV6_ROUTER_PREF_*). */
  pref?: number;
  /** Insertion sequence, used to keep kernel list order among equals. */
  seq: number;
  /** IPv6 RTF_EXPIRES: absolute expiry time in ms of the wall clock
   * (fib6_set_expires()); undefined: the route does not expire. */
  expires?: number;
  /** IPv6 RTF_HOST in fib6_flags: only the SIOCADDRT ioctl sets it (route(8)
   * for a /128 target); /proc/net/ipv6_route shows it as H. */
  rtfHost?: boolean;
  /** RTA_NH_ID: the nexthop object (fib/nexthop.ts) the next hops come from. */
  nhid?: number;
}

/** What a lookup result says of the route it matched, without its prefix
 * (struct fib_result's fib_info, type and scope; the prefix is the
 * result's own): the matched alias itself, or the class it shares with
 * other prefixes (table.ts). */
export type RouteInfo = Omit<Route, 'dst' | 'dstLen' | 'seq'>;

/** A route object with every field in one order, so all routes share one
 * hidden class (property reads stay monomorphic over a million routes). */
export function makeRoute(r: Omit<Route, 'seq'> & { seq?: number }): Route {
  return {
    family: r.family,
    table: r.table,
    dst: r.dst,
    dstLen: r.dstLen,
    tos: r.tos,
    priority: r.priority,
    type: r.type,
    scope: r.scope,
    protocol: r.protocol,
    prefsrc: r.prefsrc,
    nexthops: r.nexthops,
    metrics: r.metrics,
    pref: r.pref,
    seq: r.seq ?? 0,
    expires: r.expires,
    rtfHost: r.rtfHost,
    nhid: r.nhid,
  };
}
