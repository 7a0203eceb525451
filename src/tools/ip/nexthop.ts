// `ip nexthop` (iproute2 6.1 ip/ipnexthop.c): add/replace/del/list/flush/get
// over kernel/fib/nexthop.ts. Single next hops (via/dev/onlink/blackhole)
// and hash-threshold groups; fdb next hops, resilient groups, encap and
// `bucket` are recognised and refused as not supported by iplab.

import type { Ip } from './common';
import { IpExit, prefFamily, matches, invarg, incomplete, notSupported, talk } from './common';
import { addNexthop, deleteNexthop, nexthopList, nexthopsOf, type NexthopObj, type NhGroupEntry, type NhRequest } from '../../kernel/fib/nexthop';
import { checkGw4, checkNh6 } from '../../kernel/fib/ops';
import { KernelError } from '../../kernel/errors';
import { RT_TABLE, SCOPE } from '../../kernel/fib/route';
import { formatIp, type IpAddr } from '../../net/ip';
import { Out, type Printer } from '../../lib/printer';
import { getAddr, getU32, protoA2n, protoN2a, readFamily, scopeN2a } from './inet';

const USAGE = `Usage: ip nexthop { list | flush } [ protocol ID ] SELECTOR
       ip nexthop { add | replace } id ID NH [ protocol ID ]
       ip nexthop { get | del } id ID
       ip nexthop bucket list BUCKET_SELECTOR
       ip nexthop bucket get id ID index INDEX
SELECTOR := [ id ID ] [ dev DEV ] [ vrf NAME ] [ master DEV ]
            [ groups ] [ fdb ]
BUCKET_SELECTOR := SELECTOR | [ nhid ID ]
NH := { blackhole | [ via ADDRESS ] [ dev DEV ] [ onlink ]
        [ encap ENCAPTYPE ENCAPHDR ] |
        group GROUP [ fdb ] [ type TYPE [ TYPE_ARGS ] ] }
GROUP := [ <id[,weight]>/<id[,weight]>/... ]
TYPE := { mpath | resilient }
TYPE_ARGS := [ RESILIENT_ARGS ]
RESILIENT_ARGS := [ buckets BUCKETS ] [ idle_timer IDLE ]
                  [ unbalanced_timer UNBALANCED ]
ENCAPTYPE := [ mpls ]
ENCAPHDR := [ MPLSLABEL ]
`;

function usage(ip: Ip): never {
  ip.err(USAGE);
  throw new IpExit(255);
}


export function doNexthop(ip: Ip, argv: string[]): number {
  if (argv.length < 1) return listFlush(ip, [], 'list');
  const [cmd, ...rest] = argv;
  if (matches(cmd, 'add')) return modify(ip, rest, false);
  if (matches(cmd, 'replace')) return modify(ip, rest, true);
  if (matches(cmd, 'delete')) return del(ip, rest);
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return listFlush(ip, rest, 'list');
  if (matches(cmd, 'get')) return get(ip, rest);
  if (matches(cmd, 'flush')) return listFlush(ip, rest, 'flush');
  if (matches(cmd, 'bucket')) notSupported(ip, 'ip nexthop bucket (resilient groups)');
  if (matches(cmd, 'help')) usage(ip);
  ip.err(`Command "${cmd}" is unknown, try "ip nexthop help".\n`);
  throw new IpExit(255);
}

/** ipnh_parse_id(): get_unsigned(). */
function parseId(ip: Ip, v: string): number {
  const n = getU32(v);
  if (n === null) invarg(ip, 'invalid id value', v);
  return n;
}

/** add_nh_group_attr(): "id[,weight]/…". */
function parseGroup(ip: Ip, arg: string): NhGroupEntry[] {
  const out: NhGroupEntry[] = [];
  const bad = (): never => invarg(ip, '"group" value is invalid\n', arg);
  if (arg === '') bad();
  for (const part of arg.split('/')) {
    const [idS, wS] = [part.split(',')[0], part.includes(',') ? part.slice(part.indexOf(',') + 1) : undefined];
    const id = getU32(idS);
    if (id === null) bad();
    let weight = 1;
    if (wS !== undefined) {
      const w = getU32(wS);
      if (w === null || w === 0 || w > 256) invarg(ip, '"weight" is invalid\n', wS);
      weight = w;
    }
    out.push({ id: id!, weight });
  }
  return out;
}

