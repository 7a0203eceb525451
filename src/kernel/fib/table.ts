// The per-namespace FIB: routing tables by id, each holding IPv4 and IPv6
// routes with the kernel's insertion, deletion and dump-order rules, and a
// lookup index (trie4.ts for IPv4; a hash per prefix length for IPv6).
//
// IPv4 (net/ipv4/fib_trie.c): one leaf per key; a key's aliases are ordered
// by prefix length (longest first), then TOS (higher first), then priority
// (lower first); among equals, fib_table_insert() puts a new alias first
// (NLM_F_CREATE alone, "prepend") or after them (NLM_F_APPEND). A dump walks
// keys in ascending order.
// IPv6 (net/ipv6/ip6_fib.c): routes of one prefix are kept by metric, a new
// one after its equals (fib6_add_rt2dst()); fib6_walk() visits a node's
// children before the node, so more specific prefixes come first and ::/0
// comes last.

import { type Family, type IpAddr, ip4, ip6, ipEquals } from '../../net/ip';
import { KernelError, kerr } from '../errors';
import { type Nexthop, type Route, type RouteInfo, makeRoute } from './route';
import { Trie4, LEN_BITS } from './trie4';
import { PrefixMap4 } from './prefixmap4';
import { type FibRule, defaultRules } from './rules';

/** NLM_F_* flags of an RTM_NEWROUTE request, as `ip route add|change|replace|append|prepend` send them. */
export interface InsertFlags {
  create: boolean;
  excl: boolean;
  replace: boolean;
  append: boolean;
}
export const ADD_FLAGS: InsertFlags = { create: true, excl: true, replace: false, append: false };
/** fib_magic() and the kernel's own routes. */
export const APPEND_FLAGS: InsertFlags = { create: true, excl: false, replace: false, append: true };

/** What an RTM_DELROUTE request names (fib_table_delete()/ip6_route_del()). */
export interface DeleteSpec {
  family: Family;
  dst: IpAddr;
  dstLen: number;
  tos: number;
  /** undefined: any type (RTN_UNSPEC). */
  type?: Route['type'];
  /** undefined: any scope (RT_SCOPE_NOWHERE). */
  scope?: number;
  prefsrc?: IpAddr;
  /** 0: any. */
  protocol: number;
  /** undefined: any. */
  priority?: number;
  /** Next hops named: none means any. */
  nexthops: { dev?: number; gateway?: IpAddr; weight?: number }[];
  metrics?: Record<string, number>;
  /** RTA_NH_ID: only routes using that nexthop object match. */
  nhid?: number;
}

interface Leaf6 {
  addr: bigint;
  len: number;
  routes: Route[];
}

const RT_TABLE_MAIN = 254;
const RT_TABLE_LOCAL = 255;

const MASK6: bigint[] = [];
for (let l = 0; l <= 128; l++) MASK6.push(l === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - l)) - 1n));
export const mask6of = (len: number): bigint => MASK6[len];

const M64 = (1n << 64n) - 1n;
/** The key of an IPv6 prefix in its length's Map. V8 hashes a BigInt by its
 * lowest 64 bits only, which are 0 for every prefix up to /64 (one hash
 * bucket for all: 67 µs a lookup at 20k routes). This bijection puts
 * high ^ low there. */
function key6(a: bigint): bigint {
  const hi = a >> 64n;
  return (hi << 64n) | ((hi ^ a) & M64);
}


function sameNexthops(a: Nexthop[], b: Nexthop[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.dev !== y.dev || x.weight !== y.weight || !!x.onlink !== !!y.onlink) return false;
    if (!!x.gateway !== !!y.gateway || (x.gateway && !ipEquals(x.gateway, y.gateway!))) return false;
  }
  return true;
}

function sameMetrics(a?: Record<string, number>, b?: Record<string, number>): boolean {
  const ka = a ? Object.keys(a) : [];
  const kb = b ? Object.keys(b) : [];
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (a![k] !== b?.[k]) return false;
  return true;
}

/** fib_find_info(): the same fib_info (attributes shared by aliases). */
export function sameInfo(a: Route, b: Route): boolean {
  return (
    a.protocol === b.protocol &&
    a.scope === b.scope &&
    a.priority === b.priority &&
    ((!a.prefsrc && !b.prefsrc) || (!!a.prefsrc && !!b.prefsrc && ipEquals(a.prefsrc, b.prefsrc))) &&
    sameMetrics(a.metrics, b.metrics) &&
    sameNexthops(a.nexthops, b.nexthops)
  );
}

/** fib_nh_match() + the checks of fib_table_delete() / ip6_route_del(). */
export function matchesDelete(r: Route, d: DeleteSpec): boolean {
  if (d.nhid !== undefined && r.nhid !== d.nhid) return false;
  if (r.family === 6) {
    // ip6_route_del(): metric 0 matches any.
    if (d.priority && d.priority !== r.priority) return false;
    if (d.protocol && d.protocol !== r.protocol) return false;
    const nh = r.nexthops[0];
    for (const want of d.nexthops) {
      if (want.dev && nh?.dev !== want.dev) return false;
      if (want.gateway && !(nh?.gateway && ipEquals(nh.gateway, want.gateway))) return false;
    }
    return true;
  }
  if (d.type && r.type !== d.type) return false;
  if (d.scope !== undefined && r.scope !== d.scope) return false;
  if (d.prefsrc && !(r.prefsrc && ipEquals(r.prefsrc, d.prefsrc))) return false;
  if (d.protocol && r.protocol !== d.protocol) return false;
  if (d.priority && d.priority !== r.priority) return false;
  if (d.metrics && !sameMetrics(d.metrics, r.metrics)) return false;
  if (d.nexthops.length === 0) return true;
  if (d.nexthops.length === 1 && r.nexthops.length >= 1) {
    // A single next hop matches a route whose first hop has that device/gateway.
    const want = d.nexthops[0];
    if (r.nexthops.length > 1) {
      return r.nexthops.some((nh) => (!want.dev || nh.dev === want.dev) && (!want.gateway || (nh.gateway && ipEquals(nh.gateway, want.gateway))));
    }
    const nh = r.nexthops[0];
    if (want.dev && want.dev !== nh.dev) return false;
    if (want.gateway && !(nh.gateway && ipEquals(nh.gateway, want.gateway))) return false;
    return true;
  }
  if (d.nexthops.length !== r.nexthops.length) return false;
  return d.nexthops.every((want, i) => {
    const nh = r.nexthops[i];
    if (want.dev && want.dev !== nh.dev) return false;
    if (want.gateway && !(nh.gateway && ipEquals(nh.gateway, want.gateway))) return false;
    if (want.weight && want.weight !== nh.weight) return false;
    return true;
  });
}

