// Runs inside the qemu guest (bundled by vm.ts into the initramfs as
// /iplab/guest.cjs and started by /init after the modules are loaded).
// Reads /iplab/batch.json ({jobs, timeoutMs, scenarios:[{name, steps}]}) and
// runs each scenario exactly as sandbox.ts does on the host: the sandbox
// driver in a fresh `unshare --mount --net --pid --fork --mount-proc
// --propagation private` sandbox, the steps as JSON on its standard input.
// Each answer goes to the second serial port (/dev/ttyS1; the first is the
// kernel console) as gzip+base64 between marker lines:
//   @@iplab-vm warn <base64 of what /init's modprobe reported> (when it did)
//   @@iplab-vm ready <uname -r> <uptime>
//   @@iplab-vm begin <index> <exit status>
//   <base64 lines of gzip({stdout, stderr})>
//   @@iplab-vm end <index>
//   @@iplab-vm done <uptime>
// Then the guest powers off.

import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { release } from 'node:os';
import { gzipSync } from 'node:zlib';

interface Batch {
  jobs: number;
  /** Environment for the sandbox driver (settle caps: the guest is slower). */
  env?: Record<string, string>;
  timeoutMs?: number;
  scenarios: { name: string; steps: { argv: string[]; stdin?: string }[] }[];
}

const out = openSync('/dev/ttyS1', 'w');
const emit = (s: string): void => {
  const b = Buffer.from(s);
  let off = 0;
  while (off < b.length) off += writeSync(out, b, off);
};

const uptime = (): string => readFileSync('/proc/uptime', 'utf8').split(' ')[0];

function runOne(sc: Batch['scenarios'][number], timeoutMs: number | undefined): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      'unshare',
      ['--mount', '--net', '--pid', '--fork', '--mount-proc', '--propagation', 'private', '--', process.execPath, '/iplab/driver.cjs'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const o: Buffer[] = [];
    const e: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => o.push(b));
    child.stderr.on('data', (b: Buffer) => e.push(b));
    child.on('error', (err) => resolve({ code: 255, stdout: '', stderr: String(err) }));
    child.on('close', (code) => resolve({ code: code ?? 255, stdout: Buffer.concat(o).toString(), stderr: Buffer.concat(e).toString() }));
    child.stdin.end(JSON.stringify({ steps: sc.steps, timeoutMs }));
  });
}

async function main(): Promise<void> {
  const batch = JSON.parse(readFileSync('/iplab/batch.json', 'utf8')) as Batch;
  Object.assign(process.env, batch.env ?? {});
  mkdirSync('/run/netns', { recursive: true });
  // What /init's modprobe reported: a module that did not load changes answers.
  let modErr = '';
  try {
    modErr = readFileSync('/run/iplab-modprobe.err', 'utf8');
  } catch {
    /* none */
  }
  if (modErr.trim()) emit(`@@iplab-vm warn ${Buffer.from(modErr).toString('base64')}\n`);
  emit(`@@iplab-vm ready ${release()} ${uptime()}\n`);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batch.scenarios.length) {
      const i = next++;
      const r = await runOne(batch.scenarios[i], batch.timeoutMs);
      const body = gzipSync(JSON.stringify({ stdout: r.stdout, stderr: r.stderr })).toString('base64');
      emit(`@@iplab-vm begin ${i} ${r.code}\n${body.replace(/.{1,76}/g, '$&\n')}@@iplab-vm end ${i}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(batch.jobs, batch.scenarios.length)) }, worker));
  emit(`@@iplab-vm done ${uptime()}\n`);
}

main()
  .catch((e) => emit(`@@iplab-vm error ${Buffer.from(String((e as Error).stack ?? e)).toString('base64')}\n`))
  .finally(() => {
    // Power off at once (sysrq o); if that fails, init exits and the kernel
    // panics, which qemu -no-reboot turns into an exit too.
    try {
      closeSync(out); // waits until the UART has sent everything
      writeFileSync('/proc/sysrq-trigger', 'o');
    } catch {
      process.exit(1);
    }
  });
