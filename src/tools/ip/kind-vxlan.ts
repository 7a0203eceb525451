// `ip link ... type vxlan`: vxlan_parse_opt(), vxlan_print_opt() and the help
// text of iproute2 ip/iplink_vxlan.c.

import { Out, type Printer } from '../../lib/printer';
import type { Link } from '../../kernel/link';
import type { Netns } from '../../kernel/netns';
import type { VxlanAttrs } from '../../kernel/kinds/vxlan';
import { type IpAddr, formatIp, ip4, ip6 } from '../../net/ip';
import { type Ip, IpExit, duparg2, incomplete, invarg, matches, notSupported } from './common';
import { type InetPrefix, getAddr, dsfieldA2n, strtoul } from './inet';

export const VXLAN_USAGE =
  'Usage: ... vxlan id VNI\n' +
  [
    '[ { group | remote } IP_ADDRESS ]',
    '[ local ADDR ]',
    '[ ttl TTL ]',
    '[ tos TOS ]',
    '[ df DF ]',
    '[ flowlabel LABEL ]',
    '[ dev PHYS_DEV ]',
    '[ dstport PORT ]',
    '[ srcport MIN MAX ]',
    '[ [no]learning ]',
    '[ [no]proxy ]',
    '[ [no]rsc ]',
    '[ [no]l2miss ]',
    '[ [no]l3miss ]',
    '[ ageing SECONDS ]',
    '[ maxaddress NUMBER ]',
    '[ [no]udpcsum ]',
    '[ [no]udp6zerocsumtx ]',
    '[ [no]udp6zerocsumrx ]',
    '[ [no]remcsumtx ] [ [no]remcsumrx ]',
    '[ [no]external ] [ gbp ] [ gpe ]',
    '[ [no]vnifilter ]',
  ]
    .map((l) => `\t\t${l}\n`)
    .join('') +
  '\n' +
  'Where:\tVNI\t:= 0-16777215\n' +
  '\tADDR\t:= { IP_ADDRESS | any }\n' +
  '\tTOS\t:= { NUMBER | inherit }\n' +
  '\tTTL\t:= { 1..255 | auto | inherit }\n' +
  '\tDF\t:= { unset | set | inherit }\n' +
  '\tLABEL := 0-1048575\n';

/** The ADDRTYPE_* flags set_address_type() gives a parsed address. */
function addrType(p: InetPrefix | null): { inet: boolean; multi: boolean; unspec: boolean } {
  if (!p || !p.addr || p.any) return { inet: false, multi: false, unspec: false };
  const a = p.addr;
  const zero = a.f === 4 ? a.v === 0 : a.v === 0n;
  const multi = !zero && (a.f === 4 ? a.v >>> 28 === 0xe : a.v >> 120n === 0xffn);
  return { inet: true, multi, unspec: zero };
}
const inetMulti = (p: InetPrefix | null) => addrType(p).inet && addrType(p).multi;
const inetNotMulti = (p: InetPrefix | null) => addrType(p).inet && !addrType(p).multi;

/** get_u32()/get_u16()/get_unsigned(): strtoul base 0, whole string, at most max. */
function getUint(s: string, max: number): number | null {
  const n = strtoul(s);
  return n === null || n > max ? null : n;
}

