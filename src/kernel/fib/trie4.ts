// The IPv4 lookup index: a fixed-stride multi-bit trie (strides 16-8-8) with
// leaf pushing, held in typed arrays (the shape of DPDK's DIR-24-8, with a
// 16-bit first level to keep an empty table small). It maps an address to
// the code of the longest prefix covering it; which of that prefix's routes
// applies is decided by the table (fib_table_lookup() semantics: tos, scope,
// dead next hops, backtracking).
//
// A code is a non-negative Int32 naming a prefix: its length in the low 6
// bits (so a longer prefix overwrites a shorter one and never the reverse),
// the rest chosen by the owner (table.ts: the prefix's alias class or id).
// 0 is "no prefix".
//
// Two copies: the mutable levels (slot v >= 0 a code, v < 0 ~chunk of the
// next level, 256 slots each), changed in place by insert and replace; and
// the read view that lookups use, in which every 256-slot chunk is stored as
// its runs of equal slots (a 256-bit map of where runs start, the run count
// before each 32-bit word, then one value per run: Poptrie's leaf
// compression). Run values are 16-bit indexes into a dictionary of the
// distinct values while it has room (else 32-bit values, a flag in the
// chunk's reference), so that at a million prefixes the view is ~6 MB
// against the levels' 64 MB and a lookup stays in the CPU's caches. A change
// marks its /16 blocks; the view rebuilds those blocks before the next lookup.

const CHUNK = 256;
/** The low bits of a code that hold the prefix length. */
export const LEN_BITS = 63;
/** Words before a compressed chunk's run values: 8 map words, 2 words of byte counts. */
const HDR = 10;
/** Entries of the run-value dictionary (16-bit indexes). */
const DICT_SIZE = 65536;

