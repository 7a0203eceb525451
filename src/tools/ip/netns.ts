// ip netns: do_netns() of iproute2 ip/ipnetns.c. Names live in
// Kernel.named (/run/netns); ids are the current namespace's nsids.

import type { ExecRequest } from '../types';
import { Out } from '../../lib/printer';
import type { Netns } from '../../kernel/netns';
import type { Kernel } from '../../kernel/kernel';
import { type Ip, IpExit, duparg, incomplete, invarg, matches, notSupported } from './common';
import { STRERROR } from '../../kernel/errors';

const RUN_DIR = '/run/netns';

const NETNS_USAGE =
  'Usage:\tip netns list\n' +
  '\tip netns add NAME\n' +
  '\tip netns attach NAME PID\n' +
  '\tip netns set NAME NETNSID\n' +
  '\tip [-all] netns delete [NAME]\n' +
  '\tip netns identify [PID]\n' +
  '\tip netns pids NAME\n' +
  '\tip [-all] netns exec [NAME] cmd ...\n' +
  '\tip netns monitor\n' +
  '\tip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]\n' +
  'NETNSID := auto | POSITIVE-INT\n';

function usage(ip: Ip): never {
  ip.err(NETNS_USAGE);
  throw new IpExit(255);
}

/** invalid_name(). */
function invalidName(name: string): boolean {
  return !name || Buffer.byteLength(name) > 255 || name.includes('/') || name === '.' || name === '..';
}

/** Names under /run/netns in readdir order (newest first on the recording tmpfs). */
function names(ip: Ip): string[] {
  return [...ip.ctx.kernel.named.keys()].reverse();
}

export function doNetns(ip: Ip, args: string[]): number | ExecRequest {
  if (args.length < 1) return list(ip);
  if (!ip.opts.all && args.length > 1 && invalidName(args[1])) {
    ip.err(`Invalid netns name "${args[1]}"\n`);
    throw new IpExit(255);
  }
  const [cmd, ...rest] = args;
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return list(ip);
  if (matches(cmd, 'list-id')) return listId(ip, rest);
  if (matches(cmd, 'help')) usage(ip);
  if (matches(cmd, 'add')) return add(ip, rest);
  if (matches(cmd, 'set')) return setId(ip, rest);
  if (matches(cmd, 'delete')) return del(ip, rest);
  if (matches(cmd, 'identify')) return identify(ip, rest);
  if (matches(cmd, 'pids')) return pids(ip, rest);
  if (matches(cmd, 'exec')) return exec(ip, rest);
  if (matches(cmd, 'monitor')) notSupported(ip, 'ip netns monitor');
  if (matches(cmd, 'attach')) return attach(ip, rest);
  ip.err(`Command "${cmd}" is unknown, try "ip netns help".\n`);
  throw new IpExit(255);
}

/** netns_list(): "NAME (id: N)" with the id this namespace uses for it. */
function list(ip: Ip): number {
  const k = ip.ctx.kernel;
  const p = ip.printer().begin();
  for (const name of names(ip)) {
    p.openObject();
    p.string(Out.ANY, 'name', '%s', name);
    const id = ip.ns.nsids.get(k.named.get(name)!);
    if (id !== undefined) p.num(Out.ANY, 'id', ' (id: %d)', id);
    p.string(Out.TEXT, null, '\n', null);
    p.closeObject();
  }
  p.end();
  ip.out(p.toString());
  return 0;
}

/** netns_list_id(): the nsid table of this namespace, in id order; with
 * `target-nsid T` the table of the namespace this one calls T, each entry
 * with the id this namespace uses for the same peer (rtnl_net_dumpid()). */
