// `ip vrf` (iproute2 6.1 ip/ipvrf.c) and the VRF name look-ups other objects
// share (ipvrf_get_table(), name_is_vrf() of ip/iplink_vrf.c).
//
// What is modelled: `show` lists the VRF devices and their tables. iplab never
// places a process in a VRF (that takes a cgroup with a BPF program binding
// its sockets, see vrf_switch()), so `exec NAME` is refused out loud (only
// `exec default`, a plain exec, runs); `identify` and `pids` therefore find no
// association: nothing is printed, as on a host where none was made.

import type { ExecRequest } from '../types';
import type { Netns } from '../../kernel/netns';
import { type Ip, IpExit, matches, notSupported } from './common';
import { Out } from '../../lib/printer';
import { RT_TABLE } from '../../kernel/fib/route';

/** name_is_vrf(): the ifindex of the VRF device so named, else 0. */
export function nameIsVrf(ns: Netns, name: string): number {
  const l = ns.byName(name);
  return l?.kind === 'vrf' ? l.ifindex : 0;
}

/** ipvrf_get_table(): the table of the VRF so named; "default" names the
 * main table when no device has that name; 0 otherwise. */
export function ipvrfGetTable(ns: Netns, name: string): number {
  const l = ns.byName(name);
  if (!l) return name === 'default' ? RT_TABLE.main : 0;
  return l.kind === 'vrf' ? (l.vrfTable ?? 0) : 0;
}

function usage(ip: Ip): never {
  ip.err('Usage:\tip vrf show [NAME] ...\n\tip vrf exec [NAME] cmd ...\n\tip vrf identify [PID]\n\tip vrf pids [NAME]\n');
  throw new IpExit(255);
}

export function doVrf(ip: Ip, argv: string[]): number | ExecRequest {
  if (argv.length === 0) return show(ip, []);
  const [cmd, ...rest] = argv;
  if (matches(cmd, 'identify')) return identify(ip, rest);
  if (matches(cmd, 'pids')) return pids(ip, rest);
  if (matches(cmd, 'exec')) return exec(ip, rest);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return show(ip, rest);
  if (matches(cmd, 'help')) usage(ip);
  ip.err(`Command "${cmd}" is unknown, try "ip vrf help".\n`);
  throw new IpExit(255);
}

/** ipvrf_show(). */
function show(ip: Ip, argv: string[]): number {
  if (argv.length > 1) usage(ip);
  if (argv.length === 1) {
    const tb = ipvrfGetTable(ip.ns, argv[0]);
    if (!tb) {
      // ipvrf_show() returns 1, which do_cmd() negates: exit status 255.
      ip.err('Invalid VRF\n');
      return 255;
    }
    ip.out(`${argv[0]} ${tb}\n`);
    return 0;
  }
  const p = ip.printer().begin();
  p.string(Out.TEXT, null, '%-16s', 'Name');
  p.string(Out.TEXT, null, '  %5s\n', 'Table');
  p.string(Out.TEXT, null, '%s\n', '-----------------------');
  let n = 0;
  // The dump asks for kind "vrf" (the kernel filters), in ifindex order.
  for (const l of ip.ns.list()) {
    if (l.kind !== 'vrf' || !l.vrfTable) continue;
    p.openObject(null);
    p.string(Out.ANY, 'name', '%-16s', l.name);
    p.num(Out.ANY, 'table', ' %5u', l.vrfTable);
    p.string(Out.TEXT, null, '%s', '\n');
    p.closeObject();
    n++;
  }
  if (!n) p.string(Out.TEXT, null, '%s\n', 'No VRF has been configured');
  ip.out(p.end().toString());
  return 0;
}

/** The process ids iplab knows: its own (and parent) and the ones it started. */
function knownPid(ip: Ip, pid: number): boolean {
  if (String(pid) === ip.ctx.env.IPLAB_PID || String(pid) === ip.ctx.env.IPLAB_PPID) return true;
  return ip.ctx.kernel.processes.some((p) => p.pid === pid);
}

/** ipvrf_identify(): the VRF of a process's cgroup; iplab's are in none. */
function identify(ip: Ip, argv: string[]): number {
  if (argv.length > 1) {
    ip.err(`Error: argument "${argv[1]}" is wrong: Extra arguments specified\n\n`);
    throw new IpExit(255);
  }
  if (argv.length === 1) {
    // get_unsigned(base 10)
    if (!/^[0-9]+$/.test(argv[0]) || Number(argv[0]) > 0xffffffff) {
      ip.err(`Error: argument "${argv[0]}" is wrong: Invalid pid\n\n`);
      throw new IpExit(255);
    }
    if (!knownPid(ip, Number(argv[0]))) notSupported(ip, 'ip vrf identify of a process iplab did not start');
  }
  return 0;
}

/** ipvrf_pids(): the processes in the VRF's cgroup; iplab puts none there. */
function pids(ip: Ip, argv: string[]): number {
  if (argv.length !== 1) {
    ip.err('Invalid arguments\n');
    return 1;
  }
  if (!nameIsVrf(ip.ns, argv[0])) {
    ip.err('Invalid VRF name\n');
    return 1;
  }
  return 0;
}

/** ipvrf_exec() → cmd_exec() with vrf_switch() as setup. */
function exec(ip: Ip, argv: string[]): number | ExecRequest {
  if (argv.length < 1) {
    ip.err('No VRF name specified\n');
    return 1;
  }
  if (argv.length < 2) {
    ip.err('No command specified\n');
    return 1;
  }
  const [name, ...cmd] = argv;
  if (name !== 'default') {
    if (!nameIsVrf(ip.ns, name)) {
      ip.err('Invalid VRF name\n');
      return 255;
    }
    notSupported(ip, 'ip vrf exec (binding a process to a VRF)');
  }
  // The default VRF: the command runs as it is, in this namespace.
  return { kind: 'exec', argv: cmd, netns: ip.ns.inode, command: cmd.join(' ') };
}
