// The per-namespace FIB: routing tables by id, each keeping routes in the
// order the kernel dumps them.
//
// IPv4 (net/ipv4/fib_trie.c): leaves are walked in ascending key order and a
// leaf's aliases are ordered by prefix length, longest first, then by TOS
// (higher first) and priority (lower first); new equal aliases go last.
// IPv6 (net/ipv6/ip6_fib.c): fib6_walk visits a node's children before the
// node itself, so more specific prefixes come before the prefix that covers
// them; routes of one prefix are kept by metric, ties in insertion order.

import { type Family, type IpAddr, network } from '../../net/ip';
import type { Route } from './route';

export class FibTable {
  private routes: Route[] = [];
  private sorted = true;
  constructor(readonly id: number) {}

  get size(): number {
    return this.routes.length;
  }

  insert(r: Route): void {
    this.routes.push(r);
    this.sorted = false;
  }

  remove(pred: (r: Route) => boolean): Route[] {
    const removed: Route[] = [];
    this.routes = this.routes.filter((r) => {
      if (pred(r)) {
        removed.push(r);
        return false;
      }
      return true;
    });
    return removed;
  }

  find(pred: (r: Route) => boolean): Route | undefined {
    return this.routes.find(pred);
  }

  /** Routes in kernel dump order. */
  list(family?: Family): Route[] {
    if (!this.sorted) {
      this.routes.sort(dumpOrder);
      this.sorted = true;
    }
    return family ? this.routes.filter((r) => r.family === family) : this.routes.slice();
  }
}

function dumpOrder(a: Route, b: Route): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.family === 4) {
    const ka = a.dst.v as number;
    const kb = b.dst.v as number;
    if (ka !== kb) return ka - kb;
    if (a.dstLen !== b.dstLen) return b.dstLen - a.dstLen;
    if (a.tos !== b.tos) return b.tos - a.tos;
    if (a.priority !== b.priority) return a.priority - b.priority;
    return a.seq - b.seq;
  }
  const c = v6PostOrder(a.dst.v as bigint, a.dstLen, b.dst.v as bigint, b.dstLen);
  if (c !== 0) return c;
  if (a.priority !== b.priority) return a.priority - b.priority;
  return a.seq - b.seq;
}

/** Order of fib6 nodes in a post-order walk (left=0 bit first, node last). */
function v6PostOrder(a: bigint, al: number, b: bigint, bl: number): number {
  if (a === b && al === bl) return 0;
  const common = Math.min(al, bl);
  const na = network({ f: 6, v: a }, common).v as bigint;
  const nb = network({ f: 6, v: b }, common).v as bigint;
  if (na === nb) {
    // One covers the other: the more specific one comes first.
    return bl - al;
  }
  return na < nb ? -1 : 1;
}

export class Fib {
  readonly tables = new Map<number, FibTable>();
  private seq = 0;

  table(id: number, create = false): FibTable | undefined {
    let t = this.tables.get(id);
    if (!t && create) {
      t = new FibTable(id);
      this.tables.set(id, t);
    }
    return t;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  add(r: Omit<Route, 'seq'>): Route {
    const route = { ...r, seq: this.nextSeq() } as Route;
    this.table(route.table, true)!.insert(route);
    return route;
  }

  /** All routes, tables in ascending id order as `ip route show table all` walks them. */
  all(family?: Family): Route[] {
    const ids = [...this.tables.keys()].sort((a, b) => a - b);
    const out: Route[] = [];
    for (const id of ids) out.push(...this.tables.get(id)!.list(family));
    return out;
  }

  removeWhere(pred: (r: Route) => boolean): Route[] {
    const removed: Route[] = [];
    for (const t of this.tables.values()) removed.push(...t.remove(pred));
    return removed;
  }

  findExact(table: number, dst: IpAddr, len: number, pred: (r: Route) => boolean = () => true): Route | undefined {
    return this.tables.get(table)?.find((r) => r.dstLen === len && r.dst.f === dst.f && r.dst.v === dst.v && pred(r));
  }
}
