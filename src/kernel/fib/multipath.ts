// Multipath next-hop selection as net/ipv4/route.c fib_multipath_hash() and
// net/ipv4/fib_semantics.c fib_rebalance()/fib_select_multipath() do it:
// a SipHash-2-4 over the flow keys (struct flow_keys, from the `basic` member
// on, net/core/flow_dissector.c) keyed by net.ipv4.fib_multipath_hash_seed
// (fib_multipath_hash_construct_key(): the 32-bit seed repeated four times),
// shifted right by one, against per-next-hop upper bounds from the weights.

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;

/** SipHash-2-4 of bytes with the 128-bit key k0, k1 (little-endian words), as lib/siphash.c. */
export function siphash24(data: Uint8Array, k0: bigint, k1: bigint): bigint {
  let v0 = 0x736f6d6570736575n ^ k0;
  let v1 = 0x646f72616e646f6dn ^ k1;
  let v2 = 0x6c7967656e657261n ^ k0;
  let v3 = 0x7465646279746573n ^ k1;
  const round = () => {
    v0 = (v0 + v1) & M64;
    v1 = rotl(v1, 13n);
    v1 ^= v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64;
    v3 = rotl(v3, 16n);
    v3 ^= v2;
    v0 = (v0 + v3) & M64;
    v3 = rotl(v3, 21n);
    v3 ^= v0;
    v2 = (v2 + v1) & M64;
    v1 = rotl(v1, 17n);
    v1 ^= v2;
    v2 = rotl(v2, 32n);
  };
  const len = data.length;
  const end = len - (len % 8);
  const word = (o: number, n: number): bigint => {
    let m = 0n;
    for (let i = n - 1; i >= 0; i--) m = (m << 8n) | BigInt(data[o + i]);
    return m;
  };
  for (let o = 0; o < end; o += 8) {
    const m = word(o, 8);
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  }
  const b = (BigInt(len & 0xff) << 56n) | word(end, len - end);
  v3 ^= b;
  round();
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

/** The 48 hashed bytes of struct flow_keys for an IPv4 flow: basic (4),
 * tags (4), vlan (8), cvlan (8), keyid (4), ports (4), icmp (4), then the
 * v4 addresses (8) and 4 bytes of the rest of the addrs union. */
function flowKeys4(saddr: number, daddr: number, proto: number, sport: number, dport: number): Uint8Array {
  const b = new Uint8Array(48);
  // __flow_hash_consistentify(): the lower address (as a little-endian u32
  // of its network-order bytes) first; ports likewise, independently.
  const le32 = (a: number) => ((a & 0xff) << 24) | ((a >>> 8) & 0xff) << 16 | ((a >>> 16) & 0xff) << 8 | (a >>> 24);
  if (le32(daddr) >>> 0 < le32(saddr) >>> 0) [saddr, daddr] = [daddr, saddr];
  const le16 = (p: number) => ((p & 0xff) << 8) | (p >>> 8);
  if (le16(dport) < le16(sport)) [sport, dport] = [dport, sport];
  b[2] = proto;
  b[28] = sport >>> 8;
  b[29] = sport & 0xff;
  b[30] = dport >>> 8;
  b[31] = dport & 0xff;
  const put = (o: number, a: number) => {
    b[o] = a >>> 24;
    b[o + 1] = (a >>> 16) & 0xff;
    b[o + 2] = (a >>> 8) & 0xff;
    b[o + 3] = a & 0xff;
  };
  put(36, saddr);
  put(40, daddr);
  return b;
}

/** fib_multipath_hash() for a route lookup without a packet (ip route get). */
export function multipathHash4(seed: number, policy: number, saddr: number, daddr: number, proto: number, sport: number, dport: number): number {
  const l4 = policy === 1 && (proto === 6 || proto === 17 || proto === 132);
  const keys = policy === 1 ? flowKeys4(saddr, daddr, proto, l4 ? sport : 0, l4 ? dport : 0) : flowKeys4(saddr, daddr, 0, 0, 0);
  const s = BigInt(seed >>> 0);
  const k = (s << 32n) | s;
  let h = Number(siphash24(keys, k, k) & 0xffffffffn);
  if (!h) h = 1;
  return h >>> 1;
}

/** The 72 hashed bytes of struct flow_keys for an IPv6 flow: basic (4),
 * tags (flow label, 4), vlan (8), cvlan (8), keyid (4), ports (4), icmp (4),
 * the v6 addresses (32), then 4 bytes of struct padding. */
function flowKeys6(saddr: bigint, daddr: bigint, proto: number, flowLabel: number, sport: number, dport: number): Uint8Array {
  const b = new Uint8Array(72);
  // __flow_hash_consistentify(): memcmp(dst, src) < 0 swaps the addresses;
  // the ports are compared as little-endian u16 of their network-order bytes.
  if (daddr < saddr) [saddr, daddr] = [daddr, saddr];
  const le16 = (p: number) => ((p & 0xff) << 8) | (p >>> 8);
  if (le16(dport) < le16(sport)) [sport, dport] = [dport, sport];
  b[2] = proto;
  // tags.flow_label: a host-order u32 (little-endian).
  b[4] = flowLabel & 0xff;
  b[5] = (flowLabel >>> 8) & 0xff;
  b[6] = (flowLabel >>> 16) & 0xff;
  b[7] = flowLabel >>> 24;
  b[28] = sport >>> 8;
  b[29] = sport & 0xff;
  b[30] = dport >>> 8;
  b[31] = dport & 0xff;
  const put = (o: number, a: bigint) => {
    for (let i = 15; i >= 0; i--) {
      b[o + i] = Number(a & 0xffn);
      a >>= 8n;
    }
  };
  put(36, saddr);
  put(52, daddr);
  return b;
}

/** rt6_multipath_hash() for a route lookup without a packet (ip -6 route get):
 * policy 0 (and 2, which without a packet is the same) hashes the addresses,
 * the flow label and the protocol; policy 1 adds the ports. The key comes
 * from net.ipv4.fib_multipath_hash_seed as for IPv4. */
export function multipathHash6(seed: number, policy: number, saddr: bigint, daddr: bigint, proto: number, sport: number, dport: number, flowLabel = 0): number {
  const l4 = policy === 1 && (proto === 6 || proto === 17 || proto === 132);
  const keys = policy === 1 ? flowKeys6(saddr, daddr, proto, 0, l4 ? sport : 0, l4 ? dport : 0) : flowKeys6(saddr, daddr, proto, flowLabel, 0, 0);
  const s = BigInt(seed >>> 0);
  const k = (s << 32n) | s;
  let h = Number(siphash24(keys, k, k) & 0xffffffffn);
  if (!h) h = 1;
  return h >>> 1;
}

/** fib_rebalance(): upper bounds per next hop (-1: dead). */
export function upperBounds(weights: number[], alive: boolean[]): number[] {
  let total = 0;
  weights.forEach((w, i) => {
    if (alive[i]) total += w;
  });
  let w = 0;
  return weights.map((wt, i) => {
    if (!alive[i]) return -1;
    w += wt;
    // DIV_ROUND_CLOSEST_ULL((u64)w << 31, total) - 1
    const num = BigInt(w) << 31n;
    const t = BigInt(total);
    return Number((num + t / 2n) / t) - 1;
  });
}

/** fib_select_multipath(): the index of the next hop for hash. */
export function selectMultipath(hash: number, bounds: number[], saddr = 0, nhSaddr?: number[]): number {
  let sel = -1;
  let found = false;
  for (let i = 0; i < bounds.length; i++) {
    if (bounds[i] === -1) continue;
    const mine = !saddr || nhSaddr?.[i] === saddr;
    if (!found) {
      sel = i;
      found = mine;
    }
    if (hash > bounds[i]) continue;
    if (mine) return i;
    if (found) return sel;
  }
  return sel < 0 ? 0 : sel;
}
