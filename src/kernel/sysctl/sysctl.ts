// Per-namespace sysctls under /proc/sys/net, as a flat map of dotted keys to
// the text /proc shows. A fresh namespace starts from the values recorded in
// a fresh `unshare --net` namespace (fresh-netns.json, lo included). A device
// created later gets its conf/ and neigh/ entries from `default` (as
// devinet_init_net()/ipv6_add_dev() copy devconf_dflt) — lo keeps its own.

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

export class Sysctl {
  private map: Map<string, string> | null;
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
      for (const [k, v] of Object.entries(overrides)) this.map.set(k, v);
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
    this.values.set(key, value);
  }

  /** Per-device value of net.ipv4.conf / net.ipv6.conf. */
  conf(family: 4 | 6, dev: string, name: string): number {
    return this.getInt(`net.ipv${family}.conf.${dev}.${name}`);
  }

  /** register_netdevice → devinet/addrconf/neigh sysctl registration. */
  addDevice(name: string): void {
    for (const g of DEVICE_GROUPS) {
      const src = g.endsWith('neigh.') ? 'lo' : 'default';
      const tmpl = g.endsWith('neigh.') ? templateFor(g, src) : this.currentTemplate(g);
      for (const [k, v] of tmpl) this.values.set(`${g}${name}.${k}`, v);
    }
  }

  private currentTemplate(group: string): [string, string][] {
    const p = group + 'default.';
    const out: [string, string][] = [];
    for (const [k, v] of this.values) if (k.startsWith(p)) out.push([k.slice(p.length), v]);
    return out;
  }

  removeDevice(name: string): void {
    for (const g of DEVICE_GROUPS) {
      const p = `${g}${name}.`;
      for (const k of [...this.values.keys()]) if (k.startsWith(p)) this.values.delete(k);
    }
  }

  renameDevice(from: string, to: string): void {
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
    for (const g of DEVICE_GROUPS) {
      for (const [k, v] of templateFor(g, g.endsWith('neigh.') ? 'lo' : 'default')) this.values.set(`${g}${name}.${k}`, v);
    }
  }

  /** Only the keys whose value differs from Sysctl.reference, for the snapshot. */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.values) if (Sysctl.reference(k) !== v) out[k] = v;
    return out;
  }

}
