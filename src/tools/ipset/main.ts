// ipset 7.17: argv -> typed request (lib/ipset.c ipset_parser(), lib/parse.c)
// -> the namespace's set registry (kernel/netfilter/ipset.ts) -> text
// (lib/print.c, lib/session.c list/save). Errors: "ipset v7.17: <report>"
// on stderr, exit 1 for what the kernel or the element parser reports, exit 2
// with the "Try `ipset help'" line for command-line problems.

import { formatIp, parseIp4, parseIp6, type IpAddr } from '../../net/ip';
import { serviceByName, serviceByPort } from '../../net/netdb';
import {
  elemKey, IpsetError, memsize, SET_REVISION, SET_TYPES, type IpSet, type IpSets, type IpsetErrno, type SetCreate, type SetElem,
  type SetEntry, type SetTypeName,
} from '../../kernel/netfilter/ipset';
import type { ToolContext } from '../types';

const PROG = 'ipset v7.17';

/** A report of the session (exit 1) or a parameter problem (exit 2, with the help hint). */
class IpsetFail extends Error {
  constructor(
    message: string,
    readonly status: 1 | 2 = 1,
  ) {
    super(message);
  }
}
const syntax = (msg: string): never => {
  throw new IpsetFail(`Syntax error: ${msg}`);
};
const param = (msg: string): never => {
  throw new IpsetFail(msg, 2);
};

type Cmd = 'create' | 'add' | 'del' | 'test' | 'destroy' | 'list' | 'save' | 'restore' | 'flush' | 'rename' | 'swap' | 'help' | 'version';
/** The command names and their aliases (ipset_commands[] of lib/ipset.c). */
const COMMANDS: [Cmd, string[]][] = [
  ['create', ['create', 'n', '-N', '--create']],
  ['add', ['add', '-A', '--add']],
  ['del', ['del', '-D', '--del']],
  ['test', ['test', '-T', '--test']],
  ['destroy', ['destroy', 'x', '-X', '--destroy']],
  ['list', ['list', '-L', '--list']],
  ['save', ['save', '-S', '--save']],
  ['restore', ['restore', '-R', '--restore']],
  ['flush', ['flush', '-F', '--flush']],
  ['rename', ['rename', 'e', '-E', '--rename']],
  ['swap', ['swap', 'w', '-W', '--swap']],
  ['help', ['help', '-h', '-H', '--help']],
  ['version', ['version', '-v', '-V', '--version']],
];

interface Env {
  exist: boolean;
  quiet: boolean;
  terse: boolean;
  names: boolean;
  sorted: boolean;
  output: 'plain' | 'save' | 'xml';
  file?: string;
}

/** The kernel's ipset errors as lib/errcode.c words them (per command where it differs). */
function kernelText(cmd: Cmd, e: IpsetErrno, set?: IpSet): string {
  switch (e) {
    case 'ENOENT': return 'The set with the given name does not exist';
    case 'EEXIST': return 'Set cannot be created: set with the same name already exists';
    case 'BUSY': return 'Set cannot be destroyed: it is in use by a kernel component';
    case 'REFERENCED': return 'Set cannot be renamed: it is in use by another system';
    case 'EXIST_SETNAME2': return cmd === 'swap' ? 'Sets cannot be swapped: the second set does not exist' : 'Set cannot be renamed: a set with the new name already exists';
    case 'TYPE_MISMATCH': return 'The sets cannot be swapped: their type does not match';
    case 'ELEM_EXIST': return "Element cannot be added to the set: it's already added";
    case 'ELEM_MISSING': return "Element cannot be deleted from the set: it's not added";
    case 'INVALID_CIDR': return 'The value of the CIDR parameter of the IP address is invalid';
    case 'TIMEOUT': return 'Timeout cannot be used: set was created without timeout support';
    case 'COUNTER': return 'Packet/byte counters cannot be used: set was created without counter support';
    case 'COMMENT': return 'Comment cannot be used: set was created without comment support';
    case 'BITMAP_RANGE': return 'Element is out of the range of the set';
    case 'LIST_FULL': return 'The set is full, more elements cannot be added';
    case 'NAMEREF': return set?.type === 'list:set' ? 'Set to be added/deleted/tested as element does not exist.' : 'The set with the given name does not exist';
    case 'LOOP': return "Sets with list:set type cannot be added to the set.";
    case 'HASH_FULL': return 'Hash is full, cannot add more elements';
    case 'INVALID_FAMILY': return 'Protocol family not supported by the set type';
  }
}

