// The emulated sysctl of procps-ng 4.0.2 (src/sysctl.c) over the namespace's
// /proc/sys/net. Reads, writes, -p files, patterns and every diagnostic
// follow procps' flow: ReadSetting(), WriteSetting(), DisplayAll(),
// parse_setting_line(), write_setting_list().
//
// Deliberate difference: iplab models /proc/sys/net only, so `sysctl -a`
// lists net.* (a real host also shows abi, crypto, dev, fs, kernel, user, vm);
// other keys are unknown ("cannot stat"). `-p` and `--system` read the
// host's files (the user's input); writes go to the model only.

import type { ToolContext, ToolResult } from '../types';
import { Getopt, type LongOption } from '../../lib/getopt';
import { readSysctl, writeSysctl, sysctlMode } from '../../kernel/sysctl/write';
import { STRERROR, type Errno } from '../../kernel/errors';

const PROC_PATH = '/proc/sys/';
const DEFAULT_PRELOAD = '/etc/sysctl.conf';
const DEPRECATED = ['base_reachable_time', 'retrans_time'];

const USAGE =
  '\nUsage:\n' +
  ' sysctl [options] [variable[=value] ...]\n' +
  '\nOptions:\n' +
  '  -a, --all            display all variables\n' +
  '  -A                   alias of -a\n' +
  '  -X                   alias of -a\n' +
  '      --deprecated     include deprecated parameters to listing\n' +
  '      --dry-run        Print the key and values but do not write\n' +
  '  -b, --binary         print value without new line\n' +
  '  -e, --ignore         ignore unknown variables errors\n' +
  '  -N, --names          print variable names without values\n' +
  '  -n, --values         print only values of the given variable(s)\n' +
  '  -p, --load[=<file>]  read values from file\n' +
  '  -f                   alias of -p\n' +
  '      --system         read values from all system directories\n' +
  '  -r, --pattern <expression>\n' +
  '                       select setting that match expression\n' +
  '  -q, --quiet          do not echo variable set\n' +
  '  -w, --write          enable writing a value to variable\n' +
  '  -o                   does nothing\n' +
  '  -x                   does nothing\n' +
  '  -d                   alias of -h\n' +
  '\n' +
  ' -h, --help     display this help and exit\n' +
  ' -V, --version  output version information and exit\n' +
  '\nFor more details see sysctl(8).\n';

const LONGS: LongOption[] = [
  { name: 'all', has: 0, val: 'a' },
  { name: 'deprecated', has: 0, val: 'DEPRECATED' },
  { name: 'dry-run', has: 0, val: 'DRYRUN' },
  { name: 'binary', has: 0, val: 'b' },
  { name: 'ignore', has: 0, val: 'e' },
  { name: 'names', has: 0, val: 'N' },
  { name: 'values', has: 0, val: 'n' },
  { name: 'load', has: 2, val: 'p' },
  { name: 'quiet', has: 0, val: 'q' },
  { name: 'write', has: 0, val: 'w' },
  { name: 'system', has: 0, val: 'SYSTEM' },
  { name: 'pattern', has: 1, val: 'r' },
  { name: 'help', has: 0, val: 'h' },
  { name: 'version', has: 0, val: 'V' },
];

class Exit {
  constructor(readonly code: number) {}
}

interface Setting {
  key: string;
  path: string;
  value: string | null;
  ignoreFailure: boolean;
  globExclude: boolean;
}

/** The emulated sysctl, one instance per run (procps' globals). */
class Sysctl {
  ignoreDeprecated = true;
  nameOnly = false;
  printName = true;
  printNewline = true;
  ignoreError = false;
  quiet = false;
  dryRun = false;
  pattern: RegExp | null | undefined = undefined;

  constructor(private readonly ctx: ToolContext) {}

  out(s: string): void {
    this.ctx.io.stdout(s);
  }
  warnx(s: string): void {
    this.ctx.io.stderr(`sysctl: ${s}\n`);
  }
  warn(s: string, e: Errno): void {
    this.ctx.io.stderr(`sysctl: ${s}: ${STRERROR[e]}\n`);
  }

  usage(toStdout: boolean): never {
    if (toStdout) this.out(USAGE);
    else this.ctx.io.stderr(USAGE);
    throw new Exit(toStdout ? 0 : 1);
  }

  /** slashdot(): swap '.' and '/' unless the first separator is already `want`. */
  slashdot(p: string, old: string, want: string): string {
    const first = p.search(/[/.]/);
    if (first < 0 || p[first] === want) return p;
    let warned = false;
    let out = p.slice(0, first);
    for (let i = first; i < p.length; i++) {
      const c = p[i];
      if (c === '/' || c === '.') {
        if (!warned && (p[i + 1] === '/' || p[i + 1] === '.')) {
          this.warnx(`separators should not be repeated: ${p.slice(i)}`);
          warned = true;
        }
        out += c === old ? want : old;
      } else out += c;
    }
    return out;
  }

