// `ip -all netns exec` through the real CLI: real child processes, one per
// named namespace, which the in-process replay of the recordings cannot show.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '..', 'bin', 'iplab');
const tmp = () => mkdtempSync(join(tmpdir(), 'iplab-ipcli-'));

function iplab(state: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, IPLAB_STATE: state }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ip -all netns exec through the CLI', () => {
  it('runs the program once per named namespace, newest first, with a header each; statuses are ignored', () => {
    const s = join(tmp(), 's.yaml');
    iplab(s, ['ip', 'netns', 'add', 'a']);
    iplab(s, ['ip', 'netns', 'add', 'b']);
    const r = iplab(s, ['ip', '-all', 'netns', 'exec', 'ip', 'netns', 'identify']);
    expect(r).toEqual({ code: 0, stdout: '\nnetns: b\nb\n\nnetns: a\na\n', stderr: '' });
    const f = iplab(s, ['ip', '-all', 'netns', 'exec', 'sh', '-c', 'exit 3']);
    expect(f).toEqual({ code: 0, stdout: '\nnetns: b\n\nnetns: a\n', stderr: '' });
  });
});
