// VXLAN devices, as drivers/net/vxlan/vxlan_core.c configures them:
// vxlan_validate(), vxlan_nl2conf(), vxlan_config_validate(),
// vxlan_config_apply(), vxlan_changelink(), vxlan_open() (its UDP sockets)
// and vxlan_fill_info(). No packets: the model keeps the configuration the
// kernel reports and enforces the rules that make requests fail.

import { kerr } from '../errors';
import type { Link } from '../link';
import type { Netns } from '../netns';
import { type IpAddr, ip4, ip6, formatIp, parseIp } from '../../net/ip';
import { isMulticastMac, isZeroMac, type Mac } from '../../net/mac';

/** IFLA_VXLAN_* attributes of one RTM_NEWLINK request (absent = not sent). */
export interface VxlanAttrs {
  id?: number;
  /** IFLA_VXLAN_GROUP / GROUP6 (remote or group, the zero address included). */
  group?: IpAddr;
  /** IFLA_VXLAN_LOCAL / LOCAL6. */
  local?: IpAddr;
  /** IFLA_VXLAN_LINK: the lower device's ifindex. */
  link?: number;
  ttl?: number;
  ttlInherit?: boolean;
  tos?: number;
  df?: number;
  label?: number;
  learning?: boolean;
  ageing?: number;
  proxy?: boolean;
  rsc?: boolean;
  l2miss?: boolean;
  l3miss?: boolean;
  limit?: number;
  external?: boolean;
  portRange?: [number, number];
  port?: number;
  udpCsum?: boolean;
  udp6ZeroCsumTx?: boolean;
  udp6ZeroCsumRx?: boolean;
  remcsumTx?: boolean;
  remcsumRx?: boolean;
  gbp?: boolean;
  gpe?: boolean;
  vnifilter?: boolean;
}

/** struct vxlan_config, flags spelled out. */
export interface VxlanConfig {
  vni: number;
  /** VXLAN_F_IPV6: the remote and local addresses are IPv6. */
  ipv6: boolean;
  /** VXLAN_F_IPV6_LINKLOCAL. */
  linklocal: boolean;
  /** The default destination (unset = the zero address). */
  remote?: IpAddr;
  local?: IpAddr;
  /** remote_ifindex: the lower device (0: none). */
  link: number;
  ttl: number;
  ttlInherit: boolean;
  tos: number;
  df: number;
  label: number;
  learning: boolean;
  proxy: boolean;
  rsc: boolean;
  l2miss: boolean;
  l3miss: boolean;
  external: boolean;
  vnifilter: boolean;
  gbp: boolean;
  remcsumTx: boolean;
  remcsumRx: boolean;
  /** !VXLAN_F_UDP_ZERO_CSUM_TX */
  udpCsum: boolean;
  udp6ZeroCsumTx: boolean;
  udp6ZeroCsumRx: boolean;
  ageing: number;
  limit: number;
  portMin: number;
  portMax: number;
  dstPort: number;
  /** vxlan->net: the namespace (inode) the device was created in; it keeps
   * its sockets, VNI list and lower device there when moved elsewhere. */
  net: number;
}

/** The kernel's default UDP port (vxlan_port = IANA's older 8472). */
export const VXLAN_DEFAULT_PORT = 8472;
const FDB_AGE_DEFAULT = 300;

/** vxlan_headroom(): outer IP + UDP + VXLAN + inner Ethernet header. */
export function vxlanHeadroom(ipv6: boolean): number {
  return (ipv6 ? 40 : 20) + 8 + 8 + 14;
}

