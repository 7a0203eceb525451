// Neighbour tables (net/core/neighbour.c): ARP (IPv4) and NDISC (IPv6)
// entries per device, and proxy entries (pneigh). iplab has no datapath
// resolving addresses, so entries come from the user (ip neigh add) and keep
// the state they were given.

import type { Netns } from './netns';
import { kerr } from './errors';
import { type Family, type IpAddr, ipEquals } from '../net/ip';

export const NUD = {
  INCOMPLETE: 0x01,
  REACHABLE: 0x02,
  STALE: 0x04,
  DELAY: 0x08,
  PROBE: 0x10,
  FAILED: 0x20,
  NOARP: 0x40,
  PERMANENT: 0x80,
  NONE: 0x00,
} as const;
/** NUD_VALID */
export const NUD_VALID = NUD.PERMANENT | NUD.NOARP | NUD.REACHABLE | NUD.PROBE | NUD.STALE | NUD.DELAY;

export interface NeighEntry {
  family: Family;
  dev: number;
  dst: IpAddr;
  /** Link-layer address as bytes in hex pairs ("02:00:..."), when known. */
  lladdr?: string;
  state: number;
  router: boolean;
  extLearned: boolean;
  protocol: number;
}

export interface ProxyEntry {
  family: Family;
  dev: number;
  dst: IpAddr;
  protocol: number;
}

export class NeighTables {
  entries: NeighEntry[] = [];
  proxies: ProxyEntry[] = [];

  find(family: Family, dev: number, dst: IpAddr): NeighEntry | undefined {
    return this.entries.find((e) => e.family === family && e.dev === dev && ipEquals(e.dst, dst));
  }

  /** neigh_add(): NLM_F_CREATE/EXCL/REPLACE semantics of __neigh_update(). */
  add(ns: Netns, e: NeighEntry, flags: { create: boolean; excl: boolean; replace: boolean }): void {
    if (!ns.links.get(e.dev)) throw kerr('ENODEV');
    const old = this.find(e.family, e.dev, e.dst);
    if (old) {
      if (flags.excl) throw kerr('EEXIST');
    } else if (!flags.create) throw kerr('ENOENT');
    const lladdr = e.lladdr ?? old?.lladdr;
    if (e.state & NUD_VALID && !lladdr) throw kerr('EINVAL', 'No link layer address given');
    const entry: NeighEntry = { ...e, lladdr: e.state & NUD_VALID || e.lladdr ? lladdr : undefined };
    if (old) this.entries[this.entries.indexOf(old)] = entry;
    else this.entries.push(entry);
  }

  addProxy(ns: Netns, p: ProxyEntry, excl: boolean): void {
    if (p.dev && !ns.links.get(p.dev)) throw kerr('ENODEV');
    const old = this.proxies.find((x) => x.family === p.family && x.dev === p.dev && ipEquals(x.dst, p.dst));
    if (old) {
      if (excl) throw kerr('EEXIST');
      return;
    }
    this.proxies.push(p);
  }

  delete(family: Family, dev: number, dst: IpAddr, proxy: boolean): void {
    if (proxy) {
      const i = this.proxies.findIndex((x) => x.family === family && x.dev === dev && ipEquals(x.dst, dst));
      if (i < 0) throw kerr('ENOENT');
      this.proxies.splice(i, 1);
      return;
    }
    const e = this.find(family, dev, dst);
    if (!e) throw kerr('ENOENT');
    this.entries.splice(this.entries.indexOf(e), 1);
  }

  /** neigh_flush_dev(): a device's entries go, permanent ones too unless
   * skipPerm; with proxies, its proxy entries as well (pneigh_ifdown). */
  flushDev(dev: number, skipPerm: boolean, proxies: boolean): void {
    this.entries = this.entries.filter((e) => e.dev !== dev || (skipPerm && (e.state & NUD.PERMANENT) !== 0));
    if (proxies) this.proxies = this.proxies.filter((p) => p.dev !== dev);
  }

  /** Entries of devices that still exist (unregister drops a device's entries). */
  live(ns: Netns): NeighEntry[] {
    this.entries = this.entries.filter((e) => ns.links.has(e.dev));
    this.proxies = this.proxies.filter((p) => !p.dev || ns.links.has(p.dev));
    return this.entries;
  }
}

const tables = new WeakMap<Netns, NeighTables>();

/** Device events for the tables, if the namespace has any: NETDEV_DOWN and
 * unregister run neigh_ifdown() (everything of the device goes, permanent and
 * proxy entries included); NETDEV_CHANGEADDR runs neigh_changeaddr(). */
export function neighDeviceEvent(ns: Netns, dev: number, event: 'down' | 'changeaddr'): void {
  tables.get(ns)?.flushDev(dev, false, event === 'down');
}

/** The namespace's neighbour tables (created on first use). */
export function neighOf(ns: Netns): NeighTables {
  let t = tables.get(ns);
  if (!t) {
    t = new NeighTables();
    tables.set(ns, t);
  }
  return t;
}

// ---- snapshot: one line per entry -------------------------------------------------

export function neighToLines(ns: Netns): string[] | undefined {
  const t = tables.get(ns);
  if (!t) return undefined;
  t.live(ns);
  if (!t.entries.length && !t.proxies.length) return undefined;
  const addr = (a: IpAddr) => (a.f === 4 ? String(a.v) : (a.v as bigint).toString(16));
  return [
    ...t.entries.map((e) => `n ${e.family} ${e.dev} ${addr(e.dst)} ${e.lladdr ?? '-'} ${e.state} ${e.router ? 1 : 0} ${e.extLearned ? 1 : 0} ${e.protocol}`),
    ...t.proxies.map((p) => `p ${p.family} ${p.dev} ${addr(p.dst)} ${p.protocol}`),
  ];
}

export function neighFromLines(ns: Netns, lines: string[]): void {
  const t = neighOf(ns);
  for (const line of lines) {
    const f = line.split(' ');
    const family = f[1] === '6' ? 6 : 4;
    const dst: IpAddr = family === 4 ? { f: 4, v: Number(f[3]) } : { f: 6, v: BigInt('0x' + f[3]) };
    if (f[0] === 'n') {
      t.entries.push({ family, dev: Number(f[2]), dst, lladdr: f[4] === '-' ? undefined : f[4], state: Number(f[5]), router: f[6] === '1', extLearned: f[7] === '1', protocol: Number(f[8]) });
    } else if (f[0] === 'p') t.proxies.push({ family, dev: Number(f[2]), dst, protocol: Number(f[4]) });
    else throw new Error(`bad neighbour line "${line}"`);
  }
}
