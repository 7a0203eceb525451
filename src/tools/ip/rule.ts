// `ip rule` (iproute2 6.1 ip/iprule.c): list/add/del/flush of the policy
// routing rules, over kernel/fib/rules.ts (net/core/fib_rules.c).

import type { Ip } from './common';
import { IpExit, prefFamily, echoAnswer, matches, invarg, incomplete, notSupported, talk } from './common';
import { KernelError } from '../../kernel/errors';
import { saveRules, restoreRules } from './route-dump';
import { type FibRule, type RuleAction, addRule, deleteRule, rulesOf } from '../../kernel/fib/rules';
import { type Family, formatIp, mask4 } from '../../net/ip';
import { mask6of } from '../../kernel/fib/table';
import { Out, type Printer } from '../../lib/printer';
import { type InetPrefix, getPrefix, tableA2n, tableN2a, dsfieldA2n, dsfieldN2a, protoA2n, protoN2a, getU32, typeA2n, typeN2a, protoNumA2n, protoNumN2a, strtoul } from './inet';

const USAGE = `Usage: ip rule { add | del } SELECTOR ACTION
       ip rule { flush | save | restore }
       ip rule [ list [ SELECTOR ]]
SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
            [ fwmark FWMARK[/MASK] ]
            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
            [ uidrange NUMBER-NUMBER ]
            [ ipproto PROTOCOL ]
            [ sport [ NUMBER | NUMBER-NUMBER ]
            [ dport [ NUMBER | NUMBER-NUMBER ] ]
ACTION := [ table TABLE_ID ]
          [ protocol PROTO ]
          [ nat ADDRESS ]
          [ realms [SRCREALM/]DSTREALM ]
          [ goto NUMBER ]
          SUPPRESSOR
SUPPRESSOR := [ suppress_prefixlength NUMBER ]
              [ suppress_ifgroup DEVGROUP ]
TABLE_ID := [ local | main | default | NUMBER ]
`;

function usage(ip: Ip): never {
  ip.err(USAGE);
  throw new IpExit(255);
}


export function doRule(ip: Ip, argv: string[]): number {
  if (ip.opts.family === 'link' || ip.opts.family === 'bridge' || ip.opts.family === 'mpls') notSupported(ip, `ip -f ${ip.opts.family} rule`);
  if (argv.length < 1) return listFlush(ip, [], 'list');
  const [cmd, ...rest] = argv;
  if (matches(cmd, 'list') || matches(cmd, 'lst') || matches(cmd, 'show')) return listFlush(ip, rest, 'list');
  if (matches(cmd, 'save')) return saveRules(ip, prefFamily(ip) || 4, rest);
  if (matches(cmd, 'restore')) return restoreRules(ip);
  if (matches(cmd, 'add')) return modify(ip, 'add', rest);
  if (matches(cmd, 'delete')) return modify(ip, 'del', rest);
  if (matches(cmd, 'flush')) return listFlush(ip, rest, 'flush');
  if (matches(cmd, 'help')) usage(ip);
  ip.err(`Command "${cmd}" is unknown, try "ip rule help".\n`);
  throw new IpExit(255);
}

/** sscanf("%u-%u") / sscanf("%hu-%hu"): the count of numbers read. */
function scanRange(s: string, max: number): [number, number] | [number] | null {
  const m = /^\s*([+-]?\d+)(?:-\s*([+-]?\d+))?/.exec(s);
  if (!m) return null;
  const a = Number(m[1]) >>> 0;
  if (m[2] === undefined) return [max === 0xffff ? a & 0xffff : a];
  const b = Number(m[2]) >>> 0;
  return max === 0xffff ? [a & 0xffff, b & 0xffff] : [a, b];
}

/** check_ifname(): what the kernel would take as a device name. */
function badIfname(s: string): boolean {
  return s.length === 0 || Buffer.byteLength(s) >= 16 || s === '.' || s === '..' || /[/:\s]/.test(s);
}

