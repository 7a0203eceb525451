// Unit tests for ip link/address/netns and the link/address model. Behaviour
// the recording kernel can show lives in conformance/scenarios/{link,addr,netns};
// these cover what it cannot (dummy: module missing) and the model's pieces.

import { describe, expect, it } from 'vitest';
import { createKernel, runTool } from '../../lib';
import { groupA2n } from './link';
import { parseCInt } from './link-types';
import { main } from './main';
import type { ToolContext } from '../types';

const ip = (k: ReturnType<typeof createKernel>, line: string, ns?: string) => runTool(k, ['ip', ...line.split(' ')], ns ? { ns } : {});

describe('dummy (modelled from drivers/net/dummy.c)', () => {
  it('is created down with NOARP and no MULTICAST, noqueue once up, UNKNOWN', () => {
    const k = createKernel();
    expect(ip(k, 'link add dummy0 type dummy').code).toBe(0);
    expect(ip(k, 'link add type dummy').code).toBe(0);
    expect(ip(k, '-br link').stdout.split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['lo', 'dummy0', 'dummy1', '']);
    ip(k, 'link set dummy0 up');
    const out = ip(k, 'link show dummy0').stdout;
    expect(out).toMatch(/^2: dummy0: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n/);
    expect(ip(k, 'link help dummy').stdout).toBe('Usage: ... dummy\n');
  });
});

describe('vlan (net/8021q; recorded on the VM kernel: conformance/scenarios/link/vlan*.sh)', () => {
  it('takes the lower device address and MTU, needs it up, prints protocol/id/flags with -d', () => {
    const k = createKernel();
    ip(k, 'link add v0 address 02:00:00:00:00:01 type veth peer name v1');
    expect(ip(k, 'link add link v0 name v0.10 type vlan id 10').code).toBe(0);
    expect(ip(k, 'link add link v0 name v0.x type vlan id 10').stderr).toBe('Error: 8021q: VLAN device already exists.\n');
    expect(ip(k, 'link add name v0.y type vlan id 11').stderr).toBe('Error: 8021q: link not specified.\n');
    // No IFLA_INFO_DATA at all, then data without an id (vlan_validate(), vlan_newlink()).
    expect(ip(k, 'link add link v0 name v0.z type vlan').stderr).toBe('Error: 8021q: VLAN properties not specified.\n');
    expect(ip(k, 'link add link v0 name v0.z type vlan protocol 802.1ad').stderr).toBe('Error: 8021q: VLAN id not specified.\n');
    expect(ip(k, 'link set v0.10 up').stderr).toBe('RTNETLINK answers: Network is down\n');
    const d = ip(k, '-d link show v0.10').stdout;
    expect(d).toContain('4: v0.10@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n');
    expect(d).toContain('link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 0 maxmtu 65535 \n    vlan protocol 802.1Q id 10 <REORDER_HDR> addrgenmode eui64 ');
    expect(ip(k, 'link help vlan').stdout).toMatch(/^Usage: \.\.\. vlan id VLANID\n/);
  });
});

describe('ip link parsing helpers', () => {
  it.each([
    ['default', 0],
    ['5', 5],
    ['0x10', 16],
    ['010', 8],
    ['4294967295', null],
    ['-1', null],
    ['nosuch', null],
  ])('rtnl_group_a2n(%s) = %s', (arg, want) => {
    expect(groupA2n(arg)).toBe(want);
  });

  it.each([
    ['0', 0],
    ['17', 17],
    ['0x1f', 31],
    ['017', 15],
    ['1a', null],
    ['', null],
  ])('get_u32(%s) = %s', (arg, want) => {
    expect(parseCInt(arg)).toBe(want);
  });
});

