// Exact-match index of IPv4 prefixes: (address, length) -> id, one
// open-addressing hash per prefix length in typed arrays (linear probing,
// backward-shift deletion). Map<number, …> with keys above 2^31 costs a
// heap number per key; this keeps a million prefixes out of the GC's way.

class Slots {
  keys: Int32Array;
  vals: Int32Array;
  n = 0;
  mask: number;
  constructor(cap: number) {
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }
}

const hash = (a: number): number => Math.imul(a | 0, 0x9e3779b1) >>> 7;

export class PrefixMap4 {
  private t: (Slots | undefined)[] = new Array(33).fill(undefined);
  /** Prefix lengths present, longest first. */
  lens: number[] = [];
  size = 0;

  get(addr: number, len: number): number {
    const s = this.t[len];
    if (!s) return 0;
    const k = addr | 0;
    let i = hash(k) & s.mask;
    for (;;) {
      const v = s.vals[i];
      if (v === 0) return 0;
      if (s.keys[i] === k) return v;
      i = (i + 1) & s.mask;
    }
  }

  /** id must be > 0; the prefix must not be present. */
  set(addr: number, len: number, id: number): void {
    let s = this.t[len];
    if (!s) {
      s = this.t[len] = new Slots(8);
      this.lens = this.t.map((x, l) => (x ? l : -1)).filter((l) => l >= 0).reverse();
    }
    if ((s.n + 1) * 2 > s.keys.length) s = this.grow(len, s);
    const k = addr | 0;
    let i = hash(k) & s.mask;
    while (s.vals[i] !== 0) i = (i + 1) & s.mask;
    s.keys[i] = k;
    s.vals[i] = id;
    s.n++;
    this.size++;
  }

  delete(addr: number, len: number): void {
    const s = this.t[len];
    if (!s) return;
    const k = addr | 0;
    let i = hash(k) & s.mask;
    for (;;) {
      if (s.vals[i] === 0) return;
      if (s.keys[i] === k) break;
      i = (i + 1) & s.mask;
    }
    // Backward-shift deletion keeps probe chains intact.
    let j = i;
    for (;;) {
      j = (j + 1) & s.mask;
      if (s.vals[j] === 0) break;
      const h = hash(s.keys[j]) & s.mask;
      // Move j into the hole at i when h is not cyclically in (i, j].
      if (i <= j ? h <= i || h > j : h <= i && h > j) {
        s.keys[i] = s.keys[j];
        s.vals[i] = s.vals[j];
        i = j;
      }
    }
    s.vals[i] = 0;
    s.keys[i] = 0;
    s.n--;
    this.size--;
    if (s.n === 0) {
      this.t[len] = undefined;
      this.lens = this.lens.filter((l) => l !== len);
    }
  }

  private grow(len: number, old: Slots): Slots {
    const s = new Slots(old.keys.length * 2);
    for (let i = 0; i < old.keys.length; i++) {
      const v = old.vals[i];
      if (v === 0) continue;
      let j = hash(old.keys[i]) & s.mask;
      while (s.vals[j] !== 0) j = (j + 1) & s.mask;
      s.keys[j] = old.keys[i];
      s.vals[j] = v;
    }
    s.n = old.n;
    this.t[len] = s;
    return s;
  }
}
