// The emulated iproute2 `ip` (6.1): global options parsed as ip/ip.c does,
// then the object resolved through the same ordered command table with
// prefix matching, so `ip a`, `ip r g`, `ip l sh` pick what iproute2 picks.

import type { ToolContext, ToolResult, ExecRequest } from '../types';
import { Printer, isDarkBackground } from '../../lib/printer';
import { type Ip, type IpOptions, IpExit, defaultIpOptions, matches, invarg, notSupported } from './common';
import { OBJECTS, type IpObject } from './objects';
import { batch } from './batch';

const USAGE =
  'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n' +
  '       ip [ -force ] -batch filename\n' +
  'where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n' +
  '                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n' +
  '                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n' +
  '                   ntbl | route | rule | sr | tap | tcpmetrics |\n' +
  '                   token | tunnel | tuntap | vrf | xfrm }\n' +
  '       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n' +
  '                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n' +
  '                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n' +
  '                    -4 | -6 | -M | -B | -0 |\n' +
  '                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n' +
  '                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n' +
  '                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n' +
  '                    -c[olor]}\n';

export function usage(ip: Pick<Ip, 'err'>): never {
  ip.err(USAGE);
  throw new IpExit(255);
}

/** read_family() in lib/utils.c. */
function readFamily(name: string): IpOptions['family'] | null {
  switch (name) {
    case 'inet':
      return 4;
    case 'inet6':
      return 6;
    case 'link':
      return 'link';
    case 'mpls':
      return 'mpls';
    case 'bridge':
      return 'bridge';
    default:
      return null;
  }
}

/** matches_color(): -c, -color, -color=always|auto|never. */
function matchesColor(opt: string, ip: Ip): boolean | null {
  const eq = opt.indexOf('=');
  const name = eq >= 0 ? opt.slice(0, eq) : opt;
  if (!matches(name, '-color')) return null;
  if (eq < 0) return true;
  const v = opt.slice(eq + 1);
  if (v === 'always') return true;
  if (v === 'never') return false;
  if (v === 'auto') return ip.ctx.io.isatty();
  return null;
}

export function main(argv: string[], ctx: ToolContext): ToolResult {
  const opts = defaultIpOptions();
  const ip: Ip = {
    ctx,
    ns: ctx.ns,
    opts,
    out: (s) => ctx.io.stdout(s),
    err: (s) => ctx.io.stderr(s),
    printer: (o) => new Printer({ json: o?.json ?? opts.json, pretty: opts.pretty, color: opts.color, oneline: opts.oneline, darkBg: isDarkBackground(ctx.env.COLORFGBG) }),
  };
  try {
    return runIp(ip, argv.slice(1));
  } catch (e) {
    if (e instanceof IpExit) return e.code;
    throw e;
  }
}

function runIp(ip: Ip, args: string[]): ToolResult {
  const opts = ip.opts;
  let i = 0;
  let color: boolean | undefined;
  let netnsName: string | undefined;
  while (i < args.length) {
    let opt = args[i];
    if (opt === '--') {
      i++;
      break;
    }
    if (opt[0] !== '-') break;
    if (opt[1] === '-') opt = opt.slice(1);
    const needArg = () => {
      if (i + 1 >= args.length) usage(ip);
      return args[++i];
    };
    if (matches(opt, '-loops')) opts.loops = parseInt(needArg(), 10) || 0;
    else if (matches(opt, '-family')) {
      const f = needArg();
      if (f === 'help') usage(ip);
      const fam = readFamily(f);
      if (fam === null) invarg(ip, 'invalid protocol family', f);
      opts.family = fam;
    } else if (opt === '-4') opts.family = 4;
    else if (opt === '-6') opts.family = 6;
    else if (opt === '-0') opts.family = 'link';
    else if (opt === '-M') opts.family = 'mpls';
    else if (opt === '-B') opts.family = 'bridge';
    else if (matches(opt, '-human') || matches(opt, '-human-readable')) opts.human = true;
    else if (matches(opt, '-iec')) opts.iec = true;
    else if (matches(opt, '-stats') || matches(opt, '-statistics')) opts.stats++;
    else if (matches(opt, '-details')) opts.details++;
    else if (matches(opt, '-resolve')) opts.resolve = true;
    else if (matches(opt, '-oneline')) opts.oneline = true;
    else if (matches(opt, '-timestamp')) opts.timestamp++;
    else if (matches(opt, '-tshort')) opts.timestamp += 2;
    else if (matches(opt, '-Version')) {
      ip.out('ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
      return 0;
    } else if (matches(opt, '-force')) opts.force = true;
    else if (matches(opt, '-batch')) opts.batchFile = needArg();
    else if (matches(opt, '-brief')) opts.brief = true;
    else if (matches(opt, '-json')) opts.json = true;
    else if (matches(opt, '-pretty')) opts.pretty = true;
    else if (matches(opt, '-rcvbuf')) {
      const v = needArg();
      if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(v)) {
        ip.err(`Invalid rcvbuf size '${v}'\n`);
        return 255;
      }
    } else if ((color = matchesColor(opt, ip) ?? undefined) !== undefined) opts.color = color;
    else if (matches(opt, '-help')) usage(ip);
    else if (matches(opt, '-netns')) {
      // In ip.c's option loop NEXT_ARG() does not fail for the last word, so
      // `ip -n` alone reaches netns_switch(argv[1] == NULL).
      if (i + 1 >= args.length) {
        ip.err('Cannot open network namespace "(null)": No such file or directory\n');
        return 255;
      }
      netnsName = args[++i];
      const target = switchNetns(ip, netnsName);
      if (!target) return 255;
      ip.ns = target;
    } else if (matches(opt, '-Numeric')) opts.numeric = true;
    else if (matches(opt, '-all')) opts.all = true;
    else if (opt === '-echo') opts.echo = true;
    else {
      // ip.c reports the option after skipping one leading dash of "--opt".
      ip.err(`Option "${opt}" is unknown, try "ip -help".\n`);
      return 255;
    }
    i++;
  }
  // check_enable_color(): JSON output is never coloured.
  if (opts.json) opts.color = false;
  if (opts.batchFile !== undefined) {
    return batch(ip, opts.batchFile);
  }
  if (i >= args.length) usage(ip);
  return doCmd(ip, args[i], args.slice(i + 1), true);
}

/** netns_switch(): `ip -n NAME` acts inside /run/netns/NAME. */
export function switchNetns(ip: Ip, name: string) {
  const ns = ip.ctx.kernel.byName(name);
  if (!ns) {
    ip.err(`Cannot open network namespace "${name}": No such file or directory\n`);
    return null;
  }
  return ns;
}

/** do_cmd(): the first object in table order that the word is a prefix of. */
export function doCmd(ip: Ip, word: string, rest: string[], final: boolean): number | ExecRequest {
  for (const obj of OBJECTS) {
    if (matches(word, obj.name)) return runObject(ip, obj, rest);
  }
  if (final) ip.err(`Object "${word}" is unknown, try "ip help".\n`);
  return 1;
}

function runObject(ip: Ip, obj: IpObject, rest: string[]): number | ExecRequest {
  if (!obj.run) notSupported(ip, `ip ${obj.name}`);
  return obj.run(ip, rest);
}
