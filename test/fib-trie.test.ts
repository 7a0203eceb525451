// The IPv4 lookup index against a naive longest-prefix match, through random
// inserts and deletes (fast-check), and the lazy (cache-restored) table
// against the ordinary one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Fib, FibTable } from '../src/kernel/fib/table';
import { Trie4 } from '../src/kernel/fib/trie4';
import { makeRoute, type Route } from '../src/kernel/fib/route';
import { fibFromCache, fibToCache, fibToLines, fibFromLines } from '../src/kernel/fib/snapshot';
import { tableLookup4, fibAlias, type FibResult } from '../src/kernel/fib/lookup';
import { encodeRoute } from '../src/kernel/fib/codec';
import { createKernel, runTool, kernelToData, kernelFromData } from '../src/lib';

const route = (addr: number, len: number, priority = 0): Route =>
  makeRoute({ family: 4, table: 254, dst: { f: 4, v: addr >>> 0 }, dstLen: len, tos: 0, priority, type: 'unicast', scope: 253, protocol: 3, nexthops: [{ dev: 1, weight: 1 }] });

const mask = (len: number) => (len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);

function naive(prefixes: Map<string, [number, number]>, a: number): number {
  let best = -1;
  for (const [addr, len] of prefixes.values()) if (len > best && ((a ^ addr) & mask(len)) >>> 0 === 0) best = len;
  return best;
}

const prefixArb = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 1, 7, 8, 12, 15, 16, 17, 20, 23, 24, 25, 28, 31, 32));

