// `npm run bench`: every benchmark in bench/, one after another. Benchmarks
// print ratios against a reference run side by side; they are not tests.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';

const only = process.argv[2];
const dir = join(import.meta.dirname, '..', 'bench');
let failed = 0;
for (const f of readdirSync(dir).sort()) {
  if (!/\.(mjs|ts)$/.test(f) || f.startsWith('_')) continue;
  if (only && !f.includes(only)) continue;
  console.log(`\n== ${f}`);
  let argv = f.endsWith('.ts') ? [join('node_modules', '.bin', 'tsx'), join(dir, f)] : [process.execPath, join(dir, f)];
  if (f.endsWith('.bench.ts')) {
    // In-process benchmarks run as the product does: bundled and minified
    // by esbuild (scripts/build.mjs), not through tsx's per-file transform.
    const out = join(mkdtempSync(join(tmpdir(), 'iplab-bench-')), f.replace(/\.ts$/, '.cjs'));
    await build({ entryPoints: [join(dir, f)], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning' });
    argv = [process.execPath, out];
  }
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, IPLAB_BENCH_DIR: dir } });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
