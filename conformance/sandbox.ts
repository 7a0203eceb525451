// The real-kernel side: runs a scenario in a brand-new sandbox
// (`unshare --mount --net --pid --fork --mount-proc --propagation private`, a private tmpfs on
// /run/netns) and returns each command's stdout, stderr and exit status.
// Root only. Each scenario gets its own sandbox, so several run in parallel.

import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RecordedStep, Recording, Scenario } from './scenario';

const DRIVER = fileURLToPath(new URL('./sandbox-driver.ts', import.meta.url));

export interface SandboxResult extends Recording {
  /** Steps before which the kernel did not settle within the cap. */
  warnings: string[];
}

export function requireRoot(what: string): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    process.stderr.write(`${what} needs root (unshare --net and the real tools run in a sandbox)\n`);
    process.exit(1);
  }
}

export function runOnKernel(sc: Scenario, opts: { timeoutMs?: number } = {}): Promise<SandboxResult> {
  mkdirSync('/run/netns', { recursive: true });
  return new Promise((resolve, reject) => {
    // The driver runs under the same loader (tsx) as this process.
    const child = spawn(
      'unshare',
      // A PID namespace too: a scenario naming a PID (netns 1, nsenter -t 1)
      // must reach the sandbox's own processes, never the host's.
      ['--mount', '--net', '--pid', '--fork', '--mount-proc', '--propagation', 'private', '--', process.execPath, ...process.execArgv, DRIVER],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(decodeDriverAnswer(sc, code ?? 255, Buffer.concat(out).toString(), Buffer.concat(err).toString()));
      } catch (e) {
        reject(e);
      }
    });
    child.stdin.end(JSON.stringify({ steps: sc.steps.map((s) => ({ argv: s.argv, stdin: s.stdin })), timeoutMs: opts.timeoutMs }));
  });
}

/** Turns what the sandbox driver wrote (its exit status, standard output and
 * error) into a recording of `sc`; shared with the VM recorder (vm/vm.ts),
 * whose guest runs the same driver. Throws when the sandbox failed. */
export function decodeDriverAnswer(sc: Scenario, code: number, stdout: string, stderr: string): SandboxResult {
  if (code !== 0) throw new Error(`${sc.name}: sandbox failed (exit ${code}): ${stderr.trim()}`);
  let r: { kernel: string; steps: { stdout: string; stderr: string; code: number; settleWarning?: string }[] };
  try {
    r = JSON.parse(stdout) as typeof r;
  } catch (e) {
    throw new Error(`${sc.name}: bad answer from the sandbox: ${(e as Error).message}`);
  }
  const warnings: string[] = [];
  const steps: RecordedStep[] = r.steps.map((s, i) => {
    const st = sc.steps[i];
    if (s.settleWarning) warnings.push(`${sc.name}:${st.line}: ${st.cmd}: ${s.settleWarning}`);
    return {
      cmd: st.cmd,
      ...(st.stdin !== undefined ? { stdin: st.stdin } : {}),
      stdout: s.stdout,
      stderr: s.stderr,
      code: s.code,
    };
  });
  return { scenario: sc.name, kernel: r.kernel, steps, warnings };
}

/** Runs `fn` over `items` with at most `limit` at a time, in order of results. */
export async function pool<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const res: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      res[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return res;
}
