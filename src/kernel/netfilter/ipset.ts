// The ipset registry of one network namespace (net/netfilter/ipset/): named
// sets of a type, with typed elements and their extensions (timeout, packet
// and byte counters, comment). Operations fail with the kernel's ipset error
// codes (IPSET_ERR_* of include/uapi/linux/netfilter/ipset/ip_set.h); the
// ipset tool turns them into its texts. The iptables set match and SET target
// refer to sets by name and hold a reference (ip_set_nfnl_get_byindex()).

import type { IpAddr } from '../../net/ip';

export type SetTypeName = 'hash:ip' | 'hash:net' | 'hash:ip,port' | 'hash:ip,port,ip' | 'hash:ip,port,net' | 'bitmap:port' | 'list:set';
export const SET_TYPES: SetTypeName[] = ['hash:ip', 'hash:net', 'hash:ip,port', 'hash:ip,port,ip', 'hash:ip,port,net', 'bitmap:port', 'list:set'];
/** The revision each type registers at its newest (ip_set_hash_*.c IPSET_TYPE_REV_MAX). */
export const SET_REVISION: Record<SetTypeName, number> = {
  'hash:ip': 6, 'hash:net': 7, 'hash:ip,port': 7, 'hash:ip,port,ip': 6, 'hash:ip,port,net': 8, 'bitmap:port': 3, 'list:set': 3,
};

/** One element, typed by the set's dimensions. */
export interface SetElem {
  ip?: IpAddr;
  /** hash:net prefix length of `ip` (full length for a host). */
  cidr?: number;
  proto?: number;
  port?: number;
  ip2?: IpAddr;
  cidr2?: number;
  /** bitmap:port */
  bport?: number;
  /** list:set: the member set's name */
  set?: string;
}

export interface SetEntry {
  elem: SetElem;
  timeout?: number;
  packets?: number;
  bytes?: number;
  comment?: string;
  nomatch?: boolean;
}

export interface SetCreate {
  type: SetTypeName;
  family: 4 | 6;
  hashsize: number;
  maxelem: number;
  bucketsize: number;
  timeout?: number;
  counters: boolean;
  comment: boolean;
  /** bitmap:port */
  range?: [number, number];
  /** list:set */
  size?: number;
}

export interface IpSet extends SetCreate {
  name: string;
  /** The slot in the namespace's set array (ip_set_list[]): listings follow it,
   * a new set takes the lowest free slot, swap exchanges slots. */
  index: number;
  initval: number;
  /** Elements by key, in insertion order. */
  entries: Map<string, SetEntry>;
}

/** The errors of the ipset netlink interface. */
export type IpsetErrno =
  | 'ENOENT' | 'EEXIST' | 'BUSY' | 'REFERENCED' | 'EXIST_SETNAME2' | 'TYPE_MISMATCH' | 'ELEM_EXIST' | 'ELEM_MISSING'
  | 'INVALID_CIDR' | 'TIMEOUT' | 'COUNTER' | 'COMMENT' | 'BITMAP_RANGE' | 'LIST_FULL' | 'NAMEREF' | 'LOOP' | 'HASH_FULL'
  | 'INVALID_FAMILY';
export class IpsetError extends Error {
  constructor(readonly errno: IpsetErrno) {
    super(errno);
  }
}
const fail = (e: IpsetErrno): never => {
  throw new IpsetError(e);
};

const addrKey = (a: IpAddr | undefined): string => (a ? a.v.toString(16) : '');

/** The identity of an element within its set (what the kernel hashes). */
export function elemKey(e: SetElem): string {
  return `${addrKey(e.ip)}/${e.cidr ?? ''},${e.proto ?? ''}:${e.port ?? ''},${addrKey(e.ip2)}/${e.cidr2 ?? ''},${e.bport ?? ''},${e.set ?? ''}`;
}

