// iptables / ip6tables 1.8.9 (nf_tables): argv -> typed command (as
// do_parse() in iptables/xshared.c) -> the netfilter model -> text.
// Errors: usage problems exit 2 with "iptables v1.8.9 (nf_tables): ..." and the
// "Try `iptables -h'" line; lookups that fail in the rule cache exit 1 with
// "iptables: <nft_strerror()>."; errors the kernel reports when the batch is
// committed exit 4 with "<OP> failed (<strerror>): <object>".

import { RuleParser, TARGET_NAMES, XtError } from './rule';
import { BUILTIN, makeRule, NfError, Table, TABLE_NAMES, type NfErrno } from '../../kernel/netfilter/netfilter';
import type { NfFamily, RuleSpec, TableName } from '../../kernel/netfilter/types';
import { getNetfilter } from './state';
import type { ToolContext } from '../types';
import { header, printRuleVerbose, ruleLine, ruleSpecLine, type Fmt } from './print';
import { mainHelp } from './help';

export const VERSION = 'v1.8.9 (nf_tables)';

type Cmd = 'A' | 'C' | 'D' | 'R' | 'I' | 'L' | 'S' | 'F' | 'Z' | 'N' | 'X' | 'E' | 'P' | 'V' | 'h';
const CMD_LONG: Record<string, Cmd> = {
  append: 'A', check: 'C', delete: 'D', replace: 'R', insert: 'I', list: 'L', 'list-rules': 'S', flush: 'F', zero: 'Z',
  'new-chain': 'N', 'delete-chain': 'X', 'rename-chain': 'E', policy: 'P', version: 'V', help: 'h',
};
const OPT_LONG: Record<string, string> = {
  table: 't', numeric: 'n', verbose: 'v', exact: 'x', 'line-numbers': '0', wait: 'w', 'wait-interval': 'W', modprobe: 'M', ipv4: '4', ipv6: '6',
};
const NOARG = new Set(['n', 'v', 'x', 'f', '4', '6', 'V', 'h']);

/** getopt's short-option clusters: "-nvL" -> -n -v -L, "-ptcp" -> -p tcp. */
export function expandShort(argv: string[]): string[] {
  // Fast path: nothing to split (every iptables-save line).
  let need = false;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    if (w.length > 2 && w.charCodeAt(0) === 45 && w.charCodeAt(1) !== 45) {
      need = true;
      break;
    }
  }
  if (!need) return argv;
  const out: string[] = [argv[0]];
  const TAKES = 'ACDRINEPtpsdiojgmWc';
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    const prev = out[out.length - 1];
    // getopt hands the next word to an option with a required argument as is.
    const isArg = i > 1 && ((prev.length === 2 && prev[0] === '-' && TAKES.includes(prev[1])) || prev.startsWith('--'));
    if (isArg || w.length <= 2 || w[0] !== '-' || w[1] === '-') {
      out.push(w);
      continue;
    }
    for (let k = 1; k < w.length; k++) {
      const c = w[k];
      out.push(`-${c}`);
      if (NOARG.has(c)) continue;
      const rest = w.slice(k + 1);
      // do_parse() takes -p's protocol from argv[optind - 1]: with the argument
      // attached ("-ptcp") that is the whole word.
      if (rest) out.push(c === 'p' ? w : rest);
      break;
    }
  }
  return out;
}

export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface Parsed {
  cmd?: Cmd;
  chain?: string;
  chain2?: string;
  num?: number;
  table: TableName | string;
  fmt: Fmt;
  rule: RuleParser;
  family: NfFamily;
  /** stderr notes printed before the command runs */
  warnings: string[];
  /** -L/-S together with -Z */
  zero?: boolean;
}

function parseRulenum(s: string): number {
  const n = /^[0-9]+$/.test(s) ? Number(s) : NaN;
  if (!(n >= 1 && n <= 0x7fffffff)) throw new XtError(`Invalid rule number \`${s}'`);
  return n;
}

const hasArg = (argv: string[], i: number) => i < argv.length && argv[i][0] !== '-' && argv[i][0] !== '!';

