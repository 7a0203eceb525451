// Starting real processes inside an emulated namespace: the namespace travels
// in the environment (IPLAB_NETNS) and the shims come first on PATH, so the
// child's networking commands are the emulated ones, never the host's.

import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants, realpathSync, statSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { constants as osConstants } from 'node:os';
import type { ExecRequest } from '../tools/types';
import type { GlobalOptions } from './main';
import { openSession } from '../state/store';
import { NETNS_ENV } from '../tools/run';
import { TOOLS, NOT_EMULATED } from '../tools/registry';
import { reapProcesses } from './reap';
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

/** A networking program named by path runs as its shim: `ip netns exec NS
 * /usr/sbin/ip ...` must not reach the host's ip. */
function coverProgram(file: string): string {
  const names = [path.basename(file)];
  try {
    names.push(path.basename(realpathSync(file)));
  } catch {
    // not a file here: PATH lookup (shims first) decides
  }
  for (const n of names) if (n in TOOLS || NOT_EMULATED.includes(n)) return path.join(shimDir(), n);
  return file;
}

/** Runs the program, then whatever its `next` asks for (ip -all netns exec). */
export async function spawnChild(opts: GlobalOptions, x: ExecRequest): Promise<number> {
  for (;;) {
    if (x.banner) writeSync(1, x.banner);
    const code = await spawnOne(opts, x);
    const next = x.next;
    if (!next) return code;
    let n: ExecRequest | number = 0;
    await withState(opts, (k) => void (n = next(k, code)));
    if (typeof n === 'number') return n;
    x = n;
  }
}

/** execvp()'s search for `file`: '' when it would run, else the errno
 * (EACCES if some candidate exists but cannot be executed, else ENOENT). */
function execCheck(file: string, pathVar: string): string {
  const dirs = file.includes('/') ? [''] : (pathVar || '/usr/local/bin:/usr/bin:/bin').split(':');
  let err = 'ENOENT';
  for (const d of dirs) {
    const p = file.includes('/') ? file : path.join(d || '.', file);
    try {
      accessSync(p, fsConstants.X_OK);
      if (!statSync(p).isDirectory()) return '';
      err = 'EACCES';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EACCES') err = 'EACCES';
    }
  }
  return err;
}

async function spawnOne(opts: GlobalOptions, x: ExecRequest): Promise<number> {
  const env = childEnv(opts, { ...(x.env ?? {}), [NETNS_ENV]: String(x.netns) });
  const argv = [coverProgram(x.argv[0]), ...x.argv.slice(1)];
  // Outside an isolated `iplab run`, the child gets the same isolation, so a
  // shell it starts cannot reach the host's programs by path either.
  const { isolatedCommand } = require('./isolate') as typeof import('./isolate');
  const cmd =
    process.env.IPLAB_ISOLATION === 'mount'
      ? { file: argv[0], args: argv.slice(1), env, stdio: ['inherit', 'inherit', 'inherit'] as ('inherit' | number)[], cleanup() {} }
      : isolatedCommand(argv, env, path.join(__dirname, 'iplab.cjs'), shimDir());
  // The isolation wrapper is a shell that execs the program: find out first,
  // as execvp() would, whether the program can run, so that a missing one gets
  // the caller's own error text (e.g. `exec of "X" failed`), not the shell's.
  let failure = execCheck(argv[0], env.PATH ?? '');
  const child = failure ? undefined : spawn(cmd.file, cmd.args, { stdio: cmd.stdio, env: cmd.env });
  const started =
    !!child &&
    (await new Promise<boolean>((resolve) => {
      child.once('spawn', () => resolve(true));
      child.once('error', (e: NodeJS.ErrnoException) => {
        failure = e.code ?? 'EIO';
        resolve(false);
      });
    }));
  if (!started || !child) {
    cmd.cleanup();
    const f = x.execFailed?.(failure) ?? {
      stderr: `${x.program ?? 'iplab'}: failed to execute ${x.argv[0]}: ${STRERROR[failure as Errno] ?? failure}\n`,
      code: failure === 'ENOENT' ? 127 : 126,
    };
    process.stderr.write(f.stderr);
    if (x.after) await withState(opts, (k) => x.after!(k, f.code));
    return f.code;
  }
  // As `ip netns exec` execs, only the child sees the terminal's signals:
  // this process waits for it and then cleans up.
  const ignore = () => {};
  const forward = () => child.kill('SIGTERM');
  for (const sig of ['SIGINT', 'SIGQUIT', 'SIGHUP'] as const) process.on(sig, ignore);
  process.on('SIGTERM', forward);
  const pid = child.pid!;
  await withState(opts, (k) => void k.processes.push({ pid, netns: x.netns, command: x.command }));
  const code = await new Promise<number>((resolve) => {
    child.once('exit', (c, sig) => resolve(c ?? 128 + ((sig && osConstants.signals[sig]) || 0)));
  });
  cmd.cleanup();
  await withState(opts, (k) => {
    const i = k.processes.findIndex((p) => p.pid === pid);
    if (i >= 0) k.processes.splice(i, 1);
    x.after?.(k, code);
    // The namespace goes with its last holder (put_net when the process exits).
    const ns = k.namespaces.get(x.netns);
    if (ns && !k.isHeld(ns)) k.destroyNetns(ns);
    reapProcesses(k);
  });
  for (const sig of ['SIGINT', 'SIGQUIT', 'SIGHUP'] as const) process.off(sig, ignore);
  process.off('SIGTERM', forward);
  return code;
}
