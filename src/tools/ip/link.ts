// ip link: do_iplink(), iplink_parse() and iplink_modify() of iproute2
// ip/iplink.c. argv → LinkRequest → Netns calls in do_setlink() order.

import type { ExecRequest } from '../types';
import { type Ip, IpExit, duparg, duparg2, echoAnswer, incomplete, invarg, matches, notSupported, parseLladdr, talk } from './common';
import { renderLinkEcho } from './link-print';
import { TYPES_USAGE, listFlush, llNameToIndex, nameToIndex } from './ipaddress';
import { KNOWN_KINDS, VETH_USAGE, hasLinkUtil, kindHelp, parseBridgeOpts, parseCInt, parseMacvlanOpts, parseVlanOpts, parseVrfOpts, type BridgeSettings } from './link-types';
import { kerr } from '../../kernel/errors';
import { vlanValidate, type MacvlanData, type Netns, type NewLinkSpec, type VlanData } from '../../kernel/netns';
import type { Link, LinkKind } from '../../kernel/link';
import { isMulticastMac, isZeroMac, type Mac } from '../../net/mac';
import { type VxlanAttrs, vxlanChangelink, vxlanValidate } from '../../kernel/kinds/vxlan';
import { tunValidate } from '../../kernel/kinds/tun';
import { parseVxlanOpts } from './kind-vxlan';
import { parseIpvlanOpts } from './kind-ipvlan';
import { type IpvlanAttrs, ipvlanChangelink, ipvlanValidate } from '../../kernel/kinds/ipvlan';

const LINK_USAGE_NEWLINK =
  'Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME\n' +
  '\t\t    [ txqueuelen PACKETS ]\n' +
  '\t\t    [ address LLADDR ]\n' +
  '\t\t    [ broadcast LLADDR ]\n' +
  '\t\t    [ mtu MTU ] [index IDX ]\n' +
  '\t\t    [ numtxqueues QUEUE_COUNT ]\n' +
  '\t\t    [ numrxqueues QUEUE_COUNT ]\n' +
  '\t\t    [ netns { PID | NAME } ]\n' +
  '\t\t    type TYPE [ ARGS ]\n' +
  '\n' +
  '\tip link delete { DEVICE | dev DEVICE | group DEVGROUP } type TYPE [ ARGS ]\n' +
  '\n' +
  '\tip link set { DEVICE | dev DEVICE | group DEVGROUP }\n' +
  '\t\t\t[ { up | down } ]\n' +
  '\t\t\t[ type TYPE ARGS ]\n';

const LINK_USAGE_SET =
  '\t\t[ arp { on | off } ]\n' +
  '\t\t[ dynamic { on | off } ]\n' +
  '\t\t[ multicast { on | off } ]\n' +
  '\t\t[ allmulticast { on | off } ]\n' +
  '\t\t[ promisc { on | off } ]\n' +
  '\t\t[ trailers { on | off } ]\n' +
  '\t\t[ carrier { on | off } ]\n' +
  '\t\t[ txqueuelen PACKETS ]\n' +
  '\t\t[ name NEWNAME ]\n' +
  '\t\t[ address LLADDR ]\n' +
  '\t\t[ broadcast LLADDR ]\n' +
  '\t\t[ mtu MTU ]\n' +
  '\t\t[ netns { PID | NAME } ]\n' +
  '\t\t[ link-netns NAME | link-netnsid ID ]\n' +
  '\t\t[ alias NAME ]\n' +
  '\t\t[ vf NUM [ mac LLADDR ]\n' +
  '\t\t\t [ vlan VLANID [ qos VLAN-QOS ] [ proto VLAN-PROTO ] ]\n' +
  '\t\t\t [ rate TXRATE ]\n' +
  '\t\t\t [ max_tx_rate TXRATE ]\n' +
  '\t\t\t [ min_tx_rate TXRATE ]\n' +
  '\t\t\t [ spoofchk { on | off} ]\n' +
  '\t\t\t [ query_rss { on | off} ]\n' +
  '\t\t\t [ state { auto | enable | disable} ]\n' +
  '\t\t\t [ trust { on | off} ]\n' +
  '\t\t\t [ node_guid EUI64 ]\n' +
  '\t\t\t [ port_guid EUI64 ] ]\n' +
  '\t\t[ { xdp | xdpgeneric | xdpdrv | xdpoffload } { off |\n' +
  '\t\t\t  object FILE [ { section | program } NAME ] [ verbose ] |\n' +
  '\t\t\t  pinned FILE } ]\n' +
  '\t\t[ master DEVICE ][ vrf NAME ]\n' +
  '\t\t[ nomaster ]\n' +
  '\t\t[ addrgenmode { eui64 | none | stable_secret | random } ]\n' +
  '\t\t[ protodown { on | off } ]\n' +
  '\t\t[ protodown_reason PREASON { on | off } ]\n' +
  '\t\t[ gso_max_size BYTES ] | [ gso_max_segs PACKETS ]\n' +
  '\t\t[ gro_max_size BYTES ]\n' +
  '\n' +
  '\tip link show [ DEVICE | group GROUP ] [up] [master DEV] [vrf NAME] [type TYPE]\n' +
  '\t\t[nomaster]\n' +
  '\n' +
  '\tip link xstats type TYPE [ ARGS ]\n' +
  '\n' +
  '\tip link afstats [ dev DEVICE ]\n' +
  '\tip link property add dev DEVICE [ altname NAME .. ]\n' +
  '\tip link property del dev DEVICE [ altname NAME .. ]\n' +
  '\n' +
  '\tip link help [ TYPE ]\n' +
  '\n';

