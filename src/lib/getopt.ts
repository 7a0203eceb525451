// GNU getopt_long() as glibc implements it (posix/getopt.c): argv is
// permuted so options may follow operands, long options may be abbreviated
// while unambiguous, and the diagnostics are glibc's, word for word. Used by
// the util-linux and procps tools (unshare, nsenter, lsns, sysctl).

export interface LongOption {
  name: string;
  /** 0 no_argument, 1 required_argument, 2 optional_argument */
  has: 0 | 1 | 2;
  /** What getopt returns: a short option letter or any tag. */
  val: string;
}

export interface Opt {
  /** The option's val, or '?' after a diagnostic (':' never: glibc prints). */
  c: string;
  arg?: string;
  /** For '?': the offending short option letter, if any. */
  optopt?: string;
}

export class Getopt {
  /** Operands in their original order (what argv[optind..] holds at the end). */
  readonly operands: string[] = [];
  private i = 1;
  private next = ''; // rest of a short-option cluster
  private done = false;
  private readonly shorts = new Map<string, 0 | 1 | 2>();
  /** A leading '+': stop at the first operand (REQUIRE_ORDER). */
  private readonly inOrder: boolean;

  constructor(
    private readonly argv: string[],
    shortopts: string,
    private readonly longs: LongOption[],
    private readonly prog: string,
    private readonly err: (s: string) => void,
  ) {
    this.inOrder = shortopts.startsWith('+');
    const s = shortopts.replace(/^[+-]/, '');
    for (let k = 0; k < s.length; k++) {
      const c = s[k];
      if (c === ':') continue;
      let has: 0 | 1 | 2 = 0;
      if (s[k + 1] === ':') has = s[k + 2] === ':' ? 2 : 1;
      this.shorts.set(c, has);
    }
  }

  /** The next option, or null when only operands remain. */
  get(): Opt | null {
    if (this.next) return this.short();
    while (!this.done && this.i < this.argv.length) {
      const a = this.argv[this.i];
      if (a === '--') {
        this.i++;
        this.done = true;
        break;
      }
      if (a.startsWith('--')) {
        this.i++;
        return this.long(a.slice(2));
      }
      if (a.startsWith('-') && a.length > 1) {
        this.i++;
        this.next = a.slice(1);
        return this.short();
      }
      if (this.inOrder) {
        this.done = true;
        break;
      }
      this.operands.push(a);
      this.i++;
    }
    if (this.done) {
      while (this.i < this.argv.length) this.operands.push(this.argv[this.i++]);
    }
    return null;
  }

  /** All operands once get() returned null. */
  rest(): string[] {
    while (this.get() !== null);
    return this.operands;
  }

  private short(): Opt {
    const c = this.next[0];
    this.next = this.next.slice(1);
    const has = this.shorts.get(c);
    if (has === undefined) {
      this.err(`${this.prog}: invalid option -- '${c}'\n`);
      return { c: '?', optopt: c };
    }
    if (has === 0) return { c };
    if (this.next) {
      const arg = this.next;
      this.next = '';
      return { c, arg };
    }
    if (has === 2) return { c };
    if (this.i < this.argv.length) return { c, arg: this.argv[this.i++] };
    this.err(`${this.prog}: option requires an argument -- '${c}'\n`);
    return { c: '?', optopt: c };
  }

  private long(body: string): Opt {
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    let found = this.longs.find((o) => o.name === name);
    if (!found) {
      const cands = this.longs.filter((o) => o.name.startsWith(name));
      // Abbreviations that all mean the same option are not ambiguous.
      const distinct = cands.filter((o, k) => cands.findIndex((p) => p.has === o.has && p.val === o.val) === k);
      if (cands.length === 0 || name === '') {
        this.err(`${this.prog}: unrecognized option '--${body}'\n`);
        return { c: '?' };
      }
      if (distinct.length > 1) {
        this.err(`${this.prog}: option '--${name}' is ambiguous; possibilities:${cands.map((o) => ` '--${o.name}'`).join('')}\n`);
        return { c: '?' };
      }
      found = cands[0];
    }
    if (eq >= 0) {
      if (found.has === 0) {
        this.err(`${this.prog}: option '--${found.name}' doesn't allow an argument\n`);
        return { c: '?' };
      }
      return { c: found.val, arg: body.slice(eq + 1) };
    }
    if (found.has === 1) {
      if (this.i < this.argv.length) return { c: found.val, arg: this.argv[this.i++] };
      this.err(`${this.prog}: option '--${found.name}' requires an argument\n`);
      return { c: '?' };
    }
    return { c: found.val };
  }
}
