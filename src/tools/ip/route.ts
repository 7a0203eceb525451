// `ip route` (iproute2 6.1 ip/iproute.c): parse → request → kernel → print.
// do_iproute() dispatch, iproute_modify() argument parsing, the dump filter
// of iproute_list_flush_or_save(), iproute_get(), and print_route().

import type { Ip } from './common';
import { ipvrfGetTable, nameIsVrf } from './vrf';
import { IpExit, prefFamily, matches, invarg, duparg2, incomplete, kernelError, notSupported, devIndex, echoAnswer, formatHost, talk } from './common';
import { KernelError, kerr } from '../../kernel/errors';
import type { Netns } from '../../kernel/netns';
import { type Route, type RouteType, type Nexthop, RT_TABLE, SCOPE, makeRoute } from '../../kernel/fib/route';
import { type InsertFlags, type DeleteSpec } from '../../kernel/fib/table';
import { addRoute, deleteRoute, type RouteRequest } from '../../kernel/fib/ops';
import { routeGet4, routeGet6, type GetRequest, type GetAnswer } from '../../kernel/fib/get';
import { ROUTE_DUMP_MAGIC, savePrep, saveRoutes, restoreRoutes, showdumpRoutes } from './route-dump';
import { RTNH_F } from '../../kernel/fib/netlink';
import { nexthopsOf } from '../../kernel/fib/nexthop';
import { printEntry as printNhEntry } from './nexthop';
import { type Family, type IpAddr, formatIp, ipEquals, mask4 } from '../../net/ip';
import { mask6of } from '../../kernel/fib/table';
import { Out, type Printer } from '../../lib/printer';
import { type InetPrefix, getPrefix, getAddr, readFamily, protoA2n, scopeA2n, tableA2n, dsfieldA2n, typeA2n, getU32, protoN2a, scopeN2a, tableN2a, dsfieldN2a, strtoul } from './inet';

const TYPE_BY_NUM: RouteType[] = ['unicast', 'unicast', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit', 'throw', 'nat', 'xresolve'];
const TYPE_NUM: Record<RouteType, number> = { unicast: 1, local: 2, broadcast: 3, anycast: 4, multicast: 5, blackhole: 6, unreachable: 7, prohibit: 8, throw: 9, nat: 10, xresolve: 11 };

const USAGE = `Usage: ip route { list | flush } SELECTOR
       ip route save SELECTOR
       ip route restore
       ip route showdump
       ip route get [ ROUTE_GET_FLAGS ] ADDRESS
                            [ from ADDRESS iif STRING ]
                            [ oif STRING ] [ tos TOS ]
                            [ mark NUMBER ] [ vrf NAME ]
                            [ uid NUMBER ] [ ipproto PROTOCOL ]
                            [ sport NUMBER ] [ dport NUMBER ]
       ip route { add | del | change | append | replace } ROUTE
SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]
            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]
            [ type TYPE ] [ scope SCOPE ]
ROUTE := NODE_SPEC [ INFO_SPEC ]
NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]
             [ table TABLE_ID ] [ proto RTPROTO ]
             [ scope SCOPE ] [ metric METRIC ]
             [ ttl-propagate { enabled | disabled } ]
INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...
NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]
      [ dev STRING ] [ weight NUMBER ] NHFLAGS
FAMILY := [ inet | inet6 | mpls | bridge | link ]
OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]
           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]
           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]
           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]
           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]
           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]
           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]
TYPE := { unicast | local | broadcast | multicast | throw |
          unreachable | prohibit | blackhole | nat }
TABLE_ID := [ local | main | default | all | NUMBER ]
SCOPE := [ host | link | global | NUMBER ]
NHFLAGS := [ onlink | pervasive ]
RTPROTO := [ kernel | boot | static | NUMBER ]
PREF := [ low | medium | high ]
TIME := NUMBER[s|ms]
BOOL := [1|0]
FEATURES := ecn
ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]
ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]
SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]
SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]
SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]
ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |
            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |
            End.BM | End.S | End.AS | End.AM | End.BPF }
OPTIONS := OPTION [ OPTIONS ]
OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |
            table TABLEID | vrftable TABLEID | endpoint PROGNAME }
FLAVORS := { FLAVOR[,FLAVOR] }
FLAVOR := { psp | usp | usd | next-csid }
IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE
XFRMINFO := if_id IF_ID [ link_dev LINK ]
ROUTE_GET_FLAGS := [ fibmatch ]
`;

function usage(ip: Ip): never {
  ip.err(USAGE);
  throw new IpExit(255);
}


export function doRoute(ip: Ip, argv: string[]): number {
  if (ip.opts.family === 'link' || ip.opts.family === 'bridge' || ip.opts.family === 'mpls') notSupported(ip, `ip -f ${ip.opts.family} route`);
  if (argv.length < 1) return listFlush(ip, [], 'list');
  const [cmd, ...rest] = argv;
  const F = (create: boolean, excl: boolean, replace: boolean, append: boolean): InsertFlags => ({ create, excl, replace, append });
  if (matches(cmd, 'add')) return modify(ip, 'new', F(true, true, false, false), rest);
  if (matches(cmd, 'change') || cmd === 'chg') return modify(ip, 'new', F(false, false, true, false), rest);
  if (matches(cmd, 'replace')) return modify(ip, 'new', F(true, false, true, false), rest);
  if (matches(cmd, 'prepend')) return modify(ip, 'new', F(true, false, false, false), rest);
  if (matches(cmd, 'append')) return modify(ip, 'new', F(true, false, false, true), rest);
  if (matches(cmd, 'test')) return modify(ip, 'new', F(false, true, false, false), rest);
  if (matches(cmd, 'delete')) return modify(ip, 'del', F(false, false, false, false), rest);
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) return listFlush(ip, rest, 'list');
  if (matches(cmd, 'get')) return get(ip, rest);
  if (matches(cmd, 'flush')) return listFlush(ip, rest, 'flush');
  if (matches(cmd, 'save')) return listFlush(ip, rest, 'save');
  if (matches(cmd, 'restore')) return restoreRoutes(ip, ip.ns.kernel.now(), (r, at) => {
      r.expires = at;
      ip.ns.fib6StartGc();
    });
  if (matches(cmd, 'showdump')) return showdumpRoutes(ip, (r, fl, exp) => showDumped(ip, r, fl, exp));
  if (matches(cmd, 'help')) usage(ip);
  ip.err(`Command "${cmd}" is unknown, try "ip route help".\n`);
  throw new IpExit(255);
}