/** A table restored from the cache, before any route object exists:
 * IPv4 routes as columns in dump order (aliases of one prefix adjacent). */
export interface LazyColumns {
  n: number;
  addr: Uint32Array;
  len: Uint8Array;
  tpl: Uint8Array | Uint16Array | Uint32Array;
  templates: string[];
  v6: string[];
  table: number;
  /** The lazy index when the cache kept it (lazyIndex()). */
  parent?: Int32Array;
  block?: Int32Array;
}

/** HOSTMASK[len]: the host bits of an IPv4 prefix of that length. */
export const HOSTMASK = new Uint32Array(33).map((_, l) => (l === 0 ? 0xffffffff : l === 32 ? 0 : 0xffffffff >>> l));

const ERROR_TYPES = new Set<Route['type']>(['blackhole', 'unreachable', 'prohibit', 'throw', 'nat', 'xresolve']);

type ProtoOf = (tpl: string, family: 4 | 6) => Omit<Route, 'seq'>;

/** A restored table of at most this many IPv4 routes is built when a
 * lookup asks whether it covers an address. */
const SMALL_LAZY = 256;

/** Linear scans answer the first lookups of a lazy table; after this many
 * the lookup index is built over the columns. */
const LAZY_SCANS = 1;

/** The lazy index of columns in dump order (see FibTable.lazyParent): a
 * table's parent links and /16 first level, also kept in the cache so that
 * a restored table answers its first lookup without a scan. */
export function lazyIndex(A: Uint32Array, L: Uint8Array, n: number): { parent: Int32Array; block: Int32Array } {
  const parent = new Int32Array(n).fill(-1);
  const stackI = new Int32Array(34);
  const stackEnd = new Uint32Array(34);
  let sp = 0;
  let i = 0;
  while (i < n) {
    const a = A[i];
    while (sp > 0 && stackEnd[sp - 1] < a) sp--;
    let j = i + 1;
    while (j < n && A[j] === a) j++;
    // The address's groups are longest first in dump order: open them
    // shortest first (backwards over the group starts).
    for (let k = j - 1; k >= i; k--) {
      if (k > i && L[k] === L[k - 1]) continue;
      parent[k] = sp > 0 ? stackI[sp - 1] : -1;
      stackI[sp] = k;
      stackEnd[sp] = (a | HOSTMASK[L[k]]) >>> 0;
      sp++;
    }
    i = j;
  }
  const block = new Int32Array(65537);
  let pos = 0;
  for (let bk = 0; bk < 65536; bk++) {
    while (pos < n && A[pos] >>> 16 < bk) pos++;
    block[bk] = pos;
  }
  block[65536] = n;
  return { parent, block };
}

/** Does plain alias fa have the attributes of class info (AliasClasses' key)? */
function sameClass(info: RouteInfo, fa: Route): boolean {
  const a = info.nexthops[0];
  const b = fa.nexthops[0];
  return (
    info.type === fa.type &&
    info.scope === fa.scope &&
    info.protocol === fa.protocol &&
    info.priority === fa.priority &&
    info.table === fa.table &&
    info.nhid === fa.nhid &&
    info.pref === fa.pref &&
    info.metrics === undefined &&
    fa.metrics === undefined &&
    (info.prefsrc === undefined ? fa.prefsrc === undefined : fa.prefsrc !== undefined && ipEquals(info.prefsrc, fa.prefsrc)) &&
    a.dev === b.dev &&
    a.weight === b.weight &&
    !!a.onlink === !!b.onlink &&
    (a.gateway === undefined ? b.gateway === undefined : b.gateway !== undefined && ipEquals(a.gateway, b.gateway))
  );
}

/** Trie codes (trie4.ts): length in bits 0-5, PLAIN in bit 6, then the
 * alias class (plain) or the prefix id. */
export const PLAIN = 64;
export const CLASS_SHIFT = 7;
/** Prefix ids and classes must fit the 24 bits a code has for them. */
const MAX_ID = (1 << 24) - 1;
const idCode = (id: number, len: number): number => {
  if (id > MAX_ID) throw kerr('ENOBUFS');
  return (id << CLASS_SHIFT) | len;
};

/** The distinct plain first aliases of a table's IPv4 prefixes: everything a
 * lookup result needs but the prefix (the kernel's fib_info, shared by
 * aliases with the same attributes, plus the alias's type), interned and
 * counted, with the device and scope in typed arrays for the hot checks. */
class AliasClasses {
  info: (RouteInfo | undefined)[] = [];
  dev = new Int32Array(16);
  scope = new Int32Array(16);
  private refs: number[] = [];
  private keys: string[] = [];
  private byKey = new Map<string, number>();
  private free: number[] = [];

  /** The class interned last (routes come in runs with the same attributes). */
  private last = -1;