describe('link model', () => {
  it('a veth peer is registered first and named veth%d after the device is checked', () => {
    const k = createKernel();
    ip(k, 'link add veth4 type veth');
    expect(ip(k, '-br link').stdout).toMatch(/^lo .*\nveth0@veth4 .*\nveth4@veth0 /);
  });

  it('nsids are allocated lowest-free in both namespaces of a veth pair', () => {
    const k = createKernel();
    ip(k, 'netns add a');
    ip(k, 'netns add b');
    ip(k, 'netns set b 0');
    ip(k, 'link add v0 type veth peer name v1 netns a');
    expect(ip(k, 'netns list').stdout).toBe('b (id: 0)\na (id: 1)\n');
    expect(ip(k, 'netns list-id', 'a').stdout).toBe('nsid 0 \n');
  });

  it('a bridge takes the lowest port address and zero once the last port leaves', () => {
    const k = createKernel();
    ip(k, 'link add br0 type bridge');
    ip(k, 'link add v0 address 02:00:00:00:00:09 type veth peer name v1 address 02:00:00:00:00:03');
    ip(k, 'link set v0 master br0');
    ip(k, 'link set v1 master br0');
    expect(ip(k, 'link show br0').stdout).toContain('link/ether 02:00:00:00:00:03 ');
    ip(k, 'link set v1 nomaster');
    expect(ip(k, 'link show br0').stdout).toContain('link/ether 02:00:00:00:00:09 ');
    ip(k, 'link set v0 nomaster');
    expect(ip(k, 'link show br0').stdout).toContain('link/ether 00:00:00:00:00:00 ');
  });

  it('IPv6 addresses stay tentative until the link has carrier, nodad ones get their host route at once', () => {
    const k = createKernel();
    ip(k, 'link add v0 type veth peer name v1');
    ip(k, 'addr add 2001:db8::1/64 dev v0');
    ip(k, 'addr add 2001:db8::2/64 dev v0 nodad');
    expect(ip(k, '-6 -o addr show dev v0').stdout).toContain('2001:db8::1/64 scope global tentative');
    expect(runTool(k, ['ip', '-6', 'route', 'show', 'table', 'local']).stdout).toBe('local 2001:db8::2 dev v0 proto kernel metric 0 pref medium\n');
    ip(k, 'link set v0 up');
    ip(k, 'link set v1 up');
    expect(ip(k, '-6 -o addr show dev v0').stdout).not.toContain('tentative');
  });

  it('deleting a primary deletes its secondaries unless promote_secondaries is set', () => {
    const k = createKernel();
    ip(k, 'link add v0 type veth peer name v1');
    ip(k, 'addr add 10.0.0.1/24 dev v0');
    ip(k, 'addr add 10.0.0.2/24 dev v0');
    ip(k, 'addr del 10.0.0.1/24 dev v0');
    expect(ip(k, '-4 -o addr show dev v0').stdout).toBe('');
    runTool(k, ['sysctl', '-q', '-w', 'net.ipv4.conf.v0.promote_secondaries=1']);
    ip(k, 'addr add 10.0.0.1/24 dev v0');
    ip(k, 'addr add 10.0.0.2/24 dev v0');
    ip(k, 'addr del 10.0.0.1/24 dev v0');
    expect(ip(k, '-4 -br addr show dev v0').stdout).toMatch(/10\.0\.0\.2\/24 \n$/);
  });
});

describe('ip netns exec', () => {
  it('returns an exec request naming the namespace for the shell prompt', () => {
    const k = createKernel();
    ip(k, 'netns add blue');
    const out: string[] = [];
    const ctx: ToolContext = {
      kernel: k,
      ns: k.init,
      env: {},
      io: { stdout: (s) => void out.push(s), stderr: (s) => void out.push(s), readFile: () => '', readStdin: () => '', isatty: () => false },
      dirty: false,
    };
    const r = main(['ip', 'netns', 'exec', 'blue', 'sh', '-c', 'true'], ctx);
    expect(r).toMatchObject({ kind: 'exec', argv: ['sh', '-c', 'true'], netns: k.byName('blue')!.inode, env: { IPLAB_NETNS_NAME: 'blue' } });
  });
});
