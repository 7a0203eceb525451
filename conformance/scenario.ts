// Scenario files: conformance/scenarios/<area>/<name>.sh (see fidelity.md).
//
// One simple command per line, written as shell words ('…' and "…" quoting,
// backslash escapes); no pipes, redirections, variables, `;` or `&`. A command
// may take its standard input from a heredoc (`cmd <<'EOF'` … `EOF`). A
// trailing backslash continues the line. `#` starts a comment. Directives are
// comments of the form `# iplab-NAME: value`:
//   iplab-skip: reason        (before the first command) iplab does not model
//                             this yet: the replay lists the scenario as skipped
//   iplab-pending: cause      (before the first command) iplab does not match
//                             this recording yet, for the cause given: the
//                             replay expects a difference (and fails once
//                             iplab matches, so the line gets removed);
//                             IPLAB_CONFORMANCE_STRICT=1 makes it an ordinary
//                             test. See PENDING.md.
//   iplab-differs: reason     the next command deliberately differs (a module
//                             the recording kernel lacks): it runs on both
//                             sides but is not compared
//   iplab-kernel: vm          (before the first command) record on the VM
//                             kernel (conformance/vm: Debian's kernel in
//                             qemu, with the vrf, 8021q, macvlan, ipvlan,
//                             dummy modules the host kernel lacks)
//   iplab-normalise: a,-b     turn normalisations (normalise.ts) on or off:
//                             before the first command for the whole scenario,
//                             elsewhere for the next command only
// The parser is shared by the recorder, the replay test and the live diff, so
// both sides always see the same argv and stdin.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Step {
  /** The command as written (continuations joined; heredoc marker kept). */
  cmd: string;
  argv: string[];
  /** Heredoc body, when the command has one. */
  stdin?: string;
  /** 1-based line of the command in the scenario file. */
  line: number;
  /** Reason from a preceding `# iplab-differs:` line. */
  differs?: string;
  /** Normalisation switches from a preceding `# iplab-normalise:` line. */
  normalise?: string[];
}

export interface Scenario {
  /** "<area>/<name>" */
  name: string;
  file: string;
  skip?: string;
  /** Known difference not fixed yet (iplab-pending). */
  pending?: string;
  /** Where it is recorded: 'vm' = the VM recorder (iplab-kernel: vm). */
  kernel?: 'vm';
  /** Scenario-wide normalisation switches. */
  normalise: string[];
  steps: Step[];
}

export class ScenarioError extends Error {}

const DIRECTIVE = /^#\s*iplab-([a-z]+):\s*(.*?)\s*$/;

/** Splits one command line into shell words. Throws on anything that is not
 * a simple command (pipes, redirections other than a heredoc, variables…). */
export function splitWords(line: string): { argv: string[]; heredoc?: string } {
  const argv: string[] = [];
  let heredoc: string | undefined;
  let i = 0;
  const n = line.length;
  const fail = (what: string): never => {
    throw new ScenarioError(`${what} at column ${i + 1}: ${line}`);
  };
  while (i < n) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) break;
    if (line[i] === '#') break;
    if (line.startsWith('<<', i)) {
      if (heredoc !== undefined) fail('a second heredoc');
      i += 2;
      if (line[i] === '-') fail('<<- heredocs are not supported');
      while (i < n && line[i] === ' ') i++;
      const w = readWord();
      if (!w.word) fail('a heredoc without a delimiter');
      heredoc = w.word;
      continue;
    }
    const w = readWord();
    argv.push(w.word);
  }
  return { argv, heredoc };

  function readWord(): { word: string } {
    let word = '';
    let any = false;
    while (i < n) {
      const c = line[i];
      if (c === ' ' || c === '\t') break;
      if (c === "'") {
        const j = line.indexOf("'", i + 1);
        if (j < 0) fail('an unterminated single quote');
        word += line.slice(i + 1, j);
        i = j + 1;
        any = true;
        continue;
      }
      if (c === '"') {
        i++;
        for (;;) {
          if (i >= n) fail('an unterminated double quote');
          const d = line[i];
          if (d === '"') break;
          if (d === '$' || d === '`') fail('expansion inside double quotes');
          if (d === '\\' && i + 1 < n && '"\\$`'.includes(line[i + 1])) {
            word += line[i + 1];
            i += 2;
            continue;
          }
          word += d;
          i++;
        }
        i++;
        any = true;
        continue;
      }
      if (c === '\\') {
        if (i + 1 >= n) fail('a trailing backslash');
        word += line[i + 1];
        i += 2;
        any = true;
        continue;
      }
      if ('|&;<>()$`'.includes(c)) fail(`the shell syntax '${c}'`);
      if (c === '#' && !any) break;
      if ((c === '*' || c === '?' || c === '[') ) fail(`the glob character '${c}' (quote it)`);
      word += c;
      i++;
      any = true;
    }
    if (!any) fail('an empty word');
    return { word };
  }
}

