// Seeded random vxlan scenarios: `ip link add ... type vxlan` with random
// option combinations (valid and invalid values, duplicates now and then,
// -4/-6, explicit MTUs and MACs), changes through `ip link set ... type
// vxlan`, devices and their lower devices brought up and down, MTU changes on
// both, deletions, and reads (-d, -d -j, -br). Fixed MACs on most devices keep
// listings stable. The generator predicts nothing; the kernel answers.
//
//   npx tsx conformance/generators/vxlan.ts [--seeds N|N-M] [--steps K] [--out DIR]
//
// writes conformance/scenarios/random/vxlan-sNNNN.sh; record them with
// `npm run conformance:record random/vxlan`.

import { fileURLToPath } from 'node:url';
import { rng } from './foundation';
import { seededMain } from './cli';

export function generate(seed: number, steps: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const lines = [
    `# Seeded random vxlan scenario (seed ${seed}), from conformance/generators/vxlan.ts.`,
    'ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02',
    `ip link set veth0 mtu ${pick(['1500', '1500', '9000', '1400', '100'])}`,
  ];
  const names = ['vx0', 'vx1', 'vx2', 'vx3', 'vx4'];
  const lowers = ['veth0', 'veth1', 'lo'];
  // [option words, weight]: values the kernel and iproute2 take or refuse.
  const opt = (): string => {
    const x = r();
    if (x < 0.1) return `remote ${pick(['192.0.2.1', '192.0.2.2', '2001:db8::1', '2001:db8::2', '0.0.0.0', 'fe80::1', '239.1.1.1', '::'])}`;
    if (x < 0.16) return `group ${pick(['239.1.1.1', '239.2.2.2', 'ff05::1', 'ff02::1', '10.1.1.1'])}`;
    if (x < 0.24) return `local ${pick(['192.0.2.10', '192.0.2.11', '2001:db8::10', 'fe80::10', '0.0.0.0'])}`;
    if (x < 0.34) return `dev ${pick([...lowers, ...lowers, 'nosuch'])}`;
    if (x < 0.4) return `${pick(['ttl', 'hoplimit'])} ${pick(['1', '64', '255', 'auto', 'inherit', '0', '256'])}`;
    if (x < 0.45) return `${pick(['tos', 'dsfield'])} ${pick(['0x10', 'inherit', '0', 'EF', 'CS1', '10', '1'])}`;
    if (x < 0.49) return `df ${pick(['unset', 'set', 'inherit'])}`;
    if (x < 0.52) return `flowlabel ${pick(['0x1', '0xfffff', '5', '0'])}`;
    if (x < 0.56) return `srcport ${pick(['1000 2000', '0 0', '20 10', '5 5', '0 9'])}`;
    if (x < 0.6) return `ageing ${pick(['0', '100', 'none', '300'])}`;
    if (x < 0.63) return `maxaddress ${pick(['0', '10', 'unlimited'])}`;
    if (x < 0.7) return `dstport ${pick(['4789', '4789', '8472', '0', '4790', '65535'])}`;
    if (x < 0.74) return pick(['external', 'noexternal', 'external', 'vnifilter']);
    return pick([
      'learning', 'nolearning', 'proxy', 'noproxy', 'rsc', 'norsc', 'l2miss', 'nol2miss', 'l3miss', 'nol3miss', 'udpcsum', 'noudpcsum',
      'udp6zerocsumtx', 'noudp6zerocsumtx', 'udp6zerocsumrx', 'noudp6zerocsumrx', 'remcsumtx', 'noremcsumtx', 'remcsumrx', 'noremcsumrx', 'gbp',
    ]);
  };
  const opts = (n: number): string[] => {
    const out: string[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < n; i++) {
      const o = opt();
      const k = o.split(' ')[0].replace(/^no/, '');
      // Mostly distinct options; a duplicate now and then (iproute2's duparg).
      if (keys.has(k) && !chance(0.1)) continue;
      keys.add(k);
      out.push(o);
    }
    return out;
  };
  let macN = 0;
  for (let i = 0; i < steps; i++) {
    const x = r();
    const name = pick(names);
    if (x < 0.3) {
      const words = opts(Math.floor(r() * 6));
      if (chance(0.9)) words.unshift(`id ${pick(['5', '5', '6', '7', '0', '16777215', '0x10', '16777216'])}`);
      if (chance(0.6)) words.push(`dstport ${pick(['4789', '4789', '8472'])}`);
      const pre: string[] = [];
      if (chance(0.85)) pre.push(`address 02:00:00:0a:${(seed % 256).toString(16).padStart(2, '0')}:${(++macN).toString(16).padStart(2, '0')}`);
      if (chance(0.15)) pre.push(`mtu ${pick(['1400', '9000', '1450', '67'])}`);
      const fam = chance(0.15) ? pick(['-4 ', '-6 ']) : '';
      lines.push(`ip ${fam}link add ${name} ${pre.join(' ')}${pre.length ? ' ' : ''}type vxlan ${words.join(' ')}`.trimEnd());
    } else if (x < 0.42) {
      const fam = chance(0.1) ? pick(['-4 ', '-6 ']) : '';
      lines.push(`ip ${fam}link set ${name} type vxlan ${opts(1 + Math.floor(r() * 3)).join(' ')}`);
    } else if (x < 0.52) lines.push(`ip link set ${pick([...names, 'veth0', 'veth1'])} ${pick(['up', 'up', 'down'])}`);
    else if (x < 0.58) lines.push(`ip link set ${pick([...names, 'veth0'])} mtu ${pick(['1300', '1450', '1451', '1500', '9000', '68', '1430'])}`);
    else if (x < 0.63) lines.push(`ip link del ${pick([...names, ...names, 'veth1'])}`);
    else if (x < 0.65) lines.push('ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02');
    else
      lines.push(
        pick([
          'ip -d link show',
          `ip -d link show ${name}`,
          `ip -d -j link show ${name}`,
          'ip -br link',
          'ip link show type vxlan',
          'ip link',
          'ip -d -j link show type vxlan',
        ]),
      );
  }
  lines.push('ip -d link show', 'ip -br link');
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) seededMain(process.argv.slice(2), { name: 'vxlan', seeds: [1, 30], steps: 40, generate });