/** do_parse(): the command line of iptables or of one iptables-restore line. */
export function parseArgs(argvIn: string[], family: NfFamily, defaultTable = 'filter', setFamily?: (name: string) => 4 | 6 | undefined): Parsed {
  const argv = expandShort(argvIn);
  const p: Parsed = { table: defaultTable, fmt: { numeric: false, verbose: false, exact: false, lineNumbers: false }, rule: new RuleParser(family), family, warnings: [] };
  p.rule.setFamily = setFamily;
  let invert = false;
  const setCmd = (c: Cmd) => {
    if (p.cmd && !((p.cmd === 'L' || p.cmd === 'S') && c === 'Z') && !(p.cmd === 'Z' && (c === 'L' || c === 'S'))) {
      throw new XtError(`Cannot use -${c} with -${p.cmd}`);
    }
    if (c === 'Z' && p.cmd) p.zero = true;
    else if (p.cmd === 'Z') {
      p.zero = true;
      p.cmd = c;
    } else p.cmd = c;
  };
  let i = 1;
  while (i < argv.length) {
    const w = argv[i];
    if (w === '!') {
      if (invert) throw new XtError('multiple consecutive ! not allowed');
      invert = true;
      i++;
      continue;
    }
    let letter: string | undefined;
    if (w.startsWith('--')) {
      const name = w.slice(2).split('=')[0];
      // Exact names first: the prefix search below allocates (hot in iptables-restore).
      const ex = CMD_LONG[name] ?? OPT_LONG[name];
      if (ex === undefined && p.rule.isLongOption(name)) {
        const n = p.rule.option(argv, i, invert);
        if (n < 0) throw new XtError(`unknown option "${w}"`);
        invert = false;
        i = n;
        continue;
      }
      const cands = [...Object.keys(CMD_LONG), ...Object.keys(OPT_LONG)];
      const exact = cands.includes(name) ? name : undefined;
      const pref = exact ?? (name.length ? cands.filter((c) => c.startsWith(name)) : []);
      const resolved = exact ?? (Array.isArray(pref) && pref.length === 1 && !p.rule.longOptions().some((o) => o.startsWith(name)) ? pref[0] : undefined);
      if (resolved) letter = CMD_LONG[resolved] ?? OPT_LONG[resolved];
    } else if (w.length === 2 && w[0] === '-') letter = w[1];
    if (letter && 'ACDRILSFZNXEPVh'.includes(letter) && !(letter === 'h' && false)) {
      const c = letter as Cmd;
      if (invert) throw new XtError(`unexpected ! flag before --${Object.keys(CMD_LONG).find((k) => CMD_LONG[k] === c)}`);
      setCmd(c);
      i++;
      const need = (what: string) => {
        if (i >= argv.length) throw new XtError(`option "${w}" requires an argument`);
        return argv[i++];
      };
      switch (c) {
        case 'A': case 'C': case 'N':
          p.chain = need('chain');
          break;
        case 'D':
          p.chain = need('chain');
          if (hasArg(argv, i)) p.num = parseRulenum(argv[i++]);
          break;
        case 'I':
          p.chain = need('chain');
          p.num = hasArg(argv, i) ? parseRulenum(argv[i++]) : 1;
          break;
        case 'R':
          p.chain = need('chain');
          if (!hasArg(argv, i)) throw new XtError('-R requires a rule number');
          p.num = parseRulenum(argv[i++]);
          break;
        case 'L': case 'S': case 'Z':
          if (hasArg(argv, i)) {
            p.chain = argv[i++];
            if (hasArg(argv, i)) {
              p.num = parseRulenum(argv[i++]);
              // do_parse(): -Z CHAIN N sets the command to CMD_ZERO_NUM alone (an earlier -L/-S is dropped).
              if (c === 'Z') {
                p.cmd = 'Z';
                p.zero = false;
              }
            }
          }
          break;
        case 'F': case 'X':
          if (hasArg(argv, i)) p.chain = argv[i++];
          break;
        case 'E':
          p.chain = need('old');
          if (!hasArg(argv, i)) throw new XtError('-E requires old-chain-name and new-chain-name');
          p.chain2 = argv[i++];
          break;
        case 'P':
          p.chain = need('chain');
          if (!hasArg(argv, i)) throw new XtError('-P requires a chain and a policy');
          p.chain2 = argv[i++];
          break;
      }
      continue;
    }
    if (letter && 'tnvx0wWM46'.includes(letter)) {
      if (invert && letter !== 't') throw new XtError(`cannot have ! before -${letter}`);
      i++;
      switch (letter) {
        case 't':
          if (invert) throw new XtError('unexpected ! flag before --table');
          if (i >= argv.length) throw new XtError(`option "${w}" requires an argument`);
          p.table = argv[i++];
          break;
        case 'n': p.fmt.numeric = true; break;
        case 'v': p.fmt.verbose = true; break;
        case 'x': p.fmt.exact = true; break;
        case '0': p.fmt.lineNumbers = true; break;
        case 'w':
          if (hasArg(argv, i)) {
            if (!/^[0-9]+$/.test(argv[i])) throw new XtError(`wait seconds not numeric`);
            i++;
          }
          break;
        case 'W':
          if (i >= argv.length) throw new XtError(`option "${w}" requires an argument`);
          i++;
          p.warnings.push('Ignoring deprecated --wait-interval option.\n');
          break;
        case 'M':
          if (!w.includes('=')) i++;
          break;
        case '4':
          if (family === 6) throw new XtError('', 2, true, true);
          break;
        case '6':
          if (family === 4) throw new XtError('', 2, true, true);
          break;
      }
      continue;
    }
    if (w[0] !== '-' || w === '-') throw new XtError(`Bad argument \`${w}'`, 2, true, true);
    const n = p.rule.option(argv, i, invert);
    if (n < 0) {
      if (w.startsWith('--')) throw new XtError(`unknown option "${w}"`);
      throw new XtError(`unknown option "${w}"`);
    }
    invert = false;
    i = n;
  }
  if (invert) throw new XtError('nothing appropriate following !');
  return p;
}