/** ipnh_modify(). */
function modify(ip: Ip, argv: string[], replace: boolean): number {
  const req: NhRequest = { id: 0, family: prefFamily(ip), protocol: 0, blackhole: false, dev: 0, onlink: false };
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'id') req.id = parseId(ip, next());
    else if (a === 'dev') {
      const v = next();
      const l = ip.ns.byName(v);
      if (!l) invarg(ip, 'Device does not exist\n', v);
      req.dev = l.ifindex;
      if (req.family === 0) req.family = 4;
    } else if (a === 'via') {
      let w = next();
      let fam = readFamily(w);
      if (fam === 'other') notSupported(ip, `ip nexthop ... via ${w}`);
      if (fam === 0) fam = req.family;
      else w = next();
      const p = getAddr(ip, w, fam);
      if (req.family === 0) req.family = p.family as 4 | 6;
      else if (req.family !== p.family) invarg(ip, 'address family mismatch\n', w);
      req.gateway = p.addr as IpAddr;
    } else if (a === 'encap') notSupported(ip, 'ip nexthop ... encap');
    else if (a === 'blackhole') {
      req.blackhole = true;
      if (req.family === 0) req.family = 4;
    } else if (a === 'fdb') notSupported(ip, 'fdb nexthops');
    else if (a === 'onlink') req.onlink = true;
    else if (a === 'group') req.group = parseGroup(ip, next());
    else if (a === 'type') {
      const v = next();
      if (v !== 'mpath') notSupported(ip, `nexthop groups of type ${v}`);
    } else if (matches(a, 'protocol')) {
      const v = next();
      const n = protoA2n(v);
      if (n === null) invarg(ip, '"protocol" value is invalid\n', v);
      req.protocol = n;
    } else if (a === 'help') usage(ip);
    else invarg(ip, '', a);
  }
  const ns = ip.ns;
  talk(ip, () => addNexthop(ns, req, replace, (nh) => checkGw4(ns, nh, RT_TABLE.main, SCOPE.universe), (nh) => checkNh6(ns, nh, ns.l3mdevTable(ns.links.get(nh.dev ?? 0)))));
  ip.ctx.dirty = true;
  return 0;
}

/** ip nexthop del: ipnh_modify(RTM_DELNEXTHOP) with the id. */
function del(ip: Ip, argv: string[]): number {
  let id = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'id') {
      if (++i >= argv.length) incomplete(ip);
      id = parseId(ip, argv[i]);
    } else if (a === 'help') usage(ip);
    else if (['dev', 'via', 'group', 'protocol', 'type'].includes(a) || matches(a, 'protocol')) i++;
    else if (!['blackhole', 'fdb', 'onlink', 'encap'].includes(a)) invarg(ip, '', a);
  }
  const ns = ip.ns;
  talk(ip, () => {
    // nh_valid_get_del_req(): an id is required.
    if (!id) throw new KernelError('EINVAL', 'Nexthop id is missing');
    return deleteNexthop(ns, id);
  });
  ip.ctx.dirty = true;
  return 0;
}

interface NhFilter {
  dev: number;
  groups: boolean;
  proto: number;
}

