// ip -batch FILE / ip -force -batch FILE: do_batch() in lib/utils.c with
// getcmdline() ('#' comments, backslash-newline continuation) and makeargs()
// (words split on blanks, '…' or "…" quoting). A command that fails by
// returning reports "Command failed FILE:LINE" and stops the batch unless
// -force; one that calls exit() in iproute2 (invarg, usage, …) ends the
// whole process with its status.

import type { Ip } from './common';
import { IpExit, notSupported } from './common';
import { doCmd } from './main';

/** makeargs(). Throws IpExit(1) on an unterminated quote. */
export function makeargs(ip: Ip, line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  const ws = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
  while (i < n) {
    while (i < n && ws(line[i])) i++;
    if (i >= n) break;
    const c = line[i];
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) {
        ip.err('Unterminated quoted string\n');
        throw new IpExit(1);
      }
      out.push(line.slice(i + 1, end));
      i = end + 1;
    } else {
      let j = i;
      while (j < n && !ws(line[j])) j++;
      out.push(line.slice(i, j));
      i = j + 1;
    }
  }
  return out;
}

export function batch(ip: Ip, name: string): number {
  let text: string;
  if (name === '-') text = ip.ctx.io.readStdin();
  else {
    try {
      text = ip.ctx.io.readFile(name);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const msg = code === 'ENOENT' ? 'No such file or directory' : code === 'EACCES' ? 'Permission denied' : code === 'EISDIR' ? 'Is a directory' : (e as Error).message;
      ip.err(`Cannot open file "${name}" for reading: ${msg}\n`);
      return 1;
    }
  }
  const origFamily = ip.opts.family;
  const force = ip.opts.force;
  let ret = 0;
  let lineno = 0;
  let pos = 0;
  const len = text.length;
  while (pos < len) {
    // getcmdline(): one line, '#' ends it, "\\\n" joins the next.
    let nl = text.indexOf('\n', pos);
    let line = nl < 0 ? text.slice(pos) : text.slice(pos, nl + 1);
    pos = nl < 0 ? len : nl + 1;
    lineno++;
    let hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    while (line.endsWith('\\\n')) {
      if (pos >= len) {
        ip.err('Missing continuation line\n');
        return ret;
      }
      nl = text.indexOf('\n', pos);
      let next = nl < 0 ? text.slice(pos) : text.slice(pos, nl + 1);
      pos = nl < 0 ? len : nl + 1;
      lineno++;
      hash = next.indexOf('#');
      if (hash >= 0) next = next.slice(0, hash);
      line = line.slice(0, -2) + next;
    }
    const argv = makeargs(ip, line);
    if (argv.length === 0) continue;
    ip.opts.family = origFamily;
    let rc: number;
    try {
      const r = doCmd(ip, argv[0], argv.slice(1), true);
      if (typeof r !== 'number') notSupported(ip, 'ip netns exec inside ip -batch');
      rc = r;
    } catch (e) {
      if (e instanceof IpExit && e.returned) rc = e.code;
      else throw e;
    }
    if (rc) {
      ip.err(`Command failed ${name}:${lineno}\n`);
      ret = 1;
      if (!force) break;
    }
  }
  return ret;
}
