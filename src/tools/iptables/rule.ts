// iptables rule syntax: the rule options (as on the command line and in
// iptables-save output) to a typed RuleSpec (the kernel model's value) and
// back to canonical save text. The option semantics and error texts follow
// iptables 1.8.9 (iptables/xshared.c do_parse() and the extensions/libxt_*.c
// option tables). The kernel model never sees this syntax: ruletext.ts lends
// it the save text as the rules' compact identity and snapshot encoding.

import { parseIp6 } from '../../net/ip';
import { parseMac } from '../../net/mac';
import type {
  TcpMatch, Addr, ConntrackMatch, Iface, Match, NatRange, NfFamily, PortRange, RuleSpec, Target,
} from '../../kernel/netfilter/types';
import { DSCP_CLASSES, X_MATCHES, X_TARGETS, x6Final, x6Parse, XtParamError, type XExt, type XOpt } from './ext';
import { GROUP, HOSTS4, PASSWD, protoName, protoNumber, serviceByName } from '../../net/netdb';

/** A usage error as xtables_error(PARAMETER_PROBLEM, ...) reports it. */
export class XtError extends Error {
  constructor(
    message: string,
    /** exit status: 2 PARAMETER_PROBLEM, 1 OTHER_PROBLEM */
    readonly status = 2,
    /** print the "Try `iptables -h'..." line */
    readonly tryHelp = true,
    /** message printed without the "iptables v1.8.9 (nf_tables): " prefix */
    readonly bare = false,
  ) {
    super(message);
  }
}

export const xterr = (msg: string): never => {
  throw new XtError(msg);
};

// ---- numbers, ports, addresses ---------------------------------------------

/** xtables_strtoui(): strtoul with base 0 (0x.., 0..), whole string, in range. */
export function strtoui(s: string, min = 0, max = 0xffffffff): number | undefined {
  if (s === '' || s.startsWith('-') || s.startsWith('+') || /\s/.test(s[0])) return undefined;
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) v = parseInt(s.slice(2), 16);
  else if (/^0[0-7]*$/.test(s)) v = parseInt(s, 8);
  else if (/^[1-9][0-9]*$/.test(s)) v = Number(s);
  else return undefined;
  if (!(v >= min && v <= max)) return undefined;
  return v;
}

/** xtables_parse_port() */
export function parsePort(s: string, proto: string): number {
  const p = serviceByName(s, proto);
  if (p !== undefined) return p;
  const v = strtoui(s, 0, 65535);
  if (v === undefined) xterr(`invalid port/service \`${s}' specified`);
  return v!;
}

/** parse_ports() of libxt_tcp/udp: "a", "a:b", ":b", "a:". */
export function parsePortRange(s: string, proto: string): PortRange {
  const i = s.indexOf(':');
  if (i < 0) {
    const p = parsePort(s, proto);
    return [p, p];
  }
  const lo = i === 0 ? 0 : parsePort(s.slice(0, i), proto);
  const hi = i === s.length - 1 ? 65535 : parsePort(s.slice(i + 1), proto);
  if (lo > hi) xterr(`invalid portrange (min > max)`);
  return [lo, hi];
}

/** xtables_getportbyname(): getaddrinfo() service lookup, any protocol; a
 * number is taken modulo 2^16 as glibc does. */
export function portByName(s: string): number | undefined {
  if (/^[0-9]+$/.test(s)) return Number(s) % 65536;
  return serviceByName(s, 'tcp') ?? serviceByName(s, 'udp') ?? serviceByName(s, 'sctp') ?? serviceByName(s, 'dccp');
}

/** xtopt_parse_mport() (XTTYPE_PORTRC): "a", "a:b", ":b", "a:". */
export function parsePortRangeRC(s: string): PortRange {
  const parts = s.split(':');
  if (parts.length > 2) xterr(`udp: Too many components for option "--dport" (max: 2)\n`);
  const r: PortRange = [0, 65535];
  parts.forEach((x, i) => {
    if (x === '') return;
    const v = portByName(x);
    if (v === undefined) xterr(`Port "${x}" does not resolve to anything.\n`);
    r[i] = v!;
  });
  if (parts.length === 1) r[1] = r[0];
  return r;
}

function dotted4(s: string): number | undefined {
  // xtables_numeric_to_ipaddr(): 1 to 4 dot-separated bytes, the rest zero.
  // Fast path for a plain a.b.c.d without allocating.
  let v = 0, cur = -1, dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      cur = cur < 0 ? c - 48 : cur * 10 + c - 48;
      if (cur > 255) return undefined;
    } else if (c === 46 && cur >= 0 && dots < 3) {
      v = v * 256 + cur;
      cur = -1;
      dots++;
    } else return dotted4Slow(s);
  }
  if (cur < 0) return undefined;
  v = v * 256 + cur;
  for (let k = dots; k < 3; k++) v *= 256;
  return v >>> 0;
}

function dotted4Slow(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length > 4) return undefined;
  let v = 0;
  for (let i = 0; i < 4; i++) {
    if (i < parts.length) {
      const p = parts[i];
      if (!/^[0-9]+$/.test(p)) return undefined;
      const n = Number(p);
      if (n > 255) return undefined;
      v = v * 256 + n;
    } else v *= 256;
  }
  return v >>> 0;
}

export function mask4(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}
export function mask6(len: number): bigint {
  return len === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
}

function host4(s: string): number {
  const v = dotted4(s);
  if (v !== undefined) return v;
  for (const [a, n] of HOSTS4) if (n === s) return a;
  return xterr(`host/network \`${s}' not found`);
}

/** xtables_ipparse_multiple(): "a[/m][,b[/m]...]" */
export function parseAddrs(s: string, family: NfFamily): Addr[] {
  return s.split(',').map((one) => parseAddr(one, family));
}

export function parseAddr(s: string, family: NfFamily): Addr {
  const slash = s.indexOf('/');
  const host = slash < 0 ? s : s.slice(0, slash);
  const m = slash < 0 ? undefined : s.slice(slash + 1);
  if (family === 4) {
    let mask = 0xffffffff;
    if (m !== undefined) {
      if (m.includes('.')) {
        const d = dotted4(m);
        if (d === undefined) xterr(`host/network \`${m}' not found`);
        mask = d!;
      } else {
        const len = strtoui(m, 0, 32);
        if (len === undefined) xterr(`invalid mask \`${m}' specified`);
        mask = mask4(len!);
      }
    }
    const a = host4(host);
    return { f: 4, addr: (a & mask) >>> 0, mask };
  }
  let mask = mask6(128);
  if (m !== undefined) {
    const len = strtoui(m, 0, 128);
    if (len === undefined) {
      const mm = parseIp6(m);
      if (!mm) xterr(`invalid mask \`${m}' specified`);
      mask = mm!.v;
    } else mask = mask6(len);
  }
  let a = parseIp6(host);
  if (!a && host === 'localhost') a = { f: 6, v: 1n };
  if (!a) xterr(`host/network \`${host}' not found`);
  return { f: 6, addr: a!.v & mask, mask };
}