/** assert_valid_chain_name() of iptables/xshared.c */
export function checkChainName(name: string): void {
  if (name.length >= 29) throw new XtError(`chain name \`${name}' too long (must be under 29 chars)`);
  if (name[0] === '-' || name[0] === '!') throw new XtError(`chain name not allowed to start with \`${name[0]}'`);
  if (TARGET_NAMES.has(name)) throw new XtError('chain name may not clash with target name');
  if (/\s/.test(name)) throw new XtError(`Invalid chain name \`${name}'`);
}

/** nft_strerror(): per operation texts, then the generic ones. */
export function nftStrerror(op: string, e: NfErrno): string {
  const table: Record<string, Partial<Record<NfErrno, string>>> = {
    X: { ENOTEMPTY: 'Chain is not empty', EBUSY: 'Directory not empty', EMLINK: "Can't delete chain with references left" },
    N: { EEXIST: 'Chain already exists' },
    E: { EEXIST: 'File exists' },
    I: { E2BIG: 'Index of insertion too big' },
    C: { ENOENT: 'Bad rule (does a matching rule exist in that chain?)' },
    R: { E2BIG: 'Index of replacement too big' },
    Dnum: { E2BIG: 'Index of deletion too big' },
    D: { ENOENT: 'Bad rule (does a matching rule exist in that chain?)' },
    P: { ENOENT: 'Bad built-in chain name', EINVAL: 'Bad policy name', ENXIO: 'Bad table name' },
  };
  const generic: Partial<Record<NfErrno, string>> = { ELOOP: 'Loop found in table', ENOENT: 'No chain/target/match by that name', E0: 'Incompatible with this kernel' };
  const STR: Record<NfErrno, string> = {
    ENOENT: 'No such file or directory', EEXIST: 'File exists', E2BIG: 'Argument list too long', EBUSY: 'Device or resource busy',
    EINVAL: 'Invalid argument', ELOOP: 'Too many levels of symbolic links', ENOTEMPTY: 'Directory not empty', EMLINK: 'Too many links',
    ENXIO: 'No such device or address', ENOHELPER: 'No such file or directory', E0: 'Success', ERANGE: 'Numerical result out of range',
  };
  return table[op]?.[e] ?? generic[e] ?? STR[e];
}

export const STRERROR: Record<string, string> = {
  EINVAL: 'Invalid argument', EBUSY: 'Device or resource busy', EMLINK: 'Too many links', ELOOP: 'Too many links', ENOENT: 'No such file or directory',
  ENOHELPER: 'No such file or directory',
  ERANGE: 'Numerical result out of range',
};

/** An error of the committed batch (mnl_batch_talk): "<OP> failed (<strerror>): <what> <name>". */
export class BatchError extends Error {
  constructor(
    readonly op: string,
    readonly errno: NfErrno,
    readonly what: string,
  ) {
    super(`${op} failed (${STRERROR[errno] ?? errno}): ${what}`);
  }
}