/** vxlan_validate(): runs before anything else, for creation and change alike. */
export function vxlanValidate(address: number[] | undefined, mtu: number | undefined, data: VxlanAttrs | undefined): void {
  if (address) {
    if (address.length !== 6) throw kerr('EINVAL', 'Provided link layer address is not Ethernet');
    const m = address.map((b) => b.toString(16).padStart(2, '0')).join(':') as Mac;
    if (isMulticastMac(m) || isZeroMac(m)) throw kerr('EADDRNOTAVAIL', 'Provided Ethernet address is not unicast');
  }
  if (mtu !== undefined && (mtu >>> 0 < 68 || mtu >>> 0 > 65535)) throw kerr('EINVAL', 'MTU must be between 68 and 65535');
  if (!data) throw kerr('EINVAL', 'Required attributes not provided to perform the operation');
  if (data.id !== undefined && data.id >= 1 << 24) throw kerr('ERANGE', 'VXLAN ID must be lower than 16777216');
  if (data.portRange && data.portRange[1] < data.portRange[0]) throw kerr('EINVAL', 'Invalid source port range');
  if (data.df !== undefined && data.df > 2) throw kerr('EINVAL', 'Invalid DF attribute');
}

function emptyConfig(net: number): VxlanConfig {
  return {
    vni: 0,
    ipv6: false,
    linklocal: false,
    link: 0,
    ttl: 0,
    ttlInherit: false,
    tos: 0,
    df: 0,
    label: 0,
    learning: false,
    proxy: false,
    rsc: false,
    l2miss: false,
    l3miss: false,
    external: false,
    vnifilter: false,
    gbp: false,
    remcsumTx: false,
    remcsumRx: false,
    udpCsum: true,
    udp6ZeroCsumTx: false,
    udp6ZeroCsumRx: false,
    ageing: 0,
    limit: 0,
    portMin: 0,
    portMax: 0,
    dstPort: 0,
    net,
  };
}

/** The families of the configuration before vxlan_config_validate() settles them. */
interface Families {
  remote: 0 | 4 | 6;
  local: 0 | 4 | 6;
  /** VXLAN_F_GPE requested: only valid with `external`, and that (ARPHRD_NONE
   * devices) is refused by the tool before it gets here. */
  gpe?: boolean;
}

const FLAG_NAMES: Partial<Record<keyof VxlanAttrs, string>> = {
  ttlInherit: 'TTL_INHERIT',
  proxy: 'PROXY',
  rsc: 'RSC',
  l2miss: 'L2MISS',
  l3miss: 'L3MISS',
  external: 'COLLECT_METADATA',
  udp6ZeroCsumTx: 'UDP_ZERO_CSUM6_TX',
  udp6ZeroCsumRx: 'UDP_ZERO_CSUM6_RX',
  remcsumTx: 'REMCSUM_TX',
  remcsumRx: 'REMCSUM_RX',
  gbp: 'GBP',
  gpe: 'GPE',
};

