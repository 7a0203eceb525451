// The VM recorder: runs scenarios on a real kernel that has the modules the
// host kernel lacks (vrf, 8021q, ipvlan, dummy…), in a qemu+KVM guest booted
// with Debian's linux-image-amd64. Root only, at record time only; nothing
// here runs under `npm test`.
//
// The guest has no network device (`-nic none`) and no disk: everything it
// needs is in an initramfs built from the host's own programs (ip, iptables,
// sysctl, unshare, node…, their shared libraries found with ldd) and the
// kernel's modules (closure over modules.dep), cached in .cache/vm/
// (gitignored; rebuilt when a file or the bundles change). Each batch of
// scenarios is appended as a second cpio archive; the guest boots once,
// runs every scenario with the same sandbox driver as the host
// (guest.ts → sandbox-driver.ts in `unshare --mount --net --pid --fork
// --mount-proc`) and writes the answers to its second serial port, which
// qemu writes to a file; then it powers off.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdtempSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CONFORMANCE_DIR, type Scenario } from '../scenario';
import { decodeDriverAnswer, type SandboxResult } from '../sandbox';
import { cpio, S_IFCHR, S_IFDIR, S_IFLNK, type CpioEntry } from './cpio';

export const VM_CACHE = join(CONFORMANCE_DIR, '..', '.cache', 'vm');

/** Programs copied into the guest when the host has them (scenarios may run
 * any of them; `sh` runs /init). */
const PROGRAMS = [
  'sh', 'dash', 'ip', 'bridge', 'tc', 'ss', 'sysctl', 'unshare', 'nsenter', 'lsns', 'mount', 'umount', 'mkdir', 'cat',
  'sleep', 'uname', 'true', 'false', 'echo', 'ls', 'env', 'dmesg', 'modprobe', 'insmod', 'lsmod', 'kmod',
  'iptables', 'ip6tables', 'iptables-save', 'iptables-restore', 'ip6tables-save', 'ip6tables-restore',
  'iptables-nft', 'ip6tables-nft', 'iptables-nft-save', 'iptables-nft-restore', 'ip6tables-nft-save',
  'ip6tables-nft-restore', 'iptables-legacy', 'ip6tables-legacy', 'xtables-nft-multi', 'xtables-legacy-multi',
  'ipset', 'conntrack', 'ping', 'route', 'netstat', 'arp', 'node',
];

/** Host files and directories the programs read. */
const DATA = [
  '/etc/ld.so.cache', '/etc/protocols', '/etc/services', '/etc/ethertypes', '/etc/nsswitch.conf', '/etc/passwd',
  '/etc/networks', '/etc/host.conf', '/etc/resolv.conf', '/etc/gai.conf',
  '/etc/group', '/etc/hosts', '/etc/iproute2', '/usr/share/iproute2', '/usr/lib/iproute2', '/etc/xtables',
  '/usr/lib/x86_64-linux-gnu/xtables', '/etc/netconfig',
];

/** Modules the guest may need (with their modules.dep closure); loaded on
 * demand by the kernel (request_module → /sbin/modprobe). Tunnel drivers
 * (ip_gre, ipip, sit, ip6_tunnel…) are left out on purpose: loading them
 * adds fallback devices (gre0, tunl0, sit0…) to every new namespace. */
const MODULE_DIRS = /^kernel\/net\/(netfilter|ipv4\/netfilter|ipv6\/netfilter|bridge|8021q|802|llc|sched)\//;
const MODULE_FILES = /^kernel\/drivers\/net\/(vrf|macvlan|macvtap|tap|ipvlan\/ipvlan|ipvlan\/ipvtap|dummy|veth|ifb|tun|vxlan\/vxlan|geneve|nlmon)\.ko/;

/** Loaded by /init before the first scenario: the kinds the VM exists for,
 * and what the host kernel has built in (bridge, br_netfilter, conntrack,
 * nf_tables…), so that a fresh namespace looks alike on both. */
const PRELOAD = [
  'vrf', '8021q', 'macvlan', 'ipvlan', 'dummy', 'veth', 'bridge', 'br_netfilter', 'ip_set', 'x_tables', 'nf_conntrack',
  'nf_nat', 'nf_tables', 'nft_compat', 'nft_chain_nat', 'vxlan', 'tun', 'ifb',
];

const INIT = `#!/bin/sh
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
modprobe -a ${PRELOAD.join(' ')} 2>/run/iplab-modprobe.err
node /iplab/guest.cjs
echo o > /proc/sysrq-trigger
`;