class Level {
  val: Int32Array;
  /** Chunks in use. */
  n = 0;
  private free: number[] = [];
  constructor(chunks: number) {
    this.val = new Int32Array(chunks * CHUNK);
  }
  alloc(fill: number): number {
    let c: number;
    if (this.free.length) c = this.free.pop()!;
    else {
      c = this.n++;
      if (this.n * CHUNK > this.val.length) {
        const v = new Int32Array(this.val.length * 2);
        v.set(this.val);
        this.val = v;
      }
    }
    const o = c * CHUNK;
    if (fill !== 0 || c < this.n - 1) this.val.fill(fill, o, o + CHUNK);
    return c;
  }
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export class Trie4 {
  private l1 = new Int32Array(65536);
  private l2 = new Level(16);
  private l3 = new Level(4);

  // The read view: rl1 like l1 (v >= 0 a code, v < 0 ~ref of a compressed
  // chunk: its heap offset << 1 | 1 when its run values are dictionary
  // indexes, two to a word), and the /16 blocks changed since it was built.
  private rl1 = new Int32Array(65536);
  private heap = new Int32Array(1024);
  private top = 0;
  /** heap words no longer reachable (replaced blocks). */
  private garbage = 0;
  /** The dictionary of run values (codes and chunk refs as in rl1). */
  private dict: Int32Array;
  private dictN = 0;
  private dictIndex = new Map<number, number>();
  /** Bit i: block i of rl1 holds a prefix (a sparse table, like local,
   * answers most addresses from this 8 KB map). */
  private occupied = new Int32Array(2048);
  private dirty = new Uint8Array(65536);
  private dirtyList: number[] = [];

  /** dictSize: at most 65536 (tests use less, to exercise the 32-bit format). */
  constructor(dictSize = DICT_SIZE) {
    this.dict = new Int32Array(Math.min(dictSize, DICT_SIZE));
  }

  /** The code of the longest prefix covering addr (0 when none). */
  lookup(addr: number): number {
    if (this.dirtyList.length !== 0) this.flush();
    const b = addr >>> 16;
    if (!(this.occupied[b >>> 5] & (1 << (b & 31)))) return 0;
    let v = this.rl1[b];
    if (v < 0) {
      v = this.at(~v, (addr >>> 8) & 255);
      if (v < 0) v = this.at(~v, addr & 255);
    }
    return v;
  }

  /** May a prefix cover addr? false: none does (its /16 block is empty). */
  blockUsed(addr: number): boolean {
    if (this.dirtyList.length !== 0) this.flush();
    const b = addr >>> 16;
    return (this.occupied[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /** Slot j of the compressed chunk ref. */
  private at(ref: number, j: number): number {
    const h = this.heap;
    const o = ref >>> 1;
    const w = j >>> 5;
    // Run starts at or before j in its word, plus the runs of earlier words.
    const upTo = h[o + w] << (31 - (j & 31));
    const k = ((h[o + 8 + (w >>> 2)] >>> ((w & 3) << 3)) & 255) + popcount(upTo) - 1;
    if (ref & 1) return this.dict[(h[o + HDR + (k >>> 1)] >>> ((k & 1) << 4)) & 0xffff];
    return h[o + HDR + k];
  }

  /** Adds prefix addr/len with code (len === code & LEN_BITS). addr has no host bits. */
  insert(addr: number, len: number, code: number): void {
    if (len <= 16) {
      const s = addr >>> 16;
      const e = s + (1 << (16 - len));
      const l1 = this.l1;
      for (let i = s; i < e; i++) {
        const v = l1[i];
        if (v < 0) this.fill2(~v, 0, CHUNK, code, len);
        else if (v === 0 || (v & LEN_BITS) < len) l1[i] = code;
        this.mark(i);
      }
      return;
    }
    const c2 = this.chunk2(addr >>> 16);
    this.mark(addr >>> 16);
    if (len <= 24) {
      const s = (addr >>> 8) & 255;
      this.fill2(c2, s, s + (1 << (24 - len)), code, len);
      return;
    }
    const c3 = this.chunk3(c2, (addr >>> 8) & 255);
    const s = addr & 255;
    this.fill3(c3, s, s + (1 << (32 - len)), code, len);
  }

  /** Within prefix addr/len, the slots holding code `from` take `to`: a
   * removed prefix falls back to the next shorter covering one (to = its
   * code, 0 when none), or a prefix takes a new code. */
  replace(addr: number, len: number, from: number, to: number): void {
    if (len <= 16) {
      const s = addr >>> 16;
      const e = s + (1 << (16 - len));
      for (let i = s; i < e; i++) {
        const v = this.l1[i];
        if (v < 0) this.replace2(~v, 0, CHUNK, from, to);
        else if (v === from) this.l1[i] = to;
        this.mark(i);
      }
      return;
    }
    const v1 = this.l1[addr >>> 16];
    if (v1 >= 0) return;
    this.mark(addr >>> 16);
    const c2 = ~v1;
    if (len <= 24) {
      const s = (addr >>> 8) & 255;
      this.replace2(c2, s, s + (1 << (24 - len)), from, to);
      return;
    }
    const v2 = this.l2.val[(c2 << 8) | ((addr >>> 8) & 255)];
    if (v2 >= 0) return;
    const s = addr & 255;
    this.replace3(~v2, s, s + (1 << (32 - len)), from, to);
  }

  private mark(i: number): void {
    if (this.dirty[i]) return;
    this.dirty[i] = 1;
    this.dirtyList.push(i);
  }

  private chunk2(i: number): number {
    const v = this.l1[i];
    if (v < 0) return ~v;
    const c = this.l2.alloc(v);
    this.l1[i] = ~c;
    return c;
  }

  private chunk3(c2: number, j: number): number {
    const k = (c2 << 8) | j;
    const v = this.l2.val[k];
    if (v < 0) return ~v;
    const c = this.l3.alloc(v);
    this.l2.val[k] = ~c;
    return c;
  }

  private fill2(c: number, s: number, e: number, code: number, len: number): void {
    const val = this.l2.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v < 0) this.fill3(~v, 0, CHUNK, code, len);
      else if (v === 0 || (v & LEN_BITS) < len) val[j] = code;
    }
  }

  private fill3(c: number, s: number, e: number, code: number, len: number): void {
    const val = this.l3.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v === 0 || (v & LEN_BITS) < len) val[j] = code;
    }
  }

