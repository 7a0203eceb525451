// Seeded random routing scenarios, second profile: what routing.ts leaves
// out — IPv6 routes of every type in several tables (metrics, pref, lifetimes,
// ECMP through `nexthop` and append), nexthop objects and routes using them
// (nhid), IPv6 multipath route gets under a fixed hash seed, and the legacy
// views and route(8) changes over the same tables. Devices get fixed MACs and
// no link-local addresses, so nothing in a listing depends on DAD timing.
// The generator predicts nothing; the kernel answers.
//
//   npx tsx conformance/generators/routingx.ts [--seeds 1-20] [--steps 60] [--out DIR]
//
// writes conformance/scenarios/random/routingx-s<seed>.sh; record them with
// `npm run conformance:record random/routingx`. On main: seeds 1-120 (60 steps),
// none left out.
export const LEFT_OUT: number[] = [];

import { fileURLToPath } from 'node:url';
import { seededMain } from './cli';
import { rng } from './foundation';

export function generate(seed: number, steps: number): string {
  const r = rng(seed * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number): boolean => r() < p;
  const lines = [
    `# Seeded random routing scenario, IPv6 / nexthop objects / legacy tools (seed ${seed}), from conformance/generators/routingx.ts.`,
    'ip link set lo up',
    'ip link add veth0 address 02:00:00:00:02:01 type veth peer name veth1 address 02:00:00:00:02:02',
    'ip link add veth2 address 02:00:00:00:02:03 type veth peer name veth3 address 02:00:00:00:02:04',
    'ip link set veth0 addrgenmode none',
    'ip link set veth1 addrgenmode none',
    'ip link set veth2 addrgenmode none',
    'ip link set veth3 addrgenmode none',
    'ip link set veth0 up',
    'ip link set veth1 up',
    'ip link set veth2 up',
    'ip link set veth3 up',
    'ip addr add 192.0.2.1/24 dev veth0',
    'ip addr add 198.51.100.1/24 dev veth2',
    'ip addr add 2001:db8:a::1/64 dev veth0 nodad',
    'ip addr add 2001:db8:b::1/64 dev veth2 nodad',
    'ip addr add 2001:db8:c::1/64 dev veth1 nodad',
    `sysctl -w net.ipv4.fib_multipath_hash_seed=${1 + Math.floor(r() * 100000)}`,
  ];
  if (chance(0.3)) lines.push('sysctl -w net.ipv6.fib_multipath_hash_policy=1');
  const p6 = ['2001:db8:100::/48', '2001:db8:100::/56', '2001:db8:200::/48', '2001:db8:200::1', '2001:db8:300::/40', 'default', '2001:db8:a::/64', '::/1', '2001:db8:a::80/121'];
  const gw6 = ['2001:db8:a::2', '2001:db8:a::3', '2001:db8:b::2', '2001:db8:b::3', '2001:db8:c::2', '2001:db8:99::1', 'fe80::1'];
  const devs = ['veth0', 'veth1', 'veth2', 'lo', 'nosuch'];
  const tables = ['', '', '', ' table 100', ' table 200', ' table local'];
  const metrics6 = ['', '', ' metric 10', ' metric 1024', ' metric 0', ' metric 256'];
  const types6 = ['', '', '', 'blackhole ', 'unreachable ', 'prohibit ', 'throw '];
  const extras6 = ['', '', '', ' pref high', ' pref low', ' expires 2147483647', ' mtu 1400', ' expires 4294967295'];
  const p4 = ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '10.1.2.3', '172.16.0.0/12', 'default'];
  const gw4 = ['192.0.2.2', '192.0.2.3', '198.51.100.2', '198.51.100.3', '10.9.9.9'];
  const a6 = ['2001:db8:100::1', '2001:db8:100::2', '2001:db8:100:ff::3', '2001:db8:200::1', '2001:db8:300::7', '2001:db8:a::9', '2001:db8:ffff::1', '2001:db8:a::1'];
  const a4 = ['10.0.0.1', '10.1.2.3', '10.1.2.4', '172.16.1.1', '8.8.8.8', '192.0.2.9'];
  const nhIds = [1, 2, 3, 4, 5, 6, 7, 8];
  const nh6 = () => {
    const k = r();
    if (k < 0.4) return ` via ${pick(gw6)}`;
    if (k < 0.65) return ` dev ${pick(devs)}`;
    if (k < 0.8) return ` via ${pick(gw6)} dev ${pick(devs)}`;
    return ` nexthop via ${pick(gw6)}${chance(0.5) ? ` weight ${1 + Math.floor(r() * 3)}` : ''} nexthop via ${pick(gw6)}`;
  };
  const route6 = () => {
    const t = pick(types6);
    return `${t}${pick(p6)}${t ? '' : nh6()}${pick(metrics6)}${pick(tables)}${pick(extras6)}`;
  };
  const nexthop = () => {
    const id = pick(nhIds);
    const k = r();
    if (k < 0.3) return `id ${id} via ${pick(gw4)} dev ${pick(['veth0', 'veth2'])}`;
    if (k < 0.45) return `id ${id} via ${pick(gw6.slice(0, 4))} dev ${pick(['veth0', 'veth2'])}`;
    if (k < 0.55) return `id ${id} dev ${pick(['veth0', 'veth1', 'veth2'])}`;
    if (k < 0.62) return `id ${id} blackhole`;
    const n = 1 + Math.floor(r() * 3);
    const members = [...new Set(Array.from({ length: n }, () => pick(nhIds)))];
    return `id ${id} group ${members.map((m) => (chance(0.3) ? `${m},${1 + Math.floor(r() * 4)}` : String(m))).join('/')}`;
  };
  for (let i = 0; i < steps; i++) {
    const x = r();
    if (x < 0.2) lines.push(`ip -6 route add ${route6()}`);
    else if (x < 0.26) lines.push(`ip -6 route ${pick(['append', 'prepend', 'replace', 'change'])} ${route6()}`);
    else if (x < 0.32) lines.push(`ip -6 route del ${pick([route6(), pick(p6), `${pick(p6)}${pick(metrics6)}${pick(tables)}`])}`);
    else if (x < 0.42) lines.push(`ip nexthop ${pick(['add', 'add', 'add', 'replace'])} ${nexthop()}`);
    else if (x < 0.45) lines.push(`ip nexthop ${pick(['del id 1', 'del id 3', 'del id 5', 'del id 9', 'flush', 'flush dev veth0', 'flush groups'])}`);
    else if (x < 0.53) {
      if (chance(0.5)) lines.push(`ip route add ${pick(p4)} nhid ${pick(nhIds)}${pick(['', ' metric 5', ' table 100'])}`);
      else lines.push(`ip -6 route add ${pick(p6)} nhid ${pick(nhIds)}${pick(['', ' metric 5', ' table 100'])}`);
    } else if (x < 0.57) lines.push(`ip route del ${pick(p4)}${pick(['', ` nhid ${pick(nhIds)}`])}${pick(['', ' table 100'])}`);
    else if (x < 0.62) {
      const k = r();
      if (k < 0.4) lines.push(`route add ${pick(['-net 10.20.0.0 netmask 255.255.0.0', '-net 10.21.0.0/16', '-host 10.22.0.1', 'default', '-net 10.23.0.0/24'])}${pick([` gw ${pick(gw4)}`, ` dev ${pick(devs)}`, ' reject', ''])}${pick(['', ' metric 3'])}`);
      else if (k < 0.6) lines.push(`route del ${pick(['-net 10.20.0.0 netmask 255.255.0.0', '-net 10.21.0.0/16', '-host 10.22.0.1', 'default'])}${pick(['', ' metric 3'])}`);
      else if (k < 0.85) lines.push(`route -A inet6 add ${pick(['2001:db8:400::/48', '2001:db8:401::/64', 'default', '2001:db8:402::1'])}${pick([` gw ${pick(gw6)}`, ` dev ${pick(devs)}`, ` gw ${pick(gw6)} dev veth0`])}${pick(['', ' metric 7'])}`);
      else lines.push(`route -A inet6 del ${pick(['2001:db8:400::/48', '2001:db8:401::/64', 'default'])}${pick(['', ` gw ${pick(gw6)}`, ' metric 7'])}`);
    } else if (x < 0.65) lines.push(`ip link set ${pick(['veth0', 'veth2', 'veth3'])} ${pick(['down', 'up', 'up'])}`);
    else if (x < 0.77) lines.push(`ip -6 route get ${pick(a6)}${pick(['', '', ' from 2001:db8:a::1', ' oif veth2', ' ipproto tcp sport 1234 dport 80', ' ipproto udp dport 53'])}`);
    else if (x < 0.82) lines.push(`ip route get ${pick(a4)}${pick(['', ' from 192.0.2.1', ' oif veth2'])}`);
    else lines.push(pick(['ip -6 route', 'ip -6 route show table all', 'ip -6 route show table 100', 'ip nexthop', 'ip -d nexthop', 'ip -j nexthop', 'ip route', 'ip -d route show table all', 'route -n', 'route -n -A inet6', 'netstat -rn -6', 'ip -6 -d route', 'ip -j -6 route show table all', 'ip nexthop show groups']));
  }
  lines.push('ip route show table all', 'ip -6 route show table all', 'ip nexthop', 'route -n -A inet6');
  return lines.join('\n') + '\n';
}


if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  seededMain(process.argv.slice(2), { name: 'routingx', seeds: [1, 20], steps: 60, generate, leftOut: LEFT_OUT, file: (s) => `routingx-s${s}.sh` });
