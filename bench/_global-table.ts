// A synthetic table with the IPv4 global table's prefix-length mix (late
// 2025: ~1.04M routes, /24 about 58%), generated from a seed so every run
// and every tool sees the same prefixes.

/** Prefix-length weights of the global table (per million routes). */
export const GLOBAL_MIX: [number, number][] = [
  [8, 16], [9, 14], [10, 40], [11, 110], [12, 330], [13, 660], [14, 1250], [15, 2200],
  [16, 13600], [17, 8700], [18, 13900], [19, 25800], [20, 46000], [21, 53500],
  [22, 118000], [23, 97000], [24, 619000],
];

/** xorshift32, seeded. */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/** n distinct prefixes [addr, len] in the global mix, in random order. */
export function globalTable(n: number, seed = 1): { addr: Uint32Array; len: Uint8Array } {
  const total = GLOBAL_MIX.reduce((s, [, w]) => s + w, 0);
  const r = rng(seed);
  const addr = new Uint32Array(n);
  const len = new Uint8Array(n);
  const seen = new Set<number>();
  let i = 0;
  while (i < n) {
    let pick = r() % total;
    let l = 24;
    for (const [pl, w] of GLOBAL_MIX) {
      if (pick < w) {
        l = pl;
        break;
      }
      pick -= w;
    }
    // Unicast space 1.0.0.0 - 223.255.255.255, host bits cleared.
    const a = ((((r() % 223) + 1) << 24) | (r() & 0xffffff)) >>> 0;
    const net = (a & (0xffffffff << (32 - l))) >>> 0;
    const key = l * 4294967296 + net;
    if (seen.has(key)) continue;
    seen.add(key);
    addr[i] = net;
    len[i] = l;
    i++;
  }
  return { addr, len };
}

export const fmt4 = (v: number): string => `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