  /** The class of a plain alias, one more reference to it. */
  intern(fa: Route): number {
    const nh = fa.nexthops[0];
    const l = this.last >= 0 ? this.info[this.last] : undefined;
    if (l && sameClass(l, fa)) {
      this.refs[this.last]++;
      return this.last;
    }
    const gw = nh.gateway ? `${nh.gateway.f}/${nh.gateway.v}` : '';
    const src = fa.prefsrc ? `${fa.prefsrc.f}/${fa.prefsrc.v}` : '';
    const metrics = fa.metrics ? JSON.stringify(fa.metrics) : '';
    const key = `${fa.type}|${fa.scope}|${fa.protocol}|${fa.priority}|${src}|${metrics}|${nh.dev}|${gw}|${nh.weight}|${nh.onlink ? 1 : 0}|${fa.nhid ?? ''}|${fa.pref ?? ''}|${fa.table}`;
    let c = this.byKey.get(key);
    if (c === undefined) {
      c = this.free.length ? this.free.pop()! : this.info.length;
      if (c > MAX_ID) throw kerr('ENOBUFS');
      if (c >= this.dev.length) {
        const d = new Int32Array(this.dev.length * 2);
        d.set(this.dev);
        this.dev = d;
        const s = new Int32Array(this.scope.length * 2);
        s.set(this.scope);
        this.scope = s;
      }
      // A copy: the class outlives the route it was made from.
      const info: RouteInfo = makeRoute({ ...fa, dst: { f: 4, v: 0 }, dstLen: 0, nexthops: [{ ...nh }], seq: 0 });
      this.info[c] = info;
      this.dev[c] = nh.dev;
      this.scope[c] = fa.scope;
      this.refs[c] = 0;
      this.keys[c] = key;
      this.byKey.set(key, c);
    }
    this.refs[c]++;
    this.last = c;
    return c;
  }

  release(c: number): void {
    if (--this.refs[c] > 0) return;
    if (c === this.last) this.last = -1;
    this.byKey.delete(this.keys[c]);
    this.info[c] = undefined;
    this.free.push(c);
  }
}

export class FibTable {
  /** Creation order, for the kernel's table-hash walk (newest first in a bucket). */
  created = 0;
  /** Creation order per family (0: the family has no such table: a dump of
   * it fails with "FIB table does not exist"). */
  created4 = 0;
  created6 = 0;
  /** Bumped by every change: snapshot.ts keeps its columns while it stays. */
  version = 0;
  // IPv4 prefixes by id (id 0 = none): address, length, routes in alias order.
  private lAddr = new Uint32Array(1024);
  private lLen = new Uint8Array(1024);
  private lRoutes: (Route[] | undefined)[] = [undefined];
  // The trie code of each prefix id (trie4.ts): when its first alias is a
  // plain one (tos 0, not an error type, one next hop), the code names that
  // alias's class (what the kernel shares as a fib_info, plus the type), so
  // the common lookup reads nothing of the prefix itself; else it names the
  // prefix id and the lookup walks its aliases.
  private pCode = new Int32Array(1024);
  private classes = new AliasClasses();
  private nextId = 1;
  private freeIds: number[] = [];
  private ids4 = new PrefixMap4();
  /** Made with the first IPv4 prefix (most tables of a lab never have one:
   * its arrays would cost every command's start-up). */
  private trie4: Trie4 | null = null;
  private get trie(): Trie4 {
    return (this.trie4 ??= new Trie4());
  }
  private byLen6 = new Map<number, Map<bigint, Leaf6>>();
  private lens6: number[] = [];
  private count4 = 0;
  private count6 = 0;
  private dump4: Route[] | null = [];
  private dump6: Route[] | null = [];

  // Lazy state (see LazyColumns): groups of equal prefixes, their routes once made.
  private lazy: LazyColumns | null = null;
  private lazyProto: ProtoOf | null = null;
  private lazyDecode: ((line: string) => Omit<Route, 'seq'>) | null = null;
  private lazyProtos: (Omit<Route, 'seq'> | undefined)[] = [];
  private lazyScans = 0;
  // Changes to a lazy table, kept apart so that nothing of the million
  // column entries is rebuilt: an ordinary table (delta) holds every prefix
  // that was changed (its whole column group moved there on the first
  // change, gone[] marks the group's entries) and, once touched, the IPv6
  // routes. Lookups merge both; saving merges the columns (snapshot.ts).
  private delta: FibTable | null = null;
  private gone: Uint8Array | null = null;
  private goneN = 0;
  private v6Moved = false;

  constructor(readonly id: number) {
  }

  get size(): number {
    return this.sizeOf(4) + this.sizeOf(6);
  }

  sizeOf(family: Family): number {
    if (this.lazy) {
      const d = this.delta ? this.delta.sizeOf(family) : 0;
      return d + (family === 4 ? this.lazy.n - this.goneN : this.v6Moved ? 0 : this.lazy.v6.length);
    }
    return family === 4 ? this.count4 : this.count6;
  }

  // ---- lazy restore ----------------------------------------------------------

  lazyColumns(): LazyColumns | null {
    return this.lazy;
  }

  /** A lazy table's changes since it was restored (null: none). */
  lazyChanges(): { delta: FibTable | null; gone: Uint8Array | null; v6Moved: boolean } | null {
    if (!this.lazy || (!this.delta && !this.gone && !this.v6Moved)) return null;
    return { delta: this.delta, gone: this.gone, v6Moved: this.v6Moved };
  }

  private deltaTable(): FibTable {
    if (!this.delta) this.delta = new FibTable(this.id);
    return this.delta;
  }

  /** The column group of prefix addr/len still in the columns (-1: none). */
  private lazyFind(addr: number, len: number): number {
    if (!this.lazyParent) this.buildLazyIndex();
    const c = this.lazy!;
    const k = this.lazyFirstAt(addr);
    if (k < 0 || c.addr[k] !== addr) return -1;
    for (let j = k; j < c.n && c.addr[j] === addr; j++) {
      if (c.len[j] === len && (j === k || c.len[j - 1] !== len)) return this.gone && this.gone[j] ? -1 : j;
    }
    return -1;
  }

  /** Moves the column group of addr/len, if any, into the delta (before it changes). */
  private lazyMove4(addr: number, len: number): void {
    const i = this.lazyFind(addr, len);
    if (i < 0) return;
    const rs = this.lazyGroup(i);
    const d = this.deltaTable();
    for (const r of rs) d.insert(r, APPEND_FLAGS);
    if (!this.gone) this.gone = new Uint8Array(this.lazy!.n);
    this.gone.fill(1, i, i + rs.length);
    this.goneN += rs.length;
  }

