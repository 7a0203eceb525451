// `ip tuntap` (iproute2 6.1 ip/iptuntap.c): add/del through the /dev/net/tun
// ioctls, show from the link dump plus sysfs (tun_flags, owner, group), and
// the `tun` link_util's -d details (tun_print_opt()).

import { Out, type Printer } from '../../lib/printer';
import { KernelError, STRERROR } from '../../kernel/errors';
import type { Link } from '../../kernel/link';
import { type TunIfreq, tunFlags, tuntapAdd, tuntapDel, IFF_MULTI_QUEUE, IFF_NO_PI, IFF_ONE_QUEUE, IFF_PERSIST, IFF_TAP, IFF_TUN, IFF_VNET_HDR } from '../../kernel/kinds/tun';
import { groupByName, groupName, userByName, userName } from '../../net/users';
import { type Ip, IpExit, duparg2, incomplete, invarg, matches } from './common';

const USAGE =
  'Usage: ip tuntap { add | del | show | list | lst | help } [ dev PHYS_DEV ]\n' +
  '       [ mode { tun | tap } ] [ user USER ] [ group GROUP ]\n' +
  '       [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] [ name NAME ]\n' +
  '\n' +
  'Where: USER  := { STRING | NUMBER }\n' +
  '       GROUP := { STRING | NUMBER }\n';

function usage(ip: Ip): never {
  ip.err(USAGE);
  throw new IpExit(255);
}

export function doTuntap(ip: Ip, argv: string[]): number {
  if (argv.length === 0) return show(ip);
  const [cmd, ...rest] = argv;
  if (matches(cmd, 'add')) return add(ip, rest);
  if (matches(cmd, 'delete')) return del(ip, rest);
  if (matches(cmd, 'show') || matches(cmd, 'lst') || matches(cmd, 'list')) return show(ip);
  if (matches(cmd, 'help')) usage(ip);
  ip.err(`Command "${cmd}" is unknown, try "ip tuntap help".\n`);
  throw new IpExit(255);
}

/** get_ifname() (check_ifname()): non-empty, shorter than IFNAMSIZ, no '/' or space. */
function badIfname(name: string): boolean {
  return name.length === 0 || Buffer.byteLength(name) >= 16 || /[/\s]/.test(name);
}

/** strtol(s, &end, 10) over the whole (non-empty) string, as uid_t/gid_t. */
function strtolId(s: string): number | null {
  if (!/^\s*[+-]?[0-9]+$/.test(s)) return null;
  return Number(BigInt.asUintN(32, BigInt(s.trim())));
}

interface Parsed {
  ifr: TunIfreq;
  uid?: number;
  gid?: number;
  /** TUN_TYPE_MASK set. */
  mode: boolean;
}

/** parse_args(): `withIds` (add) takes user/group; del treats them as a name. */
function parseArgs(ip: Ip, args: string[], withIds: boolean): Parsed {
  const ifr: TunIfreq = { name: '', tap: false, pi: false, oneQueue: false, vnetHdr: false, multiQueue: false, excl: false };
  let tun = false;
  let tap = false;
  let uid: number | undefined;
  let gid: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      if (i + 1 >= args.length) incomplete(ip);
      return args[++i];
    };
    if (matches(a, 'mode')) {
      const v = next();
      if (matches(v, 'tun')) {
        if (tap) {
          ip.err('You managed to ask for more than one tunnel mode.\n');
          throw new IpExit(255);
        }
        tun = true;
      } else if (matches(v, 'tap')) {
        if (tun) {
          ip.err('You managed to ask for more than one tunnel mode.\n');
          throw new IpExit(255);
        }
        tap = true;
      } else {
        ip.err(`Unknown tunnel mode "${v}"\n`);
        throw new IpExit(255);
      }
    } else if (withIds && matches(a, 'user')) {
      const v = next();
      const n = strtolId(v) ?? userByName(v);
      if (n === undefined) {
        ip.err(`invalid user "${v}"\n`);
        throw new IpExit(255);
      }
      uid = n;
    } else if (withIds && matches(a, 'group')) {
      const v = next();
      const n = strtolId(v) ?? groupByName(v);
      if (n === undefined) {
        ip.err(`invalid group "${v}"\n`);
        throw new IpExit(255);
      }
      gid = n;
    } else if (matches(a, 'pi')) ifr.pi = true;
    else if (matches(a, 'one_queue')) ifr.oneQueue = true;
    else if (matches(a, 'vnet_hdr')) ifr.vnetHdr = true;
    else if (matches(a, 'multi_queue')) ifr.multiQueue = true;
    else if (matches(a, 'dev')) {
      const v = next();
      if (badIfname(v)) invarg(ip, '"dev" not a valid ifname', v);
      ifr.name = v;
    } else {
      let v = a;
      if (matches(a, 'name')) v = next();
      else if (matches(a, 'help')) usage(ip);
      if (ifr.name) duparg2(ip, 'name', v);
      if (badIfname(v)) invarg(ip, '"name" not a valid ifname', v);
      ifr.name = v;
    }
  }
  // Both bits set cannot happen (refused above); IFF_TUN wins the type.
  ifr.tap = tap;
  return { ifr, uid, gid, mode: tun || tap };
}