function listFlush(ip: Ip, argv: string[], action: 'list' | 'flush'): number {
  const all = argv.length === 0;
  const f: NhFilter = { dev: 0, groups: false, proto: 0 };
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (matches(a, 'dev')) {
      const v = next();
      const l = ip.ns.byName(v);
      if (!l) invarg(ip, 'Device does not exist\n', v);
      f.dev = l.ifindex;
    } else if (matches(a, 'groups')) f.groups = true;
    else if (matches(a, 'master') || matches(a, 'vrf')) notSupported(ip, `ip nexthop ${action} ${a}`);
    else if (a === 'id') {
      const id = parseId(ip, next());
      if (action === 'list') return getId(ip, id);
      talk(ip, () => deleteNexthop(ip.ns, id));
      ip.ctx.dirty = true;
      return 0;
    } else if (matches(a, 'protocol')) {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, 'invalid protocol value', v);
      f.proto = n;
    } else if (matches(a, 'fdb')) notSupported(ip, 'fdb nexthops');
    else if (matches(a, 'help')) usage(ip);
    else invarg(ip, '', a);
  }
  const fam = prefFamily(ip);
  // nh_dump_filtered(): a family selects single next hops of that family;
  // a device excludes groups; "groups" keeps only groups.
  const keep = (n: NexthopObj, groupsOnly: boolean): boolean => {
    if (fam && n.family !== fam) return false;
    if (f.dev && (n.group || n.dev !== f.dev)) return false;
    if (groupsOnly && !n.group) return false;
    return !f.proto || n.protocol === f.proto;
  };
  if (action === 'flush') {
    // ipnh_flush(): with no selector, groups first, then the rest.
    let flushed = 0;
    const passes = all ? [true, false] : [f.groups];
    for (const groupsOnly of passes) {
      for (const n of nexthopList(ip.ns)) {
        if (!keep(n, groupsOnly) || !nexthopsOf(ip.ns).byId.has(n.id)) continue;
        deleteNexthop(ip.ns, n.id);
        flushed++;
      }
    }
    if (flushed) ip.ctx.dirty = true;
    ip.out(flushed ? `Flushed ${flushed} nexthops\n` : 'Nothing to flush\n');
    return 0;
  }
  const p = ip.printer().begin();
  for (const n of nexthopList(ip.ns)) if (keep(n, f.groups)) printEntry(ip, p, n);
  ip.out(p.end().toString());
  return 0;
}

function get(ip: Ip, argv: string[]): number {
  let id = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === 'id') {
      if (++i >= argv.length) incomplete(ip);
      id = parseId(ip, argv[i]);
    } else usage(ip);
  }
  if (!id) usage(ip);
  return getId(ip, id);
}

/** ipnh_get_id(): RTM_GETNEXTHOP of one id. */
function getId(ip: Ip, id: number): number {
  const n = nexthopsOf(ip.ns).byId.get(id);
  if (!n) {
    ip.err('RTNETLINK answers: No such file or directory\n');
    throw new IpExit(2, true);
  }
  const p = ip.printer().begin();
  printEntry(ip, p, n);
  ip.out(p.end().toString());
  return 0;
}

/** __print_nexthop_entry() and its line feed. */
export function printEntry(ip: Ip, p: Printer, n: NexthopObj, jsobj: string | null = null, newline = true): void {
  const details = ip.opts.details > 0;
  p.openObject(jsobj);
  p.num(Out.ANY, 'id', 'id %u ', n.id);
  if (n.group) {
    p.openArray(Out.JSON, 'group', '');
    p.string(Out.TEXT, null, '%s', 'group ');
    n.group.forEach((g, i) => {
      p.openObject(null);
      if (i) p.string(Out.TEXT, null, '%s', '/');
      p.num(Out.ANY, 'id', '%u', g.id);
      if (g.weight > 1) p.num(Out.ANY, 'weight', ',%u', g.weight);
      p.closeObject();
    });
    p.string(Out.TEXT, null, '%s', ' ');
    p.closeArray(Out.JSON, '');
  }
  if (n.gateway) {
    if (p.isJson) p.string(Out.JSON, 'gateway', null, formatIp(n.gateway));
    else p.write('via ').string(Out.TEXT, null, '%s ', formatIp(n.gateway), n.gateway.f === 4 ? 'inet' : 'inet6');
  }
  if (n.dev) {
    const name = ip.ns.links.get(n.dev)?.name ?? `if${n.dev}`;
    if (p.isJson) p.string(Out.JSON, 'dev', null, name);
    else p.write('dev ').string(Out.TEXT, null, '%s ', name, 'ifname');
  }
  if (n.scope !== SCOPE.universe || details) p.string(Out.ANY, 'scope', 'scope %s ', scopeN2a(n.scope));
  if (n.blackhole) p.null(Out.ANY, 'blackhole', 'blackhole ');
  if (n.protocol !== 0 || details) p.string(Out.ANY, 'protocol', 'proto %s ', protoN2a(n.protocol, ip.opts.numeric));
  p.openArray(Out.JSON, 'flags', '');
  if (n.onlink) p.string(Out.ANY, null, '%s ', 'onlink');
  p.closeArray(Out.JSON, '');
  p.closeObject();
  if (newline) p.string(Out.TEXT, null, '%s', '\n');
}