// ---- element parsing (lib/parse.c) ---------------------------------------------

function parseAddr(s: string, family: 4 | 6): IpAddr {
  const a = family === 4 ? parseIp4(s) : parseIp6(s);
  if (!a) syntax(`cannot parse ${s}: resolving to ${family === 4 ? 'IPv4' : 'IPv6'} address failed`);
  return a!;
}

function cidrOf(s: string, family: 4 | 6): number {
  const max = family === 4 ? 32 : 128;
  if (!/^[0-9]+$/.test(s) || Number(s) > max) syntax(`'${s}' is out of range 0-${max}`);
  return Number(s);
}

function networkOf(a: IpAddr, len: number): IpAddr {
  if (a.f === 4) return { f: 4, v: len === 0 ? 0 : (a.v & ((0xffffffff << (32 - len)) >>> 0)) >>> 0 };
  const m = len === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
  return { f: 6, v: a.v & m };
}

const PROTOS: Record<string, number> = { tcp: 6, udp: 17, sctp: 132, udplite: 136, icmp: 1, icmpv6: 58, 'ipv6-icmp': 58 };
const PROTO_NAMES: Record<number, string> = { 6: 'tcp', 17: 'udp', 132: 'sctp', 136: 'udplite', 1: 'icmp', 58: 'icmpv6' };

/** ICMP names of lib/icmp.c: type/code packed as type << 8 | code. */
const ICMP: [string, number][] = [
  ['echo-reply', 0x0000], ['net-unreachable', 0x0300], ['host-unreachable', 0x0301], ['protocol-unreachable', 0x0302],
  ['port-unreachable', 0x0303], ['fragmentation-needed', 0x0304], ['source-route-failed', 0x0305], ['network-unknown', 0x0306],
  ['host-unknown', 0x0307], ['network-prohibited', 0x0309], ['host-prohibited', 0x030a], ['TOS-network-unreachable', 0x030b],
  ['TOS-host-unreachable', 0x030c], ['communication-prohibited', 0x030d], ['host-precedence-violation', 0x030e],
  ['precedence-cutoff', 0x030f], ['source-quench', 0x0400], ['network-redirect', 0x0500], ['host-redirect', 0x0501],
  ['TOS-network-redirect', 0x0502], ['TOS-host-redirect', 0x0503], ['echo-request', 0x0800], ['router-advertisement', 0x0900],
  ['router-solicitation', 0x0a00], ['ttl-zero-during-transit', 0x0b00], ['ttl-zero-during-reassembly', 0x0b01],
  ['ip-header-bad', 0x0c00], ['required-option-missing', 0x0c01], ['timestamp-request', 0x0d00], ['timestamp-reply', 0x0e00],
  ['address-mask-request', 0x1100], ['address-mask-reply', 0x1200],
];
const ICMP_ALIAS: Record<string, string> = { ping: 'echo-request', pong: 'echo-reply' };

/** "[proto:]port" of hash:*,port (ipset_parse_proto_port()); ranges give several. */
function parseProtoPort(s: string): { proto: number; ports: number[] } {
  let proto = 6;
  let port = s;
  const c = s.indexOf(':');
  if (c >= 0) {
    const pn = s.slice(0, c);
    port = s.slice(c + 1);
    if (pn in PROTOS) proto = PROTOS[pn];
    else if (/^[0-9]+$/.test(pn) && Number(pn) <= 255) proto = Number(pn);
    else syntax(`cannot parse '${pn}' as a protocol`);
  }
  if (proto === 1) {
    const n = ICMP_ALIAS[port] ?? port;
    const hit = ICMP.find(([name]) => name.toLowerCase() === n.toLowerCase());
    if (hit) return { proto, ports: [hit[1]] };
    const m = /^([0-9]+)\/([0-9]+)$/.exec(port);
    if (m && Number(m[1]) < 256 && Number(m[2]) < 256) return { proto, ports: [(Number(m[1]) << 8) | Number(m[2])] };
    syntax(`cannot parse '${port}' as a ICMP type`);
  }
  if (![6, 17, 132, 136].includes(proto)) return { proto, ports: [0] };
  return { proto, ports: parsePortRange(port, PROTO_NAMES[proto] ?? 'tcp') };
}

