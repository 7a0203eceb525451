// The kernel model as plain data (what the YAML file holds) and back.
// Layout: one mapping per namespace; devices as small mappings; routes as one
// string each (performance.md: strings parse ~6x faster than objects).
// Restoring validates every field and reports the path of the first bad one.

import { nexthopsFromLines, nexthopsToLines } from '../kernel/fib/nexthop';
import { Kernel } from '../kernel/kernel';
import { Netns } from '../kernel/netns';
import type { IfAddr4, IfAddr6, Link, OperState } from '../kernel/link';
import { OPER_STATES, emptyStats } from '../kernel/link';
import { Sysctl } from '../kernel/sysctl/sysctl';
import { Netfilter } from '../kernel/netfilter/netfilter';
import { neighFromLines, neighToLines } from '../kernel/neigh';
import { YamlSeq } from './yaml-emit';
import { type FibCache, fibFromCache, fibFromLines, fibToCache, fibToLines, fibToYamlSeq, rulesFromLines, rulesToLines, tablesFromLines, tablesToLines } from '../kernel/fib/snapshot';
import { vxlanFromData, vxlanToData } from '../kernel/kinds/vxlan';
import { tunFromData } from '../kernel/kinds/tun';

export const SCHEMA_VERSION = 1;

export class SnapshotError extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

type Data = Record<string, unknown>;

/** forCache: the cache's form, where the FIB is kept as columns
 * (kernel/fib/snapshot.ts) instead of one line per route; 'yaml': the routes
 * as a YamlSeq that toYaml writes without a string per route. */
export function kernelToData(k: Kernel, forCache: boolean | 'yaml' = false): Data {
  return {
    iplab: SCHEMA_VERSION,
    rng: k.rngState,
    init: k.initInode,
    nextInode: k.nextInode,
    named: Object.fromEntries(k.named),
    processes: k.processes.map((p) => ({ pid: p.pid, netns: p.netns, command: p.command })),
    namespaces: [...k.namespaces.values()].map((ns) => nsToData(ns, forCache)),
  };
}

function nsToData(ns: Netns, forCache: boolean | 'yaml'): Data {
  const out: Data = {
    inode: ns.inode,
    lastIfindex: ns.lastIfindex,
    nsids: Object.fromEntries([...ns.nsids].map(([k, v]) => [String(k), v])),
    links: ns.list().map((l) => linkToData(ns, l)),
    sysctl: ns.sysctl.snapshot(),
    ...(forCache === true ? { fib: fibToCache(ns.fib) } : forCache === 'yaml' ? { routes: new YamlSeq((indent) => fibToYamlSeq(ns.fib, indent)) } : { routes: fibToLines(ns.fib) }),
  };
  out.tables = tablesToLines(ns.fib);
  const rules = rulesToLines(ns.fib);
  if (rules) out.rules = rules;
  // ip6_fib_timer, while pending: when the IPv6 route GC runs next (ms).
  if (ns.fib.gc6At !== undefined) out.fib6GcAt = ns.fib.gc6At;
  const neigh = neighToLines(ns);
  if (neigh) out.neigh = neigh;
  const nexthops = nexthopsToLines(ns);
  if (nexthops) out.nexthops = nexthops;
  const nf = ns.netfilter.snapshot();
  if (nf) out.netfilter = nf;
  return out;
}

const LINK_DEFAULT_SKIP = new Set(['ipv4', 'ipv6', 'stats']);

function linkToData(ns: Netns, l: Link): Data {
  const d: Data = {};
  for (const [k, v] of Object.entries(l)) {
    if (v === undefined || LINK_DEFAULT_SKIP.has(k)) continue;
    d[k] = v;
  }
  const st = ns.linkState(l);
  d.carrier = st.carrier;
  d.operstate = st.operstate;
  d.ipv4 = l.ipv4.map((a) => ({ ...a }));
  d.ipv6 = l.ipv6.map((a) => ({ ...a, local: a.local.toString(16), peer: a.peer?.toString(16) }));
  if (Object.values(l.stats).some((x) => x !== 0)) d.stats = { ...l.stats };
  if (l.vxlan) d.vxlan = vxlanToData(l.vxlan);
  return d;
}