export function parseScenario(text: string, name: string, file = name): Scenario {
  const lines = text.split('\n');
  const sc: Scenario = { name, file, normalise: [], steps: [] };
  let pendingDiffers: string | undefined;
  let pendingNormalise: string[] | undefined;
  for (let k = 0; k < lines.length; k++) {
    const lineNo = k + 1;
    let raw = lines[k];
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      const m = DIRECTIVE.exec(trimmed);
      if (!m) continue;
      const [, key, value] = m;
      const atTop = sc.steps.length === 0;
      if (key === 'skip') {
        if (!atTop) throw new ScenarioError(`${file}:${lineNo}: iplab-skip must come before the first command`);
        if (!value) throw new ScenarioError(`${file}:${lineNo}: iplab-skip needs a reason`);
        sc.skip = value;
      } else if (key === 'pending') {
        if (!atTop) throw new ScenarioError(`${file}:${lineNo}: iplab-pending must come before the first command`);
        if (!value) throw new ScenarioError(`${file}:${lineNo}: iplab-pending needs the cause`);
        sc.pending = value;
      } else if (key === 'kernel') {
        if (!atTop) throw new ScenarioError(`${file}:${lineNo}: iplab-kernel must come before the first command`);
        if (value !== 'vm') throw new ScenarioError(`${file}:${lineNo}: iplab-kernel takes "vm" (the VM recorder), not "${value}"`);
        sc.kernel = 'vm';
      } else if (key === 'differs') {
        if (!value) throw new ScenarioError(`${file}:${lineNo}: iplab-differs needs a reason`);
        pendingDiffers = value;
      } else if (key === 'normalise' || key === 'normalize') {
        const list = value.split(/[\s,]+/).filter(Boolean);
        if (atTop && pendingDiffers === undefined) sc.normalise.push(...list);
        else pendingNormalise = [...(pendingNormalise ?? []), ...list];
      } else {
        throw new ScenarioError(`${file}:${lineNo}: unknown directive iplab-${key}`);
      }
      continue;
    }
    // Continuation lines.
    while (raw.endsWith('\\') && k + 1 < lines.length) {
      raw = raw.slice(0, -1) + lines[++k].replace(/^\s+/, ' ');
    }
    let parsed: ReturnType<typeof splitWords>;
    try {
      parsed = splitWords(raw);
    } catch (e) {
      throw new ScenarioError(`${file}:${lineNo}: ${(e as Error).message}`);
    }
    if (parsed.argv.length === 0) continue;
    const step: Step = { cmd: raw.trim(), argv: parsed.argv, line: lineNo };
    if (parsed.heredoc !== undefined) {
      const body: string[] = [];
      let closed = false;
      while (++k < lines.length) {
        if (lines[k] === parsed.heredoc) {
          closed = true;
          break;
        }
        body.push(lines[k]);
      }
      if (!closed) throw new ScenarioError(`${file}:${lineNo}: heredoc ${parsed.heredoc} is never closed`);
      step.stdin = body.map((l) => l + '\n').join('');
    }
    if (pendingDiffers !== undefined) step.differs = pendingDiffers;
    if (pendingNormalise !== undefined) step.normalise = pendingNormalise;
    pendingDiffers = pendingNormalise = undefined;
    sc.steps.push(step);
  }
  if (pendingDiffers !== undefined) throw new ScenarioError(`${file}: iplab-differs after the last command`);
  return sc;
}

export const CONFORMANCE_DIR = new URL('.', import.meta.url).pathname.replace(/\/$/, '');
export const SCENARIO_DIR = join(CONFORMANCE_DIR, 'scenarios');
export const RECORDED_DIR = join(CONFORMANCE_DIR, 'recorded');

function walk(dir: string, ext: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(walk(p, ext));
    else if (e.endsWith(ext)) out.push(p);
  }
  return out;
}

/** "<area>/<name>" of every scenario file, sorted. */
export function listScenarios(filter?: string): string[] {
  return walk(SCENARIO_DIR, '.sh')
    .map((p) => relative(SCENARIO_DIR, p).replace(/\.sh$/, ''))
    .filter((n) => matchesFilter(n, filter));
}

export function listRecordings(filter?: string): string[] {
  return walk(RECORDED_DIR, '.json')
    .map((p) => relative(RECORDED_DIR, p).replace(/\.json$/, ''))
    .filter((n) => matchesFilter(n, filter));
}

/** A filter is a substring of "<area>/<name>" or a regular expression
 * written /like this/. */
export function matchesFilter(name: string, filter?: string): boolean {
  if (!filter) return true;
  const m = /^\/(.*)\/$/.exec(filter);
  if (m) return new RegExp(m[1]).test(name);
  return name.includes(filter);
}

export function loadScenario(name: string): Scenario {
  const file = join(SCENARIO_DIR, name + '.sh');
  return parseScenario(readFileSync(file, 'utf8'), name, relative(join(CONFORMANCE_DIR, '..'), file));
}

export interface RecordedStep {
  cmd: string;
  stdin?: string;
  stdout: string;
  stderr: string;
  code: number;
}

export interface Recording {
  scenario: string;
  kernel: string;
  steps: RecordedStep[];
}

export function recordingPath(name: string): string {
  return join(RECORDED_DIR, name + '.json');
}

export function loadRecording(name: string): Recording {
  return JSON.parse(readFileSync(recordingPath(name), 'utf8')) as Recording;
}
