// Nexthop objects (net/ipv4/nexthop.c): RTM_NEWNEXTHOP/DELNEXTHOP, the
// per-namespace table of ids, hash-threshold groups, and routes that use
// them through RTA_NH_ID. A route with a nexthop id keeps `nhid` and a copy
// of the resolved next hops (so lookups, dumps and ip route get work as for
// any route); every change of an object is pushed to its routes, as the
// kernel's routes point at the object itself.
// Not modelled (refused by the tool): fdb nexthops, resilient groups, encap.

import type { Netns } from '../netns';
import type { Fib } from './table';
import type { IpAddr } from '../../net/ip';
import { kerr } from '../errors';
import { type Nexthop, type Route, SCOPE } from './route';

export interface NhGroupEntry {
  id: number;
  /** 1..256 */
  weight: number;
}

export interface NexthopObj {
  id: number;
  /** nh_family: 4 or 6 for a single next hop, 0 (AF_UNSPEC) for a group. */
  family: 0 | 4 | 6;
  protocol: number;
  blackhole?: boolean;
  gateway?: IpAddr;
  /** ifindex (0: none) */
  dev: number;
  onlink?: boolean;
  /** nhc_scope as the kernel computed it (link for a gateway, host without). */
  scope: number;
  group?: NhGroupEntry[];
}

export interface NhStore {
  byId: Map<number, NexthopObj>;
  /** net->nexthop.last_id_allocated */
  lastId: number;
}

const stores = new WeakMap<Fib, NhStore>();

export function nexthopsOf(ns: { fib: Fib }): NhStore {
  let s = stores.get(ns.fib);
  if (!s) {
    s = { byId: new Map(), lastId: 0 };
    stores.set(ns.fib, s);
  }
  return s;
}

/** All objects in dump order (by id, the kernel's rb-tree). */
export function nexthopList(ns: Netns): NexthopObj[] {
  return [...nexthopsOf(ns).byId.values()].sort((a, b) => a.id - b.id);
}

/** nexthop_is_blackhole(): a blackhole, or a group of one blackhole. */
export function isBlackhole(ns: Netns, nh: NexthopObj): boolean {
  if (nh.group) {
    if (nh.group.length !== 1) return false;
    const m = nexthopsOf(ns).byId.get(nh.group[0].id);
    return !!m?.blackhole;
  }
  return !!nh.blackhole;
}

/** Does the object (or a member) carry an IPv4 next hop? (nexthop_has_v4()) */
export function hasV4(ns: Netns, nh: NexthopObj): boolean {
  if (nh.group) return nh.group.some((g) => nexthopsOf(ns).byId.get(g.id)?.family === 4);
  return nh.family === 4;
}

/** The route's view of an object: its next hops, and whether it drops. */
export function resolveNexthop(ns: Netns, nh: NexthopObj): { nexthops: Nexthop[]; blackhole: boolean } {
  const one = (o: NexthopObj, weight: number): Nexthop => ({ gateway: o.gateway, dev: o.blackhole ? 1 : o.dev, weight, onlink: o.onlink || undefined });
  if (isBlackhole(ns, nh)) return { nexthops: [{ dev: 1, weight: 1 }], blackhole: true };
  if (nh.group) {
    const store = nexthopsOf(ns);
    return { nexthops: nh.group.map((g) => one(store.byId.get(g.id)!, g.weight)), blackhole: false };
  }
  return { nexthops: [one(nh, 1)], blackhole: false };
}

/** The route entry's next hops and type from its object (after a change). */
export function syncRoute(ns: Netns, r: Route, nh: NexthopObj): void {
  const v = resolveNexthop(ns, nh);
  r.nexthops = v.nexthops;
  if (r.type === 'unicast' || r.type === 'blackhole') r.type = v.blackhole ? 'blackhole' : 'unicast';
}

export interface NhRequest {
  id: number;
  family: 0 | 4 | 6;
  protocol: number;
  blackhole: boolean;
  gateway?: IpAddr;
  dev: number;
  onlink: boolean;
  group?: NhGroupEntry[];
}

/** rtm_to_nh_config() and nh_create*() checks; `gwCheck` resolves an IPv4
 * gateway as fib_check_nh() does and returns the next hop's scope. */
