// Writing a sysctl: what the kernel's proc handler does with the text written
// to /proc/sys/net/...: parse it as proc_dointvec() and friends do
// (kernel/sysctl.c), check the key's range (rules.json, probed from a real
// kernel), store what a read will show, and run the side effects the handler
// has (devinet_sysctl_forward(), devinet_conf_proc(), addrconf_sysctl_*()).

import type { Errno } from '../errors';
import type { Netns } from '../netns';
import { devKey, ADDR_GEN_MODES } from './sysctl';
import { parseIp6 } from '../../net/ip';
import RULES from './rules.json';

type IntRule = [number, number | 'devmtu', ('ms' | 'uhz' | 'bool')?];
const INT = (RULES as unknown as { int: Record<string, IntRule> }).int;
const READONLY = new Set((RULES as { readonly: string[] }).readonly);
const WRITEONLY = new Set((RULES as { writeonly: string[] }).writeonly);
const PRIVATE = new Set((RULES as { private: string[] }).private);

/** The key with its device component (conf.DEV / neigh.DEV) as '*'. */
export function genericKey(key: string): string {
  return key.replace(/^(net\.ipv[46]\.(?:conf|neigh))\.[^.]+\./, '$1.*.');
}

/** The permission bits of /proc/sys/<key>. */
export function sysctlMode(key: string): number {
  const g = genericKey(key);
  if (READONLY.has(g)) return 0o444;
  if (WRITEONLY.has(g)) return 0o200;
  if (PRIVATE.has(g)) return 0o600;
  return 0o644;
}

const SPACE = ' \t\n\v\f\r';
const SEP = ' \t\n';

/** proc_get_long() over a buffer: optional '-', digits in base 0
 * (0x.. hex, 0.. octal), then a separator or the end. */
function getLong(s: string, i: number): { v: bigint; next: number } | null {
  let neg = false;
  if (s[i] === '-') {
    neg = true;
    i++;
  }
  if (!/[0-9]/.test(s[i] ?? '')) return null;
  let base = 10;
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
    base = 16;
    i += 2;
  } else if (s[i] === '0') base = 8;
  let v = 0n;
  const digits = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[0-9]/;
  while (i < s.length && digits.test(s[i])) {
    v = v * BigInt(base) + BigInt(parseInt(s[i], 16));
    if (v > 0xffffffffffffffffn) return null;
    i++;
  }
  if (i < s.length && !SEP.includes(s[i])) return null;
  return { v: neg ? -v : v, next: i };
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && SPACE.includes(s[i])) i++;
  return i;
}

/** Up to `n` integers separated by white space; fewer leave the rest as they
 * were (the vleft loop of __do_proc_dointvec()). null: EINVAL. */
function parseInts(text: string, n: number): bigint[] | null {
  const out: bigint[] = [];
  let i = 0;
  while (out.length < n) {
    i = skipSpaces(text, i);
    if (i >= text.length) break;
    const r = getLong(text, i);
    if (!r) return null;
    out.push(r.v);
    i = r.next;
  }
  return out.length ? out : null;
}

const INT_MAX = 2147483647n;

/** The value a read shows after writing v, for keys kept in jiffies. */
function readBack(v: bigint, how: IntRule[2]): string {
  switch (how) {
    case 'ms':
      // msecs_to_jiffies() rounds up at HZ=250; jiffies_to_msecs() back.
      return String(((v + 3n) / 4n) * 4n);
    case 'uhz':
      // clock_t (USER_HZ=100) -> jiffies (HZ=250) -> clock_t, truncating.
      return String(((v * 5n) / 2n) * 2n / 5n);
    case 'bool':
      return v === 0n ? '0' : '1';
    default:
      return String(v);
  }
}

/** IPv4 conf entries that do not follow `default` (DEVINET_SYSCTL_FLUSHING_ENTRY
 * and the forwarding/mc_forwarding handlers). */
const V4_NO_DEFAULT_COPY = new Set(['forwarding', 'mc_forwarding', 'disable_policy', 'disable_xfrm', 'drop_unicast_in_l2_multicast', 'promote_secondaries', 'route_localnet']);

/** IPv6 conf entries whose `all` is copied to every device (and `default`). */
const V6_ALL_PROPAGATES: Record<string, boolean> = {
  // name: also sets default
  forwarding: true,
  disable_ipv6: true,
  addr_gen_mode: true,
  ignore_routes_with_linkdown: true,
  force_forwarding: false,
};

/** Neighbour timers kept in ms also show as base_reachable_time (seconds)
 * and retrans_time (USER_HZ ticks for IPv4, jiffies for IPv6, as
 * neigh_sysctl_register()/ndisc_ifinfo_sysctl_change() expose them). */