function modify(ip: Ip, cmd: 'add' | 'del', argv: string[]): number {
  const family: 0 | Family = prefFamily(ip);
  if (argv.length === 0) {
    ip.err(`"ip rule ${cmd}" requires arguments.\n`);
    throw new IpExit(1, true);
  }
  const rule: FibRule = { priority: 0, action: cmd === 'add' ? 'table' : ('' as RuleAction), table: 0, srcLen: 0, dstLen: 0, tos: 0, protocol: 0 };
  let hasPriority = false;
  let tableOk = false;
  let l3mdev = false;
  let src: InetPrefix | undefined;
  let dst: InetPrefix | undefined;
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'not') rule.invert = true;
    // iprule_modify() does not take the family from addresses: without -4/-6
    // the request is AF_INET whatever they are, and the kernel checks sizes.
    else if (a === 'from') src = getPrefix(ip, next(), family);
    else if (a === 'to') dst = getPrefix(ip, next(), family); else if (matches(a, 'preference') || matches(a, 'order') || matches(a, 'priority')) {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, 'preference value is invalid\n', v);
      rule.priority = n;
      hasPriority = true;
    } else if (a === 'tos' || matches(a, 'dsfield')) {
      rule.tos = parseTos(ip, next());
    } else if (a === 'fwmark') {
      const { mark, mask } = parseFwmark(ip, next());
      rule.fwmark = mark;
      if (mask !== undefined) rule.fwmask = mask;
    } else if (matches(a, 'realms')) notSupported(ip, 'ip rule ... realms');
    else if (matches(a, 'protocol')) {
      const v = next();
      const n = protoA2n(v);
      if (n === null) invarg(ip, '"protocol" value is invalid\n', v);
      rule.protocol = n;
    } else if (matches(a, 'tun_id')) notSupported(ip, 'ip rule ... tun_id');
    else if (matches(a, 'table') || a === 'lookup') {
      const v = next();
      const n = tableA2n(v);
      if (n === null) invarg(ip, 'invalid table ID\n', v);
      rule.table = n;
      tableOk = true;
    } else if (matches(a, 'suppress_prefixlength') || a === 'sup_pl') {
      const v = next();
      const n = /^[+-]?(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) invarg(ip, 'suppress_prefixlength value is invalid\n', v);
      rule.suppressPrefixlen = n;
    } else if (matches(a, 'suppress_ifgroup') || a === 'sup_group') {
      const v = next();
      const n = v === 'default' ? 0 : strtoul(v);
      if (n === null) invarg(ip, 'Invalid "suppress_ifgroup" value\n', v);
      rule.suppressIfgroup = n;
    } else if (a === 'dev' || a === 'iif') {
      const v = next();
      if (badIfname(v)) invarg(ip, '"iif"/"dev" not a valid ifname', v);
      rule.iif = v;
    } else if (a === 'oif') {
      const v = next();
      if (badIfname(v)) invarg(ip, '"oif" not a valid ifname', v);
      rule.oif = v;
    } else if (a === 'l3mdev') {
      rule.l3mdev = true;
      tableOk = true;
      l3mdev = true;
    } else if (a === 'uidrange') {
      const v = next();
      const r = scanRange(v, 0xffffffff);
      if (!r || r.length !== 2) invarg(ip, 'invalid UID range\n', v);
      rule.uid = r as [number, number];
    } else if (a === 'nat' || matches(a, 'map-to')) notSupported(ip, 'route NAT rules');
    else if (a === 'ipproto') {
      rule.ipproto = parseIpproto(ip, next());
    } else if (a === 'sport' || a === 'dport') {
      rule[a] = parsePortRange(ip, a, next());
    } else {
      let w = a;
      if (w === 'type') w = next();
      if (matches(w, 'help')) usage(ip);
      if (matches(w, 'goto')) {
        const v = next();
        const n = getU32(v);
        if (n === null) invarg(ip, 'invalid target\n', v);
        rule.action = 'goto';
        rule.gotoTarget = n;
      } else if (matches(w, 'nop')) rule.action = 'nop';
      else {
        const t = typeA2n(w);
        if (t === null) invarg(ip, 'Failed to parse rule type', w);
        const name = typeN2a(t);
        if (name === 'blackhole' || name === 'unreachable' || name === 'prohibit') rule.action = name;
        else if (name === 'unicast') rule.action = 'table';
        else {
          ip.err('RTNETLINK answers: Invalid argument\n');
          throw new IpExit(2, true);
        }
      }
      tableOk = true;
    }
  }
  if (l3mdev && rule.table) {
    ip.err('table can not be specified for l3mdev rules\n');
    throw new IpExit(22, true);
  }
  const fam: Family = family === 0 ? 4 : family;
  if (src && src.bitlen > 0 && src.addr && !src.any) {
    rule.src = src.addr;
    rule.srcLen = src.bitlen;
  }
  if (dst && dst.bitlen > 0 && dst.addr && !dst.any) {
    rule.dst = dst.addr;
    rule.dstLen = dst.bitlen;
  }
  if (src?.addr && !src.any && src.addr.f !== fam) {
    ip.err('Error: Invalid source address.\n');
    throw new IpExit(2, true);
  }
  if (dst?.addr && !dst.any && dst.addr.f !== fam) {
    ip.err('Error: Invalid destination address.\n');
    throw new IpExit(2, true);
  }
  if (!tableOk && cmd === 'add') rule.table = 254;
  // fib_nl2rule(): a non-zero mark without a mask gets the full mask.
  if (rule.fwmark !== undefined && rule.fwmask === undefined) rule.fwmask = rule.fwmark ? 0xffffffff : 0;
  if (rule.fwmark === 0 && rule.fwmask === 0) {
    delete rule.fwmark;
    delete rule.fwmask;
  }
  const echoed = talk(ip, () => {
    if (cmd === 'add') {
      // fib_nl2rule(): no ECN bits; fib4_rule_configure(): IPv4 takes TOS bits only.
      if (rule.tos & 3) throw new KernelError('EINVAL', 'Invalid dsfield (tos): ECN bits must be 0');
      if (fam === 4 && rule.tos & ~0x1e) throw new KernelError('EINVAL', 'Invalid tos');
      if (rule.action === 'table' && !rule.table && !rule.l3mdev) notSupported(ip, 'ip rule ... table 0 (an automatically chosen empty table)');
      if (rule.invert === false) delete rule.invert;
      addRule(ip.ns, fam, rule, hasPriority);
      return rule;
    }
    return deleteRule(ip.ns, fam, { ...rule, family: fam, hasPriority, action: rule.action || undefined, table: rule.table || 0 });
  });
  ip.ctx.dirty = true;
  // ip -echo: the FIB rule notification sent back (rtnl_echo_talk()).
  if (ip.opts.echo) echoAnswer(ip, (p) => printRule(ip, p, echoed, fam, rulesOf(ip.ns, fam), cmd === 'del'));
  return 0;
}

