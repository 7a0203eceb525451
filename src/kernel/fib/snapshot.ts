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
import { FibTable, type LazyColumns, lazyIndex } from './table';
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
  if (a.type !== b.type || a.scope !== b.scope || a.protocol !== b.protocol || a.tos !== b.tos || a.priority !== b.priority || a.pref !== b.pref || a.expires !== b.expires || a.rtfHost !== b.rtfHost || a.nhid !== b.nhid) return false;
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

/** A table's routes as the snapshot keeps them: IPv4 as columns in dump
 * order (address, length, index into the distinct template texts), IPv6 as
 * lines. Computed once per table version: the YAML and the cache of one save
 * share it, and an unchanged table is not walked again. */
export interface TableColumns {
  n: number;
  addr: Uint32Array;
  len: Uint8Array;
  tpl: Uint8Array | Uint16Array | Uint32Array;
  templates: string[];
  v6: string[];
}

const columnsMemo = new WeakMap<FibTable, { version: number; cols: TableColumns }>();

export function tableColumns(t: FibTable): TableColumns {
  const lazy = t.lazyColumns();
  const changes = lazy && t.lazyChanges();
  if (lazy && !changes) return lazy;
  const m = columnsMemo.get(t);
  if (m && m.version === t.version) return m.cols;
  if (lazy && changes) {
    const cols = mergeColumns(lazy, changes.gone, changes.delta ? tableColumns(changes.delta) : null, changes.v6Moved);
    columnsMemo.set(t, { version: t.version, cols });
    return cols;
  }
  const ids = t.sortedIds4();
  const index = new Map<string, number>();
  const templates: string[] = [];
  let lastS = '';
  let lastK = -1;
  const tplIndex = (r: Route): number => {
    const s = routeTemplate(r);
    let k = s === lastS ? lastK : index.get(s);
    if (k === undefined) {
      k = templates.length;
      templates.push(s);
      index.set(s, k);
    }
    lastS = s;
    lastK = k;
    return k;
  };
  // Templates of one-route prefixes first, in id order (the order the route
  // objects were made in, so memory is read in sequence), then the columns
  // in dump order.
  const limit = t.idLimit4;
  const byId = new Int32Array(limit).fill(-1);
  let n = 0;
  for (let id = 1; id < limit; id++) {
    const rs = t.routesOfId4(id);
    if (!rs) continue;
    n += rs.length;
    if (rs.length === 1) byId[id] = tplIndex(rs[0]);
  }
  const addr = new Uint32Array(n);
  const len = new Uint8Array(n);
  const tpl = new Uint32Array(n);
  const A = t.addr4;
  const L = t.len4;
  let i = 0;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j];
    const k = byId[id];
    if (k >= 0) {
      addr[i] = A[id];
      len[i] = L[id];
      tpl[i++] = k;
      continue;
    }
    const rs = t.routesOfId4(id)!;
    for (let x = 0; x < rs.length; x++) {
      addr[i] = A[id];
      len[i] = L[id];
      tpl[i++] = tplIndex(rs[x]);
    }
  }
  const narrow = templates.length <= 256 ? Uint8Array.from(tpl) : templates.length <= 65536 ? Uint16Array.from(tpl) : tpl;
  const cols: TableColumns = { n, addr, len, tpl: narrow, templates, v6: t.list(6).map(encodeRoute) };
  columnsMemo.set(t, { version: t.version, cols });
  return cols;
}

/** The columns of a lazy table with changes: its own entries not moved out
 * (gone) and the delta's, merged in dump order (address ascending, longer
 * prefixes first; a prefix is in one of the two only). */
function mergeColumns(base: TableColumns, gone: Uint8Array | null, delta: TableColumns | null, v6Moved: boolean): TableColumns {
  const dn = delta ? delta.n : 0;
  let n = dn;
  for (let i = 0; i < base.n; i++) if (!(gone && gone[i])) n++;
  const addr = new Uint32Array(n);
  const len = new Uint8Array(n);
  const tpl = new Uint32Array(n);
  const shift = base.templates.length;
  const BA = base.addr;
  const BL = base.len;
  let i = 0;
  let j = 0;
  for (let o = 0; o < n; o++) {
    while (i < base.n && gone && gone[i]) i++;
    const takeBase = i < base.n && (j >= dn || BA[i] < delta!.addr[j] || (BA[i] === delta!.addr[j] && BL[i] > delta!.len[j]));
    if (takeBase) {
      addr[o] = BA[i];
      len[o] = BL[i];
      tpl[o] = base.tpl[i++];
    } else {
      addr[o] = delta!.addr[j];
      len[o] = delta!.len[j];
      tpl[o] = shift + delta!.tpl[j++];
    }
  }
  const templates = delta ? base.templates.concat(delta.templates) : base.templates;
  const narrow = templates.length <= 256 ? Uint8Array.from(tpl) : templates.length <= 65536 ? Uint16Array.from(tpl) : tpl;
  return { n, addr, len, tpl: narrow, templates, v6: v6Moved ? (delta ? delta.v6 : []) : base.v6 };
}