export const LINK_USAGE = LINK_USAGE_NEWLINK + LINK_USAGE_SET + TYPES_USAGE;

export function linkUsage(ip: Ip): never {
  ip.err(LINK_USAGE);
  throw new IpExit(255);
}

export function doLink(ip: Ip, args: string[]): number | ExecRequest {
  if (args.length < 1) return listFlush(ip, [], 'list', true, () => linkUsage(ip));
  const [cmd, ...rest] = args;
  if (matches(cmd, 'add')) return modify(ip, 'add', rest);
  if (matches(cmd, 'set') || matches(cmd, 'change')) return modify(ip, 'set', rest);
  if (matches(cmd, 'replace')) return modify(ip, 'replace', rest);
  if (matches(cmd, 'delete')) return modify(ip, 'del', rest);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return listFlush(ip, rest, 'list', true, () => linkUsage(ip));
  if (matches(cmd, 'xstats')) notSupported(ip, 'ip link xstats');
  if (matches(cmd, 'afstats')) notSupported(ip, 'ip link afstats');
  if (matches(cmd, 'property')) return property(ip, rest);
  if (matches(cmd, 'help')) {
    if (rest.length === 0) linkUsage(ip);
    const h = kindHelp(rest[0]);
    if (!h) linkUsage(ip);
    if (h.stdout) ip.out(h.text);
    else ip.err(h.text);
    return 0;
  }
  ip.err(`Command "${cmd}" is unknown, try "ip link help".\n`);
  throw new IpExit(255);
}

/** What iplink_parse() puts in the request (ifinfomsg + IFLA_* attributes). */
export interface LinkRequest {
  up?: boolean;
  name?: string;
  dev?: string;
  index?: number;
  link?: string;
  address?: number[];
  broadcast?: number[];
  txqlen?: number;
  mtu?: number;
  netns?: { kind: 'fd'; ns: Netns } | { kind: 'pid'; pid: number };
  flags: Partial<Record<'multicast' | 'allmulti' | 'promisc' | 'notrailers' | 'noarp' | 'dynamic', boolean>>;
  carrier?: boolean;
  /** IFLA_MASTER: ifindex, 0 = nomaster. */
  master?: number;
  alias?: string;
  group?: number;
  linkmode?: number;
  operstate?: number;
  numTxQueues?: number;
  numRxQueues?: number;
  addrgenmode?: Link['addrgenmode'];
  gsoMaxSize?: number;
  gsoMaxSegs?: number;
  groMaxSize?: number;
  protodown?: boolean;
  type?: string;
  /** Words after `type KIND`. */
  typeArgs: string[];
  /** IFLA_INFO_DATA of `type vxlan` (kind-vxlan.ts). */
  vxlan?: VxlanAttrs;
  /** IFLA_INFO_DATA of `type ipvlan` (kind-ipvlan.ts). */
  ipvlan?: IpvlanAttrs;
}

function onOff(ip: Ip, what: string, v: string): never {
  ip.err(`Error: argument of "${what}" must be "on" or "off", not "${v}"\n`);
  throw new IpExit(1);
}

/** parse_on_off() of lib/utils.c (parse_one_of(): prefixes match, "o" is
 * "off"); a bad word makes iplink_parse() return -EINVAL, ip exits 22. */
function parseOnOff(ip: Ip, what: string, v: string): boolean {
  if (matches(v, 'off')) return false;
  if (matches(v, 'on')) return true;
  ip.err(`Error: argument of "${what}" must be one of "off", "on", not "${v}"\n`);
  throw new IpExit(22);
}

/** check_ifname(): what dev_valid_name() would reject, checked early. */
function badIfname(name: string, altname = false): boolean {
  if (name.length === 0) return true;
  if (!altname && Buffer.byteLength(name) >= 16) return true;
  return /[/\s]/.test(name);
}

