// A network namespace (struct net): devices, their addresses, sysctls, the
// FIB and the other per-namespace subsystems. Every mutation goes through
// methods here so the derived state (carrier, operstate, kernel routes, IPv6
// autoconfiguration) follows the kernel's rules.

import { nexthopFlushDev } from './fib/nexthop';
import { KernelError, kerr } from './errors';
import type { Kernel } from './kernel';
import { emptyStats, type IfAddr4, type IfAddr6, type Link, type LinkKind, type OperState } from './link';
import { Fib } from './fib/table';
import { addRule, type FibRule } from './fib/rules';
import { RT_TABLE, SCOPE, PROTO, type Route } from './fib/route';
import { Sysctl } from './sysctl/sysctl';
import { Netfilter } from './netfilter/netfilter';
import { neighDeviceEvent } from './neigh';
import { type TunConfig, tunSetup } from './kinds/tun';
import { ifbSetup } from './kinds/ifb';
import { type IpvlanAttrs, ipvlanLowerChanged, ipvlanNewlink, ipvlanOpen, ipvlanUnregistered } from './kinds/ipvlan';
import { type VxlanAttrs, vxlanAttach, vxlanCheckMtu, vxlanNewConfig, vxlanOpen, vxlansOnLower } from './kinds/vxlan';
import { ip4, ip6, mask4, isV6LinkLocal } from '../net/ip';
import { BROADCAST_MAC, ZERO_MAC, eui64, isMulticastMac, type Mac } from '../net/mac';

/** Queues of a veth created without numtxqueues: the recording host had 2 CPUs. */
export const VETH_QUEUES = 2;

/** IFNAMSIZ - 1 */
export const IFNAMSIZ = 16;
/** include/uapi/linux/if.h: alternative names hold up to 127 bytes. */
export const ALTIFNAMSIZ = 128;

/** dev_valid_name() in net/core/dev.c */
export function validIfName(name: string): boolean {
  if (name.length === 0 || Buffer.byteLength(name) >= IFNAMSIZ) return false;
  if (name === '.' || name === '..') return false;
  return !/[/:\s]/.test(name);
}

/** MTU limits per device kind (min_mtu/max_mtu set by each driver). */
export const MTU_LIMITS: Record<LinkKind, [number, number, number]> = {
  // [default mtu, min, max]
  loopback: [65536, 0, 0],
  veth: [1500, 68, 65535],
  bridge: [1500, 68, 65535],
  dummy: [1500, 0, 0],
  vrf: [65575, 1280, 65575],
  macvlan: [1500, 68, 65535],
  vlan: [1500, 68, 65535],
  vxlan: [1500, 68, 65535],
  tun: [1500, 68, 65535],
  ifb: [1500, 0, 0],
  ipvlan: [1500, 68, 65535],
};

export interface NewLinkSpec {
  name: string;
  /** ifi_index requested (`index N`), 0/undefined: allocate. */
  ifindex?: number;
  kind: LinkKind;
  mtu?: number;
  mac?: Mac;
  txqlen?: number;
  up?: boolean;
  alias?: string;
  group?: number;
  numTxQueues?: number;
  numRxQueues?: number;
  lower?: number;
  /** IFLA_INFO_DATA of a vlan (undefined: none sent). */
  vlan?: VlanData;
  /** IFLA_INFO_DATA of a macvlan. */
  macvlan?: MacvlanData;
  vrfTable?: number;
  /** veth: the peer, created first, possibly in another namespace. */
  peer?: { name?: string; ifindex?: number; ns?: Netns; mac?: Mac; mtu?: number; txqlen?: number; numTxQueues?: number; numRxQueues?: number; alias?: string; group?: number };
  bridge?: Partial<NonNullable<Link['bridge']>>;
  /** vxlan: the IFLA_VXLAN_* attributes of the request. */
  vxlan?: VxlanAttrs;
  /** tun: what TUNSETIFF asked for (kinds/tun.ts). */
  tun?: TunConfig;
  /** ipvlan: IFLA_IPVLAN_* (kinds/ipvlan.ts). */
  ipvlan?: IpvlanAttrs;
}

/** IFLA_INFO_DATA of a vlan request, as iplink_vlan.c builds it. */
export interface VlanData {
  id?: number;
  /** IFLA_VLAN_PROTOCOL, the ethertype. */
  protocol?: number;
  flags?: { flags: number; mask: number };
  /** IFLA_VLAN_INGRESS_QOS / IFLA_VLAN_EGRESS_QOS: [from, to] in order. */
  ingress?: [number, number][];
  egress?: [number, number][];
}

/** IFLA_INFO_DATA of a macvlan request, as iplink_macvlan.c builds it. */
export interface MacvlanData {
  mode?: string;
  flags?: number;
  /** IFLA_MACVLAN_MACADDR_MODE with its IFLA_MACVLAN_MACADDR(s). */
  macaddr?: { mode: 'add' | 'del' | 'set' | 'flush'; macs: Mac[] };
  bcQueueLen?: number;
}

export const VLAN_FLAG = { REORDER_HDR: 1, GVRP: 2, LOOSE_BINDING: 4, MVRP: 8, BRIDGE_BINDING: 0x10 } as const;
const VLAN_FLAGS_ALL = 0x1f;

/** vlan_validate() in net/8021q/vlan_netlink.c (before the device is looked up). */
export function vlanValidate(data: VlanData | undefined): void {
  if (!data) throw kerr('EINVAL', '8021q: VLAN properties not specified');
  if (data.protocol !== undefined && data.protocol !== 0x8100 && data.protocol !== 0x88a8) throw kerr('EPROTONOSUPPORT', '8021q: Invalid VLAN protocol');
  if (data.id !== undefined && data.id >= 4095) throw kerr('ERANGE', '8021q: Invalid VLAN id');
  if (data.flags && data.flags.flags & data.flags.mask & ~VLAN_FLAGS_ALL) throw kerr('EINVAL', '8021q: Invalid VLAN flags');
}

/** macvlan_hash_mix()/macvlan_eth_hash(): hash_64() of the address read as
 * a little-endian u64 shifted left 16, MACVLAN_HASH_BITS = 8. */
function macvlanEthHash(mac: Mac): number {
  const b = mac.split(':').map((x) => BigInt(parseInt(x, 16)));
  let v = 0n;
  for (let i = 5; i >= 0; i--) v = (v << 8n) | b[i];
  v = (v << 16n) & 0xffffffffffffffffn;
  return Number(((v * 0x61c8864680b583ebn) & 0xffffffffffffffffn) >> 56n);
}

/** An RTM_NEWADDR/RTM_DELADDR request (ifaddrmsg + attributes), already parsed. */
export interface AddrRequest {
  family: 4 | 6;
  ifindex: number;
  prefixlen: number;
  /** IFA_LOCAL */
  local?: number | bigint;
  /** IFA_ADDRESS (the peer, or = local) */
  address?: number | bigint;
  broadcast?: number;
  label?: string;
  scope: number;
  metric?: number;
  valid: number;
  preferred: number;
  /** IFA_F_* requested by user space. */
  flags: number;
  /** IFA_CACHEINFO present. */
  cacheinfo: boolean;
}

const IFA_NODAD = 0x02;
const IFA_OPTIMISTIC = 0x04;
const IFA_HOMEADDRESS = 0x10;
const IFA_MANAGETEMPADDR = 0x100;
const IFA_NOPREFIXROUTE = 0x200;
const INFINITY_LIFE = 0xffffffff;

/** A Map that counts its changes in a counter it shares, so that caches
 * over several maps know when to refresh. */
export class CountedMap<K, V> extends Map<K, V> {
  constructor(private readonly counter: { n: number }) {
    super();
  }
  override set(k: K, v: V): this {
    this.counter.n++;
    return super.set(k, v);
  }
  override delete(k: K): boolean {
    this.counter.n++;
    return super.delete(k);
  }
  override clear(): void {
    this.counter.n++;
    super.clear();
  }
}

/** Bits of Netns.devState(): the device exists and is up (else its next
 * hops are dead: RTNH_F_DEAD), and it has carrier (else RTNH_F_LINKDOWN). */
export const DEV_UP = 1;
export const DEV_CARRIER = 2;

export class Netns {
  /** Changes to links, their carrier and up flags: devState()'s key. */
  private readonly linkChanges = { n: 0 };
  readonly links = new CountedMap<number, Link>(this.linkChanges);
  /** Last ifindex handed out (net->ifindex), for cyclic allocation. */
  lastIfindex = 0;
  /** peernet2id: other namespace inode -> nsid. */
  readonly nsids = new Map<number, number>();
  readonly sysctl: Sysctl;
  readonly fib = new Fib();
  /** iptables/ip6tables tables, chains, rules and counters (netfilter/). */
  netfilter = new Netfilter();
  /** dev->operstate as last computed by linkwatch (before netif_running()). */
  readonly operstate = new Map<number, OperState>();
  /** Carrier (netif_carrier_ok) per ifindex. */
  readonly carrier = new CountedMap<number, boolean>(this.linkChanges);
  private devStates = new Uint8Array(0);
  private devStatesKey = -1;

  constructor(
    readonly kernel: Kernel,
    readonly inode: number,
    sysctl?: Sysctl,
  ) {
    this.sysctl = sysctl ?? new Sysctl();
  }

  // ---- lookup ------------------------------------------------------------

  /** __dev_get_by_name(): the name or an alternative name (netdev_name_node_lookup()). */
  byName(name: string): Link | undefined {
    for (const l of this.links.values()) if (l.name === name || l.altnames?.includes(name)) return l;
    return undefined;
  }

  /** rtnl_alt_ifname() for RTM_NEWLINKPROP: IFLA_ALT_IFNAME is checked
   * against the policy (at most ALTIFNAMSIZ - 1 bytes), then
   * netdev_name_node_alt_create() refuses any name in use in the namespace. */
  addAltname(l: Link, name: string): void {
    if (Buffer.byteLength(name) >= ALTIFNAMSIZ) throw kerr('EINVAL', 'Attribute failed policy validation');
    if (this.byName(name)) throw kerr('EEXIST');
    (l.altnames ??= []).push(name);
  }

  /** netdev_name_node_alt_destroy(): only an alternative name of this device. */
  delAltname(l: Link, name: string): void {
    if (Buffer.byteLength(name) >= ALTIFNAMSIZ) throw kerr('EINVAL', 'Attribute failed policy validation');
    const owner = this.byName(name);
    if (!owner) throw kerr('ENOENT');
    if (owner !== l || owner.name === name) throw kerr('EINVAL');
    l.altnames = l.altnames!.filter((n) => n !== name);
    if (!l.altnames.length) l.altnames = undefined;
  }

  byIndex(ifindex: number): Link | undefined {
    return this.links.get(ifindex);
  }

  /** Devices in dump order (ascending ifindex, as for_each_netdev_dump). */
  list(): Link[] {
    return [...this.links.values()].sort((a, b) => a.ifindex - b.ifindex);
  }

  requireIndex(ifindex: number): Link {
    const l = this.links.get(ifindex);
    if (!l) throw kerr('ENODEV');
    return l;
  }

  // ---- ifindex and nsid ----------------------------------------------------

  /** dev_index_reserve(): the next free index after the last one, cyclic. */
  allocIfindex(wanted = 0): number {
    if (wanted) {
      if (this.links.has(wanted)) throw kerr('EEXIST');
      return wanted;
    }
    let i = this.lastIfindex;
    for (;;) {
      i = i >= 0x7fffffff ? 1 : i + 1;
      if (!this.links.has(i)) break;
    }
    this.lastIfindex = i;
    return i;
  }

  /** peernet2id_alloc(): the id this namespace uses for `other`, allocated on first use. */
  nsidFor(other: Netns): number {
    if (other === this) return -1;
    let id = this.nsids.get(other.inode);
    if (id === undefined) {
      const used = new Set(this.nsids.values());
      id = 0;
      while (used.has(id)) id++;
      this.nsids.set(other.inode, id);
    }
    return id;
  }

  // ---- devices -------------------------------------------------------------