/** vxlan_parse_opt(). `setOp`: ip link set (RTM_NEWLINK without NLM_F_CREATE). */
export function parseVxlanOpts(ip: Ip, args: string[], setOp: boolean): VxlanAttrs {
  const out: VxlanAttrs = {};
  const seen = new Set<string>();
  let saddr: InetPrefix | null = null;
  let daddr: InetPrefix | null = null;
  let vni = 0;
  let learning = true;
  let dstport = 0;
  let metadata = false;
  let vnifilter = false;
  let gpe = false;
  const fail = (): never => {
    throw new IpExit(1);
  };
  // check_duparg(): one bit per IFLA_VXLAN_* attribute.
  const dup = (attr: string, key: string, arg: string) => {
    if (seen.has(attr)) duparg2(ip, key, arg);
    seen.add(attr);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      if (i + 1 >= args.length) incomplete(ip);
      return args[++i];
    };
    if (matches(a, 'id') || matches(a, 'vni')) {
      const v = next();
      dup('id', 'id', v);
      const n = getUint(v, 0xffffffff);
      if (n === null || n >= 1 << 24) invarg(ip, 'invalid id', v);
      vni = n;
    } else if (matches(a, 'group')) {
      if (inetNotMulti(daddr)) {
        ip.err('vxlan: both group and remote cannot be specified\n');
        fail();
      }
      const v = next();
      dup('group', 'group', v);
      daddr = getAddr(ip, v, saddr?.family ?? 0);
      if (!inetMulti(daddr)) invarg(ip, 'invalid group address', v);
    } else if (matches(a, 'remote')) {
      if (inetMulti(daddr)) {
        ip.err('vxlan: both group and remote cannot be specified\n');
        fail();
      }
      const v = next();
      dup('group', 'remote', v);
      daddr = getAddr(ip, v, saddr?.family ?? 0);
      if (!inetNotMulti(daddr)) invarg(ip, 'invalid remote address', v);
    } else if (matches(a, 'local')) {
      const v = next();
      dup('local', 'local', v);
      saddr = getAddr(ip, v, daddr?.family ?? 0);
      if (!inetNotMulti(saddr)) invarg(ip, 'invalid local address', v);
    } else if (matches(a, 'dev')) {
      const v = next();
      dup('link', 'dev', v);
      const l = ip.ns.byName(v);
      if (!l) {
        // exit(nodev(*argv)): nodev() returns -1.
        ip.err(`Cannot find device "${v}"\n`);
        throw new IpExit(255);
      }
      out.link = l.ifindex;
    } else if (matches(a, 'ttl') || matches(a, 'hoplimit')) {
      const v = next();
      dup('ttl', 'ttl', v);
      if (v === 'inherit') out.ttlInherit = true;
      else if (v === 'auto') out.ttl = 0;
      else {
        const n = getUint(v, 0xffffffff);
        if (n === null) invarg(ip, 'invalid TTL', v);
        if (n > 255) invarg(ip, 'TTL must be <= 255', v);
        out.ttl = n;
      }
    } else if (matches(a, 'tos') || matches(a, 'dsfield')) {
      const v = next();
      dup('tos', 'tos', v);
      if (v !== 'inherit') {
        const n = dsfieldA2n(v);
        if (n === null) invarg(ip, 'bad TOS value', v);
        out.tos = n;
      } else out.tos = 1;
    } else if (matches(a, 'df')) {
      const v = next();
      dup('df', 'df', v);
      const df = ['unset', 'set', 'inherit'].indexOf(v);
      if (df < 0) invarg(ip, "DF must be 'unset', 'set' or 'inherit'", v);
      out.df = df;
    } else if (matches(a, 'label') || matches(a, 'flowlabel')) {
      const v = next();
      dup('label', 'flowlabel', v);
      const n = getUint(v, 0xffffffff);
      if (n === null || n & ~0xfffff) invarg(ip, 'invalid flowlabel', v);
      out.label = n;
    } else if (matches(a, 'ageing')) {
      const v = next();
      dup('ageing', 'ageing', v);
      const n = v === 'none' ? 0 : getUint(v, 0xffffffff);
      if (n === null) invarg(ip, 'ageing timer', v);
      out.ageing = n;
    } else if (matches(a, 'maxaddress')) {
      const v = next();
      dup('limit', 'maxaddress', v);
      const n = v === 'unlimited' ? 0 : getUint(v, 0xffffffff);
      if (n === null) invarg(ip, 'max addresses', v);
      out.limit = n;
    } else if (matches(a, 'port') || matches(a, 'srcport')) {
      const lo = next();
      dup('portRange', 'srcport', lo);
      const l = getUint(lo, 0xffff);
      if (l === null) invarg(ip, 'min port', lo);
      const hi = next();
      const h = getUint(hi, 0xffff);
      if (h === null) invarg(ip, 'max port', hi);
      if (l || h) out.portRange = [l, h];
    } else if (matches(a, 'dstport')) {
      const v = next();
      dup('port', 'dstport', v);
      const n = getUint(v, 0xffff);
      if (n === null) invarg(ip, 'dst port', v);
      dstport = n;
    } else if (matches(a, 'nolearning')) {
      dup('learning', a, a);
      learning = false;
    } else if (matches(a, 'learning')) {
      dup('learning', a, a);
      learning = true;
    } else if (boolFlag(a, 'proxy', 'proxy') || boolFlag(a, 'rsc', 'rsc') || boolFlag(a, 'l2miss', 'l2miss') || boolFlag(a, 'l3miss', 'l3miss')) {
      // handled in boolFlag
    } else if (matches(a, 'udpcsum')) {
      dup('udpCsum', a, a);
      out.udpCsum = true;
    } else if (matches(a, 'noudpcsum')) {
      dup('udpCsum', a, a);
      out.udpCsum = false;
    } else if (onOffPair(a, 'udp6zerocsumtx', 'udp6ZeroCsumTx') || onOffPair(a, 'udp6zerocsumrx', 'udp6ZeroCsumRx') || onOffPair(a, 'remcsumtx', 'remcsumTx') || onOffPair(a, 'remcsumrx', 'remcsumRx')) {
      // handled in onOffPair
    } else if (matches(a, 'external')) {
      dup('external', a, a);
      metadata = true;
      learning = false;
      out.external = true;
    } else if (matches(a, 'noexternal')) {
      dup('external', a, a);
      metadata = false;
      out.external = false;
    } else if (matches(a, 'gbp')) {
      dup('gbp', a, a);
      out.gbp = true;
    } else if (matches(a, 'gpe')) {
      dup('gpe', a, a);
      gpe = true;
      out.gpe = true;
    } else if (a === 'vnifilter') {
      dup('vnifilter', a, a);
      out.vnifilter = true;
      vnifilter = true;
    } else if (a === 'novnifilter') {
      dup('vnifilter', a, a);
      out.vnifilter = false;
    } else if (matches(a, 'help')) {
      ip.err(VXLAN_USAGE);
      fail();
    } else {
      ip.err(`vxlan: unknown command "${a}"?\n`);
      ip.err(VXLAN_USAGE);
      fail();
    }
  }
  // The [no]proxy/rsc/l2miss/l3miss pairs, in iproute2's order ("no" form first).
  function boolFlag(a: string, name: string, key: 'proxy' | 'rsc' | 'l2miss' | 'l3miss'): boolean {
    if (matches(a, `no${name}`)) {
      dup(key, a, a);
      out[key] = false;
      return true;
    }
    if (matches(a, name)) {
      dup(key, a, a);
      out[key] = true;
      return true;
    }
    return false;
  }
  // The x/nox pairs, in iproute2's order (plain form first).
  function onOffPair(a: string, name: string, key: 'udp6ZeroCsumTx' | 'udp6ZeroCsumRx' | 'remcsumTx' | 'remcsumRx'): boolean {
    if (matches(a, name)) {
      dup(key, a, a);
      out[key] = true;
      return true;
    }
    if (matches(a, `no${name}`)) {
      dup(key, a, a);
      out[key] = false;
      return true;
    }
    return false;
  }
  if (!metadata && vnifilter) {
    ip.err("vxlan: vnifilter is valid only when 'external' is set\n");
    fail();
  }
  if (metadata && seen.has('id')) {
    ip.err("vxlan: both 'external' and vni cannot be specified\n");
    fail();
  }
  if (!metadata && !vnifilter && !seen.has('id') && !setOp) {
    ip.err('vxlan: missing virtual network identifier\n');
    fail();
  }
  if (inetMulti(daddr) && !seen.has('link')) {
    ip.err("vxlan: 'group' requires 'dev' to be specified\n");
    fail();
  }
  // VXLAN-GPE devices (external only) have no Ethernet header: ARPHRD_NONE,
  // POINTOPOINT|NOARP, no MAC. Not modelled; without external the kernel refuses.
  if (gpe && metadata) notSupported(ip, 'vxlan gpe');
  if (!seen.has('port') && gpe) dstport = 4790;
  else if (!seen.has('port') && !setOp) {
    ip.err('vxlan: destination port not specified\nWill use Linux kernel default (non-standard value)\n');
    ip.err("Use 'dstport 4789' to get the IANA assigned value\nUse 'dstport 0' to get default and quiet this message\n");
  }
  if (seen.has('id')) out.id = vni;
  let selected = false;
  if (saddr && addrType(saddr).inet) {
    out.local = saddr.addr;
    selected = true;
  }
  if (daddr && addrType(daddr).inet) {
    out.group = daddr.addr;
    selected = true;
  }
  if (!selected) {
    // With -4/-6 and no address, the zero address of that family picks it.
    if (ip.opts.family === 4) out.group = ip4(0);
    else if (ip.opts.family === 6) out.group = ip6(0n);
  }
  if (!setOp || seen.has('learning')) out.learning = learning;
  if (dstport) out.port = dstport;
  return out;
}

