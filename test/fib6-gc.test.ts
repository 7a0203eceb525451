// IPv6 route lifetimes against a clock the test moves: the fib6 garbage
// collector's timer (armed by the first route with a lifetime, again while
// such routes remain), and the timer kept in the state between commands.
// What the kernel prints is checked by the recorded scenario
// routing/ipv6-expires-gc.

import { describe, expect, it } from 'vitest';
import { createKernel, runTool, kernelToData, kernelFromData, type Kernel } from '../src/lib';

function lab(clock: () => number): Kernel {
  const k = createKernel({ clock });
  for (const c of ['ip link set lo up', 'ip link add v0 type veth peer name v1', 'ip link set v0 up', 'ip link set v1 up']) {
    expect(runTool(k, c.split(' ')).code).toBe(0);
  }
  return k;
}

const routes = (k: Kernel) =>
  runTool(k, ['ip', '-6', 'route', 'show', 'dev', 'v0'])
    .stdout.split('\n')
    .filter((l) => l.startsWith('2001'))
    .map((l) => l.split(' ')[0]);

describe('fib6 garbage collector', () => {
  it('removes expired routes when its timer fires, and fires again while routes with a lifetime remain', () => {
    let now = 1_000_000;
    const k = lab(() => now);
    runTool(k, 'ip -6 route add 2001:db8:1::/48 dev v0 expires 5'.split(' '));
    runTool(k, 'ip -6 route add 2001:db8:2::/48 dev v0 expires 40'.split(' '));
    now += 29_000;
    expect(routes(k)).toEqual(['2001:db8:1::/48', '2001:db8:2::/48']);
    now += 2_000; // the timer armed at the first add has fired (30 s)
    expect(routes(k)).toEqual(['2001:db8:2::/48']);
    now += 20_000; // expired at 40 s, listed until the next run at about 61 s
    expect(routes(k)).toEqual(['2001:db8:2::/48']);
    now += 11_000;
    expect(routes(k)).toEqual([]);
    expect(k.init.fib.gc6At).toBeUndefined();
  });

  it('is run by a write to net.ipv6.route.flush', () => {
    let now = 5_000_000;
    const k = lab(() => now);
    runTool(k, 'ip -6 route add 2001:db8:1::/48 dev v0 expires 1'.split(' '));
    now += 1_500;
    expect(routes(k)).toEqual(['2001:db8:1::/48']);
    expect(runTool(k, ['sysctl', '-w', 'net.ipv6.route.flush=1']).code).toBe(0);
    expect(routes(k)).toEqual([]);
    // Nothing with a lifetime is left: the timer is stopped.
    expect(k.init.fib.gc6At).toBeUndefined();
  });

  it('keeps its timer in the state', () => {
    let now = 9_000_000;
    const k = lab(() => now);
    runTool(k, 'ip -6 route add 2001:db8:1::/48 dev v0 expires 3'.split(' '));
    const at = k.init.fib.gc6At;
    expect(at).toBe(9_030_000);
    const back = kernelFromData(JSON.parse(JSON.stringify(kernelToData(k))), { clock: () => now });
    expect(back.init.fib.gc6At).toBe(at);
    now += 31_000;
    expect(routes(back)).toEqual([]);
  });
});
