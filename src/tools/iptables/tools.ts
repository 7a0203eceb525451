// The iptables family's program names (the nf_tables variants; -nft aliases are the same programs).
import type { ToolMain } from '../types';
import './ruletext';
import { main } from './main';
import { restoreMain, saveMain } from './saverestore';

export const IPTABLES_TOOLS: Record<string, ToolMain> = {
  iptables: main,
  'iptables-nft': main,
  ip6tables: main,
  'ip6tables-nft': main,
  'iptables-save': saveMain,
  'iptables-nft-save': saveMain,
  'ip6tables-save': saveMain,
  'ip6tables-nft-save': saveMain,
  'iptables-restore': restoreMain,
  'iptables-nft-restore': restoreMain,
  'ip6tables-restore': restoreMain,
  'ip6tables-nft-restore': restoreMain,
};
