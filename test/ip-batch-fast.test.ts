// ip -batch takes a fast path for `route add A.B.C.D/LEN [via GW] dev NAME`
// (batch.ts). The same lines written as `ro add …` go through the general
// parser (route.ts); both must leave the same model and print the same.
import { describe, expect, it } from 'vitest';
import { createKernel, runTool, kernelToData } from '../src/lib';

const SETUP = [
  'ip link set lo up',
  'ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02',
  'ip link set veth0 up',
  'ip link add dummy0 address 02:00:00:00:00:03 type veth peer name dummy1 address 02:00:00:00:00:04',
  'ip addr add 192.0.2.1/24 dev veth0',
];

const LINES = [
  'route add 10.0.0.0/8 dev lo',
  'route add 10.1.0.0/16 via 192.0.2.2 dev veth0',
  'route add 10.1.0.0/16 via 192.0.2.3 dev veth0',
  'route add 10.2.0.0/16 via 198.51.100.1 dev veth0',
  'route add 10.3.0.0/16 dev dummy0',
  'route add 10.0.0.1/24 dev lo',
  'route add 10.4.0.0/33 dev lo',
  'route add 10.5.0.0/016 dev lo',
  'route add 010.6.0.0/16 dev lo',
  'route add 10.7.0.0/16 dev nosuch',
  'route add 10.8.0.0/16 dev lo ',
  'route add 10.9.0.0/16  dev lo',
  'route add 0.0.0.0/0 dev lo',
  'route add 10.10.0.0/16 via 192.0.2.1 dev veth0',
  'route add 10.0.0.0/8 dev lo',
  'route add 10.11.0.0/16 via 192.0.2.9 dev lo',
  'route add 10.12.0.0/16 dev veth0 metric 5',
  'route add 10.13.0.0/16 dev "veth0"',
  'route add 255.255.255.255/32 dev lo',
  'route add 10.14.0.0/0 dev lo',
];

function run(lines: string[], opts: string[] = []) {
  const k = createKernel({ seed: 5 });
  for (const c of SETUP) expect(runTool(k, c.split(' ')).code, c).toBe(0);
  const r = runTool(k, ['ip', ...opts, '-force', '-batch', '-'], { stdin: lines.join('\n') + '\n' });
  const shown = runTool(k, ['ip', 'route', 'show', 'table', 'all']);
  return { r, shown, data: kernelToData(k) };
}

describe('ip -batch route add fast path', () => {
  it('answers as the general parser does', () => {
    const fast = run(LINES);
    const slow = run(LINES.map((l) => l.replace(/^route /, 'ro ')));
    expect(fast.r).toEqual(slow.r);
    expect(fast.shown).toEqual(slow.shown);
    expect(fast.data).toEqual(slow.data);
    expect(fast.r.stderr).toContain('Command failed');
  });

  it('answers as the general parser does under -4 and -6', () => {
    for (const o of ['-4', '-6']) {
      const fast = run(LINES, [o]);
      const slow = run(LINES.map((l) => l.replace(/^route /, 'ro ')), [o]);
      expect(fast.r).toEqual(slow.r);
      expect(fast.data).toEqual(slow.data);
    }
  });
});
