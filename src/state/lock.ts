// A per-state-file mutex that the operating system releases when its holder
// dies, so a command killed with SIGKILL never wedges the next one.
//
// Linux: a listening socket in the abstract namespace ("\0iplab-<hash>"):
// bind() is atomic, fails with EADDRINUSE while held, and the name vanishes
// with the last file descriptor. Windows: a named pipe, same semantics.
// Elsewhere (macOS): a socket file next to the state; a stale one (connect
// refused) is removed and the bind retried.

import type * as netT from 'node:net';
import { realpathSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface Lock {
  release(): void;
}

function lockAddress(file: string): { addr: string; fileBacked: boolean } {
  let real = resolve(file);
  try {
    real = join(realpathSync(dirname(real)), basename(real));
  } catch {
    /* directory missing: the resolved path names it well enough */
  }
  const h = fnv1a64(real);
  if (process.platform === 'linux') return { addr: `\0iplab-${h}`, fileBacked: false };
  if (process.platform === 'win32') return { addr: `\\\\.\\pipe\\iplab-${h}`, fileBacked: false };
  return { addr: join(dirname(real), `.${basename(real)}.lock`), fileBacked: true };
}

// node:net is loaded only when a lock is taken: read-only commands never need it.
const net = (): typeof netT => require('node:net');

function tryListen(addr: string): Promise<netT.Server | null> {
  return new Promise((resolve, reject) => {
    const srv = net().createServer();
    srv.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') resolve(null);
      else reject(e);
    });
    srv.listen({ path: addr, exclusive: true }, () => {
      srv.unref();
      resolve(srv);
    });
  });
}

function isStale(addr: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net().connect({ path: addr });
    c.once('connect', () => {
      c.destroy();
      resolve(false);
    });
    c.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED' || e.code === 'ENOENT'));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function acquireLock(file: string): Promise<Lock> {
  const { addr, fileBacked } = lockAddress(file);
  let delay = 1;
  for (;;) {
    const srv = await tryListen(addr);
    if (srv) {
      return {
        release() {
          srv.close();
        },
      };
    }
    if (fileBacked && (await isStale(addr))) {
      try {
        unlinkSync(addr);
      } catch {
        /* someone else cleaned it */
      }
      continue;
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
}

/** FNV-1a, 64 bits, as hex: a short stable name for the lock (not security). */
function fnv1a64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(s)) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}