function parsePort(s: string, proto: string): number {
  const v = serviceByName(s, proto);
  if (v !== undefined) return v;
  if (!/^[0-9]+$/.test(s)) syntax(`cannot parse '${s}' as a ${proto} port`);
  if (Number(s) > 65535) syntax(`'${s}' is out of range 0-65535`);
  return Number(s);
}

function parsePortRange(s: string, proto: string): number[] {
  const d = s.indexOf('-');
  if (d <= 0) return [parsePort(s, proto)];
  const lo = parsePort(s.slice(0, d), proto);
  const hi = parsePort(s.slice(d + 1), proto);
  const out: number[] = [];
  for (let p = Math.min(lo, hi); p <= Math.max(lo, hi); p++) out.push(p);
  return out;
}

/** Addresses of "ip", "ip/cidr" or "ip-ip" for a host dimension (expanded). */
function hostRange(s: string, family: 4 | 6): IpAddr[] {
  const slash = s.indexOf('/');
  const dash = s.indexOf('-');
  if (slash < 0 && dash < 0) return [parseAddr(s, family)];
  if (family === 6) throw new IpsetFail('iplab: IPv6 address ranges are not supported by iplab');
  let lo: number;
  let hi: number;
  if (slash >= 0) {
    const a = parseAddr(s.slice(0, slash), 4) as { v: number };
    const len = cidrOf(s.slice(slash + 1), 4);
    if (len === 0) throw new IpsetError('INVALID_CIDR');
    lo = (networkOf({ f: 4, v: a.v }, len) as { v: number }).v;
    hi = lo + 2 ** (32 - len) - 1;
  } else {
    lo = (parseAddr(s.slice(0, dash), 4) as { v: number }).v;
    hi = (parseAddr(s.slice(dash + 1), 4) as { v: number }).v;
    if (lo > hi) [lo, hi] = [hi, lo];
  }
  if (hi - lo >= 65536) throw new IpsetError('HASH_FULL');
  const out: IpAddr[] = [];
  for (let v = lo; v <= hi; v++) out.push({ f: 4, v: v >>> 0 });
  return out;
}

/** "ip[/cidr]" of a net dimension: the network and its length. */
function netOf(s: string, family: 4 | 6): { ip: IpAddr; cidr: number } {
  const slash = s.indexOf('/');
  const max = family === 4 ? 32 : 128;
  if (s.includes('-')) throw new IpsetFail('iplab: network ranges (a-b) in hash:net sets are not supported by iplab');
  const ip = parseAddr(slash < 0 ? s : s.slice(0, slash), family);
  const cidr = slash < 0 ? max : cidrOf(s.slice(slash + 1), family);
  if (cidr === 0) throw new IpsetError('INVALID_CIDR');
  return { ip: networkOf(ip, cidr), cidr };
}

/** The elements an "add/del/test" argument stands for (ranges expand). */
function parseElems(set: IpSet, arg: string): SetElem[] {
  const parts = set.type === 'list:set' ? [arg] : arg.split(',');
  const dims = set.type === 'list:set' ? 1 : set.type.split(',').length;
  if (parts.length < dims) {
    const which = ['', 'Second', 'Third'][parts.length];
    syntax(`${which} element is missing from ${arg}.`);
  }
  if (parts.length > dims) syntax(`Elem separator in ${arg}, but settype ${set.type} supports none.`);
  const f = set.family;
  switch (set.type) {
    case 'hash:ip':
      return hostRange(parts[0], f).map((ip) => ({ ip }));
    case 'hash:net':
      return [netOf(parts[0], f)];
    case 'hash:ip,port':
    case 'hash:ip,port,ip':
    case 'hash:ip,port,net': {
      const ips = hostRange(parts[0], f);
      const pp = parseProtoPort(parts[1]);
      const third = set.type === 'hash:ip,port,ip' ? { ip2: parseAddr(parts[2], f) } : set.type === 'hash:ip,port,net' ? (({ ip, cidr }) => ({ ip2: ip, cidr2: cidr }))(netOf(parts[2], f)) : {};
      const out: SetElem[] = [];
      for (const ip of ips) for (const port of pp.ports) out.push({ ip, proto: pp.proto, port, ...third });
      return out;
    }
    case 'bitmap:port':
      return parsePortRange(parts[0].replace(/^(tcp|udp):/, ''), 'tcp').map((bport) => ({ bport }));
    case 'list:set':
      return [{ set: arg }];
  }
}