// ---- restore ----------------------------------------------------------------

class Reader {
  constructor(readonly path: (string | number)[]) {}
  fail(msg: string, sub?: string | number): never {
    throw new SnapshotError(sub === undefined ? this.path : [...this.path, sub], msg);
  }
  obj(v: unknown, sub?: string | number): Data {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail('expected a mapping', sub);
    return v as Data;
  }
  arr(v: unknown, sub?: string | number): unknown[] {
    if (!Array.isArray(v)) this.fail('expected a sequence', sub);
    return v;
  }
  int(v: unknown, sub?: string | number, min = -Infinity, max = Infinity): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) this.fail(`expected an integer${min > -Infinity ? ` from ${min}` : ''}${max < Infinity ? ` to ${max}` : ''}`, sub);
    return v;
  }
  str(v: unknown, sub?: string | number): string {
    if (typeof v !== 'string') this.fail('expected a string', sub);
    return v;
  }
  bool(v: unknown, sub?: string | number): boolean {
    if (typeof v !== 'boolean') this.fail('expected true or false', sub);
    return v;
  }
  at(sub: string | number): Reader {
    return new Reader([...this.path, sub]);
  }
}

/** fromCache: the data comes from iplab's own JSON cache, which may carry
 * derived forms (the FIB's compact tables) that a YAML file may not. */
export function kernelFromData(raw: unknown, opts: { fromCache?: boolean; clock?: () => number } = {}): Kernel {
  const r = new Reader([]);
  const d = r.obj(raw);
  if (d.iplab !== SCHEMA_VERSION) r.fail(`unsupported schema version ${JSON.stringify(d.iplab)} (this iplab reads version ${SCHEMA_VERSION})`, 'iplab');
  const k = new Kernel({ empty: true, seed: r.int(d.rng, 'rng', 0, 0xffffffff), clock: opts.clock });
  k.initInode = r.int(d.init, 'init', 1);
  k.nextInode = r.int(d.nextInode, 'nextInode', 1);
  const named = r.obj(d.named ?? {}, 'named');
  for (const [name, inode] of Object.entries(named)) k.named.set(name, r.at('named').int(inode, name, 1));
  const procs = r.arr(d.processes ?? [], 'processes');
  procs.forEach((p, i) => {
    const pr = r.at('processes');
    const o = pr.obj(p, i);
    k.processes.push({ pid: pr.at(i).int(o.pid, 'pid', 1), netns: pr.at(i).int(o.netns, 'netns', 1), command: pr.at(i).str(o.command, 'command') });
  });
  const nss = r.arr(d.namespaces, 'namespaces');
  nss.forEach((n, i) => nsFromData(k, r.at('namespaces').at(i), n, !!opts.fromCache));
  if (!opts.fromCache) checkReferences(k, r, nss);
  if (!k.namespaces.has(k.initInode)) r.fail(`no namespace with inode ${k.initInode}`, 'init');
  for (const [name, inode] of k.named) if (!k.namespaces.has(inode)) r.at('named').fail(`no namespace with inode ${inode}`, name);
  return k;
}

