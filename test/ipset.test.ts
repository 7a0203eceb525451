// The ipset registry without the CLI (kernel/netfilter/ipset.ts) and through
// the tools: slots, references, membership, the snapshot round trip.
import { describe, expect, test } from 'vitest';
import { IpSets, IpsetError, memsize, type SetCreate } from '../src/kernel/netfilter/ipset';
import { createKernel, kernelFromData, kernelToData, runTool } from '../src/lib';

const hashIp: SetCreate = { type: 'hash:ip', family: 4, hashsize: 1024, maxelem: 65536, bucketsize: 12, counters: false, comment: false };
const ip = (s: string) => ({ f: 4 as const, v: s.split('.').reduce((a, p) => a * 256 + Number(p), 0) >>> 0 });

describe('ipset registry', () => {
  test('a new set takes the lowest free slot; swap keeps names in their slots', () => {
    const r = new IpSets();
    for (const n of ['a', 'b', 'c']) r.create(n, { ...hashIp }, 1, false);
    r.destroy('a');
    r.create('d', { ...hashIp }, 1, false);
    expect(r.ordered().map((s) => s.name)).toEqual(['d', 'b', 'c']);
    r.add('b', { elem: { ip: ip('10.0.0.2') } }, false);
    r.swap('b', 'c');
    expect(r.ordered().map((s) => s.name)).toEqual(['d', 'b', 'c']);
    expect(r.get('c').entries.size).toBe(1);
  });

  test.each([
    ['create twice', (r: IpSets) => r.create('a', { ...hashIp }, 1, false), 'EEXIST'],
    ['add twice', (r: IpSets) => r.add('a', { elem: { ip: ip('10.0.0.1') } }, false), 'ELEM_EXIST'],
    ['del missing', (r: IpSets) => r.del('a', { elem: { ip: ip('10.0.0.9') } }, false), 'ELEM_MISSING'],
    ['timeout without support', (r: IpSets) => r.add('a', { elem: { ip: ip('10.0.0.7') }, timeout: 5 }, false), 'TIMEOUT'],
    ['unknown set', (r: IpSets) => r.get('nope'), 'ENOENT'],
  ] as const)('%s fails with %s', (_name, op, errno) => {
    const r = new IpSets();
    r.create('a', { ...hashIp }, 1, false);
    r.add('a', { elem: { ip: ip('10.0.0.1') } }, false);
    expect(() => op(r)).toThrow(IpsetError);
    try {
      op(r);
    } catch (e) {
      expect((e as IpsetError).errno).toBe(errno);
    }
  });

  test('-exist makes create and add idempotent; hash:net tests hosts inside a prefix', () => {
    const r = new IpSets();
    r.create('n', { ...hashIp, type: 'hash:net' }, 1, false);
    r.create('n', { ...hashIp, type: 'hash:net' }, 1, true);
    r.add('n', { elem: { ip: ip('10.0.0.0'), cidr: 8 } }, false);
    r.add('n', { elem: { ip: ip('10.9.0.0'), cidr: 16 }, nomatch: true }, false);
    r.add('n', { elem: { ip: ip('10.0.0.0'), cidr: 8 } }, true);
    expect(r.test('n', { elem: { ip: ip('10.1.2.3'), cidr: 32 } })).toBe(true);
    expect(r.test('n', { elem: { ip: ip('10.9.1.1'), cidr: 32 } })).toBe(false);
    expect(r.test('n', { elem: { ip: ip('11.0.0.1'), cidr: 32 } })).toBe(false);
  });

  test('Size in memory of small sets as recorded from the kernel', () => {
    const r = new IpSets();
    r.create('a', { ...hashIp }, 1, false);
    expect(memsize(r.get('a'))).toBe(216);
    for (const x of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) r.add('a', { elem: { ip: ip(x) } }, false);
    expect(memsize(r.get('a'))).toBe(336);
    r.create('p', { ...hashIp, type: 'bitmap:port', range: [0, 1024] }, 1, false);
    expect(memsize(r.get('p'))).toBe(208);
  });
});

describe('ipset through the tools', () => {
  test('rules naming a set hold references; the snapshot keeps sets and members', () => {
    const k = createKernel();
    expect(runTool(k, ['ipset', 'create', 'blk', 'hash:ip', 'timeout', '60']).code).toBe(0);
    expect(runTool(k, ['ipset', 'add', 'blk', '192.0.2.1']).code).toBe(0);
    expect(runTool(k, ['iptables', '-A', 'INPUT', '-m', 'set', '--match-set', 'blk', 'src', '-j', 'DROP']).code).toBe(0);
    const busy = runTool(k, ['ipset', 'destroy', 'blk']);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toBe('ipset v7.17: Set cannot be destroyed: it is in use by a kernel component\n');
    const k2 = kernelFromData(JSON.parse(JSON.stringify(kernelToData(k))));
    expect(runTool(k2, ['ipset', 'list', '-t', 'blk']).stdout).toContain('References: 1\n');
    expect(runTool(k2, ['ipset', 'test', 'blk', '192.0.2.1']).stderr).toBe('Warning: 192.0.2.1 is in set blk.\n');
    expect(runTool(k2, ['iptables', '-A', 'INPUT', '-m', 'set', '--match-set', 'nope', 'src']).stderr).toContain("Set nope doesn't exist.");
  });
});
