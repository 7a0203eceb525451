// `ip route save | restore | showdump` and `ip rule save | restore` against
// dumps written by the real tools (test/fixtures/route-dump, recorded by
// scripts/record-route-dumps.sh on the kernel named in kernel.txt). The
// conformance step format has no redirection, so the binary side is checked
// here: iplab's dump must equal the kernel's byte for byte, except nlmsg_seq
// (time(NULL) + 1 when ip ran) and nlmsg_pid (ip's pid), which are masked.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKernel, runTool, type Kernel } from '../src/lib';

const DIR = join(__dirname, 'fixtures/route-dump');
const SETUP = readFileSync(join(DIR, 'setup.sh'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
const DUMPS = readFileSync(join(DIR, 'dumps.txt'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => {
    const [file, ...cmd] = l.split(' ');
    return { file, cmd };
  });

function world(): Kernel {
  const k = createKernel();
  for (const line of SETUP) {
    const r = runTool(k, line.split(' '));
    if (r.code !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
  return k;
}

/** The dump with every message's nlmsg_seq and nlmsg_pid zeroed. */
function masked(b: Uint8Array): Buffer {
  const d = Buffer.from(b);
  for (let at = 4; at + 16 <= d.length; ) {
    const len = d.readUInt32LE(at);
    d.fill(0, at + 8, at + 16);
    at += (len + 3) & ~3;
    if (len < 16) break;
  }
  return d;
}

const bin = (s: string): Buffer => Buffer.from(s, 'latin1');
const fixture = (f: string): Buffer => readFileSync(join(DIR, f));

describe('ip route save / ip rule save: the kernel dump, byte for byte', () => {
  const k = world();
  for (const { file, cmd } of DUMPS) {
    it(`${cmd.join(' ')} = ${file}`, () => {
      const r = runTool(k, cmd);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(masked(bin(r.stdout)).toString('hex')).toBe(masked(fixture(file)).toString('hex'));
    });
  }
  it('the header holds the time and the pid as the kernel fills them', () => {
    const out = bin(runTool(k, ['ip', 'route', 'save'], { env: { IPLAB_PID: '4242' } }).stdout);
    expect(out.readUInt32LE(0)).toBe(0x45311224);
    expect(out.readUInt32LE(4 + 12)).toBe(4242);
    const seq = out.readUInt32LE(4 + 8);
    expect(Math.abs(seq - (Math.floor(Date.now() / 1000) + 1))).toBeLessThanOrEqual(2);
  });
});

describe('routes through nexthop objects: RTA_NH_ID in the dump', () => {
  const SETUP_NH = readFileSync(join(DIR, 'setup-nh.sh'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const nhWorld = (): Kernel => {
    const k = createKernel();
    for (const line of SETUP_NH) {
      const r = runTool(k, line.split(' '));
      if (r.code !== 0) throw new Error(`${line}: ${r.stderr}`);
    }
    return k;
  };
  it('ip route save / ip -6 route save = nh4.bin / nh6.bin', () => {
    const k = nhWorld();
    expect(masked(bin(runTool(k, ['ip', 'route', 'save']).stdout)).toString('hex')).toBe(masked(fixture('nh4.bin')).toString('hex'));
    expect(masked(bin(runTool(k, ['ip', '-6', 'route', 'save']).stdout)).toString('hex')).toBe(masked(fixture('nh6.bin')).toString('hex'));
  });
  it('restoring them stops at the first route: id and next hops are mutually exclusive (restore-nh.txt)', () => {
    const k = nhWorld();
    const run = (argv: string[], stdin: Uint8Array): string => {
      const r = runTool(k, argv, { stdin });
      return r.stderr + r.stdout + `rc=${r.code}\n`;
    };
    expect(run(['ip', 'route', 'restore'], fixture('nh4.bin')) + run(['ip', '-6', 'route', 'restore'], fixture('nh6.bin'))).toBe(readFileSync(join(DIR, 'restore-nh.txt'), 'utf8'));
  });
});

describe('ip route showdump / restore of real dumps', () => {
  it('showdump prints what ip route show printed on the kernel', () => {
    const k = world();
    const show = runTool(k, ['ip', 'route', 'showdump'], { stdin: fixture('all.bin') });
    expect(show.code).toBe(0);
    const list = runTool(k, ['ip', 'route', 'show', 'table', 'all']);
    expect(show.stdout).toBe(list.stdout);
  });

  // The kernel's answers to the same restores, recorded by the script.
  const run = (k: Kernel, argv: string[], stdin?: Uint8Array, rc = false): string => {
    const r = runTool(k, argv, stdin ? { stdin } : {});
    return r.stderr + r.stdout + (rc ? `rc=${r.code}\n` : '');
  };

  it('restore into the namespace the dumps came from (restore-same.txt)', () => {
    const k = world();
    const got = run(k, ['ip', 'route', 'restore'], fixture('main4.bin'), true) + run(k, ['ip', 'rule', 'restore'], fixture('rule4.bin'), true) + run(k, ['ip', 'rule', 'show']);
    expect(got).toBe(readFileSync(join(DIR, 'restore-same.txt'), 'utf8'));
  });

  it('restore into a namespace with the links and addresses only (restore-fresh.txt)', () => {
    const k = createKernel();
    for (const line of SETUP.filter((l) => !/ (route|rule) /.test(l))) runTool(k, line.split(' '));
    const got =
      run(k, ['ip', 'route', 'restore'], fixture('all.bin'), true) +
      run(k, ['ip', 'route', 'show', 'table', 'all']) +
      run(k, ['ip', '-6', 'rule', 'restore'], fixture('rule6.bin'), true) +
      run(k, ['ip', '-6', 'rule', 'show']);
    expect(got).toBe(readFileSync(join(DIR, 'restore-fresh.txt'), 'utf8'));
  });

  it('restore and showdump refuse a terminal and a wrong magic as ip does', () => {
    const k = world();
    expect(runTool(k, ['ip', 'route', 'save'], { isatty: true })).toEqual({ stdout: '', stderr: 'Not sending a binary stream to stdout\n', code: 1 });
    expect(runTool(k, ['ip', 'route', 'restore'], { stdinIsatty: true })).toEqual({ stdout: '', stderr: "Can't restore route dump from a terminal\n", code: 1 });
    expect(runTool(k, ['ip', 'rule', 'save'], { isatty: true })).toEqual({ stdout: '', stderr: 'Not sending a binary stream to stdout\n', code: 1 });
    expect(runTool(k, ['ip', 'rule', 'restore'], { stdinIsatty: true })).toEqual({ stdout: '', stderr: "Can't restore rule dump from a terminal\n", code: 255 });
    expect(runTool(k, ['ip', 'route', 'restore'], { stdin: 'hello\n' }).stderr).toBe('Magic mismatch (1 elems, 6c6c6568 magic)\n');
    expect(runTool(k, ['ip', 'route', 'showdump'], { stdin: 'abc' })).toEqual({ stdout: '', stderr: 'Magic mismatch (0 elems, 636261 magic)\n', code: 1 });
    expect(runTool(k, ['ip', 'route', 'showdump'], { stdin: fixture('main4.bin').subarray(0, 30) })).toEqual({ stdout: '', stderr: 'rtnl-from_file: truncated message\n', code: 2 });
    expect(runTool(k, ['ip', 'route', 'showdump'], { stdin: fixture('main4.bin').subarray(0, 4) })).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('rule restore adds the rules again (no NLM_F_EXCL), default ones too', () => {
    const k = world();
    const r = runTool(k, ['ip', 'rule', 'restore'], { stdin: fixture('rule4.bin') });
    expect(r).toEqual({ stdout: '', stderr: '', code: 0 });
    const rules = runTool(k, ['ip', 'rule']).stdout.split('\n').filter(Boolean);
    expect(rules.length).toBe(12);
  });

  it('restore into a namespace without the devices stops at the first refusal', () => {
    const k = createKernel();
    const r = runTool(k, ['ip', 'route', 'restore'], { stdin: fixture('main4.bin') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('RTNETLINK answers: No such device\n');
  });
});