  /** Moves the IPv6 routes into the delta (before any IPv6 lookup or change). */
  private lazyMove6(): void {
    if (this.v6Moved) return;
    this.v6Moved = true;
    const d = this.deltaTable();
    for (const line of this.lazy!.v6) d.insert(makeRoute(this.lazyDecode!(line)), APPEND_FLAGS);
  }

  setLazy(cols: LazyColumns, proto: ProtoOf, decode: (line: string) => Omit<Route, 'seq'>): void {
    if (this.count4 || this.count6) throw new Error('setLazy on a table with routes');
    this.lazy = cols;
    this.lazyProto = proto;
    this.lazyDecode = decode;
  }

  /** The routes of the lazy group (run of one prefix) starting at entry i,
   * made at each call: kept, a hundred thousand of them would be copied by
   * every scavenge and promoted (route objects are values; only a
   * materialised table hands out routes whose identity lasts). */
  private lazyGroup(i: number): Route[] {
    const c = this.lazy!;
    const rs: Route[] = [];
    const a = c.addr[i];
    const l = c.len[i];
    for (let j = i; j < c.n && c.addr[j] === a && c.len[j] === l; j++) {
      const k = c.tpl[j];
      let p = this.lazyProtos[k];
      if (!p) p = this.lazyProtos[k] = this.lazyProto!(c.templates[k], 4);
      const r = makeRoute(p);
      r.table = this.id;
      r.dst = ip4(a);
      r.dstLen = l;
      rs.push(r);
    }
    return rs;
  }

  /** Groups (by first entry) covering addr, longest prefix first: a linear scan. */
  private lazyScan(addr: number): number[] {
    const c = this.lazy!;
    const hits: number[] = [];
    const n = c.n;
    const A = c.addr;
    const L = c.len;
    for (let i = 0; i < n; i++) {
      const l = L[i];
      if ((l === 0 || ((addr ^ A[i]) >>> (32 - l)) === 0) && (i === 0 || A[i] !== A[i - 1] || l !== L[i - 1]) && !(this.gone && this.gone[i])) hits.push(i);
    }
    return hits.sort((x, y) => L[y] - L[x]);
  }

  /** The lazy index: the columns are sorted by address (longer prefixes first
   * for one address), so prefixes form nested intervals in order. parent[i]
   * is the group start of the nearest enclosing prefix (-1: none), found in
   * one pass with a stack. A lookup finds the last entry whose address is
   * <= x (a 16-bit first level narrows the binary search to the few entries
   * of x's /16, read from the address column itself), takes the first entry
   * of that address (its longest prefix), then walks up the parents to the
   * first prefix that covers x. */
  private lazyParent: Int32Array | null = null;
  /** lazyBlock[b]: the first entry whose address is >= b << 16. */
  private lazyBlock: Int32Array | null = null;

  private buildLazyIndex(): void {
    const c = this.lazy!;
    const idx = c.parent && c.block && c.parent.length === c.n && c.block.length === 65537 ? { parent: c.parent, block: c.block } : lazyIndex(c.addr, c.len, c.n);
    this.lazyParent = idx.parent;
    this.lazyBlock = idx.block;
  }