export function formatIp4(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

export function formatIp6(v: bigint): string {
  const w: number[] = [];
  for (let i = 7; i >= 0; i--) w.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  // inet_ntop(): IPv4-mapped/compatible forms, then the longest zero run (>1).
  if (w[0] === 0 && w[1] === 0 && w[2] === 0 && w[3] === 0 && w[4] === 0 && (w[5] === 0xffff || (w[5] === 0 && w[6] !== 0))) {
    if (w[5] === 0xffff) return `::ffff:${formatIp4(Number(v & 0xffffffffn))}`;
    if (w[6] !== 0 || w[7] > 1) return `::${formatIp4(Number(v & 0xffffffffn))}`;
  }
  let bs = -1, bl = 0;
  for (let i = 0; i < 8; ) {
    if (w[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bl) { bs = i; bl = j - i; }
    i = j;
  }
  if (bl < 2) return w.map((x) => x.toString(16)).join(':');
  const head = w.slice(0, bs).map((x) => x.toString(16)).join(':');
  const tail = w.slice(bs + bl).map((x) => x.toString(16)).join(':');
  return `${head}::${tail}`;
}

export function addrString(a: Addr): string {
  return a.f === 4 ? formatIp4(a.addr) : formatIp6(a.addr);
}

/** mask_to_str(): prefix length when contiguous, else dotted. */
export function maskLen(a: Addr): number {
  if (a.f === 4) {
    const m = a.mask;
    for (let l = 0; l <= 32; l++) if (mask4(l) === m) return l;
    return -1;
  }
  for (let l = 0; l <= 128; l++) if (mask6(l) === a.mask) return l;
  return -1;
}

/** save_ipv4_addr()/save_ipv6_addr(): "a/len" */
export function saveAddr(a: Addr): string {
  const l = maskLen(a);
  return `${addrString(a)}/${l >= 0 ? l : a.f === 4 ? formatIp4(a.mask) : formatIp6(a.mask as bigint)}`;
}

// ---- name tables -----------------------------------------------------------

export const TCP_FLAGS: [string, number][] = [
  ['FIN', 0x01], ['SYN', 0x02], ['RST', 0x04], ['PSH', 0x08], ['ACK', 0x10], ['URG', 0x20], ['ALL', 0x3f], ['NONE', 0],
];

function parseTcpFlags(s: string): number {
  let v = 0;
  for (const f of s.split(',')) {
    const e = TCP_FLAGS.find(([n]) => n.toLowerCase() === f.toLowerCase());
    if (!e) xterr(`Unknown TCP flag \`${f}'`);
    v |= e![1];
  }
  return v;
}

export function tcpFlagNames(v: number): string {
  if (v === 0) return 'NONE';
  const out: string[] = [];
  for (const [n, b] of TCP_FLAGS) if (b && b !== 0x3f && (v & b)) out.push(n);
  return out.join(',');
}

export interface IcmpName { name: string; type: number; min: number; max: number; alias?: boolean }
const icmpTable = (s: string): IcmpName[] =>
  s.split(' ').map((e) => {
    const [name, t, lo, hi] = e.split(':');
    const alias = name.startsWith('=');
    return { name: alias ? name.slice(1) : name, type: Number(t), min: Number(lo), max: Number(hi), alias };
  });
/** icmp_codes[] of extensions/libxt_icmp.h ('=' marks an alias). */
export const ICMP_CODES = icmpTable(
  'any:255:0:255 echo-reply:0:0:255 =pong:0:0:255 destination-unreachable:3:0:255 network-unreachable:3:0:0 host-unreachable:3:1:1 ' +
    'protocol-unreachable:3:2:2 port-unreachable:3:3:3 fragmentation-needed:3:4:4 source-route-failed:3:5:5 network-unknown:3:6:6 ' +
    'host-unknown:3:7:7 network-prohibited:3:9:9 host-prohibited:3:10:10 TOS-network-unreachable:3:11:11 TOS-host-unreachable:3:12:12 ' +
    'communication-prohibited:3:13:13 host-precedence-violation:3:14:14 precedence-cutoff:3:15:15 source-quench:4:0:255 redirect:5:0:255 ' +
    'network-redirect:5:0:0 host-redirect:5:1:1 TOS-network-redirect:5:2:2 TOS-host-redirect:5:3:3 echo-request:8:0:255 =ping:8:0:255 ' +
    'router-advertisement:9:0:255 router-solicitation:10:0:255 time-exceeded:11:0:255 =ttl-exceeded:11:0:255 ttl-zero-during-transit:11:0:0 ' +
    'ttl-zero-during-reassembly:11:1:1 parameter-problem:12:0:255 ip-header-bad:12:0:0 required-option-missing:12:1:1 timestamp-request:13:0:255 ' +
    'timestamp-reply:14:0:255 address-mask-request:17:0:255 address-mask-reply:18:0:255',
);
export const ICMPV6_CODES = icmpTable(
  'destination-unreachable:1:0:255 no-route:1:0:0 communication-prohibited:1:1:1 beyond-scope:1:2:2 address-unreachable:1:3:3 ' +
    'port-unreachable:1:4:4 failed-policy:1:5:5 reject-route:1:6:6 packet-too-big:2:0:255 time-exceeded:3:0:255 =ttl-exceeded:3:0:255 ' +
    'ttl-zero-during-transit:3:0:0 ttl-zero-during-reassembly:3:1:1 parameter-problem:4:0:255 bad-header:4:0:0 unknown-header-type:4:1:1 ' +
    'unknown-option:4:2:2 echo-request:128:0:255 =ping:128:0:255 echo-reply:129:0:255 =pong:129:0:255 router-solicitation:133:0:255 ' +
    'router-advertisement:134:0:255 neighbour-solicitation:135:0:255 =neighbor-solicitation:135:0:255 neighbour-advertisement:136:0:255 ' +
    '=neighbor-advertisement:136:0:255 redirect:137:0:255',
);

/** __parse_icmp() of libxt_icmp.h: name prefix (case-insensitive) or type[/code]. */
function parseIcmpType(s: string, v6: boolean): [number, number, number] {
  const table = v6 ? ICMPV6_CODES : ICMP_CODES;
  let match: IcmpName | undefined;
  for (const c of table) {
    if (c.name.toLowerCase().startsWith(s.toLowerCase())) {
      if (match) xterr(`Ambiguous ${v6 ? 'ICMPv6' : 'ICMP'} type \`${s}': \`${match.name}' or \`${c.name}'?`);
      match = c;
    }
  }
  if (match) return [match.type, match.min, match.max];
  const m = /^([^/]*)(?:\/(.*))?$/.exec(s)!;
  const t = strtoui(m[1], 0, 255);
  if (t === undefined) xterr(`Unknown ${v6 ? 'ICMPv6' : 'ICMP'} type \`${s}'`);
  if (m[2] !== undefined) {
    const c = strtoui(m[2], 0, 255);
    if (c === undefined) xterr(`Unknown ${v6 ? 'ICMPv6' : 'ICMP'} code \`${m[2]}'`);
    return [t!, c!, c!];
  }
  return [t!, 0, 255];
}

export const CT_STATES: [string, number][] = [
  ['INVALID', 1], ['NEW', 1 << 3], ['RELATED', 1 << 2], ['ESTABLISHED', 1 << 1], ['UNTRACKED', 1 << 6], ['SNAT', 1 << 7], ['DNAT', 1 << 8],
];
export const CT_STATUS: [string, number][] = [['EXPECTED', 1], ['SEEN_REPLY', 2], ['ASSURED', 4], ['CONFIRMED', 8]];
export const RTN_NAMES = ['UNSPEC', 'UNICAST', 'LOCAL', 'BROADCAST', 'ANYCAST', 'MULTICAST', 'BLACKHOLE', 'UNREACHABLE', 'PROHIBIT', 'THROW', 'NAT', 'XRESOLVE'];
export const PKT_TYPES: [string, number][] = [['unicast', 0], ['broadcast', 1], ['multicast', 2], ['host', 0], ['otherhost', 3]];
export const LOG_LEVELS: [string, number][] = [
  ['alert', 1], ['crit', 2], ['debug', 7], ['emerg', 0], ['error', 3], ['info', 6], ['notice', 5], ['panic', 0], ['warning', 4], ['warn', 4],
];
export const REJECT4 = [
  'icmp-net-unreachable:net-unreach', 'icmp-host-unreachable:host-unreach', 'icmp-proto-unreachable:proto-unreach',
  'icmp-port-unreachable:port-unreach', 'icmp-net-prohibited:net-prohib', 'icmp-host-prohibited:host-prohib',
  'tcp-reset:tcp-rst', 'icmp-admin-prohibited:admin-prohib',
].map((s) => s.split(':'));
export const REJECT6 = [
  'icmp6-no-route:no-route', 'icmp6-adm-prohibited:adm-prohibited', 'icmp6-addr-unreachable:addr-unreach',
  'icmp6-port-unreachable:port-unreach', 'tcp-reset:tcp-rst', 'icmp6-policy-fail:policy-fail', 'icmp6-reject-route:reject-route',
].map((s) => s.split(':'));
/** libxt_limit.c rates[]: XT_LIMIT_SCALE * seconds per unit. */
export const LIMIT_RATES: [string, number][] = [['day', 864000000], ['hour', 36000000], ['min', 600000], ['sec', 10000]];

/** Builtin target names: -j NAME is an extension, not a chain. */
export const TARGET_NAMES = new Set([
  'ACCEPT', 'DROP', 'RETURN', 'REJECT', 'LOG', 'NFLOG', 'MARK', 'CONNMARK', 'DNAT', 'SNAT', 'MASQUERADE', 'REDIRECT', 'NETMAP',
  'TTL', 'HL', 'DSCP', 'TCPMSS', 'NOTRACK', 'CT', 'TRACE', 'QUEUE', 'NFQUEUE', 'CLASSIFY', 'CHECKSUM', 'TPROXY', 'SET', 'AUDIT',
  'CONNSECMARK', 'SECMARK', 'TEE', 'IDLETIMER', 'LED', 'RATEEST', 'SYNPROXY', 'TOS', 'ECN', 'CLUSTERIP', 'HMARK', 'TCPOPTSTRIP',
]);
/** Recognised by iptables but not modelled: refused loudly. */
const UNMODELLED_TARGETS = new Set([
  'QUEUE', 'CLASSIFY', 'TPROXY', 'AUDIT', 'CONNSECMARK', 'SECMARK', 'TEE', 'IDLETIMER', 'LED', 'RATEEST',
  'SYNPROXY', 'TOS', 'ECN', 'CLUSTERIP', 'HMARK', 'TCPOPTSTRIP',
]);
const MATCH_NAMES = new Set([
  'tcp', 'udp', 'icmp', 'icmp6', 'multiport', 'conntrack', 'state', 'comment', 'mark', 'connmark', 'statistic', 'addrtype',
  'limit', 'iprange', 'mac', 'length', 'ttl', 'hl', 'pkttype', 'physdev', 'owner', 'set', ...Object.keys(X_MATCHES),
]);
const UNMODELLED_MATCHES = new Set([
  'sctp', 'dccp', 'udplite', 'ah', 'esp', 'policy', 'u32',
  'tos', 'ecn', 'realm', 'socket', 'cgroup', 'bpf', 'devgroup', 'cpu', 'connlabel', 'nfacct',
  'osf', 'ipvs', 'cluster', 'ipcomp', 'frag', 'hbh', 'dst', 'rt', 'mh', 'ipv6header', 'eui64', 'tcpmss', 'geoip', 'ipv4options',
  'nat', 'rateest', 'l2tp', 'condition',
]);

// ---- the option parser -------------------------------------------------------

/** Options each extension owns: name -> takes an argument. */
const MATCH_OPTS: Record<string, Record<string, boolean>> = {
  tcp: { 'source-port': true, sport: true, 'destination-port': true, dport: true, 'tcp-flags': true, syn: false, 'tcp-option': true },
  udp: { 'source-port': true, sport: true, 'destination-port': true, dport: true },
  icmp: { 'icmp-type': true },
  icmp6: { 'icmpv6-type': true },
  multiport: { 'source-ports': true, sports: true, 'destination-ports': true, dports: true, ports: true },
  conntrack: {
    ctstate: true, ctproto: true, ctorigsrc: true, ctorigdst: true, ctreplsrc: true, ctrepldst: true, ctorigsrcport: true,
    ctorigdstport: true, ctreplsrcport: true, ctrepldstport: true, ctstatus: true, ctexpire: true, ctdir: true,
  },
  state: { state: true },
  comment: { comment: true },
  mark: { mark: true },
  connmark: { mark: true },
  statistic: { mode: true, probability: true, every: true, packet: true },
  addrtype: { 'src-type': true, 'dst-type': true, 'limit-iface-in': false, 'limit-iface-out': false },
  limit: { limit: true, 'limit-burst': true },
  iprange: { 'src-range': true, 'dst-range': true },
  mac: { 'mac-source': true },
  length: { length: true },
  ttl: { 'ttl-eq': true, 'ttl-lt': true, 'ttl-gt': true },
  hl: { 'hl-eq': true, 'hl-lt': true, 'hl-gt': true },
  pkttype: { 'pkt-type': true },
  physdev: { 'physdev-in': true, 'physdev-out': true, 'physdev-is-in': false, 'physdev-is-out': false, 'physdev-is-bridged': false },
  owner: { 'uid-owner': true, 'gid-owner': true, 'socket-exists': false, 'suppl-groups': false },
  set: {
    'match-set': true, set: true, 'return-nomatch': false, 'update-counters': false, 'update-subcounters': false, 'packets-eq': true,
    'packets-lt': true, 'packets-gt': true, 'bytes-eq': true, 'bytes-lt': true, 'bytes-gt': true,
  },
};
const TARGET_OPTS: Record<string, Record<string, boolean>> = {
  REJECT: { 'reject-with': true },
  LOG: { 'log-level': true, 'log-prefix': true, 'log-tcp-sequence': false, 'log-tcp-options': false, 'log-ip-options': false, 'log-uid': false, 'log-macdecode': false },
  NFLOG: { 'nflog-group': true, 'nflog-prefix': true, 'nflog-range': true, 'nflog-size': true, 'nflog-threshold': true },
  MARK: { 'set-mark': true, 'set-xmark': true, 'and-mark': true, 'or-mark': true, 'xor-mark': true },
  CONNMARK: {
    'set-mark': true, 'set-xmark': true, 'and-mark': true, 'or-mark': true, 'xor-mark': true, 'save-mark': false, 'restore-mark': false,
    mask: true, nfmask: true, ctmask: true,
  },
  DNAT: { 'to-destination': true, random: false, persistent: false },
  SNAT: { 'to-source': true, random: false, 'random-fully': false, persistent: false },
  MASQUERADE: { 'to-ports': true, random: false, 'random-fully': false },
  REDIRECT: { 'to-ports': true, random: false },
  NETMAP: { to: true },
  TTL: { 'ttl-set': true, 'ttl-dec': true, 'ttl-inc': true },
  HL: { 'hl-set': true, 'hl-dec': true, 'hl-inc': true },
  DSCP: { 'set-dscp': true, 'set-dscp-class': true },
  TCPMSS: { 'set-mss': true, 'clamp-mss-to-pmtu': false },
  CT: { notrack: false, helper: true, ctevents: true, expevents: true, zone: true, 'zone-orig': true, 'zone-reply': true, timeout: true },
  NOTRACK: {},
  TRACE: {},
  SET: { 'add-set': true, 'del-set': true, exist: false, timeout: true, 'map-set': true, 'map-mark': false, 'map-prio': false, 'map-queue': false },
  ACCEPT: {},
  DROP: {},
  RETURN: {},
};

const xOpts = (e: XExt): Record<string, boolean> => Object.fromEntries(e.opts.map((o) => [o.name, o.type !== 'none']));
for (const [n, e] of Object.entries(X_MATCHES)) MATCH_OPTS[n] = xOpts(e);
for (const [n, e] of Object.entries(X_TARGETS)) TARGET_OPTS[n] = xOpts(e);

/** An x6 error as the parser reports it. */
function x6<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof XtParamError) throw e.message.startsWith('iplab:') ? new XtError(e.message, 2, false, true) : new XtError(e.message);
    throw e;
  }
}

/** Generic options (do_parse() long options) that belong to the rule. */
const RULE_LONG: Record<string, string> = {
  source: 's', src: 's', destination: 'd', dst: 'd', protocol: 'p', 'in-interface': 'i', 'out-interface': 'o',
  jump: 'j', goto: 'g', match: 'm', fragment: 'f', 'set-counters': 'c',
};

interface LoadedMatch {
  name: string;
  m: Match;
  seen: Set<string>;
  /** x6 extensions: option ids seen */
  xseen?: Set<number>;
}

