// End-to-end through the built CLI (dist/), as a user runs it.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '..', 'bin', 'iplab');
const tmp = () => mkdtempSync(join(tmpdir(), 'iplab-cli-'));

function iplab(state: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, IPLAB_STATE: state }, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('iplab CLI', () => {
  it('a missing state file is a fresh namespace: only lo, down', () => {
    const s = join(tmp(), 'state.yaml');
    expect(iplab(s, ['ip', '-br', 'link']).stdout).toBe('lo               DOWN           00:00:00:00:00:00 <LOOPBACK> \n');
  });

  it('changes persist between invocations', () => {
    const s = join(tmp(), 'state.yaml');
    expect(iplab(s, ['ip', 'link', 'add', 'veth0', 'type', 'veth', 'peer', 'name', 'veth1']).code).toBe(0);
    const names = iplab(s, ['ip', '-o', 'link']).stdout.split('\n').filter(Boolean).map((l) => l.split(': ')[1]);
    expect(names).toEqual(['lo', 'veth1@veth0', 'veth0@veth1']);
  });

  it('--state FILE takes precedence over IPLAB_STATE', () => {
    const d = tmp();
    const a = join(d, 'a.yaml');
    const b = join(d, 'b.yaml');
    iplab(a, ['--state', b, 'ip', 'link', 'add', 'br0', 'type', 'bridge']);
    expect(iplab(b, ['ip', '-br', 'link', 'show', 'br0']).code).toBe(0);
    expect(iplab(a, ['ip', '-br', 'link', 'show', 'br0']).code).not.toBe(0);
  });

  it('16 concurrent `iplab ip link add` lose no update', async () => {
    const s = join(tmp(), 'state.yaml');
    const codes = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        new Promise<number>((res) =>
          spawn(process.execPath, [BIN, 'ip', 'link', 'add', `a${i}`, 'type', 'veth', 'peer', 'name', `b${i}`], { env: { ...process.env, IPLAB_STATE: s } }).on('exit', (c) => res(c ?? 1)),
        ),
      ),
    );
    expect(codes).toEqual(new Array(16).fill(0));
    const out = iplab(s, ['ip', '-br', 'link']).stdout;
    for (let i = 0; i < 16; i++) {
      expect(out).toContain(`a${i}@b${i}`);
      expect(out).toContain(`b${i}@a${i}`);
    }
  }, 60000);

  it('a corrupt state file is named with its line, exits 1 and is left as it was', () => {
    const s = join(tmp(), 'state.yaml');
    iplab(s, ['ip', 'link', 'add', 'br0', 'type', 'bridge']);
    const text = readFileSync(s, 'utf8').replace(/mtu: 1500/, 'mtu: [');
    writeFileSync(s, text);
    const r = iplab(s, ['ip', 'link', 'set', 'br0', 'up']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^iplab: ${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: `));
    expect(readFileSync(s, 'utf8')).toBe(text);
  });

  it('bad input leaves the state file as it was', () => {
    const s = join(tmp(), 'state.yaml');
    iplab(s, ['ip', 'link', 'add', 'br0', 'type', 'bridge']);
    const before = readFileSync(s, 'utf8');
    const r = iplab(s, ['ip', 'link', 'add', 'br0', 'type', 'bridge']);
    expect(r).toMatchObject({ code: 2, stderr: 'RTNETLINK answers: File exists\n' });
    expect(readFileSync(s, 'utf8')).toBe(before);
  });

  it('refuses networking programs it does not emulate', () => {
    const r = iplab(join(tmp(), 's.yaml'), ['nft', 'list', 'ruleset']);
    expect(r).toMatchObject({ code: 127, stderr: 'iplab: nft is not emulated yet\n' });
  });

  it('iplab run: the exit status is the script\'s, and refused programs never run', () => {
    const d = tmp();
    const script = join(d, 'lab.sh');
    writeFileSync(script, 'ip link add br0 type bridge\nnft list ruleset\necho "nft=$?"\nexit 3\n');
    const r = iplab(join(d, 's.yaml'), ['run', script]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('nft=127\n');
    expect(r.stderr).toBe('iplab: nft is not emulated yet\n');
  });

  it('ip netns exec, nsenter and unshare -n never run a host networking program named by path', () => {
    const s = join(tmp(), 's.yaml');
    iplab(s, ['ip', 'netns', 'add', 'blue']);
    iplab(s, ['ip', 'link', 'add', 'iplabprobe0', 'type', 'bridge']);
    for (const args of [
      ['ip', 'netns', 'exec', 'blue', '/usr/sbin/ip', '-o', 'link'],
      ['ip', 'netns', 'exec', 'blue', '/bin/sh', '-c', '/sbin/ip -o link'],
      ['nsenter', '--net=/run/netns/blue', '/usr/sbin/ip', '-o', 'link'],
      ['unshare', '-n', '/usr/sbin/ip', '-o', 'link'],
    ]) {
      const r = iplab(s, args);
      // The emulated namespace has lo only; the host (or the test sandbox) has more.
      expect(r.stdout, args.join(' ')).toMatch(/^1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000\\    link\/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n$/);
    }
  });

  it('a program that cannot run gets the caller\'s own error, as the real tools print it', () => {
    const s = join(tmp(), 's.yaml');
    iplab(s, ['ip', 'netns', 'add', 'blue']);
    const cases: [string[], string, number][] = [
      [['ip', 'netns', 'exec', 'blue', 'iplab-no-such-program'], 'exec of "iplab-no-such-program" failed: No such file or directory\n', 1],
      [['ip', 'netns', 'exec', 'blue', '/etc'], 'exec of "/etc" failed: Permission denied\n', 1],
      [['nsenter', '--net=/run/netns/blue', 'iplab-no-such-program'], 'nsenter: failed to execute iplab-no-such-program: No such file or directory\n', 127],
      [['unshare', '-n', 'iplab-no-such-program'], 'unshare: failed to execute iplab-no-such-program: No such file or directory\n', 127],
    ];
    for (const [args, stderr, code] of cases) {
      const r = iplab(s, args);
      expect({ stderr: r.stderr, code: r.code }, args.join(' ')).toEqual({ stderr, code });
    }
  });

  it('a namespace whose last holder exits goes away, as on Linux', () => {
    const s = join(tmp(), 's.yaml');
    iplab(s, ['ip', 'netns', 'add', 'red']);
    iplab(s, ['ip', 'link', 'add', 'v0', 'type', 'veth', 'peer', 'name', 'v1', 'netns', 'red']);
    expect(iplab(s, ['ip', 'netns', 'exec', 'red', 'ip', 'netns', 'del', 'red']).code).toBe(0);
    // The veth goes with the namespace that held its peer.
    expect(iplab(s, ['ip', '-br', 'link']).stdout).toBe('lo               DOWN           00:00:00:00:00:00 <LOOPBACK> \n');
  });
});
