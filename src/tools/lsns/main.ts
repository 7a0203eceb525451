// The emulated lsns of util-linux 2.38.1 (sys-utils/lsns.c), network
// namespaces only. A real lsns scans /proc: it sees every process of the host
// and lists each namespace that has one. iplab knows the processes it started
// in a namespace (ip netns exec, unshare -n, nsenter) and the lsns process
// itself, so it lists the namespaces holding those, ordered by lowest PID as
// lsns orders them. What cannot match a real host byte for byte: PIDs, the
// host's own processes (PID 1 and the rest of the initial namespace) and the
// process tree (children nested under their parent's line).

import type { ToolContext, ToolResult } from '../types';
import type { Netns } from '../../kernel/netns';
import { Getopt, type LongOption } from '../../lib/getopt';

const USAGE =
  '\n' +
  'Usage:\n' +
  ' lsns [options] [<namespace>]\n' +
  '\n' +
  'List system namespaces.\n' +
  '\n' +
  'Options:\n' +
  ' -J, --json             use JSON output format\n' +
  ' -l, --list             use list format output\n' +
  ' -n, --noheadings       don\'t print headings\n' +
  ' -o, --output <list>    define which output columns to use\n' +
  '     --output-all       output all columns\n' +
  ' -p, --task <pid>       print process namespaces\n' +
  ' -r, --raw              use the raw output format\n' +
  ' -u, --notruncate       don\'t truncate text in columns\n' +
  ' -W, --nowrap           don\'t use multi-line representation\n' +
  ' -t, --type <name>      namespace type (mnt, net, ipc, user, pid, uts, cgroup, time)\n' +
  ' -T, --tree <rel>       use tree format (parent, owner, or process)\n' +
  '\n' +
  ' -h, --help             display this help\n' +
  ' -V, --version          display version\n' +
  '\n' +
  'Available output columns:\n' +
  '          NS  namespace identifier (inode number)\n' +
  '        TYPE  kind of namespace\n' +
  '        PATH  path to the namespace\n' +
  '      NPROCS  number of processes in the namespace\n' +
  '         PID  lowest PID in the namespace\n' +
  '        PPID  PPID of the PID\n' +
  '     COMMAND  command line of the PID\n' +
  '         UID  UID of the PID\n' +
  '        USER  username of the PID\n' +
  '     NETNSID  namespace ID as used by network subsystem\n' +
  '        NSFS  nsfs mountpoint (usually used network subsystem)\n' +
  '         PNS  parent namespace identifier (inode number)\n' +
  '         ONS  owner namespace identifier (inode number)\n' +
  '\n' +
  'For more details see lsns(8).\n';

interface Col {
  name: string;
  right: boolean;
  json: 'number' | 'string';
}

const COLS: Col[] = [
  { name: 'NS', right: true, json: 'number' },
  { name: 'TYPE', right: false, json: 'string' },
  { name: 'PATH', right: false, json: 'string' },
  { name: 'NPROCS', right: true, json: 'number' },
  { name: 'PID', right: true, json: 'number' },
  { name: 'PPID', right: true, json: 'number' },
  { name: 'COMMAND', right: false, json: 'string' },
  { name: 'UID', right: true, json: 'number' },
  { name: 'USER', right: false, json: 'string' },
  { name: 'NETNSID', right: true, json: 'string' },
  { name: 'NSFS', right: false, json: 'string' },
  { name: 'PNS', right: true, json: 'number' },
  { name: 'ONS', right: true, json: 'number' },
];

const TYPES = ['mnt', 'net', 'ipc', 'user', 'pid', 'uts', 'cgroup', 'time'];
/** The initial user namespace: the owner of every namespace iplab makes. */
const INIT_USER_NS = 4026531837;

const LONGS: LongOption[] = [
  { name: 'json', has: 0, val: 'J' },
  { name: 'task', has: 1, val: 'p' },
  { name: 'help', has: 0, val: 'h' },
  { name: 'output', has: 1, val: 'o' },
  { name: 'output-all', has: 0, val: 'OUTPUTALL' },
  { name: 'notruncate', has: 0, val: 'u' },
  { name: 'version', has: 0, val: 'V' },
  { name: 'noheadings', has: 0, val: 'n' },
  { name: 'nowrap', has: 0, val: 'W' },
  { name: 'list', has: 0, val: 'l' },
  { name: 'raw', has: 0, val: 'r' },
  { name: 'type', has: 1, val: 't' },
  { name: 'tree', has: 2, val: 'T' },
];

/** A process as lsns reads it from /proc. */
export interface LsnsProc {
  pid: number;
  ppid: number;
  netns: number;
  command: string;
}

/** The processes lsns sees: those iplab started that are still alive, and
 * lsns itself in the namespace it runs in. */
