// Runs inside `unshare --mount --net --propagation private` (started by
// sandbox.ts, never directly): reads {steps:[{argv, stdin?}]} as JSON on
// standard input, runs each command as its own process in the fresh network
// namespace and writes {kernel, steps:[{stdout, stderr, code}]} as JSON on
// standard output.
//
// Before a command that only reads state, after commands that changed it, the
// kernel's asynchronous work (link watch, carrier, DAD) is let settle: iplab
// models the settled state. Before a change that follows changes, pending
// work is let finish too (no stability window): a link brought down while its
// address is still in DAD would otherwise depend on timing.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { release } from 'node:os';
import { classify } from './classify';

interface DriverStep {
  argv: string[];
  stdin?: string;
}

const ENV = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LC_ALL: 'C',
  HOME: '/root',
};

const STABLE_MS = Number(process.env.IPLAB_SETTLE_STABLE_MS ?? 200);
const CAP_MS = Number(process.env.IPLAB_SETTLE_CAP_MS ?? 5000);
const POLL_MS = 40;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

function sh(argv: string[]): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: ENV, input: '' });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 255 };
}

/** One reading of every namespace of the sandbox (the sandbox's own and those
 * under its private /run/netns): links and addresses, without lifetimes that
 * count down, and what is still pending: an address in DAD on a link that
 * can run it, a carrier change link watch has not handled yet. */
function observe(): { text: string; pending: string[] } {
  let names: string[] = [];
  try {
    names = readdirSync('/run/netns').sort();
  } catch {
    /* none */
  }
  const parts: string[] = [];
  const pending: string[] = [];
  for (const ns of ['', ...names]) {
    const r = sh(ns ? ['ip', '-n', ns, 'addr'] : ['ip', 'addr']);
    parts.push(`[${ns}]\n${r.stdout}${r.stderr}`);
    pending.push(...pendingWork(r.stdout).map((p) => `${ns || '(sandbox)'}: ${p}`));
  }
  return { text: parts.join('').replace(/valid_lft \S+ preferred_lft \S+/g, ''), pending };
}

function pendingWork(addrOut: string): string[] {
  const links = new Map<string, { flags: string[]; tentative: boolean; readyOnce: boolean }>();
  let cur: { flags: string[]; tentative: boolean; readyOnce: boolean } | undefined;
  for (const line of addrOut.split('\n')) {
    const h = /^\d+: ([^:@]+)(?:@\S+)?: <([^>]*)>(.*)$/.exec(line);
    if (h) {
      cur = { flags: h[2].split(','), tentative: false, readyOnce: false };
      links.set(h[1], cur);
      continue;
    }
    if (cur && /^\s+inet6 /.test(line) && / tentative/.test(line) && !/dadfailed/.test(line)) cur.tentative = true;
    if (cur && /^\s+inet6 fe80:/.test(line) && !/ tentative/.test(line)) cur.readyOnce = true;
  }
  const out: string[] = [];
  const running = (f: string[]): boolean => f.includes('UP') && f.includes('LOWER_UP');
  for (const [name, l] of links) {
    // DAD runs on a link that has been ready (IF_READY), even after its
    // carrier went: a settled link-local address tells that it was.
    if (l.tentative && (running(l.flags) || (l.flags.includes('UP') && l.readyOnce))) out.push(`${name} has a tentative address`);
    // IFF_LOWER_UP follows the carrier at once, IFF_RUNNING (the absence of
    // NO-CARRIER) only when link watch has run, up to a second later for
    // devices whose events are not urgent (linkwatch_urgent_event()).
    // Either way round: carrier gained (LOWER_UP with NO-CARRIER) or lost
    // (UP, RUNNING still set: neither LOWER_UP nor NO-CARRIER).
    const f = l.flags;
    if (f.includes('UP') && f.includes('LOWER_UP') === f.includes('NO-CARRIER')) out.push(`${name} waits for link watch`);
  }
  return out;
}

/** Polls until nothing is pending and the reading is unchanged for
 * STABLE_MS, at most CAP_MS. Returns what was still pending at the cap. */
function settle(): string[] {
  const start = Date.now();
  let prev = observe();
  let since = Date.now();
  for (;;) {
    const now = Date.now();
    if (prev.pending.length === 0 && now - since >= STABLE_MS) return [];
    if (now - start >= CAP_MS) return prev.pending.length ? prev.pending : ['state still changing'];
    sleep(POLL_MS);
    const cur = observe();
    if (cur.text !== prev.text) since = Date.now();
    prev = cur;
  }
}

/** Polls until nothing is pending (DAD on a running link, link watch), at
 * most CAP_MS; no stability window. */
function settlePending(): string[] {
  const start = Date.now();
  for (;;) {
    const cur = observe();
    if (cur.pending.length === 0) return [];
    if (Date.now() - start >= CAP_MS) return cur.pending;
    sleep(POLL_MS);
  }
}

function main(): void {
  const input = JSON.parse(readFileSync(0, 'utf8')) as { steps: DriverStep[]; timeoutMs?: number };
  const m = sh(['mount', '-t', 'tmpfs', 'tmpfs', '/run/netns']);
  if (m.status !== 0) throw new Error(`mount tmpfs on /run/netns failed: ${m.stderr}`);
  // A sysfs of the sandbox's own network namespace (as `ip netns exec` mounts
  // one): /sys/class/net then lists the sandbox's devices, not the host's, and
  // `ip tuntap show` reads their tun_flags/owner/group there.
  const sys = sh(['mount', '-t', 'sysfs', 'sysfs', '/sys']);
  if (sys.status !== 0) throw new Error(`mount sysfs on /sys failed: ${sys.stderr}`);
  const results: { stdout: string; stderr: string; code: number; settleWarning?: string }[] = [];
  let dirty = false;
  for (const step of input.steps) {
    const cls = classify(step.argv);
    let warning: string | undefined;
    if (cls.readOnly && dirty) {
      const left = settle();
      if (left.length) warning = `did not settle in ${CAP_MS} ms: ${left.join('; ')}`;
      dirty = false;
    } else if (dirty) {
      // A change after changes: let pending DAD and link watch finish first
      // (no stability wait), so that it acts on the settled state iplab models
      // rather than on whatever the kernel had reached by then.
      const left = settlePending();
      if (left.length) warning = `did not settle in ${CAP_MS} ms: ${left.join('; ')}`;
    }
    const r = spawnSync(step.argv[0], step.argv.slice(1), {
      encoding: 'utf8',
      env: ENV,
      input: step.stdin ?? '',
      timeout: input.timeoutMs ?? 60000,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) {
      const e = r.error as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') throw new Error(`${step.argv[0]}: not installed on this host (apt-get install it first)`);
      throw new Error(`${step.argv.join(' ')}: ${e.message}`);
    }
    if (r.signal) throw new Error(`${step.argv.join(' ')}: killed by ${r.signal}`);
    const code = r.status ?? 255;
    results.push({ stdout: r.stdout, stderr: r.stderr, code, ...(warning ? { settleWarning: warning } : {}) });
    // A failed command changed nothing (batch/restore modes may have applied a part).
    if (!cls.readOnly && (code === 0 || step.argv.some((a) => /batch|restore|^-b$/.test(a)))) dirty = true;
  }
  const out = JSON.stringify({ kernel: release(), steps: results });
  // Write synchronously in chunks: stdout is a pipe.
  const buf = Buffer.from(out + '\n');
  let off = 0;
  while (off < buf.length) off += writeSync(1, buf, off);
}

try {
  main();
} catch (e) {
  process.stderr.write(`sandbox: ${(e as Error).message}\n`);
  process.exit(3);
}