// ---- memory accounting ---------------------------------------------------------
// "Size in memory" as the kernel computes it for small sets: the set's own
// structures plus, for a hash, one bucket (header + room for two elements,
// AHASH_INIT_SIZE) per element; every comment adds its allocation. Elements
// sharing a bucket (a hash collision) make the real figure smaller.

const HASH_BASE: Record<string, [number, number]> = {
  'hash:ip': [216, 224], 'hash:net': [456, 1240], 'hash:ip,port': [216, 232], 'hash:ip,port,ip': [208, 232], 'hash:ip,port,net': [464, 1256],
};
const ELEM_SIZE: Record<string, [number, number]> = {
  'hash:ip': [4, 16], 'hash:net': [8, 20], 'hash:ip,port': [8, 20], 'hash:ip,port,ip': [12, 36], 'hash:ip,port,net': [12, 40],
};

function extSize(s: IpSet, elem: number): number {
  if (s.timeout === undefined && !s.counters && !s.comment) return elem;
  let n = Math.ceil(elem / 8) * 8;
  if (s.timeout !== undefined) n += 8;
  if (s.counters) n += 16;
  if (s.comment) n += 8;
  return n;
}

export function memsize(s: IpSet): number {
  let comments = 0;
  for (const e of s.entries.values()) if (e.comment !== undefined) comments += 16 + e.comment.length + 1;
  if (s.type === 'bitmap:port') {
    const n = s.range![1] - s.range![0] + 1;
    const dsize = (s.timeout !== undefined ? 8 : 0) + (s.counters ? 16 : 0) + (s.comment ? 8 : 0);
    return 72 + Math.ceil(n / 64) * 8 + n * dsize + comments;
  }
  if (s.type === 'list:set') {
    const dsize = 48 + (s.timeout !== undefined ? 8 : 0) + (s.counters ? 16 : 0) + (s.comment ? 8 : 0);
    return 80 + s.entries.size * dsize + comments;
  }
  const fi = s.family === 4 ? 0 : 1;
  return HASH_BASE[s.type][fi] + s.entries.size * (32 + 2 * extSize(s, ELEM_SIZE[s.type][fi])) + comments;
}

/** The sets of one namespace. */
export class IpSets {
  /** By name; ordered() gives the index order that list and save follow. */
  readonly sets = new Map<string, IpSet>();

  ordered(): IpSet[] {
    return [...this.sets.values()].sort((a, b) => a.index - b.index);
  }
  /** References held by iptables rules, by set name (counted by the caller). */
  ruleRefs: (name: string) => number = () => 0;

  get(name: string): IpSet {
    return this.sets.get(name) ?? fail('ENOENT');
  }

  /** References: list:set memberships and iptables rules. */
  references(name: string): number {
    let n = this.ruleRefs(name);
    for (const s of this.sets.values()) if (s.type === 'list:set') for (const e of s.entries.values()) if (e.elem.set === name) n++;
    return n;
  }

  /** ip_set_create(): an existing set with -exist is fine when type and options agree. */
  create(name: string, c: SetCreate, initval: number, exist: boolean): void {
    const old = this.sets.get(name);
    if (old) {
      if (exist && sameCreate(old, c)) return;
      fail('EEXIST');
    }
    if (c.type === 'bitmap:port' && c.range && c.range[0] > c.range[1]) c.range = [c.range[1], c.range[0]];
    const used = new Set([...this.sets.values()].map((x) => x.index));
    let index = 0;
    while (used.has(index)) index++;
    this.sets.set(name, { ...c, name, index, initval, entries: new Map() });
  }

  /** ip_set_destroy(): one set, or every set (none if any is referenced). */
  destroy(name?: string): void {
    if (name === undefined) {
      for (const s of this.sets.values()) if (this.references(s.name) > 0) fail('BUSY');
      this.sets.clear();
      return;
    }
    this.get(name);
    if (this.references(name) > 0) fail('BUSY');
    this.sets.delete(name);
  }

  flush(name?: string): void {
    if (name === undefined) {
      for (const s of this.sets.values()) s.entries.clear();
      return;
    }
    this.get(name).entries.clear();
  }