/**
 * Builds one RuleSpec from the rule options of a command line, in order,
 * as do_parse() with command_default() dispatching extension options.
 * The caller feeds each option word; command options stay with the caller.
 */
export class RuleParser {
  readonly family: NfFamily;
  src: Addr[] = [];
  dst: Addr[] = [];
  srcInv = false;
  dstInv = false;
  iif?: Iface;
  oif?: Iface;
  proto = 0;
  protoInv = false;
  protoGiven?: string;
  frag?: { inv: boolean };
  matches: LoadedMatch[] = [];
  targetName?: string;
  goto = false;
  targetSeen = new Set<string>();
  targetData: Record<string, string | true> = {};
  counters?: [number, number];
  protoUsed = false;
  pendingSecondArg?: string;
  consumedSecond = false;
  private seenGeneric = new Set<string>();

  constructor(family: NfFamily) {
    this.family = family;
  }

  /** Names of the long options currently valid (for abbreviations). */
  longOptions(): string[] {
    const out = Object.keys(RULE_LONG);
    for (const m of this.matches) out.push(...Object.keys(MATCH_OPTS[m.name] ?? {}));
    if (this.targetName && TARGET_OPTS[this.targetName]) out.push(...Object.keys(TARGET_OPTS[this.targetName]));
    return out;
  }

  private once(letter: string): void {
    if (this.seenGeneric.has(letter)) xterr(`multiple -${letter} flags not allowed`);
    this.seenGeneric.add(letter);
  }

  /**
   * Consumes a rule option at argv[i] (after any '!' the caller saw).
   * Returns the index after the option and its arguments, or -1 when the
   * option is not a rule option at all (unknown).
   */
  option(argv: string[], i: number, invert: boolean): number {
    const word = argv[i];
    let name: string;
    let inline: string | undefined;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      name = eq >= 0 ? word.slice(2, eq) : word.slice(2);
      if (eq >= 0) inline = word.slice(eq + 1);
      name = this.resolveLong(name);
      if (RULE_LONG[name]) return this.generic(RULE_LONG[name], argv, i, invert, inline);
      return this.extension(name, argv, i, invert, inline);
    }
    if (word.length >= 2 && word[0] === '-' && 'sdpiojgmfc'.includes(word[1])) {
      return this.generic(word[1], argv, i, invert, word.length > 2 ? word.slice(2) : undefined);
    }
    return -1;
  }

  /** Is `name` exactly a long option of the rule or of a loaded extension? */
  isLongOption(name: string): boolean {
    if (name in RULE_LONG) return true;
    for (const m of this.matches) if (name in (MATCH_OPTS[m.name] ?? {})) return true;
    if (this.targetName && TARGET_OPTS[this.targetName] && name in TARGET_OPTS[this.targetName]) return true;
    // getopt_long() resolves an abbreviation of a loaded option first; the
    // protocol's match is loaded only for an option it does not know at all.
    if (name && this.longOptions().some((o) => o.startsWith(name))) return false;
    if (this.proto && !this.protoUsed) {
      const pn = protoName(this.proto);
      if (pn && MATCH_OPTS[pn] && name in MATCH_OPTS[pn]) return true;
    }
    return false;
  }

  private resolveLong(name: string): string {
    if (this.isLongOption(name)) return name;
    const all = this.longOptions();
    if (all.includes(name)) return name;
    const cands = [...new Set(all.filter((o) => o.startsWith(name)))];
    if (cands.length === 1 && name.length > 0) return cands[0];
    return name;
  }

  private arg(argv: string[], i: number, inline: string | undefined, opt: string): string {
    if (inline !== undefined) return inline;
    if (i + 1 >= argv.length) xterr(`option "${opt}" requires an argument`);
    return argv[i + 1];
  }

  private generic(letter: string, argv: string[], i: number, invert: boolean, inline?: string): number {
    const next = inline !== undefined ? i + 1 : i + 2;
    const opt = argv[i];
    switch (letter) {
      case 's':
      case 'd': {
        this.once(letter);
        const a = parseAddrs(this.arg(argv, i, inline, opt), this.family);
        if (letter === 's') { this.src = a; this.srcInv = invert; } else { this.dst = a; this.dstInv = invert; }
        return next;
      }
      case 'i':
      case 'o': {
        this.once(letter);
        const n = this.arg(argv, i, inline, opt);
        if (n.length >= 16) xterr(`interface name \`${n}' must be shorter than IFNAMSIZ (15)`);
        const f: Iface = { name: n, inv: invert };
        if (letter === 'i') this.iif = f; else this.oif = f;
        return next;
      }
      case 'p': {
        this.once('p');
        const p = this.arg(argv, i, inline, opt);
        this.proto = parseProtocol(p);
        this.protoGiven = p;
        this.protoInv = invert;
        if (this.proto === 0 && invert) xterr('rule would never match protocol');
        return next;
      }
      case 'f': {
        if (this.family === 6) xterr("`-f' is not supported in IPv6, use -m frag instead");
        this.once('f');
        this.frag = { inv: invert };
        return i + 1;
      }
      case 'm': {
        if (invert) xterr('unexpected ! flag before --match');
        const n = this.arg(argv, i, inline, opt);
        this.loadMatch(n);
        return next;
      }
      case 'j':
      case 'g': {
        if (invert) xterr(`cannot have ! before -${letter}`);
        if (this.targetName !== undefined) xterr(`multiple -j flags not allowed`);
        const t = this.arg(argv, i, inline, opt);
        this.targetName = t;
        this.goto = letter === 'g';
        if (UNMODELLED_TARGETS.has(t)) throw new XtError(`iplab: target ${t} is not supported by iplab`, 2, false, true);
        return next;
      }
      case 'c': {
        const p = inline ?? argv[i + 1];
        const b = argv[inline !== undefined ? i + 1 : i + 2];
        if (p === undefined) xterr(`option "${opt}" requires an argument`);
        if (b === undefined || b.startsWith('-') || b.startsWith('!')) xterr('-c requires packet and byte counter');
        const pc = strtoui(p, 0, Number.MAX_SAFE_INTEGER);
        if (pc === undefined) xterr(`-c packet counter not numeric`);
        const bc = strtoui(b, 0, Number.MAX_SAFE_INTEGER);
        if (bc === undefined) xterr(`-c byte counter not numeric`);
        // ipv6_post_parse() never copies the counters into the rule (iptables 1.8.9).
        if (this.family === 4) this.counters = [pc!, bc!];
        return (inline !== undefined ? i + 1 : i + 2) + 1;
      }
    }
    return -1;
  }

  loadMatch(n: string): LoadedMatch {
    if (n === 'icmp6' && this.family === 4) xterr(`Couldn't load match \`${n}':No such file or directory\n`);
    if ((n === 'icmp' || n === 'ttl') && this.family === 6) xterr(`Couldn't load match \`${n}':No such file or directory\n`);
    if (n === 'hl' && this.family === 4) xterr(`Couldn't load match \`${n}':No such file or directory\n`);
    if (UNMODELLED_MATCHES.has(n)) throw new XtError(`iplab: match ${n} is not supported by iplab`, 2, false, true);
    if (!MATCH_NAMES.has(n)) xterr(`Couldn't load match \`${n}':No such file or directory\n`);
    const lm: LoadedMatch = { name: n, m: initMatch(n, this.family), seen: new Set(), xseen: new Set() };
    this.matches.push(lm);
    return lm;
  }

  private extension(name: string, argv: string[], i: number, invert: boolean, inline?: string): number {
    // The target's options first, then the matches, latest first (command_default()).
    const t = this.targetName;
    if (t && TARGET_OPTS[t] && name in TARGET_OPTS[t]) {
      const takes = TARGET_OPTS[t][name];
      const v = takes ? this.arg(argv, i, inline, argv[i]) : true;
      if (t === 'SET' && (name === 'add-set' || name === 'del-set' || name === 'map-set')) {
        // parse_target() of libxt_SET.c: the set name, then the directions from argv[optind].
        const j = inline === undefined ? i + 2 : i + 1;
        this.setTargetOpt(name, v as string, argv[j]);
        return j + 1;
      }
      if (invert) xterr(`${t}: option "--${name}" cannot be inverted.`);
      this.targetOpt(t, name, v);
      return takes && inline === undefined ? i + 2 : i + 1;
    }
    for (let k = this.matches.length - 1; k >= 0; k--) {
      const lm = this.matches[k];
      const opts = MATCH_OPTS[lm.name];
      if (opts && name in opts) return this.matchOpt(lm, name, argv, i, invert, inline, opts[name]);
    }
    // Load the protocol's match implicitly (load_proto()).
    if (!this.protoUsed && this.proto) {
      const pn = this.family === 6 && this.proto === 58 ? 'icmp6' : protoName(this.proto) === 'icmp' && this.family === 4 ? 'icmp' : protoName(this.proto);
      this.protoUsed = true;
      if (pn && MATCH_OPTS[pn] && name in MATCH_OPTS[pn]) {
        const lm = this.loadMatch(pn);
        return this.matchOpt(lm, name, argv, i, invert, inline, MATCH_OPTS[pn][name]);
      }
    }
    return -1;
  }

  private matchOpt(lm: LoadedMatch, name: string, argv: string[], i: number, invert: boolean, inline: string | undefined, takes: boolean): number {
    const v = takes ? this.arg(argv, i, inline, argv[i]) : '';
    if (name === 'tcp-flags') {
      // Two arguments: mask and comparison (parse_tcp_flags() reads argv[optind]).
      const j = inline === undefined ? i + 2 : i + 1;
      const cmp = argv[j];
      if (cmp === undefined || cmp.startsWith('-') || cmp.startsWith('!')) xterr('--tcp-flags requires two args.');
      this.pendingSecondArg = cmp;
      parseMatchOpt(lm, name, v, invert, this);
      return j + 1;
    }
    if (lm.name === 'set' && (name === 'match-set' || name === 'set')) {
      // set_parse_v4(): the set name, then the directions from argv[optind].
      const j = inline === undefined ? i + 2 : i + 1;
      this.pendingSecondArg = argv[j];
      parseMatchOpt(lm, name, v, invert, this);
      return j + 1;
    }
    parseMatchOpt(lm, name, v, invert, this);
    return takes && inline === undefined ? i + 2 : i + 1;
  }

  /** SET's --add-set/--del-set/--map-set NAME DIRS (parse_target()). */
  private setTargetOpt(name: string, set: string, dirs: string | undefined): void {
    if (this.targetSeen.has(name)) xterr(`--${name} can be specified only once`);
    if (dirs === undefined || dirs[0] === '-' || dirs[0] === '!') xterr(`--${name} requires two args.`);
    const ref = this.setRef(set, dirs!);
    if (name === 'map-set') throw new XtError('iplab: SET --map-set is not supported by iplab', 2, false, true);
    this.targetSeen.add(name);
    this.setRefs[name] = ref;
  }

  /** Set references of the SET target by option. */
  setRefs: Record<string, { name: string; dirs: ('src' | 'dst')[] }> = {};

  /** get_set_byname() and parse_dirs() of libxt_set.h. */
  setRef(name: string, dirs: string): { name: string; dirs: ('src' | 'dst')[] } {
    if (name.length > 31) xterr(`setname \`${name}' too long, max 31 characters.`);
    if (this.setFamily) {
      const f = this.setFamily(name);
      if (f === undefined) xterr(`Set ${name} doesn't exist.\n`);
      if (f !== this.family) xterr(`The protocol family of set ${name} is ${f === 4 ? 'IPv4' : 'IPv6'}, which is not applicable.\n`);
    }
    const out: ('src' | 'dst')[] = [];
    const parts = dirs.split(',');
    for (let k = 0; k < parts.length; k++) {
      if (out.length >= 6) xterr("Can't be more src/dst options than 6.");
      const d = parts[k];
      if (d.startsWith('src')) out.push('src');
      else if (d.startsWith('dst')) out.push('dst');
      else xterr("You must spefify (the comma separated list of) 'src' or 'dst'.");
    }
    return { name, dirs: out };
  }

  /** Warnings printed to stderr while parsing (libxt_NFLOG --nflog-range). */
  warnings: string[] = [];

  /** Target options in order with their inversion (x6 targets parse them in order). */
  targetOrder: [string, string | true, boolean][] = [];

  private targetOpt(t: string, name: string, v: string | true, inv = false): void {
    this.targetOrder.push([name, v, inv]);
    if (name === 'nflog-range') this.warnings.push('warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead\n');
    this.targetSeen.add(name);
    this.targetData[name] = v;
  }

  /**
   * Completes the rule: extension final checks and the protocol checks.
   * `chainExists` answers whether a -j/-g name is a chain of the table.
   * Returns one spec per source x destination address, as iptables does.
   */
  /** The ipset lookup of get_set_byname(): the set's family, or undefined
   * when there is no such set. Unset when decoding stored rule text. */
  setFamily?: (name: string) => 4 | 6 | undefined;

  /** iptables-restore: called for a -j/-g name that is no chain yet (checked at COMMIT). */
  onMissingChain?: (name: string) => void;

  finish(chainExists: (name: string) => boolean): RuleSpec[] {
    const matches: Match[] = [];
    for (const lm of this.matches) {
      finalMatch(lm, this);
      matches.push(lm.m);
    }
    const target = this.makeTarget();
    this.nftRuleNew(matches);
    void chainExists;
    const any = (a: Addr, inv: boolean) => !inv && (a.f === 4 ? a.mask === 0 && a.addr === 0 : a.mask === 0n);
    const srcs = this.src.length ? this.src.map((a) => (any(a, this.srcInv) ? undefined : a)) : [undefined];
    const dsts = this.dst.length ? this.dst.map((a) => (any(a, this.dstInv) ? undefined : a)) : [undefined];
    const out: RuleSpec[] = [];
    for (const s of srcs)
      for (const d of dsts)
        out.push({
          src: s, dst: d, srcInv: this.srcInv, dstInv: this.dstInv, iif: this.iif, oif: this.oif, proto: this.proto,
          protoInv: this.protoInv, frag: this.frag, matches, target,
        });
    return out;
  }

  private makeTarget(): Target {
    const t = this.targetName;
    if (t === undefined) return { t: 'none' };
    if (t === 'ACCEPT' || t === 'DROP' || t === 'RETURN') return { t: 'verdict', v: t };
    if (TARGET_OPTS[t]) return buildTarget(t, this.targetData, this);
    return { t: 'jump', chain: t, goto: this.goto };
  }

  /** nft_rule_new() of iptables/nft.c: tcp/udp matches with ports or flags become
   * native payload matches, which need the rule's protocol (its value, even inverted). */
  private nftRuleNew(matches: Match[]): void {
    this.nftNative(matches);
    // Adjacent native port matches are one set of payload compares in the
    // kernel and read back as one match (recorded: "--sport 81:65535 ! --dport 5:10").
    for (let i = 0; i + 1 < matches.length; i++) {
      const a = matches[i], b = matches[i + 1];
      if ((a.m === 'tcp' || a.m === 'udp') && a.m === b.m && isNative(a) && isNative(b)) {
        const x = a as TcpMatch, y = b as TcpMatch;
        const overlap = (x.sport && y.sport) || (x.dport && y.dport) || (x.flags && y.flags);
        if (overlap) continue;
        if (y.sport) { x.sport = y.sport; x.sportInv = y.sportInv; }
        if (y.dport) { x.dport = y.dport; x.dportInv = y.dportInv; }
        if (y.flags) x.flags = y.flags;
        matches.splice(i + 1, 1);
        i--;
      }
    }
  }

  private nftNative(matches: Match[]): void {
    for (const m of matches) {
      if (m.m === 'tcp') {
        const zero = !m.sport && !m.dport && !m.flags && !m.option && !m.sportInv && !m.dportInv;
        if (zero || m.option) continue;
        if (this.proto !== 6) xterr("TCP match requires '-p tcp'");
      } else if (m.m === 'udp') {
        const zero = !m.sport && !m.dport && !m.sportInv && !m.dportInv;
        if (zero) continue;
        if (this.proto !== 17) xterr("UDP match requires '-p udp'");
      } else continue;
      // add_nft_tcpudp(): an inverted range from 0 becomes "greater than" in the
      // kernel, read back as the plain range above it (recorded).
      for (const k of ['sport', 'dport'] as const) {
        const r = m[k];
        const invKey = k === 'sport' ? 'sportInv' : 'dportInv';
        if (!r || !m[invKey] || r[0] === r[1]) continue;
        if (r[0] === 0 && r[1] !== 65535) {
          m[k] = [r[1] + 1, 65535];
          m[invKey] = false;
        }
      }
    }
  }

  /** assert_chain_exists() (nft_prepare()): the -j/-g chain must exist when the command runs. */
  checkJump(chainExists: (name: string) => boolean): void {
    const t = this.targetName;
    if (t === undefined || t === 'ACCEPT' || t === 'DROP' || t === 'RETURN' || TARGET_OPTS[t]) return;
    if (!chainExists(t)) {
      if (!this.onMissingChain) throw new XtError(`Chain '${t}' does not exist`);
      this.onMissingChain(t);
    }
  }
}

