// iptables-restore of a kube-proxy-shaped rule set (10k ClusterIP services x
// 3 endpoints, about 150k lines): iplab's whole process (start, parse, apply,
// save the state) against the real iptables-restore on the same file, run in
// a fresh network namespace (`unshare --mount --net`, root only), alternating
// runs so machine noise hits both. Then checks that iplab's iptables-save
// gives back the same rules. Target (performance.md): ratio <= 1.
//   IPLAB_BENCH_SERVICES=1000 for a quick run; IPLAB_BENCH_RUNS=5 for more runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubeRules } from './_kube-rules';

const services = Number(process.env.IPLAB_BENCH_SERVICES ?? 10000);
const runs = Number(process.env.IPLAB_BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'iplab-bench-ipt-'));
const rulesFile = join(dir, 'kube.rules');
const text = kubeRules(services, 3);
writeFileSync(rulesFile, text);
const cli = join(import.meta.dirname, '..', 'dist', 'iplab.cjs');

function time(argv: string[], env?: Record<string, string>): { ms: number; code: number | null; stderr: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, code: r.status, stderr: r.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const haveReal = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v iptables-restore && command -v unshare']).status === 0;
const iplabMs: number[] = [];
const realMs: number[] = [];
const state = join(dir, 'state.yaml');
for (let i = 0; i < runs; i++) {
  rmSync(state, { force: true });
  rmSync(join(dir, '.state.yaml.cache.json'), { force: true });
  const a = time([process.execPath, cli, '--state', state, 'iptables-restore', rulesFile]);
  if (a.code !== 0) throw new Error(`iplab iptables-restore failed: ${a.stderr}`);
  iplabMs.push(a.ms);
  if (haveReal) {
    const b = time(['unshare', '--mount', '--net', 'iptables-restore', rulesFile]);
    if (b.code !== 0) throw new Error(`iptables-restore failed: ${b.stderr}`);
    realMs.push(b.ms);
  }
}
const lines = text.split('\n').length - 1;
console.log(`iptables-restore, ${services} services x 3 endpoints (${lines} lines), ${runs} runs, medians:`);
console.log(`  iplab (whole process, incl. saving the state): ${median(iplabMs).toFixed(0)} ms`);
if (haveReal) {
  console.log(`  real iptables-restore 1.8.9 (unshare --mount --net): ${median(realMs).toFixed(0)} ms`);
  console.log(`  ratio iplab/real: ${(median(iplabMs) / median(realMs)).toFixed(2)} (target <= 1)`);
} else console.log('  (real iptables-restore not measured: needs root, unshare and iptables)');

// iptables-save gives back the same rules: per chain, the same rules in order.
const saved = spawnSync(process.execPath, [cli, '--state', state, 'iptables-save'], { encoding: 'utf8', maxBuffer: 1 << 30 });
const t1 = time([process.execPath, cli, '--state', state, 'iptables-save']);
function rulesByChain(s: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  let table = '';
  for (const l of s.split('\n')) {
    if (l.startsWith('*')) table = l;
    const mm = /^-A (\S+) /.exec(l);
    if (!mm) continue;
    const k = `${table} ${mm[1]}`;
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(l);
  }
  return m;
}
const want = rulesByChain(text);
const got = rulesByChain(saved.stdout);
let same = want.size === got.size;
for (const [k, v] of want) if (JSON.stringify(v) !== JSON.stringify(got.get(k))) same = false;
console.log(`  iptables-save of that state: ${t1.ms.toFixed(0)} ms; same rules as restored: ${same ? 'yes' : 'NO'}`);
rmSync(dir, { recursive: true, force: true });
if (!same) process.exit(1);
