// Starting real processes inside an emulated namespace: the namespace travels
// in the environment (IPLAB_NETNS) and the shims come first on PATH, so the
// child's networking commands are the emulated ones, never the host's.

import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { constants as osConstants } from 'node:os';
import type { ExecRequest } from '../tools/types';
import type { GlobalOptions } from './main';
import { openSession } from '../state/store';
import { NETNS_ENV } from '../tools/run';
import { STRERROR, type Errno } from '../kernel/errors';

/** dist/shims, next to the built CLI. */
export function shimDir(): string {
  return path.join(__dirname, 'shims');
}

export function childEnv(opts: GlobalOptions, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = shimDir();
  const parts = (process.env.PATH ?? '').split(path.delimiter).filter((p) => p && p !== dir);
  return {
    ...process.env,
    ...extra,
    PATH: [dir, ...parts].join(path.delimiter),
    IPLAB_STATE: opts.statePath,
    BASH_ENV: path.join(dir, '.bash_env'),
    // For shells started by unshare/nsenter without a command: the rc file
    // whose prompt names the namespace.
    IPLAB_RCFILE: path.join(dir, '.bashrc'),
  };
}

async function withState(opts: GlobalOptions, f: (k: import('../kernel/kernel').Kernel) => void): Promise<void> {
  const s = await openSession(opts.statePath);
  try {
    f(s.kernel);
  } catch (e) {
    s.close(false);
    throw e;
  }
  s.close(true);
}

export async function spawnChild(opts: GlobalOptions, x: ExecRequest): Promise<number> {
  const env = childEnv(opts, { ...(x.env ?? {}), [NETNS_ENV]: String(x.netns) });
  const child = spawn(x.argv[0], x.argv.slice(1), { stdio: 'inherit', env });
  let failure = '';
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', (e: NodeJS.ErrnoException) => {
      failure = e.code ?? 'EIO';
      resolve(false);
    });
  });
  if (!started) {
    const f = x.execFailed?.(failure) ?? {
      stderr: `${x.program ?? 'iplab'}: failed to execute ${x.argv[0]}: ${STRERROR[failure as Errno] ?? failure}\n`,
      code: failure === 'ENOENT' ? 127 : 126,
    };
    process.stderr.write(f.stderr);
    if (x.after) await withState(opts, (k) => x.after!(k, f.code));
    return f.code;
  }
  const pid = child.pid!;
  await withState(opts, (k) => void k.processes.push({ pid, netns: x.netns, command: x.command }));
  const code = await new Promise<number>((resolve) => {
    child.once('exit', (c, sig) => resolve(c ?? 128 + ((sig && osConstants.signals[sig]) || 0)));
  });
  await withState(opts, (k) => {
    const i = k.processes.findIndex((p) => p.pid === pid);
    if (i >= 0) k.processes.splice(i, 1);
    x.after?.(k, code);
  });
  return code;
}
