// Keeping the host's networking programs out of `iplab run` and `iplab shell`.
//
// Two layers:
// 1. Always: the shims come first on PATH, and BASH_ENV defines bash
//    functions for the absolute paths (/usr/sbin/ip ...). This catches what a
//    script types by name, but not `exec /sbin/ip`, `sh -c /sbin/ip`,
//    `command /sbin/ip`, xargs or a Python subprocess by absolute path.
// 2. On Linux, when the `unshare` and `mount` programs work (as root, or
//    with unprivileged user namespaces): the script runs in its own mount
//    namespace where every networking program found on the host is covered
//    by a bind mount of one refusing/emulating shim, whatever path reaches it.
//    Stage 1 (a new mount namespace; a user namespace too unless root) makes
//    the bind mounts; stage 2 enters a further user+mount namespace, in which
//    the inherited mounts are locked (MNT_LOCKED: they cannot be unmounted to
//    uncover the real programs), and runs the script as the caller's own
//    uid/gid. The network namespace is never unshared: the state lock is an
//    abstract unix socket, which is per network namespace.
// Where layer 2 is not available, `IPLAB_ISOLATION=path` tells the script so
// (and `iplab run --help` says what then is and is not caught).

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TOOLS, NOT_EMULATED } from '../tools/registry';

/** Directories searched for networking programs besides $PATH. */
const SYSTEM_DIRS = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin', '/usr/libexec', '/opt/bin'];

function findProgram(name: string, dirs: string[]): string | undefined {
  for (const d of dirs) {
    const p = path.join(d, name);
    try {
      const st = fs.statSync(p);
      if (st.isFile() && st.mode & 0o111) return p;
    } catch {
      // not there
    }
  }
  return undefined;
}

function realpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Every existing file a networking program name resolves to, by real
 * path (a bind mount follows symlinks), minus what the machinery itself
 * needs (the shells, node, mount). */
export function coverTargets(pathDirs: string[], needed: string[]): string[] {
  const dirs = [...new Set([...SYSTEM_DIRS, ...pathDirs])];
  const keep = new Set(needed.map(realpath).filter((p): p is string => !!p));
  const names = [...new Set([...Object.keys(TOOLS), ...NOT_EMULATED])];
  const out = new Set<string>();
  for (const d of dirs) {
    for (const n of names) {
      const p = path.join(d, n);
      let st: fs.Stats;
      try {
        st = fs.statSync(p);
      } catch {
        continue;
      }
      if (!st.isFile()) continue;
      const r = realpath(p);
      if (r && !keep.has(r)) out.add(r);
    }
  }
  return [...out].sort();
}

/** The one shim bound over every target: it answers to the name it was
 * called by, so /usr/sbin/ip6tables and /usr/sbin/iptables (one file on
 * Debian) each say their own name. Its text is fixed (the build writes it to
 * dist/shims/.cover, next to an executable CLI); node and the CLI come from
 * IPLAB_NODE and IPLAB_CLI, and without them it refuses. */
export function coverShim(emulated: string[]): string {
  return (
    '#!/bin/sh\n' +
    '# iplab: this host program is covered inside `iplab run` / `iplab shell`.\n' +
    'n=${0##*/}\n' +
    `case "$n" in\n  ${emulated.join('|')})\n    [ -n "$IPLAB_CLI" ] && exec "\${IPLAB_NODE:-node}" "$IPLAB_CLI" --as "$n" "$@" ;;\nesac\n` +
    'echo "iplab: $n is not emulated yet" >&2\n' +
    'exit 127\n'
  );
}

export interface Isolation {
  mode: 'mount' | 'path';
  /** Why the mount layer is not used (for --help and IPLAB_ISOLATION_REASON). */
  reason?: string;
  unshare?: string;
  mount?: string;
}

const STAGE1_SCRIPT =
  // $1 an fstab of bind mounts (or /dev/null), then the command. One mount(8)
  // process makes them all; any failure stops the script from running.
  'tab=$1; shift\n' +
  '[ "$tab" = /dev/null ] || mount -a -T "$tab" || { echo "iplab: cannot cover the host networking programs; not running the script (IPLAB_ISOLATION=path runs it with PATH guards only)" >&2; exit 125; }\n' +
  // The real unshare comes in as fd 3 (its path may be covered by now).
  'u=$IPLAB_UID; g=$IPLAB_GID; unset IPLAB_UID IPLAB_GID\n' +
  'exec /proc/self/fd/3 --user --map-user="$u" --map-group="$g" --mount -- /bin/sh -c \'exec 3<&-; exec "$@"\' iplab "$@"\n';

function stage1Flags(): string[] {
  const root = process.getuid?.() === 0;
  return root ? ['--mount', '--propagation', 'private'] : ['--user', '--map-root-user', '--mount', '--propagation', 'private'];
}

