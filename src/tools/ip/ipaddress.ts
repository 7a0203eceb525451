// ipaddr_list_flush_or_save() and print_addrinfo() of iproute2
// ip/ipaddress.c: `ip link show`, `ip address show`, `ip address flush`.

import { Out, type Printer } from '../../lib/printer';
import type { IfAddr4, IfAddr6, Link } from '../../kernel/link';
import type { Netns } from '../../kernel/netns';
import { ifinfo } from '../../kernel/rtnl';
import { formatIp4, formatIp6, parseIp4, parseIp6, mask4, mask6 } from '../../net/ip';
import { type Ip, IpExit, duparg2, formatHostText, incomplete, invarg, matches } from './common';
import { printLinkinfo, printStats64 } from './link-print';
import { groupA2n } from './link';

/** IFA_F_* of include/uapi/linux/if_addr.h. */
export const IFA = {
  SECONDARY: 0x01,
  NODAD: 0x02,
  OPTIMISTIC: 0x04,
  DADFAILED: 0x08,
  HOMEADDRESS: 0x10,
  DEPRECATED: 0x20,
  TENTATIVE: 0x40,
  PERMANENT: 0x80,
  MANAGETEMPADDR: 0x100,
  NOPREFIXROUTE: 0x200,
  MCAUTOJOIN: 0x400,
  STABLE_PRIVACY: 0x800,
} as const;

/** ifa_flag_data[] of ipaddress.c, in print order. */
export const IFA_FLAG_DATA: { name: string; mask: number; readonly: boolean; v6only: boolean }[] = [
  { name: 'secondary', mask: IFA.SECONDARY, readonly: true, v6only: false },
  { name: 'temporary', mask: IFA.SECONDARY, readonly: true, v6only: false },
  { name: 'nodad', mask: IFA.NODAD, readonly: false, v6only: true },
  { name: 'optimistic', mask: IFA.OPTIMISTIC, readonly: false, v6only: true },
  { name: 'dadfailed', mask: IFA.DADFAILED, readonly: true, v6only: true },
  { name: 'home', mask: IFA.HOMEADDRESS, readonly: false, v6only: true },
  { name: 'deprecated', mask: IFA.DEPRECATED, readonly: true, v6only: true },
  { name: 'tentative', mask: IFA.TENTATIVE, readonly: true, v6only: true },
  { name: 'permanent', mask: IFA.PERMANENT, readonly: true, v6only: true },
  { name: 'mngtmpaddr', mask: IFA.MANAGETEMPADDR, readonly: false, v6only: true },
  { name: 'noprefixroute', mask: IFA.NOPREFIXROUTE, readonly: false, v6only: false },
  { name: 'autojoin', mask: IFA.MCAUTOJOIN, readonly: false, v6only: false },
  { name: 'stable-privacy', mask: IFA.STABLE_PRIVACY, readonly: true, v6only: true },
];

export const INFINITY = 0xffffffff;

/** An RTM_NEWADDR message as inet_fill_ifaddr()/inet6_fill_ifaddr() build it. */
export interface AddrMsg {
  family: 4 | 6;
  ifindex: number;
  prefixlen: number;
  scope: number;
  flags: number;
  local: string;
  address?: string;
  broadcast?: string;
  label?: string;
  metric?: number;
  valid: number;
  preferred: number;
  /** For filtering by prefix. */
  localValue: number | bigint;
}

export function addr4Msg(l: Link, a: IfAddr4): AddrMsg {
  let flags = a.secondary ? IFA.SECONDARY : 0;
  if (a.noprefixroute) flags |= IFA.NOPREFIXROUTE;
  // set_ifa_lifetime(): an infinite valid lifetime makes it permanent, a
  // zero preferred one deprecated; inet_fill_ifaddr() reports both
  // lifetimes of a permanent address as infinite.
  const permanent = a.validLft === INFINITY;
  if (permanent) flags |= IFA.PERMANENT;
  if (a.preferredLft === 0) flags |= IFA.DEPRECATED;
  return {
    family: 4,
    ifindex: l.ifindex,
    prefixlen: a.prefixlen,
    scope: a.scope,
    flags,
    local: formatIp4(a.local),
    address: formatIp4(a.address),
    broadcast: a.broadcast !== undefined ? formatIp4(a.broadcast) : undefined,
    label: a.label,
    metric: a.metric,
    valid: a.validLft,
    preferred: permanent ? INFINITY : a.preferredLft,
    localValue: a.local,
  };
}