export interface VmKernel {
  version: string;
  vmlinuz: string;
  modules: string;
}

const log = (s: string): void => void process.stderr.write(`vm: ${s}\n`);

function which(prog: string): string | undefined {
  for (const d of ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']) {
    const p = join(d, prog);
    if (existsSync(p)) return p;
  }
  return undefined;
}

function findKernel(): VmKernel | undefined {
  let boot: string[] = [];
  try {
    boot = readdirSync('/boot');
  } catch {
    return undefined;
  }
  const versions = boot
    .filter((f) => f.startsWith('vmlinuz-'))
    .map((f) => f.slice('vmlinuz-'.length))
    .filter((v) => existsSync(`/lib/modules/${v}/modules.dep`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const v = versions.at(-1);
  return v ? { version: v, vmlinuz: `/boot/vmlinuz-${v}`, modules: `/lib/modules/${v}` } : undefined;
}

/** Installs qemu, the Debian kernel and kmod with apt when one is missing. */
export function ensureVmTools(): VmKernel {
  let k = findKernel();
  if (!k || !which('qemu-system-x86_64') || !which('modprobe')) {
    const pkgs = ['qemu-system-x86', 'linux-image-amd64', 'kmod'];
    log(`installing ${pkgs.join(' ')} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = (): number =>
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], { stdio: ['ignore', 'ignore', 'inherit'], env }).status ?? 1;
    if (install() !== 0) {
      spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
      if (install() !== 0) throw new Error(`apt-get install ${pkgs.join(' ')} failed`);
    }
    k = findKernel();
    if (!k) throw new Error('no /boot/vmlinuz-* with its /lib/modules after installing linux-image-amd64');
  }
  return k;
}

/** The files of the guest's root, copied from the host as they are there:
 * symbolic links stay links (multi-call programs such as
 * xtables-nft-multi look at the name they were run by) and their targets
 * come along. */
class Tree {
  readonly entries = new Map<string, { mode: number; link?: string; src?: string; data?: Buffer; rdev?: [number, number] }>();
  private lddDone = new Set<string>();

  dir(p: string): void {
    const parts = p.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const q = '/' + parts.slice(0, i).join('/');
      if (!this.entries.has(q)) this.entries.set(q, { mode: S_IFDIR | 0o755 });
    }
  }

  /** A host symbolic link alone (not its target). */
  link(p: string): void {
    try {
      if (lstatSync(p).isSymbolicLink()) this.entries.set(p, { mode: S_IFLNK | 0o777, link: readlinkSync(p) });
    } catch {
      /* absent */
    }
  }

  /** Adds a host path (file, link or directory tree); returns false when
   * the host has no such path. */
  add(p: string, withLibs = true): boolean {
    const parts = p.split('/').filter(Boolean);
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      const next = `${cur}/${parts[i]}`;
      let st;
      try {
        st = lstatSync(next);
      } catch {
        return false;
      }
      const rest = parts.slice(i + 1).join('/');
      if (st.isSymbolicLink()) {
        const target = readlinkSync(next);
        this.dir(cur || '/');
        this.entries.set(next, { mode: S_IFLNK | 0o777, link: target });
        const real = resolve(dirname(next), target);
        return this.add(rest ? `${real}/${rest}` : real, withLibs);
      }
      if (st.isDirectory()) {
        this.dir(next);
        if (i === parts.length - 1) for (const e of readdirSync(next).sort()) this.add(`${next}/${e}`, withLibs);
        cur = next;
        continue;
      }
      if (!st.isFile() || i !== parts.length - 1) return false;
      this.dir(cur || '/');
      if (!this.entries.has(next)) {
        this.entries.set(next, { mode: st.mode, src: next });
        if (withLibs) this.libs(next);
      }
      return true;
    }
    return true;
  }

  /** The shared libraries of an ELF file, as ldd resolves them on the host. */
  private libs(file: string): void {
    if (this.lddDone.has(file)) return;
    this.lddDone.add(file);
    const head = Buffer.alloc(4);
    try {
      const fd = openSync(file, 'r');
      readSync(fd, head, 0, 4, 0);
      closeSync(fd);
    } catch {
      return;
    }
    if (head.toString('latin1') !== '\x7fELF') return;
    const r = spawnSync('ldd', [file], { encoding: 'utf8' });
    for (const line of (r.stdout ?? '').split('\n')) {
      const m = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
      if (m) this.add(m[1]);
    }
  }

  /** A key that changes when any file changes (size or time). */
  manifest(): string {
    const h = createHash('sha256');
    for (const [p, e] of [...this.entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      h.update(`${p}\0${e.mode}\0${e.link ?? ''}\0`);
      if (e.src) {
        const st = statSync(e.src);
        h.update(`${st.size}\0${st.mtimeMs}\0`);
      }
      if (e.data) h.update(e.data);
    }
    return h.digest('hex').slice(0, 16);
  }

  toCpio(): Buffer {
    const list: CpioEntry[] = [];
    for (const [p, e] of [...this.entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (e.link !== undefined) list.push({ name: p, mode: e.mode, data: Buffer.from(e.link) });
      else if (e.src) list.push({ name: p, mode: e.mode, data: readFileSync(e.src) });
      else list.push({ name: p, mode: e.mode, data: e.data, rdev: e.rdev });
    }
    return cpio(list);
  }
}

function moduleClosure(k: VmKernel): string[] {
  const deps = new Map<string, string[]>();
  const byName = new Map<string, string>();
  const modName = (path: string): string => path.replace(/^.*\//, '').replace(/\.ko(\..*)?$/, '').replace(/-/g, '_');
  for (const line of readFileSync(join(k.modules, 'modules.dep'), 'utf8').split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    deps.set(m[1], m[2].split(/\s+/).filter(Boolean));
    byName.set(modName(m[1]), m[1]);
  }
  // Soft dependencies (modules.softdep, "softdep libcrc32c pre: crc32c")
  // name modules or aliases (modules.alias): modprobe loads them first, and
  // without them a module may fail to initialise (libcrc32c needs a crc32c
  // implementation: "Unknown symbol in module").
  const aliases = new Map<string, string[]>();
  for (const line of readFileSync(join(k.modules, 'modules.alias'), 'utf8').split('\n')) {
    const m = /^alias (\S+) (\S+)$/.exec(line);
    if (m && !/[*?[]/.test(m[1])) aliases.set(m[1], [...(aliases.get(m[1]) ?? []), m[2]]);
  }
  const soft = new Map<string, string[]>();
  for (const line of readFileSync(join(k.modules, 'modules.softdep'), 'utf8').split('\n')) {
    const m = /^softdep (\S+) (.*)$/.exec(line);
    if (m) soft.set(m[1].replace(/-/g, '_'), m[2].split(/\s+/).filter((w) => w && !w.endsWith(':')));
  }
  const want = new Set<string>();
  const visit = (m: string): void => {
    if (want.has(m)) return;
    want.add(m);
    for (const d of deps.get(m) ?? []) visit(d);
    for (const name of soft.get(modName(m)) ?? []) {
      for (const target of byName.has(name.replace(/-/g, '_')) ? [name] : (aliases.get(name) ?? [])) {
        const path = byName.get(target.replace(/-/g, '_'));
        if (path) visit(path);
      }
    }
  };
  for (const m of deps.keys()) if (MODULE_DIRS.test(m) || MODULE_FILES.test(m)) visit(m);
  return [...want].sort();
}

async function bundle(entry: string): Promise<Buffer> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  return Buffer.from(r.outputFiles[0].contents);
}

/** The cached base image (path), built when missing or out of date. */
export async function baseImage(k: VmKernel): Promise<string> {
  const t = new Tree();
  for (const p of PROGRAMS) {
    const w = which(p);
    if (w) t.add(w);
  }
  for (const d of DATA) t.add(d);
  for (const f of readdirSync(k.modules)) if (f.startsWith('modules.')) t.add(join(k.modules, f), false);
  for (const m of moduleClosure(k)) t.add(join(k.modules, m), false);
  for (const d of ['/proc', '/sys', '/dev', '/run', '/tmp', '/root', '/iplab']) t.dir(d);
  // The merged-/usr links (/sbin/modprobe is the kernel's module helper,
  // /proc/sys/kernel/modprobe): only the links, not what they point to.
  for (const d of ['/bin', '/sbin', '/lib', '/lib64']) t.link(d);
  t.entries.set('/dev/console', { mode: S_IFCHR | 0o600, rdev: [5, 1] });
  t.entries.set('/dev/null', { mode: S_IFCHR | 0o666, rdev: [1, 3] });
  t.entries.set('/init', { mode: 0o100755, data: Buffer.from(INIT) });
  t.entries.set('/iplab/guest.cjs', { mode: 0o100644, data: await bundle(join(CONFORMANCE_DIR, 'vm', 'guest.ts')) });
  t.entries.set('/iplab/driver.cjs', { mode: 0o100644, data: await bundle(join(CONFORMANCE_DIR, 'sandbox-driver.ts')) });
  const key = `${k.version}-${t.manifest()}`;
  const path = join(VM_CACHE, `base-${key}.cpio`);
  if (existsSync(path)) return path;
  mkdirSync(VM_CACHE, { recursive: true });
  for (const f of readdirSync(VM_CACHE)) if (/^base-.*\.cpio$/.test(f)) rmSync(join(VM_CACHE, f));
  log(`building the guest image (${t.entries.size} entries)`);
  const img = t.toCpio();
  writeFileSync(path + '.tmp', img);
  spawnSync('mv', [path + '.tmp', path]);
  log(`wrote ${path} (${(img.length / 1e6).toFixed(0)} MB)`);
  return path;
}

/** KVM when it can run the Debian kernel. A host that is itself a PVM
 * guest (kvm_pvm: /dev/kvm present, but only PVM-enabled guest kernels
 * boot; Debian's hangs after "Probing EDD") gets qemu's emulator (TCG):
 * slower, same kernel. IPLAB_VM_ACCEL=kvm|tcg overrides. */
function accel(): 'kvm' | 'tcg' {
  const e = process.env.IPLAB_VM_ACCEL;
  if (e === 'kvm' || e === 'tcg') return e;
  return existsSync('/dev/kvm') && !existsSync('/sys/module/kvm_pvm') ? 'kvm' : 'tcg';
}

/** The uncompressed kernel (ELF vmlinux, cached), which qemu boots through
 * its PVH entry: no BIOS real-mode setup, no decompression (seconds under
 * TCG). Falls back to the bzImage when the payload cannot be unpacked. */
function vmlinux(k: VmKernel): string {
  const st = statSync(k.vmlinuz);
  const path = join(VM_CACHE, `vmlinux-${k.version}-${st.size}-${Math.round(st.mtimeMs)}`);
  if (existsSync(path)) return path;
  const img = readFileSync(k.vmlinuz);
  const at = img.indexOf(Buffer.from('fd377a585a00', 'hex')); // xz magic
  if (at < 0) return k.vmlinuz;
  const r = spawnSync('xz', ['-dcq'], { input: img.subarray(at), maxBuffer: 1 << 30 });
  // xz reports trailing garbage after the stream (exit 1): the ELF is whole.
  if (!r.stdout || r.stdout.length < 4 || r.stdout.subarray(0, 4).toString('latin1') !== '\x7fELF') return k.vmlinuz;
  mkdirSync(VM_CACHE, { recursive: true });
  for (const f of readdirSync(VM_CACHE)) if (f.startsWith('vmlinux-')) rmSync(join(VM_CACHE, f));
  writeFileSync(path, r.stdout);
  return path;
}

export interface VmRunOptions {
  jobs?: number;
  timeoutMs?: number;
  /** Keep the console log and the answers in .cache/vm/last-run/. */
  keep?: boolean;
}

/** Runs the scenarios in one boot of the guest; one result (or the error
 * that scenario met) per scenario, in order. */
export async function runOnVm(scs: Scenario[], opts: VmRunOptions = {}): Promise<(SandboxResult | Error)[]> {
  const k = ensureVmTools();
  const base = await baseImage(k);
  const batch = {
    jobs: opts.jobs ?? 4,
    // Under TCG the kernel's asynchronous work (DAD, link watch) and the
    // polling itself are slower: a longer cap before giving up settling.
    env: { IPLAB_SETTLE_CAP_MS: process.env.IPLAB_SETTLE_CAP_MS ?? '15000', ...(process.env.IPLAB_SETTLE_STABLE_MS ? { IPLAB_SETTLE_STABLE_MS: process.env.IPLAB_SETTLE_STABLE_MS } : {}) },
    timeoutMs: opts.timeoutMs,
    scenarios: scs.map((sc) => ({ name: sc.name, steps: sc.steps.map((s) => ({ argv: s.argv, stdin: s.stdin })) })),
  };
  mkdirSync(VM_CACHE, { recursive: true });
  const dir = mkdtempSync(join(VM_CACHE, 'run-'));
  try {
    const initrd = join(dir, 'initrd.cpio');
    writeFileSync(initrd, Buffer.concat([readFileSync(base), cpio([{ name: '/iplab/batch.json', mode: 0o100644, data: Buffer.from(JSON.stringify(batch)) }])]));
    const consoleLog = join(dir, 'console.txt');
    const answers = join(dir, 'answers.txt');
    const args = [
      '-machine', `q35,accel=${accel()}`, ...(accel() === 'tcg' ? ['-cpu', 'max'] : []), '-m', '2048', '-smp', '2',
      '-nodefaults', '-no-user-config', '-display', 'none', '-nic', 'none', '-no-reboot',
      '-kernel', vmlinux(k), '-initrd', initrd,
      '-append', process.env.IPLAB_VM_APPEND ?? 'console=ttyS0 panic=-1 quiet loglevel=3',
      '-serial', `file:${consoleLog}`, '-serial', `file:${answers}`,
    ];
    const limit = 120_000 + 60_000 * Math.ceil(scs.length / batch.jobs);
    const t0 = Date.now();
    let tReady = 0;
    let tDone = 0;
    await new Promise<void>((res, rej) => {
      const q = spawn('qemu-system-x86_64', args, { stdio: ['ignore', 'inherit', 'inherit'] });
      const timer = setTimeout(() => q.kill('SIGKILL'), limit);
      const probe = setInterval(() => {
        const t = existsSync(answers) ? readFileSync(answers, 'latin1') : '';
        if (!tReady && t.includes('ready')) tReady = Date.now() - t0;
        if (!tDone && t.includes('done')) tDone = Date.now() - t0;
      }, 100);
      q.on('close', () => clearInterval(probe));
      q.on('error', rej);
      q.on('close', () => {
        clearTimeout(timer);
        res();
      });
    });
    const text = existsSync(answers) ? readFileSync(answers, 'latin1').replace(/\r/g, '') : '';
    const results: (SandboxResult | Error)[] = scs.map((sc) => new Error(`${sc.name}: no answer from the VM`));
    let kernel = '';
    let cur: { i: number; code: number; b64: string[] } | undefined;
    let done = false;
    let up0 = '';
    let up1 = '';
    for (const line of text.split('\n')) {
      let m: RegExpExecArray | null;
      if ((m = /^@@iplab-vm ready (\S+) (\S+)$/.exec(line))) [kernel, up0] = [m[1], m[2]];
      else if ((m = /^@@iplab-vm begin (\d+) (\d+)$/.exec(line))) cur = { i: Number(m[1]), code: Number(m[2]), b64: [] };
      else if ((m = /^@@iplab-vm end (\d+)$/.exec(line)) && cur && cur.i === Number(m[1])) {
        const sc = scs[cur.i];
        try {
          const r = JSON.parse(gunzipSync(Buffer.from(cur.b64.join(''), 'base64')).toString()) as { stdout: string; stderr: string };
          results[cur.i] = decodeDriverAnswer(sc, cur.code, r.stdout, r.stderr);
        } catch (e) {
          results[cur.i] = e as Error;
        }
        cur = undefined;
      } else if ((m = /^@@iplab-vm warn (\S+)$/.exec(line))) log(`guest: ${Buffer.from(m[1], 'base64').toString().trim()}`);
      else if ((m = /^@@iplab-vm error (\S+)$/.exec(line))) log(`guest runner failed: ${Buffer.from(m[1], 'base64').toString()}`);
      else if ((m = /^@@iplab-vm done (\S+)$/.exec(line))) [done, up1] = [true, m[1]];
      else if (cur) cur.b64.push(line);
    }
    if (!done) {
      const tail = existsSync(consoleLog) ? readFileSync(consoleLog, 'latin1').replace(/\r/g, '').split('\n').slice(-30).join('\n') : '';
      log(`the guest did not finish (${((Date.now() - t0) / 1000).toFixed(1)} s${Date.now() - t0 >= limit ? ', killed at the time limit' : ''}); console:\n${tail}`);
    } else log(`${kernel}: ${scs.length} scenarios in ${((Date.now() - t0) / 1000).toFixed(1)} s (guest: booted in ${up0} s, ran them in ${(Number(up1) - Number(up0)).toFixed(1)} s; host saw ready at ${tReady} ms, done at ${tDone} ms)`);
    return results;
  } finally {
    if (opts.keep) {
      rmSync(join(VM_CACHE, 'last-run'), { recursive: true, force: true });
      rmSync(join(dir, 'initrd.cpio'), { force: true });
      spawnSync('mv', [dir, join(VM_CACHE, 'last-run')]);
    } else rmSync(dir, { recursive: true, force: true });
  }
}