  /** Loopback, created with every namespace (loopback_net_init). */
  createLoopback(): Link {
    const lo = this.register({ name: 'lo', kind: 'loopback' }, 1);
    lo.mac = ZERO_MAC;
    lo.broadcast = ZERO_MAC;
    return lo;
  }

  private makeLink(spec: NewLinkSpec, ifindex: number): Link {
    const [mtu, minMtu, maxMtu] = MTU_LIMITS[spec.kind];
    const macSet = spec.mac !== undefined;
    return {
      ifindex,
      name: spec.name,
      kind: spec.kind,
      up: false,
      mtu: spec.mtu ?? mtu,
      minMtu,
      maxMtu,
      mac: spec.mac ?? (spec.kind === 'loopback' ? ZERO_MAC : this.kernel.randomMac()),
      broadcast: spec.kind === 'loopback' ? ZERO_MAC : BROADCAST_MAC,
      macSet,
      alias: spec.alias,
      group: spec.group ?? 0,
      // ether_setup() gives 1000 (macvlan recorded; dummy, vlan and vrf keep it).
      txqlen: spec.txqlen ?? 1000,
      // dummy_setup(): IFF_NOARP set, IFF_MULTICAST cleared; vrf_dev_init():
      // dev->flags = IFF_MASTER | IFF_NOARP (no BROADCAST, no MULTICAST).
      noarp: spec.kind === 'vrf' || spec.kind === 'dummy',
      multicast: spec.kind !== 'loopback' && spec.kind !== 'dummy' && spec.kind !== 'vrf',
      promisc: 0,
      allmulti: 0,
      addrgenmode: 'eui64',
      // veth_get_num_queues(): num_possible_cpus() of the recording machine.
      numTxQueues: spec.numTxQueues ?? (spec.kind === 'veth' ? VETH_QUEUES : 1),
      numRxQueues: spec.numRxQueues ?? (spec.kind === 'veth' ? VETH_QUEUES : 1),
      gsoMaxSize: 65536,
      gsoMaxSegs: 65535,
      groMaxSize: 65536,
      // netif_set_tso_max_size(dev, GSO_MAX_SIZE) in loopback, veth and bridge setup.
      // netif_set_tso_max_size(dev, GSO_MAX_SIZE) in loopback and veth setup; a
      // bridge keeps the legacy 65536 until br_set_gso_limits() runs on a port change.
      tsoMaxSize: spec.kind === 'loopback' || spec.kind === 'veth' ? 524280 : 65536,
      tsoMaxSegs: 65535,
      ipv4: [],
      ipv6: [],
      stats: emptyStats(),
      vrfTable: spec.vrfTable,
    };
  }

  /** register_netdevice(): name and index checks, sysctls, initial carrier. */
  register(spec: NewLinkSpec, wantedIndex = 0): Link {
    if (!validIfName(spec.name)) throw kerr('EINVAL');
    if (this.byName(spec.name)) throw kerr('EEXIST');
    const ifindex = this.allocIfindex(wantedIndex);
    const link = this.makeLink(spec, ifindex);
    this.links.set(ifindex, link);
    // lo's keys come with the namespace (fresh-netns.json).
    if (spec.kind !== 'loopback') this.sysctl.addDevice(link.name, link.mtu);
    // idev->cnf.addr_gen_mode comes from default like every conf entry.
    if (spec.kind !== 'loopback') link.addrgenmode = this.sysctl.addrGenMode(link.name) ?? link.addrgenmode;
    // Drivers that start with the carrier off (veth_newlink, stacked devices
    // whose lower has none) get their operstate computed at registration
    // (linkwatch_init_dev); the others stay UNKNOWN until a carrier event.
    const carrierOff = spec.kind === 'veth';
    this.carrier.set(ifindex, !carrierOff);
    // netif_carrier_off() before registration counts as a carrier change.
    if (carrierOff) link.carrierChanges = 1;
    // vrf_dev_init(): "oper state is irrelevant; set to up to avoid confusion".
    this.operstate.set(ifindex, spec.kind === 'vrf' ? 'UP' : 'UNKNOWN');
    // netif_carrier_off() queued linkwatch work: computed once the request is done.
    if (carrierOff) this.kernel.linkwatchPending.add(link);
    return link;
  }

  /** dev_alloc_name(): the first free "prefix%d" name. */
  allocName(pattern: string): string {
    for (let i = 0; ; i++) {
      const n = pattern.replace('%d', String(i));
      if (!this.byName(n)) return n;
    }
  }

  /** rtnl_newlink(): create a device of any kind (a veth creates its peer first). */
  createLink(spec: NewLinkSpec): Link {
    const pattern = spec.name.includes('%d');
    if (!pattern) {
      if (!validIfName(spec.name)) throw kerr('EINVAL');
      if (this.byName(spec.name)) throw kerr('EEXIST');
    }
    if (spec.kind === 'veth') {
      const peerNs = spec.peer?.ns ?? this;
      const p = spec.peer ?? {};
      const peerName = p.name === undefined || p.name.includes('%d') ? peerNs.allocName(p.name ?? 'veth%d') : p.name;
      if (!validIfName(peerName)) throw kerr('EINVAL');
      // A peer taking the device's own name registers, then the device fails
      // (EEXIST) and the peer goes again: its ifindex stays consumed.
      if (peerNs.byName(peerName)) throw kerr('EEXIST');
      const peer = peerNs.register({ name: peerName, kind: 'veth', mac: p.mac, mtu: p.mtu, txqlen: p.txqlen, numTxQueues: p.numTxQueues, numRxQueues: p.numRxQueues, alias: p.alias, group: p.group }, p.ifindex);
      // register the device last, its name allocated now (veth_newlink()).
      let dev: Link;
      try {
        dev = this.register(pattern ? { ...spec, name: this.allocName(spec.name) } : spec, spec.ifindex);
      } catch (e) {
        peerNs.unregister(peer);
        throw e;
      }
      dev.peer = { ns: peerNs.inode, ifindex: peer.ifindex };
      peer.peer = { ns: this.inode, ifindex: dev.ifindex };
      if (peerNs !== this) {
        this.nsidFor(peerNs);
        peerNs.nsidFor(this);
      }
      // veth_newlink() turns the carrier off on both ends.
      return dev;
    }
    if (spec.kind === 'vlan') return this.createVlan(spec, pattern);
    if (spec.kind === 'macvlan') return this.createMacvlan(spec, pattern);
    if (spec.kind === 'vrf') return this.createVrf(spec, pattern);
    if (spec.kind === 'ipvlan') {
      return ipvlanNewlink(this, spec, spec.ipvlan, (s) => this.register(pattern ? { ...s, name: this.allocName(s.name) } : s, s.ifindex), (d, lower) => this.stackedInitialCarrier(d, lower));
    }
    if (spec.kind === 'ifb') {
      const d = this.register(pattern ? { ...spec, name: this.allocName(spec.name) } : spec, spec.ifindex);
      ifbSetup(d, spec.txqlen);
      return d;
    }
    if (spec.kind === 'tun') {
      // tun_set_iff(): alloc_netdev_mqs() + tun_net_init(), then register.
      const t = this.register(pattern ? { ...spec, name: this.allocName(spec.name) } : spec, spec.ifindex);
      t.tun = { ...spec.tun! };
      tunSetup(t);
      return t;
    }
    if (spec.kind === 'vxlan') {
      // vxlan_newlink(): the configuration is checked before registration.
      const { conf, lower } = vxlanNewConfig(this, spec.vxlan ?? {}, spec.mtu);
      const vx = this.register(pattern ? { ...spec, name: this.allocName(spec.name) } : spec, spec.ifindex);
      vxlanAttach(vx, conf, lower, spec.mtu !== undefined);
      return vx;
    }
    const dev = this.register(pattern ? { ...spec, name: this.allocName(spec.name) } : spec, spec.ifindex);
    if (spec.kind === 'bridge') {
      dev.bridge = {
        forwardDelay: 1500,
        helloTime: 200,
        maxAge: 2000,
        ageingTime: 30000,
        stpState: 0,
        priority: 32768,
        vlanFiltering: 0,
        vlanProtocol: '802.1Q',
        vlanDefaultPvid: 1,
        groupFwdMask: 0,
        mcastSnooping: 1,
        nfCallIptables: 0,
        nfCallIp6tables: 0,
        nfCallArptables: 0,
        ...spec.bridge,
      };
      // br_dev_newlink(): IFLA_ADDRESS → br_stp_change_bridge_id(), then br_changelink()
      // (priority, stp_state): each runs br_port_state_selection(), which turns the
      // carrier off while no port forwards.
      if (spec.mac !== undefined || spec.bridge?.priority !== undefined || spec.bridge?.stpState) this.bridgeUpdateCarrier(dev);
    }
    return dev;
  }

  /** The vlan and macvlan devices stacked on `l`, in whatever namespace
   * they were moved to (the real device's notifiers still reach them). */
  stacked(l: Link, kind?: 'vlan' | 'macvlan'): { ns: Netns; link: Link }[] {
    const out: { ns: Netns; link: Link }[] = [];
    // Called on every carrier and state change: no sorting unless found.
    for (const ns of this.kernel.namespaces.values())
      for (const u of ns.links.values()) if (u.lower !== undefined && u.lower.ns === this.inode && u.lower.ifindex === l.ifindex && (!kind || u.kind === kind)) out.push({ ns, link: u });
    return out.length > 1 ? out.sort((a, b) => (a.ns === b.ns ? a.link.ifindex - b.link.ifindex : 0)) : out;
  }

  /** vlan_newlink() in net/8021q/vlan_netlink.c (vlan_validate() ran first). */
  private createVlan(spec: NewLinkSpec, pattern: boolean): Link {
    const data = spec.vlan ?? {};
    if (data.id === undefined) throw kerr('EINVAL', '8021q: VLAN id not specified');
    const lower = spec.lower !== undefined ? this.links.get(spec.lower) : undefined;
    if (spec.lower === undefined) throw kerr('EINVAL', '8021q: link not specified');
    if (!lower) throw kerr('ENODEV', '8021q: link does not exist');
    const proto = data.protocol === 0x88a8 ? '802.1ad' : '802.1Q';
    // vlan_check_real_dev(): NETIF_F_VLAN_CHALLENGED (loopback; vrf_setup():
    // "does not make sense for a VLAN to be added to a vrf device"), then a
    // vlan of the same protocol and id on the device.
    if (lower.kind === 'loopback' || lower.kind === 'vrf') throw kerr('EOPNOTSUPP', '8021q: VLANs not supported on device');
    if (this.stacked(lower, 'vlan').some(({ link: d }) => d.vlanId === data.id && d.vlanProtocol === proto)) throw kerr('EEXIST', '8021q: VLAN device already exists');
    // No IFLA_MTU: the real device's MTU; a larger one is refused.
    if (spec.mtu !== undefined && spec.mtu > lower.mtu) throw kerr('EINVAL');
    // vlan_dev_init(): without an address the vlan takes the real device's
    // (NET_ADDR_STOLEN), and follows it while it is up (vlan_sync_address()).
    const dev = this.register({ ...(pattern ? { ...spec, name: this.allocName(spec.name) } : spec), mtu: spec.mtu ?? lower.mtu, mac: spec.mac ?? lower.mac }, spec.ifindex);
    dev.macSet = spec.mac !== undefined;
    dev.lower = { ns: this.inode, ifindex: lower.ifindex };
    dev.vlanId = data.id;
    dev.vlanProtocol = proto;
    dev.vlanFlags = VLAN_FLAG.REORDER_HDR;
    // vlan_setup(): min_mtu 0, max_mtu ETH_MAX_MTU; netif_inherit_tso_max().
    dev.minMtu = 0;
    dev.maxMtu = 65535;
    dev.tsoMaxSize = lower.tsoMaxSize;
    dev.tsoMaxSegs = lower.tsoMaxSegs;
    this.vlanChangelink(dev, data);
    this.stackedInitialCarrier(dev, lower);
    return dev;
  }