/** vxlan_nl2conf(): the request over a zeroed (create) or the old (change) config. */
function nl2conf(data: VxlanAttrs, old: VxlanConfig | undefined, net: number, mtu: number | undefined): { conf: VxlanConfig; fam: Families } {
  const changelink = old !== undefined;
  const conf: VxlanConfig = old ? { ...old } : emptyConfig(net);
  const fam: Families = old ? { remote: old.ipv6 ? 6 : 4, local: old.ipv6 ? 6 : 4 } : { remote: 0, local: 0 };
  // vxlan_nl2flag(): a flag that cannot change on a live device refuses any value.
  const flag = (k: keyof VxlanAttrs, set: (v: boolean) => void, changeable = false) => {
    const v = data[k];
    if (v === undefined) return;
    if (changelink && !changeable) throw kerr('EOPNOTSUPP', `vxlan: cannot change ${FLAG_NAMES[k]} flag`);
    set(v as boolean);
  };
  if (data.id !== undefined) {
    if (changelink && data.id !== conf.vni) throw kerr('EOPNOTSUPP', 'Cannot change VNI');
    conf.vni = data.id;
  }
  if (data.group) {
    if (changelink && fam.remote !== data.group.f) throw kerr('EOPNOTSUPP', 'New group address family does not match old group');
    conf.remote = isZero(data.group) ? undefined : data.group;
    fam.remote = data.group.f;
  }
  if (data.local) {
    if (changelink && fam.local !== data.local.f) throw kerr('EOPNOTSUPP', 'New local address family does not match old');
    conf.local = isZero(data.local) ? undefined : data.local;
    fam.local = data.local.f;
  }
  if (data.link !== undefined) conf.link = data.link;
  if (data.tos !== undefined) conf.tos = data.tos;
  if (data.ttl !== undefined) conf.ttl = data.ttl;
  flag('ttlInherit', (v) => (conf.ttlInherit = v));
  if (data.label !== undefined) conf.label = data.label & 0xfffff;
  if (data.learning !== undefined) conf.learning = data.learning;
  else if (!changelink) conf.learning = true;
  if (data.ageing !== undefined) conf.ageing = data.ageing;
  flag('proxy', (v) => (conf.proxy = v));
  flag('rsc', (v) => (conf.rsc = v));
  flag('l2miss', (v) => (conf.l2miss = v));
  flag('l3miss', (v) => (conf.l3miss = v));
  if (data.limit !== undefined) {
    if (changelink) throw kerr('EOPNOTSUPP', 'Cannot change limit');
    conf.limit = data.limit;
  }
  flag('external', (v) => (conf.external = v));
  if (data.portRange) {
    if (changelink) throw kerr('EOPNOTSUPP', 'Cannot change port range');
    [conf.portMin, conf.portMax] = data.portRange;
  }
  if (data.port !== undefined) {
    if (changelink) throw kerr('EOPNOTSUPP', 'Cannot change port');
    conf.dstPort = data.port;
  }
  if (data.udpCsum !== undefined) {
    if (changelink) throw kerr('EOPNOTSUPP', 'Cannot change UDP_CSUM flag');
    // Only a zero value sets VXLAN_F_UDP_ZERO_CSUM_TX; a one leaves it.
    if (!data.udpCsum) conf.udpCsum = false;
  }
  flag('udp6ZeroCsumTx', (v) => (conf.udp6ZeroCsumTx = v));
  flag('udp6ZeroCsumRx', (v) => (conf.udp6ZeroCsumRx = v));
  flag('remcsumTx', (v) => (conf.remcsumTx = v));
  flag('remcsumRx', (v) => (conf.remcsumRx = v));
  flag('gbp', (v) => (conf.gbp = v));
  let gpe = false;
  flag('gpe', (v) => (gpe = v));
  if (mtu !== undefined && changelink) throw kerr('EOPNOTSUPP', 'Cannot change mtu');
  if (data.df !== undefined) conf.df = data.df;
  if (data.vnifilter !== undefined) {
    if (changelink) throw kerr('EOPNOTSUPP', 'vxlan: cannot change flag');
    conf.vnifilter = data.vnifilter;
    if (conf.vnifilter && !conf.external) throw kerr('EINVAL', 'vxlan vnifilter only valid in collect metadata mode');
  }
  fam.gpe = gpe;
  return { conf, fam };
}

function isZero(a: IpAddr): boolean {
  return a.f === 4 ? a.v === 0 : a.v === 0n;
}

function isMulticast(a: IpAddr | undefined): boolean {
  if (!a) return false;
  return a.f === 4 ? a.v >>> 28 === 0xe : a.v >> 120n === 0xffn;
}

/** IPV6_ADDR_LINKLOCAL of ipv6_addr_type(): fe80::/10, or a link-scope multicast. */
function v6LinkLocal(a: IpAddr | undefined): boolean {
  if (!a || a.f !== 6) return false;
  if (a.v >> 118n === 0x3fan) return true;
  return a.v >> 120n === 0xffn && ((a.v >> 112n) & 0xfn) === 2n;
}

function v6UnicastLinkLocal(a: IpAddr | undefined): boolean {
  return !!a && a.f === 6 && a.v >> 118n === 0x3fan;
}

/** VXLAN_F_RCV_FLAGS (and VXLAN_F_IPV6): what must match to share a VNI's socket. */
function rcvKey(c: VxlanConfig): string {
  return [c.gbp, c.udp6ZeroCsumRx, c.remcsumRx, c.external, c.vnifilter, c.ipv6].map((b) => (b ? 1 : 0)).join('');
}