const DERIVED = /^net\.ipv([46])\.neigh\.[^.]+\.(base_reachable_time|retrans_time)$/;

/** What reading /proc/sys/<key> gives: the text without its newline, or an
 * errno (EIO for a stable_secret never set, as addrconf_sysctl_stable_secret()). */
export function readSysctl(ns: Netns, key: string): string | Errno {
  const sys = ns.sysctl;
  const d = DERIVED.exec(key);
  if (d) {
    const ms = sys.getInt(key + '_ms');
    if (d[2] === 'base_reachable_time') return String(Math.floor(ms / 1000));
    return String(d[1] === '4' ? Math.floor((Math.floor(ms / 4) * 2) / 5) : Math.floor(ms / 4));
  }
  // addr_gen_mode of a device is the link's (ip link set addrgenmode
  // writes the same idev->cnf.addr_gen_mode).
  const g = /^net\.ipv6\.conf\.([^.]+)\.addr_gen_mode$/.exec(key);
  if (g) {
    const l = ns.list().find((x) => devKey(x.name) === g[1]);
    if (l) return String(ADDR_GEN_MODES.indexOf(l.addrgenmode));
  }
  const v = sys.get(key);
  return v === undefined ? 'EIO' : v;
}

/** Writes `text` (what sysctl(8) writes: value + "\n") to the key. Returns an
 * errno on failure, as write(2)/close(2) would. The key must exist. */
export function writeSysctl(ns: Netns, key: string, text: string): Errno | null {
  const sys = ns.sysctl;
  const d = DERIVED.exec(key);
  if (d) {
    const vals = parseInts(text, 1);
    if (!vals) return 'EINVAL';
    const v = vals[0];
    let ms: bigint;
    if (d[2] === 'base_reachable_time') ms = v * 1000n;
    else ms = d[1] === '4' ? ((v * 5n) / 2n) * 4n : v * 4n;
    if (v < -8589934n || v > 8589934n || ms < 0n || ms > INT_MAX) return 'EINVAL';
    sys.set(key + '_ms', String(ms));
    return null;
  }
  const g = genericKey(key);
  if (g === 'net.ipv6.conf.*.addr_gen_mode') {
    // addrconf_sysctl_addr_gen_mode(): 0..3; stable_secret (2) on a device
    // needs a secret there or on default (check_stable_privacy()).
    const vals = parseInts(text, 1);
    if (!vals || vals[0] < 0n || vals[0] > 3n) return 'EINVAL';
    const dev = key.split('.')[3];
    if (vals[0] === 2n && dev !== 'all' && dev !== 'default' && !sys.has(`net.ipv6.conf.${dev}.stable_secret`) && !sys.has('net.ipv6.conf.default.stable_secret')) return 'EINVAL';
    return applyInt(ns, key, String(vals[0]));
  }
  const rule = INT[g];
  if (rule) {
    const vals = parseInts(text, 1);
    if (!vals) return 'EINVAL';
    const v = vals[0];
    let max: bigint;
    if (rule[1] === 'devmtu') {
      const dev = /^net\.ipv6\.conf\.([^.]+)\./.exec(key)![1];
      const l = dev === 'all' || dev === 'default' ? undefined : ns.list().find((x) => devKey(x.name) === dev);
      max = l ? BigInt(l.mtu) : INT_MAX;
    } else max = BigInt(rule[1]);
    if (v < BigInt(rule[0]) || v > max) return 'EINVAL';
    const shown = readBack(v, rule[2]);
    return applyInt(ns, key, shown);
  }
  switch (g) {
    case 'net.ipv4.tcp_rmem':
    case 'net.ipv4.tcp_wmem': {
      const vals = parseInts(text, 3);
      if (!vals || vals.some((v) => v < 1n || v > INT_MAX)) return 'EINVAL';
      const cur = (sys.get(key) ?? '').split('\t');
      vals.forEach((v, i) => (cur[i] = String(v)));
      sys.set(key, cur.join('\t'));
      return null;
    }
    case 'net.ipv4.ip_local_port_range': {
      // ipv4_local_port_range(): 1..65535, low <= high, low >= ip_unprivileged_port_start.
      const vals = parseInts(text, 2);
      if (!vals || vals.some((v) => v < 1n || v > 65535n)) return 'EINVAL';
      const cur = (sys.get(key) ?? '').split('\t').map((x) => BigInt(x));
      vals.forEach((v, i) => (cur[i] = v));
      if (cur[1] < cur[0] || cur[0] < BigInt(sys.getInt('net.ipv4.ip_unprivileged_port_start'))) return 'EINVAL';
      sys.set(key, cur.join('\t'));
      return null;
    }
    case 'net.ipv4.ping_group_range': {
      // ipv4_ping_group_range(): an empty range reads back as "1 0".
      const vals = parseInts(text, 2);
      if (!vals || vals.some((v) => v < 0n || v > 4294967294n)) return 'EINVAL';
      const cur = (sys.get(key) ?? '').split('\t').map((x) => BigInt(x));
      vals.forEach((v, i) => (cur[i] = v));
      sys.set(key, cur[1] < cur[0] ? '1\t0' : cur.join('\t'));
      return null;
    }
    case 'net.ipv6.icmp.ratemask':
    case 'net.ipv4.ip_local_reserved_ports': {
      const bits = largeBitmap(text, g === 'net.ipv6.icmp.ratemask' ? 256 : 65536);
      if (bits === null) return 'EINVAL';
      if (bits !== undefined) sys.set(key, bits);
      return null;
    }
    case 'net.ipv4.ip_unprivileged_port_start':
      break;
    case 'net.ipv4.route.flush':
      return null;
    case 'net.ipv6.route.flush': {
      const vals = parseInts(text, 1);
      if (!(vals && vals[0] >= -2147483648n && vals[0] <= INT_MAX)) return 'EINVAL';
      // ipv6_sysctl_rtcache_flush(): fib6_run_gc() now.
      ns.fib6Gc(ns.kernel.now());
      return null;
    }
    case 'net.ipv4.tcp_congestion_control': {
      const name = text.trim();
      const avail = (sys.get('net.ipv4.tcp_available_congestion_control') ?? '').split(' ');
      if (!avail.includes(name)) return 'ENOENT';
      sys.set(key, name);
      return null;
    }
    case 'net.mptcp.scheduler':
    case 'net.mptcp.path_manager': {
      const name = text.trim();
      const list = g === 'net.mptcp.scheduler' ? 'net.mptcp.available_schedulers' : 'net.mptcp.available_path_managers';
      if (!(sys.get(list) ?? '').split(' ').includes(name)) return 'ENOENT';
      sys.set(key, name);
      return null;
    }
    case 'net.ipv6.conf.*.stable_secret': {
      // addrconf_sysctl_stable_secret(): an IPv6 address; not for `all`.
      if (/^net\.ipv6\.conf\.all\./.test(key)) return 'EIO';
      const a = parseIp6(text.trim());
      if (!a) return 'EIO';
      const hex = a.v.toString(16).padStart(32, '0');
      sys.set(key, hex.match(/.{4}/g)!.join(':'));
      return null;
    }
    default:
      if (/^net\.netfilter\.nf_log\.\d+$/.test(key)) {
        const name = text.trim();
        if (name !== 'NONE' && name !== sys.get(key)) return 'ENOENT';
        sys.set(key, name);
        return null;
      }
  }
  // Keys without a rule: text values kept as written.
  sys.set(key, text.replace(/\n$/, ''));
  return null;
}

