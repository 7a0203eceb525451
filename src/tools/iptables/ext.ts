// Extensions written with libxtables' x6 option tables (libxtables/xtoptions.c):
// an option table per extension, the generic checks (once, inversion,
// argument types and ranges, mandatory options, exclusions) and per-extension
// parse/final/print/save as extensions/libxt_*.c. The parsed value is a small
// record of named fields (documented per extension below).

import type { NfFamily } from '../../kernel/netfilter/types';

export type XType = 'none' | 'u8' | 'u16' | 'u32' | 'u64' | 'u16rc' | 'u64rc' | 'string' | 'plen' | 'host';
export interface XOpt {
  name: string;
  id: number;
  type: XType;
  invert?: boolean;
  mand?: boolean;
  /** ids this option excludes / requires */
  excl?: number[];
  also?: number[];
  min?: number;
  max?: number;
}
export type XData = Record<string, number | string | boolean>;

export interface XExt {
  name: string;
  opts: XOpt[];
  init(f: NfFamily): XData;
  /** After the generic checks; `v` is the parsed argument. */
  parse(d: XData, o: XOpt, v: number | number[] | string | boolean, inv: boolean, f: NfFamily, arg: string): void;
  final?(d: XData, seen: Set<number>): void;
  save(d: XData, f: NfFamily): string;
  print(d: XData, f: NfFamily, numeric: boolean): string;
}

/** xtables_error(PARAMETER_PROBLEM, ...) */
export class XtParamError extends Error {}
const err = (m: string): never => {
  throw new XtParamError(m);
};

const MAXES: Record<XType, number> = { none: 0, u8: 255, u16: 65535, u32: 0xffffffff, u64: Number.MAX_SAFE_INTEGER, u16rc: 65535, u64rc: Number.MAX_SAFE_INTEGER, string: 0, plen: 0, host: 0 };

/** xtables_strtoul() with an end: base 0 numeric prefix. */
function num(s: string): { v: number; end: number } | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return undefined;
  const d = m[1];
  const v = /^0[xX]/.test(d) ? parseInt(d.slice(2), 16) : d.length > 1 && d[0] === '0' ? parseInt(d, 8) : Number(d);
  return { v, end: d.length };
}

