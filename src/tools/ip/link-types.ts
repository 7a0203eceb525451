// Per-kind pieces of `ip link` (iproute2's struct link_util): option parsing
// for `type KIND ARGS`, the -d printers (print_opt) and `ip link help KIND`.
// veth: ip/link_veth.c; bridge: ip/iplink_bridge.c; dummy: no options.

import { Out, type Printer } from '../../lib/printer';
import type { Link } from '../../kernel/link';
import type { Netns } from '../../kernel/netns';
import { type Ip, IpExit, invarg, incomplete, matches, notSupported, parseLladdr } from './common';
import { VLAN_FLAG, type MacvlanData, type VlanData } from '../../kernel/netns';
import type { Mac } from '../../net/mac';

const macOf = (bytes: number[]): Mac => bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
import { tableA2n } from './inet';
import { VXLAN_USAGE, printVxlanData } from './kind-vxlan';
import { printTunData } from './tuntap';
import { IPVLAN_USAGE, printIpvlanData } from './kind-ipvlan';
import { ipvlanFlags, ipvlanMode } from '../../kernel/kinds/ipvlan';

export const VETH_USAGE = "Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n";

export const BRIDGE_USAGE =
  'Usage: ... bridge [ fdb_flush ]\n' +
  [
    'forward_delay FORWARD_DELAY',
    'hello_time HELLO_TIME',
    'max_age MAX_AGE',
    'ageing_time AGEING_TIME',
    'stp_state STP_STATE',
    'priority PRIORITY',
    'group_fwd_mask MASK',
    'group_address ADDRESS',
    'no_linklocal_learn NO_LINKLOCAL_LEARN',
    'vlan_filtering VLAN_FILTERING',
    'vlan_protocol VLAN_PROTOCOL',
    'vlan_default_pvid VLAN_DEFAULT_PVID',
    'vlan_stats_enabled VLAN_STATS_ENABLED',
    'vlan_stats_per_port VLAN_STATS_PER_PORT',
    'mcast_snooping MULTICAST_SNOOPING',
    'mcast_vlan_snooping MULTICAST_VLAN_SNOOPING',
    'mcast_router MULTICAST_ROUTER',
    'mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR',
    'mcast_querier MULTICAST_QUERIER',
    'mcast_hash_elasticity HASH_ELASTICITY',
    'mcast_hash_max HASH_MAX',
    'mcast_last_member_count LAST_MEMBER_COUNT',
    'mcast_startup_query_count STARTUP_QUERY_COUNT',
    'mcast_last_member_interval LAST_MEMBER_INTERVAL',
    'mcast_membership_interval MEMBERSHIP_INTERVAL',
    'mcast_querier_interval QUERIER_INTERVAL',
    'mcast_query_interval QUERY_INTERVAL',
    'mcast_query_response_interval QUERY_RESPONSE_INTERVAL',
    'mcast_startup_query_interval STARTUP_QUERY_INTERVAL',
    'mcast_stats_enabled MCAST_STATS_ENABLED',
    'mcast_igmp_version IGMP_VERSION',
    'mcast_mld_version MLD_VERSION',
    'nf_call_iptables NF_CALL_IPTABLES',
    'nf_call_ip6tables NF_CALL_IP6TABLES',
    'nf_call_arptables NF_CALL_ARPTABLES',
  ]
    .map((l) => `\t\t  [ ${l} ]\n`)
    .join('') +
  '\nWhere: VLAN_PROTOCOL := { 802.1Q | 802.1ad }\n';

/** Kinds the emulated kernel can create (the recording kernel has veth and bridge;
 * dummy is modelled from drivers/net/dummy.c). */
export const KNOWN_KINDS = new Set(['veth', 'bridge', 'dummy', 'macvlan', 'vlan', 'vrf', 'vxlan', 'ifb', 'ipvlan']);

export const VRF_USAGE = 'Usage: ... vrf table TABLEID\n';

/** vrf_parse_opt() of ip/iplink_vrf.c. */
export function parseVrfOpts(ip: Ip, args: string[]): { table?: number } {
  const out: { table?: number } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (matches(a, 'table')) {
      if (i + 1 >= args.length) incomplete(ip);
      const v = args[++i];
      const n = tableA2n(v);
      if (n === null) invarg(ip, 'invalid table ID\n', v);
      out.table = n;
    } else if (matches(a, 'help')) {
      ip.err(VRF_USAGE);
      throw new IpExit(1);
    } else {
      ip.err(`vrf: unknown option "${a}"?\n`);
      ip.err(VRF_USAGE);
      throw new IpExit(1);
    }
  }
  return out;
}