// ---- add / del / change / replace ------------------------------------------------

interface ParsedNh {
  gateway?: IpAddr;
  dev?: number;
  weight: number;
  onlink: boolean;
}

function parseTime(s: string): number | null {
  const m = /^([0-9]+(?:\.[0-9]*)?)(s|sec|secs|ms|msec|msecs)?$/.exec(s);
  if (!m) return null;
  const v = Number(m[1]);
  return m[2] && !m[2].startsWith('m') ? Math.round(v * 1000) : Math.round(v);
}

function modify(ip: Ip, cmd: 'new' | 'del', flags: InsertFlags, argv: string[]): number {
  let family: 0 | Family = prefFamily(ip);
  let table: number = RT_TABLE.main;
  let scope: number = cmd === 'del' ? SCOPE.nowhere : SCOPE.universe;
  let protocol = cmd === 'del' ? 0 : 3;
  let type: number = cmd === 'del' ? 0 : 1;
  let tos = 0;
  let priority: number | undefined;
  let prefsrc: IpAddr | undefined;
  let dst: InetPrefix | undefined;
  let devName: string | undefined;
  let gw: IpAddr | undefined;
  let gwOk = false;
  let scopeOk = false;
  let tableOk = false;
  let nhsOk = false;
  let onlink = false;
  let pref: number | undefined;
  let expires: number | undefined;
  let nhid = 0;
  const metrics: Record<string, number> = {};
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  const lock = (key: string) => {
    metrics.lock = (metrics.lock ?? 0) | (1 << RTAX[key]);
  };
  const metric = (name: string, key: string, max = 0xffffffff) => {
    let v = next();
    if (v === 'lock') {
      lock(key);
      v = next();
    }
    const n = getU32(v);
    if (n === null || n > max) invarg(ip, `"${name}" value is invalid\n`, v);
    metrics[key] = n;
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'src') {
      const p = getAddr(ip, next(), family);
      if (family === 0) family = p.family;
      prefsrc = p.addr;
    } else if (a === 'as') notSupported(ip, 'ip route ... as');
    else if (a === 'via') {
      if (gwOk) invarg(ip, 'use nexthop syntax to specify multiple via\n', a);
      gwOk = true;
      let w = next();
      let fam = readFamily(w);
      if (fam === 'other') notSupported(ip, `via ${w}`);
      if (fam === 0) fam = family;
      else w = next();
      const p = getAddr(ip, w, fam);
      if (family === 0) family = p.family;
      if (p.family !== family) notSupported(ip, 'a gateway of another family (RTA_VIA)');
      gw = p.addr;
    } else if (a === 'from') notSupported(ip, 'source-specific routes (from)');
    else if (a === 'tos' || matches(a, 'dsfield')) {
      const v = next();
      const n = dsfieldA2n(v);
      if (n === null) invarg(ip, '"tos" value is invalid\n', v);
      tos = n;
    } else if (a === 'expires') {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, '"expires" value is invalid\n', v);
      expires = n;
    }
    else if (matches(a, 'metric') || matches(a, 'priority') || a === 'preference') {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, '"metric" value is invalid\n', v);
      priority = n;
    } else if (a === 'scope') {
      const v = next();
      const n = scopeA2n(v);
      if (n === null) invarg(ip, 'invalid "scope" value\n', v);
      scope = n;
      scopeOk = true;
    } else if (a === 'mtu') metric('mtu', 'mtu');
    else if (a === 'hoplimit') metric('hoplimit', 'hoplimit', 255);
    else if (a === 'advmss') metric('mss', 'advmss');
    else if (matches(a, 'reordering')) metric('reordering', 'reordering');
    else if (matches(a, 'window')) metric('window', 'window');
    else if (matches(a, 'cwnd')) metric('cwnd', 'cwnd');
    else if (matches(a, 'initcwnd')) metric('initcwnd', 'initcwnd');
    else if (matches(a, 'initrwnd')) metric('initrwnd', 'initrwnd');
    else if (matches(a, 'ssthresh')) metric('ssthresh', 'ssthresh');
    else if (a === 'rtt' || a === 'rto_min' || matches(a, 'rttvar')) {
      let v = next();
      const key = a === 'rto_min' ? 'rto_min' : a === 'rtt' ? 'rtt' : 'rttvar';
      if (key === 'rto_min') lock(key);
      else if (v === 'lock') {
        lock(key);
        v = next();
      }
      const n = parseTime(v);
      if (n === null) invarg(ip, `"${a === 'rto_min' ? 'rto_min' : a === 'rtt' ? 'rtt' : 'rttvar'}" value is invalid\n`, v);
      metrics[a === 'rto_min' ? 'rto_min' : a === 'rtt' ? 'rtt' : 'rttvar'] = n;
    } else if (a === 'nhid') {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, '"id" value is invalid\n', v);
      nhid = n;
    } else if (matches(a, 'features') || matches(a, 'quickack') || matches(a, 'congctl') || matches(a, 'realms') || a === 'encap' || a === 'ttl-propagate' || matches(a, 'fastopen_no_cookie')) {
      notSupported(ip, `ip route ... ${a}`);
    } else if (a === 'onlink') onlink = true;
    else if (a === 'nexthop') {
      nhsOk = true;
      break;
    } else if (matches(a, 'protocol')) {
      const v = next();
      const n = protoA2n(v);
      if (n === null) invarg(ip, '"protocol" value is invalid\n', v);
      protocol = n;
    } else if (matches(a, 'table')) {
      const v = next();
      const n = tableA2n(v);
      if (n === null) invarg(ip, '"table" value is invalid\n', v);
      table = n;
      tableOk = true;
    } else if (matches(a, 'vrf')) {
      const v = next();
      const n = ipvrfGetTable(ip.ns, v);
      if (!n) invarg(ip, 'Invalid VRF\n', v);
      table = n;
      tableOk = true;
    }
    else if (a === 'dev' || a === 'oif') devName = next();
    else if (matches(a, 'pref')) {
      const v = next();
      if (v === 'low') pref = 3;
      else if (v === 'medium') pref = 0;
      else if (v === 'high') pref = 1;
      else {
        const n = strtoul(v);
        if (n === null || n > 255) invarg(ip, '"pref" value is invalid\n', v);
        pref = n;
      }
    } else {
      let w = a;
      if (w === 'to') w = next();
      if ((w[0] < '0' || w[0] > '9') && typeA2n(w) !== null) {
        type = typeA2n(w)!;
        w = next();
      }
      if (matches(w, 'help')) usage(ip);
      if (dst) duparg2(ip, 'to', w);
      dst = getPrefix(ip, w, family);
      if (family === 0) family = dst.family;
    }
  }
  if (!dst) usage(ip);
  const dev = devName !== undefined ? devIndex(ip, devName) : 0;
  const nexthops: ParsedNh[] = [];
  if (nhsOk) {
    while (i < argv.length) {
      if (argv[i] !== 'nexthop') {
        ip.err(`Error: "nexthop" or end of line is expected instead of "${argv[i]}"\n`);
        throw new IpExit(255);
      }
      if (i + 1 >= argv.length) {
        ip.err('Error: unexpected end of line after "nexthop"\n');
        throw new IpExit(255);
      }
      const nh: ParsedNh = { weight: 1, onlink: false };
      for (i++; i < argv.length; i++) {
        const a = argv[i];
        if (a === 'via') {
          let w = next();
          let fam = readFamily(w);
          if (fam === 'other') notSupported(ip, `via ${w}`);
          if (fam === 0) fam = family;
          else w = next();
          const p = getAddr(ip, w, fam);
          if (family === 0) family = p.family;
          nh.gateway = p.addr;
        } else if (a === 'dev') nh.dev = devIndex(ip, next());
        else if (a === 'weight') {
          const v = next();
          const n = getU32(v);
          if (n === null || n === 0 || n > 256) invarg(ip, '"weight" is invalid\n', v);
          nh.weight = n;
        } else if (a === 'onlink') nh.onlink = true;
        else if (matches(a, 'realms') || a === 'encap' || a === 'as') notSupported(ip, `nexthop ... ${a}`);
        else break;
      }
      nexthops.push(nh);
    }
  }
  const fam: Family = family === 0 ? 4 : family;
  if (!tableOk && (type === 2 || type === 3 || type === 10 || type === 4)) table = RT_TABLE.local;
  if (!scopeOk) {
    if (fam === 6) scope = SCOPE.universe;
    else if (type === 2 || type === 10) scope = SCOPE.host;
    else if (type === 3 || type === 5 || type === 4) scope = SCOPE.link;
    else if (type === 1 || type === 0) {
      if (cmd === 'del') scope = SCOPE.nowhere;
      else if (!gwOk && !nhsOk && !nhid) scope = SCOPE.link;
    }
  }
  const dstAddr: IpAddr = dst.addr && !dst.any ? dst.addr : fam === 4 ? { f: 4, v: 0 } : { f: 6, v: 0n };
  const dstLen = dst.bitlen < 0 ? (fam === 4 ? 32 : 128) : dst.bitlen;
  const ns = ip.ns;
  if (cmd === 'del') {
    const d: DeleteSpec = {
      family: fam,
      dst: dstAddr,
      dstLen,
      tos,
      type: type ? TYPE_BY_NUM[type] : undefined,
      scope: scope === SCOPE.nowhere ? undefined : scope,
      prefsrc,
      protocol,
      priority,
      nexthops: nexthops.length ? nexthops.map((n) => ({ dev: n.dev, gateway: n.gateway, weight: n.weight })) : dev || gw ? [{ dev: dev || undefined, gateway: gw }] : [],
      metrics: Object.keys(metrics).length ? metrics : undefined,
      nhid: nhid || undefined,
    };
    const gone = talk(ip, () => deleteRoute(ns, table, d));
    ip.ctx.dirty = true;
    // ip -echo: the RTM_DELROUTE the kernel sends back (rtnl_echo_talk()).
    if (ip.opts.echo) echoAnswer(ip, (p) => printRoute(ip, p, gone, null, null, undefined, true));
    return 0;
  }
  if (type > 11) {
    ip.err('RTNETLINK answers: Invalid argument\n');
    throw new IpExit(2);
  }
  // Next hops with one shape (no optional keys added or deleted: V8 keeps
  // them fast over a million routes).
  const mk = (d: number, g: IpAddr | undefined, w: number, o: boolean): Nexthop => ({ gateway: g, dev: d, weight: w, onlink: o || undefined });
  const nhList: Nexthop[] = nexthops.length
    ? nexthops.map((n) => mk(n.dev ?? 0, n.gateway, n.weight, n.onlink))
    : dev || gw
      ? [mk(dev, gw, 1, onlink)]
      : TYPE_BY_NUM[type] === 'unicast' || TYPE_BY_NUM[type] === 'local' || TYPE_BY_NUM[type] === 'broadcast' || TYPE_BY_NUM[type] === 'multicast' || TYPE_BY_NUM[type] === 'anycast'
        ? [mk(0, undefined, 1, false)]
        : [];
  const req: RouteRequest = {
    family: fam,
    table,
    dst: dstAddr,
    dstLen,
    tos,
    priority,
    type: TYPE_BY_NUM[type] ?? 'unicast',
    scope,
    protocol,
    prefsrc,
    nexthops: nhList,
    metrics: Object.keys(metrics).length ? metrics : undefined,
    pref: fam === 6 ? pref : undefined,
    // rtm_to_fib6_config(): RTF_EXPIRES unless the lifetime is infinite (~0).
    expires: fam === 6 && expires !== undefined && expires !== 0xffffffff ? ip.ns.kernel.now() + expires * 1000 : undefined,
    nhid: nhid || undefined,
  };
  if (fam === 4 && !nhid && nhList.length === 1 && nhList[0].dev === 0 && !nhList[0].gateway && !TYPE_ERROR_TYPES.has(req.type)) {
    // No device and no gateway: fib_check_nh_nongw() finds no device.
    ip.err('RTNETLINK answers: No such device\n');
    throw new IpExit(2);
  }
  // An IPv6 duplicate that fails with EEXIST still updates the expiry of the
  // route it matched (fib6_add_rt2node()): save the model either way.
  if (fam === 6) ip.ctx.dirty = true;
  const added = talk(ip, () => addRoute(ns, req, flags));
  ip.ctx.dirty = true;
  if (ip.opts.echo) echoAnswer(ip, (p) => printRoute(ip, p, added, null, null));
  return 0;
}

