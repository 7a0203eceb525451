// The emulated unshare of util-linux 2.38.1 (sys-utils/unshare.c).
// Modelled: the network namespace. `unshare -n CMD` makes a fresh namespace
// (only lo, down), runs CMD in it as a real process and drops the namespace
// when CMD exits, unless something holds it (a /run/netns name from
// --net=/run/netns/NAME, or another process iplab started in it).
// The other namespace types (-m -u -i -p -U -C -T, --mount-proc, -r, -c,
// --map-*, --fork, --propagation, --setgroups, --keep-caps, --kill-child) are
// accepted and change nothing: CMD simply runs. --root, --wd, --setuid,
// --setgid, --monotonic and --boottime are refused as not supported.

import type { ToolContext, ToolResult } from '../types';
import { Getopt, type LongOption } from '../../lib/getopt';
import { shellArgv, promptName } from './nspath';

const USAGE =
  '\n' +
  'Usage:\n' +
  ' unshare [options] [<program> [<argument>...]]\n' +
  '\n' +
  'Run a program with some namespaces unshared from the parent.\n' +
  '\n' +
  'Options:\n' +
  ' -m, --mount[=<file>]      unshare mounts namespace\n' +
  ' -u, --uts[=<file>]        unshare UTS namespace (hostname etc)\n' +
  ' -i, --ipc[=<file>]        unshare System V IPC namespace\n' +
  ' -n, --net[=<file>]        unshare network namespace\n' +
  ' -p, --pid[=<file>]        unshare pid namespace\n' +
  ' -U, --user[=<file>]       unshare user namespace\n' +
  ' -C, --cgroup[=<file>]     unshare cgroup namespace\n' +
  ' -T, --time[=<file>]       unshare time namespace\n' +
  '\n' +
  ' -f, --fork                fork before launching <program>\n' +
  ' --map-user=<uid>|<name>   map current user to uid (implies --user)\n' +
  ' --map-group=<gid>|<name>  map current group to gid (implies --user)\n' +
  ' -r, --map-root-user       map current user to root (implies --user)\n' +
  ' -c, --map-current-user    map current user to itself (implies --user)\n' +
  ' --map-auto                map users and groups automatically (implies --user)\n' +
  ' --map-users=<outeruid>,<inneruid>,<count>\n' +
  '                           map count users from outeruid to inneruid (implies --user)\n' +
  ' --map-groups=<outergid>,<innergid>,<count>\n' +
  '                           map count groups from outergid to innergid (implies --user)\n' +
  '\n' +
  ' --kill-child[=<signame>]  when dying, kill the forked child (implies --fork)\n' +
  '                             defaults to SIGKILL\n' +
  ' --mount-proc[=<dir>]      mount proc filesystem first (implies --mount)\n' +
  ' --propagation slave|shared|private|unchanged\n' +
  '                           modify mount propagation in mount namespace\n' +
  ' --setgroups allow|deny    control the setgroups syscall in user namespaces\n' +
  ' --keep-caps               retain capabilities granted in user namespaces\n' +
  '\n' +
  ' -R, --root=<dir>          run the command with root directory set to <dir>\n' +
  ' -w, --wd=<dir>            change working directory to <dir>\n' +
  ' -S, --setuid <uid>        set uid in entered namespace\n' +
  ' -G, --setgid <gid>        set gid in entered namespace\n' +
  ' --monotonic <offset>      set clock monotonic offset (seconds) in time namespaces\n' +
  ' --boottime <offset>       set clock boottime offset (seconds) in time namespaces\n' +
  '\n' +
  ' -h, --help                display this help\n' +
  ' -V, --version             display version\n' +
  '\n' +
  'For more details see unshare(1).\n';

const LONGS: LongOption[] = [
  { name: 'help', has: 0, val: 'h' },
  { name: 'version', has: 0, val: 'V' },
  { name: 'mount', has: 2, val: 'm' },
  { name: 'uts', has: 2, val: 'u' },
  { name: 'ipc', has: 2, val: 'i' },
  { name: 'net', has: 2, val: 'n' },
  { name: 'pid', has: 2, val: 'p' },
  { name: 'user', has: 2, val: 'U' },
  { name: 'cgroup', has: 2, val: 'C' },
  { name: 'time', has: 2, val: 'T' },
  { name: 'fork', has: 0, val: 'f' },
  { name: 'kill-child', has: 2, val: 'KILLCHILD' },
  { name: 'mount-proc', has: 2, val: 'MOUNTPROC' },
  { name: 'map-user', has: 1, val: 'MAPUSER' },
  { name: 'map-users', has: 1, val: 'MAPUSERS' },
  { name: 'map-group', has: 1, val: 'MAPGROUP' },
  { name: 'map-groups', has: 1, val: 'MAPGROUPS' },
  { name: 'map-root-user', has: 0, val: 'r' },
  { name: 'map-current-user', has: 0, val: 'c' },
  { name: 'map-auto', has: 0, val: 'MAPAUTO' },
  { name: 'propagation', has: 1, val: 'PROPAGATION' },
  { name: 'setgroups', has: 1, val: 'SETGROUPS' },
  { name: 'keep-caps', has: 0, val: 'KEEPCAPS' },
  { name: 'setuid', has: 1, val: 'S' },
  { name: 'setgid', has: 1, val: 'G' },
  { name: 'root', has: 1, val: 'R' },
  { name: 'wd', has: 1, val: 'w' },
  { name: 'monotonic', has: 1, val: 'MONOTONIC' },
  { name: 'boottime', has: 1, val: 'BOOTTIME' },
];

