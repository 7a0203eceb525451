// npm run conformance:record [filter] [-j N] [--check]   (root only)
//
// --check writes nothing: it re-runs the scenarios and reports those whose
// answers differ from the stored recording after normalisation (a scenario
// that is not deterministic on the kernel, or a kernel that changed).
//
// Runs every scenario whose "<area>/<name>" matches the filter (a substring,
// or /a regular expression/) in its own real-kernel sandbox and writes
// conformance/recorded/<area>/<name>.json. A recording that differs from the
// one on disk only in what normalise.ts normalises (random MACs…) is left as
// it was, so re-recording does not churn the repository.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { cpus } from 'node:os';
import { listScenarios, loadScenario, recordingPath, type Recording } from '../conformance/scenario';
import { pool, requireRoot, runOnKernel } from '../conformance/sandbox';
import { compareRuns, sameAfterNormalising } from '../conformance/replay';

function parseArgs(argv: string[]): { filter?: string; jobs: number; check: boolean } {
  let filter: string | undefined;
  let check = false;
  let jobs = Math.max(2, Math.min(6, cpus().length * 2));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-j' || a === '--jobs') jobs = Number(argv[++i]);
    else if (a.startsWith('-j')) jobs = Number(a.slice(2));
    else if (a === '--check') check = true;
    else if (filter === undefined) filter = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!(jobs >= 1)) throw new Error('-j needs a positive number');
  return { filter, jobs, check };
}

async function main(): Promise<void> {
  requireRoot('conformance:record');
  const { filter, jobs, check } = parseArgs(process.argv.slice(2));
  const names = listScenarios(filter);
  if (names.length === 0) {
    process.stderr.write(`no scenario matches ${filter ?? '(all)'}\n`);
    process.exit(1);
  }
  const t0 = Date.now();
  let failed = 0;
  let written = 0;
  let steps = 0;
  const warnings: string[] = [];
  await pool(names, jobs, async (name) => {
    const sc = loadScenario(name);
    const t = Date.now();
    try {
      const r = await runOnKernel(sc);
      warnings.push(...r.warnings);
      steps += r.steps.length;
      const rec: Recording = { scenario: r.scenario, kernel: r.kernel, steps: r.steps };
      const path = recordingPath(name);
      let keep = false;
      let old: Recording | undefined;
      if (existsSync(path)) {
        old = JSON.parse(readFileSync(path, 'utf8')) as Recording;
        keep =
          old.kernel === rec.kernel &&
          old.steps.length === rec.steps.length &&
          old.steps.every((s, i) => s.cmd === rec.steps[i].cmd && s.stdin === rec.steps[i].stdin) &&
          sameAfterNormalising(sc, old.steps, rec.steps);
      }
      if (!keep && check) {
        failed++;
        const d = old && old.steps.length === rec.steps.length ? compareRuns(sc, old.steps, rec.steps, ['recorded', 'now']) : [];
        const how = d.length ? `\n${d[0].text.replace(/^/gm, '  ')}` : old ? ' (other steps or kernel)' : ' (no recording)';
        process.stdout.write(`CHANGED ${name}: the kernel now answers differently from the recording${how}\n`);
        return;
      }
      if (!keep) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, JSON.stringify(rec, null, 2) + '\n');
        written++;
      }
      process.stdout.write(`${keep ? 'same   ' : 'wrote  '} ${name} (${r.steps.length} steps, ${Date.now() - t} ms)\n`);
    } catch (e) {
      failed++;
      process.stdout.write(`FAILED  ${name}: ${(e as Error).message}\n`);
    }
  });
  for (const w of warnings) process.stdout.write(`warning: ${w}\n`);
  process.stdout.write(
    `${names.length} scenarios, ${steps} steps, ${written} written, ${failed} ${check ? 'changed or failed' : 'failed'}, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
