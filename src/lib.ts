// The library API: the kernel model and the emulated tools without any CLI.
//
//   const k = createKernel();
//   runTool(k, ['ip', 'link', 'add', 'veth0', 'type', 'veth']);
//   runTool(k, ['ip', '-br', 'link']).stdout

import { Kernel } from './kernel/kernel';
import { runProgram, NETNS_ENV, programName } from './tools/run';
import { TOOLS } from './tools/registry';
import type { ToolIO } from './tools/types';

export { Kernel } from './kernel/kernel';
export { Netns } from './kernel/netns';
export { KernelError } from './kernel/errors';
export * from './net/ip';
export { kernelToData, kernelFromData } from './state/snapshot';

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Standard input: text, or bytes (ip route restore). */
  stdin?: string | Uint8Array;
  /** Is standard input a terminal? */
  stdinIsatty?: boolean;
  /** Files the tool may read (ip -batch FILE, sysctl -p FILE, ...). */
  files?: Record<string, string>;
  /** Run inside the named namespace (as `ip netns exec NAME ...`). */
  ns?: string;
  isatty?: boolean;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** A fresh machine: one network namespace with only lo, down (unshare --net). */
export function createKernel(opts: { seed?: number; clock?: () => number } = {}): Kernel {
  return new Kernel({ seed: opts.seed ?? 1, clock: opts.clock });
}

/** Runs one emulated program in-process. Programs started through
 * `ip netns exec`, `nsenter` or `unshare -n` run in-process too when they are
 * emulated; anything else is reported as not runnable here (exit 127). */
export function runTool(kernel: Kernel, argv: string[], opts: RunOptions = {}): RunResult {
  const out: string[] = [];
  const err: string[] = [];
  const env: Record<string, string | undefined> = { IPLAB_PID: String(process.pid), ...(opts.env ?? {}) };
  if (opts.ns !== undefined) {
    const ns = kernel.byName(opts.ns);
    if (!ns) throw new Error(`no namespace named ${opts.ns}`);
    env[NETNS_ENV] = String(ns.inode);
  }
  const code = runInProcess(kernel, argv, env, opts, out, err, 0);
  return { stdout: out.join(''), stderr: err.join(''), code };
}

let nextPid = 100000;

function runInProcess(kernel: Kernel, argv: string[], env: Record<string, string | undefined>, opts: RunOptions, out: string[], err: string[], depth: number): number {
  let stdinUsed = false;
  const io: ToolIO = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: (p) => {
      if (p === '-' || p === '/dev/stdin') return io.readStdin();
      const f = opts.files?.[p];
      if (f === undefined) {
        const e = new Error(`ENOENT: no such file or directory, open '${p}'`) as NodeJS.ErrnoException;
        e.code = 'ENOENT';
        throw e;
      }
      return f;
    },
    listDir: (p) => {
      const pre = p.endsWith('/') ? p : p + '/';
      const names = Object.keys(opts.files ?? {})
        .filter((f) => f.startsWith(pre))
        .map((f) => f.slice(pre.length).split('/')[0]);
      if (!names.length) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return [...new Set(names)];
    },
    readStdin: () => {
      if (stdinUsed) return '';
      stdinUsed = true;
      const s = opts.stdin ?? '';
      return typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
    },
    isatty: () => !!opts.isatty,
    // Binary output reaches RunResult.stdout as latin1 (one char per byte).
    stdoutBytes: (b) => void out.push(Buffer.from(b).toString('latin1')),
    readStdinBytes: () => {
      if (stdinUsed) return new Uint8Array(0);
      stdinUsed = true;
      const s = opts.stdin ?? '';
      return typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
    },
    stdinIsatty: () => !!opts.stdinIsatty,
  };
  const r = runProgram(kernel, argv, env, io);
  if (!r.exec) return r.code;
  let x = r.exec;
  if (depth > 16) {
    err.push('iplab: too many nested namespace commands\n');
    return 1;
  }
  for (;;) {
    if (x.banner) out.push(x.banner);
    const pid = nextPid++;
    kernel.processes.push({ pid, netns: x.netns, command: x.command });
    let code: number;
    try {
      if (!TOOLS[programName(x.argv[0] ?? '')]) {
        err.push(`iplab: ${x.argv[0]}: only emulated programs run in-process\n`);
        code = 127;
      } else code = runInProcess(kernel, x.argv, { ...env, ...(x.env ?? {}), [NETNS_ENV]: String(x.netns), IPLAB_PID: String(pid), IPLAB_PPID: env.IPLAB_PID }, opts, out, err, depth + 1);
    } finally {
      const i = kernel.processes.findIndex((p) => p.pid === pid);
      if (i >= 0) kernel.processes.splice(i, 1);
    }
    x.after?.(kernel, code);
    if (!x.next) return code;
    const n = x.next(kernel, code);
    if (typeof n === 'number') return n;
    x = n;
  }
}

/** The state file layer, for programs that keep a machine between runs. */
export { loadState, saveState, openSession, defaultStatePath, StateFileError } from './state/store';
export { toYaml } from './state/yaml-emit';