  /** The first entry of the last address <= addr (-1: none). */
  private lazyFirstAt(addr: number): number {
    const A = this.lazy!.addr;
    const bk = addr >>> 16;
    let lo = this.lazyBlock![bk];
    let hi = this.lazyBlock![bk + 1] - 1;
    let k: number;
    if (hi < lo || A[lo] > addr) {
      if (lo === 0) return -1;
      k = lo - 1;
    } else {
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (A[mid] <= addr) lo = mid;
        else hi = mid - 1;
      }
      k = lo;
    }
    const a = A[k];
    while (k > 0 && A[k - 1] === a) k--;
    return k;
  }

  /** The group start of the deepest prefix covering addr (-1: none), or the
   * next one up the parents from k when k is given. */
  private lazyDeepest(addr: number, from = -2): number {
    const P = this.lazyParent!;
    const c = this.lazy!;
    let k = from === -2 ? this.lazyFirstAt(addr) : P[from];
    const A = c.addr;
    const L = c.len;
    const G = this.gone;
    for (; k >= 0; k = P[k]) {
      const l = L[k];
      if ((l === 0 || ((addr ^ A[k]) >>> (32 - l)) === 0) && !(G && G[k])) return k;
    }
    return -1;
  }

  /** Turns a lazy table into an ordinary one (before a dump). */
  private materialize(): void {
    const c = this.lazy;
    if (!c) return;
    const groups: Route[][] = [];
    const G = this.gone;
    for (let i = 0; i < c.n; i++) if ((i === 0 || c.addr[i] !== c.addr[i - 1] || c.len[i] !== c.len[i - 1]) && !(G && G[i])) groups.push(this.lazyGroup(i));
    const delta = this.delta;
    const v6 = this.v6Moved ? [] : c.v6;
    this.lazy = null;
    this.lazyProtos = [];
    this.lazyParent = null;
    this.lazyBlock = null;
    this.delta = null;
    this.gone = null;
    this.goneN = 0;
    this.v6Moved = false;
    for (const rs of groups) for (const r of rs) this.insert(r, APPEND_FLAGS);
    if (delta) for (const r of delta.list()) this.insert(r, APPEND_FLAGS);
    for (const line of v6) {
      const r = makeRoute(this.lazyDecode!(line));
      this.insert(r, APPEND_FLAGS);
    }
  }

  // ---- insertion -----------------------------------------------------------

  /** fib_table_insert() / fib6_add_rt2dst(). Throws EEXIST / ENOENT. */
  insert(r: Route, flags: InsertFlags = APPEND_FLAGS): Route | undefined {
    if (this.lazy) {
      if (r.family === 4) this.lazyMove4(r.dst.v as number, r.dstLen);
      else this.lazyMove6();
      this.version++;
      return this.deltaTable().insert(r, flags);
    }
    return r.family === 4 ? this.insert4(r, flags) : this.insert6(r, flags);
  }

  private newLeaf4(addr: number, len: number): Route[] {
    let id: number;
    if (this.freeIds.length) id = this.freeIds.pop()!;
    else {
      id = this.nextId++;
      if (id >= this.lAddr.length) {
        const a = new Uint32Array(this.lAddr.length * 2);
        a.set(this.lAddr);
        this.lAddr = a;
        const l = new Uint8Array(this.lLen.length * 2);
        l.set(this.lLen);
        this.lLen = l;
        const pc = new Int32Array(this.pCode.length * 2);
        pc.set(this.pCode);
        this.pCode = pc;
      }
    }
    this.lAddr[id] = addr;
    this.lLen[id] = len;
    const routes: Route[] = [];
    this.lRoutes[id] = routes;
    this.ids4.set(addr, len, id);
    this.pCode[id] = idCode(id, len);
    this.trie.insert(addr, len, this.pCode[id]);
    return routes;
  }

  private dropLeaf4(id: number): void {
    const addr = this.lAddr[id];
    const len = this.lLen[id];
    this.ids4.delete(addr, len);
    const parent = this.coveringId4(addr, len);
    const code = this.pCode[id];
    this.trie.replace(addr, len, code, parent ? this.pCode[parent] : 0);
    if (code & PLAIN) this.classes.release(code >>> CLASS_SHIFT);
    this.lRoutes[id] = undefined;
    this.freeIds.push(id);
  }

  /** Recodes prefix id after a change of its aliases (see pCode). */
  private refreshFirst4(id: number): void {
    const fa = this.lRoutes[id]?.[0];
    const len = this.lLen[id];
    const old = this.pCode[id];
    const code = fa && fa.tos === 0 && fa.nexthops.length === 1 && !ERROR_TYPES.has(fa.type) ? (this.classes.intern(fa) << CLASS_SHIFT) | PLAIN | len : idCode(id, len);
    if (old & PLAIN) this.classes.release(old >>> CLASS_SHIFT);
    if (code === old) return;
    this.trie.replace(this.lAddr[id], len, old, code);
    this.pCode[id] = code;
  }

  /** A route of this table changed in place (its next hops from a nexthop
   * object): the lookup's view of its prefix is brought up to date. */
  aliasChanged(r: Route): void {
    if (this.lazy) this.materialize();
    if (r.family === 4) {
      const id = this.ids4.get(r.dst.v as number, r.dstLen);
      if (id) this.refreshFirst4(id);
    }
    this.invalidate(r.family);
  }

  /** The trie code of the longest prefix covering addr (see pCode): plain
   * codes (code & PLAIN) are checked with classDev/classScope/classInfo;
   * 0: no prefix; -1: the table is lazy (walk candidates4). */
  code4(addr: number): number {
    if (this.lazy) return -1;
    const t = this.trie4;
    return t === null ? 0 : t.lookup(addr);
  }
  /** May an IPv4 prefix of this table cover addr? (false: certainly none) */
  mayCover4(addr: number): boolean {
    if (this.lazy) {
      // A small restored table (local) is cheaper to build than to walk.
      if (this.sizeOf(4) > SMALL_LAZY) return true;
      this.materialize();
    }
    const t = this.trie4;
    return t !== null && t.blockUsed(addr);
  }
  classDev(cls: number): number {
    return this.classes.dev[cls];
  }
  classScope(cls: number): number {
    return this.classes.scope[cls];
  }
  classInfo(cls: number): RouteInfo {
    return this.classes.info[cls]!;
  }

  /** The first alias of prefix addr/len (the one a plain code stands for). */
  firstAlias4(addr: number, len: number): Route | undefined {
    return this.routesOf(ip4(addr), len)[0];
  }

  /** The id of the longest prefix strictly shorter than len covering addr. */
  private coveringId4(addr: number, len: number): number {
    for (const l of this.ids4.lens) {
      if (l >= len) continue;
      const id = this.ids4.get(l === 0 ? 0 : (addr & (0xffffffff << (32 - l))) >>> 0, l);
      if (id) return id;
    }
    return 0;
  }

  private insert4(r: Route, flags: InsertFlags): Route | undefined {
    const addr = r.dst.v as number;
    const id = this.ids4.get(addr, r.dstLen);
    const list = id ? this.lRoutes[id]! : undefined;
    // fib_find_alias(): first alias with tos <= ours and (priority >= ours or tos < ours).
    let at = list ? list.length : 0;
    if (list) {
      for (let i = 0; i < list.length; i++) {
        const fa = list[i];
        if (fa.tos > r.tos) continue;
        if (fa.priority >= r.priority || fa.tos < r.tos) {
          at = i;
          break;
        }
      }
    }
    const fa = list?.[at];
    if (list && fa && fa.tos === r.tos && fa.priority === r.priority) {
      if (flags.excl) throw kerr('EEXIST');
      let match = -1;
      let end = at;
      for (; end < list.length; end++) {
        const x = list[end];
        if (x.tos !== r.tos || x.priority !== r.priority) break;
        if (match < 0 && x.type === r.type && sameInfo(x, r)) match = end;
      }
      if (flags.replace) {
        if (match >= 0) return match === at ? list[at] : undefined;
        list[at] = r;
        this.refreshFirst4(id);
        this.invalidate(4);
        return r;
      }
      if (match >= 0) throw kerr('EEXIST');
      if (!flags.create) throw kerr('ENOENT');
      list.splice(flags.append ? end : at, 0, r);
    } else {
      if (!flags.create) throw kerr('ENOENT');
      if (list) list.splice(at, 0, r);
      else this.newLeaf4(addr, r.dstLen).push(r);
    }
    this.refreshFirst4(id || this.ids4.get(addr, r.dstLen));
    this.count4++;
    this.invalidate(4);
    return r;
  }

  private leaf6(addr: bigint, len: number, create: boolean): Leaf6 | undefined {
    let m = this.byLen6.get(len);
    if (!m) {
      if (!create) return undefined;
      m = new Map();
      this.byLen6.set(len, m);
      this.lens6 = [...this.byLen6.keys()].sort((a, b) => b - a);
    }
    let leaf = m.get(key6(addr));
    if (!leaf && create) {
      leaf = { addr, len, routes: [] };
      m.set(key6(addr), leaf);
    }
    return leaf;
  }

  private insert6(r: Route, flags: InsertFlags): Route | undefined {
    const addr = r.dst.v as bigint;
    const existing = this.leaf6(addr, r.dstLen, false);
    const list = existing?.routes ?? [];
    let at = list.length;
    let first = -1;
    let sameKind = -1;
    // rt6_qualify_for_ecmp(): gateway routes of the same metric become siblings.
    const ecmp = (x: Route) => x.type === 'unicast' && x.protocol !== 2 && x.nexthops.every((n) => !!n.gateway);
    for (let i = 0; i < list.length; i++) {
      const x = list[i];
      if (x.priority === r.priority) {
        if (flags.excl) throw kerr('EEXIST');
        if (first < 0) first = i;
        // A replace takes the first route as ECMP-able as the new one.
        if (flags.replace && sameKind < 0 && ecmp(x) === ecmp(r)) sameKind = i;
        // rt6_duplicate_nexthop(): same device and same gateway (:: when none).
        if (!flags.replace && x.nexthops.some((n) => r.nexthops.some((m) => n.dev === m.dev && (n.gateway && m.gateway ? ipEquals(n.gateway, m.gateway) : !n.gateway && !m.gateway)))) {
          // fib6_add_rt2node(): a route that expires takes the new lifetime (or none).
          if (x.expires !== undefined) {
            x.expires = r.expires;
            this.invalidate(6);
          }
          throw kerr('EEXIST');
        }
        if (!flags.replace && ecmp(x) && ecmp(r)) {
          const merged = makeRoute({ ...x, nexthops: [...x.nexthops, ...r.nexthops] });
          merged.seq = x.seq;
          list[i] = merged;
          this.count6 += 0;
          this.invalidate(6);
          return merged;
        }
      }
      if (x.priority > r.priority) {
        at = i;
        break;
      }
    }
    // fib6_add_rt2node(): else the first route of that metric (fallback_ins).
    if (flags.replace && first >= 0) {
      list[sameKind >= 0 ? sameKind : first] = r;
      this.invalidate(6);
      return r;
    }
    // fib6_add_rt2node(): a change (replace without create) that finds nothing.
    // fib6_add_1() without a node for the prefix says so; fib6_add_rt2node()
    // on an existing node does not.
    if (!flags.create) throw kerr('ENOENT', flags.replace && !existing?.routes.length && r.dstLen !== 0 ? 'Can not replace route - no match found' : undefined);
    const leaf = existing ?? this.leaf6(addr, r.dstLen, true)!;
    leaf.routes.splice(at, 0, r);
    this.count6++;
    this.invalidate(6);
    return r;
  }

  private invalidate(f: Family): void {
    this.version++;
    if (f === 4) this.dump4 = null;
    else this.dump6 = null;
  }

  // ---- deletion ------------------------------------------------------------

  /** fib_table_delete() / ip6_route_del(): removes the first route matching. Throws ESRCH. */
  delete(d: DeleteSpec): Route {
    if (this.lazy) {
      if (d.family === 4) this.lazyMove4(d.dst.v as number, d.dstLen);
      else this.lazyMove6();
      this.version++;
      return this.deltaTable().delete(d);
    }
    const list = d.family === 4 ? this.lRoutes[this.ids4.get(d.dst.v as number, d.dstLen)] : this.leaf6(d.dst.v as bigint, d.dstLen, false)?.routes;
    if (!list) throw kerr('ESRCH');
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (d.family === 4 && r.tos !== d.tos) continue;
      if (r.family === 6 && r.nexthops.length > 1) {
        // ip6_route_del(): a gateway names one sibling; without one, all go.
        const want = d.nexthops.find((n) => n.gateway);
        if (d.priority !== undefined && d.priority !== r.priority) continue;
        if (d.protocol && d.protocol !== r.protocol) continue;
        if (want) {
          const k = r.nexthops.findIndex((n) => n.gateway && ipEquals(n.gateway, want.gateway!) && (!want.dev || n.dev === want.dev));
          if (k < 0) continue;
          const rest = r.nexthops.filter((_, j) => j !== k);
          const repl = makeRoute({ ...r, nexthops: rest });
          repl.seq = r.seq;
          list[i] = repl;
          this.invalidate(6);
          return r;
        }
        this.removeRoute(r);
        return r;
      }
      if (matchesDelete(r, d)) {
        this.removeRoute(r);
        return r;
      }
    }
    throw kerr('ESRCH');
  }

  /** Removes one route object (no-op when absent). */
  removeRoute(r: Route): boolean {
    if (this.lazy && this.delta && this.delta.removeRoute(r)) {
      this.version++;
      return true;
    }
    if (this.lazy) this.materialize();
    if (r.family === 4) {
      const id = this.ids4.get(r.dst.v as number, r.dstLen);
      const list = this.lRoutes[id];
      if (!list) return false;
      const i = list.indexOf(r);
      if (i < 0) return false;
      list.splice(i, 1);
      if (list.length === 0) this.dropLeaf4(id);
      else this.refreshFirst4(id);
      this.count4--;
    } else {
      const m = this.byLen6.get(r.dstLen);
      const leaf = m?.get(key6(r.dst.v as bigint));
      if (!leaf) return false;
      const i = leaf.routes.indexOf(r);
      if (i < 0) return false;
      leaf.routes.splice(i, 1);
      if (leaf.routes.length === 0) {
        m!.delete(key6(leaf.addr));
        if (m!.size === 0) {
          this.byLen6.delete(r.dstLen);
          this.lens6 = [...this.byLen6.keys()].sort((a, b) => b - a);
        }
      }
      this.count6--;
    }
    this.invalidate(r.family);
    return true;
  }

  remove(pred: (r: Route) => boolean, family?: Family): Route[] {
    // IPv6 alone leaves a lazy table's IPv4 columns as they are.
    if (family === 6 && this.lazy) {
      this.lazyMove6();
      this.version++;
      return this.delta!.remove(pred, 6);
    }
    const gone = this.list(family).filter(pred);
    for (const r of gone) this.removeRoute(r);
    return gone;
  }

  find(pred: (r: Route) => boolean): Route | undefined {
    return this.list().find(pred);
  }

  /** The routes of one prefix in alias order. */
  routesOf(dst: IpAddr, len: number): Route[] {
    if (this.lazy) {
      if (dst.f === 6) {
        this.lazyMove6();
        return this.delta!.routesOf(dst, len);
      }
      const d = this.delta?.routesOf(dst, len);
      if (d && d.length) return d;
      const i = this.lazyFind(dst.v, len);
      return i >= 0 ? this.lazyGroup(i) : [];
    }
    return (dst.f === 4 ? this.lRoutes[this.ids4.get(dst.v, len)] : this.leaf6(dst.v, len, false)?.routes) ?? [];
  }

  // ---- lookup --------------------------------------------------------------

  /** The longest prefix covering addr, then shorter ones on demand:
   * candidates4(a) yields route lists longest prefix first (fib_table_lookup's
   * walk with backtracking). */
  *candidates4(addr: number): Generator<Route[]> {
    if (this.lazy) {
      if (!this.lazyParent && ++this.lazyScans > LAZY_SCANS) this.buildLazyIndex();
      // Longest first, each shorter one only when the caller asks
      // (backtracking), the columns' groups and the delta's merged by length.
      const scan = this.lazyParent ? null : this.lazyScan(addr);
      let si = 0;
      const nextBase = (k: number): number => (scan ? (si < scan.length ? scan[si++] : -1) : this.lazyDeepest(addr, k));
      const L = this.lazy.len;
      const dIt = this.delta ? this.delta.candidates4(addr) : null;
      let dv = dIt ? dIt.next() : null;
      let k = nextBase(-2);
      for (;;) {
        const dl = dv && !dv.done ? dv.value[0].dstLen : -1;
        const bl = k >= 0 ? L[k] : -1;
        if (dl < 0 && bl < 0) return;
        if (dl > bl) {
          yield (dv as IteratorYieldResult<Route[]>).value;
          dv = dIt!.next();
        } else {
          yield this.lazyGroup(k);
          k = nextBase(k);
        }
      }
    }
    let id = this.idAt4(addr);
    while (id) {
      yield this.lRoutes[id]!;
      id = this.coveringId4(this.lAddr[id], this.lLen[id]);
    }
  }

  /** The routes of the longest IPv4 prefix covering addr (hot path). */
  longest4(addr: number): Route[] | undefined {
    if (this.lazy) {
      if (!this.lazyParent && ++this.lazyScans > LAZY_SCANS) this.buildLazyIndex();
      let k: number;
      if (!this.lazyParent) {
        const g = this.lazyScan(addr);
        k = g.length ? g[0] : -1;
      } else k = this.lazyDeepest(addr);
      const d = this.delta?.longest4(addr);
      if (d && (k < 0 || d[0].dstLen > this.lazy.len[k])) return d;
      return k >= 0 ? this.lazyGroup(k) : undefined;
    }
    return this.lRoutes[this.idAt4(addr)];
  }

  /** The id of the longest prefix covering addr (0: none). */
  private idAt4(addr: number): number {
    const code = this.trie4 === null ? 0 : this.trie4.lookup(addr);
    if (code === 0) return 0;
    return code & PLAIN ? this.ids4.get((addr & ~HOSTMASK[code & LEN_BITS]) >>> 0, code & LEN_BITS) : code >>> CLASS_SHIFT;
  }

  /** Bytes of the IPv4 lookup index (benchmarks). */
  get indexBytes(): number {
    return this.trie4 === null ? 0 : this.trie4.bytes;
  }

  /** Just the index lookup (benchmarks): the trie code or 0. */
  lookupCode4(addr: number): number {
    if (this.lazy) this.materialize();
    return this.trie.lookup(addr);
  }

  *candidates6(addr: bigint): Generator<Route[]> {
    if (this.lazy) {
      this.lazyMove6();
      yield* this.delta!.candidates6(addr);
      return;
    }
    for (const len of this.lens6) {
      const leaf = this.byLen6.get(len)!.get(key6(addr & MASK6[len]));
      if (leaf) yield leaf.routes;
    }
  }

  *candidates(a: IpAddr): Generator<Route[]> {
    if (a.f === 4) yield* this.candidates4(a.v);
    else yield* this.candidates6(a.v);
  }

  // ---- dump ----------------------------------------------------------------

  /** Routes in kernel dump order. */
  list(family?: Family): Route[] {
    if (this.lazy) this.materialize();
    if (family === 4) return this.list4();
    if (family === 6) return this.list6();
    const a = this.list4();
    const b = this.list6();
    return a.length === 0 ? b : b.length === 0 ? a : a.concat(b);
  }

  private list4(): Route[] {
    if (this.dump4) return this.dump4;
    const ids = this.sortedIds4();
    const out: Route[] = [];
    for (let j = 0; j < ids.length; j++) {
      const rs = this.lRoutes[ids[j]]!;
      for (let x = 0; x < rs.length; x++) out.push(rs[x]);
    }
    this.dump4 = out;
    return out;
  }

  /** IPv4 prefix ids in dump order: address ascending, longer prefixes first
   * for one address (fib_trie's key order). A stable LSD radix sort on
   * typed arrays: one pass by length, two by 16-bit halves of the address. */
  sortedIds4(): Uint32Array {
    if (this.lazy) this.materialize();
    const n = this.ids4.size;
    let a = new Uint32Array(n);
    let b = new Uint32Array(n);
    const A = this.lAddr;
    const L = this.lLen;
    // Pass 1: by length, longest first (counting sort over 33 lengths).
    const cl = new Uint32Array(34);
    let k = 0;
    for (let id = 1; id < this.nextId; id++) if (this.lRoutes[id]) cl[33 - L[id]]++, (b[k++] = id);
    for (let i = 1; i < 34; i++) cl[i] += cl[i - 1];
    for (let i = n - 1; i >= 0; i--) {
      const id = b[i];
      a[--cl[33 - L[id]]] = id;
    }
    // Passes 2 and 3: by the low, then the high 16 bits of the address.
    const c = new Uint32Array(65537);
    for (let shift = 0; shift <= 16; shift += 16) {
      c.fill(0);
      for (let i = 0; i < n; i++) c[((A[a[i]] >>> shift) & 0xffff) + 1]++;
      for (let i = 1; i < 65537; i++) c[i] += c[i - 1];
      for (let i = 0; i < n; i++) {
        const id = a[i];
        b[c[(A[id] >>> shift) & 0xffff]++] = id;
      }
      const t = a;
      a = b;
      b = t;
    }
    return a;
  }

  /** IPv4 prefix ids are below this (some may be free: routesOfId4 undefined). */
  get idLimit4(): number {
    return this.nextId;
  }

  /** Address and length of each IPv4 prefix id (read-only views). */
  get addr4(): Uint32Array {
    return this.lAddr;
  }
  get len4(): Uint8Array {
    return this.lLen;
  }

  /** The routes of an IPv4 prefix id (sortedIds4) in alias order. */
  routesOfId4(id: number): Route[] | undefined {
    return this.lRoutes[id];
  }

  private list6(): Route[] {
    if (this.dump6) return this.dump6;
    const leaves: Leaf6[] = [];
    for (const m of this.byLen6.values()) for (const l of m.values()) leaves.push(l);
    leaves.sort((a, b) => v6PostOrder(a.addr, a.len, b.addr, b.len));
    const out: Route[] = [];
    for (const l of leaves) out.push(...l.routes);
    this.dump6 = out;
    return out;
  }
}