function macOf(bytes: number[]): Mac {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** get_integer(): strtol base 0 into an int. */
function getInteger(s: string): number | null {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return null;
  const body = m[2];
  let n = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body[0] === '0' ? parseInt(body, 8) : parseInt(body, 10);
  if (m[1] === '-') n = -n;
  if (n > 0x7fffffff || n < -0x80000000) return null;
  return n;
}

/** netns_get_fd(): a /run/netns name or a path to a namespace file. */
export function openNetns(ip: Ip, name: string): Netns | null {
  const k = ip.ctx.kernel;
  if (!name.includes('/')) return k.byName(name) ?? null;
  let m = /^\/(?:var\/)?run\/netns\/([^/]+)$/.exec(name);
  if (m) return k.byName(m[1]) ?? null;
  m = /^\/proc\/(self|\d+)\/ns\/net$/.exec(name);
  if (m) {
    if (m[1] === 'self') return ip.ctx.ns;
    const pr = k.processes.find((p) => p.pid === Number(m![1]));
    return pr ? (k.namespaces.get(pr.netns) ?? null) : null;
  }
  return null;
}

/** Kinds whose driver sets change_proto_down (vxlan_setup(), macvlan,
 * vlan): protodown works there but is not modelled. */
const PROTODOWN_KINDS = new Set<string>(['macvlan', 'vlan', 'vxlan']);

/** iplink_parse(). Returns the number of words consumed before `type`. */
export function iplinkParse(ip: Ip, args: string[], create: boolean, req: LinkRequest): number {
  let i = 0;
  let qlenSet = false;
  let mtuSet = false;
  let netnsSet = false;
  let numtx = false;
  let numrx = false;
  let groupSet = false;
  let nameSet = false;
  // iproute2 compares the dev and name pointers: equal until "dev X" is seen.
  let devIsName = true;
  for (; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      if (i + 1 >= args.length) incomplete(ip);
      return args[++i];
    };
    if (a === 'up') req.up = true;
    else if (a === 'down') req.up = false;
    else if (a === 'name') {
      const v = next();
      if (nameSet) duparg(ip, 'name', v);
      if (badIfname(v)) invarg(ip, '"name" not a valid ifname', v);
      req.name = v;
      nameSet = true;
      if (req.dev === undefined) {
        req.dev = v;
        devIsName = true;
      } else devIsName = false;
    } else if (a === 'index') {
      const v = next();
      if (req.index) duparg(ip, 'index', v);
      const n = parseInt(v, 10) || 0;
      if (n <= 0) invarg(ip, 'Invalid "index" value', v);
      req.index = n;
    } else if (matches(a, 'link')) req.link = next();
    else if (matches(a, 'address')) req.address = parseLladdr(ip, next());
    else if (matches(a, 'broadcast') || a === 'brd') req.broadcast = parseLladdr(ip, next());
    else if (matches(a, 'txqueuelen') || a === 'qlen' || matches(a, 'txqlen')) {
      const v = next();
      if (qlenSet) duparg(ip, 'txqueuelen', v);
      const n = getInteger(v);
      if (n === null) invarg(ip, 'Invalid "txqueuelen" value\n', v);
      req.txqlen = n >>> 0;
      qlenSet = true;
    } else if (a === 'mtu') {
      const v = next();
      if (mtuSet) duparg(ip, 'mtu', v);
      const n = getInteger(v);
      if (n === null) invarg(ip, 'Invalid "mtu" value\n', v);
      req.mtu = n;
      mtuSet = true;
    } else if (a === 'xdpgeneric' || a === 'xdpdrv' || a === 'xdpoffload' || a === 'xdp') notSupported(ip, 'ip link xdp');
    else if (a === 'netns') {
      const v = next();
      if (netnsSet) duparg(ip, 'netns', v);
      const ns = openNetns(ip, v);
      if (ns) req.netns = { kind: 'fd', ns };
      else {
        const n = getInteger(v);
        if (n === null) invarg(ip, 'Invalid "netns" value\n', v);
        req.netns = { kind: 'pid', pid: n };
      }
      netnsSet = true;
    } else if (a === 'multicast' || a === 'allmulticast' || a === 'promisc' || a === 'trailers' || a === 'arp' || matches(a, 'dynamic')) {
      const what = matches(a, 'dynamic') && a !== 'arp' && a.length <= 'dynamic'.length ? 'dynamic' : a;
      const v = next();
      if (v !== 'on' && v !== 'off') onOff(ip, what, v);
      const on = v === 'on';
      if (what === 'multicast') req.flags.multicast = on;
      else if (what === 'allmulticast') req.flags.allmulti = on;
      else if (what === 'promisc') req.flags.promisc = on;
      else if (what === 'trailers') req.flags.notrailers = !on;
      else if (what === 'arp') req.flags.noarp = !on;
      else req.flags.dynamic = on;
    } else if (a === 'carrier') req.carrier = parseOnOff(ip, 'carrier', next()); else if (a === 'vf') notSupported(ip, 'ip link vf');
    else if (matches(a, 'master')) {
      const v = next();
      const idx = nameToIndex(ip.ns, v);
      if (!idx) invarg(ip, 'Device does not exist\n', v);
      req.master = idx;
    } else if (a === 'vrf') {
      const v = next();
      const idx = nameToIndex(ip.ns, v);
      if (!idx || ip.ns.links.get(idx)?.kind !== 'vrf') invarg(ip, 'Not a valid VRF name\n', v);
      req.master = idx;
    } else if (matches(a, 'nomaster')) req.master = 0;
    else if (matches(a, 'type')) {
      req.type = next();
      i++;
      break;
    } else if (matches(a, 'alias')) {
      const v = next();
      if (Buffer.byteLength(v) >= 256) invarg(ip, 'alias too long\n', v);
      req.alias = v;
    } else if (a === 'group') {
      const v = next();
      if (groupSet) duparg(ip, 'group', v);
      const g = groupA2n(v);
      if (g === null) invarg(ip, 'Invalid "group" value\n', v);
      req.group = g;
      groupSet = true;
    } else if (a === 'mode') {
      const v = next().toLowerCase();
      if (v !== 'default' && v !== 'dormant') invarg(ip, 'Invalid link mode\n', args[i]);
      req.linkmode = v === 'default' ? 0 : 1;
    } else if (a === 'state') {
      const v = next();
      const idx = ['UNKNOWN', 'NOTPRESENT', 'DOWN', 'LOWERLAYERDOWN', 'TESTING', 'DORMANT', 'UP'].indexOf(v.toUpperCase());
      if (idx < 0) invarg(ip, 'Invalid operstate\n', v);
      req.operstate = idx;
    } else if (matches(a, 'numtxqueues')) {
      const v = next();
      if (numtx) duparg(ip, 'numtxqueues', v);
      const n = getInteger(v);
      if (n === null) invarg(ip, 'Invalid "numtxqueues" value\n', v);
      req.numTxQueues = n;
      numtx = true;
    } else if (matches(a, 'numrxqueues')) {
      const v = next();
      if (numrx) duparg(ip, 'numrxqueues', v);
      const n = getInteger(v);
      if (n === null) invarg(ip, 'Invalid "numrxqueues" value\n', v);
      req.numRxQueues = n;
      numrx = true;
    } else if (matches(a, 'addrgenmode')) {
      const v = next();
      const m = ['eui64', 'none', 'stable_secret', 'random'].find((x) => x === v.toLowerCase());
      if (!m) invarg(ip, 'Invalid address generation mode\n', v);
      req.addrgenmode = m as Link['addrgenmode'];
    } else if (matches(a, 'link-netns') || matches(a, 'link-netnsid')) notSupported(ip, `ip link ${a}`);
    else if (a === 'protodown') req.protodown = parseOnOff(ip, 'protodown', next()); else if (a === 'protodown_reason') notSupported(ip, `ip link ${a}`);
    else if (a === 'gso_max_size' || a === 'gro_max_size') {
      const v = next();
      const n = parseCInt(v);
      if (n === null) invarg(ip, `Invalid "${a}" value\n`, v);
      if (a === 'gso_max_size') req.gsoMaxSize = n;
      else req.groMaxSize = n;
    } else if (a === 'gso_max_segs') {
      const v = next();
      const n = parseCInt(v);
      if (n === null || n > 65535) invarg(ip, 'Invalid "gso_max_segs" value\n', v);
      req.gsoMaxSegs = n;
    } else if (a === 'parentdev') notSupported(ip, 'ip link parentdev');
    else {
      if (matches(a, 'help')) linkUsage(ip);
      let v = a;
      if (a === 'dev') v = next();
      if (!devIsName) duparg2(ip, 'dev', v);
      if (badIfname(v, true)) invarg(ip, '"dev" not a valid ifname', v);
      req.dev = v;
      devIsName = false;
    }
  }
  // "ip link add dev X" and "ip link add name X" both name the device.
  if (req.name === undefined) req.name = req.dev;
  else if (req.dev === undefined) req.dev = req.name;
  if (req.dev !== undefined && req.address && !create) {
    const l = ip.ns.byName(req.dev);
    if (l && req.address.length !== 6) {
      ip.err(`Invalid address length ${req.address.length} - must be 6 bytes\n`);
      throw new IpExit(1);
    }
  }
  if (req.index && !create && !req.netns) {
    ip.err('index can be used only when creating devices or when moving device to another netns.\n');
    throw new IpExit(255);
  }
  return i;
}