export const VLAN_USAGE =
  'Usage: ... vlan id VLANID\n' +
  '\t\t[ protocol VLANPROTO ]\n' +
  '\t\t[ reorder_hdr { on | off } ]\n' +
  '\t\t[ gvrp { on | off } ]\n' +
  '\t\t[ mvrp { on | off } ]\n' +
  '\t\t[ loose_binding { on | off } ]\n' +
  '\t\t[ bridge_binding { on | off } ]\n' +
  '\t\t[ ingress-qos-map QOS-MAP ]\n' +
  '\t\t[ egress-qos-map QOS-MAP ]\n' +
  '\n' +
  'VLANID := 0-4095\n' +
  'VLANPROTO: [ 802.1Q | 802.1ad ]\n' +
  'QOS-MAP := [ QOS-MAP ] QOS-MAPPING\n' +
  'QOS-MAPPING := FROM:TO\n';

/** ll_proto_a2n() for the words a vlan protocol is given as: a name of
 * iproute2's table (those worth naming here) or a number. */
const LL_PROTOS: Record<string, number> = { '802.1q': 0x8100, '802.1ad': 0x88a8, ip: 0x0800, arp: 0x0806, ipv6: 0x86dd };

function onOff(ip: Ip, opt: string, v: string): boolean {
  if (v === 'on') return true;
  if (v === 'off') return false;
  ip.err(`Error: argument of "${opt}" must be "on" or "off", not "${v}"\n`);
  throw new IpExit(1);
}

/** vlan_parse_opt() of ip/iplink_vlan.c. */
export function parseVlanOpts(ip: Ip, args: string[]): VlanData {
  const out: VlanData = {};
  const flags = { flags: 0, mask: 0 };
  const FLAGS: [string, number][] = [
    ['reorder_hdr', VLAN_FLAG.REORDER_HDR],
    ['gvrp', VLAN_FLAG.GVRP],
    ['mvrp', VLAN_FLAG.MVRP],
    ['loose_binding', VLAN_FLAG.LOOSE_BINDING],
    ['bridge_binding', VLAN_FLAG.BRIDGE_BINDING],
  ];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      if (i + 1 >= args.length) incomplete(ip);
      return args[++i];
    };
    const flag = FLAGS.find(([name]) => matches(a, name));
    if (matches(a, 'protocol')) {
      const v = next();
      const n = LL_PROTOS[v.toLowerCase()] ?? parseCInt(v);
      if (n === null || n === undefined || n > 0xffff) invarg(ip, 'protocol is invalid', v);
      out.protocol = n;
    } else if (matches(a, 'id')) {
      const v = next();
      const n = parseCInt(v);
      if (n === null || n > 0xffff) invarg(ip, 'id is invalid', v);
      out.id = n;
    } else if (flag) {
      const v = next();
      flags.mask |= flag[1];
      if (onOff(ip, flag[0], v)) flags.flags |= flag[1];
      else flags.flags &= ~flag[1];
    } else if (matches(a, 'ingress-qos-map') || matches(a, 'egress-qos-map')) {
      const ingress = matches(a, 'ingress-qos-map');
      next();
      // parse_mapping(): FROM:TO words until one without a colon; a bad
      // number stops with that word (cut at its colon) in the error.
      const map: [number, number][] = [];
      for (; i < args.length; i++) {
        const w = args[i];
        const c = w.indexOf(':');
        if (c < 0) break;
        const from = parseCInt(w.slice(0, c));
        const to = parseCInt(w.slice(c + 1));
        if (from === null || from > 0xffffffff || to === null || to > 0xffffffff) invarg(ip, `invalid ${ingress ? 'ingress' : 'egress'}-qos-map`, w.slice(0, c));
        map.push([from, to]);
      }
      i--;
      if (ingress) out.ingress = [...(out.ingress ?? []), ...map];
      else out.egress = [...(out.egress ?? []), ...map];
    } else if (matches(a, 'help')) {
      ip.err(VLAN_USAGE);
      throw new IpExit(1);
    } else {
      ip.err(`vlan: unknown command "${a}"?\n`);
      ip.err(VLAN_USAGE);
      throw new IpExit(1);
    }
  }
  if (flags.mask) out.flags = flags;
  return out;
}