  /** stat() of a path under /proc/sys in the model: the dotted key and type. */
  stat(path: string): { key: string; type: 'file' | 'dir' } | null {
    const rel = path.slice(PROC_PATH.length);
    const parts: string[] = [];
    for (const c of rel.split('/')) {
      if (c === '' || c === '.') continue;
      if (c === '..') {
        if (!parts.length) return null;
        parts.pop();
      } else parts.push(c.replace(/\./g, '/'));
    }
    const key = parts.join('.');
    const type = this.ctx.ns.sysctl.lookup(key);
    return type ? { key, type } : null;
  }

  matches(s: string): boolean {
    // regcomp() failing makes pattern_match() false.
    return this.pattern ? this.pattern.test(s) : this.pattern === undefined;
  }

  /** A key of Linux outside net.*: it exists on a real host, iplab does not model it. */
  refuse(name: string): number {
    this.ctx.io.stderr(`iplab: sysctl ${name} is not supported by iplab (only net.* is modelled)\n`);
    return 1;
  }

  readSetting(name: string): number {
    if (!name) {
      this.warnx(`"${name}" is an unknown key`);
      return -1;
    }
    const rel = this.slashdot(name, '.', '/');
    const tmpname = PROC_PATH + rel;
    // procps computes the display name twice (and warns twice).
    this.slashdot(name, '/', '.');
    const outname = this.slashdot(name, '/', '.');
    const st = this.stat(tmpname);
    if (!st) {
      if (notModelled(rel)) return this.refuse(outname);
      if (!this.ignoreError) {
        this.warn(`cannot stat ${tmpname}`, 'ENOENT');
        return 1;
      }
      return 0;
    }
    if (st.type === 'dir') return this.displayAll(st.key, rel + '/');
    if ((sysctlMode(st.key) & 0o400) === 0) return 0;
    if (this.pattern !== undefined && !this.matches(outname)) return 0;
    if (this.nameOnly) {
      this.out(`${outname}\n`);
      return 0;
    }
    const v = readSysctl(this.ctx.ns, st.key);
    if (v === 'EIO') return 1;
    if (this.printName) this.out(`${outname} = ${v}\n`);
    else this.out(this.printNewline ? `${v}\n` : v);
    return 0;
  }

