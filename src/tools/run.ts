// Runs one emulated program against a kernel: the common core of the CLI,
// the library API and the tests. Turns escaping kernel errors and crashes into
// the tool's failure instead of a stack trace.

import type { Kernel } from '../kernel/kernel';
import type { Netns } from '../kernel/netns';
import { TOOLS } from './registry';
import type { ExecRequest, ToolContext, ToolIO } from './types';

export const NETNS_ENV = 'IPLAB_NETNS';

/** The namespace a process runs in: IPLAB_NETNS (an inode) or the initial one. */
export function currentNetns(kernel: Kernel, env: Readonly<Record<string, string | undefined>>): Netns | null {
  const v = env[NETNS_ENV];
  if (!v) return kernel.init;
  const ns = kernel.namespaces.get(Number(v));
  return ns ?? null;
}

export function programName(argv0: string): string {
  const i = argv0.lastIndexOf('/');
  return i >= 0 ? argv0.slice(i + 1) : argv0;
}

export interface RunOutcome {
  code: number;
  exec?: ExecRequest;
  dirty: boolean;
}

export function runProgram(kernel: Kernel, argv: string[], env: Readonly<Record<string, string | undefined>>, io: ToolIO): RunOutcome {
  const name = programName(argv[0]);
  const main = TOOLS[name];
  if (!main) {
    io.stderr(`iplab: ${name} is not emulated yet\n`);
    return { code: 127, dirty: false };
  }
  const ns = currentNetns(kernel, env);
  if (!ns) {
    io.stderr(`iplab: the network namespace of this process (${NETNS_ENV}=${env[NETNS_ENV]}) no longer exists\n`);
    return { code: 1, dirty: false };
  }
  const ctx: ToolContext = { kernel, ns, env, io, dirty: false };
  // Timers that fell due since the last request run first.
  kernel.runTimers();
  const r = main([name, ...argv.slice(1)], ctx);
  // Deferred kernel work (linkwatch) runs once the request is done.
  kernel.settleLinkwatch();
  if (typeof r === 'number') return { code: r, dirty: ctx.dirty };
  return { code: 0, exec: r, dirty: ctx.dirty };
}