interface RuleFilter {
  pref?: number;
  not: boolean;
  tos?: number;
  fwmark?: number;
  fwmask?: number;
  iif?: string;
  oif?: string;
  l3mdev: boolean;
  uid?: [number, number];
  tb: number;
  src?: InetPrefix;
  dst?: InetPrefix;
  protocol: number;
  protocolmask: number;
  ipproto?: number;
  sport?: [number, number];
  dport?: [number, number];
}

/** print_rule(); `deleted` for the RTM_DELRULE that `ip -echo rule del` gets back. */
function printRule(ip: Ip, p: Printer, r: FibRule, af: Family, rules: FibRule[], deleted = false): void {
  const hostLen = af === 4 ? 32 : 128;
  const color = af === 4 ? 'inet' : 'inet6';
  p.openObject(null);
  if (deleted) p.bool(Out.ANY, 'deleted', 'Deleted ', true);
  p.num(Out.ANY, 'priority', '%u:\t', r.priority);
  if (r.invert) p.null(Out.ANY, 'not', 'not ');
  if (r.src) {
    p.string(Out.TEXT, null, 'from ', null);
    p.string(Out.ANY, 'src', '%s', formatIp(r.src), color);
    if (r.srcLen !== hostLen) p.num(Out.ANY, 'srclen', '/%u', r.srcLen);
  } else p.string(Out.ANY, 'src', 'from %s', 'all');
  if (r.dst) {
    p.string(Out.TEXT, null, ' to ', null);
    p.string(Out.ANY, 'dst', '%s', formatIp(r.dst), color);
    if (r.dstLen !== hostLen) p.num(Out.ANY, 'dstlen', '/%u', r.dstLen);
  }
  if (r.tos) p.string(Out.ANY, 'tos', ' tos %s', dsfieldN2a(r.tos, ip.opts.numeric));
  if (r.fwmark || r.fwmask) {
    const mark = r.fwmark ?? 0;
    const mask = r.fwmask ?? 0;
    p.hex0x(Out.ANY, 'fwmark', ' fwmark %#llx', mark);
    if (mask !== 0xffffffff) p.hex0x(Out.ANY, 'fwmask', '/%#llx', mask);
  }
  if (r.iif !== undefined) {
    p.write(' iif ');
    p.string(Out.ANY, 'iif', '%s', r.iif, 'ifname');
    if (!ip.ns.byName(r.iif)) p.null(Out.ANY, 'iif_detached', ' [detached]');
  }
  if (r.oif !== undefined) {
    p.write(' oif ');
    p.string(Out.ANY, 'oif', '%s', r.oif, 'ifname');
    if (!ip.ns.byName(r.oif)) p.null(Out.ANY, 'oif_detached', ' [detached]');
  }
  if (r.l3mdev) p.null(Out.ANY, 'l3mdev', ' lookup [l3mdev-table]');
  if (r.uid) {
    p.num(Out.ANY, 'uid_start', ' uidrange %u', r.uid[0]);
    p.num(Out.ANY, 'uid_end', '-%u', r.uid[1]);
  }
  if (r.ipproto) p.string(Out.ANY, 'ipproto', ' ipproto %s', protoNumN2a(r.ipproto, ip.opts.numeric));
  for (const [k, range] of [['sport', r.sport], ['dport', r.dport]] as const) {
    if (!range) continue;
    if (range[0] === range[1]) p.num(Out.ANY, k, ` ${k} %u`, range[0]);
    else {
      p.num(Out.ANY, `${k}_start`, ` ${k} %u`, range[0]);
      p.num(Out.ANY, `${k}_end`, '-%u', range[1]);
    }
  }
  if (r.table) {
    p.string(Out.ANY, 'table', ' lookup %s', tableN2a(r.table, ip.opts.numeric));
    if (r.suppressPrefixlen !== undefined && r.suppressPrefixlen !== -1) p.num(Out.ANY, 'suppress_prefixlen', ' suppress_prefixlength %d', r.suppressPrefixlen);
    if (r.suppressIfgroup !== undefined && r.suppressIfgroup !== -1) p.string(Out.ANY, 'suppress_ifgroup', ' suppress_ifgroup %s', r.suppressIfgroup === 0 ? 'default' : String(r.suppressIfgroup));
  }
  if (r.action === 'goto') {
    p.num(Out.ANY, 'goto', ' goto %u', r.gotoTarget ?? 0);
    if (!rules.some((x) => x.priority === r.gotoTarget)) p.null(Out.ANY, 'unresolved', ' [unresolved]');
  } else if (r.action === 'nop') p.null(Out.ANY, 'nop', ' nop');
  else if (r.action !== 'table') p.string(Out.ANY, 'action', ' %s', r.action);
  if ((r.protocol && r.protocol !== 2) || ip.opts.details > 0) p.string(Out.ANY, 'protocol', ' proto %s', protoN2a(r.protocol, ip.opts.numeric));
  p.write('\n');
  p.closeObject();
}