export const MACVLAN_USAGE =
  'Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]\n' +
  '\n' +
  'MODE: private | vepa | bridge | passthru | source\n' +
  'MODE_FLAG: null | nopromisc | nodst\n' +
  'MODE_OPTS: for mode "source":\n' +
  '\tmacaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }\n' +
  'BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]\n';

/** macvlan_parse_opt() of ip/iplink_macvlan.c. */
export function parseMacvlanOpts(ip: Ip, args: string[]): MacvlanData {
  const out: MacvlanData = {};
  let flags = 0;
  let hasFlags = false;
  const usage = (): never => {
    ip.err(MACVLAN_USAGE);
    throw new IpExit(1);
  };
  const mac = (v: string): Mac => {
    const b = parseLladdr(ip, v);
    if (b.length !== 6) throw new IpExit(1);
    return macOf(b);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      if (i + 1 >= args.length) incomplete(ip);
      return args[++i];
    };
    if (matches(a, 'mode')) {
      const v = next();
      if (!['private', 'vepa', 'bridge', 'passthru', 'source'].includes(v)) {
        ip.err(`Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "${v}"\n`);
        throw new IpExit(1);
      }
      out.mode = v;
    } else if (matches(a, 'flag')) {
      const v = next();
      if (v === 'nopromisc') flags |= 1;
      else if (v === 'nodst') flags |= 2;
      else if (v !== 'null') {
        ip.err(`Error: argument of "flag" must be "nopromisc", "nodst" or "null", not "${v}"\n`);
        throw new IpExit(1);
      }
      hasFlags = true;
    } else if (matches(a, 'macaddr')) {
      const v = next();
      if (v !== 'add' && v !== 'del' && v !== 'set' && v !== 'flush') usage();
      const req: NonNullable<MacvlanData['macaddr']> = { mode: v as 'add', macs: [] };
      if (v === 'add' || v === 'del') req.macs.push(mac(next()));
      if (v === 'set') {
        // As many addresses as parse; the first word that does not is left
        // for the next option (ll_addr_a2n() still reports it).
        while (i + 1 < args.length) {
          let b: number[];
          try {
            b = parseLladdr(ip, args[i + 1]);
          } catch {
            break;
          }
          if (b.length !== 6) break;
          req.macs.push(macOf(b));
          i++;
        }
      }
      out.macaddr = req;
    } else if (matches(a, 'nopromisc')) {
      flags |= 1;
      hasFlags = true;
    } else if (matches(a, 'nodst')) {
      flags |= 2;
      hasFlags = true;
    } else if (matches(a, 'bcqueuelen')) {
      const v = next();
      const n = parseCInt(v);
      if (n === null || n > 0xffffffff) {
        ip.err(`Error: argument of "bcqueuelen" must be a positive integer [0-4294967295], not "${v}"\n`);
        throw new IpExit(1);
      }
      out.bcQueueLen = n;
    } else if (matches(a, 'help')) usage();
    else {
      ip.err(`macvlan: unknown option "${a}"?\n`);
      usage();
    }
  }
  if (hasFlags) {
    if (flags & 1 && out.mode !== 'passthru') {
      ip.err('macvlan: nopromisc flag only valid in passthru mode\n');
      usage();
    }
    out.flags = flags;
  }
  return out;
}

/** Kinds iproute2 has a link_util for (help and option parsing). */
const IPROUTE_KINDS = new Set([
  'amt', 'bareudp', 'bond', 'bond_slave', 'bridge', 'bridge_slave', 'dsa', 'dummy', 'erspan', 'geneve', 'gre', 'gretap', 'gtp', 'ifb', 'ip6erspan',
  'ip6gre', 'ip6gretap', 'ip6tnl', 'ipip', 'ipoib', 'ipvlan', 'ipvtap', 'macsec', 'macvlan', 'macvtap', 'netdevsim', 'nlmon', 'rmnet', 'sit', 'team',
  'team_slave', 'tun', 'vcan', 'veth', 'vlan', 'vrf', 'vti', 'vxcan', 'vxlan', 'wwan', 'xfrm', 'virt_wifi', 'can', 'hsr', 'ipoib', 'lowpan', 'batadv',
]);

