// Device kinds from container and Kubernetes labs (vxlan, tun/tap, ifb):
// the state snapshot keeps everything `ip -d link` shows, and the model
// refuses what it does not keep.

import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { toYaml } from '../src/state/yaml-emit';
import { kernelFromData, kernelToData } from '../src/state/snapshot';
import { createKernel, runTool } from '../src/lib';
import type { Kernel } from '../src/kernel/kernel';

function run(k: Kernel, cmd: string): { stdout: string; stderr: string; code: number } {
  return runTool(k, cmd.split(' '));
}

function roundTrip(k: Kernel): Kernel {
  return kernelFromData(YAML.parse(toYaml(kernelToData(k))));
}

const VXLAN_SETUP = [
  'ip link add veth0 type veth peer name veth1',
  'ip link add vx0 type vxlan id 5 dstport 4789 dev veth0 remote 192.0.2.1 local 192.0.2.2 ttl 9 tos 0x10 nolearning srcport 100 200 maxaddress 7 ageing 50',
  'ip link add vx1 type vxlan id 6 dstport 4789 remote 2001:db8::1 local 2001:db8::2 flowlabel 0x5 df set',
  'ip link add vx2 type vxlan external dstport 4790 gbp remcsumrx',
  'ip link add vx3 type vxlan id 7 dstport 4789 group 239.1.1.1 dev veth0 ttl inherit',
  'ip netns add other',
  'ip link set vx1 netns other',
  'ip link set vx0 up',
];

describe('vxlan state', () => {
  it('survives a YAML snapshot round trip', () => {
    const k = createKernel({ seed: 7 });
    for (const c of VXLAN_SETUP) expect(run(k, c).code, c).toBe(0);
    const back = roundTrip(k);
    for (const c of ['ip -d link show', 'ip -d -j link show', 'ip -n other -d link show']) expect(run(back, c)).toEqual(run(k, c));
    // The restored model still enforces the VNI rule and the lower device's MTU.
    expect(run(back, 'ip link add vx9 type vxlan id 5 dstport 4789 remote 192.0.2.3').stderr).toBe('Error: A VXLAN device with the specified VNI already exists.\n');
    expect(run(back, 'ip link set vx0 mtu 1451').code).toBe(2);
    expect(run(back, 'ip link del veth0').code).toBe(0);
    expect(run(back, 'ip -br link').stdout).not.toContain('vx0');
  });

  it('rejects a hand-edited vxlan entry with the path of the bad field', () => {
    const k = createKernel();
    run(k, 'ip link add vx0 type vxlan id 5 dstport 4789 remote 192.0.2.1');
    const data = kernelToData(k) as { namespaces: { links: { vxlan?: Record<string, unknown> }[] }[] };
    data.namespaces[0].links[1].vxlan!.remote = 'not-an-address';
    expect(() => kernelFromData(data)).toThrow(/remote: expected an IP address/);
    data.namespaces[0].links[1].vxlan!.remote = '192.0.2.1';
    data.namespaces[0].links[1].vxlan!.vni = 'five';
    expect(() => kernelFromData(data)).toThrow(/vni: expected a number/);
  });

  it('refuses VXLAN-GPE (ARPHRD_NONE devices) out loud, changing nothing', () => {
    const k = createKernel();
    const r = run(k, 'ip link add vx0 type vxlan gpe external');
    expect(r).toEqual({ stdout: '', stderr: 'iplab: vxlan gpe is not supported by iplab\n', code: 2 });
    expect(run(k, 'ip -br link').stdout).not.toContain('vx0');
  });
});