/** check_proto() of libxt_multiport.c: the protocol name for port lookups. */
function multiportProto(p: RuleParser): string {
  const bad = 'multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP';
  if (p.protoInv) xterr(bad);
  const names: Record<number, string> = { 6: 'tcp', 17: 'udp', 136: 'udplite', 132: 'sctp', 33: 'dccp' };
  const n = names[p.proto];
  if (n) return n;
  if (!p.proto) xterr("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
  return xterr(bad);
}

/** A tcp/udp match iptables-nft turns into native payload compares. */
function isNative(m: Match): boolean {
  if (m.m === 'tcp') return !m.option && !!(m.sport || m.dport || m.flags || m.sportInv || m.dportInv);
  if (m.m === 'udp') return !!(m.sport || m.dport || m.sportInv || m.dportInv);
  return false;
}

/** xtables_parse_protocol() */
export function parseProtocol(s: string): number {
  const v = strtoui(s, 0, 255);
  if (v !== undefined) return v;
  if (s === 'all') return 0;
  const n = protoNumber(s);
  if (n !== undefined) return n;
  const builtin: Record<string, number> = { tcp: 6, sctp: 132, udp: 17, udplite: 136, icmp: 1, icmpv6: 58, esp: 50, ah: 51, mh: 135, all: 0 };
  if (s in builtin) return builtin[s];
  return xterr(`unknown protocol "${s}" specified`);
}

/** proto_to_name(): /etc/protocols unless nolookup, then xtables_chain_protos. */
export function protoToName(p: number, nolookup: boolean): string | undefined {
  if (p && !nolookup) {
    const n = protoName(p);
    if (n) return n;
  }
  // xtables_chain_protos[] of libxtables/xtables.c (first name per number)
  const builtin: [string, number][] = [['tcp', 6], ['sctp', 132], ['udp', 17], ['udplite', 136], ['icmp', 1], ['ipv6-icmp', 58], ['esp', 50], ['ah', 51], ['mobility-header', 135], ['all', 0]];
  return builtin.find(([, n]) => n === p)?.[0];
}

// ---- matches -----------------------------------------------------------------

function initMatch(n: string, family: NfFamily): Match {
  switch (n) {
    case 'tcp': return { m: 'tcp' };
    case 'udp': return { m: 'udp' };
    case 'icmp': return { m: 'icmp', type: 0xff, codeMin: 0, codeMax: 0xff, inv: false };
    case 'icmp6': return { m: 'icmp6', type: 0xff, codeMin: 0, codeMax: 0xff, inv: false };
    case 'multiport': return { m: 'multiport', dir: 'ports', ports: [], inv: false };
    case 'conntrack': return { m: 'conntrack' };
    case 'state': return { m: 'state' };
    case 'comment': return { m: 'comment', text: '' };
    case 'mark': return { m: 'mark', mark: 0, mask: 0xffffffff, inv: false };
    case 'connmark': return { m: 'connmark', mark: 0, mask: 0xffffffff, inv: false };
    case 'statistic': return { m: 'statistic', mode: 'random', prob: 0, every: 0, packet: 0, inv: false };
    case 'addrtype': return { m: 'addrtype', limitIn: false, limitOut: false };
    case 'limit': return { m: 'limit', avg: 10000 * 3600 / 3, burst: 5 };
    case 'iprange': return { m: 'iprange' };
    case 'mac': return { m: 'mac', mac: '', inv: false };
    case 'length': return { m: 'length', min: 0, max: 0xffff, inv: false };
    case 'ttl': return { m: 'ttl', op: 'eq', v: 0 };
    case 'hl': return { m: 'hl', op: 'eq', v: 0 };
    case 'pkttype': return { m: 'pkttype', type: 0, inv: false };
    case 'physdev': return { m: 'physdev' };
    case 'owner': return { m: 'owner' };
    case 'time': case 'string': case 'hashlimit': case 'recent': case 'connlimit': case 'rpfilter': case 'helper': case 'quota': case 'connbytes': case 'dscp':
      return { m: n, d: X_MATCHES[n].init(family) };
    default: return { m: 'set', set: { name: '', dirs: [] }, inv: false, returnNomatch: false, skipCounters: false, skipSubcounters: false };
  }
}

function u32(s: string, ext: string, opt: string): number {
  const v = strtoui(s, 0, 0xffffffff);
  if (v === undefined) xterr(`${ext}: bad integer value for option "--${opt}", or out of range.\n`);
  return v!;
}

/** xtables_parse_mark_mask(): "value[/mask]" */
function markMask(s: string, ext: string, opt: string): [number, number] {
  const i = s.indexOf('/');
  if (i < 0) return [u32(s, ext, opt), 0xffffffff];
  return [u32(s.slice(0, i), ext, opt), u32(s.slice(i + 1), ext, opt)];
}

function noInvert(ext: string, opt: string, inv: boolean): void {
  if (inv) xterr(`${ext}: option "--${opt}" cannot be inverted.\n`);
}

function parseMatchOpt(lm: LoadedMatch, opt: string, v: string, inv: boolean, p: RuleParser): void {
  const m = lm.m as Match;
  const xe = X_MATCHES[m.m];
  if (xe && 'd' in m) {
    const o = xe.opts.find((x) => x.name === opt) as XOpt;
    x6(() => xe.parse(m.d, o, x6Parse(xe, lm.xseen!, o, v, inv, p.family), inv, p.family, v));
    return;
  }
  const once = (key: string, ext: string) => {
    if (lm.seen.has(key)) xterr(`${ext}: option "--${opt}" can only be used once.\n`);
    lm.seen.add(key);
  };
  switch (m.m) {
    case 'tcp':
    case 'udp': {
      const o = opt === 'source-port' ? 'sport' : opt === 'destination-port' ? 'dport' : opt;
      const range = (x: string) => (m.m === 'tcp' ? parsePortRange(x, 'tcp') : parsePortRangeRC(x));
      // libxt_tcp.c names the long option in its "Only one" errors; udp uses the x6 parser's text.
      const dup = (k: string, long: string) => {
        if (m.m === 'tcp') {
          if (lm.seen.has(k)) xterr(`Only one \`--${long}' allowed`);
          lm.seen.add(k);
        } else once(k, m.m);
      };
      if (o === 'sport') { dup('sport', 'source-port'); m.sport = range(v); m.sportInv = inv; return; }
      if (o === 'dport') { dup('dport', 'destination-port'); m.dport = range(v); m.dportInv = inv; return; }
      if (m.m !== 'tcp') return;
      if (o === 'syn') { if (lm.seen.has('flags')) xterr("Only one of `--syn' or `--tcp-flags'  allowed"); lm.seen.add('flags'); m.flags = { mask: 0x17, cmp: 0x02, inv }; return; }
      if (o === 'tcp-flags') {
        if (lm.seen.has('flags')) xterr("Only one of `--syn' or `--tcp-flags'  allowed");
        lm.seen.add('flags');
        // The comparison flags are the next word (two-argument option).
        const cmp = p.pendingSecondArg;
        if (cmp === undefined) xterr('--tcp-flags requires two args.');
        m.flags = { mask: parseTcpFlags(v), cmp: parseTcpFlags(cmp!), inv };
        p.pendingSecondArg = undefined;
        p.consumedSecond = true;
        return;
      }
      if (o === 'tcp-option') {
        if (lm.seen.has('option')) xterr("Only one `--tcp-option' allowed");
        lm.seen.add('option');
        const k = strtoui(v, 1, 255);
        if (k === undefined) xterr(`tcp: bad value for option "--tcp-option", or out of range (1-255).\n`);
        m.option = { kind: k!, inv };
        return;
      }
      return;
    }
    case 'icmp':
    case 'icmp6': {
      once('type', m.m);
      const [t, lo, hi] = parseIcmpType(v, m.m === 'icmp6');
      m.type = t; m.codeMin = lo; m.codeMax = hi; m.inv = inv;
      return;
    }
    case 'multiport': {
      // __multiport_parse_v1(): x6 once-check (named by the id's first entry),
      // check_proto() and the port list at parse time; the last option wins.
      const id = opt === 'source-ports' || opt === 'sports' ? 'source-ports' : opt === 'destination-ports' || opt === 'dports' ? 'destination-ports' : 'ports';
      if (lm.seen.has(id)) xterr(`multiport: option "--${id}" can only be used once.\n`);
      lm.seen.add(id);
      const proto = multiportProto(p);
      m.dir = id === 'source-ports' ? 'sports' : id === 'destination-ports' ? 'dports' : 'ports';
      m.inv = inv;
      m.ports = [];
      const parts = v.split(',');
      let i = 0;
      let k = 0;
      for (; k < parts.length && i < 15; k++, i++) {
        const part = parts[k];
        const c = part.indexOf(':');
        if (c >= 0 && i === 14) xterr('too many ports specified');
        const lo = parsePort(c >= 0 ? part.slice(0, c) : part, proto);
        if (c >= 0) {
          i++;
          const hi = parsePort(part.slice(c + 1), proto);
          if (lo >= hi) xterr('invalid portrange specified');
          m.ports.push([lo, hi]);
        } else m.ports.push([lo, lo]);
      }
      if (k < parts.length) xterr('too many ports specified');
      return;
    }
    case 'conntrack':
    case 'state': {
      if (opt === 'state' || opt === 'ctstate') {
        let mask = 0;
        for (const s of v.split(',')) {
          const e = CT_STATES.find(([n]) => n === s.toUpperCase());
          if (!e) xterr(m.m === 'state' ? `Bad state "${s}"` : `Bad ctstate "${s}"`);
          mask |= e![1];
        }
        m.state = { mask, inv };
        return;
      }
      if (opt === 'ctproto') {
        const n = parseProtocol(v);
        if (n === 0) xterr(`conntrack: ctproto: protocol must not be "all" or 0`);
        m.proto = { v: n, inv };
        return;
      }
      if (opt === 'ctstatus') {
        let mask = 0;
        for (const s of v.split(',')) {
          if (s.toUpperCase() === 'NONE') continue;
          const e = CT_STATUS.find(([n]) => n === s.toUpperCase());
          if (!e) xterr(`Bad ctstatus "${s}"`);
          mask |= e![1];
        }
        m.status = { mask, inv };
        return;
      }
      if (opt === 'ctorigsrc' || opt === 'ctorigdst' || opt === 'ctreplsrc' || opt === 'ctrepldst') {
        const key = opt.slice(2) as 'origsrc' | 'origdst' | 'replsrc' | 'repldst';
        m[key] = { a: parseAddr(v, p.family), inv };
        return;
      }
      if (opt.endsWith('port')) {
        const key = opt.slice(2) as 'origsrcport' | 'origdstport' | 'replsrcport' | 'repldstport';
        m[key] = { r: parsePortRangeRC(v), inv };
        return;
      }
      if (opt === 'ctexpire') {
        const [a, b] = v.split(':');
        const lo = strtoui(a);
        const hi = b === undefined ? lo : strtoui(b);
        if (lo === undefined || hi === undefined) xterr(`conntrack: bad value for option "--ctexpire"\n`);
        m.expire = { r: [lo!, hi!], inv };
        return;
      }
      if (opt === 'ctdir') {
        noInvert('conntrack', 'ctdir', inv);
        if (v.toUpperCase() === 'ORIGINAL') m.dir = 'ORIGINAL';
        else if (v.toUpperCase() === 'REPLY') m.dir = 'REPLY';
        else xterr(`Unknown --ctdir "${v}"`);
        return;
      }
      return;
    }
    case 'comment':
      noInvert('comment', 'comment', inv);
      if (v.length > 255) xterr(`comment: option "--comment" must be shorter than 256 characters.\n`);
      m.text = v;
      lm.seen.add('comment');
      return;
    case 'mark':
    case 'connmark': {
      const [a, b] = markMask(v, m.m, 'mark');
      m.mark = a; m.mask = b; m.inv = inv;
      lm.seen.add('mark');
      return;
    }
    case 'statistic': {
      if (opt === 'mode') {
        if (v === 'random') m.mode = 'random';
        else if (v === 'nth') m.mode = 'nth';
        else xterr(`Bad mode "${v}"`);
        if (inv) m.inv = true;
      } else if (opt === 'probability') {
        const f = Number(v);
        if (v.trim() === '' || !Number.isFinite(f) || f < 0 || f > 1) xterr(`statistic: bad value for option "--probability", or out of range (0-1).\n`);
        m.prob = Math.round(0x80000000 * f);
        if (inv) m.inv = true;
      } else if (opt === 'every') {
        const e = strtoui(v);
        if (e === undefined || e === 0) xterr(`statistic: bad value for option "--every", or out of range.\n`);
        m.every = e! - 1;
        if (inv) m.inv = true;
      } else if (opt === 'packet') {
        const e = strtoui(v);
        if (e === undefined) xterr(`statistic: bad integer value for option "--packet", or out of range.\n`);
        m.packet = e!;
      }
      lm.seen.add(opt);
      return;
    }
    case 'addrtype': {
      if (opt === 'limit-iface-in') { m.limitIn = true; lm.seen.add(opt); return; }
      if (opt === 'limit-iface-out') { m.limitOut = true; lm.seen.add(opt); return; }
      let mask = 0;
      for (const s of v.split(',')) {
        const k = RTN_NAMES.findIndex((n) => n.toLowerCase() === s.toLowerCase());
        if (k < 0) xterr(`addrtype: bad type "${s}"`);
        mask |= 1 << k;
      }
      if (opt === 'src-type') m.src = { mask, inv }; else m.dst = { mask, inv };
      lm.seen.add(opt);
      return;
    }
    case 'limit': {
      if (opt === 'limit') {
        const mm = /^([0-9]+)(?:\/(.*))?$/.exec(v);
        let mult = 1;
        if (!mm) xterr(`bad rate "${v}"'`);
        if (mm![2] !== undefined) {
          const u = mm![2];
          const units: [string, number][] = [['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400]];
          const hit = units.find(([n]) => u.length > 0 && n.startsWith(u.toLowerCase()));
          if (!hit) xterr(`bad rate "${v}"'`);
          mult = hit![1];
        }
        const r = Number(mm![1]);
        if (r === 0) xterr(`Rate too fast "${v}"`);
        m.avg = Math.floor((10000 * mult) / r);
        if (m.avg === 0) xterr(`Rate too fast "${v}"`);
      } else {
        const b = strtoui(v, 0, 10000);
        if (b === undefined) xterr(`limit: bad value for option "--limit-burst", or out of range (0-10000).\n`);
        m.burst = b!;
      }
      noInvert('limit', opt, inv);
      return;
    }
    case 'iprange': {
      const [a, b] = v.split('-');
      const lo = parseRangeAddr(a, p.family);
      const hi = b === undefined ? lo : parseRangeAddr(b, p.family);
      if (opt === 'src-range') m.src = { lo, hi, inv }; else m.dst = { lo, hi, inv };
      lm.seen.add(opt);
      return;
    }
    case 'mac': {
      const mac = parseMac(v);
      if (!mac) xterr(`Bad mac address "${v}"`);
      m.mac = mac!.toLowerCase();
      m.inv = inv;
      lm.seen.add(opt);
      return;
    }
    case 'length': {
      const [a, b] = v.split(':');
      const lo = a === '' ? 0 : strtoui(a, 0, 0xffff);
      const hi = b === undefined ? lo : b === '' ? 0xffff : strtoui(b, 0, 0xffff);
      if (lo === undefined || hi === undefined) xterr(`length: bad value for option "--length", or out of range (0-65535).\n`);
      m.min = lo!; m.max = hi!; m.inv = inv;
      lm.seen.add(opt);
      return;
    }
    case 'ttl':
    case 'hl': {
      const n = strtoui(v, 0, 255);
      if (n === undefined) xterr(`${m.m}: bad value for option "--${opt}", or out of range (0-255).\n`);
      const op = opt.slice(-2) as 'eq' | 'lt' | 'gt';
      if (inv && op !== 'eq') xterr(`${m.m}: option "--${opt}" cannot be inverted.\n`);
      if (lm.seen.size) xterr(`${m.m}: option "--${opt}" cannot be used together with another option.\n`);
      lm.seen.add(opt);
      m.op = inv ? 'ne' : op;
      m.v = n!;
      return;
    }
    case 'pkttype': {
      const e = PKT_TYPES.find(([n]) => n === v.toLowerCase());
      let t = e?.[1];
      if (t === undefined) t = strtoui(v, 0, 255);
      if (t === undefined) xterr(`Bad packet type '${v}'`);
      m.type = t!; m.inv = inv;
      lm.seen.add(opt);
      return;
    }
    case 'physdev': {
      lm.seen.add(opt);
      if (opt === 'physdev-in' || opt === 'physdev-out') {
        if (v.length >= 16) xterr(`interface name \`${v}' must be shorter than IFNAMSIZ (15)`);
        if (opt === 'physdev-in') m.in = { name: v, inv }; else m.out = { name: v, inv };
      } else if (opt === 'physdev-is-in') { m.isIn = true; m.isInInv = inv; }
      else if (opt === 'physdev-is-out') { m.isOut = true; m.isOutInv = inv; }
      else { m.isBridged = true; m.isBridgedInv = inv; }
      return;
    }
    case 'owner': {
      lm.seen.add(opt);
      if (opt === 'socket-exists') { m.socketExists = { inv }; return; }
      if (opt === 'suppl-groups') return;
      const [a, b] = v.split('-');
      // A user or group name resolves through getpwnam()/getgrnam().
      const names = opt === 'uid-owner' ? PASSWD : GROUP;
      const byName = (x: string) => strtoui(x, 0, 0xfffffffe) ?? [...names].find(([, n]) => n === x)?.[0];
      const lo = byName(a);
      const hi = b === undefined ? lo : byName(b);
      if (lo === undefined || hi === undefined) {
        if (opt === 'uid-owner') xterr(`No such user: ${v}`);
        xterr(`No such group: ${v}`);
      }
      if (opt === 'uid-owner') m.uid = { lo: lo!, hi: hi!, inv }; else m.gid = { lo: lo!, hi: hi!, inv };
      return;
    }
    case 'set': {
      // set_parse_v4() of libxt_set.c
      if (opt === 'match-set' || opt === 'set') {
        if (opt === 'set') p.warnings.push('--set option deprecated, please use --match-set\n');
        if (m.set.dirs.length) xterr('--match-set can be specified only once');
        const dirs = p.pendingSecondArg;
        p.pendingSecondArg = undefined;
        if (inv) m.inv = true;
        if (dirs === undefined || dirs[0] === '-' || dirs[0] === '!') xterr('--match-set requires two args.');
        m.set = p.setRef(v, dirs!);
        lm.seen.add('match-set');
        return;
      }
      if (opt === 'return-nomatch') {
        if (inv) xterr('--return-nomatch flag cannot be inverted');
        m.returnNomatch = true;
        return;
      }
      if (opt === 'update-counters') {
        if (inv) m.skipCounters = true;
        return;
      }
      if (opt === 'update-subcounters') {
        if (inv) m.skipSubcounters = true;
        return;
      }
      const [what, op] = opt.split('-') as ['packets' | 'bytes', 'eq' | 'lt' | 'gt'];
      if (m[what]) xterr(`only one of the --${what}-[eq|lt|gt] is allowed`);
      if (inv && op !== 'eq') xterr(`--${opt} option cannot be inverted`);
      if (!/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(v)) xterr(`Cannot parse ${v} as a counter value`);
      m[what] = { op: inv ? 'ne' : op, v: Number(v) };
      return;
    }
  }
}

function parseRangeAddr(s: string, f: NfFamily): Addr {
  if (f === 4) {
    const v = dotted4(s);
    if (v === undefined || s.split('.').length !== 4) xterr(`iprange: Bad IP address "${s}"\n`);
    return { f: 4, addr: v!, mask: 0xffffffff };
  }
  const a = parseIp6(s);
  if (!a) xterr(`iprange: Bad IP address "${s}"\n`);
  return { f: 6, addr: a!.v, mask: mask6(128) };
}

function finalMatch(lm: LoadedMatch, p: RuleParser): void {
  const m = lm.m as Match;
  const xe = X_MATCHES[m.m];
  if (xe && 'd' in m) {
    x6(() => {
      xe.final?.(m.d, lm.xseen!);
      x6Final(xe, lm.xseen!);
    });
    return;
  }
  switch (m.m) {
    case 'tcp':
    case 'udp':
    case 'icmp':
    case 'icmp6':
      // The protocol is checked when the rule is built (nftRuleNew()).
      return;
    case 'multiport': {
      // multiport_check(), then xtables_options_fcheck() (all three options exclude each other).
      if (!lm.seen.size) xterr('multiport expection an option');
      const ids = ['source-ports', 'destination-ports', 'ports'].filter((x) => lm.seen.has(x));
      if (ids.length > 1) xterr(`multiport: option "--${ids[0]}" cannot be used together with "--${ids[1]}".\n`);
      return;
    }
    case 'conntrack':
      if (!m.state && !m.proto && !m.origsrc && !m.origdst && !m.replsrc && !m.repldst && !m.origsrcport && !m.origdstport &&
        !m.replsrcport && !m.repldstport && !m.status && !m.expire && !m.dir)
        xterr('conntrack: At least one option is required');
      return;
    case 'state':
      if (!m.state) xterr('state: option "--state" must be specified\n');
      return;
    case 'comment':
      if (!lm.seen.has('comment')) xterr('comment: option "--comment" must be specified\n');
      return;
    case 'mark':
    case 'connmark':
      if (!lm.seen.has('mark')) xterr(`${m.m}: option "--mark" must be specified\n`);
      return;
    case 'statistic':
      if (m.mode === 'nth' && !lm.seen.has('every')) xterr('statistic: option "--mode nth" requires "--every"');
      if (lm.seen.has('every') && !lm.seen.has('packet') && m.mode === 'nth' && false) return;
      if (m.mode === 'random' && lm.seen.has('every')) xterr('statistic: option "--every" can only be used with "--mode nth"');
      if (lm.seen.has('every') && !lm.seen.has('packet')) xterr('statistic: option "--every" also requires "--packet".\n');
      if (m.mode === 'nth' && m.packet > m.every) xterr('the --packet p must be 0 <= p <= n-1');
      if (!lm.seen.has('mode')) xterr('statistic: option "--mode" must be specified\n');
      return;
    case 'addrtype':
      if (m.limitIn && m.limitOut) xterr('addrtype: you can\'t specify both --limit-iface-in and --limit-iface-out');
      return;
    case 'iprange':
      if (!m.src && !m.dst) xterr('iprange match: You must specify `--src-range\' or `--dst-range\'');
      return;
    case 'mac':
      if (!lm.seen.size) xterr('mac: option "--mac-source" must be specified\n');
      return;
    case 'length':
      if (!lm.seen.size) xterr('length: option "--length" must be specified\n');
      return;
    case 'ttl':
    case 'hl':
      if (!lm.seen.size) xterr(`${m.m}: You must specify one of \`--${m.m}-eq', \`--${m.m}-lt', \`--${m.m}-gt'`);
      return;
    case 'pkttype':
      if (!lm.seen.size) xterr('pkttype: option "--pkt-type" must be specified\n');
      return;
    case 'physdev':
      if (!lm.seen.size) xterr('PHYSDEV: no physdev option specified');
      return;
    case 'set':
      if (!m.set.dirs.length) xterr("You must specify `--match-set' with proper arguments");
      return;
    default:
      return;
  }
}

// ---- targets -----------------------------------------------------------------

/** strtoul(s, &end, 0) as xtables_strtoui() with an end pointer: the longest
 * numeric prefix; undefined when none or out of range. */
function strtouiPrefix(s: string, max: number): { v: number; end: number } | undefined {
  const m = /^[ \t\n]*[+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return undefined;
  const d = m[1];
  const v = /^0[xX]/.test(d) ? parseInt(d.slice(2), 16) : d.length > 1 && d[0] === '0' ? parseInt(d, 8) : Number(d);
  if (v > max) return undefined;
  return { v, end: m[0].length };
}

/** parse_ports() of libxt_NAT.c: "p", "p-q" (and "p-q/base", refused). */
function parseNatPorts(arg: string, portsOk: boolean, r: NatRange): void {
  if (!portsOk) xterr('Need TCP, UDP, SCTP or DCCP with port specification');
  let port: number;
  let rest: string;
  const a = strtouiPrefix(arg, 65535);
  if (!a) {
    const sv = portByName(arg);
    if (sv === undefined || /^[0-9]/.test(arg)) xterr(`Port \`${arg}' not valid`);
    port = sv!;
    rest = '';
  } else {
    port = a.v;
    rest = arg.slice(a.end);
  }
  if (rest === '') {
    r.portLo = r.portHi = port;
    return;
  }
  if (rest[0] === ':') xterr('Invalid port:port syntax - use dash');
  if (rest[0] !== '-') xterr(`Garbage after port value: \`${rest}'`);
  const arg2 = rest.slice(1);
  const b = strtouiPrefix(arg2, 65535);
  if (!b) xterr(`Port \`${arg2}' not valid`);
  if (b!.v < port) xterr(`Port range \`${arg2}' funky`);
  const tail = arg2.slice(b!.end);
  if (tail !== '' && tail[0] !== '/') xterr(`Garbage after port range: \`${tail}'`);
  if (tail !== '') throw new XtError('iplab: NAT port offsets (p-q/base) are not supported by iplab', 2, false, true);
  r.portLo = port;
  r.portHi = b!.v;
}

/** parse_to() of libxt_NAT.c: "a[-b][:ports]", IPv6 "[a[-b]]:ports" or bare. */
function parseNatRange(s: string, f: NfFamily, portsOk: boolean): NatRange {
  const r: NatRange = {};
  let start: string;
  let colon: number;
  const lb = s.indexOf('[');
  if (lb < 0) {
    // One colon is port information, more make an IPv6 address.
    colon = s.indexOf(':');
    if (colon >= 0 && s.indexOf(':', colon + 1) >= 0) colon = -1;
    start = colon >= 0 ? s.slice(0, colon) : s;
  } else {
    const end = s.indexOf(']', lb + 1);
    if (end < 0 || f === 4) xterr('Invalid address format');
    start = s.slice(lb + 1, end);
    colon = s.indexOf(':', end + 1);
  }
  if (colon >= 0) {
    parseNatPorts(s.slice(colon + 1), portsOk, r);
    // A colon first (or "[]:") carries no address.
    if (colon === 0 || colon === 2) return r;
  }
  const dash = start.indexOf('-');
  const pa = (x: string): Addr => {
    if (f === 4) {
      const v = /^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(x) ? dotted4(x) : undefined;
      if (v === undefined) xterr(`Bad IP address "${x}"`);
      return { f: 4, addr: v!, mask: 0xffffffff };
    }
    const v = parseIp6(x);
    if (!v) xterr(`Bad IP address "${x}"`);
    return { f: 6, addr: v!.v, mask: mask6(128) };
  };
  r.lo = pa(dash >= 0 ? start.slice(0, dash) : start);
  r.hi = dash >= 0 ? pa(start.slice(dash + 1)) : r.lo;
  return r;
}

function buildTarget(t: string, d: Record<string, string | true>, p: RuleParser): Target {
  const xe = X_TARGETS[t];
  if (xe) {
    const data = xe.init(p.family);
    const seen = new Set<number>();
    x6(() => {
      for (const [name, v, inv] of p.targetOrder) {
        const o = xe.opts.find((x) => x.name === name) as XOpt;
        xe.parse(data, o, x6Parse(xe, seen, o, v === true ? undefined : v, inv, p.family), inv, p.family, v === true ? '' : v);
      }
      xe.final?.(data, seen);
      x6Final(xe, seen);
    });
    return { t: t as 'NFQUEUE' | 'CHECKSUM', d: data };
  }
  const has = (k: string) => k in d;
  const str = (k: string) => d[k] as string;
  // __NAT_parse() of libxt_NAT.c: the rule's protocol number, inverted or not.
  const portsOk = [6, 17, 132, 33, 1].includes(p.proto);
  switch (t) {
    case 'REJECT': {
      const table = p.family === 4 ? REJECT4 : REJECT6;
      let w = p.family === 4 ? 'icmp-port-unreachable' : 'icmp6-port-unreachable';
      if (has('reject-with')) {
        const v = str('reject-with');
        const e = table.find(([a, b]) => a === v || b === v);
        if (!e) {
          // libipt_REJECT accepts the IPv6 spellings for IPv4 with a warning.
          if (p.family === 4 && ['icmp-proto-unreach'].includes(v)) w = 'icmp-proto-unreachable';
          else xterr(`unknown reject type "${v}"`);
        } else w = e[0];
      }
      return { t: 'REJECT', with: w };
    }
    case 'LOG': {
      let level = 4;
      if (has('log-level')) {
        const v = str('log-level');
        const n = strtoui(v, 0, 7);
        if (n !== undefined) level = n;
        else {
          const e = LOG_LEVELS.find(([a]) => a === v.toLowerCase());
          if (!e) xterr(`log level "${v}" unknown\n`);
          level = e![1];
        }
      }
      let flags = 0;
      if (has('log-tcp-sequence')) flags |= 1;
      if (has('log-tcp-options')) flags |= 2;
      if (has('log-ip-options')) flags |= 4;
      if (has('log-uid')) flags |= 8;
      if (has('log-macdecode')) flags |= 0x20;
      let prefix: string | undefined;
      if (has('log-prefix')) {
        // The kernel's prefix field holds 29 characters: longer ones are cut (libxt_LOG.c).
        prefix = str('log-prefix').slice(0, 29);
        if (prefix.length === 0) xterr('No prefix specified for --log-prefix');
      }
      return { t: 'LOG', level, prefix, flags };
    }
    case 'NFLOG': {
      let group = 0, threshold = 0;
      let size: number | undefined;
      if (has('nflog-group')) group = strtoui(str('nflog-group'), 0, 65535) ?? xterr('NFLOG: bad value for option "--nflog-group", or out of range (0-65535).\n');
      if (has('nflog-threshold')) threshold = strtoui(str('nflog-threshold'), 0, 65535) ?? xterr('NFLOG: bad value for option "--nflog-threshold", or out of range (0-65535).\n');
      if (has('nflog-size')) size = strtoui(str('nflog-size')) ?? xterr('NFLOG: bad value for option "--nflog-size", or out of range.\n');
      const prefix = has('nflog-prefix') ? str('nflog-prefix') : undefined;
      return { t: 'NFLOG', group, prefix, threshold, size };
    }
    case 'MARK':
    case 'CONNMARK': {
      const ops = ['set-mark', 'set-xmark', 'and-mark', 'or-mark', 'xor-mark', 'save-mark', 'restore-mark'].filter(has);
      if (ops.length === 0) xterr(t === 'MARK' ? 'MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required' : 'CONNMARK target: No operation specified');
      if (ops.length > 1) xterr(`${t}: --set-xmark, --{and,or,xor,set}-mark, --{save,restore}-mark are mutually exclusive`);
      const op = ops[0];
      if (op === 'save-mark' || op === 'restore-mark') {
        let nf = 0xffffffff, ct = 0xffffffff;
        if (has('mask')) nf = ct = u32(str('mask'), t, 'mask');
        if (has('nfmask')) nf = u32(str('nfmask'), t, 'nfmask');
        if (has('ctmask')) ct = u32(str('ctmask'), t, 'ctmask');
        return { t: 'CONNMARK', op: op === 'save-mark' ? 'save' : 'restore', nfmask: nf, ctmask: ct };
      }
      // Every variant is stored as the kernel's (value, mask) xset pair (mark_tg_parse()).
      const [v, m] = markMask(str(op), t, op);
      switch (op) {
        case 'set-xmark': return { t, op: 'xset', mark: v, mask: m };
        case 'set-mark': return { t, op: 'xset', mark: v, mask: m === 0xffffffff ? 0xffffffff : m };
        case 'and-mark': return { t, op: 'xset', mark: 0, mask: ~v >>> 0 };
        case 'or-mark': return { t, op: 'xset', mark: v, mask: v };
        default: return { t, op: 'xset', mark: v, mask: 0 };
      }
    }
    case 'DNAT':
    case 'SNAT': {
      const key = t === 'DNAT' ? 'to-destination' : 'to-source';
      if (!has(key)) xterr(`${t}: option "--${key}" must be specified\n`);
      const range = parseNatRange(str(key), p.family, portsOk);
      return { t, range, random: has('random') || undefined, randomFully: has('random-fully') || undefined, persistent: has('persistent') || undefined };
    }
    case 'MASQUERADE':
    case 'REDIRECT': {
      let range: NatRange | undefined;
      if (has('to-ports')) {
        range = {};
        parseNatPorts(str('to-ports'), portsOk, range);
      }
      return { t, range, random: has('random') || undefined, randomFully: has('random-fully') || undefined };
    }
    case 'NETMAP': {
      if (!has('to')) xterr('NETMAP: option "--to" must be specified\n');
      const a = parseAddr(str('to'), p.family);
      const hi: Addr = a.f === 4 ? { f: 4, addr: (a.addr | ~a.mask) >>> 0, mask: 0xffffffff } : { f: 6, addr: a.addr | (~a.mask & mask6(128)), mask: mask6(128) };
      return { t: 'NETMAP', range: { lo: a, hi } };
    }
    case 'TTL':
    case 'HL': {
      const n = t.toLowerCase();
      const ops = ['set', 'dec', 'inc'].filter((o) => has(`${n}-${o}`));
      if (ops.length === 0) xterr(`${t}: You must specify an action`);
      if (ops.length > 1) xterr(`${t}: Only one action may be specified`);
      const v = strtoui(str(`${n}-${ops[0]}`), 0, 255);
      if (v === undefined) xterr(`${t}: bad value for option "--${n}-${ops[0]}", or out of range (0-255).\n`);
      if (ops[0] !== 'set' && v === 0) xterr(`${t}: increasing by 0?`);
      return { t, op: ops[0] as 'set' | 'inc' | 'dec', v: v! };
    }
    case 'DSCP': {
      if (has('set-dscp') && has('set-dscp-class')) xterr('DSCP: only one of --set-dscp or --set-dscp-class');
      if (has('set-dscp')) {
        const v = strtoui(str('set-dscp'), 0, 63);
        if (v === undefined) xterr(`DSCP: bad value for option "--set-dscp", or out of range (0-63).\n`);
        return { t: 'DSCP', v: v! };
      }
      if (has('set-dscp-class')) {
        const e = DSCP_CLASSES.find(([n]) => n.toLowerCase() === str('set-dscp-class').toLowerCase());
        if (!e) xterr(`Invalid DSCP value \`${str('set-dscp-class')}'\n`);
        return { t: 'DSCP', v: e![1] };
      }
      return xterr('DSCP target: Parameter --set-dscp is required');
    }
    case 'TCPMSS': {
      if (has('set-mss') && has('clamp-mss-to-pmtu')) xterr('TCPMSS target: Only one of the options may be specified');
      if (has('set-mss')) {
        const v = strtoui(str('set-mss'), 0, 65535 - 40);
        if (v === undefined) xterr(`TCPMSS: bad value for option "--set-mss", or out of range (0-65495).\n`);
        return { t: 'TCPMSS', mss: v! };
      }
      if (has('clamp-mss-to-pmtu')) return { t: 'TCPMSS', mss: 0xffff };
      return xterr('TCPMSS target: At least one parameter is required');
    }
    case 'SET': {
      // set_target_check_v3()
      const add = 'add-set' in p.setRefs;
      if (!add && !('del-set' in p.setRefs)) xterr("You must specify either `--add-set' or `--del-set' or `--map-set'");
      if (!add) {
        if (has('exist')) xterr("Flag `--exist' can be used with `--add-set' only");
        if (has('timeout')) xterr("Option `--timeout' can be used with `--add-set' only");
      }
      if (has('map-mark')) xterr("Flag `--map-mark' can be used with `--map-set' only");
      if (has('map-prio')) xterr("Flag `--map-prio' can be used with `--map-set' only");
      if (has('map-queue')) xterr("Flag `--map-queue' can be used with `--map-set' only");
      let timeout: number | undefined;
      if (has('timeout')) {
        timeout = strtoui(str('timeout'), 0, 0xfffffffe);
        if (timeout === undefined) xterr('Invalid value for option --timeout or out of range 0-4294967294');
      }
      return { t: 'SET', add: p.setRefs['add-set'], del: p.setRefs['del-set'], exist: has('exist'), timeout };
    }
    case 'NOTRACK':
      return { t: 'NOTRACK' };
    case 'TRACE':
      return { t: 'TRACE' };
    case 'CT': {
      const out: Target = { t: 'CT', notrack: has('notrack') };
      for (const k of ['zone', 'zone-orig', 'zone-reply']) {
        if (has(k)) {
          const v = strtoui(str(k), 0, 65535);
          if (v === undefined) xterr(`CT: bad value for option "--${k}", or out of range (0-65535).\n`);
          out.zone = { dir: k === 'zone' ? '' : k === 'zone-orig' ? '-orig' : '-reply', v: v! };
        }
      }
      if (has('helper')) out.helper = str('helper');
      if (has('ctevents') || has('expevents') || has('timeout')) throw new XtError('iplab: CT --ctevents/--expevents/--timeout is not supported by iplab', 2, false, true);
      return out;
    }
  }
  return xterr(`Couldn't load target \`${t}'`);
}

// ---- save --------------------------------------------------------------------

const inv = (b: boolean | undefined) => (b ? ' !' : '');
const hex = (n: number) => `0x${n.toString(16)}`;

function savePorts(r: PortRange): string {
  return r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`;
}

/** set_print_v4_matchinfo() of libxt_set.c; `sep` '' for -L, '--' for save. */
export function setMatchText(m: Extract<Match, { m: 'set' }>, sep: string): string {
  let s = `${m.inv ? ' !' : ''} ${sep}match-set ${m.set.name} ${m.set.dirs.join(',')}`;
  if (m.returnNomatch) s += ` ${sep}return-nomatch`;
  if (m.skipCounters) s += ` ! ${sep}update-counters`;
  if (m.skipSubcounters) s += ` ! ${sep}update-subcounters`;
  for (const k of ['packets', 'bytes'] as const) {
    const c = m[k];
    if (c) s += c.op === 'ne' ? ` ! ${sep}${k}-eq ${c.v}` : ` ${sep}${k}-${c.op} ${c.v}`;
  }
  return s;
}

/** set_target_print_v3()/set_target_save_v3() of libxt_SET.c. */
export function setTargetText(t: Extract<Target, { t: 'SET' }>, sep: string): string {
  let s = '';
  if (t.add) s += ` ${sep}add-set ${t.add.name} ${t.add.dirs.join(',')}`;
  if (t.exist) s += ` ${sep}exist`;
  if (t.timeout !== undefined) s += ` ${sep}timeout ${t.timeout}`;
  if (t.del) s += ` ${sep}del-set ${t.del.name} ${t.del.dirs.join(',')}`;
  return s;
}

/** The iptables-save text of a match's options (after "-m name"). */
export function saveMatch(m: Match, f: NfFamily = 4): string {
  if ('d' in m) return X_MATCHES[m.m].save(m.d, f);
  switch (m.m) {
    case 'set':
      return setMatchText(m, '--');
    case 'tcp':
    case 'udp': {
      let s = '';
      if (m.sport && (m.sport[0] !== 0 || m.sport[1] !== 65535 || m.sportInv)) s += `${inv(m.sportInv)} --sport ${savePorts(m.sport)}`;
      if (m.dport && (m.dport[0] !== 0 || m.dport[1] !== 65535 || m.dportInv)) s += `${inv(m.dportInv)} --dport ${savePorts(m.dport)}`;
      if (m.m === 'tcp' && m.option) s += `${inv(m.option.inv)} --tcp-option ${m.option.kind}`;
      if (m.m === 'tcp' && m.flags) s += `${inv(m.flags.inv)} --tcp-flags ${tcpFlagNames(m.flags.mask)} ${tcpFlagNames(m.flags.cmp)}`;
      return s;
    }
    case 'icmp':
    case 'icmp6': {
      let s = inv(m.inv);
      const opt = m.m === 'icmp' ? 'icmp-type' : 'icmpv6-type';
      if (m.m === 'icmp' && m.type === 0xff) return `${s} --icmp-type any`;
      s += ` --${opt} ${m.type}`;
      if (m.codeMin !== 0 || m.codeMax !== 0xff) s += `/${m.codeMin}`;
      return s;
    }
    case 'multiport':
      return `${inv(m.inv)} --${m.dir} ${m.ports.map(savePorts).join(',')}`;
    case 'conntrack':
    case 'state':
      return conntrackDump(m, '--', true, () => '');
    case 'comment':
      return ` --comment ${quoteSave(m.text)}`;
    case 'mark':
    case 'connmark':
      return `${inv(m.inv)} --mark ${hex(m.mark)}${m.mask !== 0xffffffff ? `/${hex(m.mask)}` : ''}`;
    case 'statistic':
      return statisticDump(m, '--');
    case 'addrtype': {
      let s = '';
      if (m.src) s += `${inv(m.src.inv)} --src-type ${rtnTypes(m.src.mask)}`;
      if (m.dst) s += `${inv(m.dst.inv)} --dst-type ${rtnTypes(m.dst.mask)}`;
      if (m.limitIn) s += ' --limit-iface-in';
      if (m.limitOut) s += ' --limit-iface-out';
      return s;
    }
    case 'limit':
      return ` --limit ${limitRate(m.avg)}${m.burst !== 5 ? ` --limit-burst ${m.burst}` : ''}`;
    case 'iprange': {
      let s = '';
      if (m.src) s += `${inv(m.src.inv)} --src-range ${addrString(m.src.lo)}-${addrString(m.src.hi)}`;
      if (m.dst) s += `${inv(m.dst.inv)} --dst-range ${addrString(m.dst.lo)}-${addrString(m.dst.hi)}`;
      return s;
    }
    case 'mac':
      return `${inv(m.inv)} --mac-source ${m.mac}`;
    case 'length':
      return `${inv(m.inv)} --length ${m.min === m.max ? m.min : `${m.min}:${m.max}`}`;
    case 'ttl':
    case 'hl':
      return m.op === 'ne' ? ` ! --${m.m}-eq ${m.v}` : ` --${m.m}-${m.op} ${m.v}`;
    case 'pkttype':
      return `${inv(m.inv)} --pkt-type ${pktTypeName(m.type)}`;
    case 'physdev': {
      let s = '';
      if (m.isIn) s += `${inv(m.isInInv)} --physdev-is-in`;
      if (m.in) s += `${inv(m.in.inv)} --physdev-in ${m.in.name}`;
      if (m.isOut) s += `${inv(m.isOutInv)} --physdev-is-out`;
      if (m.out) s += `${inv(m.out.inv)} --physdev-out ${m.out.name}`;
      if (m.isBridged) s += `${inv(m.isBridgedInv)} --physdev-is-bridged`;
      return s;
    }
    case 'owner': {
      let s = '';
      if (m.socketExists) s += `${inv(m.socketExists.inv)} --socket-exists`;
      if (m.uid) s += `${inv(m.uid.inv)} --uid-owner ${m.uid.lo === m.uid.hi ? m.uid.lo : `${m.uid.lo}-${m.uid.hi}`}`;
      if (m.gid) s += `${inv(m.gid.inv)} --gid-owner ${m.gid.lo === m.gid.hi ? m.gid.lo : `${m.gid.lo}-${m.gid.hi}`}`;
      return s;
    }
  }
}

export function pktTypeName(t: number): string {
  const e = PKT_TYPES.find(([, v]) => v === t);
  return e ? e[0] : String(t);
}

export function rtnTypes(mask: number): string {
  const out: string[] = [];
  for (let i = 0; i < RTN_NAMES.length; i++) if (mask & (1 << i)) out.push(RTN_NAMES[i]);
  return out.join(',');
}

/** print_rate() of libxt_limit.c */
export function limitRate(avg: number): string {
  let i: number;
  for (i = 1; i < LIMIT_RATES.length; i++) {
    const mult = LIMIT_RATES[i][1];
    if (avg > mult || Math.floor(mult / avg) < mult % avg) break;
  }
  return `${Math.floor(LIMIT_RATES[i - 1][1] / avg)}/${LIMIT_RATES[i - 1][0]}`;
}

export function statisticDump(m: Extract<Match, { m: 'statistic' }>, prefix: string): string {
  if (m.mode === 'random') return ` ${prefix}mode random${m.inv ? ' !' : ''} ${prefix}probability ${(m.prob / 0x80000000).toFixed(11)}`;
  let s = ` ${prefix}mode nth${m.inv ? ' !' : ''} ${prefix}every ${m.every + 1}`;
  if (m.packet || prefix) s += ` ${prefix}packet ${m.packet}`;
  return s;
}

/** conntrack_dump() of libxt_conntrack.c, for print (prefix '') and save ('--'). */
export function conntrackDump(m: ConntrackMatch, prefix: string, numeric: boolean, addrName: (a: Addr) => string): string {
  let s = '';
  if (m.state) {
    s += `${inv(m.state.inv)} ${prefix}${m.m === 'state' ? 'state' : 'ctstate'}`;
    const names = CT_STATES.filter(([, b]) => m.state!.mask & b).map(([n]) => n);
    if (names.length) s += ' ' + names.join(',');
  }
  if (m.proto) s += `${inv(m.proto.inv)} ${prefix}ctproto ${m.proto.v}`;
  for (const k of ['origsrc', 'origdst', 'replsrc', 'repldst'] as const) {
    const e = m[k];
    if (!e) continue;
    s += `${inv(e.inv)} ${prefix}ct${k}`;
    const zero = e.a.f === 4 ? e.a.addr === 0 : e.a.addr === 0n;
    if (!numeric && zero) s += ' anywhere';
    else s += ` ${numeric ? addrString(e.a) : addrName(e.a)}${maskSuffix(e.a)}`;
  }
  for (const k of ['origsrcport', 'origdstport', 'replsrcport', 'repldstport'] as const) {
    const e = m[k];
    if (!e) continue;
    s += `${inv(e.inv)} ${prefix}ct${k} ${e.r[0] === e.r[1] ? e.r[0] : `${e.r[0]}:${e.r[1]}`}`;
  }
  if (m.status) {
    s += `${inv(m.status.inv)} ${prefix}ctstatus`;
    const names = CT_STATUS.filter(([, b]) => m.status!.mask & b).map(([n]) => n);
    s += ' ' + (names.length ? names.join(',') : 'NONE');
  }
  if (m.expire) s += `${inv(m.expire.inv)} ${prefix}ctexpire ${m.expire.r[0] === m.expire.r[1] ? m.expire.r[0] : `${m.expire.r[0]}:${m.expire.r[1]}`}`;
  if (m.dir) s += ` ${prefix}ctdir ${m.dir}`;
  return s;
}

/** xtables_ipmask_to_numeric(): "" for a host mask, "/len" or "/dotted". */
export function maskSuffix(a: Addr): string {
  const l = maskLen(a);
  if (a.f === 4) {
    if (l === 32) return '';
    return l >= 0 ? `/${l}` : `/${formatIp4(a.mask)}`;
  }
  if (l === 128) return '';
  return l >= 0 ? `/${l}` : `/${formatIp6(a.mask as bigint)}`;
}

/** xtables_save_string(): quote when the text has spaces or quotes. */
export function quoteSave(s: string): string {
  if (/^[-_0-9a-zA-Z]+$/.test(s)) return s;
  return `"${s.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}

function natRangeText(r: NatRange | undefined, f: NfFamily, bracket: boolean): string {
  if (!r) return '';
  let s = '';
  if (r.lo) {
    const a = addrString(r.lo);
    const b = r.hi && addrString(r.hi) !== a ? addrString(r.hi) : undefined;
    // sprint_range(): IPv6 with ports in brackets around the whole range.
    if (f === 6 && bracket && r.portLo !== undefined) s += `[${a}${b ? `-${b}` : ''}]`;
    else s += `${a}${b ? `-${b}` : ''}`;
  }
  if (r.portLo !== undefined) s += `:${r.portLo}${r.portHi !== r.portLo ? `-${r.portHi}` : ''}`;
  return s;
}

export function natRange(r: NatRange | undefined, f: NfFamily): string {
  return natRangeText(r, f, true);
}

/** The iptables-save text of a target's options (after "-j NAME"). */
export function saveTarget(t: Target, f: NfFamily): string {
  if ('d' in t) return X_TARGETS[t.t].save(t.d, f);
  switch (t.t) {
    case 'REJECT':
      return ` --reject-with ${t.with}`;
    case 'LOG': {
      let s = '';
      if (t.prefix !== undefined) s += ` --log-prefix ${quoteSave(t.prefix)}`;
      if (t.level !== 4) s += ` --log-level ${t.level}`;
      if (t.flags & 1) s += ' --log-tcp-sequence';
      if (t.flags & 2) s += ' --log-tcp-options';
      if (t.flags & 4) s += ' --log-ip-options';
      if (t.flags & 8) s += ' --log-uid';
      if (t.flags & 0x20) s += ' --log-macdecode';
      return s;
    }
    case 'NFLOG': {
      let s = '';
      if (t.prefix !== undefined) s += ` --nflog-prefix ${quoteSave(t.prefix)}`;
      if (t.group) s += ` --nflog-group ${t.group}`;
      if (t.size !== undefined) s += ` --nflog-size ${t.size}`;
      if (t.threshold) s += ` --nflog-threshold ${t.threshold}`;
      return s;
    }
    case 'MARK':
    case 'CONNMARK':
      if (t.op === 'save' || t.op === 'restore') return ` --${t.op}-mark --nfmask ${hex(t.nfmask)} --ctmask ${hex(t.ctmask)}`;
      return ` --set-xmark ${hex((t as { mark: number }).mark)}/${hex((t as { mask: number }).mask)}`;
    case 'DNAT':
    case 'SNAT': {
      let s = ` --to-${t.t === 'DNAT' ? 'destination' : 'source'} ${natRange(t.range, f)}`;
      if (t.random) s += ' --random';
      if (t.randomFully) s += ' --random-fully';
      if (t.persistent) s += ' --persistent';
      return s;
    }
    case 'MASQUERADE':
    case 'REDIRECT': {
      let s = '';
      if (t.range?.portLo !== undefined) s += ` --to-ports ${t.range.portLo}${t.range.portHi !== t.range.portLo ? `-${t.range.portHi}` : ''}`;
      if (t.random) s += ' --random';
      if (t.randomFully) s += ' --random-fully';
      return s;
    }
    case 'NETMAP':
      return ` --to ${addrString(t.range!.lo!)}/${maskLen(t.range!.lo!)}`;
    case 'TTL':
    case 'HL':
      return ` --${t.t.toLowerCase()}-${t.op} ${t.v}`;
    case 'DSCP':
      return ` --set-dscp 0x${t.v.toString(16).padStart(2, '0')}`;
    case 'TCPMSS':
      return t.mss === 0xffff ? ' --clamp-mss-to-pmtu' : ` --set-mss ${t.mss}`;
    case 'SET':
      return setTargetText(t, '--');
    case 'CT': {
      let s = '';
      if (t.notrack) return ' --notrack';
      if (t.helper) s += ` --helper ${t.helper}`;
      if (t.zone) s += ` --zone${t.zone.dir} ${t.zone.v}`;
      return s;
    }
    default:
      return '';
  }
}

/** MARK's set/and/or/xor as the xset mask the kernel stores (libxt_MARK.c mark_tg_parse). */
export function markXmask(t: { op: string; mark: number; mask: number }): number {
  switch (t.op) {
    case 'set': return 0xffffffff;
    case 'and': return ~t.mark >>> 0;
    case 'or': return t.mark;
    case 'xor': return 0;
    default: return t.mask;
  }
}

export function targetName(t: Target): string {
  switch (t.t) {
    case 'none': return '';
    case 'verdict': return t.v;
    case 'jump': return t.chain;
    default: return t.t;
  }
}

/** The canonical save text of a rule after "-A CHAIN" (leading space, no newline). */
export function saveRule(r: RuleSpec, f: NfFamily): string {
  return flat(saveRuleRope(r, f));
}

/** A flat copy of a string built by concatenation: joining 150k rope strings
 * (iptables-save, the snapshot) otherwise walks every rope again. */
function flat(s: string): string {
  // charCodeAt() makes V8 flatten a rope in place.
  if (s.length > 0) s.charCodeAt(0);
  return s;
}

function saveRuleRope(r: RuleSpec, f: NfFamily): string {
  let s = '';
  if (r.src) s += `${r.srcInv ? ' !' : ''} -s ${saveAddr(r.src)}`;
  else if (r.srcInv) s += ` ! -s ${f === 4 ? '0.0.0.0/0' : '::/0'}`;
  if (r.dst) s += `${r.dstInv ? ' !' : ''} -d ${saveAddr(r.dst)}`;
  else if (r.dstInv) s += ` ! -d ${f === 4 ? '0.0.0.0/0' : '::/0'}`;
  if (r.iif) s += `${r.iif.inv ? ' !' : ''} -i ${r.iif.name}`;
  if (r.oif) s += `${r.oif.inv ? ' !' : ''} -o ${r.oif.name}`;
  if (r.proto) s += `${r.protoInv ? ' !' : ''} -p ${protoToName(r.proto, false) ?? r.proto}`;
  if (r.frag) s += `${r.frag.inv ? ' !' : ''} -f`;
  for (const m of r.matches) s += ` -m ${m.m}${saveMatch(m, f)}`;
  const t = r.target;
  if (t.t === 'jump') s += ` -${t.goto ? 'g' : 'j'} ${t.chain}`;
  else if (t.t !== 'none') s += ` -j ${targetName(t)}${saveTarget(t, f)}`;
  return s;
}
