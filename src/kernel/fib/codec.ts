// One line of text per route, for the snapshot: fields separated by spaces,
// "key=value" after the fixed part. Compact to parse (performance.md).
//   <family> <table> <dst>/<len> <type> <scope> <proto> <tos> <priority> [src=..] [pref=..] [metrics=k:v,..] nh=<dev>[,gw=..][,w=..][,onlink] ...

import { formatIp, parseIp, type Family } from '../../net/ip';
import type { Nexthop, Route, RouteType } from './route';
import { RTN } from './route';

export function encodeRoute(r: Route): string {
  let s = `${r.family} ${r.table} ${formatIp(r.dst)}/${r.dstLen} ${r.type} ${r.scope} ${r.protocol} ${r.tos} ${r.priority}`;
  if (r.prefsrc) s += ` src=${formatIp(r.prefsrc)}`;
  if (r.pref !== undefined) s += ` pref=${r.pref}`;
  if (r.expires !== undefined) s += ` exp=${r.expires}`;
  if (r.rtfHost) s += ' rtf=host';
  if (r.nhid !== undefined) s += ` nhid=${r.nhid}`;
  if (r.metrics && Object.keys(r.metrics).length) s += ` metrics=${Object.entries(r.metrics).map(([k, v]) => `${k}:${v}`).join(',')}`;
  for (const nh of r.nexthops) {
    s += ` nh=${nh.dev}`;
    if (nh.gateway) s += `,gw=${formatIp(nh.gateway)}`;
    if (nh.weight !== 1) s += `,w=${nh.weight}`;
    if (nh.onlink) s += ',onlink';
  }
  return s;
}

export function decodeRoute(line: string): Omit<Route, 'seq'> {
  const f = line.split(' ');
  if (f.length < 8) throw new Error('too few fields');
  const family = Number(f[0]) as Family;
  if (family !== 4 && family !== 6) throw new Error(`bad family ${f[0]}`);
  const [dstS, lenS] = f[2].split('/');
  const dst = parseIp(dstS);
  if (!dst || dst.f !== family) throw new Error(`bad destination ${f[2]}`);
  const type = f[3] as RouteType;
  if (!(type in RTN)) throw new Error(`bad type ${f[3]}`);
  const num = (s: string, what: string) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new Error(`bad ${what} ${s}`);
    return n;
  };
  const r: Omit<Route, 'seq'> = {
    family,
    table: num(f[1], 'table'),
    dst,
    dstLen: num(lenS, 'prefix length'),
    type,
    scope: num(f[4], 'scope'),
    protocol: num(f[5], 'protocol'),
    tos: num(f[6], 'tos'),
    priority: num(f[7], 'priority'),
    nexthops: [],
  };
  for (let i = 8; i < f.length; i++) {
    const [k, v] = [f[i].slice(0, f[i].indexOf('=')), f[i].slice(f[i].indexOf('=') + 1)];
    if (k === 'src') {
      const a = parseIp(v);
      if (!a) throw new Error(`bad src ${v}`);
      r.prefsrc = a;
    } else if (k === 'pref') r.pref = num(v, 'pref');
    else if (k === 'rtf') r.rtfHost = v === 'host';
    else if (k === 'nhid') r.nhid = num(v, 'nexthop id');
    else if (k === 'exp') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`bad expiry ${v}`);
      r.expires = n;
    }
    else if (k === 'metrics') r.metrics = Object.fromEntries(v.split(',').map((kv) => [kv.split(':')[0], num(kv.split(':')[1], 'metric')]));
    else if (k === 'nh') {
      const parts = v.split(',');
      const nh: Nexthop = { dev: num(parts[0], 'nexthop device'), weight: 1 };
      for (const p of parts.slice(1)) {
        if (p === 'onlink') nh.onlink = true;
        else if (p.startsWith('gw=')) {
          const g = parseIp(p.slice(3));
          if (!g) throw new Error(`bad gateway ${p}`);
          nh.gateway = g;
        } else if (p.startsWith('w=')) nh.weight = num(p.slice(2), 'weight');
        else throw new Error(`bad nexthop field ${p}`);
      }
      r.nexthops.push(nh);
    } else throw new Error(`unknown field ${f[i]}`);
  }
  return r;
}
