// Addresses and prefixes as values. IPv4 is an unsigned 32-bit number, IPv6 a
// 128-bit bigint; both are wrapped so the family travels with the value.
// Parsing here is strict (inet_pton semantics); each tool adds its own
// leniencies (iproute2's get_addr accepts "10.1" style shorthand, for one).

export type Family = 4 | 6;

export interface Ip4 {
  readonly f: 4;
  readonly v: number;
}
export interface Ip6 {
  readonly f: 6;
  readonly v: bigint;
}
export type IpAddr = Ip4 | Ip6;

export interface Prefix {
  readonly addr: IpAddr;
  readonly len: number;
}

export const ip4 = (v: number): Ip4 => ({ f: 4, v: v >>> 0 });
export const ip6 = (v: bigint): Ip6 => ({ f: 6, v: BigInt.asUintN(128, v) });

export const maxLen = (f: Family): number => (f === 4 ? 32 : 128);

/** inet_pton(AF_INET): exactly four decimal octets. */
export function parseIp4(s: string): Ip4 | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let v = 0;
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    v = v * 256 + n;
  }
  return ip4(v);
}

/** inet_pton(AF_INET6), including an embedded dotted quad at the end. */
export function parseIp6(s: string): Ip6 | null {
  if (s.length === 0 || s.length > 45) return null;
  let tail: number[] = [];
  let str = s;
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && s.indexOf('.', lastColon) > 0) {
    const v4 = parseIp4(s.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4.v >>> 16) & 0xffff, v4.v & 0xffff];
    str = s.slice(0, lastColon + 1);
    if (str.endsWith('::')) {
      // "::1.2.3.4"
    } else {
      str = str.slice(0, -1);
    }
  }
  const dbl = str.indexOf('::');
  if (dbl >= 0 && str.indexOf('::', dbl + 1) >= 0) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let groups: number[];
  if (dbl >= 0) {
    const head = parseGroups(str.slice(0, dbl));
    const rest = parseGroups(str.slice(dbl + 2));
    if (!head || !rest) return null;
    const fill = 8 - head.length - rest.length - tail.length;
    if (fill < 1) return null;
    groups = [...head, ...new Array(fill).fill(0), ...rest, ...tail];
  } else {
    const g = parseGroups(str);
    if (!g) return null;
    groups = [...g, ...tail];
    if (groups.length !== 8) return null;
  }
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(g);
  return ip6(v);
}

export function parseIp(s: string): IpAddr | null {
  return s.includes(':') ? parseIp6(s) : parseIp4(s);
}

export function formatIp4(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

/** inet_ntop(AF_INET6) as glibc prints it: the longest run (>= 2) of zero
 * groups becomes "::"; ::a.b.c.d and ::ffff:a.b.c.d keep the dotted quad. */
export function formatIp6(v: bigint): string {
  const g: number[] = [];
  for (let i = 7; i >= 0; i--) g.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  let bestBase = -1;
  let bestLen = 0;
  let curBase = -1;
  let curLen = 0;
  for (let i = 0; i < 8; i++) {
    if (g[i] === 0) {
      if (curBase < 0) {
        curBase = i;
        curLen = 1;
      } else curLen++;
      if (curLen > bestLen) {
        bestBase = curBase;
        bestLen = curLen;
      }
    } else curBase = -1;
  }
  if (bestLen < 2) bestBase = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && bestBase === 0 && (bestLen === 6 || (bestLen === 5 && g[5] === 0xffff))) {
      out += formatIp4(Number(v & 0xffffffffn));
      break;
    }
    out += g[i].toString(16);
  }
  if (bestBase >= 0 && bestBase + bestLen === 8) out += ':';
  return out;
}

export function formatIp(a: IpAddr): string {
  return a.f === 4 ? formatIp4(a.v) : formatIp6(a.v);
}

export function ipEquals(a: IpAddr, b: IpAddr): boolean {
  return a.f === b.f && a.v === b.v;
}

export function compareIp(a: IpAddr, b: IpAddr): number {
  if (a.f !== b.f) return a.f - b.f;
  return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
}

export function mask4(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}
export function mask6(len: number): bigint {
  return len === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
}

/** The address with host bits cleared. */
export function network(a: IpAddr, len: number): IpAddr {
  return a.f === 4 ? ip4((a.v & mask4(len)) >>> 0) : ip6(a.v & mask6(len));
}

/** The address with host bits set (the IPv4 directed broadcast). */
export function lastAddress(a: IpAddr, len: number): IpAddr {
  return a.f === 4 ? ip4((a.v | ~mask4(len)) >>> 0) : ip6(a.v | (((1n << 128n) - 1n) ^ mask6(len)));
}

export function prefixContains(p: Prefix, a: IpAddr): boolean {
  if (p.addr.f !== a.f) return false;
  return ipEquals(network(a, p.len), network(p.addr, p.len));
}

export function formatPrefix(p: Prefix): string {
  return `${formatIp(p.addr)}/${p.len}`;
}

export const isIp4 = (a: IpAddr): a is Ip4 => a.f === 4;

/** IPv6 multicast ff00::/8, link-local fe80::/10. */
export const isV6Multicast = (v: bigint): boolean => v >> 120n === 0xffn;
export const isV6LinkLocal = (v: bigint): boolean => v >> 118n === 0x3fan;
export const isV4Multicast = (v: number): boolean => v >>> 28 === 0xe;
export const isV4Loopback = (v: number): boolean => v >>> 24 === 127;
