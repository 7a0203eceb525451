// The emulated nsenter of util-linux 2.38.1 (sys-utils/nsenter.c).
// Modelled: the network namespace. --net=FILE accepts /run/netns/NAME (and
// /var/run/netns/NAME), /proc/PID/ns/net and /proc/self/ns/net; -t PID names
// a process iplab started (ip netns exec, unshare -n, nsenter) or a process
// of the host, which lives in the state's initial namespace. The other
// namespace types (-m -u -i -p -C -U -T), -a beyond the network namespace,
// -S/-G, --preserve-credentials, -F and -Z are accepted and change nothing;
// -r/-w/-W (root and working directory) are refused as not supported.

import type { ToolContext, ToolResult } from '../types';
import type { Netns } from '../../kernel/netns';
import { Getopt, type LongOption } from '../../lib/getopt';
import { STRERROR } from '../../kernel/errors';
import { nsOfPid, openNetnsFile, parseUnsigned, promptName, shellArgv } from '../unshare/nspath';

const USAGE =
  '\n' +
  'Usage:\n' +
  ' nsenter [options] [<program> [<argument>...]]\n' +
  '\n' +
  'Run a program with namespaces of other processes.\n' +
  '\n' +
  'Options:\n' +
  ' -a, --all              enter all namespaces\n' +
  ' -t, --target <pid>     target process to get namespaces from\n' +
  ' -m, --mount[=<file>]   enter mount namespace\n' +
  ' -u, --uts[=<file>]     enter UTS namespace (hostname etc)\n' +
  ' -i, --ipc[=<file>]     enter System V IPC namespace\n' +
  ' -n, --net[=<file>]     enter network namespace\n' +
  ' -p, --pid[=<file>]     enter pid namespace\n' +
  ' -C, --cgroup[=<file>]  enter cgroup namespace\n' +
  ' -U, --user[=<file>]    enter user namespace\n' +
  ' -T, --time[=<file>]    enter time namespace\n' +
  ' -S, --setuid <uid>     set uid in entered namespace\n' +
  ' -G, --setgid <gid>     set gid in entered namespace\n' +
  '     --preserve-credentials do not touch uids or gids\n' +
  ' -r, --root[=<dir>]     set the root directory\n' +
  ' -w, --wd[=<dir>]       set the working directory\n' +
  ' -W. --wdns <dir>       set the working directory in namespace\n' +
  ' -F, --no-fork          do not fork before exec\'ing <program>\n' +
  ' -Z, --follow-context   set SELinux context according to --target PID\n' +
  '\n' +
  ' -h, --help             display this help\n' +
  ' -V, --version          display version\n' +
  '\n' +
  'For more details see nsenter(1).\n';

const LONGS: LongOption[] = [
  { name: 'all', has: 0, val: 'a' },
  { name: 'help', has: 0, val: 'h' },
  { name: 'version', has: 0, val: 'V' },
  { name: 'target', has: 1, val: 't' },
  { name: 'mount', has: 2, val: 'm' },
  { name: 'uts', has: 2, val: 'u' },
  { name: 'ipc', has: 2, val: 'i' },
  { name: 'net', has: 2, val: 'n' },
  { name: 'pid', has: 2, val: 'p' },
  { name: 'user', has: 2, val: 'U' },
  { name: 'cgroup', has: 2, val: 'C' },
  { name: 'time', has: 2, val: 'T' },
  { name: 'setuid', has: 1, val: 'S' },
  { name: 'setgid', has: 1, val: 'G' },
  { name: 'root', has: 2, val: 'r' },
  { name: 'wd', has: 2, val: 'w' },
  { name: 'wdns', has: 2, val: 'W' },
  { name: 'no-fork', has: 0, val: 'F' },
  { name: 'preserve-credentials', has: 0, val: 'PRESERVE' },
  { name: 'follow-context', has: 0, val: 'Z' },
];

const NS_NAMES: Record<string, string> = { m: 'ns/mnt', u: 'ns/uts', i: 'ns/ipc', n: 'ns/net', p: 'ns/pid', C: 'ns/cgroup', U: 'ns/user', T: 'ns/time' };