function mask4(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/** xtables_option_parse() and the type's subparser. */
export function x6Parse(ext: XExt, seen: Set<number>, o: XOpt, arg: string | undefined, inv: boolean, f: NfFamily): number | number[] | string | boolean {
  if (seen.has(o.id)) err(`${ext.name}: option "--${o.name}" can only be used once.\n`);
  if (inv && !o.invert) err(`${ext.name}: option "--${o.name}" cannot be inverted.\n`);
  seen.add(o.id);
  const a = arg ?? '';
  switch (o.type) {
    case 'none':
      return true;
    case 'string':
      return a;
    case 'u8':
    case 'u16':
    case 'u32':
    case 'u64': {
      const lo = o.min ?? 0;
      const hi = o.max ?? MAXES[o.type];
      const n = num(a);
      if (!n || n.end !== a.length || n.v < lo || n.v > hi) err(`${ext.name}: bad value for option "--${o.name}", or out of range (${lo}-${hi}).\n`);
      return n!.v;
    }
    case 'u16rc':
    case 'u64rc': {
      const lmax = MAXES[o.type];
      const vals: number[] = [];
      let rest = a;
      for (;;) {
        if (vals.length === 2) err(`${ext.name}: Too many components for option "--${o.name}" (max: 2)\n`);
        let v: number;
        let end = 0;
        if (rest === '' || rest[0] === ':') v = vals.length === 1 ? lmax : 0;
        else {
          const n = num(rest);
          if (!n || n.v > lmax) err(`${ext.name}: bad value for option "--${o.name}" near "${rest}", or out of range (0-${lmax}).\n`);
          end = n!.end;
          if (end < rest.length && rest[end] !== ':') err(`${ext.name}: Argument to "--${o.name}" has unexpected characters near "${rest.slice(end)}".\n`);
          v = n!.v;
        }
        vals.push(v);
        if (end >= rest.length) break;
        rest = rest.slice(end + 1);
      }
      return vals;
    }
    case 'plen': {
      // XTTYPE_PLENMASK of a family-less extension: a length up to 128 (an
      // IPv4 mask keeps its first 32 bits), or a dotted mask.
      const max = 128;
      const n = num(a);
      if (n && n.end === a.length && n.v <= max) return f === 4 ? Math.min(n.v, 32) : n.v;
      if (f === 4 && /^\d+\.\d+\.\d+\.\d+$/.test(a)) {
        const v = a.split('.').reduce((x, p) => x * 256 + Number(p), 0) >>> 0;
        for (let l = 0; l <= 32; l++) if (mask4(l) === v) return l;
      }
      return err(`${ext.name}: bad value for option "--${o.name}", neither a valid network mask nor valid CIDR (0-${max}).\n`);
    }
    case 'host':
      return a;
  }
}

/** xtables_options_fcheck(): mandatory options, "also" and exclusions. */
export function x6Final(ext: XExt, seen: Set<number>): void {
  for (const o of ext.opts) {
    if (o.mand && !seen.has(o.id)) err(`${ext.name}: option "--${o.name}" must be specified\n`);
    if (!seen.has(o.id)) continue;
    for (let i = 0; i < 32; i++) {
      if (i === o.id) continue;
      const other = ext.opts.find((x) => x.id === i);
      if (!other) continue;
      if (o.also?.includes(i) && !seen.has(i)) err(`${ext.name}: option "--${o.name}" also requires "--${other.name}".\n`);
      if (o.excl?.includes(i) && seen.has(i)) err(`${ext.name}: option "--${o.name}" cannot be used together with "--${other.name}".\n`);
    }
  }
}


// ---- recent (libxt_recent.c, revision 1) ---------------------------------------------
// d: op SET|CHECK|UPDATE|REMOVE flags (set, rcheck, update, remove), inv, seconds,
// reap, hitcount, rttl, name, side 'source'|'dest', mask (dotted / IPv6 text).

const RECENT: XExt = {
  name: 'recent',
  opts: [
    { name: 'set', id: 0, type: 'none', invert: true, excl: [1, 2, 3] },
    { name: 'rcheck', id: 1, type: 'none', invert: true, excl: [0, 2, 3] },
    { name: 'update', id: 2, type: 'none', invert: true, excl: [0, 1, 3] },
    { name: 'remove', id: 3, type: 'none', invert: true, excl: [0, 1, 2] },
    { name: 'seconds', id: 4, type: 'u32', min: 1 },
    { name: 'reap', id: 5, type: 'none', also: [4] },
    { name: 'hitcount', id: 6, type: 'u32' },
    { name: 'rttl', id: 7, type: 'none', excl: [0, 3] },
    { name: 'name', id: 8, type: 'string' },
    { name: 'rsource', id: 9, type: 'none' },
    { name: 'rdest', id: 10, type: 'none' },
    { name: 'mask', id: 11, type: 'host' },
  ],
  init: (f) => ({ name: 'DEFAULT', side: 'source', mask: f === 4 ? '255.255.255.255' : 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', inv: false, seconds: 0, hitcount: 0 }),
  parse(d, o, v, inv, f) {
    if (o.id <= 3) {
      d[o.name] = true;
      if (inv) d.inv = true;
    } else if (o.name === 'rsource' || o.name === 'rdest') d.side = o.name === 'rsource' ? 'source' : 'dest';
    else if (o.name === 'mask') {
      const s = v as string;
      if (f === 4 ? !/^\d+\.\d+\.\d+\.\d+$/.test(s) : !s.includes(':')) err(`host/network \`${s}' not found`);
      d.mask = s;
    } else if (o.name === 'name') {
      if ((v as string).length > 199) err('recent: name too long');
      d.name = v as string;
    } else d[o.name] = v as number | boolean;
  },
  final(d, seen) {
    if (![0, 1, 2, 3].some((i) => seen.has(i))) err("recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'");
  },
  save(d) {
    let s = d.inv ? ' !' : '';
    if (d.set) s += ' --set';
    if (d.rcheck) s += ' --rcheck';
    if (d.update) s += ' --update';
    if (d.remove) s += ' --remove';
    if (d.seconds) s += ` --seconds ${d.seconds}`;
    if (d.reap) s += ' --reap';
    if (d.hitcount) s += ` --hitcount ${d.hitcount}`;
    if (d.rttl) s += ' --rttl';
    s += ` --name ${d.name} --mask ${d.mask}`;
    s += d.side === 'source' ? ' --rsource' : ' --rdest';
    return s;
  },
  print(d) {
    let s = d.inv ? ' !' : '';
    s += ' recent:';
    if (d.set) s += ' SET';
    if (d.rcheck) s += ' CHECK';
    if (d.update) s += ' UPDATE';
    if (d.remove) s += ' REMOVE';
    if (d.seconds) s += ` seconds: ${d.seconds}`;
    if (d.reap) s += ' reap';
    if (d.hitcount) s += ` hit_count: ${d.hitcount}`;
    if (d.rttl) s += ' TTL-Match';
    s += ` name: ${d.name} side: ${d.side} mask: ${d.mask}`;
    return s;
  },
};

// ---- connlimit (libxt_connlimit.c, revision 1) ------------------------------------------
// d: limit, inv (true: "upto"), mask (prefix length), daddr.

const CONNLIMIT: XExt = {
  name: 'connlimit',
  opts: [
    { name: 'connlimit-upto', id: 0, type: 'u32', invert: true, excl: [1] },
    { name: 'connlimit-above', id: 1, type: 'u32', invert: true, excl: [0] },
    { name: 'connlimit-mask', id: 2, type: 'plen' },
    { name: 'connlimit-saddr', id: 3, type: 'none', excl: [4] },
    { name: 'connlimit-daddr', id: 4, type: 'none', excl: [3] },
  ],
  init: (f) => ({ limit: 0, inv: false, mask: f === 4 ? 32 : 128, daddr: false }),
  parse(d, o, v, inv) {
    if (o.id === 0) {
      d.limit = v as number;
      d.inv = !inv;
    } else if (o.id === 1) {
      d.limit = v as number;
      d.inv = inv;
    } else if (o.id === 2) d.mask = v as number;
    else d.daddr = o.id === 4;
  },
  final(d, seen) {
    if (!seen.has(0) && !seen.has(1)) err('You must specify "--connlimit-above" or "--connlimit-upto".');
  },
  save: (d) => `${d.inv ? ` --connlimit-upto ${d.limit}` : ` --connlimit-above ${d.limit}`} --connlimit-mask ${d.mask} --connlimit-${d.daddr ? 'daddr' : 'saddr'}`,
  print: (d) => ` #conn ${d.daddr ? 'dst' : 'src'}/${d.mask} ${d.inv ? '<=' : '>'} ${d.limit}`,
};

// ---- rpfilter (libxt_rpfilter.c) -----------------------------------------------------------
// d: loose, validmark, accept-local, invert.

const RPFILTER: XExt = {
  name: 'rpfilter',
  opts: [
    { name: 'loose', id: 0, type: 'none' },
    { name: 'validmark', id: 1, type: 'none' },
    { name: 'accept-local', id: 2, type: 'none' },
    { name: 'invert', id: 3, type: 'none' },
  ],
  init: () => ({}),
  parse(d, o) {
    d[o.name] = true;
  },
  save: (d) => ['loose', 'validmark', 'accept-local', 'invert'].filter((k) => d[k]).map((k) => ` --${k}`).join(''),
  print: (d) => ` rpfilter${['loose', 'validmark', 'accept-local', 'invert'].filter((k) => d[k]).map((k) => ` ${k}`).join('')}`,
};

// ---- helper (libxt_helper.c) ------------------------------------------------------------------
// d: name, inv.

const HELPER: XExt = {
  name: 'helper',
  opts: [{ name: 'helper', id: 0, type: 'string', invert: true, mand: true }],
  init: () => ({ name: '', inv: false }),
  parse(d, o, v, inv) {
    if ((v as string).length > 29) err(`helper: option "--helper" must be shorter than 30 characters.\n`);
    d.name = v as string;
    d.inv = inv;
  },
  save: (d) => `${d.inv ? ' !' : ''} --helper ${saveString(d.name as string)}`,
  print: (d) => ` helper match ${d.inv ? '! ' : ''}"${d.name}"`,
};

// ---- quota (libxt_quota.c) ----------------------------------------------------------------------
// d: quota, inv.

const QUOTA: XExt = {
  name: 'quota',
  opts: [{ name: 'quota', id: 0, type: 'u64', invert: true, mand: true }],
  init: () => ({ quota: 0, inv: false }),
  parse(d, o, v, inv) {
    d.quota = v as number;
    d.inv = inv;
  },
  save: (d) => `${d.inv ? ' !' : ''} --quota ${d.quota}`,
  print: (d) => ` quota: ${d.quota} bytes`,
};

// ---- connbytes (libxt_connbytes.c) ------------------------------------------------------------------
// d: from, to (swapped when inverted; to -1 = unlimited), mode, dir.

const CONNBYTES: XExt = {
  name: 'connbytes',
  opts: [
    { name: 'connbytes', id: 0, type: 'u64rc', invert: true, mand: true },
    { name: 'connbytes-dir', id: 1, type: 'string', mand: true },
    { name: 'connbytes-mode', id: 2, type: 'string', mand: true },
  ],
  init: () => ({ from: 0, to: -1, mode: 'unknown', dir: 'unknown' }),
  parse(d, o, v, inv, f, arg) {
    void f;
    if (o.id === 0) {
      const r = v as number[];
      const from = r[0];
      const to = r.length === 2 && r[1] < Number.MAX_SAFE_INTEGER ? r[1] : -1;
      if (to !== -1 && to < from) err(`${from} should be less than ${to}`);
      if (inv) {
        d.from = to;
        d.to = from;
      } else {
        d.from = from;
        d.to = to;
      }
    } else if (o.id === 1) {
      if (!['original', 'reply', 'both'].includes(arg)) err(`Unknown --connbytes-dir \`${arg}'`);
      d.dir = arg;
    } else {
      if (!['packets', 'bytes', 'avgpkt'].includes(arg)) err(`Unknown --connbytes-mode \`${arg}'`);
      d.mode = arg;
    }
  },
  save: (d) => `${connbytesRange(d, '--')} --connbytes-mode ${d.mode} --connbytes-dir ${d.dir}`,
  print: (d) => `${connbytesRange(d, '')} connbytes mode ${d.mode} connbytes direction ${d.dir}`,
};

/** print_from_to() of libxt_connbytes.c; -1 stands for UINT64_MAX. */
function connbytesRange(d: XData, prefix: string): string {
  const big = (x: number) => (x === -1 ? Infinity : x);
  let from = d.from as number;
  let to = d.to as number;
  let s = '';
  if (big(from) > big(to)) {
    s += ' !';
    [from, to] = [to, from];
  }
  s += ` ${prefix}connbytes ${from}`;
  if (to && to !== -1 && to < Number.MAX_SAFE_INTEGER) s += `:${to}`;
  return s;
}

// ---- dscp match (libxt_dscp.c) ------------------------------------------------------------------------
// d: dscp, inv.

/** DSCP class names (libxt_dscp_helper.c): the dscp match and the DSCP target. */
export const DSCP_CLASSES: [string, number][] = [
  ['CS0', 0x00], ['CS1', 0x08], ['CS2', 0x10], ['CS3', 0x18], ['CS4', 0x20], ['CS5', 0x28], ['CS6', 0x30], ['CS7', 0x38], ['BE', 0x00],
  ['AF11', 0x0a], ['AF12', 0x0c], ['AF13', 0x0e], ['AF21', 0x12], ['AF22', 0x14], ['AF23', 0x16], ['AF31', 0x1a], ['AF32', 0x1c],
  ['AF33', 0x1e], ['AF41', 0x22], ['AF42', 0x24], ['AF43', 0x26], ['EF', 0x2e],
];

const DSCP: XExt = {
  name: 'dscp',
  opts: [
    { name: 'dscp', id: 0, type: 'u8', max: 63, invert: true, excl: [1] },
    { name: 'dscp-class', id: 1, type: 'string', invert: true, excl: [0] },
  ],
  init: () => ({ dscp: 0, inv: false }),
  parse(d, o, v, inv) {
    if (o.id === 0) d.dscp = v as number;
    else {
      const e = DSCP_CLASSES.find(([n]) => n.toLowerCase() === (v as string).toLowerCase());
      if (!e) err(`Invalid DSCP value \`${v}'`);
      d.dscp = e![1];
    }
    if (inv) d.inv = true;
  },
  final(d, seen) {
    if (!seen.size) err('DSCP match: Parameter --dscp is required');
  },
  save: (d) => `${d.inv ? ' !' : ''} --dscp 0x${(d.dscp as number).toString(16).padStart(2, '0')}`,
  print: (d) => ` DSCP match ${d.inv ? '!' : ''}0x${(d.dscp as number).toString(16).padStart(2, '0')}`,
};

// ---- NFQUEUE target (libxt_NFQUEUE.c, revision 3) ------------------------------------------------------
// d: num, total (queues), bypass, fanout.

const NFQUEUE: XExt = {
  name: 'NFQUEUE',
  opts: [
    { name: 'queue-num', id: 0, type: 'u16', excl: [1] },
    { name: 'queue-balance', id: 1, type: 'u16rc', max: 65534, excl: [0] },
    { name: 'queue-bypass', id: 2, type: 'none' },
    { name: 'queue-cpu-fanout', id: 3, type: 'none', also: [1] },
  ],
  init: () => ({ num: 0, total: 1, bypass: false, fanout: false }),
  parse(d, o, v, inv, f, arg) {
    if (o.id === 0) d.num = v as number;
    else if (o.id === 1) {
      const r = v as number[];
      if (r.length !== 2) err(`Bad range "${arg}"`);
      if (r[0] >= r[1]) err(`${r[0]} should be less than ${r[1]}`);
      d.num = r[0];
      d.total = r[1] - r[0] + 1;
    } else if (o.id === 2) d.bypass = true;
    else d.fanout = true;
  },
  save(d) {
    let s = (d.total as number) > 1 ? ` --queue-balance ${d.num}:${(d.num as number) + (d.total as number) - 1}` : ` --queue-num ${d.num}`;
    if (d.bypass) s += ' --queue-bypass';
    if (d.fanout) s += ' --queue-cpu-fanout';
    return s;
  },
  print(d) {
    let s = (d.total as number) > 1 ? ` NFQUEUE balance ${d.num}:${(d.num as number) + (d.total as number) - 1}` : ` NFQUEUE num ${d.num}`;
    if (d.bypass) s += ' bypass';
    if (d.fanout) s += ' cpu-fanout';
    return s;
  },
};

// ---- CHECKSUM target (libxt_CHECKSUM.c) -------------------------------------------------------------------

const CHECKSUM: XExt = {
  name: 'CHECKSUM',
  opts: [{ name: 'checksum-fill', id: 0, type: 'none', mand: true }],
  init: () => ({ fill: false }),
  parse(d) {
    d.fill = true;
  },
  save: (d) => (d.fill ? ' --checksum-fill' : ''),
  print: (d) => ` CHECKSUM${d.fill ? ' fill' : ''}`,
};

// ---- hashlimit (libxt_hashlimit.c, revision 3; packet rates) --------------------------------------------
// d: inv (above), avg (microseconds per packet), mult (seconds of the rate's
// unit), burst, mode (1 srcip, 2 srcport, 4 dstip, 8 dstport), name, size,
// max, gcinterval, expire (ms), srcmask, dstmask.

const HL_RATES: [string, number][] = [['day', 86400e6], ['hour', 3600e6], ['min', 60e6], ['sec', 1e6]];
const HL_MODES: [string, number][] = [['srcip', 1], ['srcport', 2], ['dstip', 4], ['dstport', 8]];

/** print_rate(): the rate text and the unit's length in ms (the default expiry). */
function hlRate(period: number): [string, number] {
  let i = 1;
  for (; i < HL_RATES.length; i++) {
    const m = HL_RATES[i][1];
    if (period > m || Math.floor(m / period) < m % period) break;
  }
  const [name, m] = HL_RATES[i - 1];
  return [`${Math.floor(m / period)}/${name}`, (m / 1e6) * 1000];
}

function hlMode(mode: number, sep: string): string {
  return HL_MODES.filter(([, b]) => mode & b).map(([n]) => n).join(sep);
}

const HASHLIMIT: XExt = {
  name: 'hashlimit',
  opts: [
    { name: 'hashlimit-upto', id: 0, type: 'string', invert: true, excl: [1] },
    { name: 'hashlimit-above', id: 1, type: 'string', invert: true, excl: [0] },
    { name: 'hashlimit', id: 0, type: 'string', invert: true, excl: [1] },
    { name: 'hashlimit-srcmask', id: 2, type: 'plen' },
    { name: 'hashlimit-dstmask', id: 3, type: 'plen' },
    { name: 'hashlimit-burst', id: 4, type: 'string' },
    { name: 'hashlimit-htable-size', id: 5, type: 'u32' },
    { name: 'hashlimit-htable-max', id: 6, type: 'u32' },
    { name: 'hashlimit-htable-gcinterval', id: 7, type: 'u32' },
    { name: 'hashlimit-htable-expire', id: 8, type: 'u32' },
    { name: 'hashlimit-mode', id: 9, type: 'string' },
    { name: 'hashlimit-name', id: 10, type: 'string', mand: true, min: 1 },
    { name: 'hashlimit-rate-match', id: 11, type: 'none' },
    { name: 'hashlimit-rate-interval', id: 12, type: 'string' },
  ],
  init: (f) => ({ inv: false, avg: 0, mult: 1, burst: 5, mode: 0, name: '', size: 0, max: 0, gcinterval: 1000, expire: 0, srcmask: f === 4 ? 32 : 128, dstmask: f === 4 ? 32 : 128 }),
  parse(d, o, v, inv, f, arg) {
    switch (o.id) {
      case 0:
      case 1: {
        d.inv = o.id === 1 ? !inv : inv;
        if (/^\d+[bkm]/.test(arg) && /b\//.test(arg)) throw new XtParamError(`iplab: hashlimit byte rates are not supported by iplab`);
        const m = /^([^/]*)(?:\/(.*))?$/.exec(arg)!;
        let mult = 1;
        const bad = () => err(`hashlimit: Bad value for "${o.id === 1 ? '--hashlimit-above' : '--hashlimit-upto'}" option: "${arg}"`);
        if (m[2] !== undefined) {
          const u = m[2].toLowerCase();
          const hit = ([['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400]] as [string, number][]).find(([n]) => u.length > 0 && n.startsWith(u));
          if (!hit) bad();
          mult = hit![1];
        }
        const r = parseInt(m[1], 10);
        if (!r || r < 0) bad();
        const avg = Math.floor((1e6 * mult) / r);
        if (avg === 0) err(`Rate too fast "${arg}"`);
        d.avg = avg;
        d.mult = mult;
        return;
      }
      case 2:
        d.srcmask = v as number;
        return;
      case 3:
        d.dstmask = v as number;
        return;
      case 4: {
        const n = /^([0-9]+)$/.exec(arg);
        if (!n || Number(n[1]) < 1 || Number(n[1]) > 1000000) err('bad value for option "--hashlimit-burst", or out of range (1-1000000).');
        d.burst = Number(n![1]);
        return;
      }
      case 5: d.size = v as number; return;
      case 6: d.max = v as number; return;
      case 7: d.gcinterval = v as number; return;
      case 8: d.expire = v as number; return;
      case 9: {
        let mode = d.mode as number;
        for (const tok of arg.split(/[,|]/).filter((x) => x)) {
          const e = HL_MODES.find(([n]) => n === tok);
          if (!e) err(`hashlimit: Bad value for "--hashlimit-mode" option: "${arg}"`);
          mode |= e![1];
        }
        d.mode = mode;
        return;
      }
      case 10:
        if (arg.length > 254) err('hashlimit: option "--hashlimit-name" must be shorter than 255 characters.\n');
        d.name = arg;
        return;
      default:
        throw new XtParamError('iplab: hashlimit --hashlimit-rate-match/--hashlimit-rate-interval are not supported by iplab');
    }
  },
  final(d, seen) {
    if (!seen.has(0) && !seen.has(1)) err('You have to specify --hashlimit');
    if (!seen.has(8)) d.expire = (d.mult as number) * 1000;
  },
  save(d, f) {
    const [rate, quantum] = hlRate(d.avg as number);
    let s = `${d.inv ? ' --hashlimit-above' : ' --hashlimit-upto'} ${rate} --hashlimit-burst ${d.burst}`;
    if (d.mode) s += ` --hashlimit-mode ${hlMode(d.mode as number, ',')}`;
    s += ` --hashlimit-name ${d.name}`;
    if (d.size) s += ` --hashlimit-htable-size ${d.size}`;
    if (d.max) s += ` --hashlimit-htable-max ${d.max}`;
    if (d.gcinterval !== 1000) s += ` --hashlimit-htable-gcinterval ${d.gcinterval}`;
    if (d.expire !== quantum) s += ` --hashlimit-htable-expire ${d.expire}`;
    const dm = f === 4 ? 32 : 128;
    if (d.srcmask !== dm) s += ` --hashlimit-srcmask ${d.srcmask}`;
    if (d.dstmask !== dm) s += ` --hashlimit-dstmask ${d.dstmask}`;
    return s;
  },
  print(d, f) {
    const [rate, quantum] = hlRate(d.avg as number);
    let s = `${d.inv ? ' limit: above' : ' limit: up to'} ${rate} burst ${d.burst}`;
    if (d.mode) s += ` mode ${hlMode(d.mode as number, '-')}`;
    if (d.size) s += ` htable-size ${d.size}`;
    if (d.max) s += ` htable-max ${d.max}`;
    if (d.gcinterval !== 1000) s += ` htable-gcinterval ${d.gcinterval}`;
    if (d.expire !== quantum) s += ` htable-expire ${d.expire}`;
    const dm = f === 4 ? 32 : 128;
    if (d.srcmask !== dm) s += ` srcmask ${d.srcmask}`;
    if (d.dstmask !== dm) s += ` dstmask ${d.dstmask}`;
    return s;
  },
};

// ---- string (libxt_string.c, revision 1) ----------------------------------------------------------------
// d: pattern (the bytes as hex), algo, from, to, inv, icase.

const hexOf = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
const bytesOf = (hex: string) => (hex.match(/../g) ?? []).map((h) => parseInt(h, 16));

/** parse_hex_string(): text with |hex| blocks and \ literals. */
function parseHexString(s: string): number[] {
  if (s.length === 0) err('STRING must contain at least one char');
  const out: number[] = [];
  let i = 0;
  let hex = false;
  let literal = false;
  while (i < s.length) {
    if (out.length >= 128) err(`STRING too long "${s}"`);
    if (s[i] === '\\' && !hex) literal = true;
    else if (s[i] === '\\') err('Cannot include literals in hex data');
    else if (s[i] === '|') {
      if (hex) hex = false;
      else {
        hex = true;
        while (s[i + 1] === ' ') i++;
      }
      if (i + 1 >= s.length) break;
      i++;
    }
    if (literal) {
      if (i + 1 >= s.length) err('Bad literal placement at end of string');
      out.push(s.charCodeAt(i + 1) & 255);
      i += 2;
      literal = false;
    } else if (hex) {
      if (i + 1 >= s.length) err('Odd number of hex digits');
      if (i + 2 >= s.length) err('Invalid hex block');
      if (!/[0-9a-fA-F]/.test(s[i])) err(`Invalid hex char '${s[i]}'`);
      if (!/[0-9a-fA-F]/.test(s[i + 1])) err(`Invalid hex char '${s[i + 1]}'`);
      out.push(parseInt(s.slice(i, i + 2), 16));
      i += s[i + 2] === ' ' ? 3 : 2;
    } else {
      out.push(s.charCodeAt(i) & 255);
      i++;
    }
  }
  return out;
}

/** is_hex_string()/print_hex_string()/print_string() */
function stringText(hex: string): { hexForm: boolean; text: string } {
  const b = bytesOf(hex);
  const nonPrint = b.some((c) => c < 0x20 || c > 0x7e) || b[b.length - 1] === 0x5c;
  if (nonPrint) return { hexForm: true, text: ` "|${hex}|"` };
  return { hexForm: false, text: ` "${b.map((c) => (c === 0x22 || c === 0x5c ? '\\' : '') + String.fromCharCode(c)).join('')}"` };
}

const STRING: XExt = {
  name: 'string',
  opts: [
    { name: 'from', id: 0, type: 'u16' },
    { name: 'to', id: 1, type: 'u16' },
    { name: 'algo', id: 2, type: 'string', mand: true },
    { name: 'string', id: 3, type: 'string', invert: true, excl: [4] },
    { name: 'hex-string', id: 4, type: 'string', invert: true, excl: [3] },
    { name: 'icase', id: 5, type: 'none' },
  ],
  init: () => ({ pattern: '', algo: '', from: 0, to: 65535, inv: false, icase: false }),
  parse(d, o, v, inv, f, arg) {
    switch (o.id) {
      case 0: d.from = v as number; return;
      case 1: d.to = v as number; return;
      case 2:
        if (arg.length > 15) err('string: option "--algo" must be shorter than 16 characters.\n');
        d.algo = arg;
        return;
      case 3:
        if (arg.length > 128) err(`STRING too long "${arg}"`);
        d.pattern = hexOf([...Buffer.from(arg, 'utf8')]);
        if (inv) d.inv = true;
        return;
      case 4:
        d.pattern = hexOf(parseHexString(arg));
        if (inv) d.inv = true;
        return;
      default:
        d.icase = true;
    }
  },
  final(d, seen) {
    if (!seen.has(3) && !seen.has(4)) err("STRING match: You must specify `--string' or `--hex-string'");
  },
  save(d) {
    const t = stringText(d.pattern as string);
    let s = `${d.inv ? ' !' : ''} --${t.hexForm ? 'hex-string' : 'string'}${t.text} --algo ${d.algo}`;
    if (d.from) s += ` --from ${d.from}`;
    if (d.to !== 65535) s += ` --to ${d.to}`;
    if (d.icase) s += ' --icase';
    return s;
  },
  print(d) {
    const t = stringText(d.pattern as string);
    let s = ` STRING match ${d.inv ? '!' : ''}${t.text} ALGO name ${d.algo}`;
    if (d.from) s += ` FROM ${d.from}`;
    if (d.to !== 65535) s += ` TO ${d.to}`;
    if (d.icase) s += ' ICASE';
    return s;
  },
};

// ---- time (libxt_time.c) -------------------------------------------------------------------------------
// d: datestart/datestop (seconds since the epoch, UTC; stop 2147483647 when
// unset), timestart/timestop (seconds of the day), weekdays/monthdays (bit
// masks, bit i for day i), kerneltz, contiguous.

const WEEK_DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const ALL_MONTHDAYS = 0xfffffffe;
const ALL_WEEKDAYS = 0xfe;
const MAX_DAYTIME = 24 * 60 * 60 - 1;
const INT_MAX = 2147483647;

/** strtoul(s, &e, base): the number and the rest (C semantics, no digits -> 0). */
function strtoulC(s: string, base = 10): { v: number; rest: string } {
  const m = base === 0 ? /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s) : /^\s*\+?([0-9]+)/.exec(s);
  if (!m) return { v: 0, rest: s };
  const d = m[1];
  const v = base === 0 && /^0[xX]/.test(d) ? parseInt(d.slice(2), 16) : base === 0 && d.length > 1 && d[0] === '0' ? parseInt(d, 8) : Number(d);
  return { v, rest: s.slice(m[0].length) };
}

/** my_strseg(): comma-separated pieces cut to buflen - 1 characters. */
function segments(arg: string, buflen: number): string[] {
  return arg === '' ? [] : arg.split(',').map((x) => x.slice(0, buflen - 1));
}

function parseDate(os: string): number {
  const bad = () => err(`Invalid date "${os}" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]`);
  const parts = [1970, 1, 1, 0, 0, 0];
  const seps = ['-', '-', 'T', ':', ':', ''];
  const lim = [2038, 12, 31, 23, 59, 59];
  let s = os;
  for (let k = 0; k < 6; k++) {
    const { v, rest } = strtoulC(s);
    if ((rest[0] !== seps[k] || seps[k] === '') && rest !== '') bad();
    if (k === 0 && (v < 1970 || v > 2038)) bad();
    if (k > 0 && v > lim[k]) bad();
    parts[k] = v;
    if (rest === '') break;
    s = rest.slice(1);
  }
  // mktime() in UTC normalises out-of-range days (Feb 31 -> Mar 3).
  const t = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]) / 1000;
  return t;
}

function parseMinutes(os: string): number {
  let s = os;
  const bad = () => err(`invalid time "${s}" specified, should be hh:mm[:ss] format and within the boundaries`);
  const h = strtoulC(s);
  if (h.rest[0] !== ':' || h.v > 23) bad();
  s = h.rest.slice(1);
  const m = strtoulC(s);
  if ((m.rest[0] !== ':' && m.rest !== '') || m.v > 59) bad();
  if (m.rest === '') return 3600 * h.v + 60 * m.v;
  s = m.rest.slice(1);
  const sec = strtoulC(s);
  if (sec.rest !== '' || sec.v > 59) bad();
  return 3600 * h.v + 60 * m.v + sec.v;
}

const two = (n: number) => String(n).padStart(2, '0');
const hms = (t: number) => `${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}`;
function dateText(t: number, sep: string): string {
  const d = new Date(t * 1000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}${sep}${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
function monthdaysText(mask: number, human: boolean): string {
  const out: string[] = [];
  for (let i = 1; i <= 31; i++) if ((mask >>> i) & 1) out.push(`${i}${human ? (['th', 'st', 'nd', 'rd'][i % 10] ?? 'th') : ''}`);
  return ` ${out.join(',')}`;
}
function weekdaysText(mask: number): string {
  const out: string[] = [];
  for (let i = 1; i <= 7; i++) if ((mask >>> i) & 1) out.push(WEEK_DAYS[i]);
  return ` ${out.join(',')}`;
}

const TIME: XExt = {
  name: 'time',
  opts: [
    { name: 'datestart', id: 0, type: 'string' },
    { name: 'datestop', id: 1, type: 'string' },
    { name: 'timestart', id: 2, type: 'string' },
    { name: 'timestop', id: 3, type: 'string' },
    { name: 'contiguous', id: 4, type: 'none' },
    { name: 'weekdays', id: 5, type: 'string', invert: true },
    { name: 'monthdays', id: 6, type: 'string', invert: true },
    { name: 'localtz', id: 7, type: 'none', excl: [8] },
    { name: 'utc', id: 8, type: 'none', excl: [7, 9] },
    { name: 'kerneltz', id: 9, type: 'none', excl: [8] },
  ],
  init: () => ({ datestart: 0, datestop: INT_MAX, timestart: 0, timestop: MAX_DAYTIME, weekdays: ALL_WEEKDAYS, monthdays: ALL_MONTHDAYS, kerneltz: false, contiguous: false }),
  parse(d, o, v, inv, f, arg) {
    switch (o.id) {
      case 0: d.datestart = parseDate(arg); return;
      case 1: d.datestop = parseDate(arg); return;
      case 2: d.timestart = parseMinutes(arg); return;
      case 3: d.timestop = parseMinutes(arg); return;
      case 4: d.contiguous = true; return;
      case 5: {
        let mask = 0;
        for (const day of segments(arg, 4)) {
          const n = strtoulC(day, 0);
          if (n.rest === '' && day !== '') {
            if (n.v === 0) err('No, the week does NOT begin with Sunday.');
            mask |= 1 << n.v;
            continue;
          }
          let ok = false;
          for (let i = 1; i < WEEK_DAYS.length; i++) if (day.slice(0, 2) === WEEK_DAYS[i].slice(0, 2)) (mask |= 1 << i), (ok = true);
          if (!ok) err(`${day} is not a valid day specifier`);
        }
        d.weekdays = inv ? (mask ^ ALL_WEEKDAYS) >>> 0 : mask >>> 0;
        return;
      }
      case 6: {
        let mask = 0;
        for (const day of segments(arg, 3)) {
          const n = strtoulC(day, 0);
          if ((n.rest !== '' && n.rest[0] !== ',') || n.v > 31) err(`${day} is not a valid day for --monthdays`);
          mask |= 1 << n.v;
        }
        d.monthdays = inv ? (mask ^ ALL_MONTHDAYS) >>> 0 : mask >>> 0;
        return;
      }
      case 7:
        throw new XtParamError('iplab: time --localtz is not supported by iplab (use --kerneltz)');
      case 9:
        d.kerneltz = true;
        return;
      default:
        return;
    }
  },
  final(d) {
    if (d.contiguous && (d.timestart as number) < (d.timestop as number)) err('time: --contiguous only makes sense when stoptime is smaller than starttime');
  },
  save(d) {
    let s = '';
    if (d.timestart !== 0 || d.timestop !== MAX_DAYTIME) s += ` --timestart ${hms(d.timestart as number)} --timestop ${hms(d.timestop as number)}`;
    if (d.monthdays !== ALL_MONTHDAYS) s += ` --monthdays${monthdaysText(d.monthdays as number, false)}`;
    if (d.weekdays !== ALL_WEEKDAYS) s += ` --weekdays${weekdaysText(d.weekdays as number)}`;
    if (d.datestart !== 0) s += ` --datestart ${dateText(d.datestart as number, 'T')}`;
    if (d.datestop !== 0) s += ` --datestop ${dateText(d.datestop as number, 'T')}`;
    if (d.kerneltz) s += ' --kerneltz';
    if (d.contiguous) s += ' --contiguous';
    return s;
  },
  print(d) {
    let s = ' TIME';
    if (d.timestart !== 0 || d.timestop !== MAX_DAYTIME) s += ` from ${hms(d.timestart as number)} to ${hms(d.timestop as number)}`;
    if (d.weekdays !== ALL_WEEKDAYS) s += ` on${weekdaysText(d.weekdays as number)}`;
    if (d.monthdays !== ALL_MONTHDAYS) s += ` on${monthdaysText(d.monthdays as number, true)}`;
    if (d.datestart !== 0) s += ` starting from ${dateText(d.datestart as number, ' ')}`;
    if (d.datestop !== INT_MAX) s += ` until date ${dateText(d.datestop as number, ' ')}`;
    if (!d.kerneltz) s += ' UTC';
    if (d.contiguous) s += ' contiguous';
    return s;
  },
};

export const X_MATCHES: Record<string, XExt> = { time: TIME, string: STRING, hashlimit: HASHLIMIT, recent: RECENT, connlimit: CONNLIMIT, rpfilter: RPFILTER, helper: HELPER, quota: QUOTA, connbytes: CONNBYTES, dscp: DSCP };
export const X_TARGETS: Record<string, XExt> = { NFQUEUE, CHECKSUM };

/** xtables_save_string() */
function saveString(s: string): string {
  if (/^[-_0-9a-zA-Z]+$/.test(s)) return ` ${s}`.slice(1);
  return `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