export function addr6Msg(ns: Netns, l: Link, a: IfAddr6): AddrMsg {
  let flags = 0;
  if (a.nodad) flags |= IFA.NODAD;
  if (a.optimistic) flags |= IFA.OPTIMISTIC;
  if (a.homeaddress) flags |= IFA.HOMEADDRESS;
  if (a.preferredLft === 0) flags |= IFA.DEPRECATED;
  if (ns.v6Tentative(l, a)) flags |= IFA.TENTATIVE;
  if (a.dadfailed) flags |= IFA.DADFAILED;
  if (a.permanent) flags |= IFA.PERMANENT;
  if (a.managetempaddr) flags |= IFA.MANAGETEMPADDR;
  if (a.noprefixroute) flags |= IFA.NOPREFIXROUTE;
  return {
    family: 6,
    ifindex: l.ifindex,
    prefixlen: a.prefixlen,
    scope: a.scope,
    flags,
    local: formatIp6(a.local),
    address: a.peer !== undefined ? formatIp6(a.peer) : undefined,
    metric: a.metric,
    valid: a.validLft,
    preferred: a.preferredLft,
    localValue: a.local,
  };
}

/** rtnl_rtscope_n2a(). */
export function scopeName(s: number): string {
  switch (s) {
    case 0:
      return 'global';
    case 200:
      return 'site';
    case 253:
      return 'link';
    case 254:
      return 'host';
    case 255:
      return 'nowhere';
    default:
      return String(s);
  }
}

/** rtnl_rtscope_a2n(): names, or a number 0-255. */
export function parseScope(s: string): number | null {
  const names: Record<string, number> = { global: 0, universe: 0, site: 200, link: 253, host: 254, nowhere: 255 };
  if (s in names) return names[s];
  if (/^(0x[0-9a-fA-F]+|\d+)$/.test(s)) {
    const n = Number(s);
    return n <= 255 ? n : null;
  }
  return null;
}

export interface AddrFilter {
  family: 0 | 4 | 6 | 'link' | 'mpls' | 'bridge';
  ifindex: number;
  scope: number;
  scopemask: number;
  flags: number;
  flagmask: number;
  up: boolean;
  label?: string;
  group: number;
  master: number;
  kind?: string;
  slaveKind?: string;
  pfx?: { family: 4 | 6; value: number | bigint; len: number };
  oneline: boolean;
  flushing: boolean;
}

/** get_filter(): FLAG or -FLAG; dynamic/primary are inverses. */
function getFilter(f: AddrFilter, arg: string): boolean {
  let inv = false;
  if (arg[0] === '-') {
    inv = true;
    arg = arg.slice(1);
  }
  if (arg === 'dynamic') {
    inv = !inv;
    arg = 'permanent';
  } else if (arg === 'primary') {
    inv = !inv;
    arg = 'secondary';
  }
  const fd = IFA_FLAG_DATA.find((d) => d.name === arg);
  if (!fd) return false;
  if (inv) f.flags &= ~fd.mask;
  else f.flags |= fd.mask;
  f.flagmask |= fd.mask;
  return true;
}

/** fnmatch(3) without flags, for `label PATTERN`. */
function fnmatch(pattern: string, s: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const j = pattern.indexOf(']', i + 2);
      if (j < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, j);
        if (body[0] === '!') body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = j;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(re + '$', 's').test(s);
}

/** get_prefix() for `to PREFIX`: address family from the text. */
export function parsePrefixArg(s: string, family: AddrFilter['family']): { family: 4 | 6; value: number | bigint; len: number } | null {
  const slash = s.indexOf('/');
  const a = slash >= 0 ? s.slice(0, slash) : s;
  const lenStr = slash >= 0 ? s.slice(slash + 1) : undefined;
  if (family !== 6 && a.includes('.') && !a.includes(':')) {
    const v = parseIp4(a);
    if (!v) return null;
    const len = lenStr === undefined ? 32 : /^\d+$/.test(lenStr) ? Number(lenStr) : NaN;
    if (!(len >= 0 && len <= 32)) return null;
    return { family: 4, value: v.v, len };
  }
  if (family !== 4 && a.includes(':')) {
    const v = parseIp6(a);
    if (!v) return null;
    const len = lenStr === undefined ? 128 : /^\d+$/.test(lenStr) ? Number(lenStr) : NaN;
    if (!(len >= 0 && len <= 128)) return null;
    return { family: 6, value: v.v, len };
  }
  return null;
}