function listId(ip: Ip, args: string[]): number {
  let nsidFilter = -1;
  let target = -1;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === 'target-nsid' || a === 'nsid') {
      if ((a === 'nsid' ? nsidFilter : target) >= 0) duparg(ip, a, a);
      if (i + 1 >= args.length) incomplete(ip);
      const v = args[++i];
      const n = getInteger(v);
      if (n === null) invarg(ip, `"${a}" value is invalid`, v);
      // iproute2 names argv[1] here: the word after the value.
      if (n < 0) invarg(ip, `"${a}" value should be >= 0`, args[i + 1] ?? '(null)');
      if (a === 'nsid') nsidFilter = n;
      else target = n;
    } else usage(ip);
  }
  const k = ip.ctx.kernel;
  const entries = [...ip.ns.nsids].filter(([inode]) => k.namespaces.has(inode)).sort((a, b) => a[1] - b[1]);
  // RTM_GETNSID for one id (rtnl_net_getid()): an unknown id has no peer.
  if (nsidFilter >= 0) {
    const peer = entries.find(([, id]) => id === nsidFilter);
    if (!peer || target >= 0) {
      if (peer) notSupported(ip, 'ip netns list-id target-nsid with nsid');
      ip.err('Error: Peer netns reference is invalid.\n');
      return 2;
    }
  }
  let rows: { nsid: number; inode: number; current?: number }[] = entries.map(([inode, nsid]) => ({ nsid, inode }));
  if (target >= 0) {
    const t = entries.find(([, id]) => id === target);
    const tns = t ? k.namespaces.get(t[0]) : undefined;
    if (!tns) {
      ip.err('Error: Invalid target network namespace id.\n');
      ip.err('Dump terminated\n');
      return 1;
    }
    rows = [...tns.nsids]
      .filter(([inode]) => k.namespaces.has(inode))
      .sort((a, b) => a[1] - b[1])
      .map(([inode, nsid]) => ({ nsid, inode, current: ip.ns.nsids.get(inode) ?? -1 }));
  }
  // netns_map_init(): the names in /run/netns by their id here (first wins).
  const cache = new Map<number, string>();
  for (const n of names(ip)) {
    const id = ip.ns.nsids.get(k.named.get(n)!);
    if (id !== undefined && !cache.has(id)) cache.set(id, n);
  }
  const p = ip.printer().begin();
  for (const r of rows) {
    if (nsidFilter >= 0 && r.nsid !== nsidFilter) continue;
    p.openObject();
    p.num(Out.ANY, 'nsid', 'nsid %d ', r.nsid);
    if (r.current !== undefined) {
      if (r.current < 0) p.string(Out.TEXT, null, 'current-nsid unassigned ', null);
      else p.num(Out.ANY, 'current-nsid', 'current-nsid %d ', r.current);
    }
    // print_nsid(): the name cached for the current id (taken out of the
    // cache), else the first name whose id here is the entry's nsid.
    const key = r.current ?? r.nsid;
    let name = cache.get(key);
    if (name !== undefined) cache.delete(key);
    else {
      name = names(ip).find((n) => ip.ns.nsids.get(k.named.get(n)!) === r.nsid);
      if (name !== undefined && !cache.has(r.nsid)) cache.set(r.nsid, name);
    }
    if (name !== undefined) p.string(Out.ANY, 'name', '(iproute2 netns name: %s)', name);
    p.string(Out.TEXT, null, '\n', null);
    p.closeObject();
  }
  p.end();
  ip.out(p.toString());
  return 0;
}

/** get_integer(): strtol base 0 into an int. */
function getInteger(s: string): number | null {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return null;
  const body = m[2];
  let n = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body[0] === '0' ? parseInt(body, 8) : parseInt(body, 10);
  if (m[1] === '-') n = -n;
  if (n > 0x7fffffff || n < -0x80000000) return null;
  return n;
}

function add(ip: Ip, args: string[]): number {
  if (args.length < 1) {
    ip.err('No netns name specified\n');
    return 1;
  }
  const name = args[0];
  const k = ip.ctx.kernel;
  if (k.named.has(name)) {
    ip.err(`Cannot create namespace file "${RUN_DIR}/${name}": File exists\n`);
    return 1;
  }
  const ns = k.createNetns();
  k.named.set(name, ns.inode);
  ip.ctx.dirty = true;
  return 0;
}

function attach(ip: Ip, args: string[]): number {
  if (args.length < 2) {
    ip.err('No netns name and PID specified\n');
    return 1;
  }
  const [name, pidStr] = args;
  const pid = /^-?\d+$/.test(pidStr) ? Number(pidStr) : 0;
  if (!pid) {
    ip.err(`Invalid PID: ${pidStr}\n`);
    return 1;
  }
  const k = ip.ctx.kernel;
  if (k.named.has(name)) {
    ip.err(`Cannot create namespace file "${RUN_DIR}/${name}": File exists\n`);
    return 1;
  }
  const pr = k.processes.find((x) => x.pid === pid);
  if (!pr) {
    ip.err(`Bind /proc/${pid}/ns/net -> ${RUN_DIR}/${name} failed: ${STRERROR.ENOENT}\n`);
    return 1;
  }
  k.named.set(name, pr.netns);
  ip.ctx.dirty = true;
  return 0;
}

/** on_netns_del(): unlink the name; the namespace goes when nothing holds it. */
function delOne(ip: Ip, name: string): number {
  const k = ip.ctx.kernel;
  const inode = k.named.get(name);
  if (inode === undefined) {
    ip.err(`Cannot remove namespace file "${RUN_DIR}/${name}": ${STRERROR.ENOENT}\n`);
    return 1;
  }
  k.named.delete(name);
  const ns = k.namespaces.get(inode);
  if (ns && !k.isHeld(ns)) k.destroyNetns(ns);
  ip.ctx.dirty = true;
  return 0;
}

function del(ip: Ip, args: string[]): number {
  if (args.length < 1 && !ip.opts.all) {
    ip.err('No netns name specified\n');
    return 1;
  }
  // netns_foreach(on_netns_del): stops at the first failure, returns 0.
  if (ip.opts.all) {
    for (const n of names(ip)) if (delOne(ip, n)) break;
    return 0;
  }
  return delOne(ip, args[0]);
}