/** All VXLAN devices whose vxlan->net is `net` (the per-net vxlan_list). */
function vxlanList(ns: Netns, net: number): { ns: Netns; link: Link }[] {
  const out: { ns: Netns; link: Link }[] = [];
  for (const n of ns.kernel.namespaces.values()) for (const l of n.links.values()) if (l.vxlan && l.vxlan.net === net) out.push({ ns: n, link: l });
  return out;
}

/** vxlan_config_validate(): settles the families and defaults, finds the lower device. */
function configValidate(ns: Netns, conf: VxlanConfig, fam: Families, self: Link | undefined): Link | undefined {
  if (fam.gpe) throw kerr('EINVAL', 'VXLAN GPE does not support this combination of attributes');
  if (fam.remote === 0 && fam.local === 0) fam.remote = fam.local = 4;
  else if (fam.remote === 0) fam.remote = fam.local;
  else if (fam.local === 0) fam.local = fam.remote;
  if (fam.local !== fam.remote) throw kerr('EINVAL', 'Local and remote address must be from the same family');
  if (isMulticast(conf.local)) throw kerr('EINVAL', 'Local address cannot be multicast');
  conf.ipv6 = fam.local === 6;
  if (conf.ipv6 && !conf.external) {
    if (v6LinkLocal(conf.local)) {
      if (!v6LinkLocal(conf.remote) && conf.remote) throw kerr('EINVAL', 'Invalid combination of local and remote address scopes');
      conf.linklocal = true;
    } else {
      if (v6UnicastLinkLocal(conf.remote)) throw kerr('EINVAL', 'Invalid combination of local and remote address scopes');
      conf.linklocal = false;
    }
  }
  if (conf.label && !conf.ipv6) throw kerr('EINVAL', 'Label attribute only applies to IPv6 VXLAN devices');
  let lower: Link | undefined;
  const home = ns.kernel.namespaces.get(conf.net) ?? ns;
  if (conf.link) {
    lower = home.links.get(conf.link);
    if (!lower) throw kerr('ENODEV', 'Invalid local interface, device not found');
    if (conf.ipv6 && lower.mtu >= 1280 && home.sysctl.conf(6, lower.name, 'disable_ipv6') !== 0) throw kerr('EPERM', 'IPv6 support disabled by administrator');
  } else {
    if (isMulticast(conf.remote)) throw kerr('EINVAL', 'Local interface required for multicast remote destination');
    if (conf.linklocal) throw kerr('EINVAL', 'Local interface required for link-local local/remote addresses');
  }
  if (!conf.dstPort) conf.dstPort = VXLAN_DEFAULT_PORT;
  if (!conf.ageing) conf.ageing = FDB_AGE_DEFAULT;
  // vxlan_vni_in_use()
  for (const { link: t } of vxlanList(ns, conf.net)) {
    const c = t.vxlan!;
    if (t === self) continue;
    // A VNI-filtering device carries no VNI until `bridge vni add` (not modelled).
    if (c.vnifilter) continue;
    if (c.vni !== conf.vni || c.dstPort !== conf.dstPort || rcvKey(c) !== rcvKey(conf)) continue;
    if (conf.linklocal && c.link !== conf.link) continue;
    throw kerr('EEXIST', 'A VXLAN device with the specified VNI already exists');
  }
  return lower;
}

/** vxlan_config_apply() after creation: MTU and TSO limits from the lower device. */
function applyLower(dev: Link, conf: VxlanConfig, lower: Link | undefined, explicitMtu: boolean, changelink: boolean): void {
  let maxMtu = 65535;
  if (lower) {
    dev.tsoMaxSize = lower.tsoMaxSize;
    dev.tsoMaxSegs = lower.tsoMaxSegs;
    maxMtu = Math.max(68, lower.mtu - vxlanHeadroom(conf.ipv6));
    if (!changelink && !explicitMtu) dev.mtu = maxMtu;
  }
  if (dev.mtu > maxMtu) dev.mtu = maxMtu;
}

/** vxlan_newlink(): the configuration for a device about to be registered.
 * Returns the config and the lower device; errors before registration. */