/** proc_do_large_bitmap(): a write of comma-separated bits and a-b ranges
 * (base-0 numbers below `len`, newlines skipped) replaces the bitmap; the
 * result as a read shows it. undefined: an empty write changes nothing;
 * null: EINVAL. */
function largeBitmap(text: string, len: number): string | undefined | null {
  if (!text.length) return undefined;
  const set = new Uint8Array(len);
  let i = 0;
  const skipNewlines = (): void => {
    while (text[i] === '\n') i++;
  };
  // proc_get_long(): a number, then a character from `allowed` or the end.
  const num = (allowed: string): { v: number; c: string } | null => {
    if (text[i] === '-') return null;
    const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(text.slice(i));
    if (!m) return null;
    i += m[1].length;
    const c = text[i] ?? '';
    if (c && !allowed.includes(c)) return null;
    return { v: Number(m[1].startsWith('0x') || m[1].startsWith('0X') ? parseInt(m[1], 16) : m[1].startsWith('0') ? parseInt(m[1], 8) : m[1]), c };
  };
  skipNewlines();
  while (i < text.length) {
    const a = num('-,\n');
    if (!a || a.v >= len) return null;
    let b = a.v;
    if (a.c) i++;
    if (a.c === '-') {
      const r = num(',\n');
      if (!r || r.v >= len || a.v > r.v) return null;
      b = r.v;
      if (r.c) i++;
    }
    set.fill(1, a.v, b + 1);
    skipNewlines();
  }
  const out: string[] = [];
  for (let x = 0; x < len; x++) {
    if (!set[x]) continue;
    let y = x;
    while (y + 1 < len && set[y + 1]) y++;
    out.push(x === y ? String(x) : `${x}-${y}`);
    x = y;
  }
  return out.join(',');
}

