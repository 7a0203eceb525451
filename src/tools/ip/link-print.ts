// print_linkinfo() of iproute2 ip/ipaddress.c: one device, in text, -o,
// -br, -d, -s and JSON forms, through the one printer.

import { Out, type Printer } from '../../lib/printer';
import { IFF, ifinfo, type IfInfo } from '../../kernel/rtnl';
import { OPER_STATES, type Link } from '../../kernel/link';
import type { Netns } from '../../kernel/netns';
import type { Ip } from './common';
import { printKindData, printSlaveData } from './link-types';

/** print_link_flags(): the <...> list; IFF_RUNNING shows as NO-CARRIER when missing. */
export function printLinkFlags(p: Printer, flags: number, mdown: boolean): void {
  p.openArray(Out.ANY, p.isJson ? 'flags' : null, '<');
  if (flags & IFF.UP && !(flags & IFF.RUNNING)) p.string(Out.ANY, null, flags ? '%s,' : '%s', 'NO-CARRIER');
  flags &= ~IFF.RUNNING;
  const order: (keyof typeof IFF)[] = ['LOOPBACK', 'BROADCAST', 'POINTOPOINT', 'MULTICAST', 'NOARP', 'ALLMULTI', 'PROMISC', 'MASTER', 'SLAVE', 'DEBUG', 'DYNAMIC', 'AUTOMEDIA', 'PORTSEL', 'NOTRAILERS', 'UP', 'LOWER_UP', 'DORMANT', 'ECHO'];
  for (const f of order) {
    if (flags & IFF[f]) {
      flags &= ~IFF[f];
      p.string(Out.ANY, null, flags ? '%s,' : '%s', f);
    }
  }
  if (flags) p.hex(Out.ANY, null, '%x', flags);
  if (mdown) p.string(Out.ANY, null, ',%s', 'M-DOWN');
  p.closeArray(Out.ANY, '> ');
}

/** print_operstate(). */
export function printOperstate(ip: Ip, p: Printer, state: number): void {
  const name = OPER_STATES[state];
  const color = state === 6 ? 'operUp' : state === 2 ? 'operDown' : 'none';
  if (ip.opts.brief) p.string(Out.ANY, 'operstate', '%-14s ', name, color);
  else if (p.isJson) p.string(Out.JSON, 'operstate', null, name);
  else {
    p.write('state ');
    p.string(Out.TEXT, null, '%s ', name, color);
  }
}

/** rtnl_group_n2a(): /etc/iproute2/group names only "default". */
export function groupName(g: number): string {
  return g === 0 ? 'default' : String(g);
}

/** The /run/netns name whose nsid (seen from ns) is id (get_name_from_nsid). */
export function nameFromNsid(ns: Netns, id: number): string | undefined {
  for (const [name, inode] of ns.kernel.named) {
    if (ns.nsids.get(inode) === id) return name;
  }
  return undefined;
}

/** print_name_and_link(): "name@peer", "name@ifN" across namespaces; returns M-DOWN. */
export function printNameAndLink(ns: Netns, p: Printer, fmt: string, info: IfInfo): boolean {
  let name = info.name;
  let mflag = false;
  if (info.link !== undefined) {
    let link: string | null = null;
    if (info.link) {
      if (info.linkNetnsid !== undefined) {
        if (p.isJson) p.num(Out.JSON, 'link_index', null, info.link);
        else link = `if${info.link}`;
      } else {
        const l = ns.links.get(info.link);
        link = l ? l.name : `if${info.link}`;
        if (p.isJson) {
          p.string(Out.JSON, 'link', null, link);
          link = null;
        }
        mflag = !l || !l.up;
      }
    } else if (p.isJson) p.null(Out.JSON, 'link', null);
    else link = 'NONE';
    if (link) name = `${name}@${link}`;
  }
  p.string(Out.ANY, 'ifname', fmt, name, 'ifname');
  return mflag;
}

export interface LinkPrintOpts {
  /** ip link (do_link) rather than ip address. */
  doLink: boolean;
  /** filter.family == AF_PACKET (brief prints address and flags). */
  packet: boolean;
  /** filter.family as requested (0 = unspec). */
  family: 0 | 4 | 6 | 'link' | 'mpls' | 'bridge';
  /** The AF_INET6 link dump (inet6_fill_ifinfo): no qdisc, master, group. */
  reduced6?: boolean;
  /** filter.showqueue: "qlen N" (off for the -echo answer). */
  showqueue?: boolean;
}

