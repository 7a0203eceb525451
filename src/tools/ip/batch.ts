// ip -batch FILE / ip -force -batch FILE: do_batch() in lib/utils.c with
// getcmdline() ('#' comments, backslash-newline continuation) and makeargs()
// (words split on blanks, '…' or "…" quoting). A command that fails by
// returning reports "Command failed FILE:LINE" and stops the batch unless
// -force; one that calls exit() in iproute2 (invarg, usage, …) ends the
// whole process with its status.

import type { Ip } from './common';
import { IpExit, notSupported, talk } from './common';
import { doCmd } from './main';
import type { Nexthop } from '../../kernel/fib/route';
import { ADD_FLAGS } from '../../kernel/fib/table';
import { addRoute } from '../../kernel/fib/ops';
import { ip4 } from '../../net/ip';
import { fastDotted } from './inet';

/** The batch fast path for the line a full table is made of,
 * `route add A.B.C.D/LEN [via A.B.C.D] dev NAME` (single spaces, plain
 * dotted quads): the request `ip route add` would build from it (route.ts
 * modify(): table main, proto boot, scope link without a gateway, one next
 * hop of weight 1), sent to the same kernel call. Any other line, or a device
 * that does not exist, returns -1 and goes through the general parser, which
 * prints its own errors. test/ip-batch-fast.test.ts checks both paths agree.
 * Next hops are shared between the routes of one batch (routes are values;
 * with a device given, addRoute4 leaves them as they are). */
function fastRouteAdd(ip: Ip, line: string, end: number, nhCache: Map<string, Nexthop[]>): number {
  // "route add " is 10 characters.
  const p0 = 10;
  const sp1 = line.indexOf(' ', p0);
  if (sp1 < 0 || sp1 >= end) return -1;
  const slash = line.indexOf('/', p0);
  if (slash < 0 || slash > sp1) return -1;
  const a = fastDotted(line, p0, slash);
  if (a < 0) return -1;
  let len = 0;
  const ld = sp1 - slash - 1;
  if (ld < 1 || ld > 2) return -1;
  for (let i = slash + 1; i < sp1; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57 || (i === slash + 1 && c === 48 && ld > 1)) return -1;
    len = len * 10 + (c - 48);
  }
  if (len > 32) return -1;
  let pos = sp1 + 1;
  let gw = -1;
  if (line.startsWith('via ', pos)) {
    const sp = line.indexOf(' ', pos + 4);
    if (sp < 0 || sp >= end) return -1;
    gw = fastDotted(line, pos + 4, sp);
    if (gw < 0) return -1;
    pos = sp + 1;
  }
  if (!line.startsWith('dev ', pos)) return -1;
  const name = line.slice(pos + 4, end);
  if (name.length === 0 || name.includes(' ')) return -1;
  const dev = ip.ns.byName(name);
  if (!dev) return -1;
  const key = gw < 0 ? name : `${name} ${gw}`;
  let nexthops = nhCache.get(key);
  if (!nexthops || nexthops[0].dev !== dev.ifindex) {
    nexthops = [{ gateway: gw < 0 ? undefined : ip4(gw), dev: dev.ifindex, weight: 1, onlink: undefined }];
    nhCache.set(key, nexthops);
  }
  talk(ip, () =>
    addRoute(ip.ns, { family: 4, table: 254, dst: ip4(a), dstLen: len, tos: 0, priority: undefined, type: 'unicast', scope: gw < 0 ? 253 : 0, protocol: 3, prefsrc: undefined, nexthops, metrics: undefined, pref: undefined }, ADD_FLAGS),
  );
  ip.ctx.dirty = true;
  return 0;
}

/** The words of a line made of non-empty words separated by single spaces
 * (maybe ending in a newline), in one pass; null for anything else (quotes,
 * tabs, other blanks, leading, trailing or double spaces). */
function simpleWords(line: string): string[] | null {
  let end = line.length;
  if (end > 0 && line.charCodeAt(end - 1) === 10) end--;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      if (i === start) return null;
      out.push(line.slice(start, i));
      start = i + 1;
    } else if (c <= 32 || c === 34 || c === 39 || c === 0x85 || c === 0xa0 || c >= 0x1680) return null;
  }
  if (start === end) return end === 0 ? out : null;
  out.push(line.slice(start, end));
  return out;
}

/** makeargs(). Throws IpExit(1) on an unterminated quote. */
export function makeargs(ip: Ip, line: string): string[] {
  // Words split by single spaces, without quotes or other blanks: split().
  const simple = simpleWords(line);
  if (simple) return simple;
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
  const nhCache = new Map<string, Nexthop[]>();
  const fast = origFamily === 0 || origFamily === 4;
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
    let simple = hash < 0;
    while (line.endsWith('\\\n')) {
      simple = false;
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
    ip.opts.family = origFamily;
    let rc: number;
    try {
      // The fast path takes only lines without quotes, tabs or comments.
      const end = line.endsWith('\n') ? line.length - 1 : line.length;
      rc = fast && simple && line.startsWith('route add ') && line.indexOf('"') < 0 && line.indexOf("'") < 0 && line.indexOf('\t') < 0 && line.indexOf('\r') < 0 ? fastRouteAdd(ip, line, end, nhCache) : -1;
      if (rc < 0) {
        const argv = makeargs(ip, line);
        if (argv.length === 0) continue;
        const r = doCmd(ip, argv[0], argv.slice(1), true);
        if (typeof r !== 'number') notSupported(ip, 'ip netns exec inside ip -batch');
        rc = r;
      }
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
