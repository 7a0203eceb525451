// VRF devices, the l3mdev rule and `ip vrf`, modelled from drivers/net/vrf.c,
// net/l3mdev/l3mdev.c, net/ipv4/fib_frontend.c (fib_magic, NETDEV_CHANGEUPPER)
// and iproute2 ip/ipvrf.c, ip/iplink_vrf.c. The reference is the VM kernel's
// recordings (conformance/scenarios/vrf, random/vrf-*, random/vrfx-*); these
// are quick checks of the model's pieces.

import { describe, expect, it } from 'vitest';
import { createKernel, runTool } from '../../lib';

const ip = (k: ReturnType<typeof createKernel>, line: string) => runTool(k, ['ip', ...line.split(' ')]);

function vrfWorld() {
  const k = createKernel({ seed: 7 });
  ip(k, 'link set lo up');
  ip(k, 'link add blue type vrf table 10');
  ip(k, 'link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02');
  ip(k, 'addr add 10.0.0.1/24 dev v0');
  ip(k, 'link set v0 up');
  ip(k, 'link set v1 up');
  ip(k, 'link set blue up');
  return k;
}

describe('vrf link kind', () => {
  it('needs a non-zero table; options parsed as vrf_parse_opt()', () => {
    const k = createKernel();
    expect(ip(k, 'link add x type vrf').stderr).toBe('Error: VRF table id is missing.\n');
    expect(ip(k, 'link add x type vrf table 0').stderr).toBe('Error: Invalid VRF table id.\n');
    const bad = ip(k, 'link add x type vrf table nosuch');
    expect([bad.stderr, bad.code]).toEqual(['Error: argument "nosuch" is wrong: invalid table ID\n\n', 255]);
    const unk = ip(k, 'link add x type vrf foo');
    expect([unk.stderr, unk.code]).toEqual(['vrf: unknown option "foo"?\nUsage: ... vrf table TABLEID\n', 1]);
    expect(ip(k, 'link help vrf').stdout).toBe('Usage: ... vrf table TABLEID\n');
    // Tables may be shared while net.vrf.strict_mode is 0 (the default).
    expect(ip(k, 'link add va type vrf table 5').code).toBe(0);
    expect(ip(k, 'link add vb type vrf table 5').code).toBe(0);
  });

  it('is MASTER|NOARP, mtu 65575, noqueue and state UP once up; -d shows its table', () => {
    const k = createKernel();
    ip(k, 'link add blue type vrf table 10');
    expect(ip(k, 'link show blue').stdout).toMatch(/^2: blue: <NOARP,MASTER> mtu 65575 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n/);
    ip(k, 'link set blue up');
    expect(ip(k, 'link show blue').stdout).toMatch(/^2: blue: <NOARP,MASTER,UP,LOWER_UP> mtu 65575 qdisc noqueue state UP /);
    expect(ip(k, '-d link show blue').stdout).toContain('minmtu 1280 maxmtu 65575 \n    vrf table 10 addrgenmode eui64 ');
    // No link-local address and no ff00::/8 route on an L3 master.
    expect(ip(k, '-6 route show table all').stdout).toBe('');
  });

  it('adds the l3mdev rules once per namespace (vrf_add_fib_rules)', () => {
    const k = createKernel();
    ip(k, 'link add blue type vrf table 10');
    ip(k, 'link add red type vrf table 20');
    expect(ip(k, 'rule').stdout).toBe('0:\tfrom all lookup local\n1000:\tfrom all lookup [l3mdev-table]\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n');
    expect(ip(k, '-6 rule').stdout).toBe('0:\tfrom all lookup local\n1000:\tfrom all lookup [l3mdev-table]\n32766:\tfrom all lookup main\n');
    // Deleted, it does not come back with the next VRF (add_fib_rules is cleared).
    ip(k, 'rule del pref 1000');
    ip(k, 'link add green type vrf table 30');
    expect(ip(k, 'rule').stdout).not.toContain('l3mdev');
    expect(ip(k, 'rule add pref 1000 l3mdev').code).toBe(0);
    expect(ip(k, 'rule').stdout).toContain('1000:\tfrom all lookup [l3mdev-table]\n');
    expect(ip(k, 'rule add l3mdev table 5').stderr).toBe('table can not be specified for l3mdev rules\n');
  });
});