/** rtnl_group_a2n(): a name from /etc/iproute2/group ("default") or strtol into an int, >= 0. */
export function groupA2n(v: string): number | null {
  if (v === 'default') return 0;
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(v);
  if (!m) return null;
  const body = m[2];
  let n = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body[0] === '0' ? parseInt(body, 8) : parseInt(body, 10);
  if (m[1] === '-') n = -n;
  n = Number(BigInt.asIntN(32, BigInt(n)));
  return n < 0 ? null : n;
}

function newReq(): LinkRequest {
  return { flags: {}, typeArgs: [] };
}

/** iplink_modify(). */
function modify(ip: Ip, cmd: 'add' | 'set' | 'replace' | 'del', args: string[]): number {
  const create = cmd === 'add' || cmd === 'replace';
  const req = newReq();
  const used = iplinkParse(ip, args, create, req);
  const rest = args.slice(used);
  // iplink_parse() tail: the device must exist unless creating.
  if (req.group !== undefined && req.dev === undefined) {
    if (rest.length) {
      ip.err(`Garbage instead of arguments "${rest[0]} ...". Try "ip link help".\n`);
      throw new IpExit(255);
    }
    if (create) {
      ip.err('group cannot be used when creating devices.\n');
      throw new IpExit(255);
    }
    ip.ctx.dirty = true;
    const members = ip.ns.list().filter((l) => l.group === req.group);
    if (cmd === 'del') {
      // rtnl_group_dellink(): never group 0; a group without devices is
      // ENODEV; devices without rtnl_link_ops (lo) refuse it all.
      if (req.group === 0) talk(ip, () => { throw kerr('EPERM'); });
      if (!members.length) talk(ip, () => { throw kerr('ENODEV'); });
      if (members.some((l) => l.kind === 'loopback')) talk(ip, () => { throw kerr('EOPNOTSUPP'); });
      talk(ip, () => {
        for (const l of members) if (ip.ns.links.get(l.ifindex) === l) ip.ns.deleteLink(l);
      });
      return 0;
    }
    // rtnl_group_changelink(): do_setlink() on every device of the group.
    talk(ip, () => {
      for (const l of members) setLink(ip, ip.ns, l, req, undefined, undefined);
    });
    return 0;
  }
  let target: Link | undefined;
  let rename: string | undefined;
  if (!create) {
    if (req.dev === undefined) {
      ip.err('Not enough information: "dev" argument is required.\n');
      throw new IpExit(255);
    }
    const idx = llNameToIndex(ip.ns, req.dev);
    if (!idx) {
      ip.err(`Cannot find device "${req.dev}"\n`);
      return 1;
    }
    // "ifN" with no device N: rtnl_setlink()/rtnl_dellink() answer ENODEV.
    if (!ip.ns.links.has(idx)) talk(ip, () => { throw kerr('ENODEV'); });
    target = ip.ns.links.get(idx)!;
    if (req.name !== undefined && req.name !== req.dev) rename = req.name;
  } else {
    if (req.name !== req.dev) {
      ip.err('both "name" and "dev" cannot be used when creating devices.\n');
      throw new IpExit(255);
    }
    if (req.link !== undefined && !nameToIndex(ip.ns, req.link)) {
      ip.err(`Cannot find device "${req.link}"\n`);
      return 1;
    }
  }
  let bridgeOpts: BridgeSettings | undefined;
  let macvlan: MacvlanData | undefined;
  let vlan: VlanData | undefined;
  let vrfTable: number | undefined;
  let peer: LinkRequest | undefined;
  if (req.type !== undefined) {
    const type = req.type;
    if (hasLinkUtil(type) && rest.length) {
      if (type === 'veth') {
        if (rest[0] !== 'peer') {
          ip.out(VETH_USAGE);
          return 1;
        }
        peer = newReq();
        const pused = iplinkParse(ip, rest.slice(1), create, peer);
        if (peer.type !== undefined) duparg(ip, 'type', rest[1 + pused - 1]);
        if (1 + pused < rest.length) {
          ip.err(`Garbage instead of arguments "${rest[1 + pused]} ...". Try "ip link help".\n`);
          return 1;
        }
      } else if (type === 'bridge') bridgeOpts = parseBridgeOpts(ip, rest);
      else if (type === 'macvlan') macvlan = parseMacvlanOpts(ip, rest);
      else if (type === 'vlan') vlan = parseVlanOpts(ip, rest);
      else if (type === 'vrf') vrfTable = parseVrfOpts(ip, rest).table;
      else if (type === 'vxlan') req.vxlan = parseVxlanOpts(ip, rest, !create);
      else if (type === 'ipvlan') req.ipvlan = parseIpvlanOpts(ip, rest);
      else if (type === 'tun' || type === 'ifb') {
        /* tun_link_util and ifb_link_util have no parse_opt: the words are ignored */
      }
      else if (type === 'dummy') {
        /* dummy_link_util has no parse_opt: the words are ignored */
      } else notSupported(ip, `ip link type ${type} options`);
    } else if (rest.length) {
      if (matches(rest[0], 'help')) linkUsage(ip);
      ip.err(`Garbage instead of arguments "${rest[0]} ...". Try "ip link help".\n`);
      return 1;
    }
  } else if (create) {
    ip.err('Not enough information: "type" argument is required\n');
    return 1;
  }
  ip.ctx.dirty = true;
  if (cmd === 'del') {
    const echo = ip.opts.echo ? renderLinkEcho(ip, ip.ns, target!, true) : undefined;
    talk(ip, () => ip.ns.deleteLink(target!));
    if (echo !== undefined) ip.out(echo);
    return 0;
  }
  if (create) {
    let echo: string | undefined;
    talk(ip, () => newLink(ip, req, peer, bridgeOpts, cmd === 'replace', macvlan, vlan, vrfTable, (ns, l) => {
      // The notification reaches the asking socket only in its own namespace.
      if (ip.opts.echo && ns === ip.ns) echo = renderLinkEcho(ip, ns, l, false);
    }));
    if (ip.opts.echo) {
      if (echo !== undefined) ip.out(echo);
      else echoAnswer(ip);
    }
    return 0;
  }
  // rtnl_newlink(): the requested kind's ops->validate() runs first.
  if (req.type === 'vxlan') talk(ip, () => vxlanValidate(req.address, req.mtu, req.vxlan));
  if (req.type === 'tun') talk(ip, () => tunValidate());
  if (req.type === 'ipvlan') talk(ip, () => ipvlanValidate(req.ipvlan));
  if (req.type === 'vlan' && rest.length > 0) talk(ip, () => vlanValidate(vlan));
  // IFLA_INFO_DATA for a kind without ops->changelink (ifb_link_ops) is EOPNOTSUPP.
  if (req.type === 'ifb' && rest.length > 0) talk(ip, () => {
    throw kerr('EOPNOTSUPP');
  });
  // IFLA_INFO_DATA for another kind's ops is EOPNOTSUPP; a bare `type KIND` is ignored.
  if (req.type !== undefined && req.type !== target!.kind && rest.length > 0) {
    talk(ip, () => {
      throw kerr('EOPNOTSUPP');
    });
  }
  // rtnl_newlink(): ops->changelink() before do_setlink().
  if (vlan && target!.kind === 'vlan') talk(ip, () => ip.ns.vlanChangelink(target!, vlan!));
  if (macvlan && target!.kind === 'macvlan') talk(ip, () => ip.ns.macvlanChangelink(target!, macvlan!));
  talk(ip, () => setLink(ip, ip.ns, target!, req, rename, bridgeOpts));
  // do_setlink() answers with an ack only.
  if (ip.opts.echo) echoAnswer(ip);
  return 0;
}

