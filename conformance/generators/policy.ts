// Seeded random policy-routing scenarios: several tables with routes of
// every type, then ip rules with every selector (from, to, iif, oif,
// fwmark/mask, tos, ipproto, sport, dport, uidrange, not) and action (table,
// goto, nop, blackhole, unreachable, prohibit, suppress_prefixlength,
// suppress_ifgroup), rules added and deleted, forwarding and rp_filter
// changed, and route gets with every selector that walk the rules. The
// generator predicts nothing; the kernel answers.
//
//   npx tsx conformance/generators/policy.ts [--profile 6] [--seeds 1-40] [--steps 60] [--out DIR]
//
// writes conformance/scenarios/random/policy-s<seed>.sh (policy6-s<seed>.sh
// with --profile 6); record them with `npm run conformance:record random/policy`.
// On main: seeds 1-240 and IPv6 seeds 1-160 (60 steps), none left out.

import { fileURLToPath } from 'node:url';
import { seededMain } from './cli';
import { rng } from './foundation';

export function generate(seed: number, steps: number): string {
  const r = rng(seed * 104729 + 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number): boolean => r() < p;
  const lines = [
    `# Seeded random policy-routing scenario (seed ${seed}), from conformance/generators/policy.ts.`,
    'ip link set lo up',
    'ip link add veth0 address 02:00:00:00:03:01 type veth peer name veth1 address 02:00:00:00:03:02',
    'ip link add veth2 address 02:00:00:00:03:03 type veth peer name veth3 address 02:00:00:00:03:04',
    'ip link set veth0 up',
    'ip link set veth1 up',
    'ip link set veth2 up',
    'ip link set veth3 up',
    'ip addr add 192.0.2.1/24 dev veth0',
    'ip addr add 198.51.100.1/24 dev veth2',
    'ip addr add 203.0.113.1/28 dev veth1',
    'ip addr add 203.0.113.33/28 dev veth3',
  ];
  if (chance(0.3)) lines.push('ip link set veth2 group 5');
  const tables = ['100', '200', '300', 'main'];
  const prefixes = ['default', '10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '10.1.2.3', '172.16.0.0/12', '0.0.0.0/1', '203.0.113.16/28'];
  const gws = ['192.0.2.2', '192.0.2.3', '198.51.100.2', '203.0.113.2'];
  const types = ['', '', '', '', 'blackhole ', 'unreachable ', 'prohibit ', 'throw '];
  const route = (table: string) => {
    const t = pick(types);
    const nh = t ? '' : chance(0.6) ? ` via ${pick(gws)}` : ` dev ${pick(['veth0', 'veth2', 'veth1'])}`;
    return `${t}${pick(prefixes)}${nh}${pick(['', '', ' metric 10'])} table ${table}`;
  };
  // Some routes in every table first, so that rules have something to find.
  for (const t of tables) for (let i = 0; i < 3; i++) lines.push(`ip route add ${route(t)}`);
  const addrs = ['10.0.0.1', '10.1.2.3', '10.1.2.9', '10.1.9.9', '172.16.1.1', '8.8.8.8', '203.0.113.20', '192.0.2.77', '198.51.100.1', '127.0.0.1'];
  const srcs = ['192.0.2.1', '198.51.100.1', '203.0.113.1', '203.0.113.5', '10.1.2.3', '198.51.100.9'];
  const range = () => {
    const a = Math.floor(r() * 3) * 1000;
    return chance(0.5) ? `${a}` : `${a}-${a + 1 + Math.floor(r() * 2000)}`;
  };
  const prefs = ['100', '200', '300', '32000', '50'];
  const selector = () => {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 2.5);
    for (let i = 0; i < n; i++) {
      parts.push(
        pick([
          `from ${pick(['192.0.2.0/24', '198.51.100.1', '10.0.0.0/8', '203.0.113.0/28', 'all'])}`,
          `to ${pick(['10.0.0.0/8', '10.1.2.0/24', '172.16.0.0/12', '8.8.8.8'])}`,
          `iif ${pick(['veth1', 'veth3', 'lo', 'veth0'])}`,
          `oif ${pick(['veth0', 'veth2'])}`,
          `fwmark ${pick(['7', '0x10/0xf0', '3/3', '0x100'])}`,
          `tos ${pick(['0x10', '0x08', 'lowdelay'])}`,
          `ipproto ${pick(['tcp', 'udp', '1'])}`,
          `sport ${range()}`,
          `dport ${range()}`,
          `uidrange ${pick(['0-0', '1000-2000', '0-100'])}`,
        ]),
      );
    }
    return `${chance(0.15) ? 'not ' : ''}${parts.join(' ')}`;
  };
  const action = () =>
    pick([
      `table ${pick(['100', '200', '300'])}`,
      `lookup ${pick(['100', '200', 'main'])}`,
      `table ${pick(['100', 'main'])} suppress_prefixlength ${pick(['0', '8', '16'])}`,
      `table 200 suppress_ifgroup ${pick(['5', '0'])}`,
      `goto ${pick(prefs)}`,
      'nop',
      'blackhole',
      'unreachable',
      'prohibit',
    ]);
  const get = () => {
    const parts = [`ip route get ${pick(addrs)}`];
    if (chance(0.5)) parts.push(`from ${pick(srcs)}`);
    if (chance(0.25)) parts.push(`iif ${pick(['veth1', 'veth3', 'veth0'])}`);
    else if (chance(0.2)) parts.push(`oif ${pick(['veth0', 'veth2'])}`);
    if (chance(0.3)) parts.push(`mark ${pick(['7', '0x13', '3', '0x100'])}`);
    if (chance(0.2)) parts.push(`tos ${pick(['0x10', '0x08'])}`);
    if (chance(0.2)) parts.push(`uid ${pick(['0', '1500', '50'])}`);
    if (chance(0.3)) {
      parts.push(`ipproto ${pick(['tcp', 'udp', '1'])}`);
      if (chance(0.7)) parts.push(`sport ${pick(['0', '1000', '1500', '2500'])} dport ${pick(['80', '1000', '2001'])}`);
    }
    if (chance(0.08)) parts.push('fibmatch');
    return parts.join(' ');
  };
  for (let i = 0; i < steps; i++) {
    const x = r();
    if (x < 0.25) lines.push(`ip rule add ${chance(0.6) ? `pref ${pick(prefs)} ` : ''}${selector()} ${action()}`);
    else if (x < 0.32) lines.push(`ip rule del ${pick([`pref ${pick(prefs)}`, selector(), `${selector()} ${action()}`])}`);
    else if (x < 0.42) lines.push(`ip route add ${route(pick(tables))}`);
    else if (x < 0.46) lines.push(`ip route del ${pick(prefixes)} table ${pick(tables)}`);
    else if (x < 0.5)
      lines.push(
        pick([
          'sysctl -w net.ipv4.ip_forward=1',
          'sysctl -w net.ipv4.ip_forward=0',
          `sysctl -w net.ipv4.conf.${pick(['veth1', 'veth3', 'all'])}.rp_filter=${pick(['0', '1', '2'])}`,
          `ip link set ${pick(['veth0', 'veth2'])} ${pick(['down', 'up', 'up'])}`,
        ]),
      );
    else if (x < 0.82) lines.push(get());
    else lines.push(pick(['ip rule', 'ip rule show', 'ip -j rule', 'ip rule show table 100', 'ip rule list pref 100', 'ip -d rule', 'ip route show table all', 'ip route show table 200']));
  }
  lines.push('ip rule', 'ip route show table all');
  return lines.join('\n') + '\n';
}