export function hasLinkUtil(kind: string): boolean {
  return IPROUTE_KINDS.has(kind);
}

/** `ip link help KIND` (print_help of the link_util), else null. */
export function kindHelp(kind: string): { text: string; stdout: boolean } | null {
  if (kind === 'veth') return { text: VETH_USAGE, stdout: true };
  if (kind === 'bridge') return { text: BRIDGE_USAGE, stdout: true };
  if (kind === 'dummy') return { text: 'Usage: ... dummy\n', stdout: true };
  if (kind === 'macvlan') return { text: MACVLAN_USAGE, stdout: true };
  if (kind === 'vlan') return { text: VLAN_USAGE, stdout: true };
  if (kind === 'vrf') return { text: VRF_USAGE, stdout: true };
  if (kind === 'vxlan') return { text: VXLAN_USAGE, stdout: true };
  if (kind === 'ifb') return { text: 'Usage: ... ifb\n', stdout: true };
  if (kind === 'ipvlan') return { text: IPVLAN_USAGE, stdout: true };
  return null;
}

export type BridgeSettings = Partial<NonNullable<Link['bridge']>>;

const BRIDGE_U32: [string, keyof NonNullable<Link['bridge']>, boolean][] = [
  // [option, field, matches() abbreviation allowed]
  ['forward_delay', 'forwardDelay', true],
  ['hello_time', 'helloTime', true],
  ['max_age', 'maxAge', true],
  ['ageing_time', 'ageingTime', true],
  ['stp_state', 'stpState', true],
  ['priority', 'priority', true],
  ['vlan_filtering', 'vlanFiltering', true],
  ['group_fwd_mask', 'groupFwdMask', true],
  ['vlan_default_pvid', 'vlanDefaultPvid', true],
  ['mcast_snooping', 'mcastSnooping', true],
  ['nf_call_iptables', 'nfCallIptables', true],
  ['nf_call_ip6tables', 'nfCallIp6tables', true],
  ['nf_call_arptables', 'nfCallArptables', true],
];

/** Options iproute2 knows that the model does not keep (refused out loud). */
const BRIDGE_UNMODELLED = ['fdb_flush', 'group_address', 'no_linklocal_learn', 'vlan_protocol', 'vlan_stats_enabled', 'vlan_stats_per_port'];

/** bridge_parse_opt(): the options the model keeps; others are unsupported. */
export function parseBridgeOpts(ip: Ip, args: string[]): BridgeSettings {
  const out: BridgeSettings = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const opt = BRIDGE_U32.find(([name]) => matches(a, name));
    if (opt) {
      if (i + 1 >= args.length) incomplete(ip);
      const v = args[++i];
      const n = parseCInt(v);
      const max = opt[0] === 'priority' ? 0xffff : opt[0] === 'vlan_filtering' || opt[0] === 'mcast_snooping' || opt[0].startsWith('nf_call') ? 0xff : 0xffffffff;
      if (n === null || n < 0 || n > max) invarg(ip, `invalid ${opt[0]}`, v);
      (out as Record<string, number>)[opt[1]] = n;
    } else if (matches(a, 'help')) {
      ip.err(BRIDGE_USAGE);
      throw new IpExit(1);
    } else if (a.startsWith('mcast_') || BRIDGE_UNMODELLED.includes(a)) {
      notSupported(ip, `bridge option "${a}"`);
    } else {
      ip.err(`bridge: unknown command "${a}"?\n`);
      ip.err(BRIDGE_USAGE);
      throw new IpExit(1);
    }
  }
  return out;
}

/** get_u32() of lib/utils.c: strtoul with base 0, whole string. */
export function parseCInt(s: string): number | null {
  if (!/^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(s)) return null;
  const t = s.trim();
  const n = /^0[xX]/.test(t) ? parseInt(t.slice(2), 16) : t.length > 1 && t[0] === '0' ? parseInt(t, 8) : parseInt(t, 10);
  return Number.isFinite(n) ? n : null;
}

/** The bridge id as the kernel formats it for iproute2: "8000.2:0:0:0:0:20". */
function bridgeId(prio: number, mac: string): string {
  return prio.toString(16).padStart(4, '0') + '.' + mac.split(':').map((b) => parseInt(b, 16).toString(16)).join(':');
}