/** print_linkinfo(). */
export function printLinkinfo(ip: Ip, p: Printer, ns: Netns, l: Link, info: IfInfo, o: LinkPrintOpts): void {
  const det = ip.opts.details > 0;
  if (ip.opts.brief) {
    const mflag = printNameAndLink(ns, p, '%-16s ', info);
    printOperstate(ip, p, info.operstate);
    if (o.packet) {
      // No IFLA_ADDRESS for devices without a link-layer address (addr_len 0).
      if (info.type !== 'none') p.string(Out.ANY, 'address', '%s ', info.address, 'mac');
      printLinkFlags(p, info.flags, mflag);
      p.string(Out.TEXT, null, '%s', '\n');
    }
    return;
  }
  p.num(Out.ANY, 'ifindex', '%d: ', info.ifindex);
  const mflag = printNameAndLink(ns, p, '%s: ', info);
  printLinkFlags(p, info.flags, mflag);
  p.num(Out.ANY, 'mtu', 'mtu %u ', info.mtu);
  if (!o.reduced6) p.string(Out.ANY, 'qdisc', 'qdisc %s ', info.qdisc);
  if (info.master !== undefined && !o.reduced6) {
    const m = ns.links.get(info.master);
    p.string(Out.ANY, 'master', 'master %s ', m ? m.name : `if${info.master}`);
  }
  printOperstate(ip, p, info.operstate);
  if (o.doLink && !o.reduced6) p.string(Out.ANY, 'linkmode', 'mode %s ', 'DEFAULT');
  if (!o.reduced6) p.string(Out.ANY, 'group', 'group %s ', ip.opts.numeric ? String(info.group) : groupName(info.group));
  if (info.txqlen && o.showqueue !== false) p.num(Out.ANY, 'txqlen', 'qlen %d', info.txqlen | 0);
  if (!o.family || o.family === 'link' || det) {
    p.nl();
    // ll_type_n2a(): with -N the ARPHRD number in brackets.
    p.string(Out.ANY, 'link_type', '    link/%s ', ip.opts.numeric ? `[${info.type === 'loopback' ? 772 : info.type === 'none' ? 65534 : 1}]` : info.type);
    if (info.type !== 'none') {
      p.string(Out.ANY, 'address', '%s', info.address, 'mac');
      p.string(Out.TEXT, null, ' brd ', null);
      p.string(Out.ANY, 'broadcast', '%s', info.broadcast, 'mac');
      // IFLA_PERM_ADDRESS when it is no longer the address.
      if (info.permAddress && info.permAddress !== info.address) {
        p.string(Out.TEXT, null, ' permaddr ', null);
        p.string(Out.ANY, 'permaddr', '%s', info.permAddress, 'mac');
      }
    }
  }
  if (info.linkNetnsid !== undefined && !o.reduced6) {
    if (p.isJson) p.num(Out.JSON, 'link_netnsid', null, info.linkNetnsid);
    else {
      const name = nameFromNsid(ns, info.linkNetnsid);
      if (name) p.string(Out.TEXT, null, ' link-netns %s', name);
      else p.num(Out.TEXT, null, ' link-netnsid %d', info.linkNetnsid);
    }
  }
  if (det) {
    p.num(Out.ANY, 'promiscuity', ' promiscuity %u ', info.promiscuity);
    p.num(Out.ANY, 'allmulti', ' allmulti %u ', info.allmulti);
    p.num(Out.ANY, 'min_mtu', 'minmtu %u ', info.minMtu);
    p.num(Out.ANY, 'max_mtu', 'maxmtu %u ', info.maxMtu);
    if (info.kind || info.slaveKind) printLinktype(ip, p, ns, l, info);
    if (o.doLink && info.inet6) p.string(Out.ANY, 'inet6_addr_gen_mode', 'addrgenmode %s ', info.addrgenmode);
    p.num(Out.ANY, 'num_tx_queues', 'numtxqueues %u ', info.numTxQueues);
    p.num(Out.ANY, 'num_rx_queues', 'numrxqueues %u ', info.numRxQueues);
    p.num(Out.ANY, 'gso_max_size', 'gso_max_size %u ', info.gsoMaxSize);
    p.num(Out.ANY, 'gso_max_segs', 'gso_max_segs %u ', info.gsoMaxSegs);
    p.num(Out.ANY, 'tso_max_size', 'tso_max_size %u ', info.tsoMaxSize);
    p.num(Out.ANY, 'tso_max_segs', 'tso_max_segs %u ', info.tsoMaxSegs);
    p.num(Out.ANY, 'gro_max_size', 'gro_max_size %u ', info.groMaxSize);
  }
  if ((o.doLink || det) && info.alias !== undefined) {
    p.string(Out.TEXT, null, '%s    ', p.sl);
    p.string(Out.ANY, 'ifalias', 'alias %s', info.alias);
  }
  if (o.doLink && ip.opts.stats) {
    p.nl();
    printStats64(ip, p, l, info);
  }
  // IFLA_PROP_LIST: one "altname NAME" line each.
  if (l.altnames?.length) {
    p.openArray(Out.JSON, 'altnames', '');
    for (const n of l.altnames) {
      p.string(Out.TEXT, null, '%s    altname ', p.sl);
      p.string(Out.ANY, null, '%s', n);
    }
    p.closeArray(Out.JSON, '');
  }
  p.string(Out.TEXT, null, '%s', '\n');
}