function prefixMatch(p: NonNullable<AddrFilter['pfx']>, m: AddrMsg): boolean {
  if (p.family !== m.family) return false;
  if (p.family === 4) {
    const mk = mask4(p.len);
    return ((Number(m.localValue) & mk) >>> 0) === ((Number(p.value) & mk) >>> 0);
  }
  const mk = mask6(p.len);
  return ((m.localValue as bigint) & mk) === ((p.value as bigint) & mk);
}

/** All addresses of the namespace in dump order: IPv4 of every device, then IPv6. */
export function dumpAddrs(ns: Netns, family: AddrFilter['family'], ifindex = 0): AddrMsg[] {
  const out: AddrMsg[] = [];
  const links = ns.list().filter((l) => !ifindex || l.ifindex === ifindex);
  if (family === 0 || family === 4) for (const l of links) for (const a of l.ipv4) out.push(addr4Msg(l, a));
  if (family === 0 || family === 6) for (const l of links) for (const a of l.ipv6) out.push(addr6Msg(ns, l, a));
  return out;
}

function addrPasses(f: AddrFilter, ns: Netns, m: AddrMsg): boolean {
  if (f.ifindex && f.ifindex !== m.ifindex) return false;
  if ((f.scope ^ m.scope) & f.scopemask) return false;
  if ((f.flags ^ m.flags) & f.flagmask) return false;
  if (f.family && f.family !== m.family) return false;
  if (f.label !== undefined) {
    const label = m.label ?? ns.links.get(m.ifindex)?.name ?? '';
    if (!fnmatch(f.label, label)) return false;
  }
  if (f.pfx && !prefixMatch(f.pfx, m)) return false;
  return true;
}

/** print_addrinfo(). */
export function printAddrinfo(ip: Ip, p: Printer, ns: Netns, m: AddrMsg, f: { oneline: boolean; flushing: boolean; echo?: boolean }, deleted = false): void {
  const color = m.family === 4 ? 'inet' : 'inet6';
  if (deleted) p.bool(Out.ANY, 'deleted', 'Deleted ', true);
  if (!ip.opts.brief) {
    if (f.oneline || f.flushing || f.echo) {
      const dev = ns.links.get(m.ifindex)?.name ?? `if${m.ifindex}`;
      if (p.isJson) {
        p.num(Out.JSON, 'index', null, m.ifindex);
        p.string(Out.JSON, 'dev', null, dev);
      } else p.write(`${m.ifindex}: ${dev}`);
    }
    p.string(Out.ANY, 'family', '    %s ', m.family === 4 ? 'inet' : 'inet6');
  }
  p.string(Out.ANY, 'local', '%s', formatHostText(ip, m.local), color);
  if (m.address !== undefined && m.address !== m.local) {
    p.string(Out.TEXT, null, ' %s ', 'peer');
    p.string(Out.ANY, 'address', '%s', formatHostText(ip, m.address), color);
  }
  p.num(Out.ANY, 'prefixlen', '/%d ', m.prefixlen);
  if (m.metric !== undefined) p.num(Out.ANY, 'metric', 'metric %u ', m.metric);
  if (ip.opts.brief) return;
  if (m.broadcast !== undefined) {
    p.string(Out.TEXT, null, '%s ', 'brd');
    p.string(Out.ANY, 'broadcast', '%s ', formatHostText(ip, m.broadcast), color);
  }
  p.string(Out.ANY, 'scope', 'scope %s ', scopeName(m.scope));
  printIfaFlags(p, m);
  if (m.label !== undefined) p.string(Out.ANY, 'label', '%s', m.label);
  p.nl();
  p.string(Out.TEXT, null, '       valid_lft ', null);
  if (m.valid === INFINITY) {
    p.num(Out.JSON, 'valid_life_time', null, INFINITY);
    p.string(Out.TEXT, null, '%s', 'forever');
  } else p.num(Out.ANY, 'valid_life_time', '%usec', m.valid);
  p.string(Out.TEXT, null, ' preferred_lft ', null);
  if (m.preferred === INFINITY) {
    p.num(Out.JSON, 'preferred_life_time', null, INFINITY);
    p.string(Out.TEXT, null, '%s', 'forever');
  } else p.num(Out.ANY, 'preferred_life_time', m.flags & IFA.DEPRECATED ? '%dsec' : '%usec', m.preferred);
  p.string(Out.TEXT, null, '%s', '\n');
}