// ---- printing (lib/print.c) --------------------------------------------------------

function printElem(s: IpSet, e: SetElem): string {
  const net = (ip: IpAddr, cidr: number | undefined) => (cidr === undefined || cidr === (ip.f === 4 ? 32 : 128) ? formatIp(ip) : `${formatIp(ip)}/${cidr}`);
  const pp = (proto: number, port: number) => {
    if (proto === 1) return `icmp:${ICMP.find(([, v]) => v === port)?.[0] ?? `${port >> 8}/${port & 255}`}`;
    return `${PROTO_NAMES[proto] ?? proto}:${port}`;
  };
  switch (s.type) {
    case 'hash:ip': return formatIp(e.ip!);
    case 'hash:net': return net(e.ip!, e.cidr);
    case 'hash:ip,port': return `${formatIp(e.ip!)},${pp(e.proto!, e.port!)}`;
    case 'hash:ip,port,ip': return `${formatIp(e.ip!)},${pp(e.proto!, e.port!)},${formatIp(e.ip2!)}`;
    case 'hash:ip,port,net': return `${formatIp(e.ip!)},${pp(e.proto!, e.port!)},${net(e.ip2!, e.cidr2)}`;
    case 'bitmap:port': return String(e.bport);
    case 'list:set': return e.set!;
  }
}

function entryText(s: IpSet, e: SetEntry): string {
  let t = printElem(s, e.elem);
  if (e.timeout !== undefined) t += ` timeout ${e.timeout}`;
  if (e.packets !== undefined) t += ` packets ${e.packets} bytes ${e.bytes ?? 0}`;
  if (e.comment !== undefined) t += ` comment "${e.comment}"`;
  if (e.nomatch) t += ' nomatch';
  return t;
}

function header(s: IpSet): string {
  let h = '';
  if (s.type.startsWith('hash:')) h = `family ${s.family === 4 ? 'inet' : 'inet6'} hashsize ${s.hashsize} maxelem ${s.maxelem}`;
  else if (s.type === 'bitmap:port') h = `range ${s.range![0]}-${s.range![1]}`;
  else h = `size ${s.size}`;
  if (s.timeout !== undefined) h += ` timeout ${s.timeout}`;
  if (s.counters) h += ' counters';
  if (s.comment) h += ' comment';
  if (s.type.startsWith('hash:')) h += ` bucketsize ${s.bucketsize} initval 0x${s.initval.toString(16).padStart(8, '0')}`;
  return h;
}

function listSet(sets: IpSets, s: IpSet, env: Env): string {
  if (env.output === 'save') return saveSet(s);
  let out = `Name: ${s.name}\nType: ${s.type}\nRevision: ${SET_REVISION[s.type]}\nHeader: ${header(s)}\n`;
  out += `Size in memory: ${memsize(s)}\nReferences: ${sets.references(s.name)}\nNumber of entries: ${s.entries.size}\n`;
  if (env.terse) return out;
  out += 'Members:\n';
  for (const e of s.entries.values()) out += `${entryText(s, e)}\n`;
  return out;
}

function saveSet(s: IpSet): string {
  let out = `create ${s.name} ${s.type} ${header(s)}\n`;
  for (const e of s.entries.values()) out += `add ${s.name} ${entryText(s, e)}\n`;
  return out;
}

// ---- create options (lib/types.c, the type's create argument list) ---------------------