const TYPE_ERROR_TYPES = new Set<RouteType>(['blackhole', 'unreachable', 'prohibit', 'throw']);

// ---- show / flush --------------------------------------------------------------

interface Filter {
  tb: number;
  cloned: boolean;
  protocol: number;
  protocolmask: number;
  scope: number;
  scopemask: number;
  typemask: number;
  tos: number;
  tosmask: number;
  oif: number;
  oifmask: number;
  iif: number;
  iifmask: number;
  metric: number;
  metricmask: number;
  rvia?: InetPrefix;
  rprefsrc?: InetPrefix;
  rdst?: InetPrefix;
  mdst?: InetPrefix;
  flush: boolean;
}

const NO_FILTER: Filter = { tb: 0, cloned: false, protocol: 0, protocolmask: 0, scope: 0, scopemask: 0, typemask: 0, tos: 0, tosmask: 0, oif: 0, oifmask: 0, iif: 0, iifmask: 0, metric: 0, metricmask: 0, flush: false };

function listFlush(ip: Ip, argv: string[], action: 'list' | 'flush' | 'save'): number {
  // save_route_prep() comes before the arguments are read.
  if (action === 'save') savePrep(ip, ROUTE_DUMP_MAGIC);
  let dumpFamily: 0 | Family = prefFamily(ip);
  const f: Filter = { tb: RT_TABLE.main, cloned: false, protocol: 0, protocolmask: 0, scope: 0, scopemask: 0, typemask: 0, tos: 0, tosmask: 0, oif: 0, oifmask: 0, iif: 0, iifmask: 0, metric: 0, metricmask: 0, flush: action === 'flush' };
  if (action === 'flush' && argv.length === 0) {
    ip.err('"ip route flush" requires arguments.\n');
    throw new IpExit(1, true);
  }
  let od: string | undefined;
  let id: string | undefined;
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (matches(a, 'table')) {
      const v = next();
      const n = tableA2n(v);
      if (n === null) {
        if (v === 'all') f.tb = 0;
        else if (v === 'cache') f.cloned = true;
        else if (v === 'help') usage(ip);
        else invarg(ip, 'table id value is invalid\n', v);
      } else f.tb = n;
    } else if (matches(a, 'vrf')) {
      const v = next();
      const n = ipvrfGetTable(ip.ns, v);
      if (!n) invarg(ip, 'Invalid VRF\n', v);
      f.tb = n;
      // Local and broadcast routes are left out (typemask).
      f.typemask = ~((1 << 2) | (1 << 3));
    }
    else if (matches(a, 'cached') || matches(a, 'cloned')) f.cloned = true;
    else if (a === 'tos' || matches(a, 'dsfield')) {
      const v = next();
      const n = dsfieldA2n(v);
      if (n === null) invarg(ip, 'TOS value is invalid\n', v);
      f.tos = n;
      f.tosmask = -1;
    } else if (matches(a, 'protocol')) {
      const v = next();
      f.protocolmask = -1;
      const n = protoA2n(v);
      if (n === null) {
        if (v !== 'all') invarg(ip, 'invalid "protocol"\n', v);
        f.protocol = 0;
        f.protocolmask = 0;
      } else f.protocol = n;
    } else if (matches(a, 'scope')) {
      const v = next();
      f.scopemask = -1;
      const n = scopeA2n(v);
      if (n === null) {
        if (v !== 'all') invarg(ip, 'invalid "scope"\n', v);
        f.scope = SCOPE.nowhere;
        f.scopemask = 0;
      } else f.scope = n;
    } else if (matches(a, 'type')) {
      const v = next();
      const n = typeA2n(v);
      if (n === null) invarg(ip, 'node type value is invalid\n', v);
      f.typemask = 1 << n;
    } else if (a === 'dev' || a === 'oif') od = next();
    else if (a === 'iif') id = next();
    else if (a === 'mark') {
      const v = next();
      if (getU32(v) === null) invarg(ip, 'invalid mark value', v);
    } else if (matches(a, 'metric') || matches(a, 'priority') || a === 'preference') {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, '"metric" value is invalid\n', v);
      f.metric = n;
      f.metricmask = -1;
    } else if (a === 'via') {
      let w = next();
      let fam = readFamily(w);
      if (fam === 'other') notSupported(ip, `via ${w}`);
      if (fam === 0) fam = dumpFamily;
      else w = next();
      f.rvia = getPrefix(ip, w, fam);
    } else if (a === 'src') f.rprefsrc = getPrefix(ip, next(), dumpFamily);
    else if (matches(a, 'realms')) notSupported(ip, 'realms');
    else if (matches(a, 'from')) notSupported(ip, 'source-specific routes (from)');
    else {
      let w = a;
      if (matches(w, 'to')) w = next();
      if (matches(w, 'root')) f.rdst = getPrefix(ip, next(), dumpFamily);
      else if (matches(w, 'match')) f.mdst = getPrefix(ip, next(), dumpFamily);
      else {
        if (matches(w, 'exact')) w = next();
        f.mdst = getPrefix(ip, w, dumpFamily);
        f.rdst = f.mdst;
      }
    }
  }
  if (dumpFamily === 0 && f.tb) dumpFamily = 4;
  if (id) {
    f.iif = devIndex(ip, id);
    f.iifmask = -1;
  }
  if (od) {
    f.oif = devIndex(ip, od);
    f.oifmask = -1;
  }
  const ns = ip.ns;
  if (f.cloned) {
    // The IPv4 route cache is gone since 3.6; IPv6 exceptions are not modelled.
    if (action === 'flush') {
      if (ip.opts.stats && dumpFamily !== 6) ip.out('*** IPv4 routing cache is flushed.\n');
      if (dumpFamily === 4) return 0;
    }
    if (action !== 'flush') {
      if (action === 'save') return 0;
      const p = ip.printer().begin();
      ip.out(p.end().toString());
      return 0;
    }
  }
  const families: Family[] = dumpFamily === 0 ? [4, 6] : [dumpFamily];
  // inet_dump_fib()/inet6_dump_fib() with a table filter: a missing table is an error.
  if (f.tb && dumpFamily !== 0 && !ns.fib.exists(f.tb, dumpFamily)) {
    ip.err(`Error: ipv${dumpFamily}: FIB table does not exist.\n${action === 'flush' ? 'Flush' : 'Dump'} terminated\n`);
    throw new IpExit(2, true);
  }
  const selected: Route[] = [];
  for (const fam of families) {
    for (const t of ns.fib.tablesInDumpOrder(fam)) {
      if (f.tb && t.id !== f.tb) continue;
      for (const r of t.list(fam)) if (filterRoute(f, r, t.id)) selected.push(r);
    }
  }
  if (action === 'flush') {
    if (selected.length === 0) {
      if (ip.opts.stats) ip.out('Nothing to flush.\n');
      return 0;
    }
    for (const r of selected) ns.fib.table(r.table)?.removeRoute(r);
    ip.ctx.dirty = true;
    if (ip.opts.stats) {
      ip.out(`\n*** Round 1, deleting ${selected.length} entries ***\n`);
      ip.out('*** Flush is complete after 1 round ***\n');
    }
    return 0;
  }
  if (action === 'save') {
    const now = ip.ns.kernel.now();
    saveRoutes(ip, selected, (r) => r.nexthops.map((nh) => nhFlagBits(nhFlags(ns, nh, r))), (r) => expiresClock(r, now));
    return 0;
  }
  const p = ip.printer().begin();
  for (const r of selected) printRoute(ip, p, r, f, null);
  ip.out(p.end().toString());
  return 0;
}

