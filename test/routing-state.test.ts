// Routes, rules, neighbours and table existence survive a save and a load,
// through the YAML and through the JSON cache (where IPv4 routes are columns
// and tables come back lazily).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKernel, runTool } from '../src/lib';
import { loadState, saveState } from '../src/state/store';
import { siphash24 } from '../src/kernel/fib/multipath';

const SETUP = [
  'ip link set lo up',
  'ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02',
  'ip link set veth0 up',
  'ip link set veth1 up',
  'ip addr add 192.0.2.1/24 dev veth0',
  'ip route add 10.0.0.0/8 via 192.0.2.2 metric 5',
  'ip route add 10.1.0.0/16 nexthop via 192.0.2.3 weight 2 nexthop via 192.0.2.4',
  'ip route add blackhole 198.51.100.0/24 table 100',
  'ip route add 172.16.0.0/12 dev veth0 mtu lock 1400',
  'ip -6 route add 2001:db8::/32 via fe80::1 dev veth0',
  'ip rule add from 10.0.0.0/8 table 100 pref 100',
  'ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev veth0',
];
const READS = ['ip route show table all', 'ip -6 route show table all', 'ip rule', 'ip -6 rule', 'ip neigh', 'ip route get 10.1.2.3', 'ip route get 10.5.5.5 from 10.0.0.1', 'ip route show table 100', 'route -n'];

const split = (c: string) => c.split(' ');

describe('routing state', () => {
  it('round-trips through YAML and the cache', () => {
    const k = createKernel({ seed: 3 });
    for (const c of SETUP) expect(runTool(k, split(c)).code, c).toBe(0);
    const before = READS.map((c) => runTool(k, split(c)));
    const dir = mkdtempSync(join(tmpdir(), 'iplab-routing-'));
    try {
      const file = join(dir, 'state.yaml');
      saveState(file, k);
      const cache = readdirSync(dir).find((f) => f.endsWith('.cache.json'));
      expect(cache).toBeTruthy();
      // Through the cache (lazy tables).
      const viaCache = loadState(file).kernel;
      expect(READS.map((c) => runTool(viaCache, split(c)))).toEqual(before);
      // Through the YAML alone.
      rmSync(join(dir, cache!));
      const viaYaml = loadState(file).kernel;
      expect(READS.map((c) => runTool(viaYaml, split(c)))).toEqual(before);
      expect(existsSync(join(dir, cache!))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SipHash-2-4 matches the reference test vector', () => {
    // Key 00..0f, message 00..0e (15 bytes): a129ca6149be45e5 (siphash paper).
    const msg = Uint8Array.from({ length: 15 }, (_, i) => i);
    const k0 = 0x0706050403020100n;
    const k1 = 0x0f0e0d0c0b0a0908n;
    expect(siphash24(msg, k0, k1).toString(16)).toBe('a129ca6149be45e5');
  });
});