function parseCreate(type: string, args: string[]): SetCreate {
  if (!(SET_TYPES as string[]).includes(type)) {
    const known = ['bitmap:ip', 'bitmap:ip,mac', 'hash:mac', 'hash:ip,mac', 'hash:net,port', 'hash:net,iface', 'hash:ip,mark', 'hash:net,net', 'hash:net,port,net'];
    if (known.includes(type)) throw new IpsetFail(`iplab: set type ${type} is not supported by iplab`, 2);
    syntax(`typename '${type}' is unknown`);
  }
  const t = type as SetTypeName;
  const c: SetCreate = { type: t, family: 4, hashsize: 1024, maxelem: 65536, bucketsize: 12, counters: false, comment: false };
  if (t === 'list:set') c.size = 8;
  const num = (opt: string, v: string | undefined, max = 0xffffffff): number => {
    if (v === undefined) syntax(`Missing mandatory argument of option ${opt}`);
    if (!/^[0-9]+$/.test(v!) || Number(v) > max) syntax(`'${v}' is out of range 0-${max}`);
    return Number(v);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === 'family' && t.startsWith('hash:')) {
      const v = args[++i];
      if (v === 'inet' || v === 'ipv4') c.family = 4;
      else if (v === 'inet6' || v === 'ipv6') c.family = 6;
      else syntax(`unknown inet family ${v}`);
    } else if (a === '-4' && t.startsWith('hash:')) c.family = 4;
    else if (a === '-6' && t.startsWith('hash:')) c.family = 6;
    else if (a === 'hashsize' && t.startsWith('hash:')) {
      // The kernel rounds up to a power of two, at least 64 (htable_bits()).
      let n = num(a, args[++i]);
      let p = 64;
      while (p < n) p *= 2;
      n = p;
      c.hashsize = n;
    } else if (a === 'maxelem' && t.startsWith('hash:')) c.maxelem = num(a, args[++i]);
    else if (a === 'bucketsize' && t.startsWith('hash:')) {
      const n = num(a, args[++i], 255);
      c.bucketsize = Math.min(12, Math.max(2, n + (n % 2)));
    } else if (a === 'timeout') c.timeout = num(a, args[++i], 2147483);
    else if (a === 'counters') c.counters = true;
    else if (a === 'comment') c.comment = true;
    else if (a === 'range' && t === 'bitmap:port') {
      const v = args[++i] ?? syntax('Missing mandatory argument of option range');
      const r = parsePortRange(v!.replace(/^(tcp|udp):/, ''), 'tcp');
      const [x, y] = v!.includes('-') ? v!.replace(/^(tcp|udp):/, '').split('-').map((p) => parsePort(p, 'tcp')) : [r[0], r[0]];
      c.range = [x, y];
    } else if (a === 'size' && t === 'list:set') c.size = Math.max(4, num(a, args[++i]));
    else if (['netmask', 'skbinfo', 'forceadd', 'markmask', 'bitmask', 'initval', 'maxelem', 'hashsize', 'family'].includes(a))
      throw new IpsetFail(`iplab: ipset create option ${a} for ${t} is not supported by iplab`, 2);
    else syntax(`Unknown argument: '${a}'`);
  }
  if (t === 'bitmap:port' && !c.range) param("Mandatory option `range' is missing");
  return c;
}

/** Element options after the element (timeout, packets, bytes, comment, nomatch; list:set before/after). */
function parseEntryOpts(s: IpSet, args: string[]): { ext: Omit<SetEntry, 'elem'>; where?: { before: boolean; ref: string } } {
  const ext: Omit<SetEntry, 'elem'> = {};
  let where: { before: boolean; ref: string } | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = () => args[++i] ?? syntax(`Missing mandatory argument of option ${a}`);
    if (a === 'timeout') ext.timeout = Number(v());
    else if (a === 'packets') ext.packets = Number(v());
    else if (a === 'bytes') ext.bytes = Number(v());
    else if (a === 'comment') ext.comment = v();
    else if (a === 'nomatch' && (s.type === 'hash:net' || s.type === 'hash:ip,port,net')) ext.nomatch = true;
    else if ((a === 'before' || a === 'after') && s.type === 'list:set') where = { before: a === 'before', ref: v() };
    else if (['skbmark', 'skbprio', 'skbqueue'].includes(a)) throw new IpsetFail(`iplab: ipset element option ${a} is not supported by iplab`, 2);
    else syntax(`Unknown argument: '${a}'`);
  }
  return { ext, where };
}

// ---- commands ----------------------------------------------------------------------

interface Out {
  out: string;
  err: string;
}