/** The IPv6 profile (--profile 6): the same walk over IPv6 tables, rules and
 * output gets (the IPv6 input path is not generated). */
export function generate6(seed: number, steps: number): string {
  const r = rng(seed * 15485863 + 11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number): boolean => r() < p;
  const lines = [
    `# Seeded random IPv6 policy-routing scenario (seed ${seed}), from conformance/generators/policy.ts --profile 6.`,
    'ip link set lo up',
    'ip link add veth0 address 02:00:00:00:04:01 type veth peer name veth1 address 02:00:00:00:04:02',
    'ip link add veth2 address 02:00:00:00:04:03 type veth peer name veth3 address 02:00:00:00:04:04',
    'ip link set veth0 addrgenmode none',
    'ip link set veth1 addrgenmode none',
    'ip link set veth2 addrgenmode none',
    'ip link set veth3 addrgenmode none',
    'ip link set veth0 up',
    'ip link set veth1 up',
    'ip link set veth2 up',
    'ip link set veth3 up',
    'ip addr add 2001:db8:a::1/64 dev veth0 nodad',
    'ip addr add 2001:db8:b::1/64 dev veth2 nodad',
    'ip addr add 2001:db8:c::1/64 dev veth1 nodad',
  ];
  if (chance(0.4)) lines.push('ip link set veth2 group 5');
  const tables = ['100', '200', 'main'];
  const prefixes = ['default', '2001:db8::/32', '2001:db8:5::/48', '2001:db8:5:1::/64', '2001:db8:5:1::7', '2001:db8:6::/48', '::/1'];
  const gws = ['2001:db8:a::2', '2001:db8:a::3', '2001:db8:b::2', '2001:db8:c::2'];
  const types = ['', '', '', '', 'blackhole ', 'unreachable ', 'prohibit ', 'throw '];
  const route = (table: string) => {
    const t = pick(types);
    const nh = t ? '' : chance(0.7) ? ` via ${pick(gws)}` : ` dev ${pick(['veth0', 'veth2'])}`;
    return `${t}${pick(prefixes)}${nh}${pick(['', '', ' metric 10'])} table ${table}`;
  };
  for (const t of tables) for (let i = 0; i < 3; i++) lines.push(`ip -6 route add ${route(t)}`);
  const addrs = ['2001:db8:5::1', '2001:db8:5:1::7', '2001:db8:5:1::9', '2001:db8:6::1', '2001:db8:7::1', '2001:4860::8888', '2001:db8:a::9', '2001:db8:b::1'];
  const srcs = ['2001:db8:a::1', '2001:db8:b::1', '2001:db8:c::1', '2001:db8:a::99'];
  const range = () => {
    const a = 1 + Math.floor(r() * 3) * 1000;
    return chance(0.5) ? `${a}` : `${a}-${a + 1 + Math.floor(r() * 2000)}`;
  };
  const prefs = ['100', '200', '300', '32000', '50'];
  const selector = () => {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 2.5);
    for (let i = 0; i < n; i++) {
      parts.push(
        pick([
          `from ${pick(['2001:db8:a::/64', '2001:db8:b::1', '2001:db8::/32', 'all'])}`,
          `to ${pick(['2001:db8:5::/48', '2001:db8:6::/48', '2001:db8::/32', '2001:4860::/32'])}`,
          `iif ${pick(['lo', 'veth1', 'veth0'])}`,
          `oif ${pick(['veth0', 'veth2'])}`,
          `fwmark ${pick(['7', '0x10/0xf0', '3/3'])}`,
          `ipproto ${pick(['tcp', 'udp', 'ipv6-icmp'])}`,
          `sport ${range()}`,
          `dport ${range()}`,
          `uidrange ${pick(['0-0', '1000-2000', '0-100'])}`,
        ]),
      );
    }
    return `${chance(0.15) ? 'not ' : ''}${parts.join(' ')}`;
  };
  const action = () =>
    pick([
      `table ${pick(['100', '200'])}`,
      `lookup ${pick(['100', 'main'])}`,
      `table ${pick(['100', 'main'])} suppress_prefixlength ${pick(['0', '32', '48'])}`,
      `table 200 suppress_ifgroup ${pick(['5', '0'])}`,
      `goto ${pick(prefs)}`,
      'nop',
      'blackhole',
      'unreachable',
      'prohibit',
    ]);
  const get = () => {
    const parts = [`ip -6 route get ${pick(addrs)}`];
    if (chance(0.4)) parts.push(`from ${pick(srcs)}`);
    if (chance(0.2)) parts.push(`oif ${pick(['veth0', 'veth2'])}`);
    if (chance(0.3)) parts.push(`mark ${pick(['7', '0x13', '3'])}`);
    if (chance(0.2)) parts.push(`uid ${pick(['0', '1500', '50'])}`);
    if (chance(0.3)) {
      parts.push(`ipproto ${pick(['tcp', 'udp', 'ipv6-icmp'])}`);
      if (chance(0.7)) parts.push(`sport ${pick(['1', '1000', '1500', '2500'])} dport ${pick(['80', '1000', '2001'])}`);
    }
    if (chance(0.08)) parts.push('fibmatch');
    return parts.join(' ');
  };
  for (let i = 0; i < steps; i++) {
    const x = r();
    if (x < 0.25) lines.push(`ip -6 rule add ${chance(0.6) ? `pref ${pick(prefs)} ` : ''}${selector()} ${action()}`);
    else if (x < 0.32) lines.push(`ip -6 rule del ${pick([`pref ${pick(prefs)}`, selector(), `${selector()} ${action()}`])}`);
    else if (x < 0.42) lines.push(`ip -6 route add ${route(pick(tables))}`);
    else if (x < 0.46) lines.push(`ip -6 route del ${pick(prefixes)} table ${pick(tables)}`);
    else if (x < 0.49) lines.push(`ip link set ${pick(['veth0', 'veth2'])} ${pick(['down', 'up', 'up'])}`);
    else if (x < 0.82) lines.push(get());
    else lines.push(pick(['ip -6 rule', 'ip -6 rule show', 'ip -j -6 rule', 'ip -6 rule show table 100', 'ip -6 rule list pref 100', 'ip -d -6 rule', 'ip -6 route show table all', 'ip -6 route show table 200']));
  }
  lines.push('ip -6 rule', 'ip -6 route show table all');
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--profile');
  const v6 = i >= 0 && argv[i + 1] === '6';
  if (i >= 0) argv.splice(i, 2);
  if (v6) seededMain(argv, { name: 'policy6', seeds: [1, 40], steps: 60, generate: generate6, file: (s) => `policy6-s${s}.sh` });
  else seededMain(argv, { name: 'policy', seeds: [1, 40], steps: 60, generate, file: (s) => `policy-s${s}.sh` });
}
