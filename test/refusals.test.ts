// Recognised but unmodelled syntax fails loudly and changes nothing.
import { describe, expect, it } from 'vitest';
import { createKernel, runTool, kernelToData } from '../src/lib';

describe('refused out loud', () => {
  it.each([
    [['sysctl', '-w', 'vm.swappiness=10'], 'iplab: sysctl vm.swappiness is not supported by iplab (only net.* is modelled)\n'],
    [['sysctl', 'kernel.hostname'], 'iplab: sysctl kernel.hostname is not supported by iplab (only net.* is modelled)\n'],
    [['ip', 'monitor'], 'iplab: ip monitor is not supported by iplab\n'],
  ])('%j', (argv, stderr) => {
    const k = createKernel();
    const before = JSON.stringify(kernelToData(k));
    const r = runTool(k, argv);
    expect(r).toEqual({ stdout: '', stderr, code: r.code });
    expect(r.code).not.toBe(0);
    expect(JSON.stringify(kernelToData(k))).toBe(before);
  });

  it('a refused ip link set applies none of its other attributes', () => {
    const k = createKernel();
    runTool(k, ['ip', 'link', 'add', 'v0', 'type', 'veth', 'peer', 'name', 'v1']);
    const before = JSON.stringify(kernelToData(k));
    const r = runTool(k, ['ip', 'link', 'set', 'v0', 'mtu', '1400', 'name', 'vv', 'up', 'mode', 'dormant']);
    expect(r).toEqual({ stdout: '', stderr: 'iplab: ip link set state/mode is not supported by iplab\n', code: 2 });
    expect(JSON.stringify(kernelToData(k))).toBe(before);
  });
});