function macValue(bytes: number[]): Mac {
  if (bytes.length !== 6) throw kerr('EINVAL');
  const m = macOf(bytes);
  // eth_prepare_mac_addr_change(): is_valid_ether_addr().
  if (isMulticastMac(m) || isZeroMac(m)) throw kerr('EADDRNOTAVAIL');
  return m;
}

/** The namespace a request's IFLA_NET_NS_FD/PID names (rtnl_link_get_net()). */
function requestNetns(ip: Ip, r: LinkRequest, dflt: Netns): Netns {
  if (!r.netns) return dflt;
  if (r.netns.kind === 'fd') return r.netns.ns;
  const pid = r.netns.pid;
  const pr = ip.ctx.kernel.processes.find((p) => p.pid === pid);
  if (!pr) throw kerr('ESRCH');
  return ip.ctx.kernel.requireNs(pr.netns);
}

/** rtnl_newlink() create path. */
function newLink(ip: Ip, req: LinkRequest, peer: LinkRequest | undefined, bridgeOpts: BridgeSettings | undefined, replace: boolean, macvlan?: MacvlanData, vlan?: VlanData, vrfTable?: number, notified?: (ns: Netns, l: Link) => void): void {
  const type = req.type!;
  const dest = requestNetns(ip, req, ip.ns);
  const name = req.name ?? `${type}%d`;
  // ops->validate() (veth_validate: IFLA_MTU) runs before the existing
  // device is considered, so a bad MTU wins over File exists.
  if (type === 'veth' && req.mtu !== undefined) checkMtu('veth', req.mtu);
  if (type === 'vxlan') vxlanValidate(req.address, req.mtu, req.vxlan);
  if (type === 'tun') tunValidate();
  if (type === 'vlan') vlanValidate(vlan);
  // rtnl_newlink() looks the device up by ifi_index first, then by name.
  const existing = req.index ? dest.links.get(req.index) : req.name !== undefined ? dest.byName(req.name) : undefined;
  if (existing) {
    if (!replace) throw kerr('EEXIST');
    notSupported(ip, 'ip link replace of an existing device');
  }
  // A kind iproute2 knows (it has a link_util: bond, gre, geneve…) or a
  // common driver without one (wireguard, configured by wg)
  // that iplab does not model is refused out loud; other names get the
  // kernel's answer for a kind no module provides.
  if (!KNOWN_KINDS.has(type) && (hasLinkUtil(type) || type === 'wireguard')) notSupported(ip, `ip link type ${type}`);
  if (!KNOWN_KINDS.has(type)) throw kerr('EOPNOTSUPP', 'Unknown device type');
  if (Buffer.byteLength(name) >= 16) throw kerr('EINVAL', 'Attribute failed policy validation');
  if (req.mtu !== undefined) checkMtu(type as LinkKind, req.mtu);
  // rtnl_create_link(): dev_validate_mtu() against what vrf_setup() set, with its extack.
  if (type === 'vrf' && req.mtu !== undefined) {
    if ((req.mtu | 0) < 1280) throw kerr('EINVAL', 'mtu less than device minimum');
    if ((req.mtu | 0) > 65575) throw kerr('EINVAL', 'mtu greater than device maximum');
  }
  const spec: NewLinkSpec = {
    name,
    ifindex: req.index,
    kind: type as LinkKind,
    mtu: req.mtu,
    mac: req.address ? macValue(req.address) : undefined,
    txqlen: req.txqlen,
    // IFLA_IFALIAS is only applied by do_setlink(), not on creation.
    group: req.group,
    numTxQueues: req.numTxQueues,
    numRxQueues: req.numRxQueues,
  };
  if (type === 'veth') {
    // Without a peer section veth_newlink() builds the peer from the device's
    // own attributes (tbp = tb), all but the name.
    const p = peer ?? { ...req, name: undefined, dev: undefined };
    // rtnl_link_get_net(src_net, tbp): a peer section without netns means the caller's namespace.
    const peerNs = peer ? requestNetns(ip, peer, ip.ns) : dest;
    if (p.mtu !== undefined) checkMtu('veth', p.mtu);
    if (p.name !== undefined && Buffer.byteLength(p.name) >= 16) throw kerr('EINVAL', 'Attribute failed policy validation');
    spec.peer = { name: p.name, ifindex: peer?.index, ns: peerNs, mac: p.address ? macValue(p.address) : undefined, mtu: p.mtu, txqlen: p.txqlen, numTxQueues: p.numTxQueues, numRxQueues: p.numRxQueues, group: p.group };
  }
  if (type === 'bridge') spec.bridge = bridgeOpts;
  if (type === 'vrf') spec.vrfTable = vrfTable;
  if (type === 'vxlan') spec.vxlan = req.vxlan;
  if (type === 'ipvlan') {
    spec.ipvlan = req.ipvlan;
    if (req.link !== undefined) spec.lower = nameToIndex(ip.ns, req.link);
  }
  if (type === 'macvlan' || type === 'vlan') {
    spec.macvlan = macvlan;
    spec.vlan = vlan;
    if (req.link !== undefined) spec.lower = nameToIndex(ip.ns, req.link);
  }
  // veth_newlink(): rtnl_configure_link(peer) opens the peer before it is
  // paired, and veth_open() refuses that with ENOTCONN; nothing is created.
  if (type === 'veth' && peer?.up) {
    // The peer was registered (taking an ifindex there) before it failed.
    const peerNs = requestNetns(ip, peer, ip.ns);
    if (!peer.index) peerNs.allocIfindex();
    throw kerr('ENOTCONN');
  }
  const dev = dest.createLink(spec);
  applyFlags(dev, req);
  if (type === 'veth' && peer) {
    const pr = dev.peer ? ip.ctx.kernel.deref(dev.peer) : undefined;
    if (pr) applyFlags(pr.link, peer);
  }
  if (req.up) dest.setUp(dev, true);
  // rtnl_configure_link() sends RTM_NEWLINK here, before IFLA_MASTER.
  notified?.(dest, dev);
  if (req.master !== undefined && req.master > 0) {
    const m = dest.links.get(req.master);
    if (!m) throw kerr('ENODEV');
    dest.setMaster(dev, m);
  }
}