describe('tun/tap state', () => {
  it('survives a YAML snapshot round trip, owner and group included', () => {
    const k = createKernel({ seed: 3 });
    for (const c of ['ip tuntap add t0 mode tun user 0 group 65534', 'ip tuntap add t1 mode tap multi_queue pi', 'ip link set t1 up', 'ip tuntap add mode tun'])
      expect(run(k, c).code, c).toBe(0);
    const back = roundTrip(k);
    for (const c of ['ip -d link show', 'ip -d -j link show', 'ip tuntap show', 'ip -s -s link show t0']) expect(run(back, c)).toEqual(run(k, c));
    // show_processes(): no process holds /dev/net/tun open in a lab.
    expect(run(back, 'ip -d tuntap show').stdout).toBe('t0: tun persist user 0 group 65534\n\tAttached to processes:\nt1: tap pi multi_queue persist filter\n\tAttached to processes:\ntun0: tun persist\n\tAttached to processes:\n');
    expect(run(back, 'ip -d -j tuntap show').stdout).toBe('[{"ifname":"t0","flags":["tun","persist"],"user":0,"group":65534,"processes":[]},{"ifname":"t1","flags":["tap","pi","multi_queue","persist","filter"],"processes":[]},{"ifname":"tun0","flags":["tun","persist"],"processes":[]}]\n');
    expect(run(back, 'ip tuntap del t1 mode tap').stderr).toBe('ioctl(TUNSETIFF): Invalid argument\n');
    expect(run(back, 'ip tuntap del t1 mode tap multi_queue').code).toBe(0);
  });

  it('rejects a bad tun entry with the path of the field', () => {
    const k = createKernel();
    run(k, 'ip tuntap add t0 mode tun');
    const data = kernelToData(k) as { namespaces: { links: { tun?: Record<string, unknown> }[] }[] };
    data.namespaces[0].links[1].tun!.owner = -3;
    expect(() => kernelFromData(data)).toThrow(/owner: expected a user or group id/);
  });
});

describe('ifb state', () => {
  it('survives a YAML snapshot round trip', () => {
    const k = createKernel({ seed: 5 });
    for (const c of ['ip link add ifb0 type ifb', 'ip link add ifb1 txqueuelen 7 numtxqueues 3 type ifb', 'ip link set ifb1 up']) expect(run(k, c).code, c).toBe(0);
    const back = roundTrip(k);
    for (const c of ['ip -d link show', 'ip addr', 'ip -6 route show table all']) expect(run(back, c)).toEqual(run(k, c));
    expect(run(back, 'ip link set ifb0 address 02:00:00:00:00:01').stderr).toBe('RTNETLINK answers: Operation not supported\n');
  });
});

describe('ipvlan state', () => {
  it('survives a YAML snapshot round trip: port mode and flags, dev_ids, permanent address', () => {
    const k = createKernel({ seed: 9 });
    for (const c of [
      'ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1',
      'ip link add ipv0 link veth0 type ipvlan mode l2',
      'ip link add ipv1 link veth0 type ipvlan mode l3s private',
      'ip link set veth0 up',
      'ip link set veth1 up',
      'ip link set ipv0 up',
      'ip link set veth0 address 02:00:00:00:01:09',
    ])
      expect(run(k, c).code, c).toBe(0);
    const back = roundTrip(k);
    for (const c of ['ip -d link show', 'ip addr', 'ip -6 route show table all']) expect(run(back, c)).toEqual(run(k, c));
    // The next device takes the next dev_id, and the port stays busy for a bridge.
    for (const kk of [k, back]) run(kk, 'ip link add ipv2 link veth0 type ipvlan');
    expect(run(back, 'ip -d link show')).toEqual(run(k, 'ip -d link show'));
    run(back, 'ip link add br0 type bridge');
    expect(run(back, 'ip link set veth0 master br0').stderr).toBe('RTNETLINK answers: Device or resource busy\n');
  });
});

describe('kinds iplab does not model', () => {
  it.each(['bond', 'gre', 'sit', 'ipip', 'geneve', 'wireguard', 'team', 'macvtap'])('ip link add type %s is refused out loud, changing nothing', (kind) => {
    const k = createKernel();
    expect(run(k, `ip link add x0 type ${kind}`)).toEqual({ stdout: '', stderr: `iplab: ip link type ${kind} is not supported by iplab\n`, code: 2 });
    expect(run(k, 'ip -br link').stdout).toBe('lo               DOWN           00:00:00:00:00:00 <LOOPBACK> \n');
  });
  it('a name iproute2 does not know gets the kernel answer for a missing module', () => {
    expect(run(createKernel(), 'ip link add x0 type nosuchkind').stderr).toBe('Error: Unknown device type.\n');
  });
});
