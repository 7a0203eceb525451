// Per-namespace sysctls under /proc/sys/net, as a flat map of dotted keys to
// the text /proc shows. A fresh namespace starts from the values recorded in
// a fresh `unshare --net` namespace (fresh-netns.json, lo included). A device
// created later gets its conf/ and neigh/ entries from `default` (as
// devinet_init_net()/ipv6_add_dev() copy devconf_dflt) — lo keeps its own.
//
// Keys are dotted as sysctl(8) prints them: a '.' inside a device name
// (eth0.100) is stored as '/', exactly as procps' slashdot() shows it, so a
// key maps to its /proc/sys path by swapping '.' and '/'.

import FRESH from './fresh-netns.json';

const fresh = FRESH as Record<string, string>;

/** The per-device key groups: net.ipv4.conf.DEV.*, net.ipv6.conf.DEV.*, net.ipv{4,6}.neigh.DEV.* */
const DEVICE_GROUPS = ['net.ipv4.conf.', 'net.ipv6.conf.', 'net.ipv4.neigh.', 'net.ipv6.neigh.'] as const;

const templates = new Map<string, [string, string][]>();

/** The keys of one device in a fresh namespace, without the prefix (cached). */
function templateFor(group: string, source: string): [string, string][] {
  const p = group + source + '.';
  let t = templates.get(p);
  if (!t) {
    t = Object.entries(fresh)
      .filter(([k]) => k.startsWith(p))
      .map(([k, v]) => [k.slice(p.length), v]);
    templates.set(p, t);
  }
  return t;
}

/** A device name as it appears inside a dotted key. */
export function devKey(name: string): string {
  return name.replace(/\./g, '/');
}

/** IN6_ADDR_GEN_MODE_*: the values of addr_gen_mode. */
export const ADDR_GEN_MODES = ['eui64', 'none', 'stable_secret', 'random'] as const;

/** The pseudo key under which the snapshot keeps `explicit`. */
const EXPLICIT_KEY = '~explicit';
/** The pseudo key listing devices without IPv6 keys (MTU below 1280). */
const NO_IPV6_KEY = '~noipv6';
/** Devices without an in_device (MTU below 68), comma-separated. */
const NO_IPV4_KEY = '~noipv4';

/** sysctl tree order: proc_sys_readdir() walks an rbtree ordered by
 * namecmp() (memcmp, then length) one directory level at a time. */