function prefixMatches(addr: FibRule['src'], len: number, f: InetPrefix, family: Family): boolean {
  if ((f.family && f.family !== family) || f.bitlen > len) return false;
  if (!f.addr || f.any || f.bitlen <= 0) return true;
  if (!addr) return false;
  if (family === 4) return (((addr.v as number) ^ (f.addr.v as number)) & mask4(f.bitlen)) >>> 0 === 0;
  return (((addr.v as bigint) ^ (f.addr.v as bigint)) & mask6of(f.bitlen)) === 0n;
}

function filterRule(f: RuleFilter, r: FibRule, family: Family): boolean {
  if (f.pref !== undefined && f.pref !== r.priority) return false;
  if (f.not && !r.invert) return false;
  if (f.src && !prefixMatches(r.src, r.srcLen, f.src, family)) return false;
  if (f.dst && !prefixMatches(r.dst, r.dstLen, f.dst, family)) return false;
  if (f.tos !== undefined && f.tos !== r.tos) return false;
  if (f.fwmark && f.fwmark !== (r.fwmark ?? 0)) return false;
  if (f.fwmask && f.fwmask !== (r.fwmask ?? 0)) return false;
  if (f.iif !== undefined && r.iif !== f.iif) return false;
  if (f.oif !== undefined && r.oif !== f.oif) return false;
  if (f.l3mdev && !r.l3mdev) return false;
  if (f.uid && !(r.uid && r.uid[0] === f.uid[0] && r.uid[1] === f.uid[1])) return false;
  if (f.ipproto && f.ipproto !== (r.ipproto ?? 0)) return false;
  if (f.sport && f.sport[0] && !(r.sport && r.sport[0] === f.sport[0] && r.sport[1] === f.sport[1])) return false;
  if (f.dport && f.dport[0] && !(r.dport && r.dport[0] === f.dport[0] && r.dport[1] === f.dport[1])) return false;
  if (f.tb && f.tb !== r.table) return false;
  return true;
}