/** Order of fib6 nodes in fib6_walk(): a subtree's more specific prefixes
 * (left = 0 bit first) before the node itself. */
export function v6PostOrder(a: bigint, al: number, b: bigint, bl: number): number {
  if (a === b && al === bl) return 0;
  const common = Math.min(al, bl);
  const na = a & MASK6[common];
  const nb = b & MASK6[common];
  if (na === nb) return bl - al;
  return na < nb ? -1 : 1;
}

export class Fib {
  readonly tables = new Map<number, FibTable>();
  rules4: FibRule[] = defaultRules(4);
  rules6: FibRule[] = defaultRules(6);
  /** net->ipv4.fib_has_custom_rules: once set, local and main are looked up as separate tables. */
  customRules4 = false;
  /** netns_vrf.add_fib_rules done: the first VRF added the l3mdev rules. */
  l3mdevRulesAdded = false;
  private seq = 0;
  private tableSeq = 0;
  /** When ip6_fib_timer fires next (wall clock ms); undefined: not pending. */
  gc6At: number | undefined = undefined;

  constructor() {
    // A new namespace has the IPv6 main and local tables (fib6_net_init());
    // IPv4 tables, main included, appear with their first route, though a
    // dump of main never fails (recorded: routing/tables).
    this.touch(RT_TABLE_MAIN, 6);
    this.touch(RT_TABLE_LOCAL, 6);
  }