export function addNexthop(ns: Netns, req: NhRequest, replace: boolean, gwCheck: (nh: Nexthop) => number, gwCheck6: (nh: Nexthop) => void): NexthopObj {
  const store = nexthopsOf(ns);
  if (req.group) {
    if (req.family !== 0) throw kerr('EINVAL', 'Invalid family for group');
    for (let i = 0; i < req.group.length; i++) {
      for (let j = 0; j < i; j++) if (req.group[j].id === req.group[i].id) throw kerr('EINVAL', 'Nexthop id can not be used twice in a group');
    }
    for (const g of req.group) {
      const m = store.byId.get(g.id);
      if (!m) throw kerr('EINVAL', 'Invalid nexthop id');
      if (m.group) throw kerr('EINVAL', 'Hash-threshold group can not be a nexthop within a group');
      if (m.blackhole && req.group.length > 1) throw kerr('EINVAL', 'Blackhole nexthop can not be used in a group with more than 1 path');
    }
  } else if (req.family === 0) throw kerr('EINVAL', 'Invalid address family');
  else if (req.blackhole) {
    if (req.gateway || req.dev) throw kerr('EINVAL', 'Blackhole attribute can not be used with gateway, oif, encap or fdb');
  } else {
    if (!req.dev) throw kerr('EINVAL', 'Device attribute required for non-blackhole and non-fdb nexthops');
    const l = ns.links.get(req.dev);
    if (!l) throw kerr('EINVAL', 'Invalid device index');
    if (!l.up) throw kerr('ENETDOWN', 'Nexthop device is not up');
    if (!ns.hasCarrier(l)) throw kerr('ENETDOWN', 'Carrier for nexthop device is down');
  }
  // nexthop_add(): an id is handed out, the object created (gateway checks),
  // and only then is an existing id refused (insert_nexthop()).
  let id = req.id;
  if (!id) {
    // nh_find_unused_id(): the next free id after the last one handed out.
    do store.lastId = (store.lastId + 1) >>> 0 || 1;
    while (store.byId.has(store.lastId));
    id = store.lastId;
  }
  let scope: number = SCOPE.universe;
  if (!req.group && !req.blackhole) {
    if (req.gateway && req.family === 4) scope = gwCheck({ gateway: req.gateway, dev: req.dev, weight: 1, onlink: req.onlink || undefined });
    else if (req.gateway) {
      gwCheck6({ gateway: req.gateway, dev: req.dev, weight: 1, onlink: req.onlink || undefined });
      scope = SCOPE.link;
    } else scope = req.family === 4 ? SCOPE.host : SCOPE.link;
  }
  const old = store.byId.get(id);
  if (old && !replace) throw kerr('EEXIST');
  if (old) {
    if (old.group && !req.group) throw kerr('EINVAL', 'Can not replace a nexthop group with a nexthop');
    if (!old.group && req.group) throw kerr('EINVAL', 'Can not replace a nexthop with a nexthop group');
    // replace_nexthop_single(): a member of a multipath group can not turn into a blackhole.
    if (req.blackhole && [...store.byId.values()].some((g) => g.group && g.group.length > 1 && g.group.some((e) => e.id === id))) throw kerr('EINVAL', 'Blackhole nexthop can not be a member of a group with more than one path');
  }
  const obj: NexthopObj = { id, family: req.family, protocol: req.protocol, dev: req.blackhole ? 0 : req.dev, scope };
  if (req.blackhole) obj.blackhole = true;
  if (req.gateway) obj.gateway = req.gateway;
  if (req.onlink) obj.onlink = true;
  if (req.group) obj.group = req.group.map((g) => ({ ...g }));
  store.byId.set(id, obj);
  if (old) resyncUsers(ns, id);
  return obj;
}

/** Routes and groups whose next hops come from object `id`, brought up to date. */
function resyncUsers(ns: Netns, id: number): void {
  const store = nexthopsOf(ns);
  const groups = [...store.byId.values()].filter((g) => g.group?.some((e) => e.id === id)).map((g) => g.id);
  const ids = new Set([id, ...groups]);
  for (const r of ns.fib.all()) {
    if (r.nhid !== undefined && ids.has(r.nhid)) {
      syncRoute(ns, r, store.byId.get(r.nhid)!);
      ns.fib.table(r.table)?.aliasChanged(r);
    }
  }
}

