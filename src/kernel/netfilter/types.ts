// Netfilter rules as typed values, shaped like the kernel's xtables entries
// (struct ipt_entry + xt_entry_match[] + xt_entry_target) as iptables-nft
// builds them. The packet path evaluates exactly these values:
//
//   PREROUTING --> [routing] --> FORWARD --> POSTROUTING --> out
//        |                                      ^
//        v                                      |
//      INPUT --> local process --> OUTPUT ------+
//
// Each hook walks its base chains in priority order (raw -300, mangle -150,
// nat dstnat -100, filter 0, security 50, nat srcnat 100) and each chain's
// rules in order; a rule matches when every field and every match holds.

export type NfFamily = 4 | 6;
export type TableName = 'filter' | 'nat' | 'mangle' | 'raw' | 'security';
export type Hook = 'PREROUTING' | 'INPUT' | 'FORWARD' | 'OUTPUT' | 'POSTROUTING';
export type Policy = 'ACCEPT' | 'DROP';

/** An address with its mask (mask may be non-contiguous for IPv4, as -s a/255.0.255.0). */
export type Addr = { f: 4; addr: number; mask: number } | { f: 6; addr: bigint; mask: bigint };

export interface Iface {
  /** Name as given; a trailing '+' is a prefix wildcard. */
  name: string;
  inv: boolean;
}

export type PortRange = [number, number];

// ---- matches ---------------------------------------------------------------

export interface TcpMatch {
  m: 'tcp';
  sport?: PortRange;
  sportInv?: boolean;
  dport?: PortRange;
  dportInv?: boolean;
  /** --tcp-flags mask comp */
  flags?: { mask: number; cmp: number; inv: boolean };
  option?: { kind: number; inv: boolean };
}
export interface UdpMatch {
  m: 'udp';
  sport?: PortRange;
  sportInv?: boolean;
  dport?: PortRange;
  dportInv?: boolean;
}
export interface IcmpMatch {
  /** icmp (IPv4) or icmp6 (IPv6, -m icmp6 --icmpv6-type). type 0xff = any. */
  m: 'icmp' | 'icmp6';
  type: number;
  codeMin: number;
  codeMax: number;
  inv: boolean;
}
export interface MultiportMatch {
  m: 'multiport';
  dir: 'sports' | 'dports' | 'ports';
  /** single ports or ranges, in order */
  ports: PortRange[];
  inv: boolean;
}
export interface ConntrackMatch {
  /** `state` is the conntrack match with the state alias (iptables-nft). */
  m: 'conntrack' | 'state';
  state?: { mask: number; inv: boolean };
  proto?: { v: number; inv: boolean };
  origsrc?: { a: Addr; inv: boolean };
  origdst?: { a: Addr; inv: boolean };
  replsrc?: { a: Addr; inv: boolean };
  repldst?: { a: Addr; inv: boolean };
  origsrcport?: { r: PortRange; inv: boolean };
  origdstport?: { r: PortRange; inv: boolean };
  replsrcport?: { r: PortRange; inv: boolean };
  repldstport?: { r: PortRange; inv: boolean };
  status?: { mask: number; inv: boolean };
  expire?: { r: PortRange; inv: boolean };
  dir?: 'ORIGINAL' | 'REPLY';
}
export interface CommentMatch { m: 'comment'; text: string }
export interface MarkMatch { m: 'mark' | 'connmark'; mark: number; mask: number; inv: boolean }
export interface StatisticMatch {
  m: 'statistic';
  mode: 'random' | 'nth';
  /** random: the probability as the kernel stores it (u32 = p * 2^31, rounded). */
  prob: number;
  every: number;
  packet: number;
  inv: boolean;
}
export interface AddrtypeMatch {
  m: 'addrtype';
  src?: { mask: number; inv: boolean };
  dst?: { mask: number; inv: boolean };
  limitIn: boolean;
  limitOut: boolean;
}
export interface LimitMatch { m: 'limit'; avg: number; burst: number }
export interface IprangeMatch { m: 'iprange'; src?: { lo: Addr; hi: Addr; inv: boolean }; dst?: { lo: Addr; hi: Addr; inv: boolean } }
export interface MacMatch { m: 'mac'; mac: string; inv: boolean }
export interface LengthMatch { m: 'length'; min: number; max: number; inv: boolean }
export interface TtlMatch { m: 'ttl' | 'hl'; op: 'eq' | 'ne' | 'lt' | 'gt'; v: number }
export interface PkttypeMatch { m: 'pkttype'; type: number; inv: boolean }
export interface PhysdevMatch {
  m: 'physdev';
  in?: Iface;
  out?: Iface;
  isIn?: boolean;
  isInInv?: boolean;
  isOut?: boolean;
  isOutInv?: boolean;
  isBridged?: boolean;
  isBridgedInv?: boolean;
}
export interface OwnerMatch {
  m: 'owner';
  uid?: { lo: number; hi: number; inv: boolean };
  gid?: { lo: number; hi: number; inv: boolean };
  socketExists?: { inv: boolean };
}

