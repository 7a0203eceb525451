// The FIB's fast save paths write exactly what the generic ones would: the
// routes rendered from columns into the YAML (fibToYamlSeq) against one
// string per route through yaml-emit, and the binary cache against the YAML.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKernel, runTool, kernelToData } from '../src/lib';
import { toYaml } from '../src/state/yaml-emit';
import { loadState, saveState } from '../src/state/store';

function lab() {
  const k = createKernel({ seed: 9 });
  const cmds = [
    'ip link set lo up',
    'ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02',
    'ip link set veth0 up',
    'ip addr add 192.0.2.1/24 dev veth0',
    'ip route add 10.0.0.0/8 via 192.0.2.2 metric 5',
    'ip route add 10.0.0.0/8 via 192.0.2.3 metric 7 mtu lock 1400',
    'ip route add blackhole 198.51.100.0/24 table 100',
    'ip route add 0.0.0.0/0 dev veth0 table 100',
    'ip -6 route add 2001:db8::/32 via fe80::1 dev veth0',
    'ip -6 route add 2001:db8:1::/48 dev veth0 table 100',
  ];
  for (const c of cmds) expect(runTool(k, c.split(' ')).code, c).toBe(0);
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push(`route add ${7 + (i >> 8)}.${(i * 31) & 255}.${i & 255}.0/24 dev ${i % 3 ? 'lo' : 'veth0'}`);
  runTool(k, ['ip', '-force', '-batch', '-'], { stdin: lines.join('\n') });
  return k;
}

describe('FIB snapshot', () => {
  it('writes the same YAML from columns as from one string per route', () => {
    const k = lab();
    expect(toYaml(kernelToData(k, 'yaml'))).toBe(toYaml(kernelToData(k)));
    expect(toYaml(kernelToData(createKernel(), 'yaml'))).toBe(toYaml(kernelToData(createKernel())));
  });

  it('loads the same state through the binary cache and through the YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iplab-fibsnap-'));
    try {
      const file = join(dir, 'state.yaml');
      const k = lab();
      saveState(file, k);
      expect(readdirSync(dir).sort()).toEqual(['.state.yaml.cache.bin', '.state.yaml.cache.json', 'state.yaml']);
      const viaCache = loadState(file).kernel;
      const reads = ['ip route show table all', 'ip -6 route show table all', 'ip route get 7.31.1.1', 'ip route get 10.9.9.9'];
      const want = reads.map((c) => runTool(k, c.split(' ')));
      expect(reads.map((c) => runTool(viaCache, c.split(' ')))).toEqual(want);
      // A binary part from another save is refused: the YAML is read instead.
      rmSync(join(dir, '.state.yaml.cache.bin'));
      const viaYaml = loadState(file).kernel;
      expect(reads.map((c) => runTool(viaYaml, c.split(' ')))).toEqual(want);
      expect(kernelToData(viaYaml)).toEqual(kernelToData(k));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