class Exit {
  constructor(readonly code: number) {}
}

export function main(argv: string[], ctx: ToolContext): ToolResult {
  try {
    return run(argv, ctx);
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

function run(argv: string[], ctx: ToolContext): ToolResult {
  const err = (s: string): void => ctx.io.stderr(s);
  const fail = (s: string): never => {
    err(`nsenter: ${s}\n`);
    throw new Exit(1);
  };
  const g = new Getopt(argv, '+ahVt:m::u::i::n::p::C::U::T::S:G:r::w::W:FZ', LONGS, 'nsenter', err);
  let target: number | undefined;
  let all = false;
  let netFd: Netns | undefined;
  const wanted = new Set<string>();
  let seenW = '';
  for (let o = g.get(); o; o = g.get()) {
    // err_exclusive_options(): -W and -w.
    if (o.c === 'W' || o.c === 'w') {
      if (seenW && seenW !== o.c) fail('mutually exclusive arguments: --wdns --wd');
      seenW = o.c;
    }
    switch (o.c) {
      case 'a':
        all = true;
        break;
      case 't': {
        const v = parseUnsigned(o.arg!);
        if (v === null) fail(`failed to parse pid: '${o.arg}'`);
        target = v!;
        break;
      }
      case 'm': case 'u': case 'i': case 'n': case 'p': case 'C': case 'U': case 'T':
        if (o.arg === undefined) wanted.add(o.c);
        else if (o.c === 'n') {
          const r = openNetnsFile(ctx, o.arg);
          if ('errno' in r) {
            if (r.errno === 'EINVAL') netFd = undefined;
            else fail(`cannot open ${o.arg}: ${STRERROR[r.errno]}`);
            // Opened, but setns() will refuse a file that is no namespace.
            if (r.errno === 'EINVAL') wanted.add('n-bad');
          } else {
            netFd = r.ns;
            wanted.delete('n-bad');
          }
        }
        break;
      case 'S':
      case 'G':
        if (parseUnsigned(o.arg!) === null) fail(`failed to parse ${o.c === 'S' ? 'uid' : 'gid'}: '${o.arg}'`);
        break;
      case 'F': case 'PRESERVE': case 'Z':
        break;
      case 'r': case 'w': case 'W':
        err(`iplab: nsenter --${o.c === 'r' ? 'root' : o.c === 'w' ? 'wd' : 'wdns'} is not supported by iplab\n`);
        return 2;
      case 'h':
        ctx.io.stdout(USAGE);
        return 0;
      case 'V':
        ctx.io.stdout('nsenter from util-linux 2.38.1\n');
        return 0;
      default:
        err("Try 'nsenter --help' for more information.\n");
        return 1;
    }
  }
  if (all) {
    if (target === undefined) fail('no target PID specified for --all');
    if (!netFd) wanted.add('n');
  }
  // open_namespace_fd() for the types named without a file, in
  // namespace_files[] order (user, cgroup, ipc, uts, net, pid, mnt, time).
  for (const t of ['U', 'C', 'i', 'u', 'n', 'p', 'm', 'T']) {
    if (!wanted.has(t)) continue;
    if (target === undefined) fail(`neither filename nor target pid supplied for ${NS_NAMES[t]}`);
    const ns = nsOfPid(ctx, target!);
    if (!ns) {
      if (all) continue; // is_usable_namespace() skips what cannot be opened
      fail(`cannot open /proc/${target}/${NS_NAMES[t]}: No such file or directory`);
    }
    if (t === 'n') netFd = ns;
  }
  if (wanted.has('n-bad') && !netFd) fail("reassociate to namespace 'ns/net' failed: Invalid argument");
  const rest = g.rest();
  const cmd = rest.length ? rest : shellArgv(ctx);
  const ns = netFd ?? ctx.ns;
  const env = netFd ? { IPLAB_NETNS_NAME: promptName(ctx.kernel, ns) } : undefined;
  return { kind: 'exec', argv: cmd, netns: ns.inode, env, command: cmd.join(' '), program: 'nsenter' };
}