  /** vlan_changelink(): flags (vlan_dev_change_flags()), then the QoS maps. */
  vlanChangelink(l: Link, data: VlanData): void {
    if (data.flags) {
      const { flags, mask } = data.flags;
      if (mask & ~VLAN_FLAGS_ALL) throw kerr('EINVAL');
      l.vlanFlags = ((l.vlanFlags ?? VLAN_FLAG.REORDER_HDR) & ~mask) | (flags & mask);
    }
    for (const [from, to] of data.ingress ?? []) {
      // vlan_dev_set_ingress_priority(dev, skb_prio = to, vlan_prio = from)
      (l.vlanIngress ??= [0, 0, 0, 0, 0, 0, 0, 0])[from & 7] = to >>> 0;
    }
    for (const [from, to] of data.egress ?? []) {
      // vlan_dev_set_egress_priority(dev, skb_prio = from, vlan_prio = to):
      // an existing entry for the priority is updated, else one is added at
      // the head of its bucket.
      const map = (l.vlanEgress ??= Array.from({ length: 16 }, () => []));
      const qos = (to << 13) & 0xe000;
      const bucket = map[from & 0xf];
      const e = bucket.find((x) => x[0] === from >>> 0);
      if (e) e[1] = qos;
      else bucket.unshift([from >>> 0, qos]);
    }
  }

  /** What vlan_fill_info() reports of the QoS maps: ingress entries that are
   * set, by priority; egress entries with a qos, by bucket then newest first. */
  vlanQosMaps(l: Link): { ingress?: [number, number][]; egress?: [number, number][] } {
    const ingress = (l.vlanIngress ?? []).map((to, from) => [from, to] as [number, number]).filter(([, to]) => to !== 0);
    const egress: [number, number][] = [];
    for (const bucket of l.vlanEgress ?? []) for (const [prio, qos] of bucket) if (qos) egress.push([prio, (qos >> 13) & 7]);
    return { ingress: ingress.length ? ingress : undefined, egress: egress.length ? egress : undefined };
  }

  /** macvlan_common_newlink() in drivers/net/macvlan.c. */
  private createMacvlan(spec: NewLinkSpec, pattern: boolean): Link {
    const data = spec.macvlan ?? {};
    if (spec.lower === undefined) throw kerr('EINVAL');
    let lower = this.links.get(spec.lower);
    if (!lower) throw kerr('ENODEV');
    // A macvlan on a macvlan is a macvlan of the real device.
    if (lower.kind === 'macvlan' && lower.lower) lower = this.links.get(lower.lower.ifindex) ?? lower;
    if (spec.mtu !== undefined && spec.mtu > lower.mtu) throw kerr('EINVAL');
    // macvlan_port_create(): an Ethernet device, not loopback; its rx handler
    // must be free (a bridge port's is the bridge's).
    const siblings = this.stacked(lower, 'macvlan').map((x) => x.link);
    if (!siblings.length) {
      if (lower.kind === 'loopback') throw kerr('EINVAL');
      if (lower.master !== undefined && this.links.get(lower.master)?.kind === 'bridge') throw kerr('EBUSY');
      // macvlan_port_create(): an ipvlan port holds the rx handler.
      if (lower.ipvlanPort) throw kerr('EBUSY');
    }
    const mode = data.mode ?? 'vepa';
    // Only one macvlan on a passthru port, and passthru only on a new port.
    if (siblings.some((d) => d.macvlanMode === 'passthru')) throw kerr('EINVAL');
    if (mode === 'passthru' && siblings.length) throw kerr('EINVAL');
    if (data.macaddr && mode !== 'source') throw kerr('EINVAL');
    const dev = this.register({ ...(pattern ? { ...spec, name: this.allocName(spec.name) } : spec), mtu: spec.mtu ?? lower.mtu, mac: spec.mac ?? (mode === 'passthru' ? lower.mac : undefined) }, spec.ifindex);
    if (mode === 'passthru' && spec.mac === undefined) dev.macSet = false;
    dev.lower = { ns: this.inode, ifindex: lower.ifindex };
    dev.macvlanMode = mode;
    dev.macvlanFlags = data.flags ?? 0;
    dev.maxMtu = lower.maxMtu;
    dev.tsoMaxSize = lower.tsoMaxSize;
    if (data.macaddr) this.macvlanSources(dev, data.macaddr);
    dev.macvlanBcQueueLen = data.bcQueueLen ?? 1000;
    this.macvlanUpdateBcQueueLen(lower);
    this.stackedInitialCarrier(dev, lower);
    return dev;
  }

  /** macvlan_changelink(): passthru can be neither set nor cleared; flags,
   * the broadcast queue length, the mode, then the source addresses. */
  macvlanChangelink(l: Link, data: MacvlanData): void {
    if (data.mode !== undefined && (data.mode === 'passthru') !== (l.macvlanMode === 'passthru')) throw kerr('EINVAL');
    if (data.mode !== undefined && l.macvlanMode === 'source' && data.mode !== 'source') l.macvlanSources = undefined;
    if (data.flags !== undefined) l.macvlanFlags = data.flags;
    const lower = l.lower ? this.kernel.deref(l.lower) : undefined;
    if (data.bcQueueLen !== undefined) {
      l.macvlanBcQueueLen = data.bcQueueLen;
      if (lower) lower.ns.macvlanUpdateBcQueueLen(lower.link);
    }
    if (data.mode !== undefined) l.macvlanMode = data.mode;
    if (data.macaddr) {
      if (l.macvlanMode !== 'source') throw kerr('EINVAL');
      this.macvlanSources(l, data.macaddr);
    }
  }

  /** macvlan_changelink_sources() */
  private macvlanSources(l: Link, req: NonNullable<MacvlanData['macaddr']>): void {
    let list = l.macvlanSources ?? [];
    if (req.mode === 'add') {
      if (!req.macs.length) throw kerr('EINVAL');
      if (!list.includes(req.macs[0])) list = [...list, req.macs[0]];
    } else if (req.mode === 'del') {
      if (!req.macs.length) throw kerr('EINVAL');
      list = list.filter((m) => m !== req.macs[0]);
    } else if (req.mode === 'flush') list = [];
    else {
      list = [];
      for (const m of req.macs) if (!list.includes(m)) list.push(m);
    }
    l.macvlanSources = list.length ? list : undefined;
  }

  /** The source addresses as macvlan_fill_info() lists them: by hash
   * bucket, newest first within one. */
  macvlanSourceList(l: Link): Mac[] {
    const list = l.macvlanSources ?? [];
    return list
      .map((m, i) => ({ m, i, h: macvlanEthHash(m) }))
      .sort((a, b) => a.h - b.h || b.i - a.i)
      .map((x) => x.m);
  }

  /** update_port_bc_queue_len(): the largest request of the port's macvlans. */
  macvlanUpdateBcQueueLen(lower: Link): void {
    let max = 0;
    for (const { link: d } of this.stacked(lower, 'macvlan')) max = Math.max(max, d.macvlanBcQueueLen ?? 1000);
    lower.macvlanPortBcUsed = max;
  }

  /** netif_stacked_transfer_operstate() at creation: the lower's carrier. */
  private stackedInitialCarrier(dev: Link, lower: Link): void {
    if (!this.hasCarrier(lower)) {
      this.carrier.set(dev.ifindex, false);
      dev.carrierChanges = 1;
      this.kernel.linkwatchPending.add(dev);
    }
  }

  /** vrf_newlink() in drivers/net/vrf.c: the table id is required and not 0;
   * vrf_dev_init() creates the IPv4 and IPv6 tables; the first VRF of the
   * namespace adds the l3mdev rules (vrf_add_fib_rules(), preference 1000,
   * protocol kernel; an existing equal rule is fine). */
  private createVrf(spec: NewLinkSpec, pattern: boolean): Link {
    if (spec.vrfTable === undefined) throw kerr('EINVAL', 'VRF table id is missing');
    if (spec.vrfTable === 0) throw kerr('EINVAL', 'Invalid VRF table id');
    const dev = this.register(pattern ? { ...spec, name: this.allocName(spec.name) } : spec, spec.ifindex);
    dev.vrfTable = spec.vrfTable;
    // vrf_map_register_dev(): tables are shared unless net.vrf.strict_mode is on.
    if (this.sysctl.getInt('net.vrf.strict_mode') === 1 && this.list().some((o) => o !== dev && o.kind === 'vrf' && o.vrfTable === spec.vrfTable)) {
      this.unregister(dev);
      throw kerr('EBUSY', 'Table is used by another VRF');
    }
    this.fib.touch(spec.vrfTable, 4);
    this.fib.touch(spec.vrfTable, 6);
    if (!this.fib.l3mdevRulesAdded) {
      for (const family of [4, 6] as const) {
        const rule: FibRule = { priority: 1000, action: 'table', table: 0, srcLen: 0, dstLen: 0, tos: 0, protocol: PROTO.kernel, l3mdev: true };
        try {
          addRule(this, family, rule, true);
        } catch (e) {
          if (!(e instanceof KernelError && e.errno === 'EEXIST')) throw e;
        }
      }
      this.fib.l3mdevRulesAdded = true;
    }
    return dev;
  }

  /** l3mdev_master_ifindex(): the VRF a device belongs to (itself for a VRF), 0 for none. */
  l3mdevMaster(l: Link | undefined): number {
    if (!l) return 0;
    if (l.kind === 'vrf') return l.ifindex;
    if (l.master !== undefined && this.links.get(l.master)?.kind === 'vrf') return l.master;
    return 0;
  }

  /** l3mdev_fib_table(): the VRF table of a VRF or of a device enslaved to one, else 0. */
  l3mdevTable(l: Link | undefined): number {
    const m = this.l3mdevMaster(l);
    return m ? (this.links.get(m)?.vrfTable ?? 0) : 0;
  }

  /** br_changelink() on an existing bridge. */
  setBridgeOpts(br: Link, opts: Partial<NonNullable<Link['bridge']>>): void {
    if (!br.bridge) return;
    const stpStarts = !!opts.stpState && !br.bridge.stpState;
    Object.assign(br.bridge, opts);
    // br_stp_set_bridge_priority() and br_stp_start() (kernel STP outside the
    // initial namespace) both end in br_port_state_selection().
    if (opts.priority !== undefined || stpStarts) this.bridgeUpdateCarrier(br);
  }

  isRunning(l: Link): boolean {
    return l.up;
  }

  /** fib6_start_gc(): a route with a lifetime arms the garbage collector
   * (net.ipv6.route.gc_interval from now) unless it is pending. */
  fib6StartGc(): void {
    if (this.fib.gc6At === undefined) this.fib.gc6At = Math.ceil(this.kernel.now() + this.fib6GcInterval());
  }

  private fib6GcInterval(): number {
    return this.sysctl.getInt('net.ipv6.route.gc_interval', 30) * 1000;
  }

  /** fib6_run_gc() at time `at`: IPv6 routes whose lifetime is over go
   * (fib6_age()); the timer is armed again (round_jiffies(), a whole
   * second) while routes with a lifetime remain, else stopped. */
  fib6Gc(at: number): void {
    let more = false;
    this.fib.removeWhere((r) => {
      if (r.family !== 6 || r.expires === undefined) return false;
      if (at > r.expires) return true;
      more = true;
      return false;
    }, 6);
    this.fib.gc6At = more ? Math.round((at + this.fib6GcInterval()) / 1000) * 1000 : undefined;
  }

  /** DEV_UP | DEV_CARRIER of device ifindex, from a table rebuilt only when
   * a link, its carrier or its up flag changed: the kernel keeps these as
   * next-hop flags, updated by fib_sync_down_dev()/fib_sync_up(), so a
   * route lookup reads a flag rather than the device. */
  devState(ifindex: number): number {
    const key = this.linkChanges.n;
    if (key !== this.devStatesKey) this.buildDevStates(key);
    if (ifindex < this.devStates.length) return this.devStates[ifindex];
    const l = this.links.get(ifindex);
    return l ? (l.up ? DEV_UP : 0) | (this.hasCarrier(l) ? DEV_CARRIER : 0) : 0;
  }

