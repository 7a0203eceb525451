// iproute2's address and name parsing (lib/utils.c get_addr/get_prefix,
// lib/rt_names.c tables), shared by `ip route`, `ip rule` and `ip neigh`.

import { type Family, type IpAddr, ip4, parseIp6 } from '../../net/ip';
import type { Ip } from './common';
import { IpExit } from './common';
import { protoName, protoNumber } from '../../net/netdb';

export interface InetPrefix {
  family: 0 | Family;
  addr?: IpAddr;
  /** -1: no length given (host), -2: default/any/all. */
  bitlen: number;
  /** "default" or a prefix length was given. */
  lenSpecified: boolean;
  /** bytelen 0: "any"/"all" carry no address. */
  any: boolean;
}

/** strtoul(s, &end, 0) accepting the whole string: decimal, 0x hex, 0 octal. */
export function strtoul(s: string): number | null {
  // Plain decimal without a leading zero: no regular expression needed.
  const n = s.length;
  if (n > 0 && n < 10 && s.charCodeAt(0) > 48 && s.charCodeAt(0) <= 57) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (i === n) return v;
  }
  if (/^\s*[+]?0[xX][0-9a-fA-F]+$/.test(s)) return parseInt(s.trim().replace('+', ''), 16);
  if (/^\s*[+]?0[0-7]*$/.test(s)) return parseInt(s.trim().replace('+', ''), 8) || 0;
  if (/^\s*[+]?[1-9][0-9]*$/.test(s)) return Number(s.trim().replace('+', ''));
  return null;
}

/** Plain "a.b.c.d" in decimal without leading zeros, between s[from] and
 * s[to]: the common case, parsed without regular expressions (ip -batch of a
 * million routes); -1 for anything else (left to the general parser). */
export function fastDotted(s: string, from = 0, to = s.length): number {
  let v = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      v = v * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return -1;
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return v * 256 + part;
}

/** get_addr_ipv4(): 1 to 4 parts, each strtoul base 0, at most 255. */
function getAddrIpv4(s: string): number | null {
  const fast = fastDotted(s);
  if (fast >= 0) return fast;
  const b = [0, 0, 0, 0];
  let cp = s;
  for (let i = 0; i < 4; i++) {
    const m = /^(0[xX][0-9a-fA-F]*|[0-9]+)/.exec(cp);
    if (!m) return null;
    let tok = m[1];
    let n: number;
    if (/^0[xX]/.test(tok)) {
      if (tok.length === 2) {
        // strtoul reads "0" and stops at "x".
        tok = '0';
        n = 0;
      } else n = parseInt(tok.slice(2), 16);
    } else if (tok.length > 1 && tok[0] === '0') {
      const oct = /^0[0-7]*/.exec(tok)![0];
      tok = oct;
      n = parseInt(oct, 8) || 0;
    } else n = Number(tok);
    if (n > 255) return null;
    b[i] = n;
    cp = cp.slice(tok.length);
    if (cp === '') return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
    if (i === 3 || cp[0] !== '.') return null;
    cp = cp.slice(1);
  }
  return null;
}

/** __get_addr_1(). */
export function getAddr1(name: string, family: 0 | Family): InetPrefix | null {
  if (name === 'default') return { family, bitlen: -2, lenSpecified: true, any: false, addr: family === 6 ? { f: 6, v: 0n } : family === 4 ? ip4(0) : undefined };
  if (name === 'all' || name === 'any') return { family, bitlen: -2, lenSpecified: false, any: true };
  if (name.includes(':')) {
    if (family !== 0 && family !== 6) return null;
    const a = parseIp6(name);
    if (!a) return null;
    return { family: 6, addr: a, bitlen: -1, lenSpecified: false, any: false };
  }
  if (family !== 0 && family !== 4) return null;
  const v = getAddrIpv4(name);
  if (v === null) return null;
  return { family: 4, addr: ip4(v), bitlen: -1, lenSpecified: false, any: false };
}

/** mask2bits() of a dotted netmask. */
function maskBits(v: number): number {
  let bits = 0;
  while (bits < 32 && v & (0x80000000 >>> bits)) bits++;
  return ((v << bits) | 0) === 0 || bits === 32 ? bits : -1;
}

/** get_prefix_1(). */
export function getPrefix1(arg: string, family: 0 | Family): InetPrefix | null {
  const slash = arg.indexOf('/');
  const a = getAddr1(slash >= 0 ? arg.slice(0, slash) : arg, family);
  if (!a) return null;
  const maxBits = a.family === 6 ? 128 : a.family === 4 ? 32 : 0;
  let bitlen = maxBits;
  if (slash >= 0) {
    if (a.bitlen === -2) return null;
    const s = arg.slice(slash + 1);
    let plen = strtoul(s);
    if (plen === null) {
      const m = getAddr1(s, 4);
      if (m && m.family === 4 && m.addr) {
        const b = maskBits(m.addr.v as number);
        if (b < 0) return null;
        plen = b;
      } else return null;
    }
    if (plen > maxBits) return null;
    a.lenSpecified = true;
    bitlen = plen;
  } else if (a.bitlen === -2) bitlen = 0;
  a.bitlen = bitlen;
  return a;
}

const familyVerbose = (f: 0 | Family): string => (f === 0 ? 'any valid' : f === 4 ? 'inet' : 'inet6');

/** get_prefix(): exits 1 with iproute2's message on failure. */
export function getPrefix(ip: Ip, arg: string, family: 0 | Family): InetPrefix {
  const p = getPrefix1(arg, family);
  if (!p) {
    ip.err(`Error: ${familyVerbose(family)} prefix is expected rather than "${arg}".\n`);
    throw new IpExit(1);
  }
  return p;
}

