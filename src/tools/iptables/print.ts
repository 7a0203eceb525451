// iptables -L and -S output, as iptables 1.8.9 (nf_tables) prints it:
// print_header()/print_rule_details()/print_ifaces() of iptables/xshared.c and
// each extension's print() (extensions/libxt_*.c).

import {
  addrString, conntrackDump, formatIp4, formatIp6, ICMP_CODES, ICMPV6_CODES, limitRate, maskLen, maskSuffix, natRange,
  pktTypeName, protoToName, rtnTypes, saveRule, setMatchText, setTargetText, statisticDump, targetName, tcpFlagNames,
} from './rule';
import { X_MATCHES, X_TARGETS } from './ext';
import { GROUP, HOSTS4, HOSTS6, NETWORKS, PASSWD, serviceByPort } from '../../net/netdb';
import type { Addr, Chain, Match, NfFamily, PortRange, Rule, RuleSpec, Target } from '../../kernel/netfilter/types';

export interface Fmt {
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
}

/** xtables_print_num() */
export function printNum(n: number, kmg: boolean, notable: boolean): string {
  if (!kmg) return notable ? `${n} ` : `${String(n).padStart(8)} `;
  if (n <= 99999) return notable ? `${n} ` : `${String(n).padStart(5)} `;
  for (const suffix of ['K', 'M', 'G']) {
    n = Math.floor((n + 500) / 1000);
    if (n <= 9999) return notable ? `${n}${suffix} ` : `${String(n).padStart(4)}${suffix} `;
  }
  n = Math.floor((n + 500) / 1000);
  return notable ? `${n}T ` : `${String(n).padStart(4)}T `;
}

export function header(c: Chain, refs: number, f: Fmt): string {
  let s = `Chain ${c.name}`;
  if (c.hook) {
    s += ` (policy ${c.policy}`;
    if (f.verbose) s += ` ${printNum(c.pkts, !f.exact, true)}packets, ${printNum(c.bytes, !f.exact, true)}bytes`;
    s += ')\n';
  } else s += ` (${refs} references)\n`;
  if (f.lineNumbers) s += 'num  ';
  if (f.verbose) s += f.exact ? '    pkts      bytes ' : ' pkts bytes ';
  s += 'target    ';
  s += ' prot opt';
  if (f.verbose) s += ' in     out    ';
  s += ' source              ';
  s += ' destination         ';
  return s + '\n';
}

function host4Name(v: number): string {
  return HOSTS4.get(v) ?? NETWORKS.get(v) ?? formatIp4(v);
}

export function addrName(a: Addr): string {
  if (a.f === 4) return host4Name(a.addr);
  return HOSTS6.get(a.addr) ?? formatIp6(a.addr);
}

function addrText(a: Addr | undefined, family: NfFamily, numeric: boolean): string {
  if (!a) return numeric ? (family === 4 ? '0.0.0.0/0' : '::/0') : 'anywhere';
  const zero = a.f === 4 ? a.mask === 0 : a.addr === 0n;
  if (zero && !numeric) return 'anywhere';
  return (numeric ? addrString(a) : addrName(a)) + maskSuffix(a);
}

export function ruleLine(r: Rule, num: number, family: NfFamily, f: Fmt): string {
  const spec = r.spec;
  let s = '';
  if (f.lineNumbers) s += `${String(num).padEnd(4)} `;
  if (f.verbose) s += printNum(r.pkts, !f.exact, false) + printNum(r.bytes, !f.exact, false);
  // NOTRACK is an alias of CT: listed as CT (xt_CT's alias(), libxt_CT.c).
  s += `${(spec.target.t === 'NOTRACK' ? 'CT' : targetName(spec.target)).padEnd(9)} `;
  s += spec.protoInv ? '!' : ' ';
  const pname = protoToName(spec.proto, f.numeric);
  s += `${(f.numeric || !pname ? String(spec.proto) : pname).padEnd(4)} `;
  if (family === 4) s += `${spec.frag ? (spec.frag.inv ? '!f' : '-f') : '--'} `;
  else s += '-- ';
  if (f.verbose) {
    const any = f.numeric ? '*' : 'any';
    s += ` ${((spec.iif?.inv ? '!' : '') + (spec.iif?.name ?? any)).padEnd(6)} `;
    s += `${((spec.oif?.inv ? '!' : '') + (spec.oif?.name ?? any)).padEnd(6)} `;
  }
  s += spec.srcInv ? '!' : ' ';
  s += `${addrText(spec.src, family, f.numeric).padEnd(19)} `;
  s += spec.dstInv ? '!' : ' ';
  s += `${addrText(spec.dst, family, f.numeric).padEnd(19)} `;
  if (spec.target.t === 'jump' && spec.target.goto) s += '[goto] ';
  for (const m of spec.matches) s += printMatch(m, spec, family, f.numeric);
  s += printTarget(spec.target, family, f.numeric);
  return s + '\n';
}

