// IPVLAN devices (drivers/net/ipvlan/ipvlan_main.c, as in Linux 6.1, recorded
// on the VM kernel). The mode and the bridge/private/vepa flags belong to the
// port (the lower device): every new ipvlan and every change sets them for all
// of the port's devices. An ipvlan shares its lower device's MAC and follows
// its MTU; each gets a dev_id that makes its IPv6 link-local address unique.

import { kerr } from '../errors';
import type { Link } from '../link';
import type { Netns, NewLinkSpec } from '../netns';

export const IPVLAN_MODE_L2 = 0;
export const IPVLAN_MODE_L3 = 1;
export const IPVLAN_MODE_L3S = 2;
export const IPVLAN_F_PRIVATE = 0x01;
export const IPVLAN_F_VEPA = 0x02;

/** IFLA_IPVLAN_* of a request (iproute2 always sends the flags). */
export interface IpvlanAttrs {
  mode?: number;
  flags: number;
}

/** struct ipvl_port, kept on the lower device. */
export interface IpvlanPort {
  mode: number;
  flags: number;
  /** The next dev_id to try (ipvlan_link_new(): cyclic from 1 to 0xfffd). */
  devIdStart: number;
}

/** The ipvlan devices of a port (port->ipvlans), in whatever namespace
 * each lives; ns is the lower device's. */
function portDevices(ns: Netns, lower: Link): Link[] {
  return ns
    .stacked(lower)
    .map((u) => u.link)
    .filter((d) => d.kind === 'ipvlan');
}

/** An ipvlan's lower device and the namespace it is in (it may have been moved away from it). */
function lowerOf(ns: Netns, dev: Link): { ns: Netns; link: Link } | undefined {
  return dev.lower ? ns.kernel.deref(dev.lower) : undefined;
}

/** ipvlan_set_port_mode(): a changed mode sets or clears NOARP on the port's devices. */
function setPortMode(ns: Netns, lower: Link, mode: number, joining?: Link): void {
  const port = lower.ipvlanPort!;
  if (port.mode === mode) return;
  // A device being created joins port->ipvlans only afterwards.
  for (const d of portDevices(ns, lower)) if (d !== joining) d.noarp = mode !== IPVLAN_MODE_L2;
  port.mode = mode;
}

/** ipvlan_nl_validate(). */
export function ipvlanValidate(data: IpvlanAttrs | undefined): void {
  if (!data) return;
  if (data.mode !== undefined && data.mode > IPVLAN_MODE_L3S) throw kerr('EINVAL');
  if (data.flags & ~(IPVLAN_F_PRIVATE | IPVLAN_F_VEPA) || (data.flags & IPVLAN_F_PRIVATE && data.flags & IPVLAN_F_VEPA)) throw kerr('EINVAL');
}

/** ipvlan_link_new(). */
export function ipvlanNewlink(ns: Netns, spec: NewLinkSpec, data: IpvlanAttrs | undefined, register: (s: NewLinkSpec) => Link, carrierFrom: (dev: Link, lower: Link) => void): Link {
  if (spec.lower === undefined) throw kerr('EINVAL');
  let phy = ns.links.get(spec.lower);
  if (!phy) throw kerr('ENODEV');
  if (phy.kind === 'ipvlan' && phy.lower) phy = ns.links.get(phy.lower.ifindex) ?? phy;
  else if (!phy.ipvlanPort) {
    // ipvlan_port_create(): an Ethernet device that is not loopback, whose
    // rx handler is free (not a macvlan port, not a bridge port).
    if (phy.kind === 'loopback' || (phy.tun && !phy.tun.tap)) throw kerr('EINVAL');
    if (ns.stacked(phy, 'macvlan').length) throw kerr('EBUSY');
    if (phy.master !== undefined && ns.links.get(phy.master)?.kind === 'bridge') throw kerr('EBUSY');
    phy.ipvlanPort = { mode: IPVLAN_MODE_L3, flags: 0, devIdStart: 1 };
  }
  const port = phy.ipvlanPort!;
  if (data) port.flags = data.flags;
  const mode = data?.mode ?? IPVLAN_MODE_L3;
  // The MAC is always the lower device's (eth_hw_addr_set()); an explicit
  // MTU is kept, else the lower's.
  const dev = register({ ...spec, mtu: spec.mtu ?? phy.mtu, mac: phy.mac });
  dev.macSet = false;
  // NET_ADDR_PERM unless an address was given (NET_ADDR_SET): register_netdevice()
  // keeps the address it had then as perm_addr.
  if (spec.mac === undefined) dev.permAddr = phy.mac;
  dev.lower = { ns: ns.inode, ifindex: phy.ifindex };
  dev.tsoMaxSize = phy.tsoMaxSize;
  dev.tsoMaxSegs = phy.tsoMaxSegs;
  // dev_id: the first free id from devIdStart, wrapping to 1.
  const used = new Set(portDevices(ns, phy).map((d) => d.ipvlanDevId));
  let id = port.devIdStart;
  while (used.has(id)) id = id >= 0xfffd ? 1 : id + 1;
  dev.ipvlanDevId = id;
  port.devIdStart = id + 1;
  setPortMode(ns, phy, mode, dev);
  carrierFrom(dev, phy);
  return dev;
}

/** ipvlan_nl_changelink(): the port's mode, then its flags. */
export function ipvlanChangelink(ns: Netns, dev: Link, data: IpvlanAttrs): void {
  const lower = lowerOf(ns, dev);
  if (!lower?.link.ipvlanPort) return;
  if (data.mode !== undefined) setPortMode(lower.ns, lower.link, data.mode);
  lower.link.ipvlanPort.flags = data.flags;
}

/** The port's mode as ipvlan_nl_fillinfo() reports it. */
export function ipvlanMode(ns: Netns, dev: Link): number {
  return lowerOf(ns, dev)?.link.ipvlanPort?.mode ?? IPVLAN_MODE_L3;
}

export function ipvlanFlags(ns: Netns, dev: Link): number {
  return lowerOf(ns, dev)?.link.ipvlanPort?.flags ?? 0;
}

/** ipvlan_open(): NOARP follows the port's mode. */
export function ipvlanOpen(ns: Netns, dev: Link): void {
  dev.noarp = ipvlanMode(ns, dev) !== IPVLAN_MODE_L2;
}

/** ipvlan_device_event(NETDEV_CHANGEADDR) on the lower device: every device
 * of the port takes its address (NETDEV_CHANGEMTU: Netns.setMtu()). */
export function ipvlanLowerChanged(ns: Netns, phy: Link): void {
  if (!phy.ipvlanPort) return;
  for (const d of portDevices(ns, phy)) d.mac = phy.mac;
}

/** ipvlan_uninit(): the port goes with its last device. */
export function ipvlanUnregistered(ns: Netns, dev: Link): void {
  const lower = lowerOf(ns, dev);
  if (lower?.link.ipvlanPort && portDevices(lower.ns, lower.link).length === 0) lower.link.ipvlanPort = undefined;
}
