// Seeded random sysctl scenarios: writes of random keys (every key a fresh
// namespace has, devices' too) with values chosen to hit the parser and the
// ranges (signs, bases, blanks, bounds, garbage), reads in every form, and the
// propagation paths (all/default, devices created after a write, disable_ipv6
// with addresses, namespaces). The kernel decides the answers.
//
//   npx tsx conformance/generators/sysctl.ts [--seeds 1-12] [--steps 40] [--out DIR]
//
// writes conformance/scenarios/random/sysctl-s<seed>.sh; record them with
// `npm run conformance:record random/sysctl`.

import { seededMain } from './cli';
import { fileURLToPath } from 'node:url';
import { rng } from './foundation';
import FRESH from '../../src/kernel/sysctl/fresh-netns.json';

/** Keys whose effects iplab does not model (they change kernel state
 * outside the sysctl tree, or depend on the host). */
const SKIP = /stable_secret|tcp_fastopen_key|rps_default_mask|ip_local_reserved_ports|nf_hooks_lwtunnel|nf_log\.|addr_gen_mode|conntrack_count|tcp_available|tcp_allowed|xfrm_acq_expires/;

const VALUES = ['0', '1', '1', '2', '3', '-1', '7', '64', '255', '256', '1279', '1280', '1500', '65535', '65536', '2147483647', '2147483648', '-2147483648', '4294967295', '0x10', '010', '08', 'abc', '', ' 5 ', '1 2', '+1', '1abc', '100000'];

class Gen {
  private readonly r: () => number;
  private readonly lines: string[] = [];
  private readonly devs: string[] = [];
  private readonly ns: string[] = [];
  private macN = 0;

  constructor(private readonly seed: number) {
    this.r = rng(seed * 7919 + 17);
  }

  private int(n: number): number {
    return Math.floor(this.r() * n);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  private chance(p: number): boolean {
    return this.r() < p;
  }
  private emit(s: string): void {
    this.lines.push(s);
  }
  private mac(): string {
    this.macN++;
    const h = (x: number): string => x.toString(16).padStart(2, '0');
    return `02:00:00:01:${h(this.seed & 0xff)}:${h(this.macN)}`;
  }
  private q(s: string): string {
    return /^[A-Za-z0-9_.\/=:+-]+$/.test(s) ? s : `'${s}'`;
  }

  /** A key of the fresh tree, the device part replaced by a device of ours. */
  private key(): string {
    const keys = Object.keys(FRESH as Record<string, string>).filter((k) => !SKIP.test(k));
    let k = this.pick(keys);
    const m = /^net\.ipv([46])\.(conf|neigh)\.([^.]+)\.(.+)$/.exec(k);
    if (m && this.devs.length && this.chance(0.5)) k = `net.ipv${m[1]}.${m[2]}.${this.pick(this.devs)}.${m[4]}`;
    return k;
  }

  private addVeth(): void {
    const n = this.devs.length / 2;
    const a = `v${n}`;
    const b = `w${n}`;
    this.emit(`ip link add ${a} address ${this.mac()} type veth peer name ${b} address ${this.mac()}`);
    this.devs.push(a, b);
    if (this.chance(0.6)) {
      this.emit(`ip link set ${a} up`);
      this.emit(`ip link set ${b} up`);
    }
  }

  private write(): void {
    const k = this.key();
    const v = this.pick(VALUES);
    const form = this.int(4);
    if (form === 0) this.emit(`sysctl -w ${this.q(`${k}=${v}`)}`);
    else if (form === 1) this.emit(`sysctl ${this.q(`${k}=${v}`)}`);
    else if (form === 2) this.emit(`sysctl -q -w ${this.q(`${k}=${v}`)}`);
    else this.emit(`sysctl -w ${this.q(`${k.replace(/\./g, '/')}=${v}`)}`);
    if (this.chance(0.5)) this.emit(`sysctl ${k}`);
  }

  private read(): void {
    const k = this.key();
    const form = this.int(5);
    if (form === 0) this.emit(`sysctl ${k}`);
    else if (form === 1) this.emit(`sysctl -n ${k}`);
    else if (form === 2) this.emit(`sysctl -N ${k}`);
    else if (form === 3) this.emit(`sysctl -a -r ${this.q(`\\.${k.slice(k.lastIndexOf('.') + 1)}$`)}`);
    else this.emit(`sysctl ${k.slice(0, k.lastIndexOf('.'))}`);
  }

  private propagate(): void {
    const fam = this.pick(['4', '6']);
    const which = this.pick(['all', 'default']);
    const name = fam === '4' ? this.pick(['forwarding', 'rp_filter', 'arp_ignore', 'accept_redirects', 'promote_secondaries', 'log_martians']) : this.pick(['forwarding', 'disable_ipv6', 'accept_ra', 'hop_limit', 'ignore_routes_with_linkdown', 'force_forwarding']);
    this.emit(`sysctl -w net.ipv${fam}.conf.${which}.${name}=${this.pick(['0', '1', '2'])}`);
    if (this.chance(0.4)) this.addVeth();
    this.emit(`sysctl -a -r ${this.q(`ipv${fam}\\.conf\\..*\\.${name}$`)}`);
    if (name === 'disable_ipv6' && this.chance(0.6)) this.emit('ip -6 addr');
  }

  private netns(): void {
    const n = `ns${this.ns.length + 1}`;
    this.ns.push(n);
    this.emit(`ip netns add ${n}`);
    const k = this.key().replace(/\.(conf|neigh)\.(v|w)\d+\./, '.$1.lo.');
    this.emit(`ip netns exec ${n} sysctl -w ${this.q(`${k}=${this.pick(VALUES)}`)}`);
    this.emit(`ip netns exec ${n} sysctl ${k}`);
    this.emit(`sysctl ${k}`);
  }

  generate(steps: number): string {
    this.emit('ip link set lo up');
    this.addVeth();
    const ops: [number, () => void][] = [
      [10, () => this.write()],
      [5, () => this.read()],
      [3, () => this.propagate()],
      [1, () => this.addVeth()],
      [1, () => this.netns()],
    ];
    const total = ops.reduce((s, [w]) => s + w, 0);
    while (this.lines.length < steps) {
      let x = this.r() * total;
      for (const [w, f] of ops) {
        if ((x -= w) < 0) {
          f();
          break;
        }
      }
    }
    return this.lines.join('\n') + '\n';
  }
}

export function generate(seed: number, steps: number): string {
  return `# Generated by conformance/generators/sysctl.ts (seed ${seed}, ${steps} steps): do not edit, regenerate.\n` + new Gen(seed).generate(steps);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) seededMain(process.argv.slice(2), { name: 'sysctl', seeds: [1, 12], steps: 40, generate });
