// Seeded random VRF scenarios (recorded on the VM kernel: the host lacks the
// vrf module): two VRFs sharing or not sharing tables, veth pairs whose ends
// are enslaved, released and moved between VRFs while up or down, addresses
// on slaves and on the VRF devices, routes added in VRF tables, the l3mdev
// rule deleted and re-added, and reads: route listings by table and by VRF,
// route gets by vrf/oif/iif, link/addr/neigh listings by master. Fixed MACs
// keep IPv6 link-local routes in a stable order. The generator predicts
// nothing; the kernel answers.
//
//   npx tsx conformance/generators/vrf.ts [--profile x] [--seeds N|N-M] [--steps K] [--out DIR]
//
// writes conformance/scenarios/random/vrf-sNNNN.sh (vrfx-sNNNN.sh with
// --profile x); record them with `npm run conformance:record random/vrf`.
// vrfx-s0003.sh carries a hand-written iplab-differs marker (a 6.1-only
// error code): regenerating it drops the marker.

import { fileURLToPath } from 'node:url';
import { rng } from './foundation';
import { seededMain } from './cli';

export function generate(seed: number, steps: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const tableB = pick(['20', '20', '10', '100']);
  const lines = [
    '# iplab-kernel: vm',
    `# Seeded random VRF scenario (seed ${seed}), from conformance/generators/vrf.ts.`,
    'ip link set lo up',
    'ip link add blue address 02:00:00:00:10:01 type vrf table 10',
    `ip link add red address 02:00:00:00:10:02 type vrf table ${tableB}`,
    'ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02',
    'ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04',
    'ip addr add 192.0.2.1/24 dev veth0',
    'ip addr add 192.0.2.2/24 dev veth1',
    'ip addr add 198.51.100.1/24 dev veth2',
    'ip addr add 198.51.100.2/24 dev veth3',
  ];
  const vrfs = ['blue', 'red'];
  const slaves = ['veth0', 'veth1', 'veth2', 'veth3'];
  const devs = [...slaves, ...vrfs];
  const addrs = ['192.0.2.1', '192.0.2.2', '192.0.2.9', '198.51.100.1', '198.51.100.2', '198.51.100.9', '10.9.9.9', '8.8.8.8', '127.0.0.1', '203.0.113.5'];
  const vrfAddrs = ['10.9.9.9/32', '127.0.0.1/8', '203.0.113.1/24'];
  const routes = ['203.0.113.0/24 via 192.0.2.2', '203.0.113.0/24 via 198.51.100.2', '10.0.0.0/8 dev veth0', '10.0.0.0/8 dev veth2', 'default via 192.0.2.2', 'unreachable default metric 4278198272', 'blackhole 172.16.0.0/12', 'default via 198.51.100.1'];
  const have = new Set<string>();
  const where = () => pick(['', ' vrf blue', ' vrf red', ' table 10', ` table ${tableB}`]);
  for (let i = 0; i < steps; i++) {
    const x = r();
    if (x < 0.18) {
      const d = pick(slaves);
      lines.push(pick([`ip link set ${d} master ${pick(vrfs)}`, `ip link set dev ${d} vrf ${pick(vrfs)}`, `ip link set ${d} nomaster`]));
    } else if (x < 0.28) lines.push(`ip link set ${pick(devs)} ${pick(['up', 'up', 'down'])}`);
    else if (x < 0.34) {
      // Only adds of absent and deletes of present addresses: the 6.1 VM
      // kernel words those errors differently from the 6.18 host (no extack).
      const a = pick(vrfAddrs);
      const d = pick(vrfs);
      const key = `${a} ${d}`;
      if (have.has(key)) {
        have.delete(key);
        lines.push(`ip addr del ${a} dev ${d}`);
      } else {
        have.add(key);
        lines.push(`ip addr add ${a} dev ${d}`);
      }
    } else if (x < 0.38) lines.push(`ip -6 addr replace 2001:db8:${1 + Math.floor(r() * 3)}::${1 + Math.floor(r() * 2)}/64 nodad dev ${pick(devs)}`);
    else if (x < 0.48) lines.push(`ip route ${pick(['add', 'add', 'del'])} ${pick(routes)}${where()}`);
    else if (x < 0.51) lines.push(pick(['ip rule del pref 1000', 'ip rule add pref 1000 l3mdev protocol kernel', 'ip rule add pref 500 l3mdev', 'ip -6 rule del pref 1000']));
    else if (x < 0.68) lines.push(`ip route get ${pick(['', 'vrf blue ', 'vrf red ', `oif ${pick(devs)} `])}${pick(addrs)}`);
    else if (x < 0.72) lines.push(`ip route get ${pick(addrs)} from ${pick(['192.0.2.2', '198.51.100.2', '203.0.113.7'])} iif ${pick(slaves)}`);
    else if (x < 0.75) lines.push(`ip -6 route get ${pick(['', 'vrf blue ', 'vrf red '])}2001:db8:${1 + Math.floor(r() * 3)}::${1 + Math.floor(r() * 3)}`);
    else
      lines.push(
        pick([
          'ip route show table all',
          'ip route show vrf blue',
          'ip route show vrf red',
          'ip route show table 10',
          'ip -6 route show table all',
          'ip -6 route show vrf blue',
          'ip link show master blue',
          'ip -br link show vrf red',
          'ip -br addr show vrf blue',
          'ip -d link show veth0',
          'ip rule',
          'ip vrf',
          'ip -br link',
        ]),
      );
  }
  lines.push('ip route show table all', 'ip -6 route show table all', 'ip rule', 'ip -br link');
  return lines.join('\n') + '\n';
}