  private buildDevStates(key: number): void {
    let max = 0;
    for (const i of this.links.keys()) if (i < 65536 && i > max) max = i;
    const st = new Uint8Array(max + 1);
    for (const l of this.links.values()) if (l.ifindex <= max) st[l.ifindex] = (l.up ? DEV_UP : 0) | (this.hasCarrier(l) ? DEV_CARRIER : 0);
    this.devStates = st;
    this.devStatesKey = key;
  }

  hasCarrier(l: Link): boolean {
    return this.carrier.get(l.ifindex) ?? true;
  }

  /** IFF_RUNNING|IFF_LOWER_UP as dev_get_flags() reports them. */
  lowerUp(l: Link): boolean {
    return l.up && this.hasCarrier(l);
  }

  /** IFLA_OPERSTATE: netif_running(dev) ? dev->operstate : IF_OPER_DOWN. */
  operState(l: Link): OperState {
    // What linkwatch computed at the device's last event (registration, carrier
    // change, open without carrier); UNKNOWN for devices that never had one.
    this.kernel.settleLinkwatch();
    if (!l.up) return 'DOWN';
    return this.operstate.get(l.ifindex) ?? 'UNKNOWN';
  }

  /** dev_get_iflink(): the peer's index for veth, the lower's for stacked devices. */
  iflink(l: Link): number {
    if (l.peer) return l.peer.ifindex;
    if (l.lower) return l.lower.ifindex;
    return l.ifindex;
  }

  /** default_operstate() in net/core/link_watch.c. */
  private defaultOperstate(l: Link): OperState {
    // The peer is looked up by index in the device's own namespace, even when
    // it lives in another one: LOWERLAYERDOWN only if that device lacks carrier.
    if (!this.hasCarrier(l)) {
      const iflink = this.iflink(l);
      if (iflink === l.ifindex) return 'DOWN';
      const peer = this.links.get(iflink);
      if (!peer) return 'DOWN';
      return this.hasCarrier(peer) ? 'DOWN' : 'LOWERLAYERDOWN';
    }
    return 'UP';
  }

  /** netif_carrier_on/off followed by the linkwatch event it fires. */
  setCarrier(l: Link, on: boolean): void {
    if (this.hasCarrier(l) === on) return;
    this.carrier.set(l.ifindex, on);
    l.carrierChanges = (l.carrierChanges ?? 0) + 1;
    this.linkwatch(l);
  }

  /** linkwatch_do_dev(): recompute operstate, then NETDEV_CHANGE listeners. */
  private linkwatch(l: Link): void {
    // linkwatch_do_dev() runs from a work queue after the request that fired
    // the event: the operstate is computed then (settleLinkwatch()), against
    // the devices as they are by that time.
    this.kernel.linkwatchPending.add(l);
    this.onCarrierChange(l);
  }

  /** Run the pending linkwatch work of a device of this namespace. */
  linkwatchRun(l: Link): void {
    if (this.links.get(l.ifindex) !== l) return;
    this.operstate.set(l.ifindex, this.defaultOperstate(l));
  }

  private onCarrierChange(l: Link): void {
    // Carrier lost on an up device: addresses stay; routes show linkdown at
    // dump time; nexthop objects on it go (nh_netdev_event(NETDEV_CHANGE)).
    if (!this.hasCarrier(l)) nexthopFlushDev(this, l.ifindex);
    if (l.up && this.hasCarrier(l)) this.addrconfLinkReady(l);
    if (l.master !== undefined) {
      const br = this.links.get(l.master);
      if (br?.kind === 'bridge') this.bridgeUpdateCarrier(br);
    }
    for (const u of this.stacked(l)) this.stackedTransfer(u, l);
  }

  /** netif_stacked_transfer_operstate(): vlan/macvlan follow their lower. */
  private stackedTransfer(upper: { ns: Netns; link: Link }, lower: Link): void {
    // ipvlan_device_event() transfers on NETDEV_UP and NETDEV_CHANGE only;
    // linkwatch sends NETDEV_CHANGE only for a device that is up.
    if (upper.link.kind === 'ipvlan' && !lower.up) return;
    upper.ns.setCarrier(upper.link, this.lowerUp(lower));
  }

  /** Bridge carrier: on while at least one port forwards (br_port_carrier_check). */
  private bridgeUpdateCarrier(br: Link): void {
    const ports = [...this.links.values()].filter((p) => p.master === br.ifindex);
    const forwarding = ports.some((p) => this.lowerUp(p));
    this.setCarrier(br, forwarding);
  }

  /** The devices enslaved to a master, in dump order. */
  ports(master: Link): Link[] {
    return this.list().filter((p) => p.master === master.ifindex);
  }

  /** br_set_gso_limits(): the smallest TSO limit of the ports (TSO_MAX_SIZE with none). */
  private bridgeGsoLimits(br: Link): void {
    let tso = 524280;
    for (const p of this.ports(br)) tso = Math.min(tso, p.tsoMaxSize);
    br.tsoMaxSize = tso;
  }

  /** br_stp_recalculate_bridge_id(): the lowest port MAC unless set by the user. */
  bridgeRecalcMac(br: Link): void {
    if (br.macSet) return;
    let min: Mac | null = null;
    for (const p of this.ports(br)) if (min === null || p.mac < min) min = p.mac;
    const next = min ?? ZERO_MAC;
    if (next !== br.mac) this.changeMacInternal(br, next);
  }

  changeMacInternal(l: Link, mac: Mac): void {
    const old = l.mac;
    l.mac = mac;
    if (old !== mac && l.master !== undefined) {
      const br = this.links.get(l.master);
      if (br?.kind === 'bridge') this.bridgeRecalcMac(br);
    }
    if (old !== mac) this.lowerAddressChanged(l);
  }

  // ---- admin state -------------------------------------------------------

  /** dev_open()/dev_close() and the NETDEV_UP/NETDEV_DOWN listeners. */
  setUp(l: Link, up: boolean): void {
    if (l.up === up) return;
    if (up) {
      // vlan_dev_open(): the lower device must be up unless loose_binding
      // (macvlan has no such rule); a stolen address is taken again from the
      // real device, whose address is remembered for vlan_sync_address().
      if (l.lower && l.kind === 'vlan') {
        const lower = this.kernel.deref(l.lower);
        if (!lower || (!lower.ns.isRunning(lower.link) && !((l.vlanFlags ?? 0) & VLAN_FLAG.LOOSE_BINDING))) throw kerr('ENETDOWN');
        if (!l.macSet && l.mac !== lower.link.mac) {
          neighDeviceEvent(this, l.ifindex, 'changeaddr');
          this.changeMacInternal(l, lower.link.mac);
        }
        l.vlanRealDevAddr = lower.link.mac;
        if (lower.ns.hasCarrier(lower.link) && !((l.vlanFlags ?? 0) & VLAN_FLAG.BRIDGE_BINDING)) this.setCarrier(l, true);
      }
      if (l.vxlan) vxlanOpen(this, l);
      if (l.kind === 'ipvlan') ipvlanOpen(this, l);
      l.up = true;
      this.linkChanges.n++;
      // dev_activate(): IFF_NO_QUEUE devices get noqueue as root qdisc, kept after down.
      // tun/tap have a real queue: the default qdisc (pfifo_fast on the
      // recording host), mq over several queues.
      l.qdisc = l.kind === 'tun' || l.kind === 'ifb' ? (l.numTxQueues > 1 ? 'mq' : 'pfifo_fast') : 'noqueue';
      this.onUp(l);
    } else {
      l.up = false;
      this.linkChanges.n++;
      // vlan_dev_stop(): netif_carrier_off().
      if (l.kind === 'vlan') this.setCarrier(l, false);
      this.onDown(l);
    }
  }

  private onUp(l: Link): void {
    // inetdev_event(NETDEV_UP): loopback's conf entries all count as set
    // (ipv4_devconf_setall(): lo no longer follows `default`) ...
    if (l.kind === 'loopback' && l.mtu >= 68) this.sysctl.devconfSetAll(l.name);
    // ... and it gets 127.0.0.1/8 scope host.
    if (l.kind === 'loopback' && l.mtu >= 68 && !l.ipv4.some((a) => a.local === 0x7f000001 && a.prefixlen === 8)) {
      this.addAddr4(l, { local: 0x7f000001, address: 0x7f000001, prefixlen: 8, scope: 254, label: l.name, secondary: false, noprefixroute: false, hasPeer: false, validLft: 0xffffffff, preferredLft: 0xffffffff });
    }
    // NETDEV_UP: IPv4 routes for every address (fib_netdev_event → fib_add_ifaddr).
    for (const ifa of l.ipv4) this.fibAddIfaddr(l, ifa);
    if (l.kind === 'loopback') this.addrconfLoopback(l);
    if (l.peer) {
      // veth_open(): carrier on both ends once the peer is up too.
      const peer = this.kernel.deref(l.peer);
      if (peer && peer.link.up) {
        this.setCarrier(l, true);
        peer.ns.setCarrier(peer.link, true);
      }
    }
    this.addrconfUp(l);
    if (this.hasCarrier(l)) this.addrconfLinkReady(l);
    for (const u of this.stacked(l)) this.stackedTransfer(u, l);
    if (l.master !== undefined) {
      const br = this.links.get(l.master);
      if (br?.kind === 'bridge') this.bridgeUpdateCarrier(br);
    }
    // vlan_device_event(NETDEV_UP): the vlans on the device come up too
    // (not those with loose_binding), 802.1Q then 802.1ad, by id.
    for (const { ns, link: v } of this.vlanGroup(l)) if (!v.up && !((v.vlanFlags ?? 0) & VLAN_FLAG.LOOSE_BINDING)) ns.setUp(v, true);
  }

  /** vlan_group_for_each_dev(): the device's vlans, 802.1Q then 802.1ad, by id. */
  private vlanGroup(l: Link): { ns: Netns; link: Link }[] {
    const rank = (v: Link): number => (v.vlanProtocol === '802.1ad' ? 4096 : 0) + (v.vlanId ?? 0);
    return this.stacked(l, 'vlan').sort((a, b) => rank(a.link) - rank(b.link));
  }

  private onDown(l: Link): void {
    neighDeviceEvent(this, l.ifindex, 'down');
    if (l.peer) {
      const peer = this.kernel.deref(l.peer);
      this.setCarrier(l, false);
      if (peer) peer.ns.setCarrier(peer.link, false);
    }
    this.operstate.set(l.ifindex, this.hasCarrier(l) ? this.operstate.get(l.ifindex) ?? 'UNKNOWN' : this.defaultOperstate(l));
    // fib_disable_ip(): routes through the device go, local routes stay.
    this.fibFlushDev(l, false);
    // addrconf_ifdown(how=0): non-permanent IPv6 addresses go; all IPv6 routes via dev go.
    this.addrconfIfdown(l, false);
    for (const u of this.stacked(l)) this.stackedTransfer(u, l);
    if (l.master !== undefined) {
      const br = this.links.get(l.master);
      if (br?.kind === 'bridge') this.bridgeUpdateCarrier(br);
    }
    // vlan_device_event(NETDEV_DOWN): the up vlans go down too (not those
    // with loose_binding); dev_close_many() takes the list built head first.
    const close = this.vlanGroup(l).filter(({ link: v }) => v.up && !((v.vlanFlags ?? 0) & VLAN_FLAG.LOOSE_BINDING));
    for (const { ns, link: v } of close.reverse()) ns.setUp(v, false);
  }

  // ---- address requests (inet_rtm_newaddr / inet6_rtm_newaddr) --------------

  /** RTM_NEWADDR. */
  newAddress(req: AddrRequest, how: { create: boolean; excl: boolean; replace: boolean }): void {
    const l = this.requireIndex(req.ifindex);
    if (req.family === 4) return this.newAddress4(l, req, how);
    return this.newAddress6(l, req, how);
  }