function nsFromData(k: Kernel, r: Reader, raw: unknown, fromCache: boolean): void {
  const d = r.obj(raw);
  const inode = r.int(d.inode, 'inode', 1);
  const links = r.arr(d.links, 'links');
  const sysOverrides = r.obj(d.sysctl ?? {}, 'sysctl');
  for (const [key, v] of Object.entries(sysOverrides)) r.at('sysctl').str(v, key);
  const devices = links.map((l, i) => (r.at('links').obj(l, i).kind === 'loopback' ? null : r.at('links').at(i).str((l as Data).name, 'name'))).filter((n): n is string => n !== null);
  const ns = new Netns(k, inode, Sysctl.restore(devices, sysOverrides as Record<string, string>));
  ns.lastIfindex = r.int(d.lastIfindex, 'lastIfindex', 0);
  for (const [other, id] of Object.entries(r.obj(d.nsids ?? {}, 'nsids'))) ns.nsids.set(Number(other), r.at('nsids').int(id, other, 0));
  links.forEach((l, i) => linkFromData(ns, r.at('links').at(i), l));
  if (d.rules !== undefined) {
    try {
      rulesFromLines(ns.fib, r.arr(d.rules, 'rules').map((x, i) => r.at('rules').str(x, i)));
    } catch (e) {
      if (e instanceof SnapshotError) throw e;
      r.fail(`bad rule: ${(e as Error).message}`, 'rules');
    }
  }
  if (d.fib6GcAt !== undefined) ns.fib.gc6At = r.int(d.fib6GcAt, 'fib6GcAt', 0);
  if (d.tables !== undefined) {
    try {
      tablesFromLines(ns.fib, r.arr(d.tables, 'tables').map((x, i) => r.at('tables').str(x, i)));
    } catch (e) {
      if (e instanceof SnapshotError) throw e;
      r.fail((e as Error).message, 'tables');
    }
  }
  if (d.neigh !== undefined) {
    try {
      neighFromLines(ns, r.arr(d.neigh, 'neigh').map((x, i) => r.at('neigh').str(x, i)));
    } catch (e) {
      if (e instanceof SnapshotError) throw e;
      r.fail(`bad neighbour: ${(e as Error).message}`, 'neigh');
    }
  }
  if (d.nexthops !== undefined) {
    try {
      nexthopsFromLines(ns, r.arr(d.nexthops, 'nexthops').map((x, i) => r.at('nexthops').str(x, i)));
    } catch (e) {
      if (e instanceof SnapshotError) throw e;
      r.fail(`bad nexthop: ${(e as Error).message}`, 'nexthops');
    }
  }
  if (d.fib !== undefined && !fromCache) r.fail('unknown key (the FIB is stored as `routes`)', 'fib');
  if (d.fib) fibFromCache(ns.fib, d.fib as FibCache);
  else {
    const routes = r.arr(d.routes ?? [], 'routes');
    fibFromLines(ns.fib, routes as string[], (i, msg) => r.at('routes').fail(`bad route: ${msg}`, i));
  }
  try {
    ns.netfilter = Netfilter.restore(d.netfilter);
  } catch (e) {
    r.fail((e as Error).message, 'netfilter');
  }
  k.namespaces.set(inode, ns);
}

const KINDS = new Set(['loopback', 'veth', 'bridge', 'dummy', 'vrf', 'macvlan', 'vlan', 'vxlan', 'tun', 'ifb', 'ipvlan']);

