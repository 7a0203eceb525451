// In-process FIB lookups on a 1M-prefix table with the global table's
// prefix-length mix: iplab's trie against the longest-prefix-match package,
// same table, same addresses, same run (performance.md: >= 20M lookups/s and
// >= 10x the package).

import { FibTable } from '../src/kernel/fib/table';
import type { Route } from '../src/kernel/fib/route';
import { SCOPE, PROTO } from '../src/kernel/fib/route';
import { globalTable, rng, fmt4 } from './_global-table';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LongestPrefixMatch = require('longest-prefix-match');

const N = Number(process.env.BENCH_ROUTES ?? 1_000_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 2_000_000);
const PKG_LOOKUPS = Number(process.env.BENCH_PKG_LOOKUPS ?? 100_000);

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

const { addr, len } = globalTable(N, 1);
const t = new FibTable(254);
let t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const r: Route = { family: 4, table: 254, dst: { f: 4, v: addr[i] }, dstLen: len[i], tos: 0, priority: 0, type: 'unicast', scope: SCOPE.universe, protocol: PROTO.static, nexthops: [{ dev: 2, weight: 1 }], seq: i };
  t.insert(r);
}
const buildMs = ms(t0);

const r = rng(7);
const probes = new Uint32Array(LOOKUPS);
for (let i = 0; i < LOOKUPS; i++) probes[i] = r();

// Warm up, then measure the index lookup and the full longest-match (routes).
let hits = 0;
for (let i = 0; i < 200_000; i++) if (t.lookupId4(probes[i])) hits++;
t0 = process.hrtime.bigint();
hits = 0;
for (let i = 0; i < LOOKUPS; i++) if (t.lookupId4(probes[i]) !== 0) hits++;
const idxMs = ms(t0);
t0 = process.hrtime.bigint();
let found = 0;
for (let i = 0; i < LOOKUPS; i++) if (t.longest4(probes[i]) !== undefined) found++;
const fullMs = ms(t0);

const lpm = new LongestPrefixMatch();
t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) lpm.addPrefix(`${fmt4(addr[i])}/${len[i]}`, i);
const pkgBuildMs = ms(t0);
const strs: string[] = [];
for (let i = 0; i < PKG_LOOKUPS; i++) strs.push(`${fmt4(probes[i])}/32`);
let pkgHits = 0;
for (let i = 0; i < Math.min(10_000, PKG_LOOKUPS); i++) if (lpm.getMatch(strs[i]).length) pkgHits++;
t0 = process.hrtime.bigint();
pkgHits = 0;
for (let i = 0; i < PKG_LOOKUPS; i++) if (lpm.getMatch(strs[i]).length) pkgHits++;
const pkgMs = ms(t0);
// Agreement on the probes both answered.
let ourHitsSub = 0;
for (let i = 0; i < PKG_LOOKUPS; i++) if (t.lookupId4(probes[i])) ourHitsSub++;

const rate = (n: number, m: number) => n / (m / 1000) / 1e6;
const ours = rate(LOOKUPS, fullMs);
const theirs = rate(PKG_LOOKUPS, pkgMs);
console.log(`fib-lookup: ${N} prefixes (global mix), ${LOOKUPS} random lookups`);
console.log(`  iplab build            ${buildMs.toFixed(0)} ms`);
console.log(`  iplab index lookup     ${rate(LOOKUPS, idxMs).toFixed(1)} M/s (${hits} hits)`);
console.log(`  iplab longest match    ${ours.toFixed(1)} M/s (${found} hits)   target >= 20 M/s: ${ours >= 20 ? 'met' : 'NOT met'}`);
console.log(`  longest-prefix-match   ${theirs.toFixed(3)} M/s (${pkgHits}/${PKG_LOOKUPS} hits, iplab ${ourHitsSub}), build ${pkgBuildMs.toFixed(0)} ms`);
console.log(`  ratio iplab/package    ${(ours / theirs).toFixed(1)}x   target >= 10x: ${ours / theirs >= 10 ? 'met' : 'NOT met'}`);
