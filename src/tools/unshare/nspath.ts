// Namespace files as util-linux opens them (/run/netns/NAME bound by
// `ip netns add`, /proc/PID/ns/net of a process iplab started), resolved in
// the model, and the small helpers unshare, nsenter and lsns share.

import type { Kernel } from '../../kernel/kernel';
import type { Netns } from '../../kernel/netns';
import type { ToolContext } from '../types';

export type NsOpen = { ns: Netns } | { errno: 'ENOENT' | 'EACCES' | 'EINVAL' };

/** The name a namespace is bound under in /run/netns, if any. */
export function netnsName(k: Kernel, ns: Netns): string | undefined {
  for (const [name, inode] of k.named) if (inode === ns.inode) return name;
  return undefined;
}

/** IPLAB_NETNS_NAME for a program run in `ns`: its /run/netns name, else
 * the nsfs form readlink(/proc/self/ns/net) shows, net:[INODE]. */
export function promptName(k: Kernel, ns: Netns): string {
  return netnsName(k, ns) ?? `net:[${ns.inode}]`;
}

/** The network namespace of a PID: processes iplab started, else a process
 * of the host, which lives in the state's initial namespace. */
export function nsOfPid(ctx: ToolContext, pid: number): Netns | undefined {
  const k = ctx.kernel;
  const p = k.processes.find((x) => x.pid === pid);
  if (p) return k.namespaces.get(p.netns);
  if (!hostHasFile(ctx, `/proc/${pid}/comm`)) return undefined;
  // The iplab process that started a program (`ip netns exec NS CMD &` makes
  // $! that process) stands for its child, as the exec'ing ip would.
  for (const c of k.processes) {
    try {
      const stat = ctx.io.readFile(`/proc/${c.pid}/stat`);
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) return k.namespaces.get(c.netns);
    } catch {
      // gone
    }
  }
  return k.init;
}

function hostHasFile(ctx: ToolContext, path: string): boolean {
  try {
    ctx.io.readFile(path);
    return true;
  } catch {
    return false;
  }
}

/** open() + setns(CLONE_NEWNET) of a namespace file. */
export function openNetnsFile(ctx: ToolContext, path: string): NsOpen {
  const k = ctx.kernel;
  const norm = path.replace(/\/+/g, '/');
  let m = /^(?:\/var)?\/run\/netns\/([^/]+)$/.exec(norm);
  if (m) {
    const ns = k.byName(m[1]);
    return ns ? { ns } : { errno: 'ENOENT' };
  }
  m = /^\/proc\/(self|thread-self|\d+)\/ns\/net$/.exec(norm);
  if (m) {
    if (m[1] === 'self' || m[1] === 'thread-self') return { ns: ctx.ns };
    const ns = nsOfPid(ctx, Number(m[1]));
    return ns ? { ns } : { errno: 'ENOENT' };
  }
  // Any other file: open() works if it exists, setns() then refuses it.
  try {
    ctx.io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { errno: 'ENOENT' };
    if (code === 'EACCES') return { errno: 'EACCES' };
  }
  return { errno: 'EINVAL' };
}

/** strtoul_or_err() of util-linux: digits only, else "MSG: 'STR'". */
export function parseUnsigned(s: string): number | null {
  if (!/^\s*\+?\d+$/.test(s)) return null;
  const v = Number(s.trim());
  return v <= 0xffffffff ? v : null;
}

/** exec_shell(): ${SHELL:-/bin/sh}. An interactive bash under iplab gets
 * iplab's rc file, so its prompt names the namespace it runs in (a real
 * exec_shell() starts a login shell, whose profile could reset PATH). */
export function shellArgv(ctx: ToolContext): string[] {
  const sh = ctx.env.SHELL || '/bin/sh';
  const rc = ctx.env.IPLAB_RCFILE;
  if (rc && /(^|\/)bash$/.test(sh)) return [sh, '--rcfile', rc];
  return [sh];
}