function setId(ip: Ip, args: string[]): number {
  if (args.length < 1) {
    ip.err('No netns name specified\n');
    return 1;
  }
  if (args.length < 2) {
    ip.err('No nsid specified\n');
    return 1;
  }
  const [name, v] = args;
  let nsid: number;
  if (v === 'auto') nsid = -1;
  else if (!/^\s*[+-]?(0[xX][0-9a-fA-F]+|\d+)$/.test(v)) invarg(ip, 'Invalid "netnsid" value', v);
  else {
    nsid = Number(v.trim());
    if (nsid < 0) invarg(ip, '"netnsid" value should be >= 0', v);
  }
  const target = ip.ctx.kernel.byName(name);
  if (!target) {
    ip.err(`Cannot open network namespace "${name}": ${STRERROR.ENOENT}\n`);
    return 1;
  }
  // rtnl_net_newid()
  if (ip.ns.nsids.has(target.inode)) {
    ip.err('Error: Peer netns already has a nsid assigned.\n');
    return 2;
  }
  if (nsid! >= 0 && [...ip.ns.nsids.values()].includes(nsid!)) {
    ip.err('Error: The specified nsid is already used.\n');
    return 2;
  }
  if (nsid! < 0) ip.ns.nsidFor(target);
  else ip.ns.nsids.set(target.inode, nsid!);
  ip.ctx.dirty = true;
  return 0;
}

/** The name bound to a namespace, as netns_identify_pid() finds it (last match). */
function nameOf(ip: Ip, ns: Netns): string {
  let found = '';
  for (const n of names(ip)) if (ip.ctx.kernel.named.get(n) === ns.inode) found = n;
  return found;
}

function identify(ip: Ip, args: string[]): number {
  let ns: Netns | undefined = ip.ctx.ns;
  if (args.length > 1) {
    ip.err('extra arguments specified\n');
    return 1;
  }
  if (args.length === 1) {
    if (!/^\d*$/.test(args[0])) {
      ip.err(`Specified string '${args[0]}' is not a pid\n`);
      return 1;
    }
    const pr = ip.ctx.kernel.processes.find((p) => p.pid === Number(args[0]));
    if (!pr) {
      ip.err(`Cannot open network namespace: ${STRERROR.ENOENT}\n`);
      return 1;
    }
    ns = ip.ctx.kernel.namespaces.get(pr.netns);
  }
  ip.out((ns ? nameOf(ip, ns) : '') + '\n');
  return 0;
}

function pids(ip: Ip, args: string[]): number {
  if (args.length < 1) {
    ip.err('No netns name specified\n');
    return 1;
  }
  if (args.length > 1) {
    ip.err('extra arguments specified\n');
    return 1;
  }
  const ns = ip.ctx.kernel.byName(args[0]);
  if (!ns) {
    ip.err(`Cannot open network namespace: ${STRERROR.ENOENT}\n`);
    return 1;
  }
  const out = ip.ctx.kernel.processes.filter((p) => p.netns === ns.inode).map((p) => `${p.pid}\n`);
  ip.out(out.join(''));
  return 0;
}

/** cmd_exec() failing to start the program: lib/exec.c prints this in the
 * child, which exits 1. */
function execFailed(prog: string) {
  return (errno: string) => ({ stderr: `exec of "${prog}" failed: ${STRERROR[errno as keyof typeof STRERROR] ?? errno}\n`, code: 1 });
}

/** netns_exec(): run the command with the namespace in its environment. */
function exec(ip: Ip, args: string[]): number | ExecRequest {
  if (args.length < 1 && !ip.opts.all) {
    ip.err('No netns name specified\n');
    return 1;
  }
  if ((args.length < 2 && !ip.opts.all) || args.length < 1) {
    ip.err('No command specified\n');
    return 1;
  }
  if (ip.opts.all) return execAll(ip, args);
  const [name, ...argv] = args;
  const ns = ip.ctx.kernel.byName(name);
  if (!ns) {
    ip.err(`Cannot open network namespace "${name}": ${STRERROR.ENOENT}\n`);
    return 255;
  }
  return { kind: 'exec', argv, netns: ns.inode, env: { IPLAB_NETNS_NAME: name }, command: argv.join(' '), execFailed: execFailed(argv[0]) };
}

/** netns_foreach(on_netns_exec): for each name in /run/netns (readdir
 * order), print "\nnetns: NAME" and run the command there in a child. The
 * children's exit statuses are ignored: `ip -all netns exec` returns 0. */
function execAll(ip: Ip, argv: string[]): number | ExecRequest {
  const pending = names(ip);
  const step = (k: Kernel): ExecRequest | number => {
    for (;;) {
      const name = pending.shift();
      if (name === undefined) return 0;
      // A name unlinked by an earlier command is no longer in the directory.
      const ns = k.byName(name);
      if (!ns) continue;
      return {
        kind: 'exec',
        argv,
        netns: ns.inode,
        env: { IPLAB_NETNS_NAME: name },
        command: argv.join(' '),
        banner: `\nnetns: ${name}\n`,
        execFailed: execFailed(argv[0]),
        next: (k2) => step(k2),
      };
    }
  };
  return step(ip.ctx.kernel);
}
