// The whole emulated machine: every network namespace, the names bound under
// /run/netns, the processes iplab started inside namespaces, and a seeded
// random source (MAC addresses). Pure: no I/O.

import { Netns } from './netns';
import type { DevRef, Link } from './link';
import { randomMac, type Mac } from '../net/mac';
import { kerr } from './errors';

/** A process iplab started inside a namespace (ip netns exec, unshare -n, nsenter). */
export interface Proc {
  pid: number;
  netns: number;
  command: string;
}

/** The inode number of the initial network namespace on a typical host. */
export const INIT_NET_INODE = 4026531840;

/** The wall clock in ms with sub-ms precision (a route added and listed
 * within one millisecond has still aged, as on a real host). */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}

export class Kernel {
  readonly namespaces = new Map<number, Netns>();
  /** /run/netns/NAME -> namespace inode. */
  readonly named = new Map<string, number>();
  readonly processes: Proc[] = [];
  /** Devices with linkwatch work queued (operstate to recompute). */
  readonly linkwatchPending = new Set<Link>();
  /** The namespace of the state file: what `unshare --net` gave. */
  initInode: number;
  nextInode: number;
  /** xorshift32 state for MAC addresses. */
  private rng: number;

  /** The wall clock (ms) that lifetimes and timers count against. */
  readonly now: () => number;

  constructor(opts: { seed?: number; empty?: boolean; clock?: () => number } = {}) {
    this.now = opts.clock ?? wallClockMs;
    this.rng = (opts.seed ?? Date.now() ^ (process.pid << 8)) >>> 0 || 0x9e3779b9;
    this.initInode = INIT_NET_INODE + 0x200;
    this.nextInode = this.initInode;
    if (!opts.empty) this.createNetns();
  }

  random(): number {
    let x = this.rng;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.rng = x;
    return x / 0x100000000;
  }

  get rngState(): number {
    return this.rng;
  }
  set rngState(v: number) {
    this.rng = v >>> 0 || 0x9e3779b9;
  }

  randomMac(): Mac {
    return randomMac(() => this.random());
  }

  get init(): Netns {
    return this.namespaces.get(this.initInode)!;
  }

  /** Runs the kernel timers that are due by now: the fib6 garbage collector
   * of each namespace (ip6_fib_timer). */
  runTimers(): void {
    const now = this.now();
    for (const ns of this.namespaces.values()) if (ns.fib.gc6At !== undefined && ns.fib.gc6At <= now) ns.fib6Gc(ns.fib.gc6At);
  }

  /** copy_net_ns(): a fresh namespace with lo, down. */
  createNetns(): Netns {
    const inode = this.nextInode++;
    const ns = new Netns(this, inode);
    this.namespaces.set(inode, ns);
    ns.createLoopback();
    return ns;
  }

  /** Drop a namespace nobody holds any more (cleanup_net): its devices go,
   * veth peers elsewhere with them; other namespaces forget its nsid. */
  destroyNetns(ns: Netns): void {
    for (const l of ns.list()) {
      if (l.kind === 'loopback') continue;
      if (!ns.links.has(l.ifindex)) continue;
      // Physical-like devices would move back to init_net; ours are all virtual.
      ns.deleteLink(l);
    }
    this.namespaces.delete(ns.inode);
    for (const other of this.namespaces.values()) other.nsids.delete(ns.inode);
    for (const [name, inode] of this.named) if (inode === ns.inode) this.named.delete(name);
  }

  /** Is the namespace still referenced (a name, a process, or the initial one)? */
  isHeld(ns: Netns): boolean {
    if (ns.inode === this.initInode) return true;
    for (const inode of this.named.values()) if (inode === ns.inode) return true;
    return this.processes.some((p) => p.netns === ns.inode);
  }

  /** linkwatch_run_queue(): compute the operstate of every device with an event queued. */
  settleLinkwatch(): void {
    if (this.linkwatchPending.size === 0) return;
    const pending = [...this.linkwatchPending];
    this.linkwatchPending.clear();
    for (const l of pending) {
      for (const ns of this.namespaces.values()) {
        if (ns.links.get(l.ifindex) === l) {
          ns.linkwatchRun(l);
          break;
        }
      }
    }
  }

  byName(name: string): Netns | undefined {
    const inode = this.named.get(name);
    return inode === undefined ? undefined : this.namespaces.get(inode);
  }

  deref(ref: DevRef): { ns: Netns; link: Link } | undefined {
    const ns = this.namespaces.get(ref.ns);
    const link = ns?.links.get(ref.ifindex);
    return ns && link ? { ns, link } : undefined;
  }

  requireNs(inode: number): Netns {
    const ns = this.namespaces.get(inode);
    if (!ns) throw kerr('ENOENT');
    return ns;
  }
}