  private newAddress4(l: Link, req: AddrRequest, how: { create: boolean; excl: boolean; replace: boolean }): void {
    if (req.prefixlen > 32) throw kerr('EINVAL');
    // rtm_to_ifaddr(): no in_device (MTU below 68).
    if (!this.sysctl.hasInet4(l.name)) throw kerr('ENOBUFS');
    // rtm_to_ifaddr(): ipv4_devconf_setall() — from now on the device keeps its
    // own values when `default` changes, whatever becomes of this request.
    this.sysctl.devconfSetAll(l.name);
    const local = Number(req.local ?? req.address ?? 0) >>> 0;
    const address = Number(req.address ?? req.local ?? 0) >>> 0;
    const valid = req.cacheinfo ? req.valid : INFINITY_LIFE;
    const preferred = req.cacheinfo ? req.preferred : INFINITY_LIFE;
    const existing = l.ipv4.find((o) => o.local === local && o.prefixlen === req.prefixlen && sameNet4(o.address, address, req.prefixlen));
    if (existing) {
      // find_matching_ifa(): NLM_F_EXCL or no NLM_F_REPLACE -> EEXIST.
      if (how.excl || !how.replace) throw kerr('EEXIST', 'ipv4: Address already assigned');
      if (req.metric !== undefined) existing.metric = req.metric;
      existing.validLft = valid;
      existing.preferredLft = preferred;
      return;
    }
    // No NLM_F_CREATE check: "userspace already relies on not having to provide this".
    void how.create;
    const ifa: IfAddr4 = {
      local,
      address,
      prefixlen: req.prefixlen,
      broadcast: req.broadcast,
      scope: req.scope,
      label: req.label ?? l.name,
      secondary: false,
      noprefixroute: (req.flags & IFA_NOPREFIXROUTE) !== 0,
      hasPeer: address !== local,
      metric: req.metric,
      validLft: valid,
      preferredLft: preferred,
    };
    if (valid === 0 || preferred > valid) throw kerr('EINVAL');
    // __inet_insert_ifa(): a zero local address is dropped silently.
    if (local === 0) return;
    this.addAddr4(l, ifa);
  }

  private newAddress6(l: Link, req: AddrRequest, how: { create: boolean; excl: boolean; replace: boolean }): void {
    if (req.prefixlen > 128) throw kerr('EINVAL');
    const local = BigInt(req.local ?? req.address ?? 0n);
    const peer = req.local !== undefined && req.address !== undefined && BigInt(req.address) !== local ? BigInt(req.address) : undefined;
    const valid = req.cacheinfo ? req.valid : INFINITY_LIFE;
    const preferred = req.cacheinfo ? req.preferred : INFINITY_LIFE;
    if (req.flags & IFA_MANAGETEMPADDR && req.prefixlen !== 64) throw kerr('EINVAL', 'ipv6: address with "mngtmpaddr" flag must have a prefix length of 64');
    const existing = l.ipv6.find((o) => o.local === local);
    if (existing) {
      if (how.excl || !how.replace) throw kerr('EEXIST', 'ipv6: address already assigned');
      existing.validLft = valid;
      existing.preferredLft = preferred;
      // inet6_addr_modify(): IFA_F_PERMANENT follows the new valid lifetime.
      existing.permanent = valid === INFINITY_LIFE;
      if (req.metric !== undefined) existing.metric = req.metric;
      return;
    }
    void how.create;
    // addrconf_add_dev(): no inet6_dev below IPV6_MIN_MTU (EINVAL), disable_ipv6 (EACCES).
    // ipv6_find_idev(): lo keeps its inet6_dev whatever its MTU.
    if (l.mtu < 1280 && l.kind !== 'loopback') throw kerr('EINVAL');
    if (this.sysctl.conf(6, l.name, 'disable_ipv6') !== 0) throw kerr('EACCES', 'ipv6: IPv6 is disabled on this device');
    if (local === 1n && l.kind !== 'loopback' && l.kind !== 'vrf') throw kerr('EINVAL', 'ipv6: Cannot assign loopback address on this device');
    const nodad = (req.flags & IFA_NODAD) !== 0;
    // addrconf_add_dev() → addrconf_add_mroute(): refused while the device is down.
    if (l.up && l.kind !== 'loopback' && l.kind !== 'vrf') this.addMulticastRoute(l);
    const ifa: IfAddr6 = {
      local,
      peer,
      prefixlen: req.prefixlen,
      scope: v6RtScope(local),
      noprefixroute: (req.flags & IFA_NOPREFIXROUTE) !== 0,
      nodad,
      permanent: valid === INFINITY_LIFE,
      managetempaddr: (req.flags & IFA_MANAGETEMPADDR) !== 0,
      // IFA_F_OPTIMISTIC is dropped together with IFA_F_NODAD (inet6_addr_add()).
      optimistic: (req.flags & IFA_OPTIMISTIC) !== 0 && !nodad,
      homeaddress: (req.flags & IFA_HOMEADDRESS) !== 0,
      // addrconf_dad_begin(): nodad, NOARP and loopback devices complete at once;
      // the others once the link has been ready (IF_READY, the settled state;
      // a carrier lost since then does not stop DAD).
      tentative: !(nodad || l.noarp || l.kind === 'loopback') && !(l.up && l.ifReady),
      metric: req.metric,
      validLft: valid,
      preferredLft: preferred,
    };
    // DAD runs now on a ready link: a node on the segment owning it makes it fail.
    if (!ifa.tentative && !nodad && !l.noarp && l.kind !== 'loopback' && this.dadConflict(l, local)) {
      ifa.tentative = true;
      ifa.dadfailed = true;
    }
    this.addAddr6(l, ifa);
  }

  /** RTM_DELADDR. */
  delAddress(req: AddrRequest): void {
    const l = this.requireIndex(req.ifindex);
    if (req.family === 4) {
      // inet_rtm_deladdr(): inetdev_by_index().
      if (!this.sysctl.hasInet4(l.name)) throw kerr('ENODEV', 'ipv4: Device not found');
      for (const ifa of l.ipv4) {
        if (req.local !== undefined && ifa.local !== Number(req.local) >>> 0) continue;
        if (req.label !== undefined && ifa.label !== req.label) continue;
        if (req.address !== undefined && (req.prefixlen !== ifa.prefixlen || !sameNet4(Number(req.address) >>> 0, ifa.address, ifa.prefixlen))) continue;
        this.delAddr4(l, ifa);
        return;
      }
      throw kerr('EADDRNOTAVAIL', 'ipv4: Address not found');
    }
    const a = BigInt(req.local ?? req.address ?? 0n);
    // inet6_addr_del(): no inet6_dev (MTU below 1280; lo keeps its own).
    // disable_ipv6 leaves the inet6_dev in place: the address is just not there.
    if (l.mtu < 1280 && l.kind !== 'loopback') throw kerr('ENXIO', 'ipv6: IPv6 is disabled on this device');
    const ifa = l.ipv6.find((o) => o.prefixlen === req.prefixlen && o.local === a);
    if (!ifa) throw kerr('EADDRNOTAVAIL', 'ipv6: address not found');
    this.delAddr6(l, ifa);
  }

  /** Delete one address as `ip addr flush` does (EADDRNOTAVAIL ignored). */
  deleteAddrMsg(ifindex: number, family: 4 | 6, local: number | bigint, prefixlen: number): void {
    const l = this.links.get(ifindex);
    if (!l) return;
    if (family === 4) {
      const ifa = l.ipv4.find((o) => o.local === Number(local) && o.prefixlen === prefixlen);
      if (ifa) this.delAddr4(l, ifa);
    } else {
      const ifa = l.ipv6.find((o) => o.local === local && o.prefixlen === prefixlen);
      if (ifa) this.delAddr6(l, ifa);
    }
  }

  /** IFA_F_TENTATIVE as reported. */
  /** Does another device on l's layer-2 segment (veth peers, bridge ports) own
   * the address with DAD done? Then DAD fails here (addrconf_dad_failure()). */
  dadConflict(l: Link, addr: bigint): boolean {
    const seen = new Set<Link>([l]);
    const queue: { ns: Netns; link: Link }[] = [{ ns: this, link: l }];
    const others: Link[] = [];
    while (queue.length) {
      const { ns, link } = queue.shift()!;
      const next: { ns: Netns; link: Link }[] = [];
      if (link.peer) {
        const p = this.kernel.deref(link.peer);
        if (p) next.push(p);
      }
      if (link.master !== undefined) {
        const br = ns.links.get(link.master);
        if (br?.kind === 'bridge') next.push({ ns, link: br });
      }
      if (link.kind === 'bridge') for (const port of ns.ports(link)) next.push({ ns, link: port });
      for (const n of next) {
        if (seen.has(n.link) || !n.link.up) continue;
        seen.add(n.link);
        others.push(n.link);
        queue.push(n);
      }
    }
    return others.some((o) => o.ipv6.some((a) => a.local === addr && !a.tentative && !a.dadfailed));
  }

  v6Tentative(_l: Link, a: IfAddr6): boolean {
    if (a.dadfailed) return true;
    // IFA_F_TENTATIVE is never set on nodad addresses, whose DAD is still pending too.
    return !!a.tentative && !a.nodad;
  }

  // ---- IPv4 addresses ------------------------------------------------------

  /** inet_insert_ifa() in net/ipv4/devinet.c. */
  addAddr4(l: Link, ifa: IfAddr4): void {
    let lastPrimary = 0;
    ifa.secondary = false;
    for (let i = 0; i < l.ipv4.length; i++) {
      const o = l.ipv4[i];
      if (!o.secondary && ifa.scope <= o.scope) lastPrimary = i + 1;
      if (o.prefixlen === ifa.prefixlen && sameNet4(o.address, ifa.address, ifa.prefixlen)) {
        if (o.local === ifa.local) throw kerr('EEXIST', 'ipv4: Address already assigned');
        if (o.scope !== ifa.scope) throw kerr('EINVAL', 'ipv4: Invalid scope value');
        ifa.secondary = true;
      }
    }
    if (ifa.secondary) l.ipv4.push(ifa);
    else l.ipv4.splice(lastPrimary, 0, ifa);
    this.fibAddIfaddr(l, ifa);
  }

  /** The address a secondary hangs off (inet_ifa_byprefix). */
  private primaryOf(l: Link, ifa: IfAddr4): IfAddr4 | undefined {
    if (!ifa.secondary) return ifa;
    return l.ipv4.find((o) => !o.secondary && o.prefixlen === ifa.prefixlen && sameNet4(o.address, ifa.address, ifa.prefixlen));
  }

  /** __inet_del_ifa(): secondaries go with their primary, or one is promoted. */
  delAddr4(l: Link, ifa1: IfAddr4): void {
    if (!l.ipv4.includes(ifa1)) return;
    const promoteOn = this.sysctl.conf(4, l.name, 'promote_secondaries') || this.sysctl.conf(4, 'all', 'promote_secondaries');
    const inSubnet = (o: IfAddr4) => o.prefixlen === ifa1.prefixlen && sameNet4(o.address, ifa1.address, ifa1.prefixlen);
    let promote: IfAddr4 | undefined;
    if (!ifa1.secondary) {
      // 1. Deleting a primary deletes its secondaries (while it is still listed),
      //    unless promotion is on.
      for (const o of [...l.ipv4]) {
        if (o === ifa1 || !o.secondary || !inSubnet(o)) continue;
        if (!promoteOn) {
          l.ipv4.splice(l.ipv4.indexOf(o), 1);
          this.inetaddrDown(l, o);
        } else {
          promote = o;
          break;
        }
      }
    }
    // On promotion every secondary of the subnet loses its routes first.
    if (promote) {
      for (const o of l.ipv4.slice(l.ipv4.indexOf(promote))) if (inSubnet(o)) this.fibDelIfaddr(l, o, ifa1);
    }
    // 2. Unlink, 3. announce (NETDEV_DOWN).
    const at = l.ipv4.indexOf(ifa1);
    l.ipv4.splice(at, 1);
    this.inetaddrDown(l, ifa1);
    if (promote) {
      const rest = l.ipv4.slice(l.ipv4.indexOf(promote) + 1).filter(inSubnet);
      l.ipv4.splice(l.ipv4.indexOf(promote), 1);
      promote.secondary = false;
      // It moves behind the last primary of at least the deleted one's scope.
      let last = 0;
      for (let i = 0; i < l.ipv4.length; i++) if (!l.ipv4[i].secondary && ifa1.scope <= l.ipv4[i].scope) last = i + 1;
      l.ipv4.splice(last, 0, promote);
      this.fibAddIfaddr(l, promote);
      for (const o of rest) this.fibAddIfaddr(l, o);
    }
  }