const UNSUPPORTED: Record<string, string> = {
  R: '--root',
  w: '--wd',
  S: '--setuid',
  G: '--setgid',
  MONOTONIC: '--monotonic',
  BOOTTIME: '--boottime',
};

export function main(argv: string[], ctx: ToolContext): ToolResult {
  const err = (s: string): void => ctx.io.stderr(s);
  const g = new Getopt(argv, '+fhVmuinpCTUrR:w:S:G:c', LONGS, 'unshare', err);
  let net = false;
  let netFile: string | undefined;
  for (let o = g.get(); o; o = g.get()) {
    switch (o.c) {
      case 'n':
        net = true;
        if (o.arg !== undefined) netFile = o.arg;
        break;
      case 'f': case 'm': case 'u': case 'i': case 'p': case 'U': case 'C': case 'T': case 'r': case 'c':
      case 'KILLCHILD': case 'MOUNTPROC': case 'MAPUSER': case 'MAPUSERS': case 'MAPGROUP': case 'MAPGROUPS':
      case 'MAPAUTO': case 'KEEPCAPS':
        break;
      case 'PROPAGATION':
        if (!['slave', 'shared', 'private', 'unchanged'].includes(o.arg!)) {
          err(`unshare: unsupported propagation mode: ${o.arg}\n`);
          return 1;
        }
        break;
      case 'SETGROUPS':
        if (o.arg !== 'allow' && o.arg !== 'deny') {
          err(`unshare: unsupported --setgroups argument '${o.arg}'\n`);
          return 1;
        }
        break;
      case 'h':
        ctx.io.stdout(USAGE);
        return 0;
      case 'V':
        ctx.io.stdout('unshare from util-linux 2.38.1\n');
        return 0;
      default:
        if (UNSUPPORTED[o.c]) {
          err(`iplab: unshare ${UNSUPPORTED[o.c]} is not supported by iplab\n`);
          return 2;
        }
        err("Try 'unshare --help' for more information.\n");
        return 1;
    }
  }
  const rest = g.rest();
  const cmd = rest.length ? rest : shellArgv(ctx);
  const k = ctx.kernel;
  if (!net) return { kind: 'exec', argv: cmd, netns: ctx.ns.inode, command: cmd.join(' '), program: 'unshare' };
  let bindName: string | undefined;
  if (netFile !== undefined) {
    // bind_ns_files(): mount --bind /proc/PID/ns/net FILE; FILE must exist.
    const m = /^(?:\/var)?\/run\/netns\/([^/]+)$/.exec(netFile.replace(/\/+/g, '/'));
    // The mount point exists if `ip netns add` made it in the model, or the
    // script created the file itself (touch /run/netns/NAME).
    let exists = m ? k.named.has(m[1]) : false;
    if (!exists) {
      try {
        ctx.io.readFile(netFile);
        exists = true;
      } catch {
        exists = false;
      }
    }
    if (!exists) {
      err(`unshare: mount /proc/${ctx.env.IPLAB_PID}/ns/net on ${netFile} failed: No such file or directory\n`);
      return 1;
    }
    if (!m) {
      err(`iplab: unshare --net=FILE is supported for /run/netns/NAME only\n`);
      return 2;
    }
    bindName = m[1];
  }
  const ns = k.createNetns();
  ctx.dirty = true;
  if (bindName !== undefined) {
    // The bind mount hides whatever the name held before; that namespace
    // lives on only if something else holds it.
    const before = k.byName(bindName);
    k.named.set(bindName, ns.inode);
    if (before && !k.isHeld(before)) k.destroyNetns(before);
  }
  const inode = ns.inode;
  return {
    kind: 'exec',
    argv: cmd,
    netns: inode,
    env: { IPLAB_NETNS_NAME: promptName(k, ns) },
    command: cmd.join(' '),
    program: 'unshare',
    after: (kernel) => {
      const n = kernel.namespaces.get(inode);
      if (n && !kernel.isHeld(n)) kernel.destroyNetns(n);
    },
  };
}
