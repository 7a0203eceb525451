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
import { mkdtempSync, writeFileSync, copyFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { globalTable, fmt4, rng } from './_global-table';

const require = createRequire(import.meta.url);
const lib = require('../dist/lib.cjs');
const N = Number(process.env.BENCH_ROUTES ?? 1_000_000);
const G = Number(process.env.BENCH_GETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'iplab-routing-bench-'));
const cli = join(import.meta.dirname, '..', 'dist', 'iplab.cjs');

// The global table's prefix mix, seed 12345 (bench/_global-table.ts).
const table = globalTable(N, 12345);
const adds = [];
const gets = [];
for (let i = 0; i < N; i++) {
  adds.push(`route add ${fmt4(table.addr[i])}/${table.len[i]} dev lo`);
  if (gets.length < G) gets.push(`route get ${fmt4((table.addr[i] | 1) >>> 0)}`);
}
const addFile = join(dir, 'add.batch');
const getFile = join(dir, 'get.batch');
writeFileSync(addFile, adds.join('\n') + '\n');
writeFileSync(getFile, gets.join('\n') + '\n');
// Answers compared with the kernel's (untimed): every 50th get of the timed
// batch and 2000 random addresses (some without a route: errors too).
const sampleFile = join(dir, 'sample.batch');
const pick = rng(99);
const sample = gets.filter((_, i) => i % 50 === 0);
for (let i = 0; i < 2000; i++) sample.push(`route get ${fmt4(pick())}`);
writeFileSync(sampleFile, sample.join('\n') + '\n');

// The starting state: a fresh namespace with lo up.
const k0 = lib.createKernel({ seed: 1 });
k0.init.setUp(k0.init.byName('lo'), true);
const fresh = join(dir, 'fresh.yaml');
lib.saveState(fresh, k0);
const state = join(dir, 'state.yaml');
copyFileSync(fresh, state);
const env = { ...process.env, IPLAB_STATE: state };

/** Wall and CPU (user + sys) milliseconds of one command, from bash's time. */
type Timing = { wall: number; cpu: number };
const time = (argv: string[]): Timing => {
  const q = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; { time ${argv.map(q).join(' ')} >/dev/null 2>/tmp/iplab-bench-err; } 2>&1`], { env, encoding: 'utf8' });
  const [w, u, sy] = r.stdout.trim().split(/\s+/).slice(-3).map(Number);
  return { wall: w * 1000, cpu: (u + sy) * 1000 };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const iplab = {} as Record<'install' | 'gets' | 'one' | 'node0', Timing>;
iplab.install = time([process.execPath, cli, 'ip', '-batch', addFile]);
iplab.gets = time([process.execPath, cli, 'ip', '-force', '-batch', getFile]);
const one: Timing[] = [];
const node0: Timing[] = [];
for (let i = 0; i < RUNS; i++) {
  node0.push(time([process.execPath, '-e', '0']));
  one.push(time([process.execPath, cli, 'ip', 'route', 'get', '8.8.8.8']));
}
const med = (xs: Timing[], k: keyof Timing) => median(xs.map((x) => x[k]));
iplab.one = { wall: med(one, 'wall'), cpu: med(one, 'cpu') };
iplab.node0 = { wall: med(node0, 'wall'), cpu: med(node0, 'cpu') };

// The kernel, in a private network namespace, when we may.
let kernel: { install: Timing; gets: Timing } | null = null;
let answers = '';
if (process.getuid?.() === 0 && spawnSync('unshare', ['--net', 'true']).status === 0) {
  const script = `ip link set lo up
TIMEFORMAT='%R %U %S'
{ time ip -batch ${addFile} >/dev/null; } 2>&1 || exit 3
{ time ip -force -batch ${getFile} >/dev/null; } 2>&1 || exit 4
ip -force -batch ${sampleFile} >${dir}/kernel.out 2>${dir}/kernel.err; echo $? >${dir}/kernel.rc`;
  const r = spawnSync('unshare', ['--net', 'bash', '-c', script], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status === 0) {
    const rows = r.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
    const toMs = ([w, u, sy]: number[]): Timing => ({ wall: w * 1000, cpu: (u + sy) * 1000 });
    kernel = { install: toMs(rows[0]), gets: toMs(rows[1]) };
    const q = spawnSync(process.execPath, [cli, 'ip', '-force', '-batch', sampleFile], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const k = { out: readFileSync(join(dir, 'kernel.out'), 'utf8'), err: readFileSync(join(dir, 'kernel.err'), 'utf8'), rc: Number(readFileSync(join(dir, 'kernel.rc'), 'utf8')) };
    const same = q.stdout === k.out && q.stderr === k.err && q.status === k.rc;
    const lines = (t: string) => t.split('\n');
    const firstDiff = lines(q.stdout).findIndex((l, i) => l !== lines(k.out)[i]);
    answers = same
      ? `answers: ${sample.length} route gets (every 50th of the batch + 2000 random) identical to the kernel (stdout, stderr, exit status)`
      : `answers DIFFER from the kernel on ${sample.length} route gets: stdout ${q.stdout === k.out ? 'same' : `differs at line ${firstDiff + 1}: iplab "${lines(q.stdout)[firstDiff]}" kernel "${lines(k.out)[firstDiff]}"`}, stderr ${q.stderr === k.err ? 'same' : 'differs'}, exit ${q.status}/${k.rc}`;
  } else console.log(`(kernel run failed: exit ${r.status} ${r.stderr.slice(0, 200)})`);
}

const f = (ms: number) => `${ms.toFixed(0).padStart(7)} ms`;
console.log(`routing at scale: ${N} routes (global prefix mix), ${G} route gets; wall time and CPU time (user+sys)`);
console.log(`                               iplab wall  kernel wall  ratio   iplab cpu  kernel cpu  ratio  target`);
const row = (name: string, a: Timing, b: Timing | undefined, target: string) =>
  console.log(`  ${name.padEnd(26)} ${f(a.wall)} ${b ? f(b.wall) : '         -'}  ${b ? (a.wall / b.wall).toFixed(2).padStart(5) : '    -'}  ${f(a.cpu)} ${b ? f(b.cpu) : '         -'}  ${b ? (a.cpu / b.cpu).toFixed(2).padStart(5) : '    -'}  ${target}`);
row('ip -batch install', iplab.install, kernel?.install, '<= 0.5');
row('ip -force -batch gets', iplab.gets, kernel?.gets, '<= 1.0');
console.log(`  ${'one ip route get'.padEnd(26)} ${f(iplab.one.wall)}  node -e 0 ${f(iplab.node0.wall)}  ${(iplab.one.wall / iplab.node0.wall).toFixed(2)}x wall, ${(iplab.one.cpu / iplab.node0.cpu).toFixed(2)}x cpu (target <= 3)`);
if (answers) console.log(`  ${answers}`);
console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${cpus().length} CPUs)`);
rmSync(dir, { recursive: true, force: true });