function showAddr(a: IpAddr): string {
  return formatIp(a);
}

/** vxlan_print_opt() over what vxlan_fill_info() reports. */
export function printVxlanData(p: Printer, ns: Netns, l: Link): void {
  const c = l.vxlan;
  if (!c) return;
  p.openObject('info_data');
  if (c.external) p.bool(Out.ANY, 'external', 'external ', true);
  if (c.vnifilter) p.bool(Out.ANY, 'vnifilter', 'vnifilter', true);
  p.num(Out.ANY, 'id', 'id %u ', c.vni);
  if (c.remote) {
    const multi = c.remote.f === 4 ? c.remote.v >>> 28 === 0xe : c.remote.v >> 120n === 0xffn;
    const key = (multi ? 'group' : 'remote') + (c.remote.f === 6 ? '6' : '');
    p.string(Out.ANY, key, multi ? 'group %s ' : 'remote %s ', showAddr(c.remote));
  }
  if (c.local) p.string(Out.ANY, c.local.f === 6 ? 'local6' : 'local', 'local %s ', showAddr(c.local));
  if (c.link) {
    // ll_index_to_name() in the namespace being listed.
    const dev = ns.links.get(c.link);
    p.string(Out.ANY, 'link', 'dev %s ', dev ? dev.name : `if${c.link}`);
  }
  if (p.isJson) {
    p.openObject('port_range');
    p.num(Out.JSON, 'low', null, c.portMin);
    p.num(Out.JSON, 'high', null, c.portMax);
    p.closeObject();
  } else p.write(`srcport ${c.portMin} ${c.portMax} `);
  p.num(Out.ANY, 'port', 'dstport %u ', c.dstPort);
  p.bool(Out.JSON, 'learning', null, c.learning);
  if (!c.learning) p.bool(Out.TEXT, null, 'nolearning ', true);
  if (c.proxy) p.bool(Out.ANY, 'proxy', 'proxy ', true);
  if (c.rsc) p.bool(Out.ANY, 'rsc', 'rsc ', true);
  if (c.l2miss) p.bool(Out.ANY, 'l2miss', 'l2miss ', true);
  if (c.l3miss) p.bool(Out.ANY, 'l3miss', 'l3miss ', true);
  if (c.tos) {
    if (p.isJson || c.tos !== 1) p.hex0x(Out.ANY, 'tos', 'tos %#llx ', c.tos);
    else p.string(Out.TEXT, null, 'tos %s ', 'inherit');
  }
  if (c.ttlInherit) p.string(Out.TEXT, null, 'ttl %s ', 'inherit');
  else if (p.isJson || c.ttl) p.num(Out.ANY, 'ttl', 'ttl %u ', c.ttl);
  else p.string(Out.TEXT, null, 'ttl %s ', 'auto');
  if (c.df === 0) p.string(Out.JSON, 'df', 'df %s ', 'unset');
  else p.string(Out.ANY, 'df', 'df %s ', c.df === 1 ? 'set' : 'inherit');
  if (c.label) p.hex0x(Out.ANY, 'label', 'flowlabel %#llx ', c.label);
  if (c.ageing === 0) p.num(Out.ANY, 'ageing', 'ageing none ', 0);
  else p.num(Out.ANY, 'ageing', 'ageing %u ', c.ageing);
  if (c.limit) p.num(Out.ANY, 'limit', 'maxaddr %u ', c.limit);
  if (p.isJson) {
    p.bool(Out.JSON, 'udp_csum', null, c.udpCsum);
    p.bool(Out.JSON, 'udp_zero_csum6_tx', null, c.udp6ZeroCsumTx);
    p.bool(Out.JSON, 'udp_zero_csum6_rx', null, c.udp6ZeroCsumRx);
  } else {
    p.write(`${c.udpCsum ? '' : 'no'}udpcsum `);
    p.write(`${c.udp6ZeroCsumTx ? '' : 'no'}udp6zerocsumtx `);
    p.write(`${c.udp6ZeroCsumRx ? '' : 'no'}udp6zerocsumrx `);
  }
  if (c.remcsumTx) p.bool(Out.ANY, 'remcsum_tx', 'remcsumtx ', true);
  if (c.remcsumRx) p.bool(Out.ANY, 'remcsum_rx', 'remcsumrx ', true);
  if (c.gbp) p.bool(Out.ANY, 'gbp', 'gbp ', true);
  p.closeObject();
}
