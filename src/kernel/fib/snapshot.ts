// The FIB in the state file and in its cache (performance.md: a big table
// must load in milliseconds).
//
// YAML: one line per route (codec.ts): "<family> <table> <dst>/<len> <rest>".
// Most routes of a big table share <rest> (type, scope, protocol, next hops),
// so it is parsed once per distinct text ("template") on load and built once
// per route object on save.
//
// Cache (JSON next to the YAML, keyed by its identity): per table, the IPv4
// routes as columns — addresses (Uint32), lengths (Uint8), template indexes
// (Uint32), base64 — in dump order, plus the template texts and the IPv6
// lines. Loading it creates no route objects: the table stays "lazy"
// (table.ts) until something other than an IPv4 lookup touches it.

import type { Fib } from './table';
import { FibTable, type LazyColumns } from './table';
import type { Route } from './route';
import { decodeRoute, encodeRoute } from './codec';
import { decodeRule, defaultRules, encodeRule } from './rules';
import { formatIp4, parseIp } from '../../net/ip';

/** The text after "<family> <table> <dst>/<len> " of a route's line. Routes
 * of a big table mostly share it, so the previous answer is reused when the
 * route has the same attributes (a few comparisons instead of a string). */
let lastRoute: Route | null = null;
let lastTemplate = '';

function sameAddr(a?: Route['dst'], b?: Route['dst']): boolean {
  return a === b || (!!a && !!b && a.f === b.f && a.v === b.v);
}

function sameAttrs(a: Route, b: Route): boolean {
  if (a.type !== b.type || a.scope !== b.scope || a.protocol !== b.protocol || a.tos !== b.tos || a.priority !== b.priority || a.pref !== b.pref || a.expires !== b.expires) return false;
  if (!sameAddr(a.prefsrc, b.prefsrc)) return false;
  if (a.metrics !== b.metrics && (a.metrics || b.metrics)) {
    if (!a.metrics || !b.metrics) return false;
    const ka = Object.keys(a.metrics);
    if (ka.length !== Object.keys(b.metrics).length || ka.some((k) => a.metrics![k] !== b.metrics![k])) return false;
  }
  const x = a.nexthops;
  const y = b.nexthops;
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i].dev !== y[i].dev || x[i].weight !== y[i].weight || !!x[i].onlink !== !!y[i].onlink || !sameAddr(x[i].gateway, y[i].gateway)) return false;
  }
  return true;
}

export function routeTemplate(r: Route): string {
  if (lastRoute && sameAttrs(r, lastRoute)) return lastTemplate;
  const line = encodeRoute(r);
  lastTemplate = line.slice(nthSpace(line, 3) + 1);
  lastRoute = r;
  return lastTemplate;
}

function nthSpace(s: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = s.indexOf(' ', i + 1);
    if (i < 0) return s.length;
  }
  return i;
}

function tablesInCreationOrder(fib: Fib): FibTable[] {
  return [...fib.tables.values()].sort((a, b) => a.created - b.created);
}

/** All routes as YAML lines, tables in creation order, each in dump order. */
export function fibToLines(fib: Fib): string[] {
  const out: string[] = [];
  for (const t of tablesInCreationOrder(fib)) {
    const lazy = t.lazyColumns();
    if (lazy) {
      const head = `4 ${t.id} `;
      for (let i = 0; i < lazy.n; i++) out.push(`${head}${formatIp4(lazy.addr[i])}/${lazy.len[i]} ${lazy.templates[lazy.tpl[i]]}`);
      for (const l of lazy.v6) out.push(l);
      continue;
    }
    for (const r of t.list(4)) out.push(`4 ${t.id} ${formatIp4(r.dst.v as number)}/${r.dstLen} ${routeTemplate(r)}`);
    for (const r of t.list(6)) out.push(encodeRoute(r));
  }
  return out;
}

/** Parses one template once; routes made from it share next hops and metrics
 * (routes in the FIB are values: replaced, never changed in place). */
class TemplateCache {
  private m = new Map<string, Omit<Route, 'seq'>>();
  proto(tpl: string, family: 4 | 6, table: number): Omit<Route, 'seq'> {
    const key = `${family} ${table} ${tpl}`;
    let p = this.m.get(key);
    if (!p) {
      p = decodeRoute(`${family} ${table} ${family === 4 ? '0.0.0.0/0' : '::/0'} ${tpl}`);
      this.m.set(key, p);
    }
    return p;
  }
}

/** Adds routes from YAML lines; onError(i, message) for a bad line. */
export function fibFromLines(fib: Fib, lines: string[], onError: (i: number, msg: string) => never): void {
  const cache = new TemplateCache();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    try {
      if (typeof line !== 'string') throw new Error('expected a string');
      const s3 = nthSpace(line, 3);
      const head = line.slice(0, s3).split(' ');
      if (head.length !== 3 || (head[0] !== '4' && head[0] !== '6')) throw new Error('too few fields');
      const tpl = line.slice(s3 + 1);
      const family = head[0] === '4' ? 4 : 6;
      const table = Number(head[1]);
      if (!Number.isInteger(table) || table < 0) throw new Error(`bad table ${head[1]}`);
      const proto = cache.proto(tpl, family, table);
      const slash = head[2].indexOf('/');
      const dst = slash > 0 ? parseIp(head[2].slice(0, slash)) : null;
      const dstLen = Number(head[2].slice(slash + 1));
      if (!dst || dst.f !== family || !Number.isInteger(dstLen) || dstLen < 0 || dstLen > (family === 4 ? 32 : 128)) throw new Error(`bad destination ${head[2]}`);
      fib.add({ ...proto, dst, dstLen });
    } catch (e) {
      onError(i, (e as Error).message);
    }
  }
}

