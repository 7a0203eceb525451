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

/** Typed arrays of the cache (the FIB's columns) beyond a few KiB live in a
 * binary file beside it, read back as views without any decoding: a million
 * routes load in milliseconds. */
function binPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.cache.bin`);
}

const BIN_MAGIC = 'iplab-bin1\n';
const INLINE_MAX = 4096;
type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const TYPED: Record<string, { new (b: ArrayBuffer, off: number, n: number): Typed; BYTES_PER_ELEMENT: number }> = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array };
const tagOf = (v: ArrayBufferView): string | undefined =>
  v instanceof Uint8Array ? 'u8' : v instanceof Uint16Array ? 'u16' : v instanceof Uint32Array ? 'u32' : v instanceof Int32Array ? 'i32' : v instanceof Float64Array ? 'f64' : undefined;

/** The cache as JSON text plus the binary blobs it refers to ({$bin: offset}). */
function encodeCache(id: string, data: unknown): { json: string; blobs: { off: number; v: ArrayBufferView }[]; size: number } {
  const blobs: { off: number; v: ArrayBufferView }[] = [];
  let size = 0;
  const json = JSON.stringify({ identity: id, data }, (_k, v) => {
    if (!ArrayBuffer.isView(v)) return v;
    const t = tagOf(v);
    if (!t) throw new Error('cache: unsupported typed array');
    const bytes = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    if (v.byteLength <= INLINE_MAX) return { $b64: bytes.toString('base64'), t };
    size = (size + 7) & ~7;
    blobs.push({ off: size, v });
    const ref = { $bin: size, t, n: v.byteLength / TYPED[t].BYTES_PER_ELEMENT };
    size += v.byteLength;
    return ref;
  });
  return { json, blobs, size };
}

/** A typed array of the given tag over bytes (a view when aligned, else a copy). */
function typedView(t: string, b: Buffer, off: number, n: number): Typed {
  const T = TYPED[t];
  if (!T) throw new Error(`cache: bad array type ${t}`);
  const at = b.byteOffset + off;
  if (at % T.BYTES_PER_ELEMENT === 0 && off + n * T.BYTES_PER_ELEMENT <= b.length) return new T(b.buffer as ArrayBuffer, at, n);
  const copy = new ArrayBuffer(n * T.BYTES_PER_ELEMENT);
  new Uint8Array(copy).set(b.subarray(off, off + n * T.BYTES_PER_ELEMENT));
  return new T(copy, 0, n);
}

/** Reads the cache for identity id; undefined when missing or stale. */
function readCache(file: string, id: string): unknown {
  const text = readFileSync(cachePath(file), 'utf8');
  let bin: Buffer | undefined;
  let base = 0;
  const cache = JSON.parse(text, (_k, v) => {
    if (v === null || typeof v !== 'object') return v;
    if (typeof v.$b64 === 'string') {
      const b = Buffer.from(v.$b64, 'base64');
      return typedView(v.t, b, 0, b.length / TYPED[v.t].BYTES_PER_ELEMENT);
    }
    if (typeof v.$bin === 'number') {
      if (!bin) {
        bin = readFileSync(binPath(file));
        const head = `${BIN_MAGIC}${id}\n`;
        if (bin.toString('latin1', 0, head.length) !== head) throw new Error('stale binary cache');
        base = (head.length + 7) & ~7;
      }
      return typedView(v.t, bin, base + v.$bin, v.n);
    }
    return v;
  });
  return cache && cache.identity === id ? cache.data : undefined;
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
    const data = readCache(file, id);
    if (data) return { file, kernel: kernelFromData(data, { fromCache: true }), identity: id };
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

function writeAtomic(file: string, content: string | Buffer): void {
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
    const { json, blobs, size } = encodeCache(id, data);
    if (blobs.length) {
      // The binary part first: a reader checks it names the same identity.
      const head = Buffer.from(`${BIN_MAGIC}${id}\n`, 'latin1');
      const base = (head.length + 7) & ~7;
      const buf = Buffer.alloc(base + size);
      head.copy(buf, 0);
      for (const { off, v } of blobs) Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(buf, base + off);
      writeAtomic(binPath(file), buf);
    }
    writeAtomic(cachePath(file), json);
  } catch {
    // A cache that cannot be written only costs speed.
  }
}

/** Writes the state atomically and refreshes the cache. */
export function saveState(file: string, kernel: Kernel): void {
  mkdirSync(dirname(file), { recursive: true });
  const data = kernelToData(kernel, 'yaml');
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
