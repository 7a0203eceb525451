// The netfilter state of one network namespace, as iptables-nft sees it:
// per family (ip, ip6) the xtables-compatible tables with their base chains
// (created on first use, as nft_xt_builtin_init() does), user chains, rules
// and counters. Operations fail with the errno the kernel (nf_tables via
// iptables-nft) reports; the tool turns them into iptables' texts.

import type { Chain, Hook, NfFamily, Policy, Rule, RuleSpec, TableName, Target } from './types';
import { IpSets } from './ipset';

export const TABLE_NAMES: TableName[] = ['filter', 'nat', 'mangle', 'raw', 'security'];
/** Dump order of iptables-save: the builtin_table array of iptables/nft.c. */
export const SAVE_ORDER: TableName[] = ['mangle', 'security', 'raw', 'filter', 'nat'];
export const BUILTIN: Record<TableName, Hook[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

export type NfErrno = 'E0' | 'ENOHELPER' | 'ERANGE' | 'ENOENT' | 'EEXIST' | 'E2BIG' | 'EBUSY' | 'EINVAL' | 'ELOOP' | 'ENOTEMPTY' | 'EMLINK' | 'ENXIO';
export class NfError extends Error {
  constructor(readonly errno: NfErrno) {
    super(errno);
  }
}
const fail = (e: NfErrno): never => {
  throw new NfError(e);
};

/** A rule built from canonical text; decoded lazily (snapshot load fast path). */
class TextRule implements Rule {
  private _spec?: RuleSpec;
  constructor(
    readonly text: string,
    private readonly family: NfFamily,
    public pkts = 0,
    public bytes = 0,
    spec?: RuleSpec,
  ) {
    this._spec = spec;
  }
  get spec(): RuleSpec {
    if (!this._spec) this._spec = decodeRule(this.text, this.family);
    return this._spec;
  }
  /** Drops the decoded spec (it is decoded again from the text on use). */
  forget(): void {
    this._spec = undefined;
  }
  /** Could this rule be invalid in some hook? From the spec when decoded, else the text. */
  get sensitive(): boolean {
    return this._spec ? hookSensitive(this._spec) : codec().sensitive(this.text);
  }
  /** The chain this rule jumps or goes to, read from the text without decoding it. */
  get jump(): string | undefined {
    if (this._spec) {
      const t = this._spec.target;
      return t.t === 'jump' ? t.chain : undefined;
    }
    return codec().jumpOf(this.text);
  }
}

function isSensitive(r: Rule): boolean {
  return r instanceof TextRule ? r.sensitive : hookSensitive(r.spec);
}

function jumpTarget(r: Rule): string | undefined {
  return r instanceof TextRule ? r.jump : r.spec.target.t === 'jump' ? (r.spec.target as { chain: string }).chain : undefined;
}

/**
 * The compact text a rule is kept as: its identity for -D/-C, its snapshot
 * encoding, and the source of its typed spec when loaded from a snapshot.
 * The kernel model does not know the syntax; the iptables tool lends it
 * (tools/iptables/ruletext.ts registers the iptables-save form).
 */
export interface RuleText {
  encode(spec: RuleSpec, family: NfFamily): string;
  decode(text: string, family: NfFamily): RuleSpec;
  /** The chain a rule's text jumps or goes to, without decoding it. */
  jumpOf(text: string): string | undefined;
  /** Whether a rule's text may carry table or hook limits (see hookSensitive()). */
  sensitive(text: string): boolean;
  /** How many references to ipset `name` the text holds. */
  setRefs(text: string, name: string): number;
}

let ruleText: RuleText | undefined;
export function setRuleText(t: RuleText): void {
  ruleText = t;
}
function codec(): RuleText {
  if (!ruleText) throw new Error('netfilter: no rule text encoding registered (import tools/iptables/ruletext)');
  return ruleText;
}

export function decodeRule(text: string, family: NfFamily): RuleSpec {
  return codec().decode(text, family);
}

export function makeRule(spec: RuleSpec, family: NfFamily, pkts = 0, bytes = 0): Rule {
  return new TextRule(codec().encode(spec, family), family, pkts, bytes, spec);
}

export class Table {
  /** Whether the table exists in the kernel (created by the first change). */
  exists = false;
  /** iptables-restore: jump targets are checked at COMMIT instead. */
  deferJumps = false;
  readonly chains = new Map<string, Chain>();
  /** iptables-restore: the whole-table validation runs once at COMMIT
   * (nf_tables_validate()); rules added meanwhile are logged for the replay. */
  deferValidation = false;
  /** The chain a failed -X stopped at. */
  busy?: string;
  readonly log: { chain: string; rule: Rule; op: string }[] = [];
  /** Reverse jump edges (target -> source chain -> count), built on demand. */
  private rev: Map<string, Map<string, number>> | null = null;

  constructor(
    readonly name: TableName,
    readonly family: NfFamily,
  ) {
    for (const h of BUILTIN[name]) this.chains.set(h, { name: h, hook: h, policy: 'ACCEPT', rules: [], pkts: 0, bytes: 0, created: false });
  }

  isBuiltin(name: string): boolean {
    return (BUILTIN[this.name] as string[]).includes(name);
  }

  /** Base chains in hook order, then user chains sorted by name (nft_cache_sort_chains()). */
  ordered(): Chain[] {
    const base: Chain[] = [];
    const names: string[] = [];
    for (const c of this.chains.values()) {
      if (c.hook) base.push(c);
      else names.push(c.name);
    }
    // strcmp() order; sorting the names themselves is much faster than objects by key.
    names.sort();
    for (const n of names) base.push(this.chains.get(n)!);
    return base;
  }

  get(name: string): Chain | undefined {
    return this.chains.get(name);
  }

  /** A chain as the kernel has it: base chains only once created. */
  require(name: string): Chain {
    const c = this.chains.get(name);
    if (!c || (c.hook && !c.created)) fail('ENOENT');
    return c!;
  }

  /** A chain that commands adding rules or a policy create on demand. */
  ensure(name: string): Chain {
    const c = this.chains.get(name) ?? fail('ENOENT');
    if (c.hook) c.created = true;
    this.exists = true;
    return c;
  }

  /** Rules in the table that jump or go to `name`. */
  references(name: string): number {
    let n = 0;
    for (const c of this.chains.values()) for (const r of c.rules) if (jumpTarget(r) === name) n++;
    return n;
  }

  allReferences(): Map<string, number> {
    const m = new Map<string, number>();
    for (const c of this.chains.values())
      for (const r of c.rules) {
        const j = jumpTarget(r);
        if (j !== undefined) m.set(j, (m.get(j) ?? 0) + 1);
      }
    return m;
  }

  // ---- reachability (nft_chain_validate(), nf_tables_check_loops()) ----------

  private reverse(): Map<string, Map<string, number>> {
    if (this.rev) return this.rev;
    const rev = new Map<string, Map<string, number>>();
    for (const c of this.chains.values())
      for (const r of c.rules) {
        const j = jumpTarget(r);
        if (j !== undefined) addEdge(rev, j, c.name, 1);
      }
    return (this.rev = rev);
  }

  private edge(r: Rule, from: string, d: number): void {
    if (!this.rev) return;
    const j = jumpTarget(r);
    if (j !== undefined) addEdge(this.rev, j, from, d);
  }

  /** Hooks of the base chains from which `name` is reachable. */
  hooksReaching(name: string): Set<Hook> {
    const rev = this.reverse();
    const hooks = new Set<Hook>();
    const seen = new Set<string>([name]);
    const stack = [name];
    while (stack.length) {
      const n = stack.pop()!;
      const c = this.chains.get(n);
      if (c?.hook) hooks.add(c.hook);
      const srcs = rev.get(n);
      if (!srcs) continue;
      for (const s of srcs.keys()) if (!seen.has(s)) (seen.add(s), stack.push(s));
    }
    return hooks;
  }

  /** The deepest jump level of `name` below any base chain (base chains are
   * level 0), -1 when no base chain reaches it. The graph is loop-free here. */
  private levelOf(name: string): number {
    const rev = this.reverse();
    const memo = new Map<string, number>();
    const lvl = (n: string): number => {
      const m = memo.get(n);
      if (m !== undefined) return m;
      memo.set(n, -1);
      const c = this.chains.get(n);
      let best = c?.hook && c.created ? 0 : -1;
      const srcs = rev.get(n);
      if (srcs) for (const s of srcs.keys()) {
        const l = lvl(s);
        if (l >= 0 && l + 1 > best) best = l + 1;
      }
      memo.set(n, best);
      return best;
    };
    return lvl(name);
  }

  /**
   * The kernel's checks of a new rule in `chain` once it is reachable from a
   * base chain: every rule then reachable must suit the hooks (EINVAL), and
   * the jump graph below it must be loop-free and at most 15 jumps deep (the
   * jump stack, NFT_JUMP_STACK_SIZE 16, overflows: EMLINK). Rules in chains no
   * base chain reaches are not checked.
   */
  validateAdd(chain: Chain, spec: RuleSpec): void {
    const jump = spec.target.t === 'jump' ? spec.target.chain : undefined;
    if (!jump && !hookSensitive(spec)) return;
    const hooks = chain.hook ? new Set<Hook>([chain.hook]) : this.hooksReaching(chain.name);
    if (!hooks.size) return;
    if (!jump || !this.chains.has(jump)) {
      for (const h of hooks) if (!staticValid(this.name, h, spec)) fail('EINVAL');
      return;
    }
    // Depth-first from the jump's chain: a path back to `chain` or any cycle is a loop.
    const onPath = new Set<string>();
    const done = new Map<string, number>();
    const walk = (n: string, level: number): void => {
      if (n === chain.name || onPath.has(n)) fail('EMLINK');
      if (level >= JUMP_STACK) fail('EMLINK');
      if ((done.get(n) ?? -1) >= level) return;
      onPath.add(n);
      const c = this.chains.get(n);
      if (c) {
        for (const r of c.rules) {
          if (isSensitive(r)) for (const h of hooks) if (!staticValid(this.name, h, r.spec)) fail('EINVAL');
          const j = jumpTarget(r);
          if (j !== undefined) walk(j, level + 1);
        }
      }
      onPath.delete(n);
      done.set(n, level);
    };
    // nft_chain_validate() follows the jump (a loop overflows the jump stack)
    // before the rule's own limits are looked at for the hooks reaching it.
    walk(jump, (chain.hook ? 0 : this.levelOf(chain.name)) + 1);
    for (const h of hooks) if (!staticValid(this.name, h, spec)) fail('EINVAL');
  }

  /** Every base chain's reachable rules: hooks, loops and depth (nft_table_validate()). */
  validateAll(): void {
    for (const base of this.chains.values()) {
      if (!base.hook || !base.created) continue;
      const hook = base.hook;
      const onPath = new Set<string>();
      const done = new Map<string, number>();
      const walk = (n: string, level: number): void => {
        if (onPath.has(n) || level >= JUMP_STACK) fail('EMLINK');
        if ((done.get(n) ?? -1) >= level) return;
        onPath.add(n);
        const c = this.chains.get(n);
        if (c) {
          for (const r of c.rules) {
            if (isSensitive(r) && !staticValid(this.name, hook, r.spec)) fail('EINVAL');
            const j = jumpTarget(r);
            if (j !== undefined) walk(j, level + 1);
          }
        }
        onPath.delete(n);
        done.set(n, level);
      };
      walk(base.name, 0);
    }
  }

  /**
   * After a failed whole-table validation at COMMIT the kernel replays the
   * batch validating after every new rule (NFT_VALIDATE_DO): the rule that
   * makes the table invalid and every later one fail. Returns those failures.
   */
  replayValidation(): { rule: Rule; chain: string; op: string; errno: NfErrno }[] {
    const logged = new Set(this.log.map((e) => e.rule));
    for (const c of this.chains.values()) c.rules = c.rules.filter((r) => !logged.has(r));
    this.rev = null;
    const out: { rule: Rule; chain: string; op: string; errno: NfErrno }[] = [];
    for (const e of this.log) {
      const c = this.chains.get(e.chain);
      if (!c) continue;
      c.rules.push(e.rule);
      try {
        this.validateAll();
      } catch (err) {
        if (!(err instanceof NfError)) throw err;
        out.push({ ...e, errno: err.errno });
      }
    }
    return out;
  }

  // ---- chain operations -------------------------------------------------------

  newChain(name: string): void {
    if (this.chains.has(name)) fail('EEXIST');
    this.exists = true;
    this.chains.set(name, { name, rules: [], pkts: 0, bytes: 0 });
  }

  deleteChain(name: string): void {
    const c = this.chains.get(name);
    if (!c || c.hook) fail('ENOENT');
    if (this.references(name) > 0) fail('EBUSY');
    if (c!.rules.length) fail('ENOTEMPTY');
    this.chains.delete(name);
    this.rev = null;
  }

  /** -X without a name: one batch deleting every user chain; the first that is
   * referenced or has rules fails it (EBUSY). The batch follows the cache: the
   * kernel's chain list (creation order), sorted by name with -v (nft_chain_del()). */
  deleteUserChains(sorted = true): void {
    const refs = this.allReferences();
    for (const c of sorted ? this.ordered() : this.chains.values()) {
      if (c.hook) continue;
      if ((refs.get(c.name) ?? 0) > 0 || c.rules.length) {
        this.busy = c.name;
        fail('EBUSY');
      }
    }
    for (const c of [...this.chains.values()]) {
      if (!c.hook) this.chains.delete(c.name);
      // __nft_chain_del(): base chains go too when nft_may_delete_chain() (ACCEPT, no rules).
      else if (c.created && c.policy === 'ACCEPT' && c.rules.length === 0) this.uncreate(c);
    }
    this.rev = null;
  }

  /** A base chain deleted from the kernel: listings show it again as fresh. */
  private uncreate(c: Chain): void {
    c.created = false;
    c.pkts = 0;
    c.bytes = 0;
  }

  /** -X of a base chain: refused unless its policy is ACCEPT (errno EBUSY before the
   * kernel sees it, nft_may_delete_chain()), the kernel refuses it with rules. */
  deleteBuiltin(name: string): 'skipped' | 'busy' | 'deleted' {
    const c = this.require(name);
    if (c.policy !== 'ACCEPT') return 'skipped';
    if (c.rules.length) return 'busy';
    this.uncreate(c);
    return 'deleted';
  }

  renameChain(from: string, to: string): void {
    const c = this.chains.get(from);
    if (!c || c.hook) fail('ENOENT');
    if (this.chains.has(to)) fail('EEXIST');
    // The kernel renames in place: the chain keeps its place in the table's list.
    const all = [...this.chains.values()];
    this.chains.clear();
    c!.name = to;
    for (const ch of all) this.chains.set(ch.name, ch);
    for (const ch of this.chains.values())
      ch.rules = ch.rules.map((r) => {
        if (jumpTarget(r) !== from) return r;
        const t = r.spec.target as Extract<Target, { t: 'jump' }>;
        const spec: RuleSpec = { ...r.spec, target: { ...t, chain: to } };
        return makeRule(spec, this.family, r.pkts, r.bytes);
      });
    this.rev = null;
  }

  setPolicy(name: string, policy: string): void {
    // The policy is checked before the chain (nft_chain_set()).
    if (policy !== 'ACCEPT' && policy !== 'DROP') fail('EINVAL');
    const c = this.chains.get(name);
    if (!c || !c.hook) fail('ENOENT');
    // nft_chain_set(): the chain update carries counters, zero from -P.
    const ch = this.ensure(name);
    ch.policy = policy as Policy;
    ch.pkts = 0;
    ch.bytes = 0;
  }

  /** `create`: -v -F walks every chain and creates the base chains on the way
   * (nft_rule_flush() per chain); plain -F flushes the table as one operation. */
  flush(name?: string, create = false): void {
    if (name === undefined) {
      for (const c of this.chains.values()) {
        if (c.hook && create) this.ensure(c.name);
        c.rules = [];
      }
    } else {
      // nft_rule_flush() runs nft_xt_builtin_init(): -F of a base chain creates it.
      const c = this.chains.get(name);
      if (c?.hook) this.ensure(name).rules = [];
      else this.require(name).rules = [];
    }
    this.rev = null;
  }

  /** `listed`: -L -Z, whose chain cache also holds the base chains of a table
   * the kernel does not have (zeroing those fails). */
  zero(name?: string, listed = false): void {
    const z = (c: Chain) => {
      c.pkts = 0;
      c.bytes = 0;
      for (const r of c.rules) {
        r.pkts = 0;
        r.bytes = 0;
      }
    };
    if (name === undefined) {
      if (!this.exists) {
        if (!listed) return;
        this.busy = this.ordered()[0].name;
        fail('ENOENT');
      }
      // With -L the cache holds every base chain, and the counter update of each
      // creates it (nft_chain_zero_counters()); plain -Z only zeroes what exists.
      for (const c of this.chains.values()) {
        if (c.hook && listed) this.ensure(c.name);
        z(c);
      }
    } else z(this.require(name));
  }

  /** Frees the decoded specs of a big table (a 150k-rule restore): the
   * texts stay, and the garbage collector no longer walks the specs while the
   * state is saved. */
  compact(): void {
    for (const c of this.chains.values()) for (const r of c.rules) if (r instanceof TextRule) r.forget();
  }

  /** Whether the kernel has chain `name` (base chains only once created). */
  inKernel(name: string): boolean {
    const c = this.chains.get(name);
    return !!c && (!c.hook || !!c.created);
  }

  /** -Z CHAIN N: one rule's counters; a rule past the end is no error
   * (nft_rule_zero_counters()). The chain must be in the kernel. */
  zeroRule(name: string, pos: number): void {
    if (!this.inKernel(name)) fail('ENOENT');
    const c = this.chains.get(name)!;
    if (pos > c.rules.length) return;
    c.rules[pos - 1].pkts = 0;
    c.rules[pos - 1].bytes = 0;
  }

  // ---- rule operations --------------------------------------------------------

  /** Kernel-side checks of a rule in a chain: table and hook of targets and matches, jumps. */
  check(chain: Chain, spec: RuleSpec): void {
    if (this.family === 6) V6.add(spec);
    if (!validFor(this.name, chain.hook, spec)) fail('EINVAL');
    // No conntrack helper modules are loaded in iplab's kernel (nf_ct_helper lookup fails).
    if (spec.target.t === 'CT' && spec.target.helper) fail('ENOHELPER');
    for (const m of spec.matches) {
      if (m.m === 'hashlimit' && hashlimitOverflow(m.d)) fail('ERANGE');
      // string_mt_check(): the text search algorithm must exist (textsearch_prepare()).
      if (m.m === 'string' && !['bm', 'kmp', 'fsm'].includes(m.d.algo as string)) fail('ENOHELPER');
    }
    const t = spec.target;
    if (t.t === 'jump') {
      const dest = this.chains.get(t.chain);
      if (!dest && this.deferJumps) return;
      if (!dest) fail('ENOENT');
      if (dest!.hook) fail('EINVAL');
    }
    if (!this.deferValidation) this.validateAdd(chain, spec);
  }

  /** The chain a rule is added to: checked first, created on success. */
  private target(name: string): Chain {
    const c = this.chains.get(name);
    if (!c) fail('ENOENT');
    return c!;
  }

  append(name: string, rule: Rule, check = true): void {
    const c = this.target(name);
    if (check) this.check(c, rule.spec);
    this.ensure(name);
    c.rules.push(rule);
    this.edge(rule, name, 1);
    if (this.deferValidation) this.log.push({ chain: name, rule, op: 'RULE_APPEND' });
  }

  /** -I: position 1-based; one past the end is an append (nft_rule_insert()). */
  insert(name: string, pos: number, rule: Rule): void {
    const c = this.target(name);
    if (pos > c.rules.length + 1) fail('E2BIG');
    this.check(c, rule.spec);
    this.ensure(name);
    c.rules.splice(pos - 1, 0, rule);
    this.edge(rule, name, 1);
    if (this.deferValidation) this.log.push({ chain: name, rule, op: pos === c.rules.length && pos > 1 ? 'RULE_APPEND' : 'RULE_INSERT' });
  }

  replace(name: string, pos: number, rule: Rule): void {
    const c = this.require(name);
    if (pos > c.rules.length) fail('E2BIG');
    this.check(c, rule.spec);
    this.edge(c.rules[pos - 1], name, -1);
    c.rules[pos - 1] = rule;
    this.edge(rule, name, 1);
    if (this.deferValidation) this.log.push({ chain: name, rule, op: 'RULE_REPLACE' });
  }

  deleteNum(name: string, pos: number): void {
    const c = this.require(name);
    if (pos > c.rules.length) fail('E2BIG');
    this.edge(c.rules[pos - 1], name, -1);
    c.rules.splice(pos - 1, 1);
  }

  find(name: string, text: string): number {
    const c = this.require(name);
    return c.rules.findIndex((r) => r.text === text);
  }

  deleteSpec(name: string, text: string): void {
    const i = this.find(name, text);
    if (i < 0) fail('ENOENT');
    const c = this.require(name);
    this.edge(c.rules[i], name, -1);
    c.rules.splice(i, 1);
  }

  /** A copy for a transaction (iptables-restore --noflush): rules are shared, lists are not. */
  clone(): Table {
    const t = new Table(this.name, this.family);
    t.exists = this.exists;
    t.chains.clear();
    for (const [k, ch] of this.chains) t.chains.set(k, { ...ch, rules: ch.rules.slice() });
    return t;
  }
}

/** NFT_JUMP_STACK_SIZE: a chain at this jump level below a base chain fails validation. */
const JUMP_STACK = 16;

function addEdge(rev: Map<string, Map<string, number>>, to: string, from: string, d: number): void {
  let m = rev.get(to);
  if (!m) rev.set(to, (m = new Map()));
  const n = (m.get(from) ?? 0) + d;
  if (n > 0) m.set(from, n);
  else m.delete(from);
}

/** Could this rule be invalid in some table or hook? (RuleText.sensitive() answers the same from the text.) */
export function hookSensitive(spec: RuleSpec): boolean {
  const t = spec.target.t;
  if (t === 'DNAT' || t === 'SNAT' || t === 'MASQUERADE' || t === 'REDIRECT' || t === 'REJECT' || t === 'TCPMSS' || t === 'CHECKSUM') return true;
  return spec.matches.some((m) => m.m === 'owner' || m.m === 'mac' || m.m === 'addrtype' || m.m === 'rpfilter');
}

/**
 * hashlimit_mt_check_common()'s overflow test for packet rates: a zero burst,
 * or user2credits(avg * burst) below user2credits(avg) in 64-bit arithmetic
 * (credits = user * (HZ * CREDITS_PER_JIFFY / 10^6), 137438953 for HZ 250 or 1000).
 */
function hashlimitOverflow(d: Record<string, number | string | boolean>): boolean {
  const M = (1n << 64n) - 1n;
  const avg = BigInt(d.avg as number);
  const burst = BigInt(d.burst as number);
  if (burst === 0n) return true;
  const credits = (u: bigint) => (u * 137438953n) & M;
  return credits((avg * burst) & M) < credits(avg);
}

/** Table and hook restrictions of targets and matches (their xt_target/xt_match .table/.hooks). */
const TARGET_LIMITS: Record<string, { table?: TableName; hooks?: Hook[] }> = {
  DNAT: { table: 'nat', hooks: ['PREROUTING', 'OUTPUT'] },
  SNAT: { table: 'nat', hooks: ['POSTROUTING', 'INPUT'] },
  MASQUERADE: { table: 'nat', hooks: ['POSTROUTING'] },
  REDIRECT: { table: 'nat', hooks: ['PREROUTING', 'OUTPUT'] },
  NETMAP: { table: 'nat' },
  REJECT: { table: 'filter', hooks: ['INPUT', 'FORWARD', 'OUTPUT'] },
  TTL: { table: 'mangle' },
  HL: { table: 'mangle' },
  DSCP: { table: 'mangle' },
  NOTRACK: { table: 'raw' },
  CT: { table: 'raw' },
  CHECKSUM: { table: 'mangle' },
};
/** Matches limited to some tables (rpfilter_mt_check(): raw and mangle). */
const MATCH_TABLES: Record<string, TableName[]> = {
  rpfilter: ['raw', 'mangle'],
};
const MATCH_HOOKS: Record<string, Hook[]> = {
  rpfilter: ['PREROUTING'],
  owner: ['OUTPUT', 'POSTROUTING'],
  mac: ['PREROUTING', 'INPUT', 'FORWARD'],
};

function maskZero(a: { f: 4 | 6; mask: number | bigint }): boolean {
  return a.f === 4 ? a.mask === 0 : a.mask === 0n;
}

/** Set on specs of ip6 rules by the table that checks them (validFor() needs the family). */
const V6 = new WeakSet<RuleSpec>();
function family6(spec: RuleSpec): boolean {
  return V6.has(spec);
}

/**
 * The checks when a rule is created in a chain (the extensions' checkentry()
 * with the chain's own hook; a user chain has none) plus the static
 * table/hook limits. Reachability validation later applies only staticValid().
 */
export function validFor(table: TableName, hook: Hook | undefined, spec: RuleSpec): boolean {
  return staticValid(table, hook, spec) && checkEntry(hook, spec);
}

/** The .table and .hooks fields of xt_target/xt_match: checked again whenever
 * the chain becomes reachable from a base chain (nft_{target,match}_validate()). */
export function staticValid(table: TableName, hook: Hook | undefined, spec: RuleSpec): boolean {
  const t: Target = spec.target;
  const lim = TARGET_LIMITS[t.t];
  if (lim) {
    if (lim.table && lim.table !== table) return false;
    if (hook && lim.hooks && !lim.hooks.includes(hook)) return false;
  }
  for (const m of spec.matches) {
    const tables = MATCH_TABLES[m.m];
    if (tables && !tables.includes(table)) return false;
  }
  if (hook) {
    for (const m of spec.matches) {
      const hooks = MATCH_HOOKS[m.m];
      if (hooks && !hooks.includes(hook)) return false;
    }
  }
  return true;
}

/** checkentry() logic of the extensions, run once when the rule is created. */
function checkEntry(hook: Hook | undefined, spec: RuleSpec): boolean {
  const t: Target = spec.target;
  if (t.t === 'REJECT' && t.with === 'tcp-reset' && (spec.proto !== 6 || spec.protoInv)) return false;
  // tcpmss_tg4_check(): only path-MTU clamping is limited to FORWARD, OUTPUT and POSTROUTING.
  if (t.t === 'TCPMSS' && t.mss === 0xffff && hook && !['FORWARD', 'OUTPUT', 'POSTROUTING'].includes(hook)) return false;
  for (const m of spec.matches) {
    // addrtype_mt_checkentry_v1(): IPv6 has no BROADCAST, BLACKHOLE or PROHIBIT and later types.
    if (m.m === 'addrtype' && (spec.src?.f === 6 || spec.dst?.f === 6 || family6(spec))) {
      const types = (m.src?.mask ?? 0) | (m.dst?.mask ?? 0);
      if (types & ((1 << 3) | (1 << 6)) || types >= 1 << 8) return false;
    }
  }
  for (const m of spec.matches) {
    // hashlimit_mt_check_common(): gc interval and expiry non-zero, masks in range.
    if (m.m === 'hashlimit') {
      const d = m.d;
      if (!d.gcinterval || !d.expire) return false;
      const max = family6(spec) || spec.src?.f === 6 || spec.dst?.f === 6 ? 128 : 32;
      if ((d.srcmask as number) > max || (d.dstmask as number) > max) return false;
    }
    // string_mt_check(): from <= to, a pattern.
    if (m.m === 'string' && ((m.d.from as number) > (m.d.to as number) || m.d.pattern === '')) return false;
    // recent_mt_check(): one operation; --set/--remove take no seconds, hitcount,
    // rttl or reap; reap needs seconds; at most 255 hits; a plain file name.
    if (m.m === 'recent') {
      const d = m.d;
      const ops = ['set', 'rcheck', 'update', 'remove'].filter((k) => d[k]).length;
      if (ops !== 1) return false;
      if ((d.set || d.remove) && (d.seconds || d.hitcount || d.rttl || d.reap)) return false;
      if (d.reap && !d.seconds) return false;
      if ((d.hitcount as number) >= 256) return false;
      const name = d.name as string;
      if (name === '' || name === '.' || name === '..' || name.includes('/')) return false;
    }
  }
  // An inverted match on a zero-length prefix becomes a zero-length payload compare (EINVAL).
  if ((spec.srcInv && (!spec.src || maskZero(spec.src))) || (spec.dstInv && (!spec.dst || maskZero(spec.dst)))) return false;
  if (hook) {
    for (const m of spec.matches) {
      // physdev_mt_check(): --physdev-out/--physdev-is-out need bridged traffic, never in OUTPUT.
      if (m.m === 'physdev' && (m.out || m.isOut) && (!m.isBridged || m.isBridgedInv) && hook === 'OUTPUT') return false;
      if (m.m === 'addrtype') {
        if (m.limitIn && (hook === 'OUTPUT' || hook === 'POSTROUTING')) return false;
        if (m.limitOut && (hook === 'PREROUTING' || hook === 'INPUT')) return false;
      }
    }
  }
  return true;
}

/** All tables of one namespace, per family. */
export class Netfilter {
  private readonly v4 = new Map<TableName, Table>();
  private readonly v6 = new Map<TableName, Table>();
  /** Snapshot texts of tables not decoded yet: a command on the filter table
   * does not pay for a 150k-rule nat table, and saving writes the text back. */
  private readonly raw = new Map<string, string>();
  /** The namespace's ipsets; iptables rules naming a set hold a reference to it. */
  ipsets = new IpSets();

  constructor() {
    this.ipsets.ruleRefs = (name) => this.setReferences(name);
  }

  /** Rules (every family and table) naming set `name`: one reference per
   * --match-set, --add-set and --del-set (ip_set_nfnl_get_byindex()). */
  setReferences(name: string): number {
    let n = 0;
    const count = (text: string) => {
      n += codec().setRefs(text, name);
    };
    for (const text of this.raw.values()) count(text);
    for (const m of [this.v4, this.v6]) for (const t of m.values()) for (const c of t.chains.values()) for (const r of c.rules) count(r.text);
    return n;
  }

  table(family: NfFamily, name: TableName): Table {
    const t = this.peek(family, name);
    if (t) return t;
    const n = new Table(name, family);
    (family === 4 ? this.v4 : this.v6).set(name, n);
    return n;
  }

  peek(family: NfFamily, name: TableName): Table | undefined {
    const m = family === 4 ? this.v4 : this.v6;
    const t = m.get(name);
    if (t) return t;
    const key = `${family}:${name}`;
    const text = this.raw.get(key);
    if (text === undefined) return undefined;
    this.raw.delete(key);
    const d = Netfilter.decodeTable(family, name, text);
    m.set(name, d);
    return d;
  }

  /** Puts a table in place (iptables-restore COMMIT). */
  install(t: Table): void {
    this.raw.delete(`${t.family}:${t.name}`);
    (t.family === 4 ? this.v4 : this.v6).set(t.name, t);
  }

  // ---- snapshot ---------------------------------------------------------------
  // Per family and table, one text of lines in iptables-save -c syntax:
  // ":CHAIN POLICY|- [p:b]" then "[p:b] -A CHAIN <rule>" (counters omitted when 0).
  // One string per table rather than one per rule: a kube-proxy-sized table
  // (150k rules) then costs one scalar in the YAML file, not 150k quoted ones.

  snapshot(): Record<string, Record<string, string> | string[]> | undefined {
    const out: Record<string, Record<string, string> | string[]> = {};
    for (const [fam, family, m] of [['ip', 4, this.v4], ['ip6', 6, this.v6]] as const) {
      const tabs: Record<string, string> = {};
      for (const name of TABLE_NAMES) {
        const raw = this.raw.get(`${family}:${name}`);
        if (raw !== undefined) {
          tabs[name] = raw;
          continue;
        }
        const t = m.get(name);
        if (!t || !t.exists) continue;
        // Pieces joined once: no per-rule concatenated strings (150k rules).
        const parts: string[] = [];
        // Chains in the kernel's list order (creation order; -X reports the first busy one).
        const chains = [...t.chains.values()];
        for (const c of chains) if (!c.hook || c.created) parts.push(`:${c.name} ${c.policy ?? '-'} [${c.pkts}:${c.bytes}]\n`);
        for (const c of chains) {
          const pre = `-A ${c.name}`;
          for (const r of c.rules) {
            if (r.pkts || r.bytes) parts.push(`[${r.pkts}:${r.bytes}] `);
            parts.push(pre, r.text, '\n');
          }
        }
        const text = parts.join('');
        tabs[t.name] = text.endsWith('\n') ? text.slice(0, -1) : text;
      }
      if (Object.keys(tabs).length) out[fam] = tabs;
    }
    const sets = this.ipsets.snapshot();
    if (sets) out.ipset = sets;
    return Object.keys(out).length ? out : undefined;
  }

  static restore(data: unknown): Netfilter {
    const nf = new Netfilter();
    if (data === undefined || data === null) return nf;
    if (typeof data !== 'object') throw new Error('netfilter: expected a mapping');
    for (const [fam, tabs] of Object.entries(data as Record<string, unknown>)) {
      if (fam === 'ipset') {
        nf.ipsets = IpSets.restore(tabs);
        nf.ipsets.ruleRefs = (name) => nf.setReferences(name);
        continue;
      }
      if (fam !== 'ip' && fam !== 'ip6') throw new Error(`netfilter: unknown family ${fam}`);
      const family: NfFamily = fam === 'ip' ? 4 : 6;
      for (const [name, text] of Object.entries(tabs as Record<string, unknown>)) {
        if (!(TABLE_NAMES as string[]).includes(name)) throw new Error(`netfilter: unknown table ${name}`);
        if (typeof text !== 'string') throw new Error(`netfilter.${fam}.${name}: expected a string`);
        nf.raw.set(`${family}:${name}`, text);
      }
    }
    return nf;
  }

  /** One table from its snapshot text (lines as written by snapshot()). */
  static decodeTable(family: NfFamily, name: TableName, text: string): Table {
    const fam = family === 4 ? 'ip' : 'ip6';
    const t = new Table(name, family);
    t.exists = true;
    for (const l of text ? text.split('\n') : []) {
      if (l.startsWith(':')) {
        const m = /^:(\S+) (\S+) \[(\d+):(\d+)\]$/.exec(l);
        if (!m) throw new Error(`netfilter.${fam}.${name}: bad chain line ${l}`);
        let c = t.get(m[1]);
        if (!c) {
          c = { name: m[1], rules: [], pkts: 0, bytes: 0 };
          t.chains.set(m[1], c);
        }
        if (c.hook) {
          c.policy = m[2] as Policy;
          c.created = true;
        }
        c.pkts = Number(m[3]);
        c.bytes = Number(m[4]);
        continue;
      }
      let pk = 0, by = 0, s = l;
      if (s.startsWith('[')) {
        const e = s.indexOf(']');
        const [a, b] = s.slice(1, e).split(':');
        pk = Number(a);
        by = Number(b);
        s = s.slice(e + 2);
      }
      // "-A CHAIN text"
      const sp = s.indexOf(' ', 3);
      const chain = sp < 0 ? s.slice(3) : s.slice(3, sp);
      const rule = sp < 0 ? '' : s.slice(sp);
      const c = t.get(chain);
      if (!c) throw new Error(`netfilter.${fam}.${name}: rule in unknown chain ${chain}`);
      c.rules.push(new TextRule(rule, family, pk, by));
    }
    return t;
  }
}

export function textRule(text: string, family: NfFamily, pkts = 0, bytes = 0): Rule {
  return new TextRule(text, family, pkts, bytes);
}