  rename(from: string, to: string): void {
    const s = this.get(from);
    if (this.references(from) > 0) fail('REFERENCED');
    if (this.sets.has(to)) fail('EXIST_SETNAME2');
    // The set keeps its index, which is all listing order follows (ordered()).
    this.sets.delete(from);
    s.name = to;
    this.sets.set(to, s);
  }

  /** ip_set_swap(): the two sets exchange names (and so their places). */
  swap(a: string, b: string): void {
    const x = this.get(a);
    const y = this.sets.get(b) ?? fail('EXIST_SETNAME2');
    if (x.type !== y.type || x.family !== y.family) fail('TYPE_MISMATCH');
    // The names stay in their slots; the sets behind them trade places.
    this.sets.delete(a);
    this.sets.delete(b);
    [x.name, y.name] = [b, a];
    [x.index, y.index] = [y.index, x.index];
    this.sets.set(x.name, x);
    this.sets.set(y.name, y);
  }

  /** Checks an element's extensions against the set (IPSET_ERR_TIMEOUT …). */
  private checkExt(s: IpSet, e: SetEntry): void {
    if (e.timeout !== undefined && s.timeout === undefined) fail('TIMEOUT');
    if ((e.packets !== undefined || e.bytes !== undefined) && !s.counters) fail('COUNTER');
    if (e.comment !== undefined && !s.comment) fail('COMMENT');
  }

  add(name: string, e: SetEntry, exist: boolean, where?: { before: boolean; ref: string }): void {
    const s = this.get(name);
    this.checkExt(s, e);
    if (s.type === 'bitmap:port') {
      const p = e.elem.bport!;
      if (p < s.range![0] || p > s.range![1]) fail('BITMAP_RANGE');
    }
    if (s.type === 'list:set') {
      const m = this.sets.get(e.elem.set!) ?? fail('NAMEREF');
      if (m.type === 'list:set') fail('LOOP');
    }
    const key = elemKey(e.elem);
    const old = s.entries.get(key);
    const full = (s.type === 'list:set' && s.entries.size >= (s.size ?? 8)) || s.entries.size >= s.maxelem;
    if (old) {
      if (!exist && (old.nomatch ?? false) === (e.nomatch ?? false)) fail('ELEM_EXIST');
      if (!exist) fail('ELEM_EXIST');
      // -exist: the extensions are updated (timeout, counters, comment).
      const fill = withDefaults(s, e);
      Object.assign(old, fill);
      return;
    }
    if (full) fail(s.type === 'list:set' ? 'LIST_FULL' : 'HASH_FULL');
    const entry = withDefaults(s, e);
    if (s.type === 'list:set' && where) {
      const refKey = elemKey({ set: where.ref });
      if (!s.entries.has(refKey)) fail('NAMEREF');
      const list = [...s.entries];
      s.entries.clear();
      for (const [k, v] of list) {
        if (k === refKey && where.before) s.entries.set(key, entry);
        s.entries.set(k, v);
        if (k === refKey && !where.before) s.entries.set(key, entry);
      }
      return;
    }
    s.entries.set(key, entry);
  }

  del(name: string, e: SetEntry, exist: boolean): void {
    const s = this.get(name);
    if (s.type === 'list:set' && !this.sets.has(e.elem.set!)) fail('NAMEREF');
    if (s.type === 'bitmap:port') {
      const p = e.elem.bport!;
      if (p < s.range![0] || p > s.range![1]) fail('BITMAP_RANGE');
    }
    const key = elemKey(e.elem);
    if (!s.entries.delete(key) && !exist) fail('ELEM_MISSING');
  }