/** One set reference: the set's name and a direction per dimension. */
export interface SetRef { name: string; dirs: ('src' | 'dst')[] }
export interface SetMatch {
  /** xt_set revision 4 (ipset) */
  m: 'set';
  set: SetRef;
  inv: boolean;
  returnNomatch: boolean;
  skipCounters: boolean;
  skipSubcounters: boolean;
  packets?: { op: 'eq' | 'ne' | 'lt' | 'gt'; v: number };
  bytes?: { op: 'eq' | 'ne' | 'lt' | 'gt'; v: number };
}

/** Extensions kept as a record of named fields (ext.ts documents each). */
export interface XMatch {
  m: 'time' | 'string' | 'hashlimit' | 'recent' | 'connlimit' | 'rpfilter' | 'helper' | 'quota' | 'connbytes' | 'dscp';
  d: Record<string, number | string | boolean>;
}

export type Match =
  | XMatch
  | SetMatch
  | TcpMatch | UdpMatch | IcmpMatch | MultiportMatch | ConntrackMatch | CommentMatch | MarkMatch
  | StatisticMatch | AddrtypeMatch | LimitMatch | IprangeMatch | MacMatch | LengthMatch | TtlMatch
  | PkttypeMatch | PhysdevMatch | OwnerMatch;

// ---- targets ---------------------------------------------------------------

export type Target =
  | { t: 'none' }
  | { t: 'verdict'; v: 'ACCEPT' | 'DROP' | 'RETURN' }
  | { t: 'jump'; chain: string; goto: boolean }
  | { t: 'REJECT'; with: string }
  | { t: 'LOG'; level: number; prefix?: string; flags: number }
  | { t: 'NFLOG'; group: number; prefix?: string; threshold: number; size?: number }
  | { t: 'MARK' | 'CONNMARK'; op: 'xset'; mark: number; mask: number }
  | { t: 'CONNMARK'; op: 'save' | 'restore'; nfmask: number; ctmask: number }
  | { t: 'DNAT' | 'SNAT' | 'NETMAP' | 'MASQUERADE' | 'REDIRECT'; range?: NatRange; random?: boolean; randomFully?: boolean; persistent?: boolean }
  | { t: 'TTL' | 'HL'; op: 'set' | 'inc' | 'dec'; v: number }
  | { t: 'DSCP'; v: number }
  | { t: 'TCPMSS'; mss: number }
  | { t: 'NOTRACK' }
  | { t: 'CT'; notrack: boolean; zone?: { dir: '' | '-orig' | '-reply'; v: number }; helper?: string }
  | { t: 'TRACE' }
  /** xt_SET revision 3: add to / delete from ipsets. */
  | { t: 'SET'; add?: SetRef; del?: SetRef; exist: boolean; timeout?: number }
  /** NFQUEUE (revision 3) and CHECKSUM, as records (ext.ts). */
  | { t: 'NFQUEUE' | 'CHECKSUM'; d: Record<string, number | string | boolean> };

export interface NatRange {
  /** NETMAP: the whole prefix as lo..hi; lo/hi undefined when only ports are given. */
  lo?: Addr;
  hi?: Addr;
  portLo?: number;
  portHi?: number;
}

// ---- rules and chains ------------------------------------------------------

export interface RuleSpec {
  src?: Addr & { inv?: boolean };
  dst?: Addr & { inv?: boolean };
  srcInv: boolean;
  dstInv: boolean;
  iif?: Iface;
  oif?: Iface;
  /** IP protocol number; 0 = all. */
  proto: number;
  protoInv: boolean;
  /** -f: second and further fragments (IPv4). */
  frag?: { inv: boolean };
  matches: Match[];
  target: Target;
}

/** A rule in a chain. `text` (canonical save text) is the identity used by
 * -D/-C and the snapshot; `spec` is the typed value the packet path evaluates,
 * decoded from the text on first use when the rule was loaded from a snapshot. */
export interface Rule {
  readonly text: string;
  readonly spec: RuleSpec;
  pkts: number;
  bytes: number;
}

export interface Chain {
  name: string;
  /** Base chain: its hook and policy. */
  hook?: Hook;
  policy?: Policy;
  /** Base chains exist in the kernel only once used (iptables-nft creates them
   * on demand, nft_xt_builtin_init()); listings show them regardless. */
  created?: boolean;
  rules: Rule[];
  /** policy counters (base chains) */
  pkts: number;
  bytes: number;
}