  /** fib_inetaddr_event(NETDEV_DOWN): the address's routes; with the last
   * address gone, fib_disable_ip() flushes every IPv4 route through the device. */
  private inetaddrDown(l: Link, ifa: IfAddr4): void {
    this.fibDelIfaddr(l, ifa);
    if (l.ipv4.length === 0) {
      this.fib.removeWhere((r) => r.family === 4 && r.nexthops.length > 0 && r.nexthops.every((nh) => nh.dev === l.ifindex));
    }
  }

  /** fib_magic(RTM_NEWROUTE, ...): a kernel route, ignored when it exists. */
  private magicAdd(type: Route['type'], dst: number, len: number, dev: Link, src: number, priority = 0): void {
    // fib_magic(): the device's l3mdev (VRF) table first.
    const table = this.l3mdevTable(dev) || (type === 'unicast' ? RT_TABLE.main : RT_TABLE.local);
    const exists = this.fib.findExact(table, ip4(dst), len, (r) => r.type === type && r.priority === priority && r.nexthops[0]?.dev === dev.ifindex && r.prefsrc?.v === src && r.protocol === PROTO.kernel);
    if (exists) return;
    this.fib.add({
      family: 4,
      table,
      dst: ip4(dst),
      dstLen: len,
      tos: 0,
      priority,
      type,
      scope: type === 'local' ? SCOPE.host : SCOPE.link,
      protocol: PROTO.kernel,
      prefsrc: ip4(src),
      nexthops: [{ dev: dev.ifindex, weight: 1 }],
    });
  }

  private magicDel(type: Route['type'], dst: number, len: number, dev: Link, src: number): void {
    const table = this.l3mdevTable(dev) || (type === 'unicast' ? RT_TABLE.main : RT_TABLE.local);
    this.fib.table(table)?.remove(
      (r) => r.family === 4 && r.type === type && (r.dst.v as number) === dst && r.dstLen === len && r.nexthops[0]?.dev === dev.ifindex && r.prefsrc?.v === src && r.protocol === PROTO.kernel,
    );
  }

  /** fib_add_ifaddr() in net/ipv4/fib_frontend.c. */
  fibAddIfaddr(l: Link, ifa: IfAddr4): void {
    const prim = this.primaryOf(l, ifa);
    if (!prim) return;
    const mask = mask4(ifa.prefixlen);
    const prefix = (ifa.address & mask) >>> 0;
    this.magicAdd('local', ifa.local, 32, l, prim.local);
    if (!l.up) return;
    if (ifa.broadcast !== undefined && ifa.broadcast !== 0 && ifa.broadcast !== 0xffffffff) this.magicAdd('broadcast', ifa.broadcast, 32, l, prim.local);
    // A multicast prefix gets neither a prefix route nor a subnet broadcast (as recorded).
    if (prefix !== 0 && prefix >>> 28 !== 0xe && !ifa.secondary && (prefix !== ifa.local || ifa.prefixlen < 32)) {
      if (!ifa.noprefixroute) this.magicAdd(l.kind === 'loopback' ? 'local' : 'unicast', prefix, ifa.prefixlen, l, prim.local, ifa.metric ?? 0);
      if (ifa.prefixlen < 31) this.magicAdd('broadcast', (prefix | ~mask) >>> 0, 32, l, prim.local);
    }
  }

  /** fib_del_ifaddr(): remove the routes no remaining address still needs. */
  private fibDelIfaddr(l: Link, ifa: IfAddr4, iprim?: IfAddr4): void {
    // fib_del_ifaddr() in net/ipv4/fib_frontend.c, flag for flag.
    const LOCAL_OK = 1;
    const BRD_OK = 2;
    const BRD0_OK = 4;
    const BRD1_OK = 8;
    const mask = mask4(ifa.prefixlen);
    const brd = (ifa.address | ~mask) >>> 0;
    const any = (ifa.address & mask) >>> 0;
    const ifaBrd = ifa.broadcast ?? 0;
    const byPrefix = (prefix: number, len: number) => l.ipv4.find((o) => !o.secondary && o.prefixlen === len && sameNet4(o.address, prefix, len));
    let prim = ifa;
    let subnet = false;
    let gone = true;
    if (ifa.secondary) {
      const p = byPrefix(any, ifa.prefixlen);
      if (!p) return;
      if (iprim && iprim !== p) return;
      prim = p;
    } else if (any !== 0 && (any !== ifa.local || ifa.prefixlen < 32)) {
      if (!ifa.noprefixroute) this.magicDel(l.kind === 'loopback' ? 'local' : 'unicast', any, ifa.prefixlen, l, prim.local);
      subnet = true;
    }
    let ok = 0;
    let prim1: IfAddr4 | undefined;
    let samePrefsrc = false;
    for (const ifa1 of l.ipv4) {
      if (ifa1 === ifa) {
        gone = false;
        continue;
      }
      if (iprim && ifa1.prefixlen === iprim.prefixlen && sameNet4(ifa1.address, iprim.address, iprim.prefixlen)) continue;
      if (ifa1.secondary) {
        if (ifa1.prefixlen === prim.prefixlen && sameNet4(ifa1.address, prim.address, prim.prefixlen)) prim1 = prim;
        else {
          if (!samePrefsrc) continue;
          if (!prim1 || ifa1.prefixlen !== prim1.prefixlen || !sameNet4(ifa1.address, prim1.address, prim1.prefixlen)) prim1 = byPrefix(ifa1.address, ifa1.prefixlen);
          if (!prim1) continue;
          if (prim1.local !== prim.local) continue;
        }
      } else {
        if (prim.local !== ifa1.local) continue;
        prim1 = ifa1;
        if (prim !== prim1) samePrefsrc = true;
      }
      const b1 = ifa1.broadcast ?? 0;
      if (ifa.local === ifa1.local) ok |= LOCAL_OK;
      if (ifaBrd === b1) ok |= BRD_OK;
      if (brd === b1) ok |= BRD1_OK;
      if (any === b1) ok |= BRD0_OK;
      if (prim1 === ifa1 && ifa1.prefixlen < 31) {
        const m1 = mask4(ifa1.prefixlen);
        const brd1 = (ifa1.address | ~m1) >>> 0;
        const any1 = (ifa1.address & m1) >>> 0;
        if (any1 !== 0) {
          if (ifaBrd === brd1 || ifaBrd === any1) ok |= BRD_OK;
          if (brd === brd1 || brd === any1) ok |= BRD1_OK;
          if (any === brd1 || any === any1) ok |= BRD0_OK;
        }
      }
    }
    if (!(ok & BRD_OK)) this.magicDel('broadcast', ifaBrd, 32, l, prim.local);
    if (subnet && ifa.prefixlen < 31) {
      if (!(ok & BRD1_OK)) this.magicDel('broadcast', brd, 32, l, prim.local);
      if (!(ok & BRD0_OK)) this.magicDel('broadcast', any, 32, l, prim.local);
    }
    if (!(ok & LOCAL_OK)) {
      this.magicDel('local', ifa.local, 32, l, prim.local);
      // The address gone for good: routes using it as prefsrc are stray (fib_sync_down_addr).
      // inet_addr_type_dev_table(): the device's VRF table, else local.
      const vrfTb = this.l3mdevTable(l);
      const stillLocal = this.fib.findExact(vrfTb || RT_TABLE.local, ip4(ifa.local), 32, (r) => r.type === 'local');
      // fib_sync_down_addr(): routes of the VRF table (else main) using it as prefsrc die.
      if (gone && !stillLocal) this.fib.removeWhere((r) => r.family === 4 && r.prefsrc !== undefined && r.prefsrc.v === ifa.local && r.table === (vrfTb || RT_TABLE.main));
    }
  }

  /** fib_sync_down_dev(): drop routes through the device (local ones too when it goes away). */
  fibFlushDev(l: Link, unregister: boolean): void {
    nexthopFlushDev(this, l.ifindex);
    this.fib.removeWhere((r) => {
      if (r.family !== 4) return false;
      if (!r.nexthops.some((nh) => nh.dev === l.ifindex)) return false;
      if (unregister) return true;
      // NETDEV_DOWN marks the device's next hops dead; a multipath route
      // goes only when all its next hops are dead, and host-scope next hops
      // (local routes) survive (fib_sync_down_dev()).
      if (r.nexthops.some((nh) => nh.dev !== l.ifindex && this.links.get(nh.dev)?.up)) return false;
      return r.scope !== SCOPE.host;
    });
  }

  // ---- IPv6 addresses ------------------------------------------------------

  private ipv6Disabled(l: Link): boolean {
    return this.sysctl.conf(6, l.name, 'disable_ipv6') !== 0 || l.mtu < 1280;
  }

  /** ipv6_link_dev_addr(): sorted by scope, newest first within a scope. */
  addAddr6(l: Link, ifa: IfAddr6): void {
    if (l.ipv6.some((o) => o.local === ifa.local)) throw kerr('EEXIST');
    const scope = v6SrcScope(ifa.local);
    let i = 0;
    while (i < l.ipv6.length && scope < v6SrcScope(l.ipv6[i].local)) i++;
    l.ipv6.splice(i, 0, ifa);
    // addrconf_prefix_route(): refused (ENETDOWN, ignored) while the device is down.
    if (l.up && !ifa.noprefixroute && !isLoopbackAddr(l, ifa)) this.addV6PrefixRoute(l, ifa.local, ifa.prefixlen, ifa.metric ?? 256);
    // The host route goes in when DAD completes (__ipv6_ifa_notify(RTM_NEWADDR)),
    // even on a device that is down.
    if (!ifa.tentative) this.ifaReady6(l, ifa);
  }

  /** __ipv6_ifa_notify(RTM_NEWADDR): the host route, and the subnet-router
   * anycast address while the device forwards. */
  private ifaReady6(l: Link, ifa: IfAddr6): void {
    this.ensureV6LocalRoute(l, ifa.local);
    if (this.forwards6(l)) this.joinAnycast(l, ifa);
  }

  private forwards6(l: Link): boolean {
    return this.sysctl.conf(6, l.name, 'forwarding') !== 0;
  }

  /** addrconf_join_anycast(): the prefix with the host bits zero (not for
   * /127 and /128, RFC 6164, nor a zero prefix), counted per device; the
   * first user inserts an anycast route (addrconf_f6i_alloc(anycast)). */
  private joinAnycast(l: Link, ifa: IfAddr6): void {
    if (ifa.anycast || ifa.prefixlen >= 127) return;
    const any = v6Net(ifa.local, ifa.prefixlen);
    if (any === 0n) return;
    ifa.anycast = true;
    const table = this.l3mdevTable(l) || RT_TABLE.local;
    if (this.fib.findExact(table, ip6(any), 128, (r) => r.type === 'anycast' && r.nexthops[0]?.dev === l.ifindex)) return;
    this.fib.add({ family: 6, table, dst: ip6(any), dstLen: 128, tos: 0, priority: 0, type: 'anycast', scope: SCOPE.universe, protocol: PROTO.kernel, nexthops: [{ dev: l.ifindex, weight: 1 }], pref: 0 });
  }

  /** addrconf_leave_anycast(): the route goes with the last user. */
  private leaveAnycast(l: Link, ifa: IfAddr6): void {
    if (!ifa.anycast) return;
    delete ifa.anycast;
    const any = v6Net(ifa.local, ifa.prefixlen);
    if (l.ipv6.some((o) => o !== ifa && o.anycast && v6Net(o.local, o.prefixlen) === any)) return;
    this.fib.removeWhere((r) => r.family === 6 && r.type === 'anycast' && r.dstLen === 128 && r.dst.v === any && r.nexthops[0]?.dev === l.ifindex);
  }