  private replace2(c: number, s: number, e: number, from: number, to: number): void {
    const val = this.l2.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v < 0) this.replace3(~v, 0, CHUNK, from, to);
      else if (v === from) val[j] = to;
    }
  }

  private replace3(c: number, s: number, e: number, from: number, to: number): void {
    const val = this.l3.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) if (val[j] === from) val[j] = to;
  }

  // ---- the read view -----------------------------------------------------------

  /** Rebuilds the changed blocks of the read view (or all of it, when
   * replaced blocks have left more garbage than live data). */
  private flush(): void {
    const list = this.dirtyList;
    if (this.garbage > 1 << 16 && this.garbage * 2 > this.top) {
      this.heap = new Int32Array(Math.max(1024, this.top - this.garbage + 1024));
      this.top = 0;
      this.garbage = 0;
      this.dictN = 0;
      this.dictIndex.clear();
      for (let i = 0; i < 65536; i++) this.rebuild(i, false);
    } else for (let k = 0; k < list.length; k++) this.rebuild(list[k], true);
    for (let k = 0; k < list.length; k++) this.dirty[list[k]] = 0;
    this.dirtyList = [];
  }

  private rebuild(i: number, release: boolean): void {
    if (release && this.rl1[i] < 0) this.garbage += this.chunkWords(~this.rl1[i]);
    const v = this.l1[i];
    this.rl1[i] = v >= 0 ? v : ~this.compress(this.l2.val, ~v << 8, true);
    if (v !== 0) this.occupied[i >>> 5] |= 1 << (i & 31);
    else this.occupied[i >>> 5] &= ~(1 << (i & 31));
  }

  /** Heap words of the compressed chunk ref and the level-3 chunks it points to. */
  private chunkWords(ref: number): number {
    const h = this.heap;
    const o = ref >>> 1;
    const runs = ((h[o + 9] >>> 24) & 255) + popcount(h[o + 7]);
    let n = HDR + (ref & 1 ? (runs + 1) >>> 1 : runs);
    for (let k = 0; k < runs; k++) {
      const v = ref & 1 ? this.dict[(h[o + HDR + (k >>> 1)] >>> ((k & 1) << 4)) & 0xffff] : h[o + HDR + k];
      if (v < 0) n += this.chunkWords(~v);
    }
    return n;
  }

  /** The dictionary index of value v (-1: the dictionary is full). */
  private dictOf(v: number): number {
    let d = this.dictIndex.get(v);
    if (d === undefined) {
      if (this.dictN === this.dict.length) return -1;
      d = this.dictN++;
      this.dict[d] = v;
      this.dictIndex.set(v, d);
    }
    return d;
  }

  /** Writes the 256 slots at val[base..] as runs; level-2 slots that point to
   * level-3 chunks are compressed first. Returns the chunk's ref. */
  private compress(val: Int32Array, base: number, deep: boolean): number {
    const runs: number[] = [];
    const map = [0, 0, 0, 0, 0, 0, 0, 0];
    let prev = 0;
    for (let j = 0; j < CHUNK; j++) {
      let v = val[base + j];
      if (v < 0 && deep) v = ~this.compress(this.l3.val, ~v << 8, false);
      if (j === 0 || v !== prev || v < 0) {
        map[j >>> 5] |= 1 << (j & 31);
        runs.push(v);
      }
      prev = v;
    }
    const idx: number[] = [];
    for (let k = 0; k < runs.length; k++) {
      const d = this.dictOf(runs[k]);
      if (d < 0) break;
      idx.push(d);
    }
    const packed = idx.length === runs.length;
    const words = packed ? (runs.length + 1) >>> 1 : runs.length;
    const o = this.reserve(HDR + words);
    const h = this.heap;
    h.fill(0, o + HDR, o + HDR + words);
    let before = 0;
    let c0 = 0;
    let c1 = 0;
    for (let w = 0; w < 8; w++) {
      h[o + w] = map[w];
      if (w < 4) c0 |= before << (w << 3);
      else c1 |= before << ((w - 4) << 3);
      before += popcount(map[w]);
    }
    h[o + 8] = c0;
    h[o + 9] = c1;
    if (packed) for (let k = 0; k < idx.length; k++) h[o + HDR + (k >>> 1)] |= idx[k] << ((k & 1) << 4);
    else for (let k = 0; k < runs.length; k++) h[o + HDR + k] = runs[k];
    return (o << 1) | (packed ? 1 : 0);
  }

  private reserve(n: number): number {
    if (this.top + n > this.heap.length) {
      const h = new Int32Array(Math.max(this.heap.length * 2, this.top + n));
      h.set(this.heap.subarray(0, this.top));
      this.heap = h;
    }
    const o = this.top;
    this.top += n;
    return o;
  }

  /** Bytes held by the index (for benchmarks): both copies. */
  get bytes(): number {
    return this.l1.byteLength + this.l2.val.byteLength + this.l3.val.byteLength + this.rl1.byteLength + this.dict.byteLength + this.top * 4;
  }
}
