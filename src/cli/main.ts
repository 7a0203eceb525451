// `iplab` entry point. The hot path — `iplab <tool> args…` and the shims —
// is dispatched here without loading commander or chalk; `run`, `shell` and
// help load the full command-line parser lazily (cli/commands.ts).

import { TOOLS, NOT_EMULATED } from '../tools/registry';
import { runProgram, NETNS_ENV, programName } from '../tools/run';
import { reapProcesses } from './reap';
import { defaultStatePath, loadState, StateFileError } from '../state/store';
import type { ToolIO, ExecRequest } from '../tools/types';
import { readFileSync, writeSync, fstatSync } from 'node:fs';

export interface GlobalOptions {
  statePath: string;
}

function parseGlobal(argv: string[]): { opts: GlobalOptions; rest: string[] } | string {
  let statePath: string | undefined;
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--state') {
      if (i + 1 >= argv.length) return 'option --state needs a FILE';
      statePath = argv[i + 1];
      i += 2;
    } else if (a.startsWith('--state=')) {
      statePath = a.slice(8);
      i++;
    } else break;
  }
  const env = { ...process.env };
  if (statePath !== undefined) env.IPLAB_STATE = statePath;
  return { opts: { statePath: defaultStatePath(env) }, rest: argv.slice(i) };
}

/** Writes all of s to a file descriptor, waiting out EAGAIN on non-blocking pipes. */
function writeAll(fd: number, s: string | Uint8Array): void {
  let buf = typeof s === 'string' ? Buffer.from(s) : Buffer.from(s.buffer, s.byteOffset, s.byteLength);
  while (buf.length) {
    try {
      const n = writeSync(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/** Host I/O for one run of a tool. Output is buffered, so a run can be
 * repeated on a newer state (see runToolProcess) without printing twice. */
function hostIO(stdin: { text: string | null; bytes?: Buffer }): ToolIO & { out: (string | Uint8Array)[]; err: string[] } {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const readStdinBytes = () => {
    if (!stdin.bytes) {
      try {
        stdin.bytes = readFileSync(0);
      } catch {
        stdin.bytes = Buffer.alloc(0);
      }
    }
    return stdin.bytes;
  };
  const readStdin = () => {
    if (stdin.text === null) stdin.text = readStdinBytes().toString('utf8');
    return stdin.text;
  };
  return {
    out,
    err,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: (p) => (p === '-' || p === '/dev/stdin' ? readStdin() : readFileSync(p, 'utf8')),
    listDir: (p) => require('node:fs').readdirSync(p),
    readStdin,
    isatty: () => fstatSync(1).isCharacterDevice() && require('node:tty').isatty(1),
    stdoutBytes: (b) => void out.push(b),
    readStdinBytes,
    stdinIsatty: () => require('node:tty').isatty(0),
  };
}

function stateError(e: unknown): number {
  if (e instanceof StateFileError) {
    writeAll(2, e.message + '\n');
    return 1;
  }
  throw e;
}

/** Runs one emulated program as this process. Optimistic: the state is read
 * without the lock (saves are atomic renames, so a reader sees a whole
 * snapshot); only a run that changed the model takes the lock, and if the
 * file changed meanwhile it runs again on the newer state before saving.
 * Output is printed once, from the run whose result counts. */
export async function runToolProcess(opts: GlobalOptions, argv: string[]): Promise<number> {
  const stdin = { text: null as string | null };
  let loaded;
  try {
    loaded = loadState(opts.statePath);
  } catch (e) {
    return stateError(e);
  }
  let io = hostIO(stdin);
  const reaped = loaded.kernel.processes.length > 0 && reapProcesses(loaded.kernel);
  let r = runGuarded(loaded.kernel, argv, io);
  if (reaped) r.dirty = true;
  if (r.dirty) {
    const { openSession } = require('../state/store') as typeof import('../state/store');
    let session;
    try {
      session = await openSession(opts.statePath);
    } catch (e) {
      return stateError(e);
    }
    // Unchanged file: the run on the first load stands and is what is saved.
    let changed = loaded.kernel;
    if (session.identity !== loaded.identity) {
      io = hostIO(stdin);
      const reapedNow = session.kernel.processes.length > 0 && reapProcesses(session.kernel);
      r = runGuarded(session.kernel, argv, io);
      if (reapedNow) r.dirty = true;
      changed = session.kernel;
    }
    try {
      session.close(r.dirty, changed);
    } catch (e) {
      writeAll(2, `iplab: cannot save ${opts.statePath}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  if (io.out.length) writeAll(1, io.out.every((x) => typeof x === 'string') ? io.out.join('') : Buffer.concat(io.out.map((x) => (typeof x === 'string' ? Buffer.from(x) : x))));
  if (io.err.length) writeAll(2, io.err.join(''));
  if (!r.exec) return r.code;
  const { spawnChild } = require('./spawn') as typeof import('./spawn');
  return spawnChild(opts, r.exec);
}

function runGuarded(kernel: import('../kernel/kernel').Kernel, argv: string[], io: ToolIO): { code: number; dirty: boolean; exec?: ExecRequest } {
  try {
    // The host process is read here, at the edge; tools see it through ctx.env.
    return runProgram(kernel, argv, { ...process.env, IPLAB_PID: String(process.pid), IPLAB_PPID: String(process.ppid) }, io);
  } catch (e) {
    io.stderr(`iplab: internal error in ${programName(argv[0])}: ${(e as Error).stack ?? e}\n`);
    return { code: 1, dirty: false };
  }
}

function refuse(name: string): number {
  writeAll(2, `iplab: ${name} is not emulated yet\n`);
  return 127;
}

async function main(): Promise<number> {
  const parsed = parseGlobal(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`iplab: ${parsed}\n`);
    return 2;
  }
  const { opts, rest } = parsed;
  // Shims call `iplab --as NAME args…` so argv[0] is the name typed.
  if (rest[0] === '--as' && rest.length >= 2) {
    const name = rest[1];
    if (!TOOLS[name]) return refuse(name);
    return runToolProcess(opts, [name, ...rest.slice(2)]);
  }
  const cmd = rest[0];
  if (cmd !== undefined && TOOLS[cmd]) return runToolProcess(opts, rest);
  if (cmd !== undefined && NOT_EMULATED.includes(cmd)) return refuse(cmd);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCommands } = require('./commands') as typeof import('./commands');
  return runCommands(opts, rest);
}

// Keep the process alive only as long as work remains; exit with the status.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`iplab: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);

export { NETNS_ENV };