  /** dev_forward_change(): forwarding turned on or off on a device joins or
   * leaves the anycast address of every address past DAD. */
  ipv6ForwardChanged(l: Link): void {
    const on = this.forwards6(l);
    for (const a of [...l.ipv6]) {
      if (a.tentative) continue;
      if (on) this.joinAnycast(l, a);
      else this.leaveAnycast(l, a);
    }
  }

  private ensureV6LocalRoute(l: Link, a: bigint): void {
    if (!this.fib.findExact(this.l3mdevTable(l) || RT_TABLE.local, ip6(a), 128, (r) => r.nexthops[0]?.dev === l.ifindex && r.type === 'local')) this.addV6LocalRoute(l, a);
  }

  /** NETDEV_UP: addrconf_permanent_addr() → fixup_permanent_addr(): prefix routes again. */
  private addrconfUp(l: Link): void {
    if (this.ipv6Disabled(l)) return;
    for (const a of l.ipv6) if (!a.noprefixroute && !isLoopbackAddr(l, a)) this.addV6PrefixRoute(l, a.local, a.prefixlen, a.metric ?? 256);
  }

  delAddr6(l: Link, ifa: IfAddr6): void {
    const i = l.ipv6.indexOf(ifa);
    if (i < 0) return;
    // __ipv6_ifa_notify(RTM_DELADDR).
    this.leaveAnycast(l, ifa);
    l.ipv6.splice(i, 1);
    const vrfTb = this.l3mdevTable(l);
    this.fib.removeWhere((r) => r.family === 6 && r.table === (vrfTb || RT_TABLE.local) && r.type === 'local' && r.dst.v === ifa.local && r.nexthops[0]?.dev === l.ifindex);
    // The prefix route goes when no other address of the device needs it.
    const pfx = v6Net(ifa.local, ifa.prefixlen);
    const needed = l.ipv6.some((o) => o.prefixlen === ifa.prefixlen && v6Net(o.local, o.prefixlen) === pfx && !o.noprefixroute);
    if (!needed && !ifa.noprefixroute) {
      this.fib.removeWhere(
        (r) => r.family === 6 && r.table === (vrfTb || RT_TABLE.main) && r.protocol === PROTO.kernel && r.dstLen === ifa.prefixlen && r.dst.v === pfx && r.nexthops[0]?.dev === l.ifindex && r.type === 'unicast',
      );
    }
  }

  private addV6LocalRoute(l: Link, a: bigint): void {
    this.fib.add({
      family: 6,
      // addrconf_f6i_alloc(): l3mdev_fib_table(dev) ? : RT6_TABLE_LOCAL
      table: this.l3mdevTable(l) || RT_TABLE.local,
      dst: ip6(a),
      dstLen: 128,
      tos: 0,
      priority: 0,
      type: 'local',
      scope: SCOPE.universe,
      protocol: PROTO.kernel,
      nexthops: [{ dev: l.kind === 'loopback' ? l.ifindex : l.ifindex, weight: 1 }],
      pref: 0,
    });
  }

  private addV6PrefixRoute(l: Link, a: bigint, len: number, metric: number): void {
    const dst = v6Net(a, len);
    // addrconf_prefix_route(): l3mdev_fib_table(dev) ? : RT6_TABLE_PREFIX
    const table = this.l3mdevTable(l) || RT_TABLE.main;
    if (this.fib.findExact(table, ip6(dst), len, (r) => r.nexthops[0]?.dev === l.ifindex && r.priority === metric)) return;
    this.fib.add({
      family: 6,
      table,
      dst: ip6(dst),
      dstLen: len,
      tos: 0,
      priority: metric,
      type: 'unicast',
      scope: SCOPE.universe,
      protocol: PROTO.kernel,
      nexthops: [{ dev: l.ifindex, weight: 1 }],
      pref: 0,
    });
  }

  /** init_loopback(): ::1/128 once lo is up. */
  private addrconfLoopback(l: Link): void {
    if (this.ipv6Disabled(l)) return;
    if (!l.ipv6.some((a) => a.local === 1n)) {
      const ifa: IfAddr6 = { local: 1n, prefixlen: 128, scope: 254, noprefixroute: false, nodad: false, permanent: true, managetempaddr: false, optimistic: false, homeaddress: false, validLft: 0xffffffff, preferredLft: 0xffffffff };
      this.addAddr6(l, ifa);
    }
  }

  /** addrconf_dev_config(): link-local from the MAC, fe80::/64 and ff00::/8. */
  private addrconfLinkReady(l: Link): void {
    if (l.kind === 'loopback' || this.ipv6Disabled(l)) return;
    // IF_READY: kept through a later carrier loss, cleared by addrconf_ifdown().
    l.ifReady = true;
    // addrconf_add_dev(): no multicast route on an L3 master device.
    if (l.kind !== 'vrf') this.addMulticastRoute(l);
    // addrconf_dad_completed(): the settled state, DAD done for every address,
    // each one's host route inserted.
    for (const a of l.ipv6) {
      if (a.dadfailed) continue;
      if (a.tentative && !a.nodad && this.dadConflict(l, a.local)) {
        a.dadfailed = true;
        continue;
      }
      a.tentative = false;
      this.ifaReady6(l, a);
    }
    if (l.addrgenmode === 'eui64' && l.kind !== 'vrf') {
      // addrconf_ifid_eui48(): a dev_id (ipvlan) replaces ff:fe, the u bit kept.
      const ll = (0xfe80n << 112n) | (l.ipvlanDevId ? (eui64(l.mac) ^ (0x02n << 56n) ^ (0xfffen << 24n)) | (BigInt(l.ipvlanDevId) << 24n) : eui64(l.mac));
      this.addV6PrefixRoute(l, ll, 64, 256);
      if (!l.ipv6.some((a) => a.local === ll)) {
        // addrconf_add_linklocal(): IFA_F_PERMANENT, infinite lifetimes.
        this.addAddr6(l, { local: ll, prefixlen: 64, scope: 253, noprefixroute: false, nodad: false, permanent: true, managetempaddr: false, optimistic: false, homeaddress: false, validLft: 0xffffffff, preferredLft: 0xffffffff });
      }
    }
  }

  private addMulticastRoute(l: Link): void {
    const ff = 0xffn << 120n;
    const table = this.l3mdevTable(l) || RT_TABLE.local;
    if (this.fib.findExact(table, ip6(ff), 8, (r) => r.nexthops[0]?.dev === l.ifindex)) return;
    this.fib.add({ family: 6, table, dst: ip6(ff), dstLen: 8, tos: 0, priority: 256, type: 'multicast', scope: SCOPE.universe, protocol: PROTO.kernel, nexthops: [{ dev: l.ifindex, weight: 1 }], pref: 0 });
  }

  /** dev_disable_change(): disable_ipv6 turned on acts as NETDEV_DOWN with
   * nothing kept (permanent addresses, ::1 and every IPv6 route go); turned
   * off, as NETDEV_UP (::1 on lo, link-local once the link is ready). */
  ipv6DisableChanged(l: Link): void {
    if (this.ipv6Disabled(l)) {
      this.addrconfIfdown(l, true);
    } else if (l.up && this.hasCarrier(l)) {
      if (l.kind === 'loopback') this.addrconfLoopback(l);
      else this.addrconfLinkReady(l);
    }
  }

  /** addrconf_ifdown(): on down, autoconfigured addresses and all IPv6 routes of the device go. */
  addrconfIfdown(l: Link, unregister: boolean): void {
    delete l.ifReady;
    this.fib.removeWhere((r) => {
      if (r.family !== 6 || !r.nexthops.some((nh) => nh.dev === l.ifindex)) return false;
      if (r.nexthops.length < 2) return true;
      // fib6_ifdown(): siblings are routes of their own. NETDEV_DOWN marks the
      // device's dead and flushes them all once every sibling is dead;
      // NETDEV_UNREGISTER removes the device's siblings only.
      if (unregister) {
        const rest = r.nexthops.filter((nh) => nh.dev !== l.ifindex);
        if (rest.length && rest.some((nh) => this.links.get(nh.dev)?.up)) {
          r.nexthops = rest;
          return false;
        }
        return true;
      }
      return !r.nexthops.some((nh) => nh.dev !== l.ifindex && this.links.get(nh.dev)?.up);
    });
    // keep_addr_on_down = 0: every address goes, on down as on unregister.
    void unregister;
    l.ipv6 = [];
  }

  // ---- removal ---------------------------------------------------------------

  /** unregister_netdevice(): routes, addresses, sysctls, enslaved ports. */
  unregister(l: Link): void {
    if (l.up) {
      l.up = false;
      this.linkChanges.n++;
      this.onDown(l);
    }
    for (const p of this.ports(l)) this.setMaster(p, undefined);
    if (l.master !== undefined) this.setMaster(l, undefined);
    this.fibFlushDev(l, true);
    this.addrconfIfdown(l, true);
    l.ipv4 = [];
    this.links.delete(l.ifindex);
    this.carrier.delete(l.ifindex);
    this.operstate.delete(l.ifindex);
    this.sysctl.removeDevice(l.name);
    // Stacked devices on this one go with it.
    for (const upper of [...this.links.values()]) {
      if (upper.lower && upper.lower.ns === this.inode && upper.lower.ifindex === l.ifindex) this.unregister(upper);
    }
    for (const ns of this.kernel.namespaces.values()) {
      if (ns === this) continue;
      for (const upper of [...ns.links.values()]) if (upper.lower && upper.lower.ns === this.inode && upper.lower.ifindex === l.ifindex) ns.unregister(upper);
    }
    this.vxlanLowerGone(l);
    if (l.kind === 'ipvlan') ipvlanUnregistered(this, l);
  }

  /** NETDEV_UNREGISTER: vxlan_handle_lowerdev_unregister() deletes the VXLAN
   * devices of this namespace that use the device as their lower one. */
  private vxlanLowerGone(l: Link): void {
    for (const v of vxlansOnLower(this, this.inode, l.ifindex)) if (v.ns.links.get(v.link.ifindex) === v.link) v.ns.unregister(v.link);
  }

  /** rtnl_dellink(): a veth takes its peer along. */
  deleteLink(l: Link): void {
    if (l.kind === 'loopback') throw kerr('EOPNOTSUPP');
    const peer = l.peer ? this.kernel.deref(l.peer) : undefined;
    this.unregister(l);
    if (peer) {
      peer.link.peer = undefined;
      peer.ns.unregister(peer.link);
    }
  }

  // ---- enslavement -------------------------------------------------------------

  /** do_set_master(): the old master's ndo_del_slave, then the new one's
   * ndo_add_slave (br_add_if()/br_del_if(), vrf_add_slave()/vrf_del_slave()). */
  setMaster(l: Link, master: Link | undefined): void {
    if (master && l.master === master.ifindex) return;
    if (l.master !== undefined) {
      const old = this.links.get(l.master);
      l.master = undefined;
      if (old) {
        if (old.kind === 'bridge') {
          this.bridgeGsoLimits(old);
          this.bridgeRecalcMac(old);
          this.bridgeUpdateCarrier(old);
          this.bridgeMtuAutoAdjust(old);
        }
        if (old.kind === 'vrf') this.vrfChangeUpper(l);
      }
    }
    if (!master) return;
    if (master.kind !== 'bridge' && master.kind !== 'vrf') throw kerr('EOPNOTSUPP');
    if (master.kind === 'vrf') {
      // vrf_add_slave() / do_vrf_add_slave()
      if (l.kind === 'vrf') throw kerr('EINVAL', 'Can not enslave an L3 master device to a VRF');
      if (l.kind === 'loopback') throw kerr('EOPNOTSUPP', 'Can not enslave loopback device to a VRF');
      l.master = master.ifindex;
      this.vrfChangeUpper(l);
      return;
    }
    // br_add_if(): loopback and devices without a valid unicast address first.
    if (master.kind === 'bridge' && (l.kind === 'loopback' || isMulticastMac(l.mac) || l.mac === ZERO_MAC)) throw kerr('EINVAL');
    if (master.kind === 'bridge' && l.kind === 'bridge') throw kerr('ELOOP', 'Can not enslave a bridge to a bridge');
    if (master === l) throw kerr('ELOOP');
    if (l.kind === 'loopback') throw kerr('EINVAL');
    // netdev_rx_handler_register(): a macvlan port's handler is taken.
    if (master.kind === 'bridge' && (this.stacked(l, 'macvlan').length || l.ipvlanPort)) throw kerr('EBUSY');
    l.master = master.ifindex;
    if (master.kind === 'bridge') {
      this.bridgeGsoLimits(master);
      this.bridgeRecalcMac(master);
      this.bridgeUpdateCarrier(master);
      this.bridgeMtuAutoAdjust(master);
    }
  }