describe('enslaving to a VRF', () => {
  it('moves the device routes into the VRF table and back (fib_magic, CHANGEUPPER flush, cycle_netdev)', () => {
    const k = vrfWorld();
    expect(ip(k, 'link set v0 vrf blue').code).toBe(0);
    const v4 = ip(k, 'route show table all').stdout;
    expect(v4).toContain('10.0.0.0/24 dev v0 table 10 proto kernel scope link src 10.0.0.1 \n');
    expect(v4).toContain('local 10.0.0.1 dev v0 table 10 proto kernel scope host src 10.0.0.1 \n');
    expect(v4).not.toContain('table local proto kernel scope host src 10.0.0.1');
    expect(ip(k, 'route show vrf blue').stdout).toBe('10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 \n');
    expect(ip(k, '-d link show v0').stdout).toContain('\n    vrf_slave table 10 ');
    expect(ip(k, 'link show master blue').stdout).toMatch(/^\d+: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master blue state UP /);
    ip(k, 'link set v0 nomaster');
    expect(ip(k, 'route show').stdout).toBe('10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 \n');
    expect(ip(k, 'route show vrf blue').stdout).toBe('');
  });

  it('refuses lo and another VRF with the driver\'s messages', () => {
    const k = vrfWorld();
    ip(k, 'link add red type vrf table 20');
    expect(ip(k, 'link set lo master blue').stderr).toBe('Error: Can not enslave loopback device to a VRF.\n');
    expect(ip(k, 'link set red master blue').stderr).toBe('Error: Can not enslave an L3 master device to a VRF.\n');
    expect(ip(k, 'link set v0 vrf v1').stderr).toBe('Error: argument "v1" is wrong: Not a valid VRF name\n\n');
  });
});

describe('lookups through the l3mdev rule', () => {
  it('route get vrf NAME and oif SLAVE use the VRF table; a local address answers on the VRF device', () => {
    const k = vrfWorld();
    ip(k, 'link set v0 master blue');
    expect(ip(k, 'route get vrf blue 10.0.0.2').stdout).toBe('10.0.0.2 dev v0 table 10 src 10.0.0.1 uid 0 \n    cache \n');
    expect(ip(k, 'route get 10.0.0.2 oif v0').stdout).toBe('10.0.0.2 dev v0 table 10 src 10.0.0.1 uid 0 \n    cache \n');
    expect(ip(k, 'route get vrf blue 10.0.0.1').stdout).toBe('local 10.0.0.1 dev blue table 10 src 10.0.0.1 uid 0 \n    cache <local> \n');
    // Outside the VRF the prefix is unknown; in it, no on-link guess either.
    expect(ip(k, 'route get 10.0.0.2').stderr).toBe('RTNETLINK answers: Network is unreachable\n');
    expect(ip(k, 'route get vrf blue 192.0.2.1').stderr).toBe('RTNETLINK answers: Network is unreachable\n');
    // An empty VRF table falls through to the rules after it (main); the
    // source comes from the VRF (fib_select_path(), recorded in vrf/route-get).
    ip(k, 'link add v2 type veth peer name v3');
    ip(k, 'addr add 192.0.2.10/24 dev v2');
    ip(k, 'link set v2 up');
    expect(ip(k, 'route get vrf blue 192.0.2.1').stdout).toBe('192.0.2.1 dev v2 src 10.0.0.1 uid 0 \n    cache \n');
    ip(k, 'route add unreachable default table 10 metric 4278198272');
    expect(ip(k, 'route get vrf blue 192.0.2.1').stderr).toBe('RTNETLINK answers: No route to host\n');
    expect(ip(k, 'route show vrf nosuch').stderr).toBe('Error: argument "nosuch" is wrong: Invalid VRF\n\n');
    expect(ip(k, 'route get vrf v0 1.1.1.1').stderr).toBe('Error: argument "v0" is wrong: Invalid VRF\n\n');
  });
});

describe('ip vrf', () => {
  it('show lists VRFs and tables; exec into a VRF is refused out loud', () => {
    const k = createKernel();
    expect(ip(k, 'vrf').stdout).toBe('Name              Table\n-----------------------\nNo VRF has been configured\n');
    ip(k, 'link add blue type vrf table 10');
    ip(k, 'link add red type vrf table 1000');
    expect(ip(k, 'vrf show').stdout).toBe('Name              Table\n-----------------------\n' + 'blue'.padEnd(16) + '    10\n' + 'red'.padEnd(16) + '  1000\n');
    expect(ip(k, 'vrf show red').stdout).toBe('red 1000\n');
    expect(ip(k, 'vrf show lo')).toEqual({ stdout: '', stderr: 'Invalid VRF\n', code: 255 });
    expect(ip(k, '-j vrf').stdout).toBe('[{"name":"blue","table":10},{"name":"red","table":1000}]\n');
    expect(ip(k, 'vrf pids blue')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(ip(k, 'vrf pids lo').stderr).toBe('Invalid VRF name\n');
    expect(ip(k, 'vrf identify')).toEqual({ stdout: '', stderr: '', code: 0 });
    const ex = ip(k, 'vrf exec blue true');
    expect([ex.stderr, ex.code]).toEqual(['iplab: ip vrf exec (binding a process to a VRF) is not supported by iplab\n', 2]);
  });
});
