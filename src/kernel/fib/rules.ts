// Policy routing rules (struct fib_rule, net/core/fib_rules.c), one ordered
// list per family. A fresh namespace has the default rules of
// fib_default_rules_init(): 0 lookup local, 32766 lookup main, 32767 lookup
// default (IPv6: 0 local, 32766 main).

import type { Family, IpAddr } from '../../net/ip';
import type { Netns } from '../netns';
import { RT_TABLE } from './route';
import { kerr } from '../errors';
import { ipEquals } from '../../net/ip';

export type RuleAction = 'table' | 'goto' | 'nop' | 'blackhole' | 'unreachable' | 'prohibit';

export interface FibRule {
  priority: number;
  action: RuleAction;
  table: number;
  gotoTarget?: number;
  invert?: boolean;
  src?: IpAddr;
  srcLen: number;
  dst?: IpAddr;
  dstLen: number;
  tos: number;
  fwmark?: number;
  fwmask?: number;
  iif?: string;
  oif?: string;
  ipproto?: number;
  sport?: [number, number];
  dport?: [number, number];
  uid?: [number, number];
  suppressPrefixlen?: number;
  suppressIfgroup?: number;
  l3mdev?: boolean;
  protocol: number;
  realms?: number;
}

export function defaultRules(f: Family): FibRule[] {
  const r = (priority: number, table: number): FibRule => ({ priority, action: 'table', table, srcLen: 0, dstLen: 0, tos: 0, protocol: 2 });
  return f === 4 ? [r(0, RT_TABLE.local), r(32766, RT_TABLE.main), r(32767, RT_TABLE.default)] : [r(0, RT_TABLE.local), r(32766, RT_TABLE.main)];
}

/** The namespace's rules for a family, in lookup order. */
export function rulesOf(ns: Netns, f: Family): FibRule[] {
  return f === 4 ? ns.fib.rules4 : ns.fib.rules6;
}

/** fib_default_rule_pref(): one below the second rule's preference. */
export function defaultPref(rules: FibRule[]): number {
  if (rules.length >= 2 && rules[1].priority) return rules[1].priority - 1;
  return 0;
}

/** Which attributes a request named (rule_find() skips the others). */
export interface RuleRequest extends Partial<FibRule> {
  family: Family;
  hasPriority: boolean;
}

function sameRule(a: FibRule, b: FibRule): boolean {
  const addr = (x?: IpAddr, y?: IpAddr) => (!x && !y) || (!!x && !!y && ipEquals(x, y));
  const range = (x?: [number, number], y?: [number, number]) => (!x && !y) || (!!x && !!y && x[0] === y[0] && x[1] === y[1]);
  return (
    a.priority === b.priority && a.action === b.action && a.table === b.table && a.gotoTarget === b.gotoTarget && !!a.invert === !!b.invert &&
    addr(a.src, b.src) && a.srcLen === b.srcLen && addr(a.dst, b.dst) && a.dstLen === b.dstLen && a.tos === b.tos &&
    (a.fwmark ?? 0) === (b.fwmark ?? 0) && (a.fwmask ?? 0) === (b.fwmask ?? 0) && a.iif === b.iif && a.oif === b.oif &&
    (a.ipproto ?? 0) === (b.ipproto ?? 0) && range(a.sport, b.sport) && range(a.dport, b.dport) && range(a.uid, b.uid) &&
    (a.suppressPrefixlen ?? -1) === (b.suppressPrefixlen ?? -1) && (a.suppressIfgroup ?? -1) === (b.suppressIfgroup ?? -1) &&
    !!a.l3mdev === !!b.l3mdev && (a.realms ?? 0) === (b.realms ?? 0) && a.protocol === b.protocol
  );
}

/** The checks of fib_nl2rule() then fib_nl2rule_rtnl() (which since Linux
 * 6.15 judges a goto against the rules list), for a new rule and for one
 * to delete alike. */
function checkRule(rules: FibRule[], rule: Partial<FibRule>, hasPriority: boolean): void {
  if (rule.action === 'goto' && rule.gotoTarget === undefined) throw kerr('EINVAL', 'Missing goto target for action goto');
  if (rule.l3mdev && rule.table) throw kerr('EINVAL', 'l3mdev and table are mutually exclusive');
  if (rule.uid && rule.uid[0] > rule.uid[1]) throw kerr('EINVAL', 'Invalid uid range');
  // nla_get_port_range() → fib_rule_port_range_valid(): 1..65534, start <= end.
  const portsOk = (p: [number, number]) => p[0] !== 0 && p[1] !== 0 && p[1] < 0xffff && p[0] <= p[1];
  if (rule.sport && !portsOk(rule.sport)) throw kerr('EINVAL', 'Invalid sport range');
  if (rule.dport && !portsOk(rule.dport)) throw kerr('EINVAL', 'Invalid dport range');
  // "Backward jumps are prohibited to avoid endless loops"
  const pref = hasPriority ? (rule.priority ?? 0) : defaultPref(rules);
  if (rule.action === 'goto' && rule.gotoTarget !== undefined && rule.gotoTarget <= pref) throw kerr('EINVAL', 'Backward goto not supported');
}