describe('IPv4 trie', () => {
  it('finds the longest prefix through inserts and deletes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(prefixArb, fc.boolean()), { minLength: 1, maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 20, maxLength: 20 }), (ops, probes) => {
        const t = new FibTable(254);
        const live = new Map<string, [number, number]>();
        const objs = new Map<string, Route>();
        const check = (p: number) => {
          const got = t.longest4(p >>> 0);
          expect(got ? got[0].dstLen : -1).toBe(naive(live, p >>> 0));
        };
        for (const [[a, len], del] of ops) {
          // Lookups between changes: the read view is rebuilt block by block.
          check(a);
          check(probes[len % probes.length]);
          const addr = (a & mask(len)) >>> 0;
          const key = `${addr}/${len}`;
          if (del && objs.has(key)) {
            t.removeRoute(objs.get(key)!);
            objs.delete(key);
            live.delete(key);
          } else if (!objs.has(key)) {
            const r = route(addr, len);
            t.insert(r);
            objs.set(key, r);
            live.set(key, [addr, len]);
          }
        }
        for (const p of [...probes, ...[...live.values()].map(([a]) => a)]) {
          const got = t.longest4(p >>> 0);
          const want = naive(live, p >>> 0);
          expect(got ? got[0].dstLen : -1).toBe(want);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([65536, 200])('keeps answering through heavy churn (the read view compacts its garbage; dictionary of %i)', (dictSize) => {
    // A small dictionary fills up: chunks then keep 32-bit run values.
    const t = new Trie4(dictSize);
    const live = new Map<string, [number, number]>();
    const codeOf = new Map<string, number>();
    let next = 1;
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    // The code of the longest live prefix covering a (naive), 0 when none.
    const want = (a: number) => {
      const l = naive(live, a);
      return l < 0 ? 0 : codeOf.get(`${(a & mask(l)) >>> 0}/${l}`)!;
    };
    for (let i = 0; i < 6000; i++) {
      // Three /16 blocks, prefixes /14 to /32, a third of the steps deletes.
      const a = ((0x0a000000 + ((rnd() % 3) << 16)) | (rnd() & 0xffff)) >>> 0;
      const len = 14 + (rnd() % 19);
      const addr = (a & mask(len)) >>> 0;
      const key = `${addr}/${len}`;
      if (codeOf.has(key) && rnd() % 3 === 0) {
        live.delete(key);
        // What its slots fall back to: the longest shorter prefix covering it.
        const l = naive(new Map([...live].filter(([, [, pl]]) => pl < len)), addr);
        const parent = l < 0 ? 0 : codeOf.get(`${(addr & mask(l)) >>> 0}/${l}`)!;
        t.replace(addr, len, codeOf.get(key)!, parent);
        codeOf.delete(key);
      } else if (!codeOf.has(key)) {
        const code = (next++ << 7) | len;
        t.insert(addr, len, code);
        live.set(key, [addr, len]);
        codeOf.set(key, code);
      }
      const p = ((0x0a000000 + ((rnd() % 4) << 16)) | (rnd() & 0xffff)) >>> 0;
      expect(t.lookup(p)).toBe(want(p));
      expect(t.lookup(addr)).toBe(want(addr));
    }
  });

  it('keeps dump order: key ascending, longer prefixes first, then priority', () => {
    const t = new FibTable(254);
    for (const [a, l, p] of [[0x0a000000, 8, 0], [0x0a000000, 24, 5], [0x0a000000, 24, 1], [0x09000000, 8, 0], [0, 0, 0], [0x0a000100, 24, 0]] as const) t.insert(route(a, l, p));
    expect(t.list(4).map((r) => `${(r.dst.v as number).toString(16)}/${r.dstLen}@${r.priority}`)).toEqual(['0/0@0', '9000000/8@0', 'a000000/24@1', 'a000000/24@5', 'a000000/8@0', 'a000100/24@0']);
  });

  it('restores from the cache lazily with the same answers and dump', () => {
    const fib = new Fib();
    const live = new Map<string, [number, number]>();
    let x = 7;
    for (let i = 0; i < 3000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const len = [8, 16, 20, 24, 24, 24, 32][x % 7];
      const addr = (x & mask(len)) >>> 0;
      if (live.has(`${addr}/${len}`)) continue;
      live.set(`${addr}/${len}`, [addr, len]);
      fib.add(route(addr, len));
    }
    const cache = structuredClone(fibToCache(fib));
    const lazy = new Fib();
    fibFromCache(lazy, cache);
    const t = lazy.table(254)!;
    expect(t.lazyColumns()).not.toBeNull();
    for (let i = 0; i < 200; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const got = t.longest4(x);
      expect(got ? got[0].dstLen : -1).toBe(naive(live, x));
      // Every covering prefix, longest first (fib_table_lookup's backtracking).
      const all = [...t.candidates4(x)].map((rs) => rs[0].dstLen);
      const want = [...live.values()].filter(([a, l]) => ((x ^ a) & mask(l)) >>> 0 === 0).map(([, l]) => l).sort((p, q) => q - p);
      expect(all).toEqual(want);
    }
    expect(fibToLines(lazy)).toEqual(fibToLines(fib));
    const again = new Fib();
    fibFromLines(again, fibToLines(fib), (i, m) => {
      throw new Error(`${i}: ${m}`);
    });
    expect(again.table(254)!.list(4).length).toBe(live.size);
    // A change keeps the table lazy (the change is kept apart); a dump merges.
    t.insert(route(0x01020300, 24));
    expect(t.lazyColumns()).not.toBeNull();
    expect(t.sizeOf(4)).toBe(live.size + (live.has(`${0x01020300}/24`) ? 0 : 1));
    expect(t.list(4).length).toBe(live.size + (live.has(`${0x01020300}/24`) ? 0 : 1));
    expect(t.lazyColumns()).toBeNull();
  });
});

describe('tableLookup4 plain first alias', () => {
  it('answers as the alias walk of a lazy (restored) table does', () => {
    const typeArb = fc.constantFrom<Route['type']>('unicast', 'unicast', 'unicast', 'local', 'blackhole', 'unreachable', 'throw');
    const routeArb = fc.record({ p: prefixArb, type: typeArb, tos: fc.constantFrom(0, 0, 0, 4), scope: fc.constantFrom(0, 253, 254), prio: fc.constantFrom(0, 5), devs: fc.constantFrom([1], [2], [3], [1, 2], []) });
    const flowArb = fc.record({ a: fc.integer({ min: 0, max: 0xffffffff }), tos: fc.constantFrom(0, 4), scope: fc.constantFrom(0, 253, 254), oif: fc.constantFrom(0, 0, 1, 2) });
    fc.assert(
      fc.property(fc.array(routeArb, { minLength: 1, maxLength: 40 }), fc.array(flowArb, { minLength: 30, maxLength: 30 }), (routes, flows) => {
        const k = createKernel({ seed: 1 });
        runTool(k, ['ip', 'link', 'set', 'lo', 'up']);
        runTool(k, ['ip', 'link', 'add', 'v0', 'type', 'veth', 'peer', 'name', 'v1']);
        runTool(k, ['ip', 'link', 'set', 'v0', 'up']);
        const ns = k.init;
        for (const r of routes) {
          const addr = (r.p[0] & mask(r.p[1])) >>> 0;
          const nexthops = r.type === 'blackhole' || r.type === 'unreachable' || r.type === 'throw' ? [] : r.devs.map((dev) => ({ dev, weight: 1 }));
          ns.fib.add({ family: 4, table: 254, dst: { f: 4, v: addr }, dstLen: r.p[1], tos: r.tos, priority: r.prio, type: r.type, scope: r.scope, protocol: 3, nexthops });
        }
        const lazy = kernelFromData(kernelToData(k, true), { fromCache: true });
        // The result's own view (info and prefix) and the FIB entry fibmatch finds.
        const show = (n: typeof ns, x: FibResult | string) =>
          typeof x === 'string' ? x : `${encodeRoute(makeRoute({ ...x.info, dst: { f: 4, v: x.prefix }, dstLen: x.prefixLen }))} = ${encodeRoute(fibAlias(n, x)!)} nh${x.nh} t${x.table}`;
        for (const f of [...flows, ...routes.map((r) => ({ a: r.p[0], tos: 0, scope: 0, oif: 0 }))]) {
          const fl = { daddr: f.a >>> 0, saddr: 0, oif: f.oif, iif: 1, tos: f.tos, mark: 0, scope: f.scope, proto: 0, sport: 0, dport: 0, uid: 0 };
          expect(show(ns, tableLookup4(ns, 254, fl))).toBe(show(lazy.init, tableLookup4(lazy.init, 254, fl)));
        }
        expect(lazy.init.fib.table(254)!.lazyColumns()).not.toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});

describe('lazy table changes', () => {
  it('answer, dump and save as the same changes to an ordinary table', () => {
    const opArb = fc.record({ p: prefixArb, kind: fc.constantFrom('add', 'append', 'replace', 'del', 'del', 'add6', 'del6'), prio: fc.constantFrom(0, 5), dev: fc.constantFrom(1, 2) });
    fc.assert(
      fc.property(fc.array(prefixArb, { minLength: 1, maxLength: 40 }), fc.array(opArb, { minLength: 1, maxLength: 25 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 10, maxLength: 10 }), (initial, ops, probes) => {
        const plain = new Fib();
        for (const [a, l] of initial) plain.add(route((a & mask(l)) >>> 0, l));
        plain.add({ ...route(0, 0), family: 6, dst: { f: 6, v: 0x20010db8n << 96n }, dstLen: 32, priority: 1024 });
        const lazy = new Fib();
        fibFromCache(lazy, structuredClone(fibToCache(plain)));
        const t = lazy.table(254)!;
        const want = plain.table(254)!;
        const tries: string[] = [];
        for (const op of ops) {
          const addr = (op.p[0] & mask(op.p[1])) >>> 0;
          const r4 = makeRoute({ ...route(addr, op.p[1], op.prio), nexthops: [{ dev: op.dev, weight: 1 }] });
          const r6 = makeRoute({ ...r4, family: 6, dst: { f: 6, v: (0x20010db8n << 96n) | (BigInt(addr) << 32n) }, dstLen: 64, priority: 1024 + op.prio });
          const flags = { add: { create: true, excl: true, replace: false, append: false }, append: { create: true, excl: false, replace: false, append: true }, replace: { create: true, excl: false, replace: true, append: false } };
          for (const tb of [want, t]) {
            let res: string;
            try {
              if (op.kind === 'del') res = encodeRoute(tb.delete({ family: 4, dst: r4.dst, dstLen: r4.dstLen, tos: 0, protocol: 0, priority: op.prio, nexthops: [] }));
              else if (op.kind === 'del6') res = encodeRoute(tb.delete({ family: 6, dst: r6.dst, dstLen: 64, tos: 0, protocol: 0, nexthops: [] }));
              else if (op.kind === 'add6') res = String(!!tb.insert(makeRoute(r6), flags.add));
              else res = String(!!tb.insert(makeRoute(r4), flags[op.kind as 'add']));
            } catch (e) {
              res = (e as Error).message;
            }
            tries.push(res);
          }
          expect(tries[tries.length - 1]).toBe(tries[tries.length - 2]);
          expect(t.sizeOf(4)).toBe(want.sizeOf(4));
        }
        for (const x of [...probes, ...ops.map((o) => o.p[0])]) {
          const enc = (rs: Route[] | undefined) => (rs ? rs.map(encodeRoute).join('|') : '-');
          expect(enc(t.longest4(x >>> 0))).toBe(enc(want.longest4(x >>> 0)));
          expect([...t.candidates4(x >>> 0)].map(enc)).toEqual([...want.candidates4(x >>> 0)].map(enc));
        }
        expect(t.lazyColumns()).not.toBeNull();
        expect(fibToLines(lazy)).toEqual(fibToLines(plain));
        const again = new Fib();
        fibFromCache(again, structuredClone(fibToCache(lazy)));
        expect(fibToLines(again)).toEqual(fibToLines(plain));
        expect(t.list().map(encodeRoute)).toEqual(want.list().map(encodeRoute));
      }),
      { numRuns: 150 },
    );
  });
});