  /** Whether an element is in the set; hash:net also matches a host inside a stored prefix. */
  test(name: string, e: SetEntry): boolean {
    const s = this.get(name);
    if (s.type === 'list:set' && !this.sets.has(e.elem.set!)) fail('NAMEREF');
    if (s.type === 'bitmap:port') {
      const p = e.elem.bport!;
      if (p < s.range![0] || p > s.range![1]) fail('BITMAP_RANGE');
    }
    const hit = s.entries.get(elemKey(e.elem));
    if (hit) return !hit.nomatch;
    if (s.type === 'hash:net' && e.elem.ip) {
      // The most specific stored prefix that contains the address decides.
      let best: SetEntry | undefined;
      for (const x of s.entries.values()) {
        if (!x.elem.ip || x.elem.ip.f !== e.elem.ip.f) continue;
        const len = x.elem.cidr!;
        if (len > (e.elem.cidr ?? 128)) continue;
        if (!sameNet(x.elem.ip, e.elem.ip, len)) continue;
        if (!best || len > best.elem.cidr!) best = x;
      }
      return !!best && !best.nomatch;
    }
    return false;
  }

  // ---- snapshot: one JSON line per set ---------------------------------------------

  snapshot(): string[] | undefined {
    if (!this.sets.size) return undefined;
    const enc = (a?: IpAddr) => (a ? `${a.f}:${a.v.toString(16)}` : undefined);
    return [...this.sets.values()].map((s) =>
      JSON.stringify({
        ...s,
        entries: [...s.entries.values()].map((e) => ({ ...e, elem: { ...e.elem, ip: enc(e.elem.ip), ip2: enc(e.elem.ip2) } })),
      }),
    );
  }

  static restore(data: unknown): IpSets {
    const r = new IpSets();
    if (!Array.isArray(data)) throw new Error('netfilter.ipset: expected a list');
    const dec = (a?: string): IpAddr | undefined => {
      if (a === undefined) return undefined;
      const [f, v] = a.split(':');
      return f === '4' ? { f: 4, v: parseInt(v, 16) } : { f: 6, v: BigInt(`0x${v}`) };
    };
    for (const line of data) {
      if (typeof line !== 'string') throw new Error('netfilter.ipset: expected strings');
      const o = JSON.parse(line) as IpSet & { entries: (SetEntry & { elem: { ip?: string; ip2?: string } })[] };
      const entries = new Map<string, SetEntry>();
      for (const e of o.entries) {
        const elem: SetElem = { ...e.elem, ip: dec(e.elem.ip), ip2: dec(e.elem.ip2) };
        for (const k of Object.keys(elem) as (keyof SetElem)[]) if (elem[k] === undefined) delete elem[k];
        entries.set(elemKey(elem), { ...e, elem });
      }
      r.sets.set(o.name, { ...o, index: o.index ?? r.sets.size, entries });
    }
    return r;
  }
}

function sameNet(a: IpAddr, b: IpAddr, len: number): boolean {
  if (a.f === 4 && b.f === 4) {
    const m = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    return ((a.v & m) >>> 0) === ((b.v & m) >>> 0);
  }
  if (a.f === 6 && b.f === 6) {
    const m = len === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
    return (a.v & m) === (b.v & m);
  }
  return false;
}

/** The extensions a new element gets: the set's default timeout, zero counters. */
function withDefaults(s: IpSet, e: SetEntry): SetEntry {
  const out: SetEntry = { elem: e.elem };
  if (s.timeout !== undefined) out.timeout = e.timeout ?? s.timeout;
  if (s.counters) {
    out.packets = e.packets ?? 0;
    out.bytes = e.bytes ?? 0;
  }
  if (e.comment !== undefined) out.comment = e.comment;
  if (e.nomatch) out.nomatch = true;
  return out;
}

function sameCreate(a: SetCreate, b: SetCreate): boolean {
  return a.type === b.type && a.family === b.family && a.hashsize === b.hashsize && a.maxelem === b.maxelem && a.timeout === b.timeout &&
    a.counters === b.counters && a.comment === b.comment && a.range?.[0] === b.range?.[0] && a.range?.[1] === b.range?.[1] && a.size === b.size;
}
