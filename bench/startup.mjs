// Start-up cost of one command on a lab-sized state (5 namespaces, 10 veth
// pairs, 20 addresses), side by side with a bare `node -e 0`, alternating
// runs so machine noise hits both equally. Prints medians and the ratio.
// Target (performance.md): at most 1.3x.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lib = require('../dist/lib.cjs');
const dir = mkdtempSync(join(tmpdir(), 'iplab-bench-'));
const state = join(dir, 'state.yaml');

// Build the lab through the library API (the same model the tools drive).
const k = lib.createKernel({ seed: 42 });
const nss = [];
for (let i = 0; i < 5; i++) {
  const ns = k.createNetns();
  k.named.set(`ns${i}`, ns.inode);
  nss.push(ns);
}
const a4 = (s) => lib.parseIp4(s).v;
for (let i = 0; i < 10; i++) {
  const ns = nss[i % 5];
  const v = k.init.createLink({ name: `veth${i}`, kind: 'veth', peer: { name: `eth${i}`, ns } });
  k.init.setUp(v, true);
  const p = ns.byName(`eth${i}`);
  ns.setUp(p, true);
  for (const [dev, netns, host] of [[v, k.init, 1], [p, ns, 2]]) {
    const local = a4(`10.${i}.0.${host}`);
    netns.addAddr4(dev, { local, address: local, prefixlen: 24, scope: 0, label: dev.name, secondary: false, noprefixroute: false, hasPeer: false, validLft: 0xffffffff, preferredLft: 0xffffffff });
  }
}
lib.saveState(state, k);

const cli = join(import.meta.dirname, '..', 'dist', 'iplab.cjs');
const cases = [
  ['node -e 0', [process.execPath, '-e', '0']],
  ['iplab ip -V (loads the state)', [process.execPath, cli, 'ip', '-V']],
  ['iplab ip -br addr', [process.execPath, cli, 'ip', '-br', 'addr']],
  ['iplab ip link show', [process.execPath, cli, 'ip', 'link', 'show']],
];
const runs = Number(process.env.BENCH_RUNS ?? 40);
const times = cases.map(() => []);
const env = { ...process.env, IPLAB_STATE: state };
for (let i = 0; i < 3; i++) for (const [, argv] of cases) spawnSync(argv[0], argv.slice(1), { env, stdio: 'ignore' });
for (let r = 0; r < runs; r++) {
  cases.forEach(([, argv], j) => {
    const t0 = process.hrtime.bigint();
    spawnSync(argv[0], argv.slice(1), { env, stdio: 'ignore' });
    times[j].push(Number(process.hrtime.bigint() - t0) / 1e6);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times[0]);
console.log(`start-up on a lab-sized state (${runs} alternating runs, medians)`);
cases.forEach(([name], j) => {
  const m = median(times[j]);
  console.log(`  ${name.padEnd(32)} ${m.toFixed(1).padStart(6)} ms  ${(m / base).toFixed(2)}x${j > 0 ? (m / base <= 1.3 ? '  (target <= 1.3x: met)' : '  (target <= 1.3x: NOT met)') : ''}`);
});
