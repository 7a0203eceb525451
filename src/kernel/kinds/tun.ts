// TUN/TAP devices (drivers/net/tun.c), as `ip tuntap` makes them: the
// TUNSETIFF/TUNSETOWNER/TUNSETGROUP/TUNSETPERSIST ioctls on /dev/net/tun.
// iplab runs no process that keeps the file open, so every device is a
// persistent one with no queue attached: the carrier is off (NO-CARRIER,
// state DOWN once up), exactly as on Linux before a program attaches.

import { kerr } from '../errors';
import type { Link } from '../link';
import type { Netns } from '../netns';
import { ZERO_MAC } from '../../net/mac';

/** The device's tun->flags and owner, as tun_get_iff()/sysfs report them. */
export interface TunConfig {
  /** IFF_TAP (an Ethernet device), else IFF_TUN (ARPHRD_NONE, point-to-point). */
  tap: boolean;
  /** !IFF_NO_PI */
  pi: boolean;
  oneQueue: boolean;
  vnetHdr: boolean;
  multiQueue: boolean;
  /** TUNSETOWNER / TUNSETGROUP (absent: INVALID_UID/GID, shown as -1). */
  owner?: number;
  group?: number;
}

/** struct ifreq for TUNSETIFF. */
export interface TunIfreq {
  /** "" lets the kernel pick tun%d / tap%d. */
  name: string;
  tap: boolean;
  pi: boolean;
  oneQueue: boolean;
  vnetHdr: boolean;
  multiQueue: boolean;
  /** IFF_TUN_EXCL: refuse an existing device. */
  excl: boolean;
}

/** tun_validate(): the rtnetlink ops exist only to report devices. */
export function tunValidate(): never {
  throw kerr('EOPNOTSUPP', 'tun/tap creation via rtnetlink is not supported');
}

/** MAX_TAP_QUEUES: the queues of a multi-queue device. */
const MAX_TAP_QUEUES = 256;

/** tun_set_iff(): an existing device is reused (or refused); else one is registered. */
function setIff(ns: Netns, req: TunIfreq): { link: Link; created: boolean } {
  const dev = req.name ? ns.byName(req.name) : undefined;
  if (dev) {
    if (req.excl) throw kerr('EBUSY');
    if (dev.kind !== 'tun' || !dev.tun || dev.tun.tap !== req.tap) throw kerr('EINVAL');
    if (req.multiQueue !== dev.tun.multiQueue) throw kerr('EINVAL');
    return { link: dev, created: false };
  }
  const link = ns.createLink({
    name: req.name || (req.tap ? 'tap%d' : 'tun%d'),
    kind: 'tun',
    numTxQueues: req.multiQueue ? MAX_TAP_QUEUES : 1,
    numRxQueues: req.multiQueue ? MAX_TAP_QUEUES : 1,
    tun: { tap: req.tap, pi: req.pi, oneQueue: req.oneQueue, vnetHdr: req.vnetHdr, multiQueue: req.multiQueue },
  });
  return { link, created: true };
}

/** What tun_net_init()/tun_setup() give a new device of either type. */
export function tunSetup(l: Link): void {
  const t = l.tun!;
  l.minMtu = 68;
  if (t.tap) {
    // ether_setup(), MAX_MTU - ETH_HLEN.
    l.maxMtu = 65535 - 14;
  } else {
    // ARPHRD_NONE, IFF_POINTOPOINT | IFF_NOARP | IFF_MULTICAST, no address.
    l.maxMtu = 65535;
    l.txqlen = 500;
    l.noarp = true;
    l.mac = ZERO_MAC;
    l.broadcast = ZERO_MAC;
  }
}

/** The file was attached (carrier on) and closed again: carrier off, one change. */
function detach(ns: Netns, l: Link): void {
  ns.carrier.set(l.ifindex, false);
  l.carrierChanges = 1;
  ns.kernel.linkwatchPending.add(l);
}

/** `ip tuntap add`: TUNSETIFF with IFF_TUN_EXCL, TUNSETOWNER, TUNSETGROUP,
 * TUNSETPERSIST 1, close. */
export function tuntapAdd(ns: Netns, req: TunIfreq, owner: number | undefined, group: number | undefined): Link {
  const { link } = setIff(ns, { ...req, excl: true });
  const t = link.tun!;
  if (owner !== undefined) t.owner = owner;
  if (group !== undefined) t.group = group;
  detach(ns, link);
  return link;
}

/** `ip tuntap del`: TUNSETIFF (a missing device is created on the way),
 * TUNSETPERSIST 0, close: with no file left attached the device goes. */
export function tuntapDel(ns: Netns, req: TunIfreq): void {
  const { link } = setIff(ns, { ...req, excl: false });
  ns.deleteLink(link);
}

/** tun_get_iff() flags as the sysfs tun_flags file shows them. */
export const IFF_TUN = 0x0001;
export const IFF_TAP = 0x0002;
export const IFF_MULTI_QUEUE = 0x0100;
export const IFF_PERSIST = 0x0800;
export const IFF_NO_PI = 0x1000;
export const IFF_ONE_QUEUE = 0x2000;
export const IFF_VNET_HDR = 0x4000;

export function tunFlags(t: TunConfig): number {
  let f = t.tap ? IFF_TAP : IFF_TUN;
  if (!t.pi) f |= IFF_NO_PI;
  if (t.oneQueue) f |= IFF_ONE_QUEUE;
  if (t.vnetHdr) f |= IFF_VNET_HDR;
  if (t.multiQueue) f |= IFF_MULTI_QUEUE;
  return f | IFF_PERSIST;
}

/** Back from plain snapshot data; an error message for a bad field. */
export function tunFromData(raw: unknown): TunConfig | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'expected a mapping';
  const d = raw as Record<string, unknown>;
  for (const k of ['tap', 'pi', 'oneQueue', 'vnetHdr', 'multiQueue']) if (typeof d[k] !== 'boolean') return `${k}: expected true or false`;
  for (const k of ['owner', 'group']) if (d[k] !== undefined && !(Number.isInteger(d[k]) && (d[k] as number) >= 0 && (d[k] as number) <= 0xfffffffe)) return `${k}: expected a user or group id`;
  const t: TunConfig = { tap: d.tap as boolean, pi: d.pi as boolean, oneQueue: d.oneQueue as boolean, vnetHdr: d.vnetHdr as boolean, multiQueue: d.multiQueue as boolean };
  if (d.owner !== undefined) t.owner = d.owner as number;
  if (d.group !== undefined) t.group = d.group as number;
  return t;
}
