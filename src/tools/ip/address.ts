// ip address: do_ipaddr() and ipaddr_modify() of iproute2 ip/ipaddress.c.
// Parse → AddrRequest → Netns.addAddress/delAddress → nothing printed.

import type { ExecRequest } from '../types';
import { type Ip, IpExit, prefFamily, duparg, duparg2, echoAnswer, incomplete, invarg, matches, notSupported, talk } from './common';
import { ADDR_USAGE, IFA, IFA_FLAG_DATA, INFINITY, TYPES_USAGE, addr4Msg, listFlush, llNameToIndex, parseScope, printAddrinfo, type AddrMsg } from './ipaddress';
import type { IfAddr4 } from '../../kernel/link';
import { parseIp4, parseIp6 } from '../../net/ip';
import type { AddrRequest } from '../../kernel/netns';
import { kerr } from '../../kernel/errors';

function usage(ip: Ip): never {
  ip.err(ADDR_USAGE);
  ip.err(TYPES_USAGE);
  throw new IpExit(255);
}

export function doAddress(ip: Ip, args: string[]): number | ExecRequest {
  if (args.length < 1) return listFlush(ip, [], 'list', false, () => usage(ip));
  const [cmd, ...rest] = args;
  if (matches(cmd, 'add')) return modify(ip, 'add', rest);
  if (matches(cmd, 'change') || cmd === 'chg') return modify(ip, 'change', rest);
  if (matches(cmd, 'replace')) return modify(ip, 'replace', rest);
  if (matches(cmd, 'delete')) return modify(ip, 'del', rest);
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return listFlush(ip, rest, 'list', false, () => usage(ip));
  if (matches(cmd, 'flush')) return listFlush(ip, rest, 'flush', false, () => usage(ip));
  if (matches(cmd, 'save')) notSupported(ip, 'ip address save');
  if (matches(cmd, 'showdump')) notSupported(ip, 'ip address showdump');
  if (matches(cmd, 'restore')) notSupported(ip, 'ip address restore');
  if (matches(cmd, 'help')) usage(ip);
  ip.err(`Command "${cmd}" is unknown, try "ip address help".\n`);
  throw new IpExit(255);
}

interface Pfx {
  family: 4 | 6;
  value: number | bigint;
  bitlen: number;
  lenGiven: boolean;
}

/** get_prefix()/get_addr(): exits with iproute2's message on bad input. */
function getPrefix(ip: Ip, s: string, family: 0 | 4 | 6, isAddr = false): Pfx {
  const slash = s.indexOf('/');
  const a = slash >= 0 && !isAddr ? s.slice(0, slash) : s;
  const fam: 4 | 6 | 0 = a.includes(':') ? 6 : a.includes('.') || /^\d+$/.test(a) ? 4 : 0;
  const bad = (): never => {
    const fname = family === 6 ? 'inet6' : family === 4 ? 'inet' : 'any valid';
    if (isAddr) ip.err(`Error: ${fname} address is expected rather than "${s}".\n`);
    else ip.err(`Error: ${fname} prefix is expected rather than "${s}".\n`);
    throw new IpExit(1);
  };
  if (fam === 0 || (family && fam !== family)) bad();
  const v = fam === 4 ? parseIp4(a) : parseIp6(a);
  if (!v) bad();
  const max = fam === 4 ? 32 : 128;
  let bitlen = max;
  if (slash >= 0 && !isAddr) {
    const l = s.slice(slash + 1);
    if (!/^\d+$/.test(l) || Number(l) > max) bad();
    bitlen = Number(l);
  }
  return { family: fam as 4 | 6, value: v!.v, bitlen, lenGiven: slash >= 0 };
}

function lifetime(s: string): number | null {
  if (s === 'forever') return INFINITY;
  if (!/^(0x[0-9a-fA-F]+|\d+)$/.test(s)) return null;
  const n = Number(s);
  return n <= 0xffffffff ? n : null;
}