/** All routes as YAML lines, tables in creation order, each in dump order. */
export function fibToLines(fib: Fib): string[] {
  const out: string[] = [];
  for (const t of tablesInCreationOrder(fib)) {
    const c = tableColumns(t);
    const head = `4 ${t.id} `;
    for (let i = 0; i < c.n; i++) out.push(`${head}${formatIp4(c.addr[i])}/${c.len[i]} ${c.templates[c.tpl[i]]}`);
    for (const l of c.v6) out.push(l);
  }
  return out;
}

/** Decimal digits of 0..255 (up to 3 bytes, count in the 4th). */
const OCTETS = (() => {
  const o = new Uint8Array(256 * 4);
  for (let v = 0; v < 256; v++) {
    const d = String(v);
    for (let k = 0; k < d.length; k++) o[v * 4 + k] = d.charCodeAt(k);
    o[v * 4 + 3] = d.length;
  }
  return o;
})();

/** The same lines as fibToLines, written as the items of a YAML block
 * sequence at indent (each a double-quoted scalar, as yaml-emit writes a
 * string that starts with a digit), straight from the columns into one
 * buffer: a million routes in tens of milliseconds. '' when there are none. */
export function fibToYamlSeq(fib: Fib, indent: string): string {
  const parts: string[] = [];
  for (const t of tablesInCreationOrder(fib)) {
    const c = tableColumns(t);
    if (c.n) {
      const pre = Buffer.from(`${indent}- "4 ${t.id} `, 'latin1');
      const tq = c.templates.map((x) => Buffer.from(` ${JSON.stringify(x).slice(1, -1)}"\n`, 'utf8'));
      let size = 0;
      const tl = tq.map((b) => b.length);
      for (let i = 0; i < c.n; i++) size += tl[c.tpl[i]];
      size += c.n * (pre.length + 18);
      const buf = Buffer.allocUnsafe(size);
      let p = 0;
      const A = c.addr;
      const L = c.len;
      const T = c.tpl;
      for (let i = 0; i < c.n; i++) {
        p += pre.copy(buf, p);
        const a = A[i];
        for (let sh = 24; sh >= 0; sh -= 8) {
          const o = ((a >>> sh) & 255) * 4;
          const nd = OCTETS[o + 3];
          for (let k = 0; k < nd; k++) buf[p++] = OCTETS[o + k];
          buf[p++] = sh ? 46 : 47; // '.' or '/'
        }
        const l = L[i];
        if (l >= 10) buf[p++] = 48 + ((l / 10) | 0);
        buf[p++] = 48 + (l % 10);
        p += tq[T[i]].copy(buf, p);
      }
      parts.push(buf.toString('utf8', 0, p - 1));
    }
    if (c.v6.length) parts.push(c.v6.map((l) => `${indent}- ${JSON.stringify(l)}`).join('\n'));
  }
  return parts.join('\n');
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

/** A table in the cache: its columns (typed arrays: the cache writer in
 * state/store.ts keeps them as binary). */
export interface FibCacheTable extends TableColumns {
  id: number;
  /** The lazy lookup index of the columns (table.ts lazyIndex()). */
  parent?: Int32Array;
  block?: Int32Array;
}

/** Tables this big keep their lookup index in the cache (smaller ones make it in well under a millisecond). */
const INDEX_MIN = 65536;

const indexMemo = new WeakMap<TableColumns, { parent: Int32Array; block: Int32Array }>();

/** The lazy index of a table's columns: the one it was restored with, else made (once per columns). */
function indexOf(c: TableColumns & { parent?: Int32Array; block?: Int32Array }): { parent: Int32Array; block: Int32Array } {
  if (c.parent && c.block) return { parent: c.parent, block: c.block };
  let idx = indexMemo.get(c);
  if (!idx) {
    idx = lazyIndex(c.addr, c.len, c.n);
    indexMemo.set(c, idx);
  }
  return idx;
}

export interface FibCache {
  tables: FibCacheTable[];
}

export function fibToCache(fib: Fib): FibCache {
  return {
    tables: tablesInCreationOrder(fib).map((t) => {
      const c = tableColumns(t);
      return { id: t.id, n: c.n, addr: c.addr, len: c.len, tpl: c.tpl, templates: c.templates, v6: c.v6, ...(c.n >= INDEX_MIN ? indexOf(c) : {}) };
    }),
  };
}

/** Restores from the cache: tables become lazy (no route objects yet). */
export function fibFromCache(fib: Fib, c: FibCache): void {
  for (const ct of c.tables) {
    const t = fib.table(ct.id, true)!;
    if (ct.n) fib.touch(ct.id, 4);
    if (ct.v6.length) fib.touch(ct.id, 6);
    const cols: LazyColumns = { n: ct.n, addr: ct.addr, len: ct.len, tpl: ct.tpl, templates: ct.templates, v6: ct.v6, table: ct.id, parent: ct.parent, block: ct.block };
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