/** print_ifa_flags(). */
function printIfaFlags(p: Printer, m: AddrMsg): void {
  let flags = m.flags;
  for (const fd of IFA_FLAG_DATA) {
    if (fd.mask === IFA.PERMANENT) {
      if (!(flags & fd.mask)) p.bool(Out.ANY, 'dynamic', 'dynamic ', true);
    } else if (flags & fd.mask) {
      if (fd.mask === IFA.SECONDARY && m.family === 6) p.bool(Out.ANY, 'temporary', 'temporary ', true);
      else {
        p.string(Out.TEXT, null, '%s ', fd.name);
        p.bool(Out.JSON, fd.name, null, true);
      }
    }
    flags &= ~fd.mask;
  }
  if (flags) {
    if (p.isJson) p.string(Out.JSON, 'ifa_flags', null, flags.toString(16).padStart(2, '0'));
    else p.write(`flags ${flags.toString(16).padStart(2, '0')} `);
  }
}

/** ll_name_to_index(): a name, or "ifN" for an index. */
export function nameToIndex(ns: Netns, name: string): number {
  const l = ns.byName(name);
  if (l) return l.ifindex;
  const m = /^if(\d+)$/.exec(name);
  if (m && ns.links.has(Number(m[1]))) return Number(m[1]);
  return 0;
}

/** ll_name_to_index() exactly: the device's index, else whatever
 * sscanf(name, "if%u") reads, whether or not a device has that index (the
 * kernel then answers ENODEV). */
export function llNameToIndex(ns: Netns, name: string): number {
  const l = ns.byName(name);
  if (l) return l.ifindex;
  const m = /^if(\d+)/.exec(name);
  return m ? Number(m[1]) % 2 ** 32 : 0;
}

export const ADDR_USAGE =
  'Usage: ip address {add|change|replace} IFADDR dev IFNAME [ LIFETIME ]\n' +
  '                                                      [ CONFFLAG-LIST ]\n' +
  '       ip address del IFADDR dev IFNAME [mngtmpaddr]\n' +
  '       ip address {save|flush} [ dev IFNAME ] [ scope SCOPE-ID ]\n' +
  '                            [ to PREFIX ] [ FLAG-LIST ] [ label LABEL ] [up]\n' +
  '       ip address [ show [ dev IFNAME ] [ scope SCOPE-ID ] [ master DEVICE ]\n' +
  '                         [ nomaster ]\n' +
  '                         [ type TYPE ] [ to PREFIX ] [ FLAG-LIST ]\n' +
  '                         [ label LABEL ] [up] [ vrf NAME ] ]\n' +
  '       ip address {showdump|restore}\n' +
  'IFADDR := PREFIX | ADDR peer PREFIX\n' +
  '          [ broadcast ADDR ] [ anycast ADDR ]\n' +
  '          [ label IFNAME ] [ scope SCOPE-ID ] [ metric METRIC ]\n' +
  'SCOPE-ID := [ host | link | global | NUMBER ]\n' +
  'FLAG-LIST := [ FLAG-LIST ] FLAG\n' +
  'FLAG  := [ permanent | dynamic | secondary | primary |\n' +
  '           [-]tentative | [-]deprecated | [-]dadfailed | temporary |\n' +
  '           CONFFLAG-LIST ]\n' +
  'CONFFLAG-LIST := [ CONFFLAG-LIST ] CONFFLAG\n' +
  'CONFFLAG  := [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]\n' +
  'LIFETIME := [ valid_lft LFT ] [ preferred_lft LFT ]\n' +
  'LFT := forever | SECONDS\n';

export const TYPES_USAGE =
  'TYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |\n' +
  '          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |\n' +
  '          ip6erspan | ip6gre | ip6gretap | ip6tnl |\n' +
  '          ipip | ipoib | ipvlan | ipvtap |\n' +
  '          macsec | macvlan | macvtap |\n' +
  '          netdevsim | nlmon | rmnet | sit | team | team_slave |\n' +
  '          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |\n' +
  '          xfrm | virt_wifi }\n';

/** A link's kind for `type KIND` filters (IFLA_INFO_KIND; none for lo). */
function linkKind(l: Link): string {
  return l.kind === 'loopback' ? '' : l.kind;
}

export type ListAction = 'list' | 'flush';