/** The `--profile x` mix (vrfx-sNNNN.sh): IPv6 routes in VRF tables, the
 * source checks of input route gets (rp_filter, accept_local), slaves
 * deleted and created again, neighbours by VRF. */
export function generateExt(seed: number, steps: number): string {
  const r = rng(seed * 7919 + 13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const lines = [
    '# iplab-kernel: vm',
    `# Seeded random VRF scenario (seed ${seed}, profile x), from conformance/generators/vrf.ts.`,
    'ip link set lo up',
    'ip link add blue address 02:00:00:00:10:01 type vrf table 10',
    'ip link add red address 02:00:00:00:10:02 type vrf table 20',
    'ip link set blue up',
    'ip link set red up',
    'ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02',
    'ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04',
    'ip addr add 192.0.2.1/24 dev veth0',
    'ip addr add 192.0.2.2/24 dev veth1',
    'ip addr add 198.51.100.1/24 dev veth2',
    'ip addr add 2001:db8:1::1/64 nodad dev veth0',
    'ip link set veth0 up',
    'ip link set veth1 up',
    'ip link set veth2 up',
    'ip link set veth3 up',
  ];
  const vrfs = ['blue', 'red'];
  const slaves = ['veth0', 'veth1', 'veth2', 'veth3'];
  const v4 = ['192.0.2.1', '192.0.2.2', '192.0.2.7', '198.51.100.1', '198.51.100.7', '203.0.113.9', '8.8.8.8'];
  const v6 = ['2001:db8:1::1', '2001:db8:1::7', '2001:db8:2::7', '2001:db8:9::1', 'fe80::1'];
  const where = () => pick(['', ' vrf blue', ' vrf red', ' table 10', ' table 20']);
  let v0alive = true;
  for (let i = 0; i < steps; i++) {
    const x = r();
    if (x < 0.14) {
      const d = pick(slaves);
      if (d === 'veth0' || d === 'veth1') {
        if (!v0alive) continue;
      }
      lines.push(pick([`ip link set ${d} master ${pick(vrfs)}`, `ip link set ${d} nomaster`, `ip link set ${d} vrf ${pick(vrfs)}`]));
    } else if (x < 0.18) {
      if (v0alive) lines.push('ip link del veth0');
      else lines.push(`ip link add veth0 address 02:00:00:00:01:01 ${pick(['', 'master blue ', 'master red '])}type veth peer name veth1 address 02:00:00:00:01:02`, 'ip link set veth0 up', 'ip link set veth1 up', 'ip addr add 192.0.2.1/24 dev veth0');
      v0alive = !v0alive;
    } else if (x < 0.24) lines.push(`ip link set ${pick([...slaves, ...vrfs])} ${pick(['up', 'up', 'down'])}`);
    else if (x < 0.34) lines.push(`ip -6 route ${pick(['add', 'add', 'del'])} ${pick(['2001:db8:2::/64 via 2001:db8:1::2', '2001:db8:2::/64 dev veth2', 'unreachable default metric 4278198272', '2001:db8:9::/48 dev veth0', 'blackhole 2001:db8:9::/64'])}${where()}`);
    else if (x < 0.4) lines.push(`ip -6 addr replace ${pick(['2001:db8:1::1/64', '2001:db8:2::1/64', '2001:db8:9::1/128'])} nodad dev ${pick([...slaves, ...vrfs])}`);
    else if (x < 0.46) lines.push(`sysctl -q -w net.ipv4.conf.${pick(['all', 'veth1', 'veth3'])}.${pick(['rp_filter', 'accept_local'])}=${pick(['0', '1', '2'])}`);
    else if (x < 0.58) lines.push(`ip route get ${pick(v4)} from ${pick(['192.0.2.1', '192.0.2.2', '198.51.100.1', '203.0.113.5', '10.1.1.1'])} iif ${pick(slaves)}`);
    else if (x < 0.68) lines.push(`ip -6 route get ${pick(['', 'vrf blue ', 'vrf red ', `oif ${pick(slaves)} `])}${pick(v6)}`);
    else if (x < 0.76) lines.push(`ip route get ${pick(['vrf blue ', 'vrf red ', `oif ${pick(slaves)} `, ''])}${pick(v4)}${pick(['', ' from 192.0.2.1', ' from 198.51.100.1'])}`);
    else if (x < 0.8) lines.push(`ip neigh ${pick(['add', 'replace'])} ${pick(['192.0.2.9', '198.51.100.9', '2001:db8:1::9'])} lladdr 02:00:00:00:00:${pick(['09', '0a'])} dev ${pick(slaves)}`);
    else
      lines.push(
        pick([
          'ip route show table all',
          'ip -6 route show table all',
          'ip -6 route show vrf blue',
          'ip -6 route show vrf red',
          'ip route show vrf blue',
          'ip neigh show vrf blue',
          'ip neigh show nomaster',
          'ip -br addr',
          'ip -br link show master red',
          'ip vrf',
        ]),
      );
  }
  lines.push('ip route show table all', 'ip -6 route show table all', 'ip neigh show', 'ip -br addr');
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const p = argv.indexOf('--profile');
  const ext = p >= 0 && argv[p + 1] === 'x';
  if (p >= 0) argv.splice(p, 2);
  if (ext) seededMain(argv, { name: 'vrfx', seeds: [1, 20], steps: 50, generate: generateExt });
  else seededMain(argv, { name: 'vrf', seeds: [1, 20], steps: 40, generate });
}