const NH_FLAG_BITS: [string, number][] = [
  ['dead', RTNH_F.dead],
  ['onlink', RTNH_F.onlink],
  ['pervasive', RTNH_F.pervasive],
  ['offload', RTNH_F.offload],
  ['trap', RTNH_F.trap],
  ['linkdown', RTNH_F.linkdown],
  ['unresolved', RTNH_F.unresolved],
];

function nhFlagBits(names: string[]): number {
  let b = 0;
  for (const [n, v] of NH_FLAG_BITS) if (names.includes(n)) b |= v;
  return b;
}

/** print_rt_flags() names, in its order. */
function nhFlagNames(bits: number): string[] {
  return NH_FLAG_BITS.filter(([, v]) => bits & v).map(([n]) => n);
}

/** rta_expires of an IPv6 route (rtnl_put_cacheinfo()): the time left in
 * clock_t (USER_HZ 100), truncated, capped at INT_MAX, negative once past
 * (until the fib6 garbage collector runs: Netns.fib6Gc()). */
export function expiresClock(r: Route, now: number): number {
  if (r.family !== 6 || r.expires === undefined) return 0;
  const left = r.expires - now;
  const clock = Math.min(Math.floor(Math.abs(left) / 10), 0x7fffffff);
  return left >= 0 ? clock : -clock || 0;
}

