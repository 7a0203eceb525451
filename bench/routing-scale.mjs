// A full-size routing table through the real command line, iplab side by
// side with the kernel (performance.md targets):
//   - `ip -batch` installing N routes (global-table prefix mix), whole
//     process including saving: at most half the kernel's time;
//   - G `route get` lines through `ip -force -batch` on that table, whole
//     process including loading: no slower than the kernel;
//   - one `ip route get` on that state: within 3x `node -e 0`.
// The kernel side runs only as root, in a private network namespace
// (unshare --net); elsewhere only iplab's numbers are printed.
// BENCH_ROUTES (default 1000000), BENCH_GETS (100000), BENCH_RUNS (10).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lib = require('../dist/lib.cjs');
const N = Number(process.env.BENCH_ROUTES ?? 1_000_000);
const G = Number(process.env.BENCH_GETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'iplab-routing-bench-'));
const cli = join(import.meta.dirname, '..', 'dist', 'iplab.cjs');

// Prefix lengths of the global IPv4 table (late 2025, per million routes).
const MIX = [[8, 16], [9, 14], [10, 40], [11, 110], [12, 330], [13, 660], [14, 1250], [15, 2200], [16, 13600], [17, 8700], [18, 13900], [19, 25800], [20, 46000], [21, 53500], [22, 118000], [23, 97000], [24, 619000]];
let x = 12345;
const rnd = () => {
  x ^= x << 13;
  x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5;
  x >>>= 0;
  return x;
};
const total = MIX.reduce((s, [, w]) => s + w, 0);
const seen = new Set();
const adds = [];
const gets = [];
const q = (v) => `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
while (adds.length < N) {
  let p = rnd() % total;
  let l = 24;
  for (const [pl, w] of MIX) {
    if (p < w) {
      l = pl;
      break;
    }
    p -= w;
  }
  const a = ((((rnd() % 223) + 1) << 24) | (rnd() & 0xffffff)) >>> 0;
  const net = (a & (0xffffffff << (32 - l))) >>> 0;
  const k = l * 4294967296 + net;
  if (seen.has(k)) continue;
  seen.add(k);
  adds.push(`route add ${q(net)}/${l} dev lo`);
  if (gets.length < G) gets.push(`route get ${q((net | 1) >>> 0)}`);
}
const addFile = join(dir, 'add.batch');
const getFile = join(dir, 'get.batch');
writeFileSync(addFile, adds.join('\n') + '\n');
writeFileSync(getFile, gets.join('\n') + '\n');

// The starting state: a fresh namespace with lo up.
const k0 = lib.createKernel({ seed: 1 });
k0.init.setUp(k0.init.byName('lo'), true);
const fresh = join(dir, 'fresh.yaml');
lib.saveState(fresh, k0);
const state = join(dir, 'state.yaml');
copyFileSync(fresh, state);
const env = { ...process.env, IPLAB_STATE: state };

/** Wall and CPU (user + sys) milliseconds of one command, from bash's time. */
const time = (argv) => {
  const q = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; { time ${argv.map(q).join(' ')} >/dev/null 2>/tmp/iplab-bench-err; } 2>&1`], { env, encoding: 'utf8' });
  const [w, u, sy] = r.stdout.trim().split(/\s+/).slice(-3).map(Number);
  return { wall: w * 1000, cpu: (u + sy) * 1000 };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const iplab = {};
iplab.install = time([process.execPath, cli, 'ip', '-batch', addFile]);
iplab.gets = time([process.execPath, cli, 'ip', '-force', '-batch', getFile]);
const one = [];
const node0 = [];
for (let i = 0; i < RUNS; i++) {
  node0.push(time([process.execPath, '-e', '0']));
  one.push(time([process.execPath, cli, 'ip', 'route', 'get', '8.8.8.8']));
}
const med = (xs, k) => median(xs.map((x) => x[k]));
iplab.one = { wall: med(one, 'wall'), cpu: med(one, 'cpu') };
iplab.node0 = { wall: med(node0, 'wall'), cpu: med(node0, 'cpu') };

// The kernel, in a private network namespace, when we may.
let kernel = null;
if (process.getuid?.() === 0 && spawnSync('unshare', ['--net', 'true']).status === 0) {
  const script = `ip link set lo up
TIMEFORMAT='%R %U %S'
{ time ip -batch ${addFile} >/dev/null; } 2>&1 || exit 3
{ time ip -force -batch ${getFile} >/dev/null; } 2>&1 || exit 4`;
  const r = spawnSync('unshare', ['--net', 'bash', '-c', script], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status === 0) {
    const rows = r.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
    const toMs = ([w, u, sy]) => ({ wall: w * 1000, cpu: (u + sy) * 1000 });
    kernel = { install: toMs(rows[0]), gets: toMs(rows[1]) };
  } else console.log(`(kernel run failed: exit ${r.status} ${r.stderr.slice(0, 200)})`);
}

const f = (ms) => `${ms.toFixed(0).padStart(7)} ms`;
console.log(`routing at scale: ${N} routes (global prefix mix), ${G} route gets; wall time and CPU time (user+sys)`);
console.log(`                               iplab wall  kernel wall  ratio   iplab cpu  kernel cpu  ratio  target`);
const row = (name, a, b, target) =>
  console.log(`  ${name.padEnd(26)} ${f(a.wall)} ${b ? f(b.wall) : '         -'}  ${b ? (a.wall / b.wall).toFixed(2).padStart(5) : '    -'}  ${f(a.cpu)} ${b ? f(b.cpu) : '         -'}  ${b ? (a.cpu / b.cpu).toFixed(2).padStart(5) : '    -'}  ${target}`);
row('ip -batch install', iplab.install, kernel?.install, '<= 0.5');
row('ip -force -batch gets', iplab.gets, kernel?.gets, '<= 1.0');
console.log(`  ${'one ip route get'.padEnd(26)} ${f(iplab.one.wall)}  node -e 0 ${f(iplab.node0.wall)}  ${(iplab.one.wall / iplab.node0.wall).toFixed(2)}x wall, ${(iplab.one.cpu / iplab.node0.cpu).toFixed(2)}x cpu (target <= 3)`);
rmSync(dir, { recursive: true, force: true });