/** The report of a failed batch: one line per failing command, with its
 * restore line number when there is one (nft_action() error list). */
export function batchReport(prog: string, errs: { line: number; msg: string }[]): string {
  return `${prog} ${VERSION}: ${errs.map((e) => (e.line ? `\nline ${e.line}: ${e.msg}` : ` ${e.msg}`)).join('')}\n`;
}

export function progName(family: NfFamily): string {
  return family === 4 ? 'iptables' : 'ip6tables';
}

export function printXtError(ctx: ToolContext, prog: string, e: XtError): number {
  if (e.bare && e.message === '') {
    // exit_tryhelp() alone
  } else if (e.bare) ctx.io.stderr(`${e.message}\n`);
  else ctx.io.stderr(`${prog} ${VERSION}: ${e.message}\n`);
  if (e.message.startsWith('iplab:')) return 2;
  if (e.status === 3) ctx.io.stderr('Perhaps iptables or your kernel needs to be upgraded.\n');
  if (e.tryHelp) ctx.io.stderr(`Try \`${prog} -h' or '${prog} --help' for more information.\n`);
  return e.status;
}

function tableOf(ctx: ToolContext, p: Parsed): Table {
  return getNetfilter(ctx).table(p.family, p.table as TableName);
}

/** Runs one parsed command against the model. Returns output text. Throws XtError, NfError (with op), BatchError. */
export function execute(ctx: ToolContext, p: Parsed, prog: string): string {
  const cmd = p.cmd!;
  if (cmd === 'V') return `${prog} ${VERSION}\n`;
  if (cmd === 'h') {
    if (p.rule.matches.length || p.rule.targetName) throw new XtError(`iplab: ${prog} -h with extension help is not supported by iplab`, 2, false, true);
    return mainHelp(prog, p.family);
  }
  if (!(TABLE_NAMES as string[]).includes(p.table)) throw new XtError(`table '${p.table}' does not exist`, 3, false);
  const chain = p.chain;
  if (p.table === 'nat' && ((cmd === 'P' && p.chain2 === 'DROP') || p.rule.targetName === 'DROP')) {
    throw new XtError('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
  }
  if (cmd === 'A' || cmd === 'D' || cmd === 'I' || cmd === 'R' || cmd === 'C') {
    if (chain === 'PREROUTING' || chain === 'INPUT') {
      if (p.rule.oif) throw new XtError(`Can't use -o with ${chain}\n`);
    }
    if (chain === 'POSTROUTING' || chain === 'OUTPUT') {
      if (p.rule.iif) throw new XtError(`Can't use -i with ${chain}\n`);
    }
  }
  if (cmd === 'N') checkChainName(chain!);
  const nf = getNetfilter(ctx);
  const peek = nf.peek(p.family, p.table as TableName);
  const t = tableOf(ctx, p);
  const fail = (op: string, e: NfErrno): never => {
    throw Object.assign(new NfError(e), { op });
  };
  const guard = <T>(op: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof NfError) fail(op, e.errno);
      throw e;
    }
  };
  const specs = (): RuleSpec[] => {
    const list = p.rule.finish(() => true);
    p.rule.checkJump((n) => t.chains.has(n));
    return list;
  };
  switch (cmd) {
    case 'A':
    case 'I':
    case 'R':
    case 'C':
    case 'D': {
      if (cmd === 'D' && p.num !== undefined) {
        guard('Dnum', () => t.deleteNum(chain!, p.num!));
        ctx.dirty = true;
        return '';
      }
      const list = specs();
      // -v prints each rule as it goes into the batch (nft_rule_append()/nft_rule_add()).
      // An append is printed before the chain is looked up, an insert or replace once placed.
      const verbose = p.fmt.verbose && (cmd === 'I' || cmd === 'R');
      if (p.fmt.verbose && cmd === 'A') for (const spec of list) ctx.io.stdout(printRuleVerbose(makeRule(spec, p.family), p.family));
      if (!t.chains.has(chain!)) fail(cmd === 'C' || cmd === 'D' ? cmd : 'A', 'ENOENT');
      // nft_rule_insert(): one past the end is an append (RULE_APPEND in errors).
      const len = t.get(chain!)!.rules.length;
      const insertOp = cmd === 'I' && p.num === len + 1 && len > 0 ? 'RULE_APPEND' : 'RULE_INSERT';
      const c = p.rule.counters;
      for (const spec of list) {
        const rule = makeRule(spec, p.family, c?.[0] ?? 0, c?.[1] ?? 0);
        const show = () => {
          if (verbose) ctx.io.stdout(printRuleVerbose(rule, p.family));
        };
        try {
          if (cmd === 'A') t.append(chain!, rule);
          else if (cmd === 'I') t.insert(chain!, p.num!, rule);
          else if (cmd === 'R') t.replace(chain!, p.num!, rule);
          else if (cmd === 'C') {
            if (t.find(chain!, rule.text) < 0) fail('C', 'ENOENT');
          } else t.deleteSpec(chain!, rule.text);
          show();
        } catch (e) {
          if (e instanceof NfError && (e.errno === 'EINVAL' || e.errno === 'ELOOP' || e.errno === 'EMLINK' || e.errno === 'ENOHELPER' || e.errno === 'ERANGE')) {
            show();
            const op = cmd === 'A' ? 'RULE_APPEND' : cmd === 'I' ? insertOp : 'RULE_REPLACE';
            throw new BatchError(op, e.errno === 'ELOOP' ? 'EMLINK' : e.errno, `rule in chain ${chain}`);
          }
          if (e instanceof NfError && !('op' in e)) fail(cmd === 'D' ? 'D' : cmd, e.errno);
          throw e;
        }
      }
      if (cmd !== 'C') ctx.dirty = true;
      return '';
    }
    case 'N':
      guard('N', () => t.newChain(chain!));
      ctx.dirty = true;
      return '';
    case 'X':
      if (chain === undefined) {
        const names = t.ordered().filter((c) => !c.hook).map((c) => c.name);
        if (p.fmt.verbose) ctx.io.stdout(names.map((n) => `Deleting chain \`${n}'\n`).join(''));
        try {
          t.deleteUserChains(p.fmt.verbose);
        } catch (e) {
          if (e instanceof NfError && e.errno === 'EBUSY') {
            throw new BatchError('CHAIN_DEL', 'EBUSY', `chain ${t.busy}`);
          }
          throw e;
        }
        ctx.dirty = true;
        return '';
      }
      if (t.isBuiltin(chain)) {
        const r = guard('X', () => t.deleteBuiltin(chain));
        if (r === 'skipped') fail('X', 'EBUSY');
        if (r === 'busy') throw new BatchError('CHAIN_DEL', 'EBUSY', `chain ${chain}`);
        ctx.dirty = true;
        return '';
      }
      if (p.fmt.verbose && t.chains.has(chain)) ctx.io.stdout(`Deleting chain \`${chain}'\n`);
      try {
        t.deleteChain(chain);
      } catch (e) {
        if (e instanceof NfError && (e.errno === 'EBUSY' || e.errno === 'ENOTEMPTY')) throw new BatchError('CHAIN_DEL', 'EBUSY', `chain ${chain}`);
        if (e instanceof NfError) fail('X', e.errno);
        throw e;
      }
      ctx.dirty = true;
      return '';
    case 'E':
      guard('E', () => t.renameChain(chain!, p.chain2!));
      ctx.dirty = true;
      return '';
    case 'P':
      guard('P', () => t.setPolicy(chain!, p.chain2!));
      ctx.dirty = true;
      return '';
    case 'F': {
      guard('F', () => t.flush(chain, p.fmt.verbose));
      if (peek?.exists || t.exists) ctx.dirty = true;
      if (!p.fmt.verbose) return '';
      return (chain !== undefined ? [chain] : t.ordered().map((c) => c.name)).map((n) => `Flushing chain \`${n}'\n`).join('');
    }
    case 'Z':
    case 'L':
    case 'S': {
      let out = '';
      if (cmd === 'L' || cmd === 'S') out = list(t, p, cmd);
      if (cmd === 'Z' || p.zero) {
        if (p.num !== undefined) {
          try {
            zeroRule(t, p);
          } catch (e) {
            // The listing ran first (the commands run in order in nft_prepare()).
            ctx.io.stdout(out);
            throw e;
          }
          ctx.dirty = true;
          return out;
        }
        if (chain === undefined) {
          if (p.fmt.verbose) out += t.ordered().map((c) => `Zeroing chain \`${c.name}'\n`).join('');
          try {
            t.zero(undefined, cmd !== 'Z');
          } catch (e) {
            if (e instanceof NfError && e.errno === 'ENOENT') {
              ctx.io.stdout(out);
              throw new BatchError('CHAIN_ZERO', 'ENOENT', `chain ${t.busy}`);
            }
            throw e;
          }
        } else {
          guard('Z', () => t.zero(chain));
          if (p.fmt.verbose && p.num === undefined) out += `Zeroing chain \`${chain}'\n`;
        }
        ctx.dirty = true;
      }
      return out;
    }
  }
  return '';
}