export function vxlanNewConfig(ns: Netns, data: VxlanAttrs, mtu: number | undefined): { conf: VxlanConfig; lower: Link | undefined } {
  const { conf, fam } = nl2conf(data, undefined, ns.inode, mtu);
  const lower = configValidate(ns, conf, fam, undefined);
  return { conf, lower };
}

/** The rest of vxlan_config_apply() on the registered device. */
export function vxlanAttach(dev: Link, conf: VxlanConfig, lower: Link | undefined, explicitMtu: boolean): void {
  dev.vxlan = conf;
  applyLower(dev, conf, lower, explicitMtu, false);
}

/** vxlan_changelink(). */
export function vxlanChangelink(ns: Netns, dev: Link, data: VxlanAttrs, mtu: number | undefined): void {
  const old = dev.vxlan!;
  const { conf, fam } = nl2conf(data, old, old.net, mtu);
  const lower = configValidate(ns, conf, fam, dev);
  // Only a different lower device is applied again (dst->remote_dev == lowerdev: NULL).
  const changed = lower && lower.ifindex !== old.link ? lower : undefined;
  dev.vxlan = conf;
  applyLower(dev, conf, changed, true, true);
}

/** vxlan_change_mtu(): no more than the lower device carries. */
export function vxlanCheckMtu(ns: Netns, dev: Link, mtu: number): void {
  const c = dev.vxlan!;
  if (!c.link) return;
  const home = ns.kernel.namespaces.get(c.net) ?? ns;
  const lower = home.links.get(c.link);
  if (lower && mtu > lower.mtu - vxlanHeadroom(c.ipv6)) throw kerr('EINVAL');
}

/** vxlan_open() → vxlan_sock_add(): one UDP socket per family and port, shared
 * only by devices whose receive flags match; another one cannot bind. */
export function vxlanOpen(ns: Netns, dev: Link): void {
  const c = dev.vxlan!;
  const fams = c.external ? [6, 4] : [c.ipv6 ? 6 : 4];
  for (const { link: o } of vxlanList(ns, c.net)) {
    if (o === dev || !o.up) continue;
    const oc = o.vxlan!;
    const ofams = oc.external ? [6, 4] : [oc.ipv6 ? 6 : 4];
    if (oc.dstPort !== c.dstPort || !fams.some((f) => ofams.includes(f))) continue;
    if (rcvFlags(oc) !== rcvFlags(c)) throw kerr('EADDRINUSE');
  }
}

function rcvFlags(c: VxlanConfig): string {
  return [c.gbp, c.udp6ZeroCsumRx, c.remcsumRx, c.external, c.vnifilter].map((b) => (b ? 1 : 0)).join('');
}

/** vxlan_handle_lowerdev_unregister(): the devices of `net` whose lower device goes. */
export function vxlansOnLower(ns: Netns, net: number, ifindex: number): { ns: Netns; link: Link }[] {
  return vxlanList(ns, net).filter(({ link }) => link.vxlan!.link === ifindex);
}

// ---- snapshot ----------------------------------------------------------------

/** The config as plain data (addresses as text). */
export function vxlanToData(c: VxlanConfig): Record<string, unknown> {
  const d: Record<string, unknown> = { ...c };
  if (c.remote) d.remote = formatIp(c.remote);
  else delete d.remote;
  if (c.local) d.local = formatIp(c.local);
  else delete d.local;
  return d;
}

/** Back from plain data; returns an error message for a bad field. */
export function vxlanFromData(raw: unknown): VxlanConfig | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'expected a mapping';
  const d = raw as Record<string, unknown>;
  const base = emptyConfig(0);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(base)) {
    if (d[k] === undefined) continue;
    if (typeof v !== typeof d[k]) return `${k}: expected a ${typeof v}`;
    out[k] = d[k];
  }
  for (const k of ['remote', 'local'] as const) {
    if (d[k] === undefined) continue;
    const a = typeof d[k] === 'string' ? parseIp(d[k] as string) : null;
    if (!a) return `${k}: expected an IP address`;
    out[k] = a.f === 4 ? ip4(a.v) : ip6(a.v);
  }
  return out as unknown as VxlanConfig;
}