/** print_linktype(): the "linkinfo" nest with kind and slave kind data. */
function printLinktype(ip: Ip, p: Printer, ns: Netns, l: Link, info: IfInfo): void {
  p.openObject('linkinfo');
  if (info.kind) {
    p.nl();
    p.string(Out.ANY, 'info_kind', '    %s ', info.kind);
    printKindData(ip, p, ns, l);
  }
  if (info.slaveKind) {
    p.nl();
    p.string(Out.ANY, 'info_slave_kind', '    %s_slave ', info.slaveKind);
    printSlaveData(ip, p, ns, l);
  }
  p.closeObject();
}

/** print_num(): a right-aligned counter, or a human-readable one with -h. */
function fmtNum(ip: Ip, width: number, n: number): string {
  const base = ip.opts.iec ? 1024 : 1000;
  if (!ip.opts.human || n < base) return String(n).padStart(width) + ' ';
  const prefixes = 'kMGTPE';
  let pi = 0;
  let powi = 1;
  for (;;) {
    powi *= base;
    if (Math.floor(n / base) < powi) break;
    if (pi + 1 >= prefixes.length) break;
    pi++;
  }
  let precision = 2;
  let powj = 1;
  for (; precision > 0; precision--) {
    powj *= 10;
    if (Math.floor(n / powi) < powj) break;
  }
  const s = (n / powi).toFixed(precision) + prefixes[pi] + (ip.opts.iec ? 'i' : '');
  return s.padStart(width) + ' ';
}

/** print_stats64() with the column sizing of size_columns(). */
export function printStats64(ip: Ip, p: Printer, l: Link, info: IfInfo): void {
  const s = l.stats;
  const two = ip.opts.stats > 1;
  if (p.isJson) {
    p.openObject('stats64');
    p.openObject('rx');
    p.num(Out.JSON, 'bytes', null, s.rxBytes);
    p.num(Out.JSON, 'packets', null, s.rxPackets);
    p.num(Out.JSON, 'errors', null, s.rxErrors);
    p.num(Out.JSON, 'dropped', null, s.rxDropped);
    p.num(Out.JSON, 'over_errors', null, 0);
    p.num(Out.JSON, 'multicast', null, s.multicast);
    if (two) {
      for (const k of ['length_errors', 'crc_errors', 'frame_errors', 'fifo_errors', 'missed_errors']) p.num(Out.JSON, k, null, 0);
    }
    p.closeObject();
    p.openObject('tx');
    p.num(Out.JSON, 'bytes', null, s.txBytes);
    p.num(Out.JSON, 'packets', null, s.txPackets);
    p.num(Out.JSON, 'errors', null, s.txErrors);
    p.num(Out.JSON, 'dropped', null, s.txDropped);
    p.num(Out.JSON, 'carrier_errors', null, 0);
    p.num(Out.JSON, 'collisions', null, 0);
    if (two) {
      for (const k of ['aborted_errors', 'fifo_errors', 'window_errors', 'heartbeat_errors']) p.num(Out.JSON, k, null, 0);
      p.num(Out.JSON, 'carrier_changes', null, info.carrierChanges);
    }
    p.closeObject();
    p.closeObject();
    return;
  }
  const cols = ['*X errors:'.length, 'packets'.length, 'errors'.length, 'dropped'.length, 'heartbt'.length, 'overrun'.length, 'compressed'.length, 'otherhost'.length];
  const size = (...vals: number[]) => {
    if (ip.opts.human) return;
    vals.forEach((v, i) => {
      const len = String(v).length;
      if (len > cols[i]) cols[i] = len;
    });
  };
  size(s.rxBytes, s.rxPackets, s.rxErrors, s.rxDropped, 0, s.multicast, 0, 0);
  if (two) size(0, 0, 0, 0, 0, 0, 0, 0);
  size(s.txBytes, s.txPackets, s.txErrors, s.txDropped, 0, 0, 0, 0);
  if (two) size(0, 0, 0, 0, 0, 0, info.carrierChanges, 0);
  const w = (n: number, v: string) => v.padStart(n);
  const out: string[] = [];
  out.push(`    RX: ${w(cols[0] - 4, 'bytes')} ${w(cols[1], 'packets')} ${w(cols[2], 'errors')} ${w(cols[3], 'dropped')} ${w(cols[4], 'missed')} ${w(cols[5], 'mcast')} ${w(cols[6], '')}${p.sl}`);
  out.push('    ' + fmtNum(ip, cols[0], s.rxBytes) + fmtNum(ip, cols[1], s.rxPackets) + fmtNum(ip, cols[2], s.rxErrors) + fmtNum(ip, cols[3], s.rxDropped) + fmtNum(ip, cols[4], 0) + fmtNum(ip, cols[5], s.multicast));
  if (two) {
    out.push(p.sl);
    out.push(`    RX errors:${w(cols[0] - 10, '')} ${w(cols[1], 'length')} ${w(cols[2], 'crc')} ${w(cols[3], 'frame')} ${w(cols[4], 'fifo')} ${w(cols[5], 'overrun')}${p.sl}`);
    out.push(' '.repeat(cols[0] + 5) + fmtNum(ip, cols[1], 0) + fmtNum(ip, cols[2], 0) + fmtNum(ip, cols[3], 0) + fmtNum(ip, cols[4], 0) + fmtNum(ip, cols[5], 0));
  }
  out.push(p.sl);
  out.push(`    TX: ${w(cols[0] - 4, 'bytes')} ${w(cols[1], 'packets')} ${w(cols[2], 'errors')} ${w(cols[3], 'dropped')} ${w(cols[4], 'carrier')} ${w(cols[5], 'collsns')} ${w(cols[6], '')}${p.sl}`);
  out.push('    ' + fmtNum(ip, cols[0], s.txBytes) + fmtNum(ip, cols[1], s.txPackets) + fmtNum(ip, cols[2], s.txErrors) + fmtNum(ip, cols[3], s.txDropped) + fmtNum(ip, cols[4], 0) + fmtNum(ip, cols[5], 0));
  if (two) {
    out.push(p.sl);
    out.push(`    TX errors:${w(cols[0] - 10, '')} ${w(cols[1], 'aborted')} ${w(cols[2], 'fifo')} ${w(cols[3], 'window')} ${w(cols[4], 'heartbt')} ${w(cols[5], 'transns')}${p.sl}`);
    out.push(' '.repeat(cols[0] + 5) + fmtNum(ip, cols[1], 0) + fmtNum(ip, cols[2], 0) + fmtNum(ip, cols[3], 0) + fmtNum(ip, cols[4], 0) + fmtNum(ip, cols[5], info.carrierChanges));
  }
  p.write(out.join(''));
}