function run(ctx: ToolContext, argv: string[], env: Env, o: Out): number {
  const sets = ctx.ns.netfilter.ipsets;
  const words = argv.filter((w) => {
    if (w === '-exist' || w === '-!' || w === '--exist') env.exist = true;
    else if (w === '-q' || w === '-quiet' || w === '--quiet') env.quiet = true;
    else if (w === '-t' || w === '-terse' || w === '--terse') env.terse = true;
    else if (w === '-n' || w === '-name' || w === '--name') env.names = true;
    else if (w === '-s' || w === '-sorted' || w === '--sorted') env.sorted = true;
    else if (w === '-r' || w === '-resolve' || w === '--resolve') return false;
    else return true;
    return false;
  });
  // -o/-output and -f/-file take an argument.
  for (let i = 0; i < words.length; i++) {
    if (['-o', '-output', '--output'].includes(words[i])) {
      const v = words[i + 1];
      if (v !== 'plain' && v !== 'save' && v !== 'xml') syntax(`Unknown output mode '${v}'`);
      if (v === 'xml') throw new IpsetFail('iplab: ipset -output xml is not supported by iplab', 2);
      env.output = v as 'plain' | 'save';
      words.splice(i, 2);
      i--;
    } else if (['-f', '-file', '--file'].includes(words[i])) {
      env.file = words[i + 1];
      words.splice(i, 2);
      i--;
    }
  }
  if (!words.length) param('No command specified.');
  const cmd = COMMANDS.find(([, names]) => names.includes(words[0]))?.[0];
  if (!cmd) param(`No command specified: unknown argument ${words[0]}`);
  const args = words.slice(1);
  const need = (n: number) => {
    if (args.length < n) param(`Missing ${n === 1 ? '' : 'second '}mandatory argument to command ${cmd}`);
  };
  const guard = <T>(f: () => T, s?: IpSet): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof IpsetError) throw new IpsetFail(kernelText(cmd!, e.errno, s));
      throw e;
    }
  };
  switch (cmd!) {
    case 'version':
      o.out += 'ipset v7.17, protocol version: 7\n';
      return 0;
    case 'help':
      throw new IpsetFail('iplab: ipset help is not supported by iplab', 2);
    case 'create': {
      need(1);
      need(2);
      if (args[0].length > 31) syntax(`setname '${args[0]}' is longer than 31 characters`);
      const c = parseCreate(args[1], args.slice(2));
      guard(() => sets.create(args[0], c, (ctx.kernel.random() * 0x100000000) >>> 0, env.exist));
      ctx.dirty = true;
      return 0;
    }
    case 'add':
    case 'del':
    case 'test': {
      need(1);
      need(2);
      const s = guard(() => sets.get(args[0]));
      const elems = guard(() => parseElems(s, args[1]), s);
      const { ext, where } = parseEntryOpts(s, args.slice(2));
      if (cmd === 'test') {
        const ok = guard(() => elems.every((elem) => sets.test(s.name, { elem, ...ext })), s);
        if (!env.quiet) o.err += ok ? `Warning: ${args[1]} is in set ${s.name}.\n` : `${args[1]} is NOT in set ${s.name}.\n`;
        return ok ? 0 : 1;
      }
      for (const elem of elems) {
        // A range stops at the first element that fails (the kernel's adt loop).
        try {
          if (cmd === 'add') sets.add(s.name, { elem, ...ext }, env.exist, where);
          else sets.del(s.name, { elem, ...ext }, env.exist);
        } catch (e) {
          ctx.dirty = true;
          if (e instanceof IpsetError) throw new IpsetFail(kernelText(cmd, e.errno, s));
          throw e;
        }
      }
      ctx.dirty = true;
      return 0;
    }
    case 'destroy':
      guard(() => sets.destroy(args[0]));
      ctx.dirty = true;
      return 0;
    case 'flush':
      guard(() => sets.flush(args[0]));
      ctx.dirty = true;
      return 0;
    case 'rename':
      need(1);
      need(2);
      guard(() => sets.rename(args[0], args[1]));
      ctx.dirty = true;
      return 0;
    case 'swap':
      need(1);
      need(2);
      guard(() => sets.swap(args[0], args[1]));
      ctx.dirty = true;
      return 0;
    case 'list':
    case 'save': {
      if (cmd === 'save') env.output = 'save';
      const list = args[0] !== undefined ? [guard(() => sets.get(args[0]))] : sets.ordered();
      if (env.sorted) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      if (env.names) {
        for (const s of list) o.out += `${s.name}\n`;
        return 0;
      }
      const texts = list.map((s) => listSet(sets, s, env));
      o.out += env.output === 'save' ? texts.join('') : texts.join('\n');
      return 0;
    }
    case 'restore':
      return restore(ctx, env, o);
  }
  return 0;
}