/**
 * -Z CHAIN N. nft_rule_zero_counters() returns failure without setting errno
 * when the chain is not in the cache, so iptables reports whatever errno the
 * cache fetch left behind: one GETCHAIN per chain asked for (the named chain
 * and the table's base chains, in strcmp() order, nft_cache_build()), each
 * answered by an ACK that sets errno (0 when the chain exists, ENOENT when
 * not). The last chain asked for decides: ENOENT reads as nft_rule_delete()'s
 * "Bad rule", 0 as "Incompatible with this kernel".
 */
function zeroRule(t: Table, p: Parsed): void {
  const chain = p.chain!;
  if (t.inKernel(chain)) {
    t.zeroRule(chain, p.num!);
    return;
  }
  const asked = [...new Set([...BUILTIN[t.name], chain])].sort();
  const errno: NfErrno = t.exists && t.inKernel(asked[asked.length - 1]) ? 'E0' : 'ENOENT';
  throw Object.assign(new NfError(errno), { op: 'D' });
}

function list(t: Table, p: Parsed, cmd: 'L' | 'S'): string {
  const chains = p.chain !== undefined ? [t.get(p.chain)] : t.ordered();
  if (p.chain !== undefined && !chains[0]) {
    throw new XtError(`chain \`${p.chain}' in table \`${p.table}' is incompatible, use 'nft' tool.`, 1, false);
  }
  let out = '';
  if (cmd === 'S') {
    for (const c of chains) {
      if (p.num !== undefined) continue;
      if (c!.hook) out += `-P ${c!.name} ${c!.policy}${p.fmt.verbose ? ` -c ${c!.pkts} ${c!.bytes}` : ''}\n`;
      else out += `-N ${c!.name}\n`;
    }
    for (const c of chains) {
      c!.rules.forEach((r, k) => {
        if (p.num !== undefined && k + 1 !== p.num) return;
        out += ruleSpecLine(c!.name, r, p.family, p.fmt.verbose);
      });
    }
    return out;
  }
  const refs = t.allReferences();
  chains.forEach((c, idx) => {
    if (p.num === undefined) {
      if (idx > 0) out += '\n';
      out += header(c!, refs.get(c!.name) ?? 0, p.fmt);
    }
    c!.rules.forEach((r, k) => {
      if (p.num !== undefined && k + 1 !== p.num) return;
      out += ruleLine(r, k + 1, p.family, p.fmt);
    });
  });
  return out;
}