function listFlush(ip: Ip, argv: string[], action: 'list' | 'flush'): number {
  const af: Family = prefFamily(ip) || 4;
  const f: RuleFilter = { not: false, l3mdev: false, tb: 0, protocol: 0, protocolmask: 0 };
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (matches(a, 'preference') || matches(a, 'order') || matches(a, 'priority')) {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, 'preference value is invalid\n', v);
      f.pref = n;
    } else if (a === 'not') f.not = true;
    else if (a === 'tos' || a === 'dsfield') {
      f.tos = parseTos(ip, next());
    } else if (a === 'fwmark') {
      const { mark, mask } = parseFwmark(ip, next());
      f.fwmark = mark;
      if (mask !== undefined) f.fwmask = mask;
    } else if (a === 'dev' || a === 'iif') {
      const v = next();
      if (badIfname(v)) invarg(ip, '"iif"/"dev" not a valid ifname', v);
      f.iif = v;
    } else if (a === 'oif') {
      const v = next();
      if (badIfname(v)) invarg(ip, '"oif" not a valid ifname', v);
      f.oif = v;
    } else if (a === 'l3mdev') f.l3mdev = true;
    else if (a === 'uidrange') {
      const v = next();
      const r = scanRange(v, 0xffffffff);
      if (!r || r.length !== 2) invarg(ip, 'invalid UID range\n', v);
      f.uid = r as [number, number];
    } else if (matches(a, 'tun_id')) notSupported(ip, 'ip rule ... tun_id');
    else if (matches(a, 'lookup') || matches(a, 'table')) {
      const v = next();
      const n = tableA2n(v);
      if (n === null) invarg(ip, 'table id value is invalid\n', v);
      f.tb = n;
    } else if (matches(a, 'from') || matches(a, 'src')) f.src = getPrefix(ip, next(), af);
    else if (matches(a, 'protocol')) {
      const v = next();
      f.protocolmask = -1;
      const n = protoA2n(v);
      if (n === null) {
        if (v !== 'all') invarg(ip, 'invalid "protocol"\n', v);
        f.protocol = 0;
        f.protocolmask = 0;
      } else f.protocol = n;
    } else if (a === 'ipproto') {
      f.ipproto = parseIpproto(ip, next());
    } else if (a === 'sport' || a === 'dport') {
      f[a] = parsePortRange(ip, a, next());
    } else {
      let w = a;
      if (matches(w, 'dst') || matches(w, 'to')) w = next();
      f.dst = getPrefix(ip, w, af);
    }
  }
  const rules = rulesOf(ip.ns, af);
  if (action === 'flush') {
    // flush_rule(): only rules dumped with a priority (not 0) are deleted.
    const gone = rules.filter((r) => filterRule(f, r, af) && !((f.protocol ^ r.protocol) & f.protocolmask) && r.priority !== 0);
    for (const r of gone) rules.splice(rules.indexOf(r), 1);
    if (gone.length) ip.ctx.dirty = true;
    return 0;
  }
  const p = ip.printer().begin();
  for (const r of rules) {
    if (!filterRule(f, r, af)) continue;
    printRule(ip, p, r, af, rules);
  }
  ip.out(p.end().toString());
  return 0;
}

/** "tos"/"dsfield" of iprule_modify() and the list filter. */
function parseTos(ip: Ip, v: string): number {
  const n = dsfieldA2n(v);
  if (n === null) invarg(ip, 'TOS value is invalid\n', v);
  return n;
}

/** "fwmark MARK[/MASK]" of iprule_modify() and the list filter. */
function parseFwmark(ip: Ip, v: string): { mark: number; mask?: number } {
  const slash = v.indexOf('/');
  const markText = slash >= 0 ? v.slice(0, slash) : v;
  const mark = getU32(markText);
  if (mark === null) invarg(ip, 'fwmark value is invalid\n', markText);
  if (slash < 0) return { mark };
  const mask = getU32(v.slice(slash + 1));
  if (mask === null) invarg(ip, 'fwmask value is invalid\n', v.slice(slash + 1));
  return { mark, mask };
}

/** "ipproto" of iprule_modify() and the list filter. */
function parseIpproto(ip: Ip, v: string): number {
  const n = protoNumA2n(v);
  if (n < 0) invarg(ip, 'Invalid "ipproto" value\n', v);
  return n;
}

/** "sport"/"dport" PORT[-PORT] of iprule_modify() and the list filter. */
function parsePortRange(ip: Ip, which: 'sport' | 'dport', v: string): [number, number] {
  const r = scanRange(v, 0xffff);
  if (!r) invarg(ip, which === 'sport' ? 'invalid port range\n' : 'invalid dport range\n', v);
  return r.length === 1 ? [r[0], r[0]] : [r[0], r[1]];
}