/** dev_validate_mtu() against the kind's fixed limits before creation. */
function checkMtu(kind: LinkKind, mtu: number): void {
  const lim: Partial<Record<LinkKind, [number, number]>> = { veth: [68, 65535], bridge: [68, 65535] };
  const l = lim[kind];
  if (!l) return;
  // At creation the kernel answers without an extended ack.
  if (mtu < l[0] || mtu > l[1]) throw kerr('EINVAL');
}

/** The ifi_flags part of the request (dev_change_flags without IFF_UP). */
function applyFlags(l: Link, req: LinkRequest): void {
  const f = req.flags;
  if (f.multicast !== undefined) l.multicast = f.multicast;
  if (f.allmulti !== undefined) l.allmulti = f.allmulti ? 1 : 0;
  if (f.promisc !== undefined) l.promisc = f.promisc ? 1 : 0;
  if (f.noarp !== undefined) l.noarp = f.noarp;
  if (f.dynamic !== undefined) l.dynamic = f.dynamic;
  if (f.notrailers !== undefined) l.notrailers = f.notrailers;
}

/** do_setlink(): attributes in the kernel's order; the first error stops. */
function setLink(ip: Ip, ns: Netns, l: Link, req: LinkRequest, rename: string | undefined, bridgeOpts: BridgeSettings | undefined): void {
  // Refused before anything is applied: a "not supported" answer changes nothing.
  if (req.operstate !== undefined || req.linkmode !== undefined) notSupported(ip, 'ip link set state/mode');
  if (req.protodown !== undefined && PROTODOWN_KINDS.has(l.kind)) notSupported(ip, `ip link set protodown on a ${l.kind} device`);
  // ops->changelink() runs before do_setlink(): its refusal changes nothing.
  if (req.vxlan && l.vxlan) vxlanChangelink(ns, l, req.vxlan, req.mtu);
  if (req.ipvlan && l.kind === 'ipvlan') ipvlanChangelink(ns, l, req.ipvlan);
  if (req.netns) {
    const target = requestNetns(ip, req, ns);
    // Nothing to do for the device's own namespace; then NETIF_F_NETNS_LOCAL
    // (lo, bridge, vrf) is checked before anything else.
    if (target !== ns && (l.kind === 'loopback' || l.kind === 'bridge' || l.kind === 'vrf')) throw kerr('EINVAL', 'The interface netns is immutable');
    if (target !== ns) {
      // __dev_change_net_namespace(): the new name is only a fallback for a
      // name taken in the target; a rename proper follows as its own step.
      if (target.byName(l.name)) {
        if (rename === undefined || target.byName(rename)) throw kerr('EEXIST', 'An interface with the same name exists in the target netns');
        ns.moveTo(l, target, rename);
        rename = undefined;
      } else ns.moveTo(l, target);
      ns = target;
    }
  }
  if (req.address) ns.setMac(l, macValue(req.address));
  if (req.mtu !== undefined) ns.setMtu(l, req.mtu);
  if (req.group !== undefined) l.group = req.group;
  if (rename !== undefined) {
    if (Buffer.byteLength(rename) >= 16) throw kerr('EINVAL', 'Attribute failed policy validation');
    ns.rename(l, rename);
  }
  if (req.alias !== undefined) l.alias = req.alias === '' ? undefined : req.alias;
  if (req.broadcast) {
    // dev_set_mac_address() for IFLA_BROADCAST: any six bytes.
    if (req.broadcast.length !== 6) throw kerr('EINVAL');
    l.broadcast = macOf(req.broadcast);
  }
  if (req.master !== undefined) {
    if (req.master === 0) ns.setMaster(l, undefined);
    else {
      const m = ns.links.get(req.master);
      if (!m) throw kerr('EINVAL');
      ns.setMaster(l, m);
    }
  }
  applyFlags(l, req);
  if (req.up !== undefined) ns.setUp(l, req.up);
  if (req.carrier !== undefined) throw kerr('EOPNOTSUPP');
  if (req.txqlen !== undefined) l.txqlen = req.txqlen;
  if (req.gsoMaxSize !== undefined) l.gsoMaxSize = req.gsoMaxSize;
  if (req.gsoMaxSegs !== undefined) l.gsoMaxSegs = req.gsoMaxSegs;
  if (req.groMaxSize !== undefined) l.groMaxSize = req.groMaxSize;
  if (req.addrgenmode !== undefined) l.addrgenmode = req.addrgenmode;
  // do_set_proto_down(): only devices with change_proto_down take it.
  if (req.protodown !== undefined) throw kerr('EOPNOTSUPP', 'Protodown not supported by device');
  if (bridgeOpts) ns.setBridgeOpts(l, bridgeOpts);
}