function timer(p: Printer, name: string): void {
  p.raw(Out.ANY, name, `${name} %s `, p.isJson ? '0.00' : '   0.00');
}

/** lu->print_opt for the device's kind. */
export function printKindData(_ip: Ip, p: Printer, ns: Netns, l: Link): void {
  if (l.kind === 'vrf') {
    // vrf_print_opt()
    p.openObject('info_data');
    p.num(Out.ANY, 'table', 'table %u ', l.vrfTable ?? 0);
    p.closeObject();
    return;
  }
  if (l.kind === 'vxlan') return printVxlanData(p, ns, l);
  if (l.kind === 'tun') return printTunData(p, l);
  if (l.kind === 'ipvlan') return printIpvlanData(p, ipvlanMode(ns, l), ipvlanFlags(ns, l));
  if (l.kind === 'vlan') {
    // vlan_print_opt(): protocol, id, the flags (vlan_fill_info() sends
    // IFLA_VLAN_FLAGS only when some are set), then the QoS maps.
    p.openObject('info_data');
    p.string(Out.ANY, 'protocol', 'protocol %s ', l.vlanProtocol ?? '802.1Q');
    p.num(Out.ANY, 'id', 'id %u ', l.vlanId ?? 0);
    let flags = l.vlanFlags ?? VLAN_FLAG.REORDER_HDR;
    if (flags) {
      p.openArray(Out.ANY, p.isJson ? 'flags' : null, '<');
      for (const [name, bit] of [
        ['REORDER_HDR', VLAN_FLAG.REORDER_HDR],
        ['GVRP', VLAN_FLAG.GVRP],
        ['MVRP', VLAN_FLAG.MVRP],
        ['LOOSE_BINDING', VLAN_FLAG.LOOSE_BINDING],
        ['BRIDGE_BINDING', VLAN_FLAG.BRIDGE_BINDING],
      ] as const) {
        if (!(flags & bit)) continue;
        flags &= ~bit;
        p.string(Out.ANY, null, flags ? '%s,' : '%s', name);
      }
      if (flags) p.hex(Out.ANY, null, '%x', flags);
      p.closeArray(Out.ANY, '> ');
    }
    const maps = ns.vlanQosMaps(l);
    for (const [key, word, map] of [
      ['ingress_qos', 'ingress-qos-map', maps.ingress],
      ['egress_qos', 'egress-qos-map', maps.egress],
    ] as const) {
      if (!map) continue;
      // vlan_print_map()
      p.openArray(Out.JSON, key, '');
      p.nl();
      p.string(Out.TEXT, null, '      %s { ', word);
      for (const [from, to] of map) {
        if (p.isJson) {
          p.openObject(null);
          p.num(Out.JSON, 'from', null, from);
          p.num(Out.JSON, 'to', null, to);
          p.closeObject();
        } else p.write(`${from}:${to} `);
      }
      p.closeArray(Out.JSON, '');
      p.string(Out.TEXT, null, '%s ', '}');
    }
    p.closeObject();
    return;
  }
  if (l.kind === 'macvlan') {
    // macvlan_print_opt()
    p.openObject('info_data');
    const mode = l.macvlanMode ?? 'vepa';
    p.string(Out.ANY, 'mode', 'mode %s ', mode);
    const flags = l.macvlanFlags ?? 0;
    if (flags & 1) p.bool(Out.ANY, 'nopromisc', 'nopromisc ', true);
    if (flags & 2) p.bool(Out.ANY, 'nodst', 'nodst ', true);
    const lower = l.lower ? ns.kernel.deref(l.lower)?.link : undefined;
    p.num(Out.ANY, 'bcqueuelen', 'bcqueuelen %u ', l.macvlanBcQueueLen ?? 1000);
    p.num(Out.ANY, 'usedbcqueuelen', 'usedbcqueuelen %u ', lower?.macvlanPortBcUsed ?? 1000);
    if (mode === 'source') {
      const macs = ns.macvlanSourceList(l);
      p.num(Out.ANY, 'macaddr_count', 'remotes (%d) ', macs.length);
      if (macs.length) {
        p.openArray(Out.JSON, 'macaddr_data', '');
        for (const m of macs) {
          if (p.isJson) p.string(Out.JSON, null, null, m);
          else p.write(`${m} `);
        }
        p.closeArray(Out.JSON, '');
      }
    }
    p.closeObject();
    return;
  }
  if (l.kind !== 'bridge' || !l.bridge) return;
  const b = l.bridge;
  const ports = ns.ports(l);
  let idMac = '00:00:00:00:00:00';
  for (const port of ports) if (idMac === '00:00:00:00:00:00' || port.mac < idMac) idMac = port.mac;
  // br_stp_change_bridge_id() ran when the user set the address: the id keeps it.
  if (l.macSet) idMac = l.mac;
  const id = bridgeId(b.priority, idMac);
  p.openObject('info_data');
  p.num(Out.ANY, 'forward_delay', 'forward_delay %u ', b.forwardDelay);
  p.num(Out.ANY, 'hello_time', 'hello_time %u ', b.helloTime);
  p.num(Out.ANY, 'max_age', 'max_age %u ', b.maxAge);
  p.num(Out.ANY, 'ageing_time', 'ageing_time %u ', b.ageingTime);
  p.num(Out.ANY, 'stp_state', 'stp_state %u ', b.stpState);
  p.num(Out.ANY, 'priority', 'priority %u ', b.priority);
  p.num(Out.ANY, 'vlan_filtering', 'vlan_filtering %u ', b.vlanFiltering);
  p.string(Out.ANY, 'bridge_id', 'bridge_id %s ', id);
  p.string(Out.ANY, 'root_id', 'designated_root %s ', id);
  p.num(Out.ANY, 'root_port', 'root_port %u ', 0);
  p.num(Out.ANY, 'root_path_cost', 'root_path_cost %u ', 0);
  p.num(Out.ANY, 'topology_change', 'topology_change %u ', 0);
  p.num(Out.ANY, 'topology_change_detected', 'topology_change_detected %u ', 0);
  timer(p, 'hello_timer');
  timer(p, 'tcn_timer');
  timer(p, 'topology_change_timer');
  timer(p, 'gc_timer');
  p.hex0x(Out.ANY, 'group_fwd_mask', 'group_fwd_mask %#x ', b.groupFwdMask);
  p.string(Out.ANY, 'group_addr', 'group_address %s ', '01:80:c2:00:00:00');
  p.num(Out.ANY, 'mcast_snooping', 'mcast_snooping %u ', b.mcastSnooping);
  p.num(Out.ANY, 'no_linklocal_learn', 'no_linklocal_learn %u ', 0);
  p.num(Out.ANY, 'mcast_vlan_snooping', 'mcast_vlan_snooping %u ', 0);
  p.num(Out.ANY, 'mcast_router', 'mcast_router %u ', 1);
  p.num(Out.ANY, 'mcast_query_use_ifaddr', 'mcast_query_use_ifaddr %u ', 0);
  p.num(Out.ANY, 'mcast_querier', 'mcast_querier %u ', 0);
  p.num(Out.ANY, 'mcast_hash_elasticity', 'mcast_hash_elasticity %u ', 16);
  p.num(Out.ANY, 'mcast_hash_max', 'mcast_hash_max %u ', 4096);
  p.num(Out.ANY, 'mcast_last_member_cnt', 'mcast_last_member_count %u ', 2);
  p.num(Out.ANY, 'mcast_startup_query_cnt', 'mcast_startup_query_count %u ', 2);
  p.num(Out.ANY, 'mcast_last_member_intvl', 'mcast_last_member_interval %u ', 100);
  p.num(Out.ANY, 'mcast_membership_intvl', 'mcast_membership_interval %u ', 26000);
  p.num(Out.ANY, 'mcast_querier_intvl', 'mcast_querier_interval %u ', 25500);
  p.num(Out.ANY, 'mcast_query_intvl', 'mcast_query_interval %u ', 12500);
  p.num(Out.ANY, 'mcast_query_response_intvl', 'mcast_query_response_interval %u ', 1000);
  p.num(Out.ANY, 'mcast_startup_query_intvl', 'mcast_startup_query_interval %u ', 3124);
  p.num(Out.ANY, 'mcast_stats_enabled', 'mcast_stats_enabled %u ', 0);
  p.num(Out.ANY, 'mcast_igmp_version', 'mcast_igmp_version %u ', 2);
  p.num(Out.ANY, 'mcast_mld_version', 'mcast_mld_version %u ', 1);
  p.num(Out.ANY, 'nf_call_iptables', 'nf_call_iptables %u ', b.nfCallIptables);
  p.num(Out.ANY, 'nf_call_ip6tables', 'nf_call_ip6tables %u ', b.nfCallIp6tables);
  p.num(Out.ANY, 'nf_call_arptables', 'nf_call_arptables %u ', b.nfCallArptables);
  p.closeObject();
}

