// The netfilter model without the CLI: codec round trips, table operations
// and the snapshot (one iptables-save line per rule) surviving a reload.
import { describe, expect, test } from 'vitest';
import { createKernel, runTool, kernelToData, kernelFromData } from '../src/lib';
import { decodeRule } from '../src/kernel/netfilter/netfilter';
import { saveRule } from '../src/tools/iptables/rule';
import '../src/tools/iptables/ruletext';

describe('rule codec', () => {
  test.each([
    ' -s 10.0.0.0/8 -p tcp -m tcp --dport 22 -j ACCEPT',
    ' ! -d 127.0.0.0/8 ! -o lo -p tcp -m multiport --dports 80,443,8000:8080 -j DROP',
    ' -m comment --comment "kube-system/kube-dns:dns -> 10.244.0.2:53" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-X',
    ' -p udp -m comment --comment "kube-system/kube-dns:dns" -m udp -j DNAT --to-destination 10.244.0.2:53',
    ' -j MARK --set-xmark 0x4000/0x4000',
    ' -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
  ])('decode then save is the identity: %s', (text) => {
    expect(saveRule(decodeRule(text, 4), 4)).toBe(text);
  });
});

describe('tables through the tools', () => {
  test('the snapshot keeps rules, policies, chains and counters', () => {
    const k = createKernel();
    const restore = `*filter\n:INPUT DROP [1:2]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:X - [0:0]\n[3:4] -A INPUT -i lo -j X\n-A X -j RETURN\nCOMMIT\n`;
    expect(runTool(k, ['iptables-restore', '-c'], { stdin: restore }).code).toBe(0);
    const k2 = kernelFromData(JSON.parse(JSON.stringify(kernelToData(k))));
    const a = runTool(k, ['iptables-save', '-c']).stdout.replace(/^#.*\n/gm, '');
    const b = runTool(k2, ['iptables-save', '-c']).stdout.replace(/^#.*\n/gm, '');
    expect(b).toBe(a);
    expect(b).toContain('[3:4] -A INPUT -i lo -j X');
    expect(runTool(k2, ['iptables', '-L', 'X', '-n']).stdout).toContain('Chain X (1 references)');
  });

  test('a fresh namespace has no tables until a rule is added', () => {
    const k = createKernel();
    expect(runTool(k, ['iptables-save']).stdout).toBe('');
    runTool(k, ['iptables', '-t', 'nat', '-A', 'POSTROUTING', '-o', 'eth0', '-j', 'MASQUERADE']);
    expect(runTool(k, ['iptables-save']).stdout).toContain('*nat');
    expect(runTool(k, ['ip6tables-save']).stdout).toBe('');
  });
});
