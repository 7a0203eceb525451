// npm run conformance:record [filter] [-j N] [--check] [--vm] [--no-vm]   (root only)
//
// Scenarios marked `# iplab-kernel: vm` are recorded on the VM kernel
// (conformance/vm/vm.ts: Debian's kernel in qemu, all of them in one boot);
// --vm runs every matching scenario there (with --check: how the VM kernel
// differs from the recordings), --no-vm leaves the VM scenarios out.
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
import { listScenarios, loadScenario, recordingPath, type Recording, type Scenario } from '../conformance/scenario';
import { pool, requireRoot, runOnKernel, type SandboxResult } from '../conformance/sandbox';
import { runOnVm } from '../conformance/vm/vm';
import { compareRuns, sameAfterNormalising } from '../conformance/replay';

function parseArgs(argv: string[]): { filter?: string; jobs: number; check: boolean; vm: 'auto' | 'all' | 'none' } {
  let filter: string | undefined;
  let check = false;
  let vm: 'auto' | 'all' | 'none' = 'auto';
  let jobs = Math.max(2, Math.min(6, cpus().length * 2));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-j' || a === '--jobs') jobs = Number(argv[++i]);
    else if (a.startsWith('-j')) jobs = Number(a.slice(2));
    else if (a === '--check') check = true;
    else if (a === '--vm') vm = 'all';
    else if (a === '--no-vm') vm = 'none';
    else if (filter === undefined) filter = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!(jobs >= 1)) throw new Error('-j needs a positive number');
  return { filter, jobs, check, vm };
}

async function main(): Promise<void> {
  requireRoot('conformance:record');
  const { filter, jobs, check, vm } = parseArgs(process.argv.slice(2));
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
  const handle = (name: string, sc: Scenario, r: SandboxResult | Error, ms: number): void => {
    if (r instanceof Error) {
      failed++;
      process.stdout.write(`FAILED  ${name}: ${r.message}\n`);
      return;
    }
    warnings.push(...r.warnings);
    steps += r.steps.length;
    const rec: Recording = { scenario: r.scenario, kernel: r.kernel, steps: r.steps };
    const path = recordingPath(name);
    let keep = false;
    let sameSteps = false;
    let old: Recording | undefined;
    if (existsSync(path)) {
      old = JSON.parse(readFileSync(path, 'utf8')) as Recording;
      sameSteps =
        old.steps.length === rec.steps.length &&
        old.steps.every((s, i) => s.cmd === rec.steps[i].cmd && s.stdin === rec.steps[i].stdin) &&
        sameAfterNormalising(sc, old.steps, rec.steps);
      keep = sameSteps && old.kernel === rec.kernel;
    }
    if (check && !keep) {
      if (sameSteps) {
        process.stdout.write(`same    ${name}: same answers on ${rec.kernel} as recorded on ${old!.kernel}\n`);
        return;
      }
      failed++;
      const d = old && old.steps.length === rec.steps.length ? compareRuns(sc, old.steps, rec.steps, ['recorded', 'now']) : [];
      const how = d.length
        ? ` (${d.length} of ${rec.steps.length} steps; recorded on ${old!.kernel}, now ${rec.kernel})\n${d.map((x) => x.text).join('').replace(/^/gm, '  ')}`
        : old
          ? ' (other steps)'
          : ' (no recording)';
      process.stdout.write(`CHANGED ${name}: the kernel now answers differently from the recording${how}\n`);
      return;
    }
    if (!keep) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(rec, null, 2) + '\n');
      written++;
    }
    process.stdout.write(`${keep ? 'same   ' : 'wrote  '} ${name} (${r.steps.length} steps, ${r.kernel}, ${ms} ms)\n`);
  };
  const scs = new Map<string, Scenario>();
  for (const name of names) {
    try {
      scs.set(name, loadScenario(name));
    } catch (e) {
      failed++;
      process.stdout.write(`FAILED  ${name}: ${(e as Error).message}\n`);
    }
  }
  const onVm = (n: string): boolean => vm === 'all' || (vm === 'auto' && scs.get(n)?.kernel === 'vm');
  const hostNames = names.filter((n) => scs.has(n) && !onVm(n));
  const vmNames = names.filter((n) => scs.has(n) && onVm(n));
  if (vm === 'none') process.stdout.write(`(--no-vm: ${names.filter((n) => scs.get(n)?.kernel === 'vm').length} VM scenarios left out)\n`);
  if (vmNames.length) {
    // One boot of the guest for all of them.
    const t = Date.now();
    const list = vmNames.map((n) => scs.get(n)!);
    const rs = await runOnVm(list, { jobs });
    const ms = Math.round((Date.now() - t) / list.length);
    list.forEach((sc, i) => handle(sc.name, sc, rs[i], ms));
  }
  await pool(hostNames, jobs, async (name) => {
    const sc = scs.get(name)!;
    const t = Date.now();
    let r: SandboxResult | Error;
    try {
      r = await runOnKernel(sc);
    } catch (e) {
      r = e as Error;
    }
    handle(name, sc, r, Date.now() - t);
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