function portName(p: number, proto: string, numeric: boolean): string {
  if (numeric) return String(p);
  return serviceByPort(p, proto) ?? String(p);
}

/** print_ports() of libxt_tcp.c/libxt_udp.c */
function ports(name: string, r: PortRange | undefined, inv: boolean | undefined, proto: string, numeric: boolean): string {
  if (!r) return '';
  if (r[0] === 0 && r[1] === 65535 && !inv) return '';
  const i = inv ? '!' : '';
  if (r[0] === r[1]) return ` ${name}:${i}${portName(r[0], proto, numeric)}`;
  return ` ${name}s:${i}${portName(r[0], proto, numeric)}:${portName(r[1], proto, numeric)}`;
}

function hex2(n: number): string {
  return `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
}

export function printMatch(m: Match, spec: RuleSpec, family: NfFamily, numeric: boolean): string {
  void spec;
  if ('d' in m) return X_MATCHES[m.m].print(m.d, family, numeric);
  switch (m.m) {
    case 'set':
      return setMatchText(m, '');
    case 'tcp':
    case 'udp': {
      let s = ` ${m.m}`;
      s += ports('spt', m.sport, m.sportInv, m.m, numeric);
      s += ports('dpt', m.dport, m.dportInv, m.m, numeric);
      if (m.m === 'tcp') {
        if (m.option) s += ` option=${m.option.inv ? '!' : ''}${m.option.kind}`;
        if (m.flags) {
          s += ' flags:' + (m.flags.inv ? '!' : '');
          s += numeric ? `${hex2(m.flags.mask)}/${hex2(m.flags.cmp)}` : `${tcpFlagNames(m.flags.mask)}/${tcpFlagNames(m.flags.cmp)}`;
        }
      }
      return s;
    }
    case 'icmp':
    case 'icmp6': {
      const table = m.m === 'icmp' ? ICMP_CODES : ICMPV6_CODES;
      let s = m.m === 'icmp' ? ' icmp' : ' ipv6-icmp';
      if (!numeric) {
        const e = table.find((c) => c.type === m.type && c.min === m.codeMin && c.max === m.codeMax);
        if (e) return `${s} ${m.inv ? '!' : ''}${e.name}`;
      }
      if (m.inv) s += ' !';
      s += `type ${m.type}`;
      if (m.codeMin === m.codeMax) s += ` code ${m.codeMin}`;
      else if (m.codeMin !== 0 || m.codeMax !== 0xff) s += ` codes ${m.codeMin}-${m.codeMax}`;
      return s;
    }
    case 'multiport': {
      const proto = protoToName(spec.proto, false) ?? 'tcp';
      let s = ` multiport ${m.dir} ${m.inv ? ' !' : ''}`;
      s += m.ports.map((r) => (r[0] === r[1] ? portName(r[0], proto, numeric) : `${portName(r[0], proto, numeric)}:${portName(r[1], proto, numeric)}`)).join(',');
      return s;
    }
    case 'conntrack':
    case 'state':
      return conntrackDump(m, '', numeric, addrName);
    case 'comment':
      return ` /* ${m.text} */`;
    case 'mark':
      return ` mark match${m.inv ? ' !' : ''} 0x${m.mark.toString(16)}${m.mask !== 0xffffffff ? `/0x${m.mask.toString(16)}` : ''}`;
    case 'connmark':
      return ` connmark match ${m.inv ? '!' : ''} 0x${m.mark.toString(16)}${m.mask !== 0xffffffff ? `/0x${m.mask.toString(16)}` : ''}`;
    case 'statistic':
      return ` statistic${statisticDump(m, '')}`;
    case 'addrtype': {
      let s = ' ADDRTYPE match';
      if (m.src) s += ` src-type ${m.src.inv ? '!' : ''}${rtnTypes(m.src.mask)}`;
      if (m.dst) s += ` dst-type ${m.dst.inv ? '!' : ''}${rtnTypes(m.dst.mask)}`;
      if (m.limitIn) s += ' limit-in';
      if (m.limitOut) s += ' limit-out';
      return s;
    }
    case 'limit':
      return ` limit: avg ${limitRate(m.avg)} burst ${m.burst}`;
    case 'iprange': {
      let s = '';
      if (m.src) s += ` source IP range${m.src.inv ? ' !' : ''} ${addrString(m.src.lo)}-${addrString(m.src.hi)}`;
      if (m.dst) s += ` destination IP range${m.dst.inv ? ' !' : ''} ${addrString(m.dst.lo)}-${addrString(m.dst.hi)}`;
      return s;
    }
    case 'mac':
      return ` MAC ${m.inv ? '! ' : ''}${m.mac}`;
    case 'length':
      return ` length ${m.inv ? '!' : ''}${m.min === m.max ? m.min : `${m.min}:${m.max}`}`;
    case 'ttl':
      return ` TTL match TTL ${{ eq: '==', ne: '!=', lt: '<', gt: '>' }[m.op]} ${m.v}`;
    case 'hl':
      return ` HL match HL ${{ eq: '==', ne: '!=', lt: '<', gt: '>' }[m.op]} ${m.v}`;
    case 'pkttype':
      return ` PKTTYPE ${m.inv ? '!' : ''}= ${pktTypeName(m.type)}`;
    case 'physdev': {
      let s = ' PHYSDEV match';
      if (m.isIn) s += `${m.isInInv ? ' !' : ''} --physdev-is-in`;
      if (m.in) s += `${m.in.inv ? ' !' : ''} --physdev-in ${m.in.name}`;
      if (m.isOut) s += `${m.isOutInv ? ' !' : ''} --physdev-is-out`;
      if (m.out) s += `${m.out.inv ? ' !' : ''} --physdev-out ${m.out.name}`;
      if (m.isBridged) s += `${m.isBridgedInv ? ' !' : ''} --physdev-is-bridged`;
      return s;
    }
    case 'owner': {
      let s = '';
      if (m.socketExists) s += `${m.socketExists.inv ? ' !' : ''} owner socket exists`;
      const id = (lo: number, hi: number, names: Map<number, string>) => (lo !== hi ? `${lo}-${hi}` : !numeric && names.has(lo) ? names.get(lo)! : String(lo));
      if (m.uid) s += `${m.uid.inv ? ' !' : ''} owner UID match ${id(m.uid.lo, m.uid.hi, PASSWD)}`;
      if (m.gid) s += `${m.gid.inv ? ' !' : ''} owner GID match ${id(m.gid.lo, m.gid.hi, GROUP)}`;
      return s;
    }
  }
}

const LEVEL_NAMES = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];

export function printTarget(t: Target, family: NfFamily, numeric: boolean): string {
  if ('d' in t) return X_TARGETS[t.t].print(t.d, family, numeric);
  switch (t.t) {
    case 'REJECT':
      return ` reject-with ${t.with}`;
    case 'LOG': {
      let s = ' LOG';
      if (numeric) s += ` flags ${t.flags} level ${t.level}`;
      else {
        s += ` level ${LEVEL_NAMES[t.level] ?? t.level}`;
        if (t.flags & 1) s += ' tcp-sequence';
        if (t.flags & 2) s += ' tcp-options';
        if (t.flags & 4) s += ' ip-options';
        if (t.flags & 8) s += ' uid';
        if (t.flags & 0x20) s += ' macdecode';
        if (t.flags & ~0x2f) s += ` unknown-flags=0x${(t.flags & ~0x2f).toString(16)}`;
      }
      if (t.prefix !== undefined) s += ` prefix "${t.prefix}"`;
      return s;
    }
    case 'NFLOG': {
      let s = '';
      if (t.prefix !== undefined) s += ` nflog-prefix ${t.prefix}`;
      if (t.group) s += ` nflog-group ${t.group}`;
      if (t.size !== undefined) s += ` nflog-size ${t.size}`;
      if (t.threshold) s += ` nflog-threshold ${t.threshold}`;
      return s;
    }
    case 'MARK':
    case 'CONNMARK': {
      const name = t.t;
      if (t.op === 'save' || t.op === 'restore') {
        let s = ` CONNMARK ${t.op}`;
        if (t.nfmask === t.ctmask) {
          if (t.nfmask !== 0xffffffff) s += ` mask 0x${t.nfmask.toString(16)}`;
        } else s += ` nfmask 0x${t.nfmask.toString(16)} ctmask ~0x${t.ctmask.toString(16)}`;
        return s;
      }
      const h = (n: number) => `0x${n.toString(16)}`;
      const x = t as { mark: number; mask: number };
      if (x.mark === 0) return ` ${name} and ${h(~x.mask >>> 0)}`;
      if (x.mark === x.mask) return ` ${name} or ${h(x.mark)}`;
      if (x.mask === 0) return ` ${name} xor ${h(x.mark)}`;
      if (x.mask === 0xffffffff) return ` ${name} set ${h(x.mark)}`;
      return ` ${name} xset ${h(x.mark)}/${h(x.mask)}`;
    }
    case 'DNAT':
    case 'SNAT':
    case 'NETMAP': {
      let s = '';
      if (t.t === 'NETMAP') s += ` to:${addrString(t.range!.lo!)}/${maskLen(t.range!.lo!)}`;
      else s += ` to:${natRange(t.range, family)}`;
      if (t.random) s += ' random';
      if (t.randomFully) s += ' random-fully';
      if (t.persistent) s += ' persistent';
      return s;
    }
    case 'MASQUERADE':
    case 'REDIRECT': {
      let s = '';
      if (t.range?.portLo !== undefined) s += ` ${t.t === 'MASQUERADE' ? 'masq ports:' : 'redir ports'} ${t.range.portLo}${t.range.portHi !== t.range.portLo ? `-${t.range.portHi}` : ''}`;
      if (t.random) s += ' random';
      if (t.randomFully) s += ' random-fully';
      return s;
    }
    case 'TTL':
    case 'HL':
      return ` ${t.t} ${t.op === 'set' ? 'set to' : t.op === 'inc' ? 'increment by' : 'decrement by'} ${t.v}`;
    case 'DSCP':
      return ` DSCP set 0x${t.v.toString(16).padStart(2, '0')}`;
    case 'NOTRACK':
      return ' NOTRACK';
    case 'SET':
      return setTargetText(t, '');
    case 'TCPMSS':
      return t.mss === 0xffff ? ' TCPMSS clamp to PMTU' : ` TCPMSS set ${t.mss}`;
    case 'CT': {
      if (t.notrack) return ' CT notrack';
      let s = ' CT';
      if (t.helper) s += ` helper ${t.helper}`;
      if (t.zone) s += ` zone${t.zone.dir} ${t.zone.v}`;
      return s;
    }
    default:
      return '';
  }
}

/** -S: one rule as "-A CHAIN ..." (with -c counters when verbose). */
export function ruleSpecLine(chain: string, r: Rule, family: NfFamily, counters: boolean): string {
  if (!counters) return `-A ${chain}${r.text}\n`;
  const s = saveRule(r.spec, family);
  // save_matches_and_target(): " -c p b" goes between the matches and the target.
  const t = r.spec.target;
  const j = t.t === 'none' ? s.length : s.lastIndexOf(t.t === 'jump' ? ` -${t.goto ? 'g' : 'j'} ${t.chain}` : ` -j ${targetName(t)}`);
  return `-A ${chain}${s.slice(0, j)} -c ${r.pkts} ${r.bytes}${s.slice(j)}\n`;
}

/** The rule as iptables -v prints it when adding (FMT_PRINT_RULE: numeric, no table layout). */
export function printRuleVerbose(r: Rule, family: NfFamily): string {
  const spec = r.spec;
  let s = `${spec.target.t === 'NOTRACK' ? 'CT' : targetName(spec.target)} `;
  s += spec.protoInv ? '!' : ' ';
  s += `${protoToName(spec.proto, true) ?? spec.proto} `;
  if (family === 4) s += `opt ${spec.frag ? (spec.frag.inv ? '!f' : '-f') : '--'} `;
  else s += 'opt -- ';
  s += `in ${(spec.iif?.inv ? '!' : '') + (spec.iif?.name ?? '*')} `;
  s += `out ${(spec.oif?.inv ? '!' : '') + (spec.oif?.name ?? '*')} `;
  s += `${spec.srcInv ? '!' : ' '}${addrText(spec.src, family, true)} `;
  s += `${spec.dstInv ? '!' : ' '}-> ${addrText(spec.dst, family, true)}`;
  s += '  ';
  if (spec.target.t === 'jump' && spec.target.goto) s += '[goto] ';
  for (const m of spec.matches) s += printMatch(m, spec, family, true);
  s += printTarget(spec.target, family, true);
  return s + '\n';
}