function processes(ctx: ToolContext, argv: string[]): LsnsProc[] {
  const self = Number(ctx.env.IPLAB_PID) || 0;
  const selfPpid = Number(ctx.env.IPLAB_PPID) || 0;
  let procReadable = true;
  try {
    ctx.io.readFile('/proc/self/stat');
  } catch {
    procReadable = false;
  }
  const out: LsnsProc[] = [{ pid: self, ppid: selfPpid, netns: ctx.ns.inode, command: argv.join(' ') }];
  for (const p of ctx.kernel.processes) {
    if (!ctx.kernel.namespaces.has(p.netns) || p.pid === self) continue;
    let ppid = 0;
    if (procReadable) {
      try {
        const stat = ctx.io.readFile(`/proc/${p.pid}/stat`);
        ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || 0;
      } catch {
        continue; // gone
      }
    }
    out.push({ pid: p.pid, ppid, netns: p.netns, command: p.command });
  }
  return out.sort((a, b) => a.pid - b.pid);
}

type Cell = string | number | null;

export function main(argv: string[], ctx: ToolContext): ToolResult {
  const err = (s: string): void => ctx.io.stderr(s);
  const g = new Getopt(argv, 'Jlp:o:nruhVt:T::W', LONGS, 'lsns', err);
  let json = false;
  let list = false;
  let raw = false;
  let noHead = false;
  let outarg: string | undefined;
  let columns: string[] = [];
  let fltrPid = 0;
  const types = new Set<string>();
  let seenJr = '';
  for (let o = g.get(); o; o = g.get()) {
    if (o.c === 'J' || o.c === 'r') {
      // err_exclusive_options(): --json and --raw.
      if (seenJr && seenJr !== o.c) {
        err('lsns: mutually exclusive arguments: --json --raw\n');
        return 1;
      }
      seenJr = o.c;
    }
    switch (o.c) {
      case 'J':
        json = true;
        break;
      case 'l':
        list = true;
        break;
      case 'o':
        outarg = o.arg;
        break;
      case 'OUTPUTALL':
        columns = COLS.map((c) => c.name);
        break;
      case 'p': {
        if (!/^\s*[-+]?\d+$/.test(o.arg!) || Math.abs(Number(o.arg)) > 2147483647) {
          err(`lsns: invalid PID argument: '${o.arg}'\n`);
          return 1;
        }
        fltrPid = Number(o.arg);
        break;
      }
      case 'n':
        noHead = true;
        break;
      case 'r':
        raw = true;
        break;
      case 'u':
      case 'W':
        break;
      case 't':
        if (!TYPES.includes(o.arg!)) {
          err(`lsns: unknown namespace type: ${o.arg}\n`);
          return 1;
        }
        types.add(o.arg!);
        break;
      case 'T': {
        const t = (o.arg ?? 'owner').replace(/^=/, '');
        if (!['parent', 'process', 'owner'].includes(t)) {
          err(`lsns: unknown tree type: ${t}\n`);
          return 1;
        }
        break;
      }
      case 'h':
        ctx.io.stdout(USAGE);
        return 0;
      case 'V':
        ctx.io.stdout('lsns from util-linux 2.38.1\n');
        return 0;
      default:
        err("Try 'lsns --help' for more information.\n");
        return 1;
    }
  }
  void list;
  const other = [...types].filter((t) => t !== 'net');
  if (other.length) {
    err(`iplab: lsns -t ${other[0]} is not supported by iplab (only network namespaces are modelled)\n`);
    return 2;
  }
  const isNet = types.has('net');
  const rest = g.rest();
  let fltrNs: number | undefined;
  if (rest.length) {
    if (fltrPid) {
      err('lsns: --task is mutually exclusive with <namespace>\n');
      return 1;
    }
    if (!/^\s*\+?\d+$/.test(rest[0])) {
      err(`lsns: invalid namespace argument: '${rest[0]}'\n`);
      return 1;
    }
    fltrNs = Number(rest[0]);
    if (!columns.length) columns = ['PID', 'PPID', 'USER', 'COMMAND'];
  }
  if (!columns.length) columns = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', ...(isNet ? ['NETNSID', 'NSFS'] : []), 'COMMAND'];
  if (outarg !== undefined) {
    // string_add_to_idarray(): "+LIST" appends to the defaults.
    const list2 = outarg.startsWith('+') ? outarg.slice(1) : outarg;
    const base = outarg.startsWith('+') ? columns : [];
    const names: string[] = [];
    for (const n of list2.split(',')) {
      const c = COLS.find((x) => x.name.toLowerCase() === n.toLowerCase());
      if (!c) {
        err(`lsns: unknown column: ${n}\n`);
        return 1;
      }
      names.push(c.name);
    }
    columns = [...base, ...names];
  }
  const procs = processes(ctx, argv);
  const k = ctx.kernel;
  // read_namespaces(): in order of first appearance, scanning PIDs upwards.
  const order: Netns[] = [];
  for (const p of procs) {
    const ns = k.namespaces.get(p.netns)!;
    if (!order.includes(ns)) order.push(ns);
  }
  const cols = columns.map((n) => COLS.find((c) => c.name === n)!);
  const rows: Cell[][] = [];
  const value = (ns: Netns, p: LsnsProc, members: LsnsProc[], c: Col): Cell => {
    switch (c.name) {
      case 'NS':
        return ns.inode;
      case 'TYPE':
        return 'net';
      case 'PATH':
        return `/proc/${p.pid}/ns/net`;
      case 'NPROCS':
        return members.length;
      case 'PID':
        return p.pid;
      case 'PPID':
        return p.ppid;
      case 'COMMAND':
        return p.command;
      case 'UID':
        return 0;
      case 'USER':
        return 'root';
      case 'NETNSID': {
        const id = ctx.ns.nsids.get(ns.inode);
        return id === undefined ? 'unassigned' : String(id);
      }
      case 'NSFS': {
        const names = [...k.named].filter(([, i]) => i === ns.inode).map(([n]) => `/run/netns/${n}`);
        return names.length ? names.join('\n') : null;
      }
      case 'PNS':
        return 0;
      case 'ONS':
        return INIT_USER_NS;
    }
    return null;
  };
  if (fltrNs !== undefined) {
    const ns = order.find((n) => n.inode === fltrNs);
    if (!ns) {
      err(`lsns: not found namespace: ${fltrNs}\n`);
      return 1;
    }
    const members = procs.filter((p) => p.netns === ns.inode);
    for (const p of members) rows.push(cols.map((c) => value(ns, p, members, c)));
  } else {
    for (const ns of order) {
      const members = procs.filter((p) => p.netns === ns.inode);
      if (fltrPid && !members.some((p) => p.pid === fltrPid)) continue;
      rows.push(cols.map((c) => value(ns, members[0], members, c)));
    }
  }
  ctx.io.stdout(render(cols, rows, { json, raw, noHead }));
  return 0;
}