/** show_handler(): a route read from a dump file, printed as a dump shows it. */
function showDumped(ip: Ip, r: Route, flags: number[], expires: number): void {
  const p = ip.printer().begin();
  const f = { ...NO_FILTER };
  printRoute(ip, p, r, f, null, { flags: flags.map(nhFlagNames), expires });
  ip.out(p.end().toString());
}

function prefixMatch(a: IpAddr, b: IpAddr, bits: number): boolean {
  if (a.f !== b.f) return false;
  if (a.f === 4) return (((a.v ^ (b.v as number)) & mask4(bits)) >>> 0) === 0;
  return ((a.v ^ (b.v as bigint)) & mask6of(bits)) === 0n;
}

function filterRoute(f: Filter, r: Route, table: number): boolean {
  if ((f.protocol ^ r.protocol) & f.protocolmask) return false;
  const scope = r.family === 6 ? SCOPE.universe : r.scope;
  if ((f.scope ^ scope) & f.scopemask) return false;
  if (f.typemask && !(f.typemask & (1 << TYPE_NUM[r.type]))) return false;
  if ((f.tos ^ r.tos) & f.tosmask) return false;
  if (f.rdst) {
    if ((f.rdst.family && r.family !== f.rdst.family) || f.rdst.bitlen > r.dstLen) return false;
    if (f.rdst.addr && !f.rdst.any && !prefixMatch(r.dst, f.rdst.addr, f.rdst.bitlen)) return false;
  }
  if (f.mdst) {
    if ((f.mdst.family && r.family !== f.mdst.family) || (f.mdst.bitlen >= 0 && f.mdst.bitlen < r.dstLen)) return false;
    if (f.mdst.addr && !f.mdst.any && !prefixMatch(r.dst, f.mdst.addr, r.dstLen)) return false;
  }
  if (f.rvia) {
    if (f.rvia.family && f.rvia.family !== r.family) return false;
    if (f.rvia.bitlen > 0) {
      const gw = r.nexthops.length === 1 ? r.nexthops[0].gateway : undefined;
      const v: IpAddr = gw ?? (r.family === 4 ? { f: 4, v: 0 } : { f: 6, v: 0n });
      if (!prefixMatch(v, f.rvia.addr!, f.rvia.bitlen)) return false;
    }
  }
  if (f.rprefsrc) {
    if (f.rprefsrc.family && f.rprefsrc.family !== r.family) return false;
    if (f.rprefsrc.bitlen > 0) {
      const v: IpAddr = r.prefsrc ?? (r.family === 4 ? { f: 4, v: 0 } : { f: 6, v: 0n });
      if (!prefixMatch(v, f.rprefsrc.addr!, f.rprefsrc.bitlen)) return false;
    }
  }
  if (f.oifmask) {
    const oif = r.nexthops.length === 1 ? r.nexthops[0].dev : 0;
    if (oif !== f.oif) return false;
  }
  if (f.iifmask && f.iif !== 0) return false;
  if (f.metricmask) {
    const m = r.family === 6 || r.priority ? r.priority : 0;
    if (m !== f.metric) return false;
  }
  void table;
  return true;
}

