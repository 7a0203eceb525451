// The IPv4 FIB as net-tools 2.10 shows it (lib/inet_gr.c rprint_fib()) from
// /proc/net/route, which the kernel writes in fib_route_seq_show()
// (net/ipv4/fib_trie.c): the main table only, in trie order, without
// broadcast/multicast entries; flags from fib_flag_trans(); the first next
// hop of a multipath route; MTU column = advmss + 40, IRTT = rtt >> 3.

import type { Netns } from '../../kernel/netns';
import { RT_TABLE } from '../../kernel/fib/route';
import { formatIp4, mask4 } from '../../net/ip';
import { sprintf } from '../../lib/sprintf';

const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;
const RTF_HOST = 0x4;
const RTF_REJECT = 0x200;

interface ProcRoute {
  iface: string;
  dst: number;
  gw: number;
  flags: number;
  metric: number;
  mask: number;
  mss: number;
  window: number;
  irtt: number;
}

/** The lines of /proc/net/route, as data. */
export function procNetRoute(ns: Netns): ProcRoute[] {
  const t = ns.fib.table(RT_TABLE.main);
  if (!t) return [];
  const out: ProcRoute[] = [];
  for (const r of t.list(4)) {
    if (r.type === 'broadcast' || r.type === 'multicast') continue;
    const mask = mask4(r.dstLen);
    const nh = r.nexthops[0];
    const gw = nh?.gateway ? (nh.gateway.v as number) : 0;
    let flags = r.type === 'unreachable' || r.type === 'prohibit' ? RTF_REJECT : 0;
    if (gw) flags |= RTF_GATEWAY;
    if (mask === 0xffffffff) flags |= RTF_HOST;
    flags |= RTF_UP;
    const dev = nh?.dev ? ns.links.get(nh.dev)?.name : undefined;
    const m = r.metrics ?? {};
    out.push({ iface: dev ?? '*', dst: r.dst.v as number, gw, flags, metric: r.priority, mask, mss: m.advmss ? m.advmss + 40 : 0, window: m.window ?? 0, irtt: m.rtt ?? 0 });
  }
  return out;
}

/** rprint_fib(ext, numeric). */
export function rprintFib(ns: Netns, ext: number, numeric: boolean): string {
  let s = 'Kernel IP routing table\n';
  if (ext === 1) s += 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';
  if (ext === 2) s += 'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n';
  if (ext === 3) s += 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n';
  for (const r of procNetRoute(ns)) {
    // INET_sprintmask(): 0.0.0.0 reads "default" unless numeric. Other
    // names (/etc/hosts, /etc/networks, DNS) are not looked up by iplab.
    const net = (!numeric && r.dst === 0 ? 'default' : formatIp4(r.dst)).slice(0, 15);
    const gate = formatIp4(r.gw).slice(0, 15);
    const mask = formatIp4(r.mask);
    let flags = '';
    if (r.flags & RTF_UP) flags += 'U';
    if (r.flags & RTF_GATEWAY) flags += 'G';
    if (r.flags & RTF_REJECT) flags = '!';
    if (r.flags & RTF_HOST) flags += 'H';
    const reject = (r.flags & RTF_REJECT) !== 0;
    if (ext === 1) {
      s += reject ? sprintf('%-15s -               %-15s %-5s %-6d -  %7d -\n', net, mask, flags, r.metric, 0) : sprintf('%-15s %-15s %-15s %-5s %-6d %-2d %7d %s\n', net, gate, mask, flags, r.metric, 0, 0, r.iface);
    }
    if (ext === 2) {
      s += reject ? sprintf('%-15s -               %-15s %-5s     - -          - -\n', net, mask, flags) : sprintf('%-15s %-15s %-15s %-5s %5d %-5d %6d %s\n', net, gate, mask, flags, r.mss, r.window, r.irtt, r.iface);
    }
    if (ext === 3) {
      s += reject
        ? sprintf('%-15s -               %-15s %-5s %-6d -  %7d -        -     -      -\n', net, mask, flags, r.metric, 0)
        : sprintf('%-15s %-15s %-15s %-5s %-6d %-3d %6d %-6.6s   %-5d %-6d %d\n', net, gate, mask, flags, r.metric, 0, 0, r.iface, r.mss, r.window, r.irtt);
    }
  }
  return s;
}

/** rprint_cache(): the IPv4 routing cache is gone since Linux 3.6 (empty). */
export function rprintCache(ext: number): string {
  let s = 'Kernel IP routing cache\n';
  if (ext === 1) s += 'Source          Destination     Gateway         Flags Metric Ref    Use Iface\n';
  if (ext === 2) s += 'Source          Destination     Gateway         Flags   MSS Window  irtt Iface\n';
  if (ext === 3) s += 'Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt  TOS HHRef HHUptod     SpecDst\n';
  return s;
}