/** fib_nl_newrule(): validation, default preference, insertion after equal preferences. */
export function addRule(ns: Netns, family: Family, rule: FibRule, hasPriority: boolean, excl = true): void {
  const rules = rulesOf(ns, family);
  checkRule(rules, rule, hasPriority);
  if (!hasPriority) rule.priority = defaultPref(rules);
  if (excl && rules.some((r) => sameRule(r, rule))) throw kerr('EEXIST');
  let at = rules.length;
  for (let i = 0; i < rules.length; i++) {
    if (rules[i].priority > rule.priority) {
      at = i;
      break;
    }
  }
  rules.splice(at, 0, rule);
  if (rules === ns.fib.rules4) ns.fib.customRules4 = true;
}

/** fib_nl_delrule() → rule_find(): the first rule matching every attribute given. */
export function deleteRule(ns: Netns, family: Family, q: RuleRequest): FibRule {
  const rules = rulesOf(ns, family);
  checkRule(rules, q, q.hasPriority);
  const i = rules.findIndex((r) => {
    if (q.action && r.action !== q.action) return false;
    if (q.table && r.table !== q.table) return false;
    if (q.hasPriority && r.priority !== q.priority) return false;
    if (q.iif !== undefined && r.iif !== q.iif) return false;
    if (q.oif !== undefined && r.oif !== q.oif) return false;
    if (q.fwmark && r.fwmark !== q.fwmark) return false;
    if (q.suppressIfgroup !== undefined && r.suppressIfgroup !== q.suppressIfgroup) return false;
    if (q.suppressPrefixlen !== undefined && r.suppressPrefixlen !== q.suppressPrefixlen) return false;
    if (q.fwmask && r.fwmask !== q.fwmask) return false;
    if (q.l3mdev && !r.l3mdev) return false;
    if (q.uid && !(r.uid && r.uid[0] === q.uid[0] && r.uid[1] === q.uid[1])) return false;
    if (q.ipproto && r.ipproto !== q.ipproto) return false;
    if (q.protocol && r.protocol !== q.protocol) return false;
    if (q.sport && !(r.sport && r.sport[0] === q.sport[0] && r.sport[1] === q.sport[1])) return false;
    if (q.dport && !(r.dport && r.dport[0] === q.dport[0] && r.dport[1] === q.dport[1])) return false;
    // fib4_rule_compare() / fib6_rule_compare()
    if (q.srcLen && (r.srcLen !== q.srcLen || !r.src || !q.src || !ipEquals(r.src, q.src))) return false;
    if (q.dstLen && (r.dstLen !== q.dstLen || !r.dst || !q.dst || !ipEquals(r.dst, q.dst))) return false;
    if (q.tos && r.tos !== q.tos) return false;
    if (q.realms && r.realms !== q.realms) return false;
    return true;
  });
  if (i < 0) throw kerr('ENOENT');
  return rules.splice(i, 1)[0];
}

/** One rule as a snapshot line (JSON: rules are few). */
export function encodeRule(family: Family, r: FibRule): string {
  const o: Record<string, unknown> = { ...r, family };
  if (r.src) o.src = r.src.f === 4 ? r.src.v : (r.src.v as bigint).toString(16);
  if (r.dst) o.dst = r.dst.f === 4 ? r.dst.v : (r.dst.v as bigint).toString(16);
  return JSON.stringify(o);
}

export function decodeRule(line: string): { family: Family; rule: FibRule } {
  const o = JSON.parse(line) as Record<string, unknown>;
  const family = o.family === 6 ? 6 : 4;
  delete o.family;
  const addr = (v: unknown): IpAddr | undefined => (v === undefined ? undefined : family === 4 ? { f: 4, v: Number(v) } : { f: 6, v: BigInt('0x' + String(v)) });
  const rule = { ...(o as unknown as FibRule), src: addr(o.src), dst: addr(o.dst) };
  if (!rule.src) delete rule.src;
  if (!rule.dst) delete rule.dst;
  return { family, rule };
}