/** perror("ioctl(TUNSETIFF)") and a failed command. */
function ioctl(ip: Ip, f: () => void): number {
  try {
    f();
    return 0;
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    ip.err(`ioctl(TUNSETIFF): ${STRERROR[e.errno]}\n`);
    return 1;
  }
}

function add(ip: Ip, args: string[]): number {
  const a = parseArgs(ip, args, true);
  if (!a.mode) {
    ip.err('You failed to specify a tunnel mode\n');
    return 1;
  }
  ip.ctx.dirty = true;
  // (uid_t)-1 and (gid_t)-1 are not sent (tap_add_ioctl()).
  return ioctl(ip, () => tuntapAdd(ip.ns, a.ifr, a.uid === 0xffffffff ? undefined : a.uid, a.gid === 0xffffffff ? undefined : a.gid));
}

function del(ip: Ip, args: string[]): number {
  const a = parseArgs(ip, args, false);
  if (!a.mode) {
    ip.err('You failed to specify a tunnel mode\n');
    return 1;
  }
  ip.ctx.dirty = true;
  return ioctl(ip, () => tuntapDel(ip.ns, a.ifr));
}

/** print_flags(). */
function printFlags(p: Printer, flags: number): void {
  p.openArray(Out.JSON, 'flags', '');
  const names: [number, string, boolean][] = [
    [IFF_TUN, 'tun', true],
    [IFF_TAP, 'tap', true],
    [IFF_NO_PI, 'pi', false],
    [IFF_ONE_QUEUE, 'one_queue', true],
    [IFF_MULTI_QUEUE, 'multi_queue', true],
    [IFF_VNET_HDR, 'vnet_hdr', true],
    [IFF_PERSIST, 'persist', true],
    // IFF_NOFILTER shares IFF_NO_PI's bit.
    [IFF_NO_PI, 'filter', false],
  ];
  for (const [bit, name, when] of names) if (!!(flags & bit) === when) p.string(Out.ANY, null, ' %s', name);
  p.closeArray(Out.JSON, '');
}

/** do_show(): the tun devices of the namespace, ifindex order. */
function show(ip: Ip): number {
  const p = ip.printer().begin();
  for (const l of ip.ns.list()) {
    if (l.kind !== 'tun' || !l.tun) continue;
    p.openObject(null);
    p.string(Out.ANY, 'ifname', '%s:', l.name, 'ifname');
    printFlags(p, tunFlags(l.tun));
    if (l.tun.owner !== undefined) p.num(Out.ANY, 'user', ' user %ld', l.tun.owner);
    if (l.tun.group !== undefined) p.num(Out.ANY, 'group', ' group %ld', l.tun.group);
    if (ip.opts.details) {
      p.string(Out.TEXT, null, '%s\tAttached to processes:', p.sl);
      // show_processes(): no iplab process holds /dev/net/tun open.
      p.openArray(Out.JSON, 'processes', '');
      p.closeArray(Out.JSON, '');
    }
    p.closeObject();
    p.string(Out.TEXT, null, '%s', '\n');
  }
  ip.out(p.end().toString());
  return 0;
}

/** tun_print_opt(): the -d details of a tun/tap device (tun_fill_info()). */
export function printTunData(p: Printer, l: Link): void {
  const t = l.tun;
  if (!t) return;
  p.openObject('info_data');
  p.string(Out.ANY, 'type', 'type %s ', t.tap ? 'tap' : 'tun');
  p.onOff(Out.ANY, 'pi', 'pi %s ', t.pi);
  p.onOff(Out.ANY, 'vnet_hdr', 'vnet_hdr %s ', t.vnetHdr);
  if (t.multiQueue) {
    p.bool(Out.ANY, 'multi_queue', 'multi_queue ', true);
    // No queue attached: none enabled, none disabled.
    p.num(Out.ANY, 'numqueues', 'numqueues %u ', 0);
    p.num(Out.ANY, 'numdisabled', 'numdisabled %u ', 0);
  } else p.bool(Out.JSON, 'multi_queue', null, false);
  p.onOff(Out.ANY, 'persist', 'persist %s ', true);
  if (t.owner !== undefined) {
    const n = userName(t.owner);
    if (n !== undefined) p.string(Out.ANY, 'user', 'user %s ', n);
    else p.num(Out.ANY, 'user', 'user %u ', t.owner);
  }
  if (t.group !== undefined) {
    const n = groupName(t.group);
    if (n !== undefined) p.string(Out.ANY, 'group', 'group %s ', n);
    else p.num(Out.ANY, 'group', 'group %u ', t.group);
  }
  p.closeObject();
}
