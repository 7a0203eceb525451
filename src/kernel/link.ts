// Network devices (struct net_device) and the state Linux derives from them.

import type { Mac } from '../net/mac';
import type { VxlanConfig } from './kinds/vxlan';
import type { TunConfig } from './kinds/tun';
import type { IpvlanPort } from './kinds/ipvlan';

export type LinkKind = 'loopback' | 'veth' | 'bridge' | 'dummy' | 'vrf' | 'macvlan' | 'vlan' | 'vxlan' | 'tun' | 'ifb' | 'ipvlan';

/** IF_OPER_* (RFC 2863), indexed as iproute2's oper_states[]. */
export const OPER_STATES = ['UNKNOWN', 'NOTPRESENT', 'DOWN', 'LOWERLAYERDOWN', 'TESTING', 'DORMANT', 'UP'] as const;
export type OperState = (typeof OPER_STATES)[number];

/** A reference to a device that may live in another namespace. */
export interface DevRef {
  ns: number;
  ifindex: number;
}

export interface IfAddr4 {
  local: number;
  /** ifa_address: the peer for point-to-point configurations, else = local. */
  address: number;
  prefixlen: number;
  broadcast?: number;
  scope: number;
  label: string;
  secondary: boolean;
  noprefixroute: boolean;
  hasPeer: boolean;
  metric?: number;
  validLft: number;
  preferredLft: number;
  /** Absolute expiry times in ms of the emulated clock, when finite. */
  proto?: number;
}

export interface IfAddr6 {
  local: bigint;
  peer?: bigint;
  prefixlen: number;
  scope: number;
  noprefixroute: boolean;
  nodad: boolean;
  permanent: boolean;
  managetempaddr: boolean;
  optimistic: boolean;
  homeaddress: boolean;
  /** IFA_F_TENTATIVE: DAD has not completed (the device never had carrier since). */
  tentative?: boolean;
  /** IFA_F_DADFAILED: another node on the link had the address (stays tentative). */
  dadfailed?: boolean;
  /** Joined its subnet-router anycast address (addrconf_join_anycast()). */
  anycast?: boolean;
  metric?: number;
  validLft: number;
  preferredLft: number;
  proto?: number;
}

export interface BridgeOptions {
  forwardDelay: number;
  helloTime: number;
  maxAge: number;
  ageingTime: number;
  stpState: number;
  priority: number;
  vlanFiltering: number;
  vlanProtocol: string;
  vlanDefaultPvid: number;
  groupFwdMask: number;
  mcastSnooping: number;
  nfCallIptables: number;
  nfCallIp6tables: number;
  nfCallArptables: number;
}

export interface LinkStats {
  rxBytes: number;
  rxPackets: number;
  rxErrors: number;
  rxDropped: number;
  txBytes: number;
  txPackets: number;
  txErrors: number;
  txDropped: number;
  multicast: number;
}

export interface Link {
  ifindex: number;
  name: string;
  kind: LinkKind;
  /** IFF_UP: administratively up. */
  up: boolean;
  mtu: number;
  minMtu: number;
  maxMtu: number;
  mac: Mac;
  broadcast: Mac;
  /** NET_ADDR_SET: the address was given by the user (a bridge keeps it). */
  macSet: boolean;
  /** Bridge: BROPT_MTU_SET_BY_USER (br_change_mtu() sets it, br_mtu_auto_adjust() clears it). */
  mtuSetByUser?: boolean;
  /** IPv6 IF_READY: the link was up with carrier since addrconf last took it down. */
  ifReady?: boolean;
  alias?: string;
  /** Alternative names (netdev_name_node_alt_create()), in the order added;
   * they resolve like the name itself. */
  altnames?: string[];
  group: number;
  txqlen: number;
  noarp: boolean;
  multicast: boolean;
  promisc: number;
  allmulti: number;
  /** Bridge master in the same namespace. */
  master?: number;
  /** veth peer. */
  peer?: DevRef;
  /** IFLA_LINK: the lower device of vlan/macvlan. */
  lower?: DevRef;
  vlanId?: number;
  vlanProtocol?: string;
  /** vlan->flags (VLAN_FLAG_*: REORDER_HDR 1, GVRP 2, LOOSE_BINDING 4, MVRP 8, BRIDGE_BINDING 0x10). */
  vlanFlags?: number;
  /** vlan->ingress_priority_map[8] (0: no mapping). */
  vlanIngress?: number[];
  /** vlan->egress_priority_map: 16 buckets by skb priority & 0xf, newest
   * first, each [skb priority, vlan_qos]; a qos of 0 stays as an entry. */
  vlanEgress?: [number, number][][];
  /** vlan->real_dev_addr: the lower's MAC when the vlan was last opened or synced. */
  vlanRealDevAddr?: Mac;
  macvlanMode?: string;
  /** MACVLAN_FLAG_NOPROMISC 1, MACVLAN_FLAG_NODST 2. */
  macvlanFlags?: number;
  /** vlan->bc_queue_len_req */
  macvlanBcQueueLen?: number;
  /** Source mode: the allowed source MACs (vlan->macaddr_count entries). */
  macvlanSources?: Mac[];
  /** On a macvlan port (the lower device): port->bc_queue_len_used. */
  macvlanPortBcUsed?: number;
  vrfTable?: number;
  bridge?: BridgeOptions;
  /** vxlan: the device's configuration (kinds/vxlan.ts). */
  vxlan?: VxlanConfig;
  /** tun/tap: the ioctl-made device's flags and owner (kinds/tun.ts). */
  tun?: TunConfig;
  /** ipvlan: the device's dev_id (it replaces ff:fe in the IPv6 interface id). */
  ipvlanDevId?: number;
  /** The ipvlan port of a lower device: mode and flags of all its ipvlans. */
  ipvlanPort?: IpvlanPort;
  /** dev->perm_addr (IFLA_PERM_ADDRESS), when the driver's address was permanent. */
  permAddr?: Mac;
  addrgenmode: 'eui64' | 'none' | 'stable_secret' | 'random';
  numTxQueues: number;
  numRxQueues: number;
  gsoMaxSize: number;
  gsoMaxSegs: number;
  groMaxSize: number;
  tsoMaxSize: number;
  tsoMaxSegs: number;
  ipv4: IfAddr4[];
  ipv6: IfAddr6[];
  stats: LinkStats;
  /** Namespace-unique netdev properties that iproute2 shows with -d. */
  protodown?: boolean;
  /** The root qdisc's id once the device was first opened (noop before). */
  qdisc?: string;
  dynamic?: boolean;
  notrailers?: boolean;
  carrierChanges?: number;
}

export function emptyStats(): LinkStats {
  return { rxBytes: 0, rxPackets: 0, rxErrors: 0, rxDropped: 0, txBytes: 0, txPackets: 0, txErrors: 0, txDropped: 0, multicast: 0 };
}

/** ARPHRD_* of a device kind, as iproute2 names it in "link/..." */
export function linkType(l: Link): string {
  return l.kind === 'loopback' ? 'loopback' : 'ether';
}

