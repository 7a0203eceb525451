// The IPv4 lookup index: a fixed-stride multi-bit trie (strides 16-8-8) with
// leaf pushing, held in typed arrays, so a lookup is one to three array reads
// (the shape of DPDK's DIR-24-8, with a 16-bit first level to keep an empty
// table small). It maps an address to the id of the longest prefix covering
// it; which of that prefix's routes applies is decided by the table
// (fib_table_lookup() semantics: tos, scope, dead next hops, backtracking).
//
// Slot encoding: v >= 0 is a prefix id (0 = no prefix); v < 0 is ~chunk, a
// 256-slot chunk of the next level. For prefix-id slots, the matching length
// array holds that prefix's length, so a longer prefix overwrites a shorter
// one and never the reverse.

const CHUNK = 256;

class Level {
  val: Int32Array;
  len: Uint8Array;
  /** Chunks in use. */
  n = 0;
  private free: number[] = [];
  constructor(chunks: number) {
    this.val = new Int32Array(chunks * CHUNK);
    this.len = new Uint8Array(chunks * CHUNK);
  }
  alloc(fillVal: number, fillLen: number): number {
    let c: number;
    if (this.free.length) c = this.free.pop()!;
    else {
      c = this.n++;
      if (this.n * CHUNK > this.val.length) {
        const v = new Int32Array(this.val.length * 2);
        v.set(this.val);
        this.val = v;
        const l = new Uint8Array(this.len.length * 2);
        l.set(this.len);
        this.len = l;
      }
    }
    const o = c * CHUNK;
    this.val.fill(fillVal, o, o + CHUNK);
    this.len.fill(fillLen, o, o + CHUNK);
    return c;
  }
  release(c: number): void {
    this.free.push(c);
  }
}

export class Trie4 {
  private l1 = new Int32Array(65536);
  private l1len = new Uint8Array(65536);
  private l2 = new Level(16);
  private l3 = new Level(4);

  /** The id of the longest prefix covering addr (0 when none). */
  lookup(addr: number): number {
    let v = this.l1[addr >>> 16];
    if (v < 0) {
      v = this.l2.val[(~v << 8) | ((addr >>> 8) & 255)];
      if (v < 0) v = this.l3.val[(~v << 8) | (addr & 255)];
    }
    return v;
  }

  /** Adds prefix addr/len under id (> 0). addr must have no host bits. */
  insert(addr: number, len: number, id: number): void {
    if (len <= 16) {
      const s = addr >>> 16;
      const e = s + (1 << (16 - len));
      for (let i = s; i < e; i++) {
        const v = this.l1[i];
        if (v < 0) this.fill2(~v, 0, CHUNK, id, len);
        else if (v === 0 || this.l1len[i] < len) {
          this.l1[i] = id;
          this.l1len[i] = len;
        }
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
   * next shorter covering prefix repl (0 when none) of length replLen. */
  remove(addr: number, len: number, id: number, repl: number, replLen: number): void {
    if (len <= 16) {
      const s = addr >>> 16;
      const e = s + (1 << (16 - len));
      for (let i = s; i < e; i++) {
        const v = this.l1[i];
        if (v < 0) this.replace2(~v, 0, CHUNK, id, repl, replLen);
        else if (v === id) {
          this.l1[i] = repl;
          this.l1len[i] = replLen;
        }
      }
      return;
    }
    const v1 = this.l1[addr >>> 16];
    if (v1 >= 0) return;
    const c2 = ~v1;
    if (len <= 24) {
      const s = (addr >>> 8) & 255;
      this.replace2(c2, s, s + (1 << (24 - len)), id, repl, replLen);
      return;
    }
    const v2 = this.l2.val[(c2 << 8) | ((addr >>> 8) & 255)];
    if (v2 >= 0) return;
    const s = addr & 255;
    this.replace3(~v2, s, s + (1 << (32 - len)), id, repl, replLen);
  }

  private chunk2(i: number): number {
    const v = this.l1[i];
    if (v < 0) return ~v;
    const c = this.l2.alloc(v, this.l1len[i]);
    this.l1[i] = ~c;
    return c;
  }

  private chunk3(c2: number, j: number): number {
    const k = (c2 << 8) | j;
    const v = this.l2.val[k];
    if (v < 0) return ~v;
    const c = this.l3.alloc(v, this.l2.len[k]);
    this.l2.val[k] = ~c;
    return c;
  }

  private fill2(c: number, s: number, e: number, id: number, len: number): void {
    const val = this.l2.val;
    const lens = this.l2.len;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v < 0) this.fill3(~v, 0, CHUNK, id, len);
      else if (v === 0 || lens[j] < len) {
        val[j] = id;
        lens[j] = len;
      }
    }
  }

  private fill3(c: number, s: number, e: number, id: number, len: number): void {
    const val = this.l3.val;
    const lens = this.l3.len;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      if (val[j] === 0 || lens[j] < len) {
        val[j] = id;
        lens[j] = len;
      }
    }
  }

  private replace2(c: number, s: number, e: number, id: number, repl: number, replLen: number): void {
    const val = this.l2.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      const v = val[j];
      if (v < 0) this.replace3(~v, 0, CHUNK, id, repl, replLen);
      else if (v === id) {
        val[j] = repl;
        this.l2.len[j] = replLen;
      }
    }
  }

  private replace3(c: number, s: number, e: number, id: number, repl: number, replLen: number): void {
    const val = this.l3.val;
    const o = c << 8;
    for (let j = o + s; j < o + e; j++) {
      if (val[j] === id) {
        val[j] = repl;
        this.l3.len[j] = replLen;
      }
    }
  }

  /** Bytes held by the index (for benchmarks). */
  get bytes(): number {
    return this.l1.byteLength + this.l1len.byteLength + this.l2.val.byteLength + this.l2.len.byteLength + this.l3.val.byteLength + this.l3.len.byteLength;
  }
}