// ---- cache ---------------------------------------------------------------------

export interface FibCacheTable {
  id: number;
  /** IPv4 routes in dump order. */
  addr: string;
  len: string;
  tpl: string;
  /** Bytes per template index: 1, 2 or 4. */
  tplWidth?: number;
  n: number;
  templates: string[];
  v6: string[];
}

export interface FibCache {
  tables: FibCacheTable[];
}

const b64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromB64<T>(s: string, make: (buf: ArrayBuffer, off: number, n: number) => T, bytes: number): T {
  const b = Buffer.from(s, 'base64');
  // Copy into an aligned buffer of our own.
  const ab = new ArrayBuffer(b.length);
  new Uint8Array(ab).set(b);
  return make(ab, 0, b.length / bytes);
}

export function fibToCache(fib: Fib): FibCache {
  const tables: FibCacheTable[] = [];
  for (const t of tablesInCreationOrder(fib)) {
    const lazy = t.lazyColumns();
    if (lazy) {
      tables.push({ id: t.id, addr: b64(lazy.addr), len: b64(lazy.len), tpl: b64(lazy.tpl), tplWidth: lazy.tpl.BYTES_PER_ELEMENT, n: lazy.n, templates: lazy.templates, v6: lazy.v6 });
      continue;
    }
    const v4 = t.list(4);
    const addr = new Uint32Array(v4.length);
    const len = new Uint8Array(v4.length);
    const tpl = new Uint32Array(v4.length);
    const index = new Map<string, number>();
    const templates: string[] = [];
    let lastS = '';
    let lastK: number | undefined;
    for (let i = 0; i < v4.length; i++) {
      const r = v4[i];
      addr[i] = r.dst.v as number;
      len[i] = r.dstLen;
      const s = routeTemplate(r);
      let k = s === lastS ? lastK : index.get(s);
      lastS = s;
      if (k === undefined) {
        k = templates.length;
        templates.push(s);
        index.set(s, k);
      }
      tpl[i] = k;
      lastK = k;
    }
    const width = templates.length <= 256 ? 1 : templates.length <= 65536 ? 2 : 4;
    const narrow = width === 1 ? Uint8Array.from(tpl) : width === 2 ? Uint16Array.from(tpl) : tpl;
    tables.push({ id: t.id, addr: b64(addr), len: b64(len), tpl: b64(narrow), tplWidth: width, n: v4.length, templates, v6: t.list(6).map(encodeRoute) });
  }
  return { tables };
}

/** Restores from the cache: tables become lazy (no route objects yet). */
export function fibFromCache(fib: Fib, c: FibCache): void {
  for (const ct of c.tables) {
    const t = fib.table(ct.id, true)!;
    if (ct.n) fib.touch(ct.id, 4);
    if (ct.v6.length) fib.touch(ct.id, 6);
    const cols: LazyColumns = {
      n: ct.n,
      addr: fromB64(ct.addr, (b, o, n) => new Uint32Array(b, o, n), 4),
      len: fromB64(ct.len, (b, o, n) => new Uint8Array(b, o, n), 1),
      tpl: ct.tplWidth === 1 ? fromB64(ct.tpl, (b, o, n) => new Uint8Array(b, o, n), 1) : ct.tplWidth === 2 ? fromB64(ct.tpl, (b, o, n) => new Uint16Array(b, o, n), 2) : fromB64(ct.tpl, (b, o, n) => new Uint32Array(b, o, n), 4),
      templates: ct.templates,
      v6: ct.v6,
      table: ct.id,
    };
    t.setLazy(cols, (tpl: string, family: 4 | 6) => templateCache.proto(tpl, family, ct.id), (line: string) => decodeRoute(line));
  }
}

const templateCache = new TemplateCache();

// ---- rules -------------------------------------------------------------------------

/** The rule lists as lines, or undefined while they are the defaults. */
export function rulesToLines(fib: Fib): string[] | undefined {
  const d4 = defaultRules(4).map((r) => encodeRule(4, r));
  const d6 = defaultRules(6).map((r) => encodeRule(6, r));
  const l4 = fib.rules4.map((r) => encodeRule(4, r));
  const l6 = fib.rules6.map((r) => encodeRule(6, r));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!fib.customRules4 && !fib.l3mdevRulesAdded && same(l4, d4) && same(l6, d6)) return undefined;
  return [...(fib.customRules4 ? ['custom4'] : []), ...(fib.l3mdevRulesAdded ? ['l3mdev-rules-added'] : []), ...l4, ...l6];
}

export function rulesFromLines(fib: Fib, lines: string[]): void {
  fib.rules4 = [];
  fib.rules6 = [];
  for (const line of lines) {
    if (line === 'custom4') {
      fib.customRules4 = true;
      continue;
    }
    if (line === 'l3mdev-rules-added') {
      fib.l3mdevRulesAdded = true;
      continue;
    }
    const { family, rule } = decodeRule(line);
    (family === 4 ? fib.rules4 : fib.rules6).push(rule);
  }
}

// ---- which tables exist per family (a dump of a missing one fails) ---------------

export function tablesToLines(fib: Fib): string[] {
  const out: [number, string][] = [];
  for (const t of fib.tables.values()) {
    if (t.created4) out.push([t.created4, `4 ${t.id}`]);
    if (t.created6) out.push([t.created6, `6 ${t.id}`]);
  }
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

export function tablesFromLines(fib: Fib, lines: string[]): void {
  for (const line of lines) {
    const m = /^([46]) ([0-9]+)$/.exec(line);
    if (!m) throw new Error(`bad table line "${line}"`);
    fib.touch(Number(m[2]), m[1] === '4' ? 4 : 6);
  }
}
