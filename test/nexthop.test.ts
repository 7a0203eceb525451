// ip nexthop: what iplab refuses out loud, and objects (with the routes that
// use them) surviving the state file. The kernel's answers themselves are
// checked by the recorded scenario routing/nexthop.

import { describe, expect, it } from 'vitest';
import { createKernel, runTool, kernelToData, kernelFromData, type Kernel } from '../src/lib';
import { SnapshotError } from '../src/state/snapshot';

function world(): Kernel {
  const k = createKernel();
  for (const c of [
    'ip link set lo up',
    'ip link add veth0 type veth peer name veth1',
    'ip link set veth0 up',
    'ip link set veth1 up',
    'ip addr add 192.0.2.1/24 dev veth0',
    'ip nexthop add id 1 via 192.0.2.2 dev veth0',
    'ip nexthop add id 2 dev veth0',
    'ip nexthop add id 3 group 1,5/2',
    'ip route add 10.0.0.0/8 nhid 3',
  ]) {
    const r = runTool(k, c.split(' '));
    if (r.code) throw new Error(`${c}: ${r.stderr}`);
  }
  return k;
}

describe('ip nexthop refusals', () => {
  it.each([
    ['ip nexthop add id 9 fdb via 192.0.2.2', 'fdb nexthops'],
    ['ip nexthop add id 9 encap mpls 100 via 192.0.2.2 dev veth0', 'ip nexthop ... encap'],
    ['ip nexthop add id 9 group 1/2 type resilient', 'nexthop groups of type resilient'],
    ['ip nexthop bucket list', 'ip nexthop bucket (resilient groups)'],
    ['ip nexthop list fdb', 'fdb nexthops'],
    ['ip nexthop list vrf red', 'ip nexthop list vrf'],
  ])('%s', (cmd, what) => {
    const k = world();
    const before = runTool(k, ['ip', 'nexthop']).stdout;
    const r = runTool(k, cmd.split(' '));
    expect(r).toEqual({ stdout: '', stderr: `iplab: ${what} is not supported by iplab\n`, code: 2 });
    expect(runTool(k, ['ip', 'nexthop']).stdout).toBe(before);
  });
});

describe('nexthop objects in the state', () => {
  it('objects, the last id handed out and nhid routes survive a save and load', () => {
    const k = world();
    runTool(k, ['ip', 'nexthop', 'add', 'via', '192.0.2.7', 'dev', 'veth0']);
    const k2 = kernelFromData(JSON.parse(JSON.stringify(kernelToData(k))));
    for (const cmd of ['ip nexthop', 'ip -d route', 'ip route get 10.1.2.3']) expect(runTool(k2, cmd.split(' '))).toEqual(runTool(k, cmd.split(' ')));
    // the next automatic id continues after the last one handed out
    runTool(k2, ['ip', 'nexthop', 'add', 'dev', 'veth0']);
    expect(runTool(k2, ['ip', 'nexthop', 'show', 'id', '5']).stdout).toBe('id 5 dev veth0 scope host \n');
  });

  it.each([
    ['a group naming a missing object', (o: Record<string, unknown>) => o.group && (o.group = [{ id: 99, weight: 1 }]), /group 3 names missing nexthop 99/],
    ['a family that does not exist', (o: Record<string, unknown>) => o.id === 1 && (o.family = 9), /bad family 9 of nexthop 1/],
    ['a device that is not a number', (o: Record<string, unknown>) => o.id === 2 && (o.dev = 'veth0'), /bad dev "veth0"/],
  ])('a hand-edited state with %s fails to load, naming the field', (_what, edit, msg) => {
    const data = JSON.parse(JSON.stringify(kernelToData(world()))) as { namespaces: { nexthops?: string[] }[] };
    const ns = data.namespaces.find((n) => n.nexthops)!;
    ns.nexthops = ns.nexthops!.map((l) => {
      if (l.startsWith('last ')) return l;
      const o = JSON.parse(l) as Record<string, unknown>;
      edit(o);
      return JSON.stringify(o);
    });
    expect(() => kernelFromData(data)).toThrow(msg);
    // The store turns the path into the file's line.
    try {
      kernelFromData(data);
    } catch (e) {
      expect((e as SnapshotError).path).toContain('nexthops');
    }
  });
});