/** check_altifname(): what iproute2 refuses before asking the kernel. */
function badAltname(name: string): boolean {
  return name.length === 0 || /[/\s]/.test(name);
}

/** iplink_prop(), iplink_prop_mod(): RTM_NEWLINKPROP / RTM_DELLINKPROP with
 * the IFLA_ALT_IFNAME list. The kernel applies the names one by one
 * (rtnl_linkprop()): those before a failing one stay. */
function property(ip: Ip, args: string[]): number {
  if (args.length < 1) linkUsage(ip);
  const [op, ...rest] = args;
  let add: boolean;
  if (matches(op, 'add')) add = true;
  else if (matches(op, 'del')) add = false;
  else if (matches(op, 'help')) linkUsage(ip);
  else {
    ip.err('Operator required\n');
    throw new IpExit(255);
  }
  const names: string[] = [];
  let dev: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (matches(a, 'altname')) {
      if (i + 1 >= rest.length) incomplete(ip);
      const v = rest[++i];
      if (badAltname(v)) invarg(ip, 'not a valid altname', v);
      names.push(v);
    } else if (matches(a, 'help')) linkUsage(ip);
    else {
      let v = a;
      if (a === 'dev') {
        if (i + 1 >= rest.length) incomplete(ip);
        v = rest[++i];
      }
      if (dev !== undefined) duparg2(ip, 'dev', v);
      if (badAltname(v)) invarg(ip, '"dev" not a valid ifname', v);
      dev = v;
    }
  }
  if (dev === undefined) {
    ip.err('Not enough of information: "dev" argument is required.\n');
    throw new IpExit(255);
  }
  const idx = llNameToIndex(ip.ns, dev);
  if (!idx) {
    ip.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  if (!ip.ns.links.has(idx)) talk(ip, () => { throw kerr('ENODEV'); });
  const l = ip.ns.links.get(idx)!;
  ip.ctx.dirty = true;
  talk(ip, () => {
    for (const n of names) {
      if (add) ip.ns.addAltname(l, n);
      else ip.ns.delAltname(l, n);
    }
  });
  return 0;
}