/** get_addr(). */
export function getAddr(ip: Ip, arg: string, family: 0 | Family): InetPrefix {
  const p = getAddr1(arg, family);
  if (!p) {
    ip.err(`Error: ${familyVerbose(family)} address is expected rather than "${arg}".\n`);
    throw new IpExit(1);
  }
  return p;
}

/** read_family(). */
export function readFamily(name: string): 0 | Family | 'other' {
  if (name === 'inet') return 4;
  if (name === 'inet6') return 6;
  if (name === 'link' || name === 'mpls' || name === 'bridge') return 'other';
  return 0;
}

// ---- rt_names ----------------------------------------------------------------

export const PROTO_NAMES: Record<number, string> = {
  0: 'unspec', 1: 'redirect', 2: 'kernel', 3: 'boot', 4: 'static', 8: 'gated', 9: 'ra', 10: 'mrt', 11: 'zebra', 12: 'bird', 13: 'dnrouted', 14: 'xorp', 15: 'ntk', 16: 'dhcp', 18: 'keepalived', 42: 'babel', 99: 'openr', 186: 'bgp', 187: 'isis', 188: 'ospf', 189: 'rip', 192: 'eigrp',
};
export const SCOPE_NAMES: Record<number, string> = { 0: 'global', 255: 'nowhere', 254: 'host', 253: 'link', 200: 'site' };
export const TABLE_NAMES: Record<number, string> = { 255: 'local', 254: 'main', 253: 'default', 0: 'unspec' };
const DSFIELD: Record<number, string> = {
  0x0: 'default', 0x28: 'AF11', 0x30: 'AF12', 0x38: 'AF13', 0x48: 'AF21', 0x50: 'AF22', 0x58: 'AF23', 0x68: 'AF31', 0x70: 'AF32', 0x78: 'AF33', 0x88: 'AF41', 0x90: 'AF42', 0x98: 'AF43', 0x20: 'CS1', 0x40: 'CS2', 0x60: 'CS3', 0x80: 'CS4', 0xa0: 'CS5', 0xc0: 'CS6', 0xe0: 'CS7', 0xb8: 'EF',
};

function nameToNum(tab: Record<number, string>, arg: string, max: number): number | null {
  for (const [k, v] of Object.entries(tab)) if (v === arg) return Number(k);
  const n = strtoul(arg);
  if (n === null || n > max) return null;
  return n;
}

export const protoA2n = (a: string) => nameToNum(PROTO_NAMES, a, 255);
export const scopeA2n = (a: string) => nameToNum(SCOPE_NAMES, a, 255);
export const tableA2n = (a: string) => nameToNum(TABLE_NAMES, a, 0xffffffff);
/** rtnl_dsfield_a2n(): a name from rt_dsfield, else strtoul(arg, &end, 16)
 * over the whole word (`tos 10` is 0x10), at most 255. */
export function dsfieldA2n(a: string): number | null {
  for (const [k, v] of Object.entries(DSFIELD)) if (v === a) return Number(k);
  const m = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)$/.exec(a);
  if (!m) return null;
  const n = parseInt(m[2], 16);
  // A negative value wraps to a huge unsigned long: only -0 stays in range.
  if (m[1] === '-') return n === 0 ? 0 : null;
  return n > 255 ? null : n;
}

export const protoN2a = (n: number, numeric = false) => (!numeric && PROTO_NAMES[n]) || String(n);
export const scopeN2a = (n: number, numeric = false) => (!numeric && SCOPE_NAMES[n]) || String(n);
export const tableN2a = (n: number, numeric = false) => (!numeric && TABLE_NAMES[n]) || String(n);
export const dsfieldN2a = (n: number, numeric = false) => (!numeric && DSFIELD[n]) || `0x${n.toString(16).padStart(2, '0')}`;

const TYPES = ['unspec', 'unicast', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit', 'throw', 'nat', 'xresolve'] as const;
export const typeN2a = (n: number): string => TYPES[n] ?? String(n);

const pfx = (arg: string, full: string) => arg.length > 0 && full.startsWith(arg);

/** rtnl_rtntype_a2n(): type number. */
export function typeA2n(arg: string): number | null {
  if (arg === 'local') return 2;
  if (arg === 'nat') return 10;
  if (pfx(arg, 'broadcast') || arg === 'brd') return 3;
  if (pfx(arg, 'anycast')) return 4;
  if (pfx(arg, 'multicast')) return 5;
  if (pfx(arg, 'prohibit')) return 8;
  if (pfx(arg, 'unreachable')) return 7;
  if (pfx(arg, 'blackhole')) return 6;
  if (pfx(arg, 'xresolve')) return 11;
  if (pfx(arg, 'unicast')) return 1;
  if (arg === 'throw') return 9;
  const n = strtoul(arg);
  return n === null || n > 255 ? null : n;
}

/** get_unsigned()/get_u32(): strtoul base 0 over the whole string. */
export function getU32(s: string): number | null {
  const n = strtoul(s);
  return n === null || n > 0xffffffff ? null : n;
}

/** inet_proto_a2n(): a decimal u8 or a protocol name/alias; -1 when unknown. */
export function protoNumA2n(s: string): number {
  if (/^[0-9]+$/.test(s) && Number(s) <= 255) return Number(s);
  return protoNumber(s) ?? -1;
}

/** inet_proto_n2a(). */
export function protoNumN2a(n: number, numeric = false): string {
  return (numeric ? undefined : protoName(n)) ?? `ipproto-${n}`;
}