/** ipaddr_list_flush_or_save(). doLink: `ip link show`. */
export function listFlush(ip: Ip, args: string[], action: ListAction, doLink: boolean, usage: () => never): number {
  const ns = ip.ns;
  const f: AddrFilter = {
    family: doLink ? 'link' : ip.opts.family,
    ifindex: 0,
    scope: 0,
    scopemask: 0,
    flags: 0,
    flagmask: 0,
    up: false,
    group: -1,
    master: 0,
    oneline: ip.opts.oneline,
    flushing: false,
  };
  if (action === 'flush') {
    if (args.length === 0) {
      ip.err('Flush requires arguments.\n');
      return 1;
    }
    if (f.family === 'link') {
      ip.err('Cannot flush link addresses.\n');
      return 1;
    }
  }
  let filterDev: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      if (i + 1 >= args.length) incomplete(ip);
      return args[++i];
    };
    if (a === 'to') {
      const v = next();
      const pf = parsePrefixArg(v, f.family);
      if (!pf) {
        if (f.family === 0 || f.family === 4 || f.family === 6) invarg(ip, 'invalid "to"\n', v);
        invarg(ip, 'invalid "to"\n', v);
      }
      f.pfx = pf;
      if (f.family === 0) f.family = pf.family;
    } else if (a === 'scope') {
      const v = next();
      f.scopemask = -1;
      const s = parseScope(v);
      if (s === null) {
        if (v !== 'all') invarg(ip, 'invalid "scope"\n', v);
        f.scope = 255;
        f.scopemask = 0;
      } else f.scope = s;
    } else if (a === 'up') f.up = true;
    else if (getFilter(f, a)) {
      /* flag filter */
    } else if (a === 'label') f.label = next();
    else if (a === 'group') {
      const v = next();
      const g = groupA2n(v);
      if (g === null) invarg(ip, 'Invalid "group" value\n', v);
      f.group = g;
    } else if (a === 'master') {
      const v = next();
      const idx = nameToIndex(ns, v);
      if (!idx) invarg(ip, 'Device does not exist\n', v);
      f.master = idx;
    } else if (a === 'vrf') {
      const v = next();
      const idx = nameToIndex(ns, v);
      if (!idx || ns.links.get(idx)?.kind !== 'vrf') invarg(ip, 'Not a valid VRF name\n', v);
      f.master = idx;
    } else if (a === 'nomaster') f.master = -1;
    else if (a === 'type') {
      const v = next();
      if (v.endsWith('_slave')) f.slaveKind = v.slice(0, -'_slave'.length);
      else f.kind = v;
    } else {
      let dev = a;
      if (a === 'dev') dev = next();
      else if (matches(a, 'help')) usage();
      if (filterDev !== undefined) duparg2(ip, 'dev', dev);
      filterDev = dev;
    }
  }
  if (filterDev !== undefined) {
    f.ifindex = llNameToIndex(ns, filterDev);
    if (f.ifindex <= 0) {
      ip.err(`Device "${filterDev}" does not exist.\n`);
      return 1;
    }
  }
  // "ifN" naming no device: the kernel answers the request for index N.
  const noDev = filterDev !== undefined && !ns.links.has(f.ifindex);
  if (action === 'flush') {
    if (noDev) {
      ip.err('RTNETLINK answers: No such device\nFlush terminated\n');
      return 1;
    }
    return flush(ip, f);
  }

  const p = ip.printer().begin();
  const linkOpts = { doLink, packet: f.family === 'link', family: f.family, reduced6: ip.opts.family === 6 && !doLink && !f.ifindex };
  // Only a device and no other link filter: RTM_GETLINK for that device,
  // by name (ipaddr_link_get()): "ifN" finds no device called so.
  if (filterDev !== undefined && f.group === -1 && doLink) {
    if (!ns.byName(filterDev)) {
      ip.err('RTNETLINK answers: No such device\nCannot send link get request: No such device\n');
      ip.out(p.end().toString());
      return 1;
    }
    const l = ns.links.get(f.ifindex)!;
    if (linkPasses(f, ns, l)) {
      p.openObject();
      printLinkinfo(ip, p, ns, l, ifinfo(ns, l), linkOpts);
      p.closeObject();
    }
    p.end();
    ip.out(p.toString());
    return 0;
  }
  if (noDev) {
    ip.err('RTNETLINK answers: No such device\nCannot send link request: No such device\n');
    ip.out(p.end().toString());
    return 0;
  }
  // An AF_INET6 link dump lists only devices with an inet6_dev.
  let links = ns.list().filter((l) => (!f.ifindex || l.ifindex === f.ifindex) && (!linkOpts.reduced6 || l.mtu >= 1280));
  let addrs: AddrMsg[] = [];
  let noLink = false;
  if (f.family !== 'link') {
    if (f.oneline) noLink = true;
    addrs = dumpAddrs(ns, 0);
    // ipaddr_filter(): keep devices with a matching address (or none at all).
    links = links.filter((l) => {
      const mine = addrs.filter((m) => m.ifindex === l.ifindex);
      if (mine.length === 0) return f.family === 0 || f.family === 'link';
      return mine.some((m) => addrPasses({ ...f, ifindex: 0 }, ns, m));
    });
  }
  for (const l of links) {
    // Kind and master filters travel in the dump request: the kernel drops those links.
    if (kernelFiltered(f, l)) continue;
    p.openObject();
    let res = 0;
    let info;
    if (ip.opts.brief || !noLink) {
      info = ifinfo(ns, l);
      res = linkPasses(f, ns, l) ? (f.label !== undefined ? 0 : 1) : -1;
      if (res > 0) printLinkinfo(ip, p, ns, l, info, linkOpts);
    }
    if (res >= 0 && f.family !== 'link') {
      p.openArray(Out.JSON, 'addr_info', '');
      for (const m of addrs) {
        if (m.ifindex !== l.ifindex || (f.family && f.family !== m.family)) continue;
        if (f.up && !l.up) continue;
        // print_selected_addrinfo(): print_addrinfo() filters inside the
        // object, so with -j a filtered address leaves "{}".
        p.openObject();
        if (addrPasses(f, ns, m)) printAddrinfo(ip, p, ns, m, f);
        p.closeObject();
      }
      p.closeArray(Out.JSON, '');
      if (ip.opts.brief) p.string(Out.TEXT, null, '%s', '\n');
    }
    if (res > 0 && !doLink && ip.opts.stats) {
      printStats64(ip, p, l, info ?? ifinfo(ns, l));
      p.nl();
    }
    p.closeObject();
  }
  p.end();
  ip.out(p.toString());
  return 0;
}

