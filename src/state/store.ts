// The state file: load, validate, lock, atomic save. This is the only module
// that touches the snapshot on disk.
//
// - The YAML file is the truth. Next to it, a JSON cache keyed by the YAML
//   file's identity (inode, size, mtime in ns) makes the common load a single
//   JSON.parse; a hand-edited YAML file changes that identity, so it is read
//   (and validated) again.
// - Saves write a temporary file and rename it over the old one, so a process
//   killed mid-save leaves either the old or the new state, never a torn one.
// - A lock serialises read-modify-write cycles of concurrent invocations (see
//   lock.ts); a killed holder releases it with its death.

import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { homedir } from 'node:os';
import { Kernel } from '../kernel/kernel';
import { kernelFromData, kernelToData, SnapshotError } from './snapshot';
import { toYaml } from './yaml-emit';
import { acquireLock, type Lock } from './lock';

export class StateFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`iplab: ${file}${line !== null ? `:${line}` : ''}: ${message}`);
  }
}

const HEADER = '# iplab state: an emulated Linux network stack (https://github.com/ — see README).\n# Edit with care: iplab validates this file on load.\n';

export function defaultStatePath(env: Record<string, string | undefined>): string {
  if (env.IPLAB_STATE) return resolve(env.IPLAB_STATE);
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'iplab', 'state.yaml');
}

function cachePath(file: string): string {
  return join(dirname(file), `.${basename(file)}.cache.json`);
}

function identity(st: BigIntStats): string {
  return `${st.ino}:${st.size}:${st.mtimeNs}`;
}

export interface LoadedState {
  file: string;
  kernel: Kernel;
  /** The YAML identity at load time ('' when the file did not exist). */
  identity: string;
}

/** Reads the state (fresh when the file does not exist). Throws StateFileError. */
export function loadState(file: string): LoadedState {
  let st: BigIntStats;
  try {
    st = statSync(file, { bigint: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { file, kernel: new Kernel(), identity: '' };
    throw new StateFileError(file, null, (e as Error).message);
  }
  const id = identity(st);
  try {
    const cache = JSON.parse(readFileSync(cachePath(file), 'utf8'));
    if (cache && cache.identity === id) return { file, kernel: kernelFromData(cache.data, { fromCache: true }), identity: id };
  } catch {
    // No usable cache: read the YAML.
  }
  const text = readFileSync(file, 'utf8');
  const data = parseYaml(file, text);
  let kernel: Kernel;
  try {
    kernel = kernelFromData(data.value);
  } catch (e) {
    if (e instanceof SnapshotError) throw new StateFileError(file, data.lineOf(e.path), `${e.path.join('.') || '(top)'}: ${e.message}`);
    throw new StateFileError(file, null, `not a valid iplab state: ${(e as Error).message}`);
  }
  writeCache(file, id, kernelToData(kernel, true));
  return { file, kernel, identity: id };
}

function parseYaml(file: string, text: string): { value: unknown; lineOf: (p: (string | number)[]) => number | null } {
  // The yaml package is loaded only here: valid caches never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const YAML = require('yaml') as typeof import('yaml');
  const lc = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line;
    throw new StateFileError(file, line, `not valid YAML: ${err.message.split('\n')[0]}`);
  }
  const value = doc.toJS({ maxAliasCount: 100 });
  const lineOf = (p: (string | number)[]): number | null => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lc.linePos(node.range[0]).line;
      // A key whose value is missing: report the parent mapping's line.
    }
    return 1;
  };
  return { value, lineOf };
}

function writeAtomic(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

function writeCache(file: string, id: string, data: unknown): void {
  try {
    writeAtomic(cachePath(file), JSON.stringify({ identity: id, data }));
  } catch {
    // A cache that cannot be written only costs speed.
  }
}

/** Writes the state atomically and refreshes the cache. */
export function saveState(file: string, kernel: Kernel): void {
  mkdirSync(dirname(file), { recursive: true });
  const data = kernelToData(kernel);
  writeAtomic(file, toYaml(data, HEADER));
  const st = statSync(file, { bigint: true });
  writeCache(file, identity(st), kernelToData(kernel, true));
}

export interface Session extends LoadedState {
  lock: Lock;
  /** Save (if changed) and release the lock; kernel: the model that was
   * changed (the session's own unless the caller ran on an earlier load). */
  close(changed: boolean, kernel?: Kernel): void;
}

/** Lock, then load: the unit of every command that may change the state. */
export async function openSession(file: string): Promise<Session> {
  mkdirSync(dirname(file), { recursive: true });
  const lock = await acquireLock(file);
  let loaded: LoadedState;
  try {
    loaded = loadState(file);
  } catch (e) {
    lock.release();
    throw e;
  }
  return {
    ...loaded,
    lock,
    close(changed: boolean, kernel: Kernel = loaded.kernel) {
      try {
        if (changed) saveState(file, kernel);
      } finally {
        lock.release();
      }
    },
  };
}
