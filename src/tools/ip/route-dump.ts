// `ip route save | restore | showdump` and `ip rule save | restore`
// (iproute2 6.1 ip/iproute.c save_route()/iproute_restore()/iproute_showdump(),
// ip/iprule.c save_rule()/iprule_restore()): a magic number, then the dump's
// netlink messages as the kernel sent them (kernel/fib/netlink.ts).
// Binary, so the tool refuses a terminal on either side. In `iplab run` and
// `iplab shell` the commands run in a real shell: `ip route save > f` and
// `ip route restore < f` work as on Linux.

import type { Ip } from './common';
import { IpExit } from './common';
import { KernelError, STRERROR } from '../../kernel/errors';
import type { Route } from '../../kernel/fib/route';
import { addRoute } from '../../kernel/fib/ops';
import { addRule, rulesOf } from '../../kernel/fib/rules';
import { RTA, RTM_NEWROUTE, RTM_NEWRULE, RTNH_F, nlmsgToRoute, nlmsgToRule, parseRouteMsg, routeToNlmsg, ruleToNlmsg, splitDump, type DumpHeader } from '../../kernel/fib/netlink';

export const ROUTE_DUMP_MAGIC = 0x45311224;
export const RULE_DUMP_MAGIC = 0x71706986;

/** nlmsg_seq of the dump (rtnl_open() seeds rth.seq with time(NULL); the dump
 * request is ++seq) and nlmsg_pid (the port the kernel bound: ip's pid). */
export function dumpHeader(ip: Ip): DumpHeader {
  return { seq: (Math.floor(Date.now() / 1000) + 1) >>> 0, pid: Number(ip.ctx.env.IPLAB_PID) || process.pid };
}

function magicBytes(m: number): Uint8Array {
  return new Uint8Array([m & 0xff, (m >>> 8) & 0xff, (m >>> 16) & 0xff, m >>> 24]);
}

function writeBytes(ip: Ip, b: Uint8Array): void {
  const io = ip.ctx.io;
  if (io.stdoutBytes) io.stdoutBytes(b);
  else io.stdout(Buffer.from(b).toString('latin1'));
}

function readBytes(ip: Ip): Uint8Array {
  const io = ip.ctx.io;
  return io.readStdinBytes ? io.readStdinBytes() : Buffer.from(io.readStdin(), 'utf8');
}

/** save_route_prep() / save_rule_prep(): no binary stream to a terminal. */
export function savePrep(ip: Ip, magic: number): void {
  if (ip.ctx.io.isatty()) {
    ip.err('Not sending a binary stream to stdout\n');
    throw new IpExit(1, true);
  }
  writeBytes(ip, magicBytes(magic));
}

/** RTNH_F_* of each next hop as a dump reports them. */
export type NhFlagsOf = (r: Route) => number[];

/** save_route() for each route the filter kept, in dump order. */
export function saveRoutes(ip: Ip, routes: Route[], nhFlags: NhFlagsOf, expiresOf: (r: Route) => number): void {
  const h = dumpHeader(ip);
  for (const r of routes) writeBytes(ip, routeToNlmsg(r, { nhFlags: nhFlags(r), expires: expiresOf(r) }, h));
}

/** route_dump_check_magic() / rule_dump_check_magic(). `exitCode`: iproute's
 * return -1 (status 1) or iprule's exit(-1) (255). */
function checkMagic(ip: Ip, magic: number, what: 'route' | 'rule', exitCode: number): Uint8Array {
  if (ip.ctx.io.stdinIsatty?.()) {
    ip.err(`Can't restore ${what} dump from a terminal\n`);
    throw new IpExit(exitCode, true);
  }
  const b = readBytes(ip);
  const elems = b.length >= 4 ? 1 : 0;
  // fread() of a short file leaves the bytes it read in the zeroed word.
  let got = 0;
  for (let i = Math.min(b.length, 4) - 1; i >= 0; i--) got = got * 256 + b[i];
  if (got !== magic) {
    ip.err(`Magic mismatch (${elems} elems, ${got.toString(16)} magic)\n`);
    throw new IpExit(exitCode, true);
  }
  return b;
}

/** rtnl_from_file()'s complaint about a cut or bad message. */
function fileError(ip: Ip, e: NonNullable<ReturnType<typeof splitDump>['error']>): void {
  if (e.kind === 'truncated') ip.err('rtnl-from_file: truncated message\n');
  else ip.err(`!!!malformed message: len=${e.len} @${e.pos}\n`);
}

/** rtnl_talk()'s report of a refused request. */
function report(ip: Ip, e: KernelError): void {
  if (e.extack) ip.err(`Error: ${e.extack}.\n`);
  else ip.err(`RTNETLINK answers: ${STRERROR[e.errno]}\n`);
}

const sameBytes = (a?: Uint8Array, b?: Uint8Array): boolean => !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);

/** iproute_restore(): three passes over the file — routes to local addresses,
 * to local networks, then through gateways (restore_handler()); "File exists"
 * is reported and passed over, any other refusal ends the restore. */
