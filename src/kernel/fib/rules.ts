// Policy routing rules (struct fib_rule, net/core/fib_rules.c), one ordered
// list per family. A fresh namespace has the default rules of
// fib_default_rules_init(): 0 lookup local, 32766 lookup main, 32767 lookup
// default (IPv6: 0 local, 32766 main).

import type { Family, IpAddr } from '../../net/ip';
import type { Netns } from '../netns';
import { RT_TABLE } from './route';

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