let probed: Isolation | undefined;

/** Can this machine run scripts with covered programs? Probes once. */
export function probeIsolation(env: NodeJS.ProcessEnv): Isolation {
  if (probed) return probed;
  const done = (i: Isolation) => (probed = i);
  if (env.IPLAB_ISOLATION === 'path') return done({ mode: 'path', reason: 'IPLAB_ISOLATION=path' });
  if (process.platform !== 'linux') return done({ mode: 'path', reason: `not Linux (${process.platform})` });
  const dirs = (env.PATH ?? '').split(':').filter((d) => d && !d.includes('/shims'));
  const unshare = findProgram('unshare', ['/usr/bin', '/bin', ...dirs]);
  const mount = findProgram('mount', ['/usr/bin', '/bin', ...dirs]);
  if (!unshare || !mount) return done({ mode: 'path', reason: 'no unshare or mount program' });
  if (!fs.existsSync('/proc/self/fd')) return done({ mode: 'path', reason: 'no /proc' });
  const fd = fs.openSync(unshare, 'r');
  try {
    const r = spawnSync(unshare, [...stage1Flags(), '--', '/bin/sh', '-c', STAGE1_SCRIPT, 'iplab', '/dev/null', '/bin/sh', '-c', 'exit 0'], {
      stdio: ['ignore', 'ignore', 'pipe', fd],
      env: { PATH: process.env.PATH, IPLAB_UID: String(process.getuid?.() ?? 0), IPLAB_GID: String(process.getgid?.() ?? 0) },
    });
    if (r.status !== 0) return done({ mode: 'path', reason: `user/mount namespaces unavailable (${String(r.stderr ?? '').trim().split('\n')[0] || `status ${r.status}`})` });
  } finally {
    fs.closeSync(fd);
  }
  return done({ mode: 'mount', unshare, mount });
}

/** How to start argv with the host's networking programs out of reach, as
 * well as this machine allows: the program, its arguments, environment and
 * extra stdio (fd 3), and what to clean up once it has exited. */
export interface IsolatedCommand {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  stdio: ('inherit' | number)[];
  cleanup(): void;
}

export function isolatedCommand(argv: string[], env: NodeJS.ProcessEnv, cliPath: string, shimDir: string): IsolatedCommand {
  const iso = probeIsolation(env);
  if (iso.mode === 'path') {
    return { file: argv[0], args: argv.slice(1), env: { ...env, IPLAB_ISOLATION: 'path', IPLAB_ISOLATION_REASON: iso.reason }, stdio: ['inherit', 'inherit', 'inherit'], cleanup() {} };
  }
  const pathDirs = (env.PATH ?? '').split(':').filter((d) => d && path.resolve(d) !== path.resolve(shimDir));
  const targets = coverTargets(pathDirs, ['/bin/sh', argv[0], process.execPath, iso.mount!, '/usr/bin/env']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iplab-cover-'));
  // The built shim lives beside the CLI (a temporary directory may be
  // mounted noexec); a copy in the temporary directory if it is missing.
  let shim = path.join(shimDir, '.cover');
  if (!fs.existsSync(shim)) {
    shim = path.join(dir, 'shim');
    fs.writeFileSync(shim, coverShim(Object.keys(TOOLS)), { mode: 0o755 });
  }
  // fstab fields escape blanks and backslashes as octal.
  const esc = (p: string) => p.replace(/[\\ \t\n]/g, (c) => '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'));
  const tab = path.join(dir, 'fstab');
  fs.writeFileSync(tab, targets.map((t) => `${esc(shim)} ${esc(t)} none bind 0 0\n`).join(''));
  const fd = fs.openSync(iso.unshare!, 'r');
  return {
    file: iso.unshare!,
    args: [...stage1Flags(), '--', '/bin/sh', '-c', STAGE1_SCRIPT, 'iplab', targets.length ? tab : '/dev/null', ...argv],
    env: { ...env, IPLAB_ISOLATION: 'mount', IPLAB_NODE: process.execPath, IPLAB_CLI: cliPath, IPLAB_UID: String(process.getuid?.() ?? 0), IPLAB_GID: String(process.getgid?.() ?? 0) },
    stdio: ['inherit', 'inherit', 'inherit', fd],
    cleanup() {
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs argv (a shell with a script, or an interactive shell) isolated, to the end. */
export function spawnIsolated(argv: string[], env: NodeJS.ProcessEnv, cliPath: string, shimDir: string): SpawnSyncReturns<Buffer> {
  const c = isolatedCommand(argv, env, cliPath, shimDir);
  try {
    return spawnSync(c.file, c.args, { stdio: c.stdio, env: c.env });
  } finally {
    c.cleanup();
  }
}