/** ipaddr_modify(). */
function modify(ip: Ip, cmd: 'add' | 'change' | 'replace' | 'del', args: string[]): number {
  let family = prefFamily(ip);
  let dev: string | undefined;
  let label: string | undefined;
  let local: Pfx | undefined;
  let peer: Pfx | undefined;
  let brd: Pfx | undefined;
  let brdMode = 0; // -1 "+", -2 "-"
  let anycast = false;
  let scope: number | undefined;
  let metric: number | undefined;
  let valid = INFINITY;
  let preferred = INFINITY;
  let validGiven = false;
  let prefGiven = false;
  let flags = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      if (i + 1 >= args.length) incomplete(ip);
      return args[++i];
    };
    if (a === 'peer' || a === 'remote') {
      const v = next();
      if (peer) duparg(ip, 'peer', v);
      peer = getPrefix(ip, v, family);
      if (!family) family = peer.family;
    } else if (matches(a, 'broadcast') || a === 'brd') {
      const v = next();
      if (brd || brdMode) duparg(ip, 'broadcast', v);
      if (v === '+') brdMode = -1;
      else if (v === '-') brdMode = -2;
      else {
        brd = getPrefix(ip, v, family, true);
        if (!family) family = brd.family;
      }
    } else if (a === 'anycast') {
      const v = next();
      if (anycast) duparg(ip, 'anycast', v);
      const x = getPrefix(ip, v, family, true);
      if (!family) family = x.family;
      anycast = true;
    } else if (a === 'scope') {
      const v = next();
      const s = parseScope(v);
      if (s === null) invarg(ip, 'invalid scope value.', v);
      scope = s;
    } else if (a === 'dev') dev = next();
    else if (a === 'label') label = next();
    else if (matches(a, 'metric') || matches(a, 'priority') || matches(a, 'preference')) {
      const v = next();
      const n = lifetime(v);
      if (n === null || v === 'forever') invarg(ip, '"metric" value is invalid\n', v);
      metric = n;
    } else if (matches(a, 'valid_lft')) {
      if (validGiven) duparg(ip, 'valid_lft', a);
      const v = next();
      const n = lifetime(v);
      if (n === null) invarg(ip, 'valid_lft value', v);
      valid = n;
      validGiven = true;
    } else if (matches(a, 'preferred_lft')) {
      if (prefGiven) duparg(ip, 'preferred_lft', a);
      const v = next();
      const n = lifetime(v);
      if (n === null) invarg(ip, 'preferred_lft value', v);
      preferred = n;
      prefGiven = true;
    } else if (IFA_FLAG_DATA.some((d) => d.name === a)) {
      const fd = IFA_FLAG_DATA.find((d) => d.name === a)!;
      if (fd.readonly) ip.err(`Warning: ${fd.name} option is not mutable from userspace\n`);
      else if (fd.v6only && family !== 6) ip.err(`Warning: ${fd.name} option can be set only for IPv6 addresses\n`);
      else flags |= fd.mask;
    } else {
      let v = a;
      if (a === 'local') v = next();
      if (matches(v, 'help')) usage(ip);
      if (local) duparg2(ip, 'local', v);
      local = getPrefix(ip, v, family);
      if (!family) family = local.family;
    }
  }
  if (dev === undefined) {
    ip.err('Not enough information: "dev" argument is required.\n');
    return 1;
  }
  let wildcard = false;
  if (!peer && local) {
    if (cmd === 'del' && local.family === 4 && !local.lenGiven) {
      ip.err(
        'Warning: Executing wildcard deletion to stay compatible with old scripts.\n' +
          `         Explicitly specify the prefix length (${localArg(args)}/${local.family === 4 ? 32 : 128}) to avoid this warning.\n` +
          '         This special behaviour is likely to disappear in further releases,\n' +
          '         fix your scripts!\n',
      );
      wildcard = true;
    } else peer = { ...local };
  }
  let prefixlen = peer ? peer.bitlen : local ? local.bitlen : 0;
  if (peer && local && peer !== local && peer.value !== local.value) prefixlen = peer.bitlen;
  if (brdMode && cmd !== 'del') {
    if (family !== 4) {
      ip.err('Broadcast can be set only for IPv4 addresses\n');
      return 1;
    }
    const base = peer ?? local;
    if (base && base.bitlen <= 30) {
      const hostMask = (2 ** (32 - base.bitlen) - 1) >>> 0;
      const v = brdMode === -1 ? (Number(base.value) | hostMask) >>> 0 : (Number(base.value) & ~hostMask) >>> 0;
      brd = { family: 4, value: v, bitlen: 32, lenGiven: false };
    }
  }
  if (scope === undefined && cmd !== 'del') scope = local && local.family === 4 && Number(local.value) >>> 24 === 127 ? 254 : 0;
  const ifindex = llNameToIndex(ip.ns, dev);
  if (!ifindex) {
    ip.err(`Cannot find device "${dev}"\n`);
    return 1;
  }
  if (validGiven || prefGiven) {
    if (!valid) {
      ip.err('valid_lft is zero\n');
      return 1;
    }
    if (valid < preferred) {
      ip.err('preferred_lft is greater than valid_lft\n');
      return 1;
    }
  }
  if (flags & IFA.MCAUTOJOIN) {
    const mc = local && (local.family === 4 ? Number(local.value) >>> 28 === 0xe : (local.value as bigint) >> 120n === 0xffn);
    if (!mc) {
      ip.err('autojoin needs multicast address\n');
      return 1;
    }
  }
  if (anycast) notSupported(ip, 'ip address anycast');
  if (flags & IFA.MCAUTOJOIN) notSupported(ip, 'ip address autojoin');
  // No address at all: ifa_family AF_UNSPEC, which rtnetlink has no handler for.
  if (family === 0) {
    ip.err('RTNETLINK answers: Operation not supported\n');
    return 2;
  }
  // IFA_LABEL policy: at most IFNAMSIZ - 1 bytes.
  if (label !== undefined && Buffer.byteLength(label) >= 16) {
    ip.err('Error: Attribute failed policy validation.\n');
    return 2;
  }
  const req: AddrRequest = {
    family,
    ifindex,
    prefixlen,
    local: local?.value,
    address: wildcard ? undefined : peer?.value,
    broadcast: brd?.value as number | undefined,
    label,
    scope: scope ?? 0,
    metric,
    valid,
    preferred,
    flags,
    cacheinfo: validGiven || prefGiven,
  };
  // "ifN" with no device N: rtm_to_ifaddr() / inet6_rtm_newaddr() find none.
  if (!ip.ns.links.has(ifindex)) talk(ip, () => { throw kerr('ENODEV', family === 4 ? 'ipv4: Device not found' : 'ipv6: Unable to find the interface'); });
  const ns = ip.ns;
  const l = ns.links.get(ifindex)!;
  if (cmd === 'del') {
    const before = l.ipv4.map((a) => ({ a, m: addr4Msg(l, a) }));
    talk(ip, () => ns.delAddress(req));
    ip.ctx.dirty = true;
    if (ip.opts.echo) echoAddr(ip, family === 4 ? firstDelNotified(before, l.ipv4) : undefined, true);
    return 0;
  }
  talk(ip, () => ns.newAddress(req, { create: cmd !== 'change', excl: cmd === 'add', replace: cmd !== 'add' }));
  ip.ctx.dirty = true;
  if (ip.opts.echo) {
    // inet_rtm_newaddr() echoes the address it inserted or updated;
    // inet6_rtm_newaddr() only acks.
    const local4 = Number(req.local ?? req.address ?? 0) >>> 0;
    const addr4 = Number(req.address ?? req.local ?? 0) >>> 0;
    const mask = prefixlen ? (0xffffffff << (32 - prefixlen)) >>> 0 : 0;
    const a = family === 4 ? l.ipv4.find((o) => o.local === local4 && o.prefixlen === prefixlen && ((o.address ^ addr4) & mask) === 0) : undefined;
    echoAddr(ip, a ? addr4Msg(l, a) : undefined, false);
  }
  return 0;
}