export function restoreRoutes(ip: Ip, now: number, setExpires: (r: Route, at: number) => void): number {
  const b = checkMagic(ip, ROUTE_DUMP_MAGIC, 'route', 1);
  const { msgs, error } = splitDump(b, 4);
  for (let prio = 0; prio < 3; prio++) {
    for (const m of msgs) {
      const rm = parseRouteMsg(m.body);
      const tb = rm?.attrs ?? new Map<number, Uint8Array>();
      const gw = tb.has(RTA.GATEWAY);
      const psrc = tb.get(RTA.PREFSRC);
      const localAddr = !psrc || sameBytes(psrc, tb.get(RTA.DST));
      if (!((prio === 0 && !gw && localAddr) || (prio === 1 && !gw && !localAddr) || (prio === 2 && gw))) continue;
      const e = applyRoute(ip, m.type, rm, now, setExpires);
      if (!e) continue;
      report(ip, e);
      if (e.errno !== 'EEXIST') throw new IpExit(2, true);
    }
    if (error) {
      fileError(ip, error);
      throw new IpExit(2, true);
    }
  }
  return 0;
}

function applyRoute(ip: Ip, type: number, rm: ReturnType<typeof parseRouteMsg>, now: number, setExpires: (r: Route, at: number) => void): KernelError | null {
  if (type !== RTM_NEWROUTE || !rm) return new KernelError(type !== RTM_NEWROUTE ? 'EOPNOTSUPP' : 'EINVAL');
  const d = nlmsgToRoute(rm);
  if ('errno' in d) return new KernelError(d.errno, d.msg);
  const req = d.req;
  if (req.family === 4 && d.hasNhFlags) return new KernelError('EINVAL', rm.flags & (RTNH_F.dead | RTNH_F.linkdown) ? 'Invalid rtm_flags - can not contain DEAD or LINKDOWN' : 'Invalid flags for nexthop - can not contain DEAD or LINKDOWN');
  const unicastish = req.type === 'unicast' || req.type === 'local' || req.type === 'broadcast' || req.type === 'multicast' || req.type === 'anycast';
  if (req.family === 4 && unicastish && !req.nexthops.length) return new KernelError('ENODEV');
  if (!req.nexthops.length && unicastish) req.nexthops = [{ dev: 0, weight: 1 }];
  try {
    const r = addRoute(ip.ns, req, { create: true, excl: false, replace: false, append: false });
    if (req.family === 6 && d.expires !== undefined && d.expires !== 0xffffffff) setExpires(r, now + d.expires * 1000);
    ip.ctx.dirty = true;
    return null;
  } catch (e) {
    if (e instanceof KernelError) return e;
    throw e;
  }
}

/** iproute_showdump(): every message printed as `ip route show` prints it. */
export function showdumpRoutes(ip: Ip, print: (r: Route, nhFlags: number[], expires: number) => void): number {
  const b = checkMagic(ip, ROUTE_DUMP_MAGIC, 'route', 1);
  const { msgs, error } = splitDump(b, 4);
  for (const m of msgs) {
    const rm = parseRouteMsg(m.body);
    if (!rm) continue;
    const d = nlmsgToRoute(rm);
    if ('errno' in d) continue;
    const q = d.req;
    const mp = rm.attrs.get(RTA.MULTIPATH);
    const flags: number[] = [];
    if (mp) {
      for (let at = 0; at + 8 <= mp.length; at += (((mp[at] | (mp[at + 1] << 8)) + 3) & ~3) || 8) flags.push(mp[at + 2]);
    } else flags.push(rm.flags);
    const ci = rm.attrs.get(RTA.CACHEINFO);
    const expires = ci && ci.length >= 12 ? new DataView(ci.buffer, ci.byteOffset).getInt32(8, true) : 0;
    const r: Route = { family: q.family, table: q.table, dst: q.dst, dstLen: q.dstLen, tos: q.tos, priority: q.priority ?? 0, type: q.type, scope: q.family === 6 ? 0 : q.scope, protocol: q.protocol, prefsrc: q.prefsrc, nexthops: q.nexthops, metrics: q.metrics, pref: q.pref, seq: 0 };
    print(r, flags, expires);
  }
  if (error) {
    fileError(ip, error);
    throw new IpExit(2, true);
  }
  return 0;
}

// ---- rules --------------------------------------------------------------------

/** iprule_list_flush_or_save(IPRULE_SAVE): every rule of the family, unfiltered. */
export function saveRules(ip: Ip, family: 4 | 6, args: string[]): number {
  if (args.length) {
    ip.err('"ip rule save" does not take any arguments.\n');
    throw new IpExit(1, true);
  }
  savePrep(ip, RULE_DUMP_MAGIC);
  const h = dumpHeader(ip);
  const rules = rulesOf(ip.ns, family);
  for (const r of rules) {
    const unresolved = r.action === 'goto' && !rules.some((x) => x.priority === r.gotoTarget);
    writeBytes(ip, ruleToNlmsg(family, r, unresolved, h));
  }
  return 0;
}

/** iprule_restore(): each message sent as it is (no NLM_F_EXCL, so equal rules
 * are added again); exit(rtnl_from_file()). */
export function restoreRules(ip: Ip): number {
  const b = checkMagic(ip, RULE_DUMP_MAGIC, 'rule', 255);
  const { msgs, error } = splitDump(b, 4);
  for (const m of msgs) {
    let e: KernelError | null = null;
    if (m.type !== RTM_NEWRULE) e = new KernelError('EOPNOTSUPP');
    else {
      const d = nlmsgToRule(m.body);
      if ('errno' in d) e = new KernelError(d.errno, d.msg);
      else {
        try {
          addRule(ip.ns, d.family, d.rule, d.hasPriority, false);
          ip.ctx.dirty = true;
        } catch (x) {
          if (!(x instanceof KernelError)) throw x;
          e = x;
        }
      }
    }
    if (!e) continue;
    report(ip, e);
    if (e.errno !== 'EEXIST') throw new IpExit(255);
  }
  if (error) {
    fileError(ip, error);
    throw new IpExit(255);
  }
  return 0;
}