// ---- printing ------------------------------------------------------------------

/** rtm_flags of a dumped next hop: dead/linkdown derived from the device. */
function nhFlags(ns: Netns, nh: Nexthop, r: Route): string[] {
  const out: string[] = [];
  const l = ns.links.get(nh.dev);
  // fib_sync_down_dev() skips next hops of host scope (local routes): they
  // are never marked dead or linkdown; others follow the device and carrier.
  // IPv6: RTF_LOCAL and RTF_ANYCAST next hops (fib6_nh_init(), fib6_ifdown()).
  const hostScope = r.family === 4 ? r.scope === SCOPE.host : r.type === 'local' || r.type === 'anycast';
  // IPv6: only a multipath sibling outlives its device going down (fib6_ifdown()).
  if ((r.family === 4 || r.nexthops.length > 1) && l && !l.up && !hostScope) out.push('dead');
  if (nh.onlink) out.push('onlink');
  if (l && !ns.hasCarrier(l) && !hostScope) out.push('linkdown');
  return out;
}

function flags(p: Printer, fl: string[]): void {
  p.openArray(Out.JSON, 'flags', '');
  for (const x of fl) p.string(Out.ANY, null, '%s ', x);
  p.closeArray(Out.JSON, '');
}

/** RTAX_* numbers (include/uapi/linux/rtnetlink.h). */
const RTAX: Record<string, number> = { lock: 1, mtu: 2, window: 3, rtt: 4, rttvar: 5, ssthresh: 6, cwnd: 7, advmss: 8, reordering: 9, hoplimit: 10, initcwnd: 11, features: 12, rto_min: 13, initrwnd: 14, quickack: 15, congctl: 16, fastopen_no_cookie: 17 };

const METRIC_ORDER = ['lock', 'mtu', 'window', 'rtt', 'rttvar', 'ssthresh', 'cwnd', 'advmss', 'reordering', 'hoplimit', 'initcwnd', 'features', 'rto_min', 'initrwnd', 'quickack', 'congctl', 'fastopen_no_cookie'];

function printMetrics(p: Printer, m: Record<string, number>): void {
  p.openArray(Out.JSON, 'metrics', '');
  p.openObject(null);
  const lockMask = m.lock ?? 0;
  for (const k of METRIC_ORDER) {
    if (k === 'lock' || m[k] === undefined) continue;
    if (!p.isJson) p.write(`${k} ${lockMask & (1 << RTAX[k]) ? 'lock ' : ''}`);
    if (k === 'rtt' || k === 'rttvar' || k === 'rto_min') {
      const v = m[k];
      if (p.isJson) p.num(Out.JSON, k, null, v);
      else p.write(v >= 1000 ? `${v / 1e3}s ` : `${v}ms `);
    } else p.num(Out.ANY, k, '%u ', m[k]);
  }
  p.closeObject();
  p.closeArray(Out.JSON, '');
}