/** The RTM_NEWLINK/RTM_DELLINK message `ip -echo link add|del` gets back,
 * printed as rtnl_echo_talk() → print_linkinfo() does outside `ip link show`
 * (do_link off, a zeroed filter: no mode, no qlen, and nothing at all unless
 * the device is in group 0). Rendered when the kernel sends it: a new
 * device's answer before IFLA_MASTER is applied; a deleted one already closed. */
export function renderLinkEcho(ip: Ip, ns: Netns, l: Link, deleted: boolean): string {
  const info = ifinfo(ns, l);
  if (!deleted && l.up) {
    // Opened just now, before linkwatch: operstate is still the UNKNOWN it
    // got at registration (IFF_RUNNING); the carrier is what the open left:
    // off for a veth (its peer is down: it cannot be opened with it), on for
    // a bridge without ports, the lower device's for stacked kinds.
    info.operstate = OPER_STATES.indexOf('UNKNOWN');
    info.flags |= IFF.RUNNING;
    const carrier = l.kind === 'veth' ? false : l.kind === 'bridge' ? true : ns.hasCarrier(l);
    if (carrier) info.flags |= IFF.LOWER_UP;
    else info.flags &= ~IFF.LOWER_UP;
  }
  if (deleted) {
    info.flags &= ~(IFF.UP | IFF.RUNNING | IFF.LOWER_UP);
    info.qdisc = 'noop';
    info.operstate = OPER_STATES.indexOf('DOWN');
    info.master = undefined;
    info.slaveKind = undefined;
    // veth_dellink() has cleared the peer: iflink 0 ("@NONE"), own netns.
    if (l.kind === 'veth') {
      info.link = 0;
      info.linkNetnsid = undefined;
    }
  }
  const p = ip.printer().begin();
  p.openObject();
  if (info.group === 0) {
    if (deleted) p.bool(Out.ANY, 'deleted', 'Deleted ', true);
    printLinkinfo(ip, p, ns, l, info, { doLink: false, packet: false, family: 0, showqueue: false });
  }
  p.closeObject();
  p.end();
  return p.toString();
}