/** link_kind_filtered()/link_master_filtered() of rtnl_dump_ifinfo(). */
function kernelFiltered(f: AddrFilter, l: Link): boolean {
  if (f.kind !== undefined && linkKind(l) !== f.kind) return true;
  if (f.master === -1) return l.master !== undefined;
  if (f.master > 0) return l.master !== f.master;
  return false;
}

/** The link-level checks at the top of print_linkinfo(). */
function linkPasses(f: AddrFilter, ns: Netns, l: Link): boolean {
  if (f.up && !l.up) return false;
  if (f.group !== -1 && l.group !== f.group) return false;
  if (l.master !== undefined) {
    if (f.master > 0 && l.master !== f.master) return false;
  } else if (f.master > 0) return false;
  if (f.master === -1 && l.master !== undefined) return false;
  if (f.kind !== undefined && linkKind(l) !== f.kind) return false;
  if (f.slaveKind !== undefined) {
    const m = l.master !== undefined ? ns.links.get(l.master) : undefined;
    if (!m || m.kind !== f.slaveKind) return false;
  }
  return true;
}

/** ipaddr_flush(): delete matching addresses in rounds until none match. */
function flush(ip: Ip, f: AddrFilter): number {
  const ns = ip.ns;
  const oneRound = !(f.flags & IFA.SECONDARY) && f.flagmask & IFA.SECONDARY;
  let round = 0;
  const out: string[] = [];
  for (;;) {
    if (ip.opts.loops && round >= ip.opts.loops) {
      ip.out(out.join(''));
      ip.err(`*** Flush remains incomplete after ${ip.opts.loops} rounds. ***\n`);
      return 1;
    }
    const victims = dumpAddrs(ns, f.family === 'link' ? 0 : f.family, f.ifindex).filter((m) => addrPasses(f, ns, m));
    if (victims.length === 0) break;
    if (ip.opts.stats > 1) {
      const pr = ip.printer();
      for (const m of victims) printAddrinfo(ip, pr, ns, m, { oneline: f.oneline, flushing: true });
      out.push(pr.toString());
    }
    for (const m of victims) ns.deleteAddrMsg(m.ifindex, m.family, m.localValue, m.prefixlen);
    ip.ctx.dirty = true;
    round++;
    if (ip.opts.stats) out.push(`\n*** Round ${round}, deleting ${victims.length} addresses ***\n`);
    if (oneRound) break;
  }
  if (ip.opts.stats) {
    if (round === 0) out.push('Nothing to flush.\n');
    else out.push(`*** Flush is complete after ${round} round${round > 1 ? 's' : ''} ***\n`);
  }
  ip.out(out.join(''));
  return 0;
}

export { IpExit };
