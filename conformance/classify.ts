// What a scenario command is, seen from outside: the program that finally
// runs (through `ip netns exec`, `ip -n`, `nsenter`, `unshare`), the ip object
// it addresses, and whether it only reads state. Used by the recorder (settle
// the kernel before reads) and by the normalisations (which apply per command
// class). Conservative: anything unknown counts as a change.

export interface CommandClass {
  /** Program name without directory: "ip", "sysctl", "iptables-save"… */
  prog: string;
  /** Arguments of the program after its own global options (for ip: the
   * object word first). */
  args: string[];
  /** For ip: the object as iproute2 resolves it ("link", "address", …). */
  ipObject?: string;
  /** Only reads state (show/list/get/help, sysctl without assignment…). */
  readOnly: boolean;
}

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

// ip.c's cmds[] in table order: matches() takes the first whose name starts
// with the word typed.
const IP_OBJECTS = [
  'address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl', 'link',
  'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tuntap', 'tap', 'token', 'tcpmetrics', 'tcp_metrics', 'monitor',
  'xfrm', 'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam', 'stats', 'help',
];

// ip global options that take an argument (ip.c main()).
const IP_OPTS_WITH_ARG = ['-loops', '-family', '-rcvbuf', '-netns', '-batch'];

function ipOptTakesArg(opt: string): boolean {
  let o = opt;
  if (o.startsWith('--')) o = o.slice(1);
  if (o === '-n' || o === '-b' || o === '-l' || o === '-f') return true;
  if (o === '-rc') return true;
  return IP_OPTS_WITH_ARG.some((full) => o.length >= 3 && full.startsWith(o));
}

export function resolveIpObject(word: string): string | undefined {
  return IP_OBJECTS.find((o) => o.startsWith(word));
}

const READ_WORDS = ['show', 'list', 'lst', 'get', 'help', 'showdump', 'identify', 'pids', 'list-id'];

/** Is `w` (a sub-command as typed) one that only reads? "s" is `set` for
 * link (iplink.c tries set before show) and `show` for the other objects. */
function isReadWord(obj: string, w: string): boolean {
  if (w === 's') return obj !== 'link';
  if (w === 'l') return true;
  if (w.length < 2) return false;
  return READ_WORDS.some((r) => r.startsWith(w));
}

export function classify(argv: string[]): CommandClass {
  const prog = base(argv[0] ?? '');
  const rest = argv.slice(1);
  if (prog === 'ip') return classifyIp(rest);
  if (prog === 'nsenter') {
    // nsenter [options] [program [arguments]]: options start with '-'.
    let i = 0;
    while (i < rest.length && rest[i].startsWith('-')) {
      const o = rest[i];
      i++;
      if (o === '--') break;
      if (/^-[tSGwr]$/.test(o) || /^--(target|setuid|setgid|wd|root)$/.test(o)) i++;
    }
    if (i < rest.length) return { ...classify(rest.slice(i)) };
    return { prog, args: rest, readOnly: false };
  }
  if (prog === 'unshare') {
    let i = 0;
    while (i < rest.length && rest[i].startsWith('-')) {
      const o = rest[i];
      i++;
      if (o === '--') break;
    }
    const inner = i < rest.length ? classify(rest.slice(i)) : { prog: 'sh', args: [], readOnly: false };
    // The namespace it makes goes away with the program; what runs inside reads or writes there.
    return { ...inner, readOnly: false };
  }
  if (prog === 'sysctl') {
    const writes = rest.some((a) => a.includes('=') && !a.startsWith('--pattern')) ||
      rest.some((a) => /^-[a-zA-Z]*[wp]/.test(a) || a === '--write' || a === '--load' || a.startsWith('--load=') || a === '--system');
    return { prog, args: rest, readOnly: !writes };
  }
  if (prog === 'iptables' || prog === 'ip6tables') {
    const ro = rest.some((a) => /^-[a-zA-Z]*[LS]/.test(a) || a === '--list' || a === '--list-rules') &&
      !rest.some((a) => /^-[a-zA-Z]*[Z]/.test(a) || a === '--zero');
    return { prog, args: rest, readOnly: ro };
  }
  if (prog === 'conntrack') {
    const ro = rest.some((a) => a === '-L' || a === '--dump' || a === '-S' || a === '--stats' || a === '-C' || a === '--count' || a === '-G' || a === '--get');
    return { prog, args: rest, readOnly: ro };
  }
  const readers = ['sleep', 'iptables-save', 'ip6tables-save', 'lsns', 'cat', 'ls', 'true', 'false', 'echo', 'uname', 'ipvsadm-save'];
  return { prog, args: rest, readOnly: readers.includes(prog) };
}

function classifyIp(rest: string[]): CommandClass {
  let i = 0;
  let batch = false;
  let all = false;
  while (i < rest.length && rest[i].startsWith('-')) {
    const o = rest[i];
    if (/^--?a(l(l)?)?$/.test(o)) all = true;
    if (o === '--') {
      i++;
      break;
    }
    if (ipOptTakesArg(o)) {
      const oo = o.replace(/^--/, '-');
      if (oo === '-b' || (oo.length >= 3 && '-batch'.startsWith(oo))) batch = true;
      i += 2;
    } else i++;
  }
  const args = rest.slice(i);
  if (batch) return { prog: 'ip', args, readOnly: false };
  if (args.length === 0) return { prog: 'ip', args, readOnly: true }; // usage
  const obj = resolveIpObject(args[0]);
  if (!obj) return { prog: 'ip', args, readOnly: true }; // "Object ... is unknown"
  if (obj === 'help') return { prog: 'ip', args, ipObject: obj, readOnly: true };
  if (obj === 'netns' && args[1] !== undefined && 'exec'.startsWith(args[1]) && args[1].length >= 1) {
    // ip netns exec NAME CMD…, ip -all netns exec CMD…
    const at = all ? 2 : 3;
    if (args.length > at) {
      const inner = classify(args.slice(at));
      return inner;
    }
    return { prog: 'ip', args, ipObject: obj, readOnly: true };
  }
  if (obj === 'monitor') return { prog: 'ip', args, ipObject: obj, readOnly: false };
  const sub = args[1];
  const readOnly = sub === undefined || isReadWord(obj, sub);
  return { prog: 'ip', args, ipObject: obj, readOnly };
}