/** bridge_slave print_opt: the port as br_port_fill_attrs() reports it. */
export function printSlaveData(_ip: Ip, p: Printer, ns: Netns, l: Link): void {
  const br = l.master !== undefined ? ns.links.get(l.master) : undefined;
  if (br?.kind === 'vrf') {
    // vrf_slave_print_opt(): IFLA_VRF_PORT_TABLE
    p.openObject('info_slave_data');
    p.num(Out.ANY, 'table', 'table %u ', br.vrfTable ?? 0);
    p.closeObject();
    return;
  }
  if (!br || br.kind !== 'bridge') return;
  const ports = ns.ports(br);
  const no = ports.indexOf(l) + 1;
  const state = !br.up || !l.up || !ns.lowerUp(l) ? 'disabled' : 'forwarding';
  let idMac = '00:00:00:00:00:00';
  for (const port of ports) if (idMac === '00:00:00:00:00:00' || port.mac < idMac) idMac = port.mac;
  const id = bridgeId(br.bridge?.priority ?? 0x8000, idMac);
  p.openObject('info_slave_data');
  p.string(Out.ANY, 'state', 'state %s ', state);
  p.num(Out.ANY, 'priority', 'priority %d ', 32);
  p.num(Out.ANY, 'cost', 'cost %d ', 2);
  for (const [k, v] of [['hairpin', false], ['guard', false], ['root_block', false], ['fastleave', false], ['learning', true], ['flood', true]] as const) p.onOff(Out.ANY, k, `${k} %s `, v);
  p.hex0x(Out.ANY, 'id', 'port_id %#x ', 0x8000 + no);
  p.hex0x(Out.ANY, 'no', 'port_no %#x ', no);
  p.num(Out.ANY, 'designated_port', 'designated_port %u ', 0x8000 + no);
  p.num(Out.ANY, 'designated_cost', 'designated_cost %u ', 0);
  p.string(Out.ANY, 'bridge_id', 'designated_bridge %s ', id);
  p.string(Out.ANY, 'root_id', 'designated_root %s ', id);
  timer(p, 'hold_timer');
  timer(p, 'message_age_timer');
  timer(p, 'forward_delay_timer');
  p.num(Out.ANY, 'topology_change_ack', 'topology_change_ack %u ', 0);
  p.num(Out.ANY, 'config_pending', 'config_pending %u ', 0);
  p.onOff(Out.ANY, 'proxy_arp', 'proxy_arp %s ', false);
  p.onOff(Out.ANY, 'proxy_arp_wifi', 'proxy_arp_wifi %s ', false);
  p.num(Out.ANY, 'multicast_router', 'mcast_router %u ', 1);
  p.onOff(Out.ANY, 'mcast_fast_leave', 'mcast_fast_leave %s ', false);
  p.onOff(Out.ANY, 'mcast_flood', 'mcast_flood %s ', true);
  p.onOff(Out.ANY, 'bcast_flood', 'bcast_flood %s ', true);
  p.onOff(Out.ANY, 'mcast_to_unicast', 'mcast_to_unicast %s ', false);
  p.onOff(Out.ANY, 'neigh_suppress', 'neigh_suppress %s ', false);
  p.hex0x(Out.JSON, 'group_fwd_mask', null, 0);
  p.num(Out.TEXT, null, 'group_fwd_mask %u ', 0);
  p.string(Out.ANY, 'group_fwd_mask_str', 'group_fwd_mask_str %s ', '0x0');
  p.onOff(Out.ANY, 'vlan_tunnel', 'vlan_tunnel %s ', false);
  p.onOff(Out.ANY, 'isolated', 'isolated %s ', false);
  p.onOff(Out.ANY, 'locked', 'locked %s ', false);
  p.closeObject();
}