export function main(argv: string[], ctx: ToolContext): number {
  const family: NfFamily = argv[0].startsWith('ip6') ? 6 : 4;
  const prog = progName(family);
  let p: Parsed;
  try {
    p = parseArgs(argv, family, 'filter', setLookup(ctx));
    for (const w of [...p.rule.warnings, ...p.warnings]) ctx.io.stderr(w);
    if (!p.cmd) throw new XtError('no command specified');
    const out = execute(ctx, p, prog);
    ctx.io.stdout(out);
    return 0;
  } catch (e) {
    return reportError(ctx, prog, e);
  }
}

/** get_set_byname(): the family of a set of the namespace's ipset registry. */
export function setLookup(ctx: ToolContext): (name: string) => 4 | 6 | undefined {
  const sets = getNetfilter(ctx).ipsets;
  return (name) => sets.sets.get(name)?.family;
}

export function reportError(ctx: ToolContext, prog: string, e: unknown): number {
  if (e instanceof XtError) return printXtError(ctx, prog, e);
  if (e instanceof BatchError) {
    ctx.io.stderr(batchReport(prog, [{ line: 0, msg: e.message }]));
    return 4;
  }
  if (e instanceof NfError) {
    const op = (e as NfError & { op?: string }).op ?? '';
    const msg = nftStrerror(op, e.errno);
    ctx.io.stderr(`${prog}: ${msg}.${e.errno === 'EINVAL' ? " Run `dmesg' for more information." : ''}\n`);
    return 1;
  }
  throw e;
}