/** Stores an integer value and runs the handler's side effects. */
function applyInt(ns: Netns, key: string, shown: string): Errno | null {
  const sys = ns.sysctl;
  if (key === 'net.ipv4.ip_unprivileged_port_start') {
    const low = Number((sys.get('net.ipv4.ip_local_port_range') ?? '0').split('\t')[0]);
    if (Number(shown) > low) return 'EINVAL';
  }
  const m = /^net\.ipv([46])\.conf\.([^.]+)\.(.+)$/.exec(key);
  const old = sys.get(key);
  sys.set(key, shown);
  if (key === 'net.ipv4.ip_forward') {
    // The same int as net.ipv4.conf.all.forwarding (ctl_forward_entry).
    sys.set('net.ipv4.conf.all.forwarding', shown);
    if (old !== shown) inetForwardChange(ns, shown);
    return null;
  }
  if (!m) return null;
  const [, fam, dev, name] = m;
  const devices = ns.list();
  if (fam === '4') {
    if (name === 'forwarding') {
      if (dev === 'all') {
        sys.set('net.ipv4.ip_forward', shown);
        if (old !== shown) inetForwardChange(ns, shown);
      }
      return null;
    }
    if (V4_NO_DEFAULT_COPY.has(name)) return null;
    // devinet_conf_proc(): the entry is now set on this device; a write to
    // `default` reaches every device that never set it (devinet_copy_dflt_conf()).
    if (dev !== 'all') sys.explicit.add(key);
    if (dev === 'default') {
      for (const l of devices) {
        const k = `net.ipv4.conf.${devKey(l.name)}.${name}`;
        if (!sys.explicit.has(k) && sys.has(k)) sys.set(k, shown);
      }
    }
    return null;
  }
  // IPv6 (addrconf_sysctl_forward/_disable/_addr_gen_mode/...).
  if (dev === 'all' && name in V6_ALL_PROPAGATES) {
    if (V6_ALL_PROPAGATES[name]) sys.set(`net.ipv6.conf.default.${name}`, shown);
    for (const l of devices) {
      const k = `net.ipv6.conf.${devKey(l.name)}.${name}`;
      if (!sys.has(k)) continue;
      const before = name === 'addr_gen_mode' ? readSysctl(ns, k) : sys.get(k);
      sys.set(k, shown);
      if (name === 'disable_ipv6' && isOn(before) !== isOn(shown)) ns.ipv6DisableChanged(l);
      if (name === 'forwarding' && isOn(before) !== isOn(shown)) ns.ipv6ForwardChanged(l);
      if (name === 'addr_gen_mode' && before !== shown) setAddrGenMode(ns, l, shown);
    }
    return null;
  }
  if (name === 'addr_gen_mode' && dev !== 'default') {
    const l = devices.find((x) => devKey(x.name) === dev);
    if (l && ADDR_GEN_MODES.indexOf(l.addrgenmode) !== Number(shown)) setAddrGenMode(ns, l, shown);
    return null;
  }
  if (name === 'forwarding' && dev !== 'default' && dev !== 'all' && isOn(old) !== isOn(shown)) {
    const l = devices.find((x) => devKey(x.name) === dev);
    if (l) ns.ipv6ForwardChanged(l);
  }
  if (name === 'disable_ipv6' && dev !== 'default' && dev !== 'all' && isOn(old) !== isOn(shown)) {
    const l = devices.find((x) => devKey(x.name) === dev);
    if (l) ns.ipv6DisableChanged(l);
  }
  return null;
}

/** addrconf_sysctl_addr_gen_mode(): a new mode on a device makes its
 * automatic addresses anew (addrconf_init_auto_addrs()); old ones stay. */
function setAddrGenMode(ns: Netns, l: import('../link').Link, shown: string): void {
  l.addrgenmode = ADDR_GEN_MODES[Number(shown)] ?? 'eui64';
  // ipv6_gen_mode_random_init(): the random mode draws a stable secret.
  const secret = `net.ipv6.conf.${devKey(l.name)}.stable_secret`;
  if (shown === '3' && !ns.sysctl.has(secret)) {
    const hex = Array.from({ length: 8 }, () => Math.floor(ns.kernel.random() * 0x10000).toString(16).padStart(4, '0'));
    ns.sysctl.set(secret, hex.join(':'));
  }
  ns.ipv6DisableChanged(l);
}

function isOn(v: string | undefined): boolean {
  return v !== undefined && v !== '0';
}

/** inet_forward_change() in net/ipv4/devinet.c. */
function inetForwardChange(ns: Netns, on: string): void {
  const sys = ns.sysctl;
  sys.set('net.ipv4.conf.all.accept_redirects', on === '0' ? '1' : '0');
  sys.set('net.ipv4.conf.default.forwarding', on);
  for (const l of ns.list()) {
    const k = `net.ipv4.conf.${devKey(l.name)}.forwarding`;
    if (sys.has(k)) sys.set(k, on);
  }
}
