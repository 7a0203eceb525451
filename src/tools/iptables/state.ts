import type { Netfilter } from '../../kernel/netfilter/netfilter';
import type { ToolContext } from '../types';

export function getNetfilter(ctx: ToolContext): Netfilter {
  return ctx.ns.netfilter;
}
