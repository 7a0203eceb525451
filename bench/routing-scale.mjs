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

const time = (argv, opts = {}) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status}\n${String(r.stderr).slice(0, 500)}`);
  return ms;
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
iplab.one = median(one);
iplab.node0 = median(node0);

// The kernel, in a private network namespace, when we may.
let kernel = null;
if (process.getuid?.() === 0 && spawnSync('unshare', ['--net', 'true']).status === 0) {
  const script = `ip link set lo up
t0=$(date +%s%N); ip -batch ${addFile} || exit 3; t1=$(date +%s%N)
ip -force -batch ${getFile} >/dev/null || exit 4; t2=$(date +%s%N)
echo $(( (t1 - t0) / 1000 )) $(( (t2 - t1) / 1000 ))`;
  const r = spawnSync('unshare', ['--net', 'sh', '-c', script], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status === 0) {
    const [a, b] = r.stdout.trim().split(/\s+/).map((v) => Number(v) / 1000);
    kernel = { install: a, gets: b };
  } else console.log(`(kernel run failed: exit ${r.status} ${r.stderr.slice(0, 200)})`);
}

const f = (ms) => `${ms.toFixed(0).padStart(7)} ms`;
console.log(`routing at scale: ${N} routes (global prefix mix), ${G} route gets`);
console.log(`                                  iplab      kernel   ratio  target`);
const row = (name, a, b, target) => console.log(`  ${name.padEnd(26)} ${f(a)} ${b === undefined ? '          -' : f(b)}   ${b === undefined ? '    -' : (a / b).toFixed(2).padStart(5)}  ${target}`);
row('ip -batch install', iplab.install, kernel?.install, '<= 0.5');
row('ip -force -batch gets', iplab.gets, kernel?.gets, '<= 1.0');
console.log(`  ${'one ip route get'.padEnd(26)} ${f(iplab.one)}   node -e 0 ${f(iplab.node0)}   ${(iplab.one / iplab.node0).toFixed(2)}x (target <= 3)`);
rmSync(dir, { recursive: true, force: true });