/** libsmartcols output: aligned columns (the last one unpadded), raw
 * (\x-escaped, single spaces) or JSON under "namespaces". */
export function render(cols: Col[], rows: Cell[][], o: { json: boolean; raw: boolean; noHead: boolean }): string {
  if (o.json) {
    let s = '{\n   "namespaces": [';
    rows.forEach((r, i) => {
      s += i === 0 ? '\n      {\n' : ',{\n';
      s += r.map((v, j) => `         "${cols[j].name.toLowerCase()}": ${jsonValue(v, cols[j])}`).join(',\n');
      s += '\n      }';
    });
    // libsmartcols leaves an empty line in an empty array.
    return s + (rows.length ? '\n' : '\n\n') + '   ]\n}\n';
  }
  // An empty table prints nothing, not even the header.
  if (!rows.length) return '';
  const text = rows.map((r) => r.map((v) => (v === null ? '' : String(v))));
  if (o.raw) {
    const lines = o.noHead ? [] : [cols.map((c) => c.name).join(' ')];
    for (const r of text) lines.push(r.map(rawEscape).join(' '));
    return lines.map((l) => l + '\n').join('');
  }
  const shown = text.map((r) => r.map(visibleEscape));
  const widths = cols.map((c, j) => Math.max(o.noHead ? 0 : c.name.length, ...shown.map((r) => r[j].length)));
  const line = (cells: string[]): string =>
    cells
      .map((v, j) => {
        const last = j === cells.length - 1;
        if (cols[j].right) return v.padStart(widths[j]);
        return last ? v : v.padEnd(widths[j]);
      })
      .join(' ');
  const out = o.noHead ? [] : [line(cols.map((c) => c.name))];
  for (const r of shown) out.push(line(r));
  return out.map((l) => l + '\n').join('');
}

function jsonValue(v: Cell, c: Col): string {
  if (v === null || v === '') return 'null';
  if (c.json === 'number' && typeof v === 'number') return String(v);
  let s = '"';
  for (const ch of String(v)) {
    if (ch === '"' || ch === '\\') s += '\\' + ch;
    else if (ch === '\n') s += '\\n';
    else if (ch.charCodeAt(0) < 0x20) s += '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
    else s += ch;
  }
  return s + '"';
}

/** Control characters as \xHH (scols' mbs_safe_encode). */
function visibleEscape(s: string): string {
  return s.replace(/[\x00-\x1f\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

/** Raw output: blanks, backslashes and non-printable bytes as \xHH. */
function rawEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    if (b <= 0x20 || b >= 0x7f || b === 0x5c) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out;
}
