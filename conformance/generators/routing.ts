// Seeded random routing scenarios: two veth pairs with addresses, then a mix
// of ip route add/append/prepend/replace/change/del/flush (unicast via
// gateways and devices, reject types, metrics, tables, multipath), ip rule
// add/del, and reads (show with filters, table all, get with selectors),
// valid and invalid operations mixed. Small address pools make routes
// collide, so insertion order, aliases and errors are exercised. The
// generator predicts nothing; the kernel answers.
//
//   npx tsx conformance/generators/routing.ts [--seeds 1-20] [--steps 50] [--out DIR]
//
// writes conformance/scenarios/random/routing-s<seed>.sh; record them with
// `npm run conformance:record random/routing`. On main: seeds 1-100
// (50 steps), none left out.

import { fileURLToPath } from 'node:url';
import { seededMain } from './cli';
import { rng } from './foundation';

export function generate(seed: number, steps: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const lines = [
    `# Seeded random routing scenario (seed ${seed}), from conformance/generators/routing.ts.`,
    'ip link set lo up',
    'ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02',
    'ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04',
    'ip link set veth0 up',
    'ip link set veth1 up',
    'ip link set veth2 up',
    'ip link set veth3 up',
    'ip addr add 192.0.2.1/24 dev veth0',
    'ip addr add 198.51.100.1/24 dev veth2',
    'ip addr add 203.0.113.1/28 dev veth1',
  ];
  if (r() < 0.3) lines.push('sysctl -w net.ipv4.ip_forward=1');
  const prefixes = ['10.0.0.0/8', '10.0.0.0/16', '10.0.0.0/24', '10.1.0.0/16', '10.1.2.0/24', '10.1.2.3', '172.16.0.0/12', 'default', '0.0.0.0/1', '128.0.0.0/1', '10.0.0.1/8', '192.0.2.128/25'];
  const gws = ['192.0.2.2', '192.0.2.3', '198.51.100.2', '198.51.100.3', '203.0.113.2', '10.9.9.9', '192.0.2.1'];
  const devs = ['veth0', 'veth1', 'veth2', 'lo', 'nosuch'];
  const tables = ['', '', '', ' table 100', ' table 200', ' table local', ' table 1000'];
  const metrics = ['', '', ' metric 10', ' metric 20', ' metric 0'];
  const types = ['', '', '', 'blackhole ', 'unreachable ', 'prohibit ', 'throw '];
  const addrs = ['10.0.0.1', '10.0.5.5', '10.1.2.3', '10.1.2.4', '172.16.1.1', '8.8.8.8', '192.0.2.200', '198.51.100.7', '127.0.0.1', '192.0.2.1', '203.0.113.9', '192.0.2.255'];
  const nh = () => {
    const kind = r();
    if (kind < 0.45) return ` via ${pick(gws)}`;
    if (kind < 0.8) return ` dev ${pick(devs)}`;
    if (kind < 0.9) return ` via ${pick(gws)} dev ${pick(devs)}`;
    return ` nexthop via ${pick(gws)} weight ${1 + Math.floor(r() * 3)} nexthop via ${pick(gws)}`;
  };
  const route = () => {
    const t = pick(types);
    return `${t}${pick(prefixes)}${t && t !== 'throw ' && r() < 0.8 ? '' : t ? '' : nh()}${pick(metrics)}${pick(tables)}`;
  };
  for (let i = 0; i < steps; i++) {
    const x = r();
    if (x < 0.3) lines.push(`ip route add ${route()}`);
    else if (x < 0.37) lines.push(`ip route ${pick(['append', 'prepend', 'replace', 'change'])} ${route()}`);
    else if (x < 0.47) lines.push(`ip route del ${pick([route(), pick(prefixes), `${pick(prefixes)}${pick(metrics)}${pick(tables)}`])}`);
    else if (x < 0.5) lines.push(`ip route flush ${pick(['table 100', 'dev veth0', 'proto boot', 'root 10.0.0.0/8', 'type blackhole', 'table all'])}`);
    else if (x < 0.57) lines.push(`ip rule ${pick(['add', 'add', 'del'])} ${pick(['from 10.0.0.0/8', 'to 172.16.0.0/12', 'fwmark 7', 'iif veth1', 'from 192.0.2.0/24'])}${pick(['', ' pref 100', ' pref 200'])} ${pick(['table 100', 'lookup 200', 'blackhole', 'unreachable', 'table main'])}`);
    else if (x < 0.6) lines.push(`ip link set ${pick(['veth0', 'veth2', 'veth3'])} ${pick(['down', 'up', 'up'])}`);
    else if (x < 0.75) lines.push(`ip route get ${pick(addrs)}${pick(['', '', ' from 192.0.2.1', ' oif veth2', ' mark 7', ' iif veth1 from 203.0.113.5', ' from 198.51.100.1'])}`);
    else lines.push(pick(['ip route', 'ip route show table all', 'ip route show table 100', 'ip route show table local', 'ip -j route', 'ip route show dev veth0', 'ip route show root 10.0.0.0/8', 'ip route show match 10.1.2.3', 'ip rule', 'ip -6 route', 'ip -d route', 'route -n']));
  }
  lines.push('ip route show table all', 'ip rule');
  return lines.join('\n') + '\n';
}


if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  seededMain(process.argv.slice(2), { name: 'routing', seeds: [1, 20], steps: 50, generate, file: (s) => `routing-s${s}.sh` });