/** The first RTM_DELADDR the kernel sends: __inet_del_ifa() deletes (and
 * announces) a primary's secondaries before the primary itself when
 * promote_secondaries is off. IPv6 deletions only ack. */
function firstDelNotified(before: { a: IfAddr4; m: AddrMsg }[], after: IfAddr4[]): AddrMsg | undefined {
  const gone = before.filter((x) => !after.includes(x.a));
  const sec = gone.length > 1 ? gone.find((x) => x.m.flags & IFA.SECONDARY) : undefined;
  return (sec ?? gone[0])?.m;
}

function echoAddr(ip: Ip, m: AddrMsg | undefined, deleted: boolean): void {
  echoAnswer(ip, m && ((p) => printAddrinfo(ip, p, ip.ns, m, { oneline: ip.opts.oneline, flushing: false, echo: true }, deleted)));
}

function localArg(args: string[]): string {
  // The word get_prefix() parsed as the local address (lcl_arg).
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (['peer', 'remote', 'broadcast', 'brd', 'anycast', 'scope', 'dev', 'label', 'metric', 'priority', 'preference', 'valid_lft', 'preferred_lft'].includes(a)) {
      i++;
      continue;
    }
    if (a === 'local') return args[i + 1];
    if (IFA_FLAG_DATA.some((d) => d.name === a)) continue;
    return a;
  }
  return '';
}