  /** NETDEV_CHANGEUPPER to or from an L3 master: fib_netdev_event() and
   * addrconf_notify() flush every route through the device (local ones too)
   * and its IPv6 addresses, arp_ifdown() its neighbours; then the VRF driver's
   * cycle_netdev() takes a running device down and up again, so its address
   * routes come back in the table it now belongs to. */
  private vrfChangeUpper(l: Link): void {
    this.fibFlushDev(l, true);
    this.addrconfIfdown(l, false);
    neighDeviceEvent(this, l.ifindex, 'down');
    if (l.up) {
      this.setUp(l, false);
      this.setUp(l, true);
    }
  }

  // ---- attributes --------------------------------------------------------------

  setMtu(l: Link, mtu: number): void {
    // dev_set_mtu_ext(): the same MTU again is no change (no checks, no notifier).
    if (l.mtu === mtu) return;
    // dev_validate_mtu() compares an int: 4294967295 (`mtu -1`) is below the minimum.
    const m = mtu | 0;
    if (m < 0 || (l.minMtu && m < l.minMtu)) throw kerr('EINVAL', 'mtu less than device minimum');
    if (l.maxMtu && m > l.maxMtu) throw kerr('EINVAL', 'mtu greater than device maximum');
    if (l.vxlan) vxlanCheckMtu(this, l, m);
    // ndo_change_mtu: a vlan (vlan_dev_change_mtu(): ERANGE) or macvlan
    // (macvlan_change_mtu(): EINVAL) stays within its real device's MTU.
    if ((l.kind === 'vlan' || l.kind === 'macvlan') && l.lower) {
      const lower = this.kernel.deref(l.lower);
      if (lower && mtu > lower.link.mtu) throw kerr(l.kind === 'vlan' ? 'ERANGE' : 'EINVAL');
    }
    l.mtu = mtu;
    // br_change_mtu(): an MTU set on a bridge stops auto-adjusting.
    if (l.kind === 'bridge') l.mtuSetByUser = true;
    this.sysctl.setDeviceMtu(l.name, mtu);
    // inetdev_event(NETDEV_CHANGEMTU): below 68 the device loses its in_device
    // (inetdev_destroy(): every IPv4 address, then fib_disable_ip() takes every
    // IPv4 route through it); at 68 or more a new, empty one is made.
    const inet4 = this.sysctl.hasInet4(l.name);
    if (mtu < 68 && inet4) {
      for (const ifa of [...l.ipv4]) this.delAddr4(l, ifa);
      this.fib.removeWhere((r) => r.family === 4 && r.nexthops.some((nh) => nh.dev === l.ifindex) && !r.nexthops.some((nh) => nh.dev !== l.ifindex && !!this.links.get(nh.dev)?.up));
      this.sysctl.setInet4(l.name, false);
    } else if (mtu >= 68 && !inet4) this.sysctl.setInet4(l.name, true);
    // addrconf: an MTU below IPV6_MIN_MTU disables IPv6 on the device.
    // lo keeps its inet6_dev (addrconf_ifdown(dev, dev != loopback_dev)), so ::1
    // does not come back when the MTU is raised again.
    if (mtu < 1280) this.addrconfIfdown(l, true);
    else if (l.up && this.hasCarrier(l) && l.kind !== 'loopback') this.addrconfLinkReady(l);
    // NETDEV_CHANGEMTU in vlan_device_event()/macvlan_device_event(): stacked
    // devices above the new MTU are brought down to it;
    // ipvlan_device_event(): every ipvlan takes the new MTU.
    for (const u of this.stacked(l)) if (u.link.kind === 'ipvlan' ? u.link.mtu !== mtu : u.link.mtu > mtu) u.ns.setMtu(u.link, mtu);
    // br_device_event(NETDEV_CHANGEMTU) on a port.
    const br = l.master !== undefined ? this.links.get(l.master) : undefined;
    if (br?.kind === 'bridge') this.bridgeMtuAutoAdjust(br);
  }

  /** br_mtu_auto_adjust(): unless the user set the bridge's MTU, the smallest
   * port MTU (ETH_DATA_LEN without ports). */
  private bridgeMtuAutoAdjust(br: Link): void {
    if (br.mtuSetByUser) return;
    let min = 0;
    for (const p of this.ports(br)) if (!min || p.mtu < min) min = p.mtu;
    this.setMtu(br, min || 1500);
    delete br.mtuSetByUser;
  }

  setMac(l: Link, mac: Mac): void {
    // dev_set_mac_address(): a tun (ARPHRD_NONE) device has no ndo_set_mac_address.
    if ((l.tun && !l.tun.tap) || l.kind === 'ifb' || l.kind === 'ipvlan') throw kerr('EOPNOTSUPP');
    l.macSet = true;
    const changed = mac !== l.mac;
    // NETDEV_CHANGEADDR: arp/ndisc neigh_changeaddr() flush the device's entries.
    if (changed) neighDeviceEvent(this, l.ifindex, 'changeaddr');
    this.changeMacInternal(l, mac);
    // ipvlan_device_event(NETDEV_CHANGEADDR): the port's ipvlans take it too.
    if (changed) ipvlanLowerChanged(this, l);
    // br_set_mac_address(): a new address goes through br_stp_change_bridge_id() →
    // br_port_state_selection(), up or down: carrier off without a forwarding port.
    if (l.kind === 'bridge' && changed) this.bridgeUpdateCarrier(l);
  }

  /** NETDEV_CHANGEADDR of a real device: vlan_sync_address() for its up
   * vlans (a stolen address follows), macvlan_sync_address() for a passthru
   * macvlan. */
  private lowerAddressChanged(l: Link): void {
    for (const { ns, link: v } of this.vlanGroup(l)) {
      if (!v.up || v.vlanRealDevAddr === l.mac) continue;
      if (!v.macSet && v.mac !== l.mac) {
        neighDeviceEvent(ns, v.ifindex, 'changeaddr');
        ns.changeMacInternal(v, l.mac);
      }
      v.vlanRealDevAddr = l.mac;
    }
    for (const { ns, link: m } of this.stacked(l, 'macvlan')) {
      if (m.macvlanMode !== 'passthru' || m.mac === l.mac) continue;
      neighDeviceEvent(ns, m.ifindex, 'changeaddr');
      ns.changeMacInternal(m, l.mac);
    }
  }

  rename(l: Link, name: string): void {
    if (l.name === name) return;
    if (!validIfName(name)) throw kerr('EINVAL');
    if (this.byName(name)) throw kerr('EEXIST');
    this.sysctl.renameDevice(l.name, name);
    // inetdev_changename(): the first address takes the new name; each later
    // one keeps its ":suffix", or gets ":N" by its position, and the name is
    // cut so that the label fits in IFNAMSIZ.
    l.ipv4.forEach((a, i) => {
      if (i === 0) {
        a.label = name;
        return;
      }
      const colon = a.label.indexOf(':');
      const dot = colon >= 0 ? a.label.slice(colon) : `:${i + 1}`;
      a.label = (dot.length + name.length < IFNAMSIZ ? name : name.slice(0, IFNAMSIZ - dot.length - 1)) + dot;
    });
    l.name = name;
  }

  /** dev_change_net_namespace(): the device keeps its index when free there. */
  moveTo(l: Link, target: Netns, newName?: string): Link {
    if (target === this) return l;
    if (l.kind === 'loopback' || l.kind === 'bridge' || l.kind === 'vrf') throw kerr('EINVAL');
    const name = newName ?? l.name;
    if (target.byName(name)) throw kerr('EEXIST');
    // dev_change_net_namespace(): no alternative name may be taken there.
    for (const alt of l.altnames ?? []) if (target.byName(alt)) throw kerr('EEXIST', `An interface with the altname ${alt} exists in the target netns`);
    // dev_change_net_namespace(): the RTM_DELLINK sent here names the new
    // namespace by an id, allocated now (peernet2id_alloc()).
    this.nsidFor(target);
    const wasUp = l.up;
    if (wasUp) {
      l.up = false;
      this.linkChanges.n++;
      this.onDown(l);
    }
    if (l.master !== undefined) this.setMaster(l, undefined);
    this.fibFlushDev(l, true);
    this.addrconfIfdown(l, true);
    l.ipv4 = [];
    this.vxlanLowerGone(l);
    this.links.delete(l.ifindex);
    const carrier = this.hasCarrier(l);
    this.carrier.delete(l.ifindex);
    const operstate = this.operstate.get(l.ifindex);
    this.operstate.delete(l.ifindex);
    this.sysctl.removeDevice(l.name);
    // dev_shutdown(): the qdisc is noop again until the device is opened there.
    l.qdisc = undefined;
    const idx = target.links.has(l.ifindex) ? target.allocIfindex() : l.ifindex;
    const oldIndex = l.ifindex;
    l.ifindex = idx;
    l.name = name;
    target.links.set(idx, l);
    target.carrier.set(idx, carrier);
    // dev->operstate travels as it is: the move itself fires no linkwatch
    // event (a carrier change from dev_close() is computed there later).
    target.operstate.set(idx, operstate ?? 'DOWN');
    target.sysctl.addDevice(name, l.mtu);
    // Fix references held by a veth peer and by stacked devices.
    if (l.peer) {
      const peer = this.kernel.deref(l.peer);
      if (peer) {
        peer.link.peer = { ns: target.inode, ifindex: idx };
        peer.ns.nsidFor(target);
        target.nsidFor(peer.ns);
      }
    }
    for (const ns of this.kernel.namespaces.values()) {
      for (const d of ns.links.values()) if (d.lower && d.lower.ns === this.inode && d.lower.ifindex === oldIndex) d.lower = { ns: target.inode, ifindex: idx };
    }
    if (l.lower) target.nsidFor(this.kernel.namespaces.get(l.lower.ns)!);
    return l;
  }

  // ---- snapshot --------------------------------------------------------------

  /** Per-device carrier/operstate, stored because they depend on history. */
  linkState(l: Link): { carrier: boolean; operstate: OperState } {
    this.kernel.settleLinkwatch();
    return { carrier: this.hasCarrier(l), operstate: this.operstate.get(l.ifindex) ?? 'UNKNOWN' };
  }
}

/** ::1 on lo comes from init_loopback() without a prefix route. */
function isLoopbackAddr(l: Link, a: IfAddr6): boolean {
  return l.kind === 'loopback' && a.local === 1n && a.prefixlen === 128;
}

function sameNet4(a: number, b: number, len: number): boolean {
  const m = mask4(len);
  return ((a & m) >>> 0) === ((b & m) >>> 0);
}

function v6Net(a: bigint, len: number): bigint {
  if (len === 0) return 0n;
  const mask = ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
  return a & mask;
}

/** The rtnetlink scope of an IPv6 address (rt_scope(ipv6_addr_scope())). */
export function v6RtScope(a: bigint): number {
  if (a === 1n) return 254;
  if (isV6LinkLocal(a)) return 253;
  if (a >> 118n === 0x3fbn) return 200;
  return 0;
}

/** ipv6_addr_src_scope(): loopback 1, link-local 2, site 5, global 14. */
export function v6SrcScope(a: bigint): number {
  if (a === 1n) return 0x1;
  if (isV6LinkLocal(a)) return 0x2;
  if (a >> 118n === 0x3fbn) return 0x5;
  if (a >> 120n === 0xffn) return Number((a >> 112n) & 0xfn);
  return 0xe;
}