  /** DisplayAll(): the directory's entries in readdir order; files count
   * towards the status, subdirectories do not. */
  displayAll(dirKey: string, rawRel: string): number {
    let rc = 0;
    const prefix = dirKey ? dirKey + '.' : '';
    const seen = new Set<string>();
    for (const k of this.ctx.ns.sysctl.keys()) {
      if (!k.startsWith(prefix)) continue;
      const rest = k.slice(prefix.length);
      const dot = rest.indexOf('.');
      const entry = dot < 0 ? rest : rest.slice(0, dot);
      if (seen.has(entry)) continue;
      seen.add(entry);
      if (this.ignoreDeprecated && DEPRECATED.includes(entry)) continue;
      // Names go on from the directory's path as it was typed (readdir).
      const path = rawRel + entry.replace(/\//g, '.');
      if (dot < 0) rc |= this.readSetting(path);
      else this.displayAll(prefix + entry, path + '/');
    }
    return rc;
  }

  writeSetting(key: string, path: string, value: string, ignoreFailure: boolean): number {
    void key;
    void ignoreFailure;
    const st = this.stat(path);
    if (!st) {
      if (notModelled(path.slice(PROC_PATH.length))) return this.refuse(this.slashdot(path.slice(PROC_PATH.length), '/', '.'));
      if (!this.ignoreError) {
        this.warn(`cannot stat ${path}`, 'ENOENT');
        return 1;
      }
      return 0;
    }
    const dotted = this.slashdot(path.slice(PROC_PATH.length), '/', '.');
    // Directories (0555) and read-only files fail the S_IWUSR test; procps
    // reports it with whatever errno was left over (EINVAL) and status 0.
    if (st.type === 'dir' || (sysctlMode(st.key) & 0o200) === 0) {
      this.warn(`setting key "${dotted}"`, 'EINVAL');
      return 0;
    }
    if (!this.dryRun) {
      const e = writeSysctl(this.ctx.ns, st.key, value + '\n');
      this.ctx.dirty = true;
      if (e) {
        this.warn(`setting key "${dotted}"`, e);
        return 1;
      }
    }
    if (!this.quiet || this.dryRun) {
      if (this.nameOnly) this.out(`${value}\n`);
      else if (this.printName) this.out(`${dotted} = ${value}\n`);
      else this.out(this.printNewline ? `${value}\n` : value);
    }
    return 0;
  }

  newSetting(key: string, value: string | null, ignoreFailure: boolean, globExclude: boolean): Setting {
    const path = PROC_PATH + this.slashdot(key.startsWith('-') ? key.slice(1) : key, '.', '/');
    return { key, path, value, ignoreFailure, globExclude };
  }

  /** parse_setting_line(): "key = value", "-key = value", "-key". */
  parseLine(file: string, linenum: number, line: string): Setting | null {
    let key = line.replace(/^[ \t\n\v\f\r]+/, '');
    if (key.length < 2) return null;
    if (key[0] === '#' || key[0] === ';') return null;
    if (this.pattern !== undefined && !this.matches(key)) return null;
    const eq = key.indexOf('=');
    if (eq < 0) {
      if (key[0] === '-') return this.newSetting(key.slice(1).replace(/[ \t\n\v\f\r]+$/, ''), null, false, true);
      this.warnx(`${file}(${linenum}): invalid syntax, continuing...`);
      return null;
    }
    let value = key.slice(eq + 1);
    key = key.slice(0, eq);
    let ignore = false;
    if (key[0] === '-') {
      ignore = true;
      key = key.slice(1);
    }
    value = value.replace(/^[ \t\n\v\f\r]+/, '');
    value = rstrip(value);
    key = rstrip(key);
    return this.newSetting(key, value, ignore, false);
  }

  preload(list: Setting[], filename: string): number {
    let text: string;
    const name = filename.startsWith('~/') && this.ctx.env.HOME ? this.ctx.env.HOME + filename.slice(1) : filename;
    try {
      text = name === '-' ? this.ctx.io.readStdin() : this.ctx.io.readFile(name);
    } catch (e) {
      const code = ((e as NodeJS.ErrnoException).code ?? 'ENOENT') as Errno;
      this.warn(`cannot open "${name}"`, code in STRERROR ? code : 'ENOENT');
      throw new PreloadFailed();
    }
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    lines.forEach((line, i) => {
      if (line.length < 2) return;
      const s = this.parseLine(name, i + 1, line);
      if (s) list.push(s);
    });
    return 0;
  }

  /** PreloadSystem(): *.conf of the sysctl.d directories, a name found in
   * an earlier directory hiding later ones, applied in name order, then
   * /etc/sysctl.conf. */
  preloadSystem(list: Setting[]): number {
    const dirs = ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d', '/usr/lib/sysctl.d', '/lib/sysctl.d'];
    const cfgs: { name: string; path: string }[] = [];
    for (const d of dirs) {
      let names: string[];
      try {
        names = this.ctx.io.listDir?.(d) ?? [];
      } catch {
        continue;
      }
      for (const n of names) {
        if (n.length < 5 || !n.endsWith('.conf') || cfgs.some((c) => c.name === n)) continue;
        cfgs.push({ name: n, path: `${d}/${n}` });
      }
    }
    cfgs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let rc = 0;
    const apply = (p: string): void => {
      if (!this.quiet) this.out(`* Applying ${p} ...\n`);
      try {
        rc |= this.preload(list, p);
      } catch (e) {
        if (!(e instanceof PreloadFailed)) throw e;
        rc |= 1;
      }
    };
    for (const c of cfgs) apply(c.path);
    let hasConf = true;
    try {
      this.ctx.io.readFile(DEFAULT_PRELOAD);
    } catch {
      hasConf = false;
    }
    if (hasConf) apply(DEFAULT_PRELOAD);
    return rc;
  }

  /** write_setting_list(): globs expand over /proc/sys; a path named by
   * another line (an override or a -exclusion) is left to that line. */
  writeList(list: Setting[]): number {
    let rc = 0;
    for (const s of list) {
      if (s.globExclude) continue;
      if (/[*?[]/.test(s.path)) {
        for (const p of this.glob(s.path)) {
          if (list.some((o) => o.path === p)) continue;
          rc |= this.writeSetting(s.key, p, s.value ?? '', s.ignoreFailure);
        }
      } else rc |= this.writeSetting(s.key, s.path, s.value ?? '', s.ignoreFailure);
    }
    return rc;
  }

  /** glob(3) over the model's /proc/sys, results sorted as glob sorts. */
  glob(pattern: string): string[] {
    const want = pattern.slice(PROC_PATH.length).split('/').filter((c) => c !== '');
    const res = want.map((c) => fnmatchRe(c));
    const out = new Set<string>();
    for (const k of this.ctx.ns.sysctl.keys()) {
      const comps = k.split('.').map((c) => c.replace(/\//g, '.'));
      if (comps.length < want.length) continue;
      let ok = true;
      for (let i = 0; i < want.length && ok; i++) ok = res[i].test(comps[i]);
      if (ok) out.add(PROC_PATH + comps.slice(0, want.length).join('/'));
    }
    return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

class PreloadFailed {}

function rstrip(s: string): string {
  return s.replace(/[ \t\n\v\f\r]+$/, '');
}

/** fnmatch() pattern of one path component as a RegExp. */
function fnmatchRe(p: string): RegExp {
  let re = '^';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const j = p.indexOf(']', i + 2);
      if (j < 0) re += '\\[';
      else {
        let body = p.slice(i + 1, j);
        if (body[0] === '!') body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = j;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(re + '$');
}

/** regcomp(REG_EXTENDED) approximated by a JavaScript RegExp. */
function compilePattern(p: string): RegExp | null {
  try {
    return new RegExp(p);
  } catch {
    return null;
  }
}

export function main(argv: string[], ctx: ToolContext): ToolResult {
  const s = new Sysctl(ctx);
  try {
    return run(s, argv, ctx);
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

function run(s: Sysctl, argv: string[], ctx: ToolContext): number {
  let writeMode = false;
  let displayAllOpt = false;
  let preloadOpt = false;
  let preloadFile: string | undefined;
  if (argv.length < 2) s.usage(false);
  const g = new Getopt(argv, 'bneNwfp::qoxaAXr:Vdh', LONGS, 'sysctl', (m) => ctx.io.stderr(m));
  for (let o = g.get(); o; o = g.get()) {
    switch (o.c) {
      case 'b':
        s.printNewline = false;
        s.printName = false;
        break;
      case 'n':
        s.printName = false;
        break;
      case 'e':
        s.ignoreError = true;
        break;
      case 'N':
        s.nameOnly = true;
        break;
      case 'w':
        writeMode = true;
        break;
      case 'f':
      case 'p':
        preloadOpt = true;
        if (o.arg !== undefined) preloadFile = o.arg;
        break;
      case 'q':
        s.quiet = true;
        break;
      case 'o':
      case 'x':
        break;
      case 'a':
      case 'A':
      case 'X':
        displayAllOpt = true;
        break;
      case 'DEPRECATED':
        s.ignoreDeprecated = false;
        break;
      case 'SYSTEM': {
        s.ignoreError = true;
        const list: Setting[] = [];
        let rc = s.preloadSystem(list);
        rc |= s.writeList(list);
        return rc;
      }
      case 'DRYRUN':
        s.dryRun = true;
        break;
      case 'r':
        s.pattern = compilePattern(o.arg!);
        break;
      case 'V':
        ctx.io.stdout('sysctl from procps-ng 4.0.2\n');
        return 0;
      default:
        // -d, -h and getopt errors print the usage to stdout, status 0.
        s.usage(true);
    }
  }
  const args = g.rest();
  if (displayAllOpt) return s.displayAll('', '');
  if (preloadOpt) {
    const list: Setting[] = [];
    let ret = 0;
    const files = preloadFile === undefined ? (args.length ? [] : [DEFAULT_PRELOAD]) : [preloadFile];
    for (const f of [...files, ...args]) {
      try {
        ret |= s.preload(list, f);
      } catch (e) {
        if (!(e instanceof PreloadFailed)) throw e;
        ret |= 1;
      }
    }
    ret |= s.writeList(list);
    return ret;
  }
  if (args.length < 1) {
    ctx.io.stderr("sysctl: no variables specified\nTry `sysctl --help' for more information.\n");
    return 1;
  }
  if (s.nameOnly && s.quiet) {
    ctx.io.stderr("sysctl: options -N and -q cannot coexist\nTry `sysctl --help' for more information.\n");
    return 1;
  }
  let rc = 0;
  for (const a of args) {
    if (writeMode || a.includes('=')) {
      const st = s.parseLine('command line', 0, a);
      if (st) rc |= s.writeSetting(st.key, st.path, st.value ?? '', st.ignoreFailure);
      else rc |= 1;
    } else rc += s.readSetting(a);
  }
  return rc & 0xff;
}

/** The top-level /proc/sys directories of Linux that iplab does not model. */
const UNMODELLED_ROOTS = new Set(['abi', 'crypto', 'debug', 'dev', 'fs', 'kernel', 'sunrpc', 'user', 'vm']);

function notModelled(rel: string): boolean {
  return UNMODELLED_ROOTS.has(rel.replace(/^\/+/, '').split('/')[0]);
}