/** print_route() for a dumped FIB entry (get = null) or an `ip route get` answer. */
function printRoute(ip: Ip, p: Printer, r: Route, f: Filter | null, get: GetAnswer | null, dumped?: { flags: string[][]; expires: number }, deleted = false): void {
  const ns = ip.ns;
  const details = ip.opts.details > 0;
  const numeric = ip.opts.numeric;
  const hostLen = r.family === 4 ? 32 : 128;
  p.openObject(null);
  if (deleted) p.bool(Out.ANY, 'deleted', 'Deleted ', true);
  const typeNum = TYPE_NUM[r.type];
  if ((r.type !== 'unicast' || details) && (!f || !f.typemask || f.typemask & (1 << typeNum))) p.string(Out.ANY, 'type', '%s ', r.type);
  const color = r.family === 4 ? 'inet' : 'inet6';
  let dst: string;
  if (get) dst = formatHost(ip, get.dst);
  else if (r.dstLen === 0 && !(r.family === 6 && false)) dst = 'default';
  else dst = r.dstLen !== hostLen ? `${formatIp(r.dst)}/${r.dstLen}` : formatHost(ip, r.dst);
  p.string(Out.ANY, 'dst', '%s ', dst, r.dstLen === 0 && !get ? 'none' : color);
  if (get?.src && (get.src.f === 6 || get.src.v !== 0)) p.string(Out.ANY, 'from', 'from %s ', formatHost(ip, get.src), color);
  if (r.nhid !== undefined && !get) p.num(Out.ANY, 'nhid', 'nhid %u ', r.nhid);
  // rt_fill_info(): a route get answers with the dscp of the FIB entry that matched.
  const tos = get ? (get.fib?.family === 4 ? get.fib.tos : 0) : r.tos;
  if (tos && (!f || f.tosmask !== -1)) p.string(Out.ANY, 'tos', 'tos %s ', dsfieldN2a(tos, numeric));
  const single = r.nexthops.length === 1 ? r.nexthops[0] : undefined;
  const nhGw = get ? get.gateway : single?.gateway;
  if (nhGw && !(f?.rvia && f.rvia.bitlen === hostLen)) printGateway(ip, p, r.family, nhGw);
  const oif = get ? get.oif : single?.dev;
  if (oif && (!f || f.oifmask !== -1)) {
    const name = ns.links.get(oif)?.name ?? String(oif);
    if (p.isJson) p.string(Out.JSON, 'dev', null, name);
    else p.write('dev ').string(Out.TEXT, null, '%s ', name, 'ifname');
  }
  const table = get ? get.table : r.table;
  if (table && (table !== RT_TABLE.main || details) && !(f && f.tb)) p.string(Out.ANY, 'table', 'table %s ', tableN2a(table, numeric));
  if (!get || r.family === 6) {
    if ((r.protocol !== 3 || details) && (!f || f.protocolmask !== -1)) p.string(Out.ANY, 'protocol', 'proto %s ', protoN2a(r.protocol, numeric));
    const scope = r.family === 6 ? SCOPE.universe : r.scope;
    if (!get && (scope !== SCOPE.universe || details) && (!f || f.scopemask !== -1)) p.string(Out.ANY, 'scope', 'scope %s ', scopeN2a(scope, numeric));
  }
  const psrc = get ? get.prefsrc : r.prefsrc;
  if (psrc && !(f?.rprefsrc && f.rprefsrc.bitlen === hostLen)) {
    if (p.isJson) p.string(Out.JSON, 'prefsrc', null, formatIp(psrc));
    else p.write('src ').string(Out.TEXT, null, '%s ', formatIp(psrc), color);
  }
  const showMetric = r.family === 6 ? (get ? true : true) : !get && r.priority !== 0;
  if (showMetric && (!f || f.metricmask !== -1)) p.num(Out.ANY, 'metric', 'metric %u ', r.priority);
  // A multipath route carries RTNH_F_LINKDOWN itself once every next hop is
  // linkdown (fib_create_info(), fib_sync_down_dev()).
  const allDown = !single && r.nexthops.length > 0 && r.nexthops.every((nh) => nhFlags(ns, nh, r).includes('linkdown'));
  const fl = get ? [...(get.flags ?? [])] : dumped ? (single ? dumped.flags[0] ?? [] : []) : single ? nhFlags(ns, single, r) : allDown ? ['linkdown'] : [];
  // rt6_fill_node() for a route get reports no RTNH_F_LINKDOWN (recorded on
  // 6.1 and 6.18: routing/v6-get-linkdown).
  if (get && r.family === 6 && single) fl.push(...nhFlags(ns, single, r).filter((x) => x !== 'linkdown'));
  flags(p, fl);
  if (get && get.mark) {
    if (p.isJson) p.num(Out.JSON, 'mark', null, get.mark);
    else p.write(get.mark >= 16 ? `mark 0x${get.mark.toString(16)} ` : `mark ${get.mark} `);
  }
  if (get && get.uid !== undefined) p.num(Out.ANY, 'uid', 'uid %u ', get.uid);
  if (get && r.family === 4) {
    // print_cache_flags()
    if (p.isJson) {
      p.openArray(Out.JSON, 'cache', '');
      for (const c of get.cacheFlags) p.string(Out.JSON, null, null, c);
      p.closeArray(Out.JSON, '');
    } else {
      p.write(`${p.sl}    cache `);
      if (get.cacheFlags.length) p.write(`<${get.cacheFlags.join(',')}> `);
    }
  }
  // print_rta_cacheinfo(): rta_expires in clock_t, shown in whole seconds.
  const exp = get ? 0 : dumped ? dumped.expires : expiresClock(r, ip.ns.kernel.now());
  if (exp) p.num(Out.ANY, 'expires', 'expires %dsec ', Math.trunc(exp / 100));
  if (r.metrics && Object.keys(r.metrics).length) printMetrics(p, r.metrics);
  if (get?.iif) {
    const name = ns.links.get(get.iif)?.name ?? String(get.iif);
    if (p.isJson) p.string(Out.JSON, 'iif', null, name);
    else p.write('iif ').string(Out.TEXT, null, '%s ', name, 'ifname');
  }
  if (r.family === 6) {
    const pref = r.pref ?? 0;
    const name = pref === 3 ? 'low' : pref === 0 ? 'medium' : pref === 1 ? 'high' : null;
    if (name) p.string(Out.ANY, 'pref', 'pref %s', name);
    else p.num(Out.ANY, 'pref', '%u', pref);
  }
  // print_cache_nexthop_id(): the object, with details.
  if (r.nhid !== undefined && !get && ip.opts.details > 0) {
    const nh = nexthopsOf(ns).byId.get(r.nhid);
    if (nh) {
      p.string(Out.TEXT, null, '%s', `${p.sl}\tnh_info `);
      printNhEntry(ip, p, nh, 'nh_info', false);
    }
  }
  if (r.nexthops.length > 1 && !get) {
    p.openArray(Out.JSON, 'nexthops', '');
    for (const nh of r.nexthops) {
      p.openObject(null);
      p.write(`${p.sl}\tnexthop `);
      if (nh.gateway) printGateway(ip, p, r.family, nh.gateway);
      p.string(Out.ANY, 'dev', 'dev %s ', ns.links.get(nh.dev)?.name ?? String(nh.dev));
      p.num(Out.ANY, 'weight', 'weight %d ', nh.weight);
      flags(p, dumped ? dumped.flags[r.nexthops.indexOf(nh)] ?? [] : nhFlags(ns, nh, r));
      p.closeObject();
    }
    p.closeArray(Out.JSON, '');
  }
  p.write('\n');
  p.closeObject();
}

/** print_rta_gateway() for the route's family, print_rta_via() for another
 * (an IPv4 route through an IPv6 next hop object). */
function printGateway(ip: Ip, p: Printer, family: Family, gw: IpAddr): void {
  const color = gw.f === 4 ? 'inet' : 'inet6';
  if (gw.f === family) {
    if (p.isJson) p.string(Out.JSON, 'gateway', null, formatHost(ip, gw));
    else p.write('via ').string(Out.TEXT, null, '%s ', formatHost(ip, gw), color);
    return;
  }
  if (p.isJson) {
    p.openObject('via');
    p.string(Out.JSON, 'family', null, gw.f === 4 ? 'inet' : 'inet6');
    p.string(Out.JSON, 'host', null, formatIp(gw));
    p.closeObject();
  } else p.write(`via ${gw.f === 4 ? 'inet' : 'inet6'} `).string(Out.TEXT, null, '%s ', formatIp(gw), color);
}

