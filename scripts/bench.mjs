// `npm run bench`: every benchmark in bench/, one after another. Benchmarks
// print ratios against a reference run side by side; they are not tests.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const only = process.argv[2];
const dir = join(import.meta.dirname, '..', 'bench');
let failed = 0;
for (const f of readdirSync(dir).sort()) {
  if (!/\.(mjs|ts)$/.test(f) || f.startsWith('_')) continue;
  if (only && !f.includes(only)) continue;
  console.log(`\n== ${f}`);
  const argv = f.endsWith('.ts') ? [join('node_modules', '.bin', 'tsx'), join(dir, f)] : [process.execPath, join(dir, f)];
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