/** ipset restore: one command per line (ipset's own syntax), COMMIT lines
 * ignored. Consecutive add/del lines of one set travel in one message, sent
 * when another command or set follows or at the end (lib/session.c
 * aggregation): a syntax error drops the pending ones, a kernel error stops
 * at the failing element. Errors read "Error in line N: …". */
function restore(ctx: ToolContext, env: Env, o: Out): number {
  let text: string;
  try {
    text = env.file !== undefined ? ctx.io.readFile(env.file) : ctx.io.readStdin();
  } catch {
    throw new IpsetFail(`Cannot open ${env.file} for reading: No such file or directory`);
  }
  const sets = ctx.ns.netfilter.ipsets;
  const lines = text.split('\n');
  let pending: { line: number; cmd: 'add' | 'del'; set: string; entries: SetEntry[]; where?: { before: boolean; ref: string } }[] = [];
  const flushPending = () => {
    const batch = pending;
    pending = [];
    for (const p of batch) {
      const s = sets.sets.get(p.set);
      for (const e of p.entries) {
        try {
          if (p.cmd === 'add') sets.add(p.set, e, env.exist, p.where);
          else sets.del(p.set, e, env.exist);
        } catch (err) {
          if (err instanceof IpsetError) throw new IpsetFail(`Error in line ${p.line}: ${kernelText(p.cmd, err.errno, s)}`);
          throw err;
        }
      }
    }
  };
  try {
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n].trim();
      if (line === '' || line.startsWith('#') || line === 'COMMIT') continue;
      const words = splitLine(line);
      const cmd = COMMANDS.find(([, names]) => names.includes(words[0]))?.[0];
      try {
        if (cmd === 'restore') throw new IpsetFail(`Command \`${words[0]}' is invalid in restore mode.`);
        if ((cmd === 'add' || cmd === 'del') && words.length >= 3) {
          const s = sets.sets.get(words[1]);
          if (!s) {
            flushPending();
            throw new IpsetFail(kernelText(cmd, 'ENOENT'));
          }
          if (pending.length && pending[pending.length - 1].set !== s.name) flushPending();
          const elems = parseElems(s, words[2]);
          const { ext, where } = parseEntryOpts(s, words.slice(3));
          pending.push({ line: n + 1, cmd, set: s.name, entries: elems.map((elem) => ({ elem, ...ext })), where });
          ctx.dirty = true;
          continue;
        }
        flushPending();
        const code = run(ctx, words, { ...env }, o);
        if (code !== 0) return code;
      } catch (e) {
        if (e instanceof IpsetError) throw new IpsetFail(`Error in line ${n + 1}: ${kernelText(cmd ?? 'add', e.errno)}`);
        if (e instanceof IpsetFail && !e.message.startsWith('Error in line') && !e.message.startsWith('iplab:')) {
          pending = [];
          throw new IpsetFail(`Error in line ${n + 1}: ${e.message}`, 1);
        }
        throw e;
      }
    }
    flushPending();
  } finally {
    ctx.dirty = true;
  }
  return 0;
}

function splitLine(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m[1] ?? m[2]);
  return out;
}

export function main(argv: string[], ctx: ToolContext): number {
  const env: Env = { exist: false, quiet: false, terse: false, names: false, sorted: false, output: 'plain' };
  const o: Out = { out: '', err: '' };
  try {
    const code = run(ctx, argv.slice(1), env, o);
    ctx.io.stdout(o.out);
    ctx.io.stderr(o.err);
    return code;
  } catch (e) {
    ctx.io.stdout(o.out);
    ctx.io.stderr(o.err);
    if (e instanceof IpsetFail) {
      if (e.message.startsWith('iplab:')) {
        ctx.io.stderr(`${e.message}\n`);
        return 2;
      }
      ctx.io.stderr(`${PROG}: ${e.message}\n`);
      if (e.status === 2) ctx.io.stderr("Try `ipset help' for more information.\n");
      return e.status;
    }
    if (e instanceof IpsetError) {
      ctx.io.stderr(`${PROG}: ${kernelText('list', e.errno)}\n`);
      return 1;
    }
    throw e;
  }
}

void elemKey;
void serviceByPort;