// ---- get ---------------------------------------------------------------------------

function get(ip: Ip, argv: string[]): number {
  let family: 0 | Family = prefFamily(ip);
  let tos = 0;
  let src: InetPrefix | undefined;
  let idev: string | undefined;
  let odev: string | undefined;
  let mark = 0;
  let uid: number | undefined;
  let dst: InetPrefix | undefined;
  let proto: number | undefined;
  let sport = 0;
  let dport = 0;
  let fibmatch = false;
  let connected = false;
  let notify = false;
  let newdst = false;
  let i = 0;
  const next = () => {
    if (++i >= argv.length) incomplete(ip);
    return argv[i];
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'tos' || matches(a, 'dsfield')) {
      const v = next();
      const n = dsfieldA2n(v);
      if (n === null) invarg(ip, 'TOS value is invalid\n', v);
      tos = n;
    } else if (matches(a, 'from')) {
      const v = next();
      if (matches(v, 'help')) usage(ip);
      src = getPrefix(ip, v, family);
      if (family === 0) family = src.family;
    } else if (matches(a, 'iif')) idev = next();
    else if (matches(a, 'mark')) {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, 'invalid mark value', v);
      mark = n;
    } else if (matches(a, 'oif') || a === 'dev') odev = next();
    else if (matches(a, 'notify')) notify = true;
    else if (matches(a, 'connected')) connected = true;
    else if (matches(a, 'vrf')) {
      const v = next();
      if (!nameIsVrf(ip.ns, v)) invarg(ip, 'Invalid VRF\n', v);
      odev = v;
    }
    else if (matches(a, 'uid')) {
      const v = next();
      const n = getU32(v);
      if (n === null) invarg(ip, 'invalid UID\n', v);
      uid = n;
    } else if (matches(a, 'fibmatch')) fibmatch = true;
    else if (a === 'as') {
      let v = next();
      if (v === 'to') v = next();
      const as = getAddr(ip, v, family);
      if (family === 0) family = as.family;
      newdst = true;
    }
    else if (matches(a, 'sport') || matches(a, 'dport')) {
      const v = next();
      const n = strtoul(v);
      if (n === null || n > 0xffff) invarg(ip, `invalid ${matches(a, 'sport') ? 'sport' : 'dport'}\n`, v);
      if (matches(a, 'sport')) sport = n;
      else dport = n;
    } else if (matches(a, 'ipproto')) {
      const v = next();
      // inet_proto_a2n(): getprotobyname() (netbase's /etc/protocols names), else a number.
      const n = ({ tcp: 6, udp: 17, icmp: 1, 'ipv6-icmp': 58, 'IPv6-ICMP': 58, sctp: 132, dccp: 33 } as Record<string, number>)[v] ?? strtoul(v);
      if (n === null || n === undefined || n > 255) invarg(ip, 'Invalid "ipproto" value\n', v);
      proto = n;
    } else {
      let w = a;
      if (w === 'to') w = next();
      if (matches(w, 'help')) usage(ip);
      dst = getPrefix(ip, w, family);
      if (family === 0) family = dst.family;
      if (family === 4 && dst.bitlen !== 32) ip.err(`Warning: /${dst.bitlen} as prefix is invalid, only /32 (or none) is supported.\n`);
      else if (family === 6 && dst.bitlen !== 128) ip.err(`Warning: /${dst.bitlen} as prefix is invalid, only /128 (or none) is supported.\n`);
    }
  }
  if (!dst) {
    ip.err('need at least a destination address\n');
    throw new IpExit(1, true);
  }
  const iif = idev !== undefined ? devIndex(ip, idev) : 0;
  const oif = odev !== undefined ? devIndex(ip, odev) : 0;
  const fam: Family = family === 0 ? 4 : family;
  const req: GetRequest = {
    dst: dst.addr && !dst.any ? dst.addr : fam === 4 ? { f: 4, v: 0 } : { f: 6, v: 0n },
    src: src?.addr && !src.any ? src.addr : undefined,
    iif,
    oif,
    tos,
    mark,
    uid,
    proto,
    sport,
    dport,
    notify,
    newdst,
  };
  const ask = (): GetAnswer => talk(ip, () => (fam === 4 ? routeGet4(ip.ns, req) : routeGet6(ip.ns, req)));
  // What the answer message carries: the FIB entry itself for fibmatch.
  const answerRoute = (ans: GetAnswer): { route: Route; get: GetAnswer | null } => {
    if (!fibmatch) return { route: ans.route, get: ans };
    // RTM_F_FIB_MATCH: the matched FIB entry, as a dump shows it, in the table looked up.
    if (!ans.fib) kernelError(ip, new KernelError('EHOSTUNREACH'), 2);
    const r = makeRoute(ans.fib);
    r.table = ans.table || r.table;
    return { route: r, get: null };
  };
  const render = (a: { route: Route; get: GetAnswer | null }, json = ip.opts.json): string => {
    const p = ip.printer({ json }).begin();
    printRoute(ip, p, a.route, null, a.get);
    return p.end().toString();
  };
  const first = answerRoute(ask());
  if (!connected || src) {
    ip.out(render(first));
    return 0;
  }
  // iproute_get(): with "connected" and no "from", the answer's source
  // (RTA_PREFSRC, or RTA_SRC: an IPv6 get always has one) is meant to be
  // asked with again; iproute2 edits the answer's copy but sends its
  // original request, so the second answer is the first one again, printed
  // after the JSON array is closed. Without a source it gives up with the
  // JSON array still open (no closing bracket, no newline).
  const text = render(first);
  const hasSource = first.get ? !!first.get.prefsrc || fam === 6 : !!first.route.prefsrc;
  if (!hasSource) {
    ip.out(ip.opts.json ? text.replace(ip.opts.pretty ? / \]\n$/ : /\]\n$/, '') : text);
    ip.err('Failed to connect the route\n');
    throw new IpExit(1, true);
  }
  ip.out(text);
  ip.out(render(answerRoute(ask()), false));
  return 0;
}

export { kerr, ipEquals };