  /** Tables 0-255 by id, as an array: every route lookup starts here. */
  private low: (FibTable | undefined)[] = new Array(256).fill(undefined);

  table(id: number, create = false): FibTable | undefined {
    let t = id < 256 ? this.low[id] : this.tables.get(id);
    if (!t && create) {
      t = new FibTable(id);
      t.created = ++this.tableSeq;
      this.tables.set(id, t);
      if (id < 256) this.low[id] = t;
    }
    return t;
  }

  /** fib_new_table() / fib6_new_table(): the table exists for the family from now on. */
  touch(id: number, family: Family): FibTable {
    const t = this.table(id, true)!;
    if (family === 4 && !t.created4) t.created4 = ++this.tableSeq;
    if (family === 6 && !t.created6) t.created6 = ++this.tableSeq;
    return t;
  }

  exists(id: number, family: Family): boolean {
    if (family === 4 && id === RT_TABLE_MAIN) return true;
    const t = this.tables.get(id);
    return !!t && (family === 4 ? t.created4 : t.created6) > 0;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  /** Inserts a route as fib_magic() does (NLM_F_CREATE|NLM_F_APPEND). */
  add(r: Omit<Route, 'seq'>, flags: InsertFlags = APPEND_FLAGS): Route {
    const route = makeRoute(r);
    route.seq = this.nextSeq();
    try {
      this.touch(route.table, route.family).insert(route, flags);
    } catch (e) {
      // fib_magic() ignores a route that is already there.
      if (!(e instanceof KernelError && e.errno === 'EEXIST' && flags === APPEND_FLAGS)) throw e;
    }
    return route;
  }

  /** Tables in the order inet_dump_fib() walks them: FIB_TABLE_HASHSZ
   * buckets by id & 255, newest first within a bucket. */
  tablesInDumpOrder(family?: Family): FibTable[] {
    const c = (t: FibTable) => (family === 4 ? t.created4 : family === 6 ? t.created6 : t.created);
    return [...this.tables.values()].filter((t) => !family || c(t) > 0).sort((a, b) => (a.id & 255) - (b.id & 255) || c(b) - c(a));
  }

  /** All routes, tables in creation order (what a snapshot keeps, so that
   * re-adding them recreates the tables in the same order). */
  all(family?: Family): Route[] {
    const out: Route[] = [];
    for (const t of [...this.tables.values()].sort((a, b) => a.created - b.created)) {
      const l = t.list(family);
      for (let i = 0; i < l.length; i++) out.push(l[i]);
    }
    return out;
  }

  removeWhere(pred: (r: Route) => boolean, family?: Family): Route[] {
    const removed: Route[] = [];
    for (const t of this.tables.values()) removed.push(...t.remove(pred, family));
    return removed;
  }

  findExact(table: number, dst: IpAddr, len: number, pred: (r: Route) => boolean = () => true): Route | undefined {
    return this.tables.get(table)?.routesOf(dst, len).find(pred);
  }

  get size(): number {
    let n = 0;
    for (const t of this.tables.values()) n += t.size;
    return n;
  }
}

export { ip4, ip6 };