function linkFromData(ns: Netns, r: Reader, raw: unknown): void {
  const d = r.obj(raw);
  const ifindex = r.int(d.ifindex, 'ifindex', 1, 0x7fffffff);
  const name = r.str(d.name, 'name');
  const kind = r.str(d.kind, 'kind');
  if (!KINDS.has(kind)) r.fail(`unknown device kind "${kind}"`, 'kind');
  const operstate = r.str(d.operstate ?? 'UNKNOWN', 'operstate');
  if (!(OPER_STATES as readonly string[]).includes(operstate)) r.fail(`unknown operstate "${operstate}"`, 'operstate');
  const mac = r.str(d.mac, 'mac');
  if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac)) r.fail('expected a MAC address like 02:00:00:00:00:01', 'mac');
  const link = { ...d } as unknown as Link;
  delete (link as unknown as Data).carrier;
  delete (link as unknown as Data).operstate;
  for (const key of ['up', 'macSet', 'noarp', 'multicast']) r.bool(d[key], key);
  for (const key of ['mtuSetByUser', 'ifReady']) if (d[key] !== undefined) r.bool(d[key], key);
  for (const key of ['mtu', 'minMtu', 'maxMtu', 'group', 'txqlen', 'promisc', 'allmulti', 'numTxQueues', 'numRxQueues', 'gsoMaxSize', 'gsoMaxSegs', 'groMaxSize', 'tsoMaxSize', 'tsoMaxSegs']) r.int(d[key], key, 0);
  link.ipv4 = r.arr(d.ipv4 ?? [], 'ipv4').map((a, i) => {
    const ar = r.at('ipv4').at(i);
    const o = ar.obj(a);
    ar.int(o.local, 'local', 0, 0xffffffff);
    ar.int(o.address, 'address', 0, 0xffffffff);
    ar.int(o.prefixlen, 'prefixlen', 0, 32);
    ar.str(o.label, 'label');
    return { ...o } as unknown as IfAddr4;
  });
  link.ipv6 = r.arr(d.ipv6 ?? [], 'ipv6').map((a, i) => {
    const ar = r.at('ipv6').at(i);
    const o = ar.obj(a);
    const local = ar.str(o.local, 'local');
    if (!/^[0-9a-f]{1,32}$/.test(local)) ar.fail('expected 1-32 hex digits', 'local');
    ar.int(o.prefixlen, 'prefixlen', 0, 128);
    return { ...o, local: BigInt('0x' + local), peer: typeof o.peer === 'string' ? BigInt('0x' + o.peer) : undefined } as unknown as IfAddr6;
  });
  if (d.altnames !== undefined) r.arr(d.altnames, 'altnames').forEach((n, i) => r.at('altnames').str(n, i));
  if (d.vxlan !== undefined) {
    const v = vxlanFromData(d.vxlan);
    if (typeof v === 'string') r.at('vxlan').fail(v);
    else link.vxlan = v;
  }
  if (d.tun !== undefined) {
    const t = tunFromData(d.tun);
    if (typeof t === 'string') r.at('tun').fail(t);
    else link.tun = t;
  }
  link.stats = d.stats ? ({ ...emptyStats(), ...(r.obj(d.stats, 'stats') as object) } as Link['stats']) : emptyStats();
  if (ns.links.has(ifindex)) r.fail(`duplicate ifindex ${ifindex}`, 'ifindex');
  if (ns.byName(name)) r.fail(`duplicate device name "${name}"`, 'name');
  ns.links.set(ifindex, link);
  ns.carrier.set(ifindex, r.bool(d.carrier ?? true, 'carrier'));
  ns.operstate.set(ifindex, operstate as OperState);
}

/** Device references must name devices that exist: a bridge master in the
 * same namespace, a veth peer or a lower device anywhere, a route's device. */
function checkReferences(k: Kernel, r: Reader, nss: unknown[]): void {
  nss.forEach((_, i) => {
    const nr = r.at('namespaces').at(i);
    const inode = (nss[i] as Data).inode as number;
    const ns = k.namespaces.get(inode)!;
    const links = ((nss[i] as Data).links as Data[]) ?? [];
    links.forEach((ld, j) => {
      const lr = nr.at('links').at(j);
      const l = ns.links.get(ld.ifindex as number)!;
      if (l.master !== undefined && !(Number.isInteger(l.master) && ns.links.has(l.master))) lr.fail(`no device with ifindex ${JSON.stringify(l.master)} in this namespace`, 'master');
      for (const key of ['peer', 'lower'] as const) {
        const ref = l[key] as { ns?: unknown; ifindex?: unknown } | undefined;
        if (ref === undefined) continue;
        if (typeof ref !== 'object' || ref === null || !k.deref(ref as { ns: number; ifindex: number })) lr.fail('expected {ns, ifindex} of an existing device', key);
      }
    });
    const routes = ((nss[i] as Data).routes as unknown[]) ?? [];
    const all = ns.fib.all();
    for (const rt of all) {
      for (const nh of rt.nexthops) {
        if (nh.dev && !ns.links.has(nh.dev)) {
          const idx = routes.findIndex((line) => typeof line === 'string' && new RegExp(`(^| )nh=${nh.dev}\\b`).test(line));
          nr.at('routes').fail(`no device with ifindex ${nh.dev} in this namespace`, idx >= 0 ? idx : undefined);
        }
      }
    }
  });
}
