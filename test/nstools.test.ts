// sysctl's kernel side effects, unshare/nsenter exec requests and the lsns
// format: what the recordings cannot cover (PIDs, the host's processes) or
// cannot cover yet (ip link/address are being written).

import { describe, expect, it } from 'vitest';
import { createKernel, runTool } from '../src/lib';
import { render } from '../src/tools/lsns/main';
import { main as unshare } from '../src/tools/unshare/main';
import { main as nsenter } from '../src/tools/nsenter/main';
import { kernelFromData, kernelToData } from '../src/state/snapshot';
import { compareKeys } from '../src/kernel/sysctl/sysctl';
import { Getopt } from '../src/lib/getopt';
import type { Kernel } from '../src/kernel/kernel';
import type { ToolContext, ExecRequest } from '../src/tools/types';

const sysctl = (k: Kernel, ...args: string[]) => runTool(k, ['sysctl', ...args]);

function ctxOf(k: Kernel, env: Record<string, string> = {}): ToolContext {
  const out: string[] = [];
  return {
    kernel: k,
    ns: k.init,
    env,
    io: {
      stdout: (s) => void out.push(s),
      stderr: (s) => void out.push(s),
      readFile: () => {
        throw Object.assign(new Error('no'), { code: 'ENOENT' });
      },
      readStdin: () => '',
      isatty: () => false,
    },
    dirty: false,
  };
}

function veth(k: Kernel, a: string, b: string) {
  const l = k.init.createLink({ name: a, kind: 'veth', peer: { name: b } });
  return { a: l, b: k.init.byName(b)! };
}

