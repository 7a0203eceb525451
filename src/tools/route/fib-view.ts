// The IPv4 FIB as net-tools 2.10 shows it (lib/inet_gr.c rprint_fib()) from
// /proc/net/route, which the kernel writes in fib_route_seq_show()
// (net/ipv4/fib_trie.c): the main table only, in trie order, without
// broadcast/multicast entries; flags from fib_flag_trans(); the first next
// hop of a multipath route; MTU column = advmss + 40, IRTT = rtt >> 3.

import type { Netns } from '../../kernel/netns';
import { RT_TABLE } from '../../kernel/fib/route';
import { formatIp4, formatIp6, mask4 } from '../../net/ip';
import type { Nexthop } from '../../kernel/fib/route';
import { sprintf } from '../../lib/sprintf';
import { isLoReject6 } from '../../kernel/fib/ops';

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
    // fib_route_seq_show(): only an IPv4 gateway is printed; fib_flag_trans()
    // tests fib_nh_gw4, which for an IPv6 gateway overlays its first 32 bits.
    const gw = nh?.gateway?.f === 4 ? nh.gateway.v : 0;
    let flags = r.type === 'unreachable' || r.type === 'prohibit' ? RTF_REJECT : 0;
    if (gw || (nh?.gateway?.f === 6 && nh.gateway.v >> 96n !== 0n)) flags |= RTF_GATEWAY;
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

// ---- IPv6 ------------------------------------------------------------------------

const RTF6 = { UP: 0x1, GATEWAY: 0x2, HOST: 0x4, REJECT: 0x200, DYNAMIC: 0x10, MODIFIED: 0x20, DEFAULT: 0x10000, ALLONLINK: 0x20000, ADDRCONF: 0x40000, NONEXTHOP: 0x200000, EXPIRES: 0x400000, CACHE: 0x1000000, FLOW: 0x2000000 } as const;

interface ProcRoute6 {
  dst: bigint;
  plen: number;
  gw: bigint;
  metric: number;
  flags: number;
  iface: string;
}

/** /proc/net/ipv6_route (ipv6_route_native_seq_show()): the tables in hash
 * order (tablesInDumpOrder), each fib6 tree walked as a dump walks it, one
 * line per sibling; a table whose root holds no default route ends with the
 * root's null entry (::/0, reject, metric -1, lo). The Ref column is the
 * fib6_info refcount (it counts per-CPU copies made by lookups); iplab shows 1. */
export function procNetIpv6Route(ns: Netns): ProcRoute6[] {
  const out: ProcRoute6[] = [];
  const ids = ns.fib.tablesInDumpOrder(6).map((t) => t.id);
  for (const id of [RT_TABLE.main, RT_TABLE.local]) {
    if (ids.includes(id)) continue;
    let at = ids.findIndex((x) => (x & 255) > (id & 255));
    if (at < 0) at = ids.length;
    ids.splice(at, 0, id);
  }
  const lo = ns.links.get(1)?.name ?? 'lo';
  for (const id of ids) {
    const t = ns.fib.table(id);
    const routes = t ? t.list(6) : [];
    for (const r of routes) {
      const reject = r.type === 'blackhole' || r.type === 'unreachable' || r.type === 'prohibit' || r.type === 'throw' || isLoReject6(r);
      for (const nh of r.nexthops.length ? r.nexthops : [{ dev: 1, weight: 1 } as Nexthop]) {
        let flags = reject ? RTF6.REJECT | RTF6.NONEXTHOP : RTF6.UP;
        if (r.type === 'local') flags |= RTF6.NONEXTHOP;
        if (nh.gateway) flags |= RTF6.GATEWAY;
        // A reject route's fib6_flags are RTF_REJECT|RTF_NONEXTHOP only.
        if (r.rtfHost && !reject) flags |= RTF6.HOST;
        if (r.expires !== undefined) flags |= RTF6.EXPIRES;
        out.push({ dst: r.dst.v as bigint, plen: r.dstLen, gw: nh.gateway ? (nh.gateway.v as bigint) : 0n, metric: r.priority, flags, iface: reject ? lo : (ns.links.get(nh.dev)?.name ?? lo) });
      }
    }
    if (!routes.some((r) => r.dstLen === 0)) out.push({ dst: 0n, plen: 0, gw: 0n, metric: 0xffffffff, flags: RTF6.REJECT | RTF6.NONEXTHOP, iface: lo });
  }
  return out;
}

/** INET6_rprint(): lib/inet6_gr.c rprint_fib6() (the same columns for every -e). */
export function rprintFib6(ns: Netns, numeric: boolean): string {
  let s = 'Kernel IPv6 routing table\n';
  s += 'Destination                    Next Hop                   Flag Met Ref  Use If\n';
  // INET6_rresolve(): the unspecified address reads "[::]" unless numeric.
  const addr = (v: bigint): string => (v === 0n && !numeric ? '[::]' : formatIp6(v));
  for (const r of procNetIpv6Route(ns)) {
    let flags = '';
    if (r.flags & RTF6.UP) flags += 'U';
    if (r.flags & RTF6.REJECT) flags += '!';
    if (r.flags & RTF6.GATEWAY) flags += 'G';
    if (r.flags & RTF6.HOST) flags += 'H';
    if (r.flags & RTF6.DEFAULT) flags += 'D';
    if (r.flags & RTF6.ADDRCONF) flags += 'A';
    if (r.flags & RTF6.CACHE) flags += 'C';
    if (r.flags & RTF6.ALLONLINK) flags += 'a';
    if (r.flags & RTF6.EXPIRES) flags += 'e';
    if (r.flags & RTF6.MODIFIED) flags += 'm';
    if (r.flags & RTF6.NONEXTHOP) flags += 'n';
    if (r.flags & RTF6.FLOW) flags += 'f';
    s += sprintf('%-30s %-26s %-4s %-3d %-1d %6d %s\n', `${addr(r.dst)}/${r.plen}`, addr(r.gw), flags, r.metric | 0, 1, 0, r.iface);
  }
  return s;
}

/** The IPv6 routing cache view (-C): the header only. */
export function rprintCache6(): string {
  return 'Kernel IPv6 routing cache\nDestination                    Next Hop                   Flag Met Ref  Use If\n';
}
