// npm run conformance:live [filter] [-j N] [--vm]   (root only)
//
// Scenarios marked `# iplab-kernel: vm` run on the VM kernel
// (conformance/vm/vm.ts, one boot for all); --vm runs every one there.
//
// Runs each matching scenario on the real kernel (a fresh sandbox) and on
// iplab now, and prints every differing step as a unified diff (kernel ->
// iplab) after the normalisations of conformance/normalise.ts. Nothing is
// written. Exit status 1 when some scenario differs.

import { cpus } from 'node:os';
import { listScenarios, loadScenario, type Scenario } from '../conformance/scenario';
import { pool, requireRoot, runOnKernel, type SandboxResult } from '../conformance/sandbox';
import { runOnVm } from '../conformance/vm/vm';
import { compareRuns, runOnIplab } from '../conformance/replay';

async function main(): Promise<void> {
  requireRoot('conformance:live');
  let filter: string | undefined;
  let jobs = Math.max(2, Math.min(6, cpus().length * 2));
  let vmAll = false;
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-j' || a === '--jobs') jobs = Number(args[++i]);
    else if (a.startsWith('-j')) jobs = Number(a.slice(2));
    else if (a === '--vm') vmAll = true;
    else if (filter === undefined) filter = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  const names = listScenarios(filter);
  if (names.length === 0) {
    process.stderr.write(`no scenario matches ${filter ?? '(all)'}\n`);
    process.exit(1);
  }
  let differing = 0;
  let skipped = 0;
  const show = (sc: Scenario, kernel: SandboxResult | Error): void => {
    const name = sc.name;
    if (kernel instanceof Error) {
      differing++;
      process.stdout.write(`FAILED ${name}: ${kernel.message}\n`);
      return;
    }
    const iplab = runOnIplab(sc);
    const diffs = compareRuns(sc, kernel.steps, iplab);
    let out = '';
    if (sc.skip) skipped++;
    if (diffs.length) {
      differing++;
      out += `DIFF  ${name}: ${diffs.length} of ${sc.steps.length} steps differ${sc.skip ? ` (iplab-skip: ${sc.skip})` : ''}${sc.pending ? ` (iplab-pending: ${sc.pending})` : ''}\n`;
      for (const d of diffs) out += d.text.replace(/^/gm, '  ') + '\n';
    } else out += `same  ${name}${sc.skip ? ` (marked iplab-skip: ${sc.skip})` : ''}${sc.pending ? ` (marked iplab-pending, remove the line: ${sc.pending})` : ''}\n`;
    for (const w of kernel.warnings) out += `  warning: ${w}\n`;
    process.stdout.write(out);
  };
  const scs = names.map((n) => loadScenario(n));
  const onVm = scs.filter((sc) => vmAll || sc.kernel === 'vm');
  if (onVm.length) {
    const rs = await runOnVm(onVm, { jobs });
    onVm.forEach((sc, i) => show(sc, rs[i]));
  }
  await pool(scs.filter((sc) => !onVm.includes(sc)), jobs, async (sc) => {
    let r: SandboxResult | Error;
    try {
      r = await runOnKernel(sc);
    } catch (e) {
      r = e as Error;
    }
    show(sc, r);
  });
  process.stdout.write(`${names.length} scenarios, ${differing} differ, ${names.length - differing} same (${skipped} marked iplab-skip)\n`);
  process.exit(differing ? 1 : 0);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