describe('sysctl over the kernel model', () => {
  it('ip_forward and all.forwarding are one value that reaches every device', () => {
    const k = createKernel();
    veth(k, 'v0', 'v1');
    expect(sysctl(k, '-w', 'net.ipv4.ip_forward=1').code).toBe(0);
    expect(sysctl(k, '-n', 'net.ipv4.conf.all.forwarding', 'net.ipv4.conf.v0.forwarding', 'net.ipv4.conf.default.forwarding', 'net.ipv4.conf.all.accept_redirects').stdout).toBe('1\n1\n1\n0\n');
    veth(k, 'v2', 'v3');
    expect(sysctl(k, '-n', 'net.ipv4.conf.v2.forwarding').stdout).toBe('1\n');
  });

  it('IPv4 default reaches devices that did not set the entry', () => {
    const k = createKernel();
    veth(k, 'v0', 'v1');
    sysctl(k, '-w', 'net.ipv4.conf.v1.rp_filter=1');
    sysctl(k, '-w', 'net.ipv4.conf.default.rp_filter=2');
    expect(sysctl(k, '-n', 'net.ipv4.conf.v0.rp_filter', 'net.ipv4.conf.v1.rp_filter', 'net.ipv4.conf.lo.rp_filter').stdout).toBe('2\n1\n2\n');
    // The explicit bits survive a save and a load.
    const k2 = kernelFromData(JSON.parse(JSON.stringify(kernelToData(k))));
    sysctl(k2, '-w', 'net.ipv4.conf.default.rp_filter=0');
    expect(sysctl(k2, '-n', 'net.ipv4.conf.v0.rp_filter', 'net.ipv4.conf.v1.rp_filter').stdout).toBe('0\n1\n');
  });

  it('device keys follow renames, deletions and names with dots', () => {
    const k = createKernel();
    const { a } = veth(k, 'a.b', 'c');
    expect(sysctl(k, 'net.ipv4.conf.a/b.forwarding', 'net/ipv4/conf/a.b/forwarding').stdout).toBe('net.ipv4.conf.a/b.forwarding = 0\nnet.ipv4.conf.a/b.forwarding = 0\n');
    expect(sysctl(k, '-N', '-r', 'a/b', 'net.ipv4.conf').stdout.split('\n')[0]).toBe('net.ipv4.conf.a/b.accept_local');
    k.init.rename(a, 'x');
    expect(sysctl(k, '-n', 'net.ipv4.conf.x.forwarding').stdout).toBe('0\n');
    expect(sysctl(k, 'net.ipv4.conf.a/b.forwarding').code).toBe(1);
    k.init.deleteLink(k.init.byName('x')!);
    expect(sysctl(k, 'net.ipv4.conf.c.forwarding').stderr).toBe('sysctl: cannot stat /proc/sys/net/ipv4/conf/c/forwarding: No such file or directory\n');
  });

  it('IPv6 conf mtu follows the device and bounds writes', () => {
    const k = createKernel();
    const { a } = veth(k, 'v0', 'v1');
    expect(sysctl(k, '-n', 'net.ipv6.conf.v0.mtu').stdout).toBe('1500\n');
    k.init.setMtu(a, 1400);
    expect(sysctl(k, '-n', 'net.ipv6.conf.v0.mtu').stdout).toBe('1400\n');
    expect(sysctl(k, '-w', 'net.ipv6.conf.v0.mtu=1401').code).toBe(1);
    expect(sysctl(k, '-w', 'net.ipv6.conf.v0.mtu=1300').code).toBe(0);
  });

  it('disable_ipv6 removes addresses and routes; enabling brings link-local and ::1 back', () => {
    const k = createKernel();
    const ns = k.init;
    const lo = ns.byName('lo')!;
    ns.setUp(lo, true);
    const { a, b } = veth(k, 'v0', 'v1');
    ns.setUp(a, true);
    ns.setUp(b, true);
    ns.addAddr6(a, { local: 0x20010db8n << 96n | 1n, prefixlen: 64, scope: 0, noprefixroute: false, nodad: true, permanent: true, managetempaddr: false, optimistic: false, homeaddress: false, validLft: 0xffffffff, preferredLft: 0xffffffff });
    const v6routes = () => ns.fib.all().filter((r) => r.family === 6).length;
    expect(a.ipv6.length).toBe(2);
    expect(lo.ipv6.length).toBe(1);
    const before = v6routes();
    expect(sysctl(k, '-w', 'net.ipv6.conf.v0.disable_ipv6=1').code).toBe(0);
    expect(a.ipv6).toEqual([]);
    expect(v6routes()).toBeLessThan(before);
    sysctl(k, '-w', 'net.ipv6.conf.all.disable_ipv6=1');
    expect(lo.ipv6).toEqual([]);
    expect(b.ipv6).toEqual([]);
    expect(v6routes()).toBe(0);
    expect(sysctl(k, '-n', 'net.ipv6.conf.default.disable_ipv6', 'net.ipv6.conf.v1.disable_ipv6').stdout).toBe('1\n1\n');
    sysctl(k, '-w', 'net.ipv6.conf.all.disable_ipv6=0');
    expect(lo.ipv6.map((x) => x.local)).toEqual([1n]);
    expect(a.ipv6.length).toBe(1); // link-local only: the global address is gone for good
    expect(b.ipv6.length).toBe(1);
  });

  it('a device below 1280 has no IPv6 keys, also after a save and a load', () => {
    const k = createKernel();
    const { a } = veth(k, 'v0', 'v1');
    k.init.setMtu(a, 1200);
    expect(sysctl(k, 'net.ipv6.conf.v0.mtu').code).toBe(1);
    const k2 = kernelFromData(JSON.parse(JSON.stringify(kernelToData(k))));
    expect(sysctl(k2, 'net.ipv6.conf.v0.mtu').code).toBe(1);
    expect(sysctl(k2, '-n', 'net.ipv6.conf.v1.mtu').stdout).toBe('1500\n');
    k2.init.setMtu(k2.init.byName('v0')!, 1300);
    expect(sysctl(k2, '-n', 'net.ipv6.conf.v0.mtu').stdout).toBe('1300\n');
  });

  it('lo stops following IPv4 default once up (ipv4_devconf_setall), also after a save and a load', () => {
    const k = createKernel();
    k.init.setUp(k.init.byName('lo')!, true);
    const data = kernelToData(k);
    expect(JSON.stringify(data)).toContain('net.ipv4.conf.lo.*');
    const k2 = kernelFromData(JSON.parse(JSON.stringify(data)));
    sysctl(k2, '-w', 'net.ipv4.conf.default.log_martians=1');
    expect(sysctl(k2, '-n', 'net.ipv4.conf.lo.log_martians').stdout).toBe('0\n');
  });

  it('--system applies sysctl.d files in name order, earlier directories first, then /etc/sysctl.conf', () => {
    const k = createKernel();
    const files = {
      '/etc/sysctl.d/99-lab.conf': 'net.ipv4.ip_forward = 1\n',
      '/etc/sysctl.d/README': 'not a conf\n',
      '/usr/lib/sysctl.d/99-lab.conf': 'net.ipv4.ip_forward = 0\n',
      '/usr/lib/sysctl.d/10-x.conf': 'net.ipv4.ip_default_ttl = 70\nnet.ipv4.nosuch = 1\n',
      '/etc/sysctl.conf': '# nothing\nnet.ipv4.conf.all.rp_filter=2\n',
    };
    const r = runTool(k, ['sysctl', '--system'], { files });
    expect(r.stdout).toBe(
      '* Applying /usr/lib/sysctl.d/10-x.conf ...\n* Applying /etc/sysctl.d/99-lab.conf ...\n* Applying /etc/sysctl.conf ...\n' +
        'net.ipv4.ip_default_ttl = 70\nnet.ipv4.ip_forward = 1\nnet.ipv4.conf.all.rp_filter = 2\n',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(runTool(k, ['sysctl', '-q', '--system'], { files }).stdout).toBe('');
  });

  it('a namespace whose sysctls were never read saves what it loaded', () => {
    const k = createKernel();
    veth(k, 'v0', 'v1');
    k.init.setUp(k.init.byName('lo')!, true);
    sysctl(k, '-w', 'net.ipv4.conf.v1.rp_filter=1', 'net.ipv6.conf.all.disable_ipv6=1');
    const data = JSON.parse(JSON.stringify(kernelToData(k)));
    const again = JSON.parse(JSON.stringify(kernelToData(kernelFromData(data))));
    expect(again).toEqual(data);
  });

  it('lists keys in the kernel tree order', () => {
    expect(['a.b-c', 'a.b.c', 'a.b', 'a.bc'].sort(compareKeys)).toEqual(['a.b', 'a.b.c', 'a.b-c', 'a.bc']);
  });
});

describe('getopt_long', () => {
  it('permutes, abbreviates and reports as glibc', () => {
    const errs: string[] = [];
    const g = new Getopt(['x', 'a', '-q', '--pat', 'P', 'b', '--', '-c'], 'qr:', [{ name: 'pattern', has: 1, val: 'r' }, { name: 'quiet', has: 0, val: 'q' }], 'x', (s) => errs.push(s));
    const opts = [];
    for (let o = g.get(); o; o = g.get()) opts.push(o);
    expect(opts).toEqual([{ c: 'q' }, { c: 'r', arg: 'P' }]);
    expect(g.rest()).toEqual(['a', 'b', '-c']);
    const g2 = new Getopt(['x', '+q', '-q'], '+q', [], 'x', (s) => errs.push(s));
    expect(g2.get()).toBeNull();
    expect(g2.rest()).toEqual(['+q', '-q']);
  });
});

describe('unshare and nsenter', () => {
  it('unshare -n asks to run the command in a new namespace and drops it afterwards', () => {
    const k = createKernel();
    const r = unshare(['unshare', '-n', 'sleep', '1'], ctxOf(k)) as ExecRequest;
    expect(r.kind).toBe('exec');
    expect(r.argv).toEqual(['sleep', '1']);
    expect(r.netns).not.toBe(k.initInode);
    expect(r.env?.IPLAB_NETNS_NAME).toBe(`net:[${r.netns}]`);
    expect(k.namespaces.has(r.netns)).toBe(true);
    r.after!(k, 0);
    expect(k.namespaces.has(r.netns)).toBe(false);
  });

  it('unshare without a command runs $SHELL, or /bin/sh', () => {
    const k = createKernel();
    expect((unshare(['unshare', '-n'], ctxOf(k, { SHELL: '/bin/bash' })) as ExecRequest).argv).toEqual(['/bin/bash']);
    expect((unshare(['unshare'], ctxOf(k)) as ExecRequest).argv).toEqual(['/bin/sh']);
  });

  it('a namespace held by a process outlives the unshare that made it', () => {
    const k = createKernel();
    const r = unshare(['unshare', '-n', 'sh'], ctxOf(k)) as ExecRequest;
    k.processes.push({ pid: 4242, netns: r.netns, command: 'sleep 100' });
    r.after!(k, 0);
    expect(k.namespaces.has(r.netns)).toBe(true);
    const n = nsenter(['nsenter', '-t', '4242', '-n', 'ip', 'link'], ctxOf(k)) as ExecRequest;
    expect(n.netns).toBe(r.netns);
    expect(n.argv).toEqual(['ip', 'link']);
    const f = nsenter(['nsenter', '--net=/proc/4242/ns/net'], ctxOf(k, { SHELL: '/bin/zsh' })) as ExecRequest;
    expect(f.netns).toBe(r.netns);
    expect(f.argv).toEqual(['/bin/zsh']);
  });

  it('nsenter --net=/run/netns/NAME names the namespace for the prompt', () => {
    const k = createKernel();
    const ns = k.createNetns();
    k.named.set('blue', ns.inode);
    const r = nsenter(['nsenter', '--net=/run/netns/blue', 'sh'], ctxOf(k)) as ExecRequest;
    expect(r.netns).toBe(ns.inode);
    expect(r.env?.IPLAB_NETNS_NAME).toBe('blue');
  });
});

describe('lsns', () => {
  it('lists the namespaces holding processes, lowest PID first', () => {
    const k = createKernel();
    const ns = k.createNetns();
    k.named.set('red', ns.inode);
    k.processes.push({ pid: 300, netns: ns.inode, command: 'sleep 100' }, { pid: 200, netns: ns.inode, command: 'sleep 50' });
    const env = { IPLAB_PID: '100' };
    const r = runTool(k, ['lsns', '-t', 'net'], { env });
    expect(r.stdout).toBe(
      '        NS TYPE NPROCS PID USER    NETNSID NSFS           COMMAND\n' +
        `${k.initInode} net       1 100 root unassigned                lsns -t net\n` +
        `${ns.inode} net       2 200 root unassigned /run/netns/red sleep 50\n`,
    );
    expect(runTool(k, ['lsns', '-t', 'net', '-n', '-o', 'NS,PID'], { env }).stdout).toBe(`${k.initInode} 100\n${ns.inode} 200\n`);
    expect(runTool(k, ['lsns', '-t', 'net', String(ns.inode)], { env }).stdout).toBe('PID PPID USER COMMAND\n200    0 root sleep 50\n300    0 root sleep 100\n');
    expect(runTool(k, ['lsns', '-t', 'net', '-p', '300', '-o', 'NS'], { env }).stdout).toBe(`        NS\n${ns.inode}\n`);
  });

  it('renders JSON and raw as libsmartcols does', () => {
    const cols = [
      { name: 'NS', right: true, json: 'number' as const },
      { name: 'NETNSID', right: true, json: 'string' as const },
      { name: 'NSFS', right: false, json: 'string' as const },
      { name: 'COMMAND', right: false, json: 'string' as const },
    ];
    const rows = [[4026532320, '5', '/run/netns/ns1', 'sleep 3'], [4026532400, 'unassigned', null, 'sh -c "a\nb"']];
    expect(render(cols, rows, { json: true, raw: false, noHead: false })).toBe(
      '{\n   "namespaces": [\n      {\n         "ns": 4026532320,\n         "netnsid": "5",\n         "nsfs": "/run/netns/ns1",\n         "command": "sleep 3"\n' +
        '      },{\n         "ns": 4026532400,\n         "netnsid": "unassigned",\n         "nsfs": null,\n         "command": "sh -c \\"a\\nb\\""\n      }\n   ]\n}\n',
    );
    expect(render(cols, [], { json: true, raw: false, noHead: false })).toBe('{\n   "namespaces": [\n\n   ]\n}\n');
    expect(render(cols, [], { json: false, raw: false, noHead: false })).toBe('');
    expect(render(cols, rows, { json: false, raw: true, noHead: false })).toBe('NS NETNSID NSFS COMMAND\n4026532320 5 /run/netns/ns1 sleep\\x203\n4026532400 unassigned  sh\\x20-c\\x20"a\\x0ab"\n');
    expect(render(cols, rows, { json: false, raw: false, noHead: false })).toBe(
      '        NS    NETNSID NSFS           COMMAND\n4026532320          5 /run/netns/ns1 sleep 3\n4026532400 unassigned                sh -c "a\\x0ab"\n',
    );
  });
});
