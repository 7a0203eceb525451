// The IPv4 lookup index: a fixed-stride multi-bit trie (strides 16-8-8) with
// leaf pushing, held in typed arrays, so a lookup is one to three array reads
// (the shape of DPDK's DIR-24-8, with a 16-bit first level to keep an empty
// table small). It maps an address to the id of the longest prefix covering
// it; which of that prefix's routes applies is decided by the table
// (fib_table_lookup() semantics: tos, scope, dead next hops, backtracking).
//
// Slot encoding: v >= 0 is a prefix id (0 = no prefix); v < 0 is ~chunk, a
// 256-slot chunk of the next level. A longer prefix overwrites a shorter one
// and never the reverse; the lengths come from the owner (lenOf(id)), so a
// slot is 4 bytes.

const CHUNK = 256;

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

export class Trie4 {
  private l1 = new Int32Array(65536);
  private l2 = new Level(16);
  private l3 = new Level(4);

  /** lens[id]: the prefix length of id (kept by the owner, may be replaced when it grows). */
  constructor(public lens: Uint8Array) {}

  /** The id of the longest prefix covering addr (0 when none). */
  lookup(addr: number): number {
    let v = this.l1[addr >>> 16];
    if (v < 0) {
      v = this.l2.val[(~v << 8) | ((addr >>> 8) & 255)];
      if (v < 0) v = this.l3.val[(~v << 8) | (addr & 255)];
    }
    return v;
  }

  /** Adds prefix addr/len under id (> 0, lens[id] === len). addr has no host bits. */
  insert(addr: number, len: number, id: number): void {
    if (len <= 16) {
      const s = addr >>> 16;
      const e = s + (1 << (16 - len));
      const l1 = this.l1;
      const lens = this.lens;
      for (let i = s; i < e; i++) {
        const v = l1[i];
        if (v < 0) this.fill2(~v, 0, CHUNK, id, len);
        else if (v === 0 || lens[v] < len) l1[i] = id;
      }
      return;
    }
    const c2 = this.chunk2(addr >>> 16);
    if (len <= 24) {
      const s = (addr >>> 8) & 255;
      this.fill2(c2, s, s + (1 << (24 - len)), id, len);
      return;
    }
    const c3 = this.chunk3(c2, (addr >>> 8) & 255);
    const s = addr & 255;
    this.fill3(c3, s, s + (1 << (32 - len)), id, len);
  }

  /** Removes prefix addr/len (held under id); its slots fall back to the
   * next shorter covering prefix repl (0 when none). */
  remove(addr: number, len: number, id: number, repl: number): void {
    if (len <= 16) {
      const s = addr >>> 16;
      const e = s + (1 << (16 - len));
      for (let i = s; i < e; i++) {
        const v = this.l1[i];
        if (v < 0) this.replace2(~v, 0, CHUNK, id, repl);
        else if (v === id) this.l1[i] = repl;
      }
      return;
    }
    const v1 = this.l1[addr >>> 16];
    if (v1 >= 0) return;
    const c2 = ~v1;
    if (len <= 24) {
      const s = (addr >>> 8) & 255;
      this.replace2(c2, s, s + (1 << (24 - len)), id, repl);
      return;
    }
    const v2 = this.l2.val[(c2 << 8) | ((addr >>> 8) & 255)];
    if (v2 >= 0) return;
    const s = addr & 255;
    this.replace3(~v2, s, s + (1 << (32 - len)), id, repl);
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

  private fill2(c: number, s: number, e: number, id: number, len: number): void {
    const val = this.l2.val;
    const lens = this.lens;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v < 0) this.fill3(~v, 0, CHUNK, id, len);
      else if (v === 0 || lens[v] < len) val[j] = id;
    }
  }

  private fill3(c: number, s: number, e: number, id: number, len: number): void {
    const val = this.l3.val;
    const lens = this.lens;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v === 0 || lens[v] < len) val[j] = id;
    }
  }

  private replace2(c: number, s: number, e: number, id: number, repl: number): void {
    const val = this.l2.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v < 0) this.replace3(~v, 0, CHUNK, id, repl);
      else if (v === id) val[j] = repl;
    }
  }

  private replace3(c: number, s: number, e: number, id: number, repl: number): void {
    const val = this.l3.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) if (val[j] === id) val[j] = repl;
  }

  /** Bytes held by the index (for benchmarks). */
  get bytes(): number {
    return this.l1.byteLength + this.l2.val.byteLength + this.l3.val.byteLength;
  }
}
