// `iplab` entry point. The hot path — `iplab <tool> args…` and the shims —
// is dispatched here without loading commander or chalk; `run`, `shell` and
// help load the full command-line parser lazily (cli/commands.ts).

import { TOOLS, NOT_EMULATED } from '../tools/registry';
import { runProgram, NETNS_ENV, programName } from '../tools/run';
import { defaultStatePath, openSession, StateFileError } from '../state/store';
import type { ToolIO, ExecRequest } from '../tools/types';
import { spawnChild } from './spawn';
import * as fs from 'node:fs';

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

function hostIO(): ToolIO {
  let stdinText: string | null = null;
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: (p) => (p === '-' || p === '/dev/stdin' ? hostIO().readStdin() : fs.readFileSync(p, 'utf8')),
    readStdin: () => {
      if (stdinText === null) {
        try {
          stdinText = fs.readFileSync(0, 'utf8');
        } catch {
          stdinText = '';
        }
      }
      return stdinText;
    },
    isatty: () => !!process.stdout.isTTY,
  };
}

/** Runs one emulated program as this process: lock, load, run, save, unlock,
 * then any program it asked to start inside a namespace. */
export async function runToolProcess(opts: GlobalOptions, argv: string[]): Promise<number> {
  let session;
  try {
    session = await openSession(opts.statePath);
  } catch (e) {
    if (e instanceof StateFileError) {
      process.stderr.write(e.message + '\n');
      return 1;
    }
    throw e;
  }
  let exec: ExecRequest | undefined;
  let code: number;
  let dirty = false;
  try {
    const r = runProgram(session.kernel, argv, process.env, hostIO());
    code = r.code;
    exec = r.exec;
    dirty = r.dirty;
  } catch (e) {
    session.close(false);
    process.stderr.write(`iplab: internal error in ${programName(argv[0])}: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
  session.close(dirty);
  if (!exec) return code;
  return spawnChild(opts, exec);
}

function refuse(name: string): number {
  process.stderr.write(`iplab: ${name} is not emulated yet\n`);
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
