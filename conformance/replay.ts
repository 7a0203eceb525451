// The iplab side of a scenario, in-process through the library API, and the
// comparison with the kernel's answers after the normalisations of
// normalise.ts.

import { createKernel, runTool } from '../src/lib';
import { wallClockMs } from '../src/kernel/kernel';
import { unifiedDiff } from './diff';
import { normaliseRun, type Outcome } from './normalise';
import type { Recording, Scenario } from './scenario';

/** Runs every step of `sc` on a fresh iplab kernel (what `unshare --net` gives).
 * `sleep N` steps move iplab's clock on by N seconds instead of waiting:
 * route lifetimes and the kernel timers count against it. */
export function runOnIplab(sc: Scenario): Outcome[] {
  let slept = 0;
  const kernel = createKernel({ clock: () => wallClockMs() + slept });
  return sc.steps.map((s) => {
    if (s.argv[0] === 'sleep' && s.argv.length === 2 && /^\d+(\.\d+)?$/.test(s.argv[1])) {
      slept += Number(s.argv[1]) * 1000;
      return { stdout: '', stderr: '', code: 0 };
    }
    try {
      return runTool(kernel, s.argv, s.stdin !== undefined ? { stdin: s.stdin } : {});
    } catch (e) {
      // runTool should never throw: show the crash as the step's answer.
      return { stdout: '', stderr: `iplab threw: ${(e as Error).stack ?? String(e)}\n`, code: -1 };
    }
  });
}

export interface StepDiff {
  index: number;
  line: number;
  cmd: string;
  text: string;
}

/** Is the recording still the recording of this scenario file? */
export function staleness(sc: Scenario, rec: Recording): string | null {
  if (rec.steps.length !== sc.steps.length)
    return `${rec.scenario}: the recording has ${rec.steps.length} steps, the scenario ${sc.steps.length}: run npm run conformance:record ${sc.name}`;
  for (let i = 0; i < sc.steps.length; i++) {
    const a = sc.steps[i];
    const b = rec.steps[i];
    if (a.cmd !== b.cmd || (a.stdin ?? undefined) !== (b.stdin ?? undefined))
      return `${rec.scenario}: step ${i + 1} is \`${a.cmd}\` in the scenario but \`${b.cmd}\` in the recording: run npm run conformance:record ${sc.name}`;
  }
  return null;
}

/** Every differing step (iplab-differs steps excluded), after normalisation. */
export function compareRuns(sc: Scenario, kernel: Outcome[], iplab: Outcome[], labels = ['kernel', 'iplab']): StepDiff[] {
  const include = (i: number): boolean => sc.steps[i].differs === undefined;
  const a = normaliseRun(sc, kernel, include);
  const b = normaliseRun(sc, iplab, include);
  const diffs: StepDiff[] = [];
  for (let i = 0; i < sc.steps.length; i++) {
    if (!include(i)) continue;
    const x = a[i];
    const y = b[i];
    const parts: string[] = [];
    if (x.stdout !== y.stdout) parts.push(unifiedDiff(x.stdout, y.stdout, `${labels[0]} stdout`, `${labels[1]} stdout`));
    if (x.stderr !== y.stderr) parts.push(unifiedDiff(x.stderr, y.stderr, `${labels[0]} stderr`, `${labels[1]} stderr`));
    if (x.code !== y.code) parts.push(`exit status: ${labels[0]} ${x.code}, ${labels[1]} ${y.code}\n`);
    if (parts.length) {
      const st = sc.steps[i];
      diffs.push({ index: i, line: st.line, cmd: st.cmd, text: `step ${i + 1} (${sc.file}:${st.line}): ${st.cmd}\n${parts.join('')}` });
    }
  }
  return diffs;
}

/** Are two runs of the kernel the same after normalisation (so a
 * re-recording that differs only in random MACs can keep the file as it
 * was)? iplab-differs steps are never compared, so they do not count. */
export function sameAfterNormalising(sc: Scenario, a: Outcome[], b: Outcome[]): boolean {
  return a.length === b.length && compareRuns(sc, a, b).length === 0;
}