export function compareKeys(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    if (pa[i] === pb[i]) continue;
    const x = pa[i].replace(/\//g, '.');
    const y = pb[i].replace(/\//g, '.');
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

export class Sysctl {
  private map: Map<string, string> | null;
  /** net.ipv4.conf.DEV.* keys written explicitly (the in_device cnf.state
   * bits set by devinet_conf_proc()): those no longer follow `default`. */
  private readonly explicitSet = new Set<string>();
  get explicit(): Set<string> {
    void this.values;
    return this.explicitSet;
  }
  private sorted: string[] | null = null;
  /** Devices that lost their in_device (inetdev_destroy()). */
  private readonly noInet4 = new Set<string>();
  /** Set when restored from a snapshot: built on first use, since most
   * commands never read the sysctls of most namespaces. */
  private pending: { devices: string[]; overrides: Record<string, string> } | null = null;

  constructor(values?: Map<string, string>) {
    this.map = values ?? new Map(Object.entries(fresh));
  }

  /** A namespace's sysctls from a snapshot: fresh values, the fresh template
   * for each device other than lo, then the stored differences. */
  static restore(devices: string[], overrides: Record<string, string>): Sysctl {
    const s = new Sysctl(new Map());
    s.map = null;
    s.pending = { devices, overrides };
    return s;
  }

  /** Insertion order is the listing order of `sysctl -a` within a group. */
  get values(): Map<string, string> {
    if (!this.map) {
      const { devices, overrides } = this.pending!;
      this.map = new Map(Object.entries(fresh));
      for (const d of devices) this.addDeviceFresh(d);
      for (const [k, v] of Object.entries(overrides)) {
        if (k === EXPLICIT_KEY) {
          for (const e of v.split(',')) {
            if (e.endsWith('.*')) this.devconfSetAll(e.slice(14, -2).replace(/\//g, '.'));
            else if (e) this.explicitSet.add(e);
          }
        } else if (k === NO_IPV4_KEY) {
          for (const d of v.split(',')) if (d) this.setInet4(d.replace(/\//g, '.'), false);
        } else if (k === NO_IPV6_KEY) {
          for (const d of v.split(',')) if (d) this.setDeviceMtu(d.replace(/\//g, '.'), 0);
        } else this.map.set(k, v);
      }
      this.pending = null;
    }
    return this.map;
  }

  get(key: string): string | undefined {
    return this.values.get(key);
  }

  getInt(key: string, fallback = 0): number {
    const v = this.values.get(key);
    return v === undefined ? fallback : parseInt(v, 10);
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  set(key: string, value: string): void {
    if (!this.values.has(key)) this.sorted = null;
    this.values.set(key, value);
  }

  /** Per-device value of net.ipv4.conf / net.ipv6.conf. */
  conf(family: 4 | 6, dev: string, name: string): number {
    return this.getInt(`net.ipv${family}.conf.${devKey(dev)}.${name}`);
  }

  /** Every key in the order `sysctl -a` lists them, including the keys that
   * hold no readable value (route.flush, an unset stable_secret). */
  keys(): string[] {
    if (!this.sorted) {
      const all = [...this.values.keys(), 'net.ipv4.route.flush', 'net.ipv6.route.flush'];
      for (const k of this.values.keys()) {
        const m = /^net\.ipv6\.conf\.([^.]+)\.forwarding$/.exec(k);
        if (m && !this.values.has(`net.ipv6.conf.${m[1]}.stable_secret`)) all.push(`net.ipv6.conf.${m[1]}.stable_secret`);
        // The deprecated second-based views of the neighbour timers.
        const n = /^(net\.ipv[46]\.neigh\.[^.]+)\.(base_reachable_time|retrans_time)_ms$/.exec(k);
        if (n) all.push(`${n[1]}.${n[2]}`);
      }
      this.sorted = all.sort(compareKeys);
    }
    return this.sorted;
  }

  /** Does /proc/sys/<key as path> exist, and is it a file or a directory? */
  lookup(key: string): 'file' | 'dir' | undefined {
    if (key === '') return 'dir';
    if (this.values.has(key)) return 'file';
    const keys = this.keys();
    // Binary search for the first key >= key in tree order.
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(keys[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (keys[lo] === key) return 'file';
    // Children sort right after their directory's own name.
    return keys[lo]?.startsWith(key + '.') ? 'dir' : undefined;
  }

  /** register_netdevice → devinet/addrconf/neigh sysctl registration. */
  addDevice(name: string, mtu?: number): void {
    name = devKey(name);
    this.sorted = null;
    for (const g of DEVICE_GROUPS) {
      const src = g.endsWith('neigh.') ? 'lo' : 'default';
      const tmpl = g.endsWith('neigh.') ? templateFor(g, src) : this.currentTemplate(g);
      for (const [k, v] of tmpl) this.values.set(`${g}${name}.${k}`, v);
    }
    if (mtu !== undefined) this.setDeviceMtu(name, mtu);
    this.inheritDefaultState(name);
  }

  /** addrconf's idev->cnf.mtu6 follows the device (NETDEV_CHANGEMTU). */
  /** net.ipv6.conf.DEV.addr_gen_mode as the link attribute names it. */
  addrGenMode(name: string): 'eui64' | 'none' | 'stable_secret' | 'random' | undefined {
    const v = this.values.get(`net.ipv6.conf.${devKey(name)}.addr_gen_mode`);
    return v === undefined ? undefined : ADDR_GEN_MODES[Number(v)];
  }

  /** ipv4_devconf_setall(): every IPv4 conf entry of the device counts as set. */
  devconfSetAll(name: string): void {
    const p = `net.ipv4.conf.${devKey(name)}.`;
    for (const k of this.values.keys()) if (k.startsWith(p)) this.explicitSet.add(k);
  }

  /** Below IPV6_MIN_MTU the device loses its inet6_dev (addrconf_ifdown(dev,
   * true)) and with it net.ipv6.conf.DEV and net.ipv6.neigh.DEV; back at
   * 1280 or more, ipv6_add_dev() makes them anew from `default`. */
  setDeviceMtu(name: string, mtu: number): void {
    name = devKey(name);
    const k = `net.ipv6.conf.${name}.mtu`;
    if (mtu < 1280) {
      if (!this.values.has(k)) return;
      this.sorted = null;
      for (const g of ['net.ipv6.conf.', 'net.ipv6.neigh.']) {
        const p = `${g}${name}.`;
        for (const key of [...this.values.keys()]) if (key.startsWith(p)) this.values.delete(key);
      }
      return;
    }
    if (!this.values.has(k)) {
      this.sorted = null;
      for (const [t, v] of this.currentTemplate('net.ipv6.conf.')) this.values.set(`net.ipv6.conf.${name}.${t}`, v);
      for (const [t, v] of templateFor('net.ipv6.neigh.', 'lo')) this.values.set(`net.ipv6.neigh.${name}.${t}`, v);
    }
    if (this.values.has(k)) this.values.set(k, String(mtu));
  }

  /** inetdev_init() copies devconf_dflt whole, its state bits included: an
   * entry written on `default` before the device's in_device existed counts as set. */
  private inheritDefaultState(name: string): void {
    for (const k of [...this.explicitSet]) {
      if (k.startsWith('net.ipv4.conf.default.')) this.explicitSet.add(`net.ipv4.conf.${name}.${k.slice(22)}`);
    }
  }

  /** Is there an in_device (net.ipv4.conf.DEV)? */
  hasInet4(name: string): boolean {
    return this.values.has(`net.ipv4.conf.${devKey(name)}.forwarding`);
  }

  /** inetdev_destroy() (MTU below 68) drops net.ipv4.conf.DEV and
   * net.ipv4.neigh.DEV; inetdev_init() makes them anew from `default`. */
  setInet4(name: string, present: boolean): void {
    name = devKey(name);
    this.sorted = null;
    if (present) this.noInet4.delete(name);
    else this.noInet4.add(name);
    for (const g of ['net.ipv4.conf.', 'net.ipv4.neigh.']) {
      const p = `${g}${name}.`;
      for (const k of [...this.values.keys()]) if (k.startsWith(p)) this.values.delete(k);
      for (const k of [...this.explicit]) if (k.startsWith(p)) this.explicit.delete(k);
      if (!present) continue;
      const tmpl = g.endsWith('neigh.') ? templateFor(g, 'lo') : this.currentTemplate(g);
      for (const [k, v] of tmpl) this.values.set(`${p}${k}`, v);
    }
    if (present) this.inheritDefaultState(name);
  }

  private currentTemplate(group: string): [string, string][] {
    const p = group + 'default.';
    const out: [string, string][] = [];
    for (const [k, v] of this.values) if (k.startsWith(p)) out.push([k.slice(p.length), v]);
    return out;
  }

  removeDevice(name: string): void {
    name = devKey(name);
    this.sorted = null;
    this.noInet4.delete(name);
    for (const g of DEVICE_GROUPS) {
      const p = `${g}${name}.`;
      for (const k of [...this.values.keys()]) if (k.startsWith(p)) this.values.delete(k);
      for (const k of [...this.explicit]) if (k.startsWith(p)) this.explicit.delete(k);
    }
  }

  renameDevice(from: string, to: string): void {
    from = devKey(from);
    to = devKey(to);
    this.sorted = null;
    if (this.noInet4.delete(from)) this.noInet4.add(to);
    for (const k of [...this.explicit]) {
      if (k.startsWith(`net.ipv4.conf.${from}.`)) {
        this.explicit.delete(k);
        this.explicit.add(`net.ipv4.conf.${to}.${k.slice(15 + from.length)}`);
      }
    }
    const next = new Map<string, string>();
    for (const [k, v] of this.values) {
      let nk = k;
      for (const g of DEVICE_GROUPS) {
        if (k.startsWith(`${g}${from}.`)) nk = `${g}${to}.${k.slice(g.length + from.length + 1)}`;
      }
      next.set(nk, v);
    }
    this.values.clear();
    for (const [k, v] of next) this.values.set(k, v);
  }

  /** What a key holds in a fresh namespace whose devices were all created
   * with the fresh `default` values: the reference the snapshot diffs against. */
  static reference(key: string): string | undefined {
    const v = fresh[key];
    if (v !== undefined) return v;
    for (const g of DEVICE_GROUPS) {
      if (!key.startsWith(g)) continue;
      const rest = key.slice(g.length);
      const dot = rest.indexOf('.');
      if (dot < 0) return undefined;
      return fresh[`${g}${g.endsWith('neigh.') ? 'lo' : 'default'}.${rest.slice(dot + 1)}`];
    }
    return undefined;
  }

  /** Creates a device's keys from the fresh template (restoring a snapshot). */
  addDeviceFresh(name: string): void {
    name = devKey(name);
    this.sorted = null;
    for (const g of DEVICE_GROUPS) {
      for (const [k, v] of templateFor(g, g.endsWith('neigh.') ? 'lo' : 'default')) this.values.set(`${g}${name}.${k}`, v);
    }
  }

  /** Only the keys whose value differs from Sysctl.reference, for the snapshot. */
  snapshot(): Record<string, string> {
    // Never materialised since the load: nothing changed, the stored
    // differences stand as they were.
    if (!this.map && this.pending) return { ...this.pending.overrides };
    const out: Record<string, string> = {};
    for (const [k, v] of this.values) if (Sysctl.reference(k) !== v) out[k] = v;
    if (this.explicit.size) {
      // A device with every entry set (lo once up) is written DEV.* .
      const byDev = new Map<string, string[]>();
      for (const k of this.explicit) {
        const m = /^(net\.ipv4\.conf\.[^.]+)\./.exec(k);
        const d = m ? m[1] : k;
        byDev.set(d, [...(byDev.get(d) ?? []), k]);
      }
      const parts: string[] = [];
      for (const [d, ks] of byDev) {
        let total = 0;
        for (const k of this.values.keys()) if (k.startsWith(d + '.')) total++;
        if (ks.length === total && total > 0) parts.push(`${d}.*`);
        else parts.push(...ks);
      }
      out[EXPLICIT_KEY] = parts.join(',');
    }
    const noV6: string[] = [];
    for (const k of this.values.keys()) {
      const m = /^net\.ipv4\.conf\.([^.]+)\.forwarding$/.exec(k);
      if (m && m[1] !== 'all' && m[1] !== 'default' && !this.values.has(`net.ipv6.conf.${m[1]}.forwarding`)) noV6.push(m[1]);
    }
    for (const d of this.noInet4) if (!this.values.has(`net.ipv6.conf.${d}.forwarding`)) noV6.push(d);
    if (noV6.length) out[NO_IPV6_KEY] = noV6.join(',');
    if (this.noInet4.size) out[NO_IPV4_KEY] = [...this.noInet4].join(',');
    return out;
  }

}
