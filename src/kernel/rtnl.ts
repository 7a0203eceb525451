// What the kernel reports about a device in an RTM_NEWLINK message
// (rtnl_fill_ifinfo() in net/core/rtnetlink.c), as plain values: the tools
// render these and never look at the model's internals.

import type { Netns } from './netns';
import type { Link } from './link';
import { OPER_STATES } from './link';

/** IFF_* of include/uapi/linux/if.h. */
export const IFF = {
  UP: 0x1,
  BROADCAST: 0x2,
  DEBUG: 0x4,
  LOOPBACK: 0x8,
  POINTOPOINT: 0x10,
  NOTRAILERS: 0x20,
  RUNNING: 0x40,
  NOARP: 0x80,
  PROMISC: 0x100,
  ALLMULTI: 0x200,
  MASTER: 0x400,
  SLAVE: 0x800,
  MULTICAST: 0x1000,
  PORTSEL: 0x2000,
  AUTOMEDIA: 0x4000,
  DYNAMIC: 0x8000,
  LOWER_UP: 0x10000,
  DORMANT: 0x20000,
  ECHO: 0x40000,
} as const;

export interface IfInfo {
  ifindex: number;
  name: string;
  /** dev_get_flags(). */
  flags: number;
  mtu: number;
  qdisc: string;
  master?: number;
  /** IFLA_OPERSTATE as an index into OPER_STATES. */
  operstate: number;
  linkmode: number;
  group: number;
  txqlen: number;
  /** ARPHRD name as iproute2's ll_type_n2a prints it. */
  type: string;
  address: string;
  broadcast: string;
  /** IFLA_LINK: index of the peer/lower device (0: none). */
  link?: number;
  /** IFLA_LINK_NETNSID: the namespace of `link`, when not this one. */
  linkNetnsid?: number;
  promiscuity: number;
  allmulti: number;
  minMtu: number;
  maxMtu: number;
  kind?: string;
  slaveKind?: string;
  addrgenmode: string;
  numTxQueues: number;
  numRxQueues: number;
  gsoMaxSize: number;
  gsoMaxSegs: number;
  tsoMaxSize: number;
  tsoMaxSegs: number;
  groMaxSize: number;
  alias?: string;
  carrierChanges: number;
  /** IFLA_PERM_ADDRESS. */
  permAddress?: string;
  /** The device has an inet6_dev (IPv6 not torn down by an MTU below 1280). */
  inet6: boolean;
}

/** dev_get_flags() in net/core/dev.c: RUNNING/LOWER_UP derived from state. */
export function linkFlags(ns: Netns, l: Link): number {
  let f = 0;
  if (l.up) f |= IFF.UP;
  if (l.kind === 'loopback') f |= IFF.LOOPBACK;
  else if (l.kind === 'vrf') {
    // vrf_dev_init(): dev->flags = IFF_MASTER | IFF_NOARP.
    f |= IFF.MASTER;
    if (l.multicast) f |= IFF.MULTICAST;
  } else if (l.tun && !l.tun.tap) {
    // A tun device (ARPHRD_NONE): IFF_POINTOPOINT instead of IFF_BROADCAST.
    f |= IFF.POINTOPOINT;
    if (l.multicast) f |= IFF.MULTICAST;
  } else {
    f |= IFF.BROADCAST;
    if (l.multicast) f |= IFF.MULTICAST;
  }
  if (l.kind === 'loopback' && l.multicast) f |= 0;
  if (l.noarp) f |= IFF.NOARP;
  if (l.promisc) f |= IFF.PROMISC;
  if (l.allmulti) f |= IFF.ALLMULTI;
  if (l.dynamic) f |= IFF.DYNAMIC;
  if (l.notrailers) f |= IFF.NOTRAILERS;
  if (l.up) {
    const op = ns.operState(l);
    if (op === 'UP' || op === 'UNKNOWN') f |= IFF.RUNNING;
    if (ns.hasCarrier(l)) f |= IFF.LOWER_UP;
  }
  return f;
}

/** The qdisc the device shows: noop until first opened, then its default. */
export function linkQdisc(l: Link): string {
  return l.qdisc ?? 'noop';
}

export function ifinfo(ns: Netns, l: Link): IfInfo {
  const bridgePort = l.master !== undefined && ns.links.get(l.master)?.kind === 'bridge';
  const info: IfInfo = {
    ifindex: l.ifindex,
    name: l.name,
    flags: linkFlags(ns, l),
    mtu: l.mtu,
    qdisc: linkQdisc(l),
    master: l.master,
    operstate: OPER_STATES.indexOf(ns.operState(l)),
    linkmode: 0,
    group: l.group,
    txqlen: l.txqlen,
    type: l.kind === 'loopback' ? 'loopback' : l.tun && !l.tun.tap ? 'none' : 'ether',
    address: l.mac,
    broadcast: l.broadcast,
    promiscuity: (l.promisc ? 1 : 0) + (bridgePort ? 1 : 0),
    // br_add_if() raises promiscuity and allmulti on the port (a VRF does not).
    allmulti: (l.allmulti ? 1 : 0) + (bridgePort ? 1 : 0),
    minMtu: l.minMtu,
    maxMtu: l.maxMtu,
    kind: l.kind === 'loopback' ? undefined : l.kind,
    addrgenmode: l.addrgenmode,
    numTxQueues: l.numTxQueues,
    numRxQueues: l.numRxQueues,
    gsoMaxSize: l.gsoMaxSize,
    gsoMaxSegs: l.gsoMaxSegs,
    tsoMaxSize: l.tsoMaxSize,
    tsoMaxSegs: l.tsoMaxSegs,
    groMaxSize: l.groMaxSize,
    alias: l.alias,
    carrierChanges: l.carrierChanges ?? 0,
    permAddress: l.permAddr,
    inet6: l.mtu >= 1280,
  };
  if (l.master !== undefined) {
    const m = ns.links.get(l.master);
    if (m) info.slaveKind = m.kind;
  }
  // IFLA_LINK when dev_get_iflink() differs from the device's own index,
  // IFLA_LINK_NETNSID (allocating the id) when the link is in another namespace.
  const ref = l.peer ?? l.lower;
  if (ref) {
    info.link = ref.ifindex;
    if (ref.ns !== ns.inode) {
      const other = ns.kernel.namespaces.get(ref.ns);
      if (other) info.linkNetnsid = ns.nsidFor(other);
    }
  }
  // A VXLAN device moved away from its vxlan->net reports that namespace
  // (get_link_net), and IFLA_LINK with it: its own index (put_iflink).
  if (l.vxlan && l.vxlan.net !== ns.inode) {
    const home = ns.kernel.namespaces.get(l.vxlan.net);
    if (home) {
      info.link = l.ifindex;
      info.linkNetnsid = ns.nsidFor(home);
    }
  }
  return info;
}