/** remove_nexthop(): the object goes, with the routes using it; groups lose
 * it as a member, and an emptied group goes too. */
export function deleteNexthop(ns: Netns, id: number): NexthopObj {
  const store = nexthopsOf(ns);
  const nh = store.byId.get(id);
  if (!nh) throw kerr('ENOENT');
  removeOne(ns, nh);
  return nh;
}

function removeOne(ns: Netns, nh: NexthopObj): void {
  const store = nexthopsOf(ns);
  store.byId.delete(nh.id);
  ns.fib.removeWhere((r) => r.nhid === nh.id);
  if (nh.group) return;
  for (const g of [...store.byId.values()]) {
    if (!g.group?.some((e) => e.id === nh.id)) continue;
    g.group = g.group.filter((e) => e.id !== nh.id);
    if (!g.group.length) removeOne(ns, g);
    else resyncUsers(ns, g.id);
  }
}

/** nexthop_flush_dev(): a device going down, away, or losing its carrier
 * takes the objects on it (and their routes) with it. */
export function nexthopFlushDev(ns: Netns, ifindex: number): void {
  const store = stores.get(ns.fib);
  if (!store || !store.byId.size) return;
  for (const nh of [...store.byId.values()]) if (!nh.group && nh.dev === ifindex && store.byId.has(nh.id)) removeOne(ns, nh);
}

// ---- snapshot ---------------------------------------------------------------------

/** "last N", then one JSON object per nexthop object. */
export function nexthopsToLines(ns: Netns): string[] | undefined {
  const store = stores.get(ns.fib);
  if (!store || (!store.byId.size && !store.lastId)) return undefined;
  const out = [`last ${store.lastId}`];
  for (const n of nexthopList(ns)) out.push(JSON.stringify({ ...n, gateway: n.gateway ? { f: n.gateway.f, v: String(n.gateway.v) } : undefined }));
  return out;
}

/** The lines nexthopsToLines() wrote, every field checked (a hand-edited
 * state file fails here, not in a later command). */
export function nexthopsFromLines(ns: Netns, lines: string[]): void {
  const store = nexthopsOf(ns);
  store.byId.clear();
  const u32 = (v: unknown, what: string, min = 0): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > 0xffffffff) throw new Error(`bad ${what} ${JSON.stringify(v)}`);
    return v;
  };
  for (const line of lines) {
    if (line.startsWith('last ')) {
      const n = Number(line.slice(5));
      store.lastId = u32(Number.isInteger(n) ? n : line.slice(5), 'last id');
      continue;
    }
    const o = JSON.parse(line) as Record<string, unknown>;
    const id = u32(o.id, 'nexthop id', 1);
    const family = o.family;
    if (family !== 0 && family !== 4 && family !== 6) throw new Error(`bad family ${JSON.stringify(family)} of nexthop ${id}`);
    const obj: NexthopObj = { id, family, protocol: u32(o.protocol, 'protocol'), dev: u32(o.dev, 'dev'), scope: u32(o.scope, 'scope') };
    if (o.blackhole !== undefined) obj.blackhole = o.blackhole === true;
    if (o.onlink !== undefined) obj.onlink = o.onlink === true;
    if (o.gateway !== undefined) {
      const g = o.gateway as { f?: unknown; v?: unknown };
      if ((g.f !== 4 && g.f !== 6) || typeof g.v !== 'string' || !/^\d+$/.test(g.v)) throw new Error(`bad gateway of nexthop ${id}`);
      obj.gateway = g.f === 4 ? { f: 4, v: u32(Number(g.v), 'gateway') } : { f: 6, v: BigInt(g.v) };
    }
    if (o.group !== undefined) {
      if (!Array.isArray(o.group) || !o.group.length) throw new Error(`bad group of nexthop ${id}`);
      obj.group = o.group.map((e: { id?: unknown; weight?: unknown }) => ({ id: u32(e?.id, 'group member', 1), weight: u32(e?.weight, 'group weight', 1) }));
    }
    store.byId.set(id, obj);
  }
  // A group names existing single next hops only.
  for (const nh of store.byId.values()) {
    for (const e of nh.group ?? []) {
      const m = store.byId.get(e.id);
      if (!m || m.group) throw new Error(`group ${nh.id} names ${m ? 'group' : 'missing nexthop'} ${e.id}`);
    }
  }
}
