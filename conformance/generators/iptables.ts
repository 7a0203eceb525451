// Seeded random rule sets for iptables / ip6tables 1.8.9 (nf_tables): every
// table, user chains, the matches and targets Docker and kube-proxy use,
// inserts, deletes (by spec and number), replaces, renames, policies, zeroed
// counters, listings in every format, save and restore (flush and --noflush).
// Valid and invalid operations are mixed; the generator only keeps a rough
// model of which chains exist to pick plausible names, it never predicts
// answers (the kernel does).
//
//   npx tsx conformance/generators/iptables.ts [--seeds 1-20] [--steps 60] [--out DIR]
//
// writes conformance/scenarios/random/iptables-s<seed>.sh; record them with
// `npm run conformance:record random/iptables`.

import { seededMain } from './cli';
import { fileURLToPath } from 'node:url';
import { rng } from './foundation';

type Table = 'filter' | 'nat' | 'mangle' | 'raw' | 'security';
const BUILTIN: Record<Table, string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};
const TABLES = Object.keys(BUILTIN) as Table[];

class Gen {
  private readonly r: () => number;
  readonly lines: string[] = [];
  /** user chains per family and table */
  private readonly chains = new Map<string, string[]>();
  private v6 = false;
  /** Rule text goes into an iptables-restore heredoc (no shell quoting). */
  private heredoc = false;
  /** Chains (per family and table) that may hold an NFLOG rule with a prefix:
   * `-Z CHAIN N` on such a rule crashes the real iptables 1.8.9 (SIGSEGV in
   * nft_rule_zero_counters()), so the generator zeroes the whole chain there. */
  private readonly nflogPrefix = new Set<string>();

  constructor(readonly seed: number) {
    this.r = rng(seed * 7919 + 4);
  }

  private int(n: number): number {
    return Math.floor(this.r() * n);
  }
  private pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)];
  }
  private chance(p: number): boolean {
    return this.r() < p;
  }
  private user(t: Table): string[] {
    const k = `${this.v6 ? 6 : 4}${t}`;
    if (!this.chains.has(k)) this.chains.set(k, []);
    return this.chains.get(k)!;
  }
  private inv(p = 0.2): string {
    return this.chance(p) ? '! ' : '';
  }

  private addr(): string {
    if (this.v6) {
      const a = this.pick(['2001:db8::', '2001:db8:1::1', 'fd00::', 'fe80::1', '::1', 'fd00:a:b::']);
      return this.chance(0.5) ? a : `${a}/${this.pick([16, 32, 48, 64, 127, 128])}`;
    }
    const a = `${this.pick([10, 172, 192, 198, 127])}.${this.int(256)}.${this.int(256)}.${this.int(256)}`;
    return this.chance(0.4) ? a : `${a}/${this.pick([0, 8, 12, 16, 24, 30, 32])}`;
  }

  private port(): string {
    const p = this.pick(['22', '80', '443', '53', '8080', '1024', 'ssh', 'http', 'domain', '65535', '0', '3000']);
    if (this.chance(0.25)) return `${p}:${this.pick(['1000', '65535', '9000'])}`;
    return p;
  }

  /** A random rule for table t, chain c (mostly valid). */
  rule(t: Table, c: string): string {
    const w: string[] = [];
    if (this.chance(0.3)) w.push(`${this.inv()}-s ${this.addr()}`);
    if (this.chance(0.3)) w.push(`${this.inv()}-d ${this.addr()}`);
    const inOk = !['OUTPUT', 'POSTROUTING'].includes(c) || this.chance(0.05);
    const outOk = !['INPUT', 'PREROUTING'].includes(c) || this.chance(0.05);
    if (inOk && this.chance(0.25)) w.push(`${this.inv()}-i ${this.pick(['eth0', 'veth+', 'br0', 'docker0', 'lo'])}`);
    if (outOk && this.chance(0.25)) w.push(`${this.inv()}-o ${this.pick(['eth1', 'eth+', 'cni0', 'docker0'])}`);
    const proto = this.pick(['tcp', 'tcp', 'udp', 'icmp', 'all', '', '', '47', 'sctp']);
    const pv = this.v6 && proto === 'icmp' ? 'ipv6-icmp' : proto;
    if (pv) w.push(`${proto === 'tcp' || proto === 'udp' ? this.inv(0.05) : ''}-p ${pv}`);
    const nm = this.int(3);
    for (let i = 0; i < nm; i++) w.push(this.match(pv, c));
    w.push(this.target(t, c, pv));
    const text = w.filter((x) => x).join(' ');
    if (text.includes('--nflog-prefix')) this.nflogPrefix.add(`${this.v6 ? 6 : 4}${t}:${c}`);
    return text;
  }

  private match(proto: string, c: string): string {
    const opts: (() => string)[] = [
      () => `-m conntrack ${this.inv()}--ctstate ${this.pick(['NEW', 'RELATED,ESTABLISHED', 'INVALID', 'ESTABLISHED,RELATED,DNAT', 'UNTRACKED'])}`,
      () => `-m state ${this.inv()}--state ${this.pick(['NEW', 'ESTABLISHED,RELATED', 'INVALID'])}`,
      () => `-m comment --comment ${this.pick(['"kubernetes service portals"', 'docker', '"a/b:c -> 10.0.0.1:80"', 'x_y-z'])}`,
      () => `-m mark ${this.inv()}--mark ${this.pick(['0x4000/0x4000', '1', '0x10/0xf0', '0xffffffff'])}`,
      () => `-m connmark ${this.inv()}--mark ${this.pick(['0x1', '5/0xff'])}`,
      () => `-m statistic --mode random --probability ${this.pick(['0.5', '0.33333333349', '0.25000000000', '0.1', '1'])}`,
      () => `-m statistic --mode nth --every ${this.pick(['2', '3', '10'])} --packet ${this.pick(['0', '1'])}`,
      () => `-m addrtype ${this.inv()}--dst-type ${this.pick(['LOCAL', 'UNICAST', 'BROADCAST', 'MULTICAST'])}`,
      () => `-m addrtype --src-type ${this.pick(['LOCAL', 'UNICAST'])}`,
      () => `-m limit --limit ${this.pick(['5/min', '10/second', '1/hour', '100/day', '3/s'])}${this.chance(0.5) ? ` --limit-burst ${this.pick(['1', '5', '20'])}` : ''}`,
      () => (this.v6 ? `-m iprange ${this.inv()}--src-range 2001:db8::1-2001:db8::9` : `-m iprange ${this.inv()}--dst-range 10.0.0.1-10.0.0.${1 + this.int(200)}`),
      () => (['PREROUTING', 'INPUT', 'FORWARD'].includes(c) || this.chance(0.1) ? `-m mac ${this.inv()}--mac-source 02:00:00:00:00:${String(10 + this.int(80))}` : ''),
      () => `-m length ${this.inv()}--length ${this.pick(['100:200', '1500', '0:64'])}`,
      () => (this.v6 ? `-m hl --hl-${this.pick(['eq', 'lt', 'gt'])} ${this.int(256)}` : `-m ttl --ttl-${this.pick(['eq', 'lt', 'gt'])} ${this.int(256)}`),
      () => `-m pkttype ${this.inv()}--pkt-type ${this.pick(['unicast', 'broadcast', 'multicast'])}`,
      () => `-m physdev ${this.pick(['--physdev-in veth0', '--physdev-is-bridged', '! --physdev-is-in', '--physdev-out eth+'])}`,
    ];
    if (proto === 'tcp' || proto === 'udp') {
      opts.push(
        () => `-m ${proto} ${this.inv()}--dport ${this.port()}`,
        () => `${this.inv()}--sport ${this.port()}`,
        () => `-m multiport ${this.inv()}--${this.pick(['dports', 'sports', 'ports'])} ${this.pick(['80,443', '22,80:90,8080', '53', 'http,https'])}`,
      );
      if (proto === 'tcp') opts.push(() => `${this.inv()}--syn`, () => `--tcp-flags ${this.pick(['SYN,RST SYN', 'ALL NONE', 'FIN,ACK FIN', 'ALL ALL'])}`);
    }
    if (proto === 'icmp') opts.push(() => `--icmp-type ${this.pick(['echo-request', '8', '3/4', 'any', 'destination-unreachable', 'time-exceeded', '0'])}`);
    if (proto === 'ipv6-icmp') opts.push(() => `--icmpv6-type ${this.pick(['echo-request', '128', '1/3', 'neighbour-solicitation', '136'])}`);
    if (c === 'OUTPUT' || c === 'POSTROUTING' || this.chance(0.1)) opts.push(() => `-m owner ${this.inv()}--uid-owner ${this.pick(['0', '65534', '100-200'])}`);
    // Seeds above 180 also draw the rarer extensions and ipset matches.
    if (this.seed > 180) {
      opts.push(
        () => `-m recent ${this.inv(0.1)}--${this.pick(['set', 'rcheck', 'update', 'remove'])}${this.chance(0.5) ? ` --name ${this.pick(['SSH', 'web', 'DEFAULT'])}` : ''}${this.chance(0.4) ? ` --seconds ${this.pick(['60', '1', '0'])}` : ''}${this.chance(0.3) ? ` --hitcount ${this.pick(['4', '20'])}` : ''}${this.chance(0.2) ? ' --rdest' : ''}`,
        () => `-m connlimit ${this.inv(0.1)}--connlimit-${this.pick(['above', 'upto'])} ${this.pick(['5', '20', '100'])}${this.chance(0.4) ? ` --connlimit-mask ${this.pick(this.v6 ? ['64', '128'] : ['24', '32', '16'])}` : ''}${this.chance(0.2) ? ' --connlimit-daddr' : ''}`,
        () => `-m connbytes ${this.inv(0.1)}--connbytes ${this.pick(['1000:', '0:500', '10'])} --connbytes-dir ${this.pick(['original', 'reply', 'both'])} --connbytes-mode ${this.pick(['packets', 'bytes', 'avgpkt'])}`,
        () => `-m dscp ${this.inv(0.1)}${this.pick(['--dscp 0x2e', '--dscp 10', '--dscp-class AF41', '--dscp-class EF'])}`,
        () => `-m helper ${this.inv(0.1)}--helper ${this.pick(['ftp', 'sip'])}`,
        () => `-m quota ${this.inv(0.1)}--quota ${this.pick(['1000', '50000'])}`,
        () => `-m rpfilter${this.pick(['', ' --invert', ' --loose', ' --validmark --accept-local'])}`,
        () => `-m set ${this.inv(0.15)}--match-set ${this.pick(this.v6 ? ['six', 'nope'] : ['blk', 'svc', 'nets', 'nope'])} ${this.pick(['src', 'dst', 'dst,dst', 'src,dst'])}${this.chance(0.2) ? ' --return-nomatch' : ''}${this.chance(0.2) ? ' ! --update-counters' : ''}`,
      );
      // Seeds above 220 also draw hashlimit and string.
      if (this.seed > 220)
        opts.push(
          () => `-m hashlimit --hashlimit-${this.pick(['upto', 'above'])} ${this.pick(['10/sec', '5/min', '1/hour', '3/day', '100'])}${this.chance(0.4) ? ` --hashlimit-burst ${this.pick(['1', '10', '100'])}` : ''}${this.chance(0.5) ? ` --hashlimit-mode ${this.pick(['srcip', 'dstip,dstport', 'srcip,srcport'])}` : ''} --hashlimit-name ${this.pick(['ssh', 'web'])}${this.chance(0.2) ? ` --hashlimit-srcmask ${this.pick(['24', '16'])}` : ''}${this.chance(0.2) ? ` --hashlimit-htable-expire ${this.pick(['30000', '0'])}` : ''}`,
          () => `-m string ${this.inv(0.1)}--${this.chance(0.7) ? `string ${this.heredoc ? '"GET /"' : `'GET /'`}` : `hex-string ${this.heredoc ? '"|0d0a|"' : `'|0d0a|'`}`} --algo ${this.pick(['bm', 'kmp'])}${this.chance(0.3) ? ` --to ${this.pick(['100', '40'])}` : ''}${this.chance(0.2) ? ' --icase' : ''}`,
        );
    }
    return this.pick(opts)();
  }

  private target(t: Table, c: string, proto: string): string {
    const ports = proto === 'tcp' || proto === 'udp' || proto === 'sctp';
    const user = this.user(t);
    const opts: (() => string)[] = [
      () => '-j ACCEPT', () => '-j DROP', () => '-j RETURN', () => '',
      () => `-j LOG${this.chance(0.5) ? ` --log-prefix "${this.pick(['IN: ', 'drop', 'x y'])}"` : ''}${this.chance(0.4) ? ` --log-level ${this.pick(['4', 'debug', 'info', '7', 'crit'])}` : ''}`,
      () => `-j NFLOG --nflog-group ${this.int(5)}${this.chance(0.5) ? ' --nflog-prefix p' : ''}`,
      () => `-j MARK --${this.pick(['set-mark 0x1', 'set-xmark 0x4000/0x4000', 'and-mark 0xff', 'or-mark 0x8', 'xor-mark 0x3', 'set-mark 5/0xff'])}`,
      () => `-j CONNMARK --${this.pick(['save-mark', 'restore-mark', 'set-mark 0x2', 'restore-mark --mask 0xff'])}`,
      () => '-j TRACE',
    ];
    if (user.length) opts.push(() => `-j ${this.pick(user)}`, () => `-g ${this.pick(user)}`, () => `-j ${this.pick(user)}`);
    if (t === 'filter' || this.chance(0.1)) {
      opts.push(() => `-j REJECT${this.chance(0.6) ? ` --reject-with ${this.pick(this.v6 ? ['icmp6-adm-prohibited', 'icmp6-port-unreachable', 'tcp-reset', 'icmp6-no-route'] : ['icmp-host-prohibited', 'icmp-port-unreachable', 'tcp-reset', 'icmp-net-unreachable', 'icmp-admin-prohibited'])}` : ''}`);
    }
    if (t === 'nat' || this.chance(0.05)) {
      const a = this.v6 ? this.pick(['fd00::2', this.heredoc ? '[fd00::3]:8080' : "'[fd00::3]:8080'", '2001:db8::1']) : this.pick(['10.0.0.1', '10.0.0.2:8080', '192.0.2.1-192.0.2.9', '172.17.0.2:80']);
      const a4 = this.v6 && a.includes('[') && !ports ? 'fd00::3' : !this.v6 && a.includes(':') && !ports ? a.split(':')[0] : a;
      if (c === 'PREROUTING' || c === 'OUTPUT' || !BUILTIN.nat.includes(c) || this.chance(0.1)) opts.push(() => `-j DNAT --to-destination ${a4}`);
      if (c === 'POSTROUTING' || c === 'INPUT' || this.chance(0.1)) opts.push(() => `-j SNAT --to-source ${a4}${this.chance(0.3) ? ' --random-fully' : ''}`);
      if (c === 'POSTROUTING' || this.chance(0.1)) opts.push(() => `-j MASQUERADE${this.chance(0.3) ? ' --random-fully' : ''}${ports && this.chance(0.3) ? ' --to-ports 1024-65535' : ''}`);
      if (c === 'PREROUTING' || c === 'OUTPUT' || this.chance(0.1)) opts.push(() => `-j REDIRECT${ports && this.chance(0.6) ? ` --to-ports ${this.pick(['3128', '1000-2000'])}` : ''}`);
    }
    if (t === 'mangle' || this.chance(0.05)) {
      opts.push(() => (this.v6 ? `-j HL --hl-${this.pick(['set 64', 'dec 1', 'inc 2'])}` : `-j TTL --ttl-${this.pick(['set 64', 'dec 1', 'inc 2'])}`));
      opts.push(() => `-j DSCP --${this.pick(['set-dscp 10', 'set-dscp-class EF', 'set-dscp 0x2e'])}`);
      if (proto === 'tcp') opts.push(() => '--tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu', () => '-j TCPMSS --set-mss 1400');
    }
    if (t === 'raw' || this.chance(0.05)) opts.push(() => '-j NOTRACK', () => `-j CT ${this.pick(['--notrack', '--zone 3', '--zone-orig 2'])}`);
    if (this.seed > 180) {
      opts.push(() => `-j NFQUEUE${this.pick(['', ' --queue-num 3', ' --queue-balance 0:3 --queue-bypass', ' --queue-num 2 --queue-bypass'])}`);
      if (t === 'mangle' || this.chance(0.1)) opts.push(() => '-j CHECKSUM --checksum-fill');
      opts.push(() => `-j SET --${this.pick(['add-set', 'del-set'])} ${this.pick(this.v6 ? ['six'] : ['blk', 'nets'])} ${this.pick(['src', 'dst'])}`);
    }
    return this.pick(opts)();
  }

  /** " N" for `-Z CHAIN N`, or nothing where that could crash the real iptables. */
  private zeroNum(t: Table, c: string): string {
    const n = 1 + this.int(3);
    return this.nflogPrefix.has(`${this.v6 ? 6 : 4}${t}:${c}`) ? '' : ` ${n}`;
  }

  private cmd(): string {
    return this.v6 ? 'ip6tables' : 'iptables';
  }

  step(): void {
    if (this.chance(0.15)) this.v6 = !this.v6;
    const t = this.chance(0.45) ? 'filter' : this.pick(TABLES);
    const tt = t === 'filter' && this.chance(0.7) ? '' : `-t ${t} `;
    const user = this.user(t);
    const chains = [...BUILTIN[t], ...user];
    const c = this.chance(0.04) ? 'NOPE' : this.pick(chains);
    const x = this.cmd();
    // Seeds above 180 also create, fill and remove the ipsets the rules name.
    if (this.seed > 180 && this.chance(0.12)) {
      this.lines.push(
        this.pick([
          `ipset ${this.pick(['create', '-exist create'])} blk hash:ip${this.chance(0.3) ? ' timeout 600' : ''}`,
          'ipset create svc hash:ip,port',
          `ipset create nets hash:net${this.chance(0.3) ? ' counters' : ''}`,
          'ipset create six hash:ip family inet6',
          `ipset add blk 10.0.${this.int(3)}.${this.int(4)}`,
          `ipset add nets 10.${this.int(3)}.0.0/16`,
          `ipset add svc 10.96.0.${this.int(3)},tcp:${this.pick(['80', '443'])}`,
          'ipset add six 2001:db8::1',
          `ipset del blk 10.0.${this.int(3)}.${this.int(4)}`,
          `ipset test blk 10.0.${this.int(3)}.${this.int(4)}`,
          `ipset ${this.pick(['list', 'list -t', 'list -n', 'save'])}`,
          `ipset destroy ${this.pick(['blk', 'svc', 'nets', 'six'])}`,
          `ipset flush ${this.pick(['blk', 'nets'])}`,
        ]),
      );
      return;
    }
    // Seeds above 100 also draw the less common forms (verbose, numbered, long options).
    if (this.seed > 100 && this.chance(0.3)) {
      const f = this.pick([
        `${x} ${tt}-v -A ${c} ${this.rule(t, c)}`,
        `${x} ${tt}-v -I ${c} ${1 + this.int(3)} ${this.rule(t, c)}`,
        `${x} ${tt}-Z ${c}${this.zeroNum(t, c)}`,
        `${x} ${tt}-L ${c} ${1 + this.int(3)} -n -v`,
        `${x} ${tt}-S ${c} ${1 + this.int(3)}`,
        `${x} ${tt}-v -F${this.chance(0.5) ? ` ${c}` : ''}`,
        `${x} ${tt}-v -X${user.length && this.chance(0.5) ? ` ${this.pick(user)}` : ''}`,
        `${x} ${tt}-X ${this.pick(BUILTIN[t])}`,
        `${x} ${tt}-L -v -Z`,
        `${x} ${tt}--list ${c} --numeric --line-numbers`,
        `${x} ${tt}-w 1 --append ${c} ${this.rule(t, c)}`,
        `${x} ${tt}-A ${c} -c ${this.int(1000)} ${this.int(100000)} ${this.rule(t, c)}`,
        `${x}-save -c${this.chance(0.5) ? ` -t ${t}` : ''}`,
      ]);
      this.lines.push(f.trimEnd());
      return;
    }
    const k = this.int(100);
    if (k < 30) this.lines.push(`${x} ${tt}-A ${c} ${this.rule(t, c)}`.trimEnd());
    else if (k < 38) this.lines.push(`${x} ${tt}-I ${c}${this.chance(0.6) ? ` ${1 + this.int(4)}` : ''} ${this.rule(t, c)}`.trimEnd());
    else if (k < 44) {
      const name = this.pick(['DOCKER', 'DOCKER-USER', 'KUBE-SERVICES', 'KUBE-SVC-ABC', 'KUBE-SEP-XYZ', 'MYCHAIN', 'f2b-sshd', 'LOGDROP']);
      this.lines.push(`${x} ${tt}-N ${name}`);
      if (!user.includes(name)) user.push(name);
    } else if (k < 48) this.lines.push(`${x} ${tt}-D ${c} ${1 + this.int(4)}`);
    else if (k < 52) this.lines.push(`${x} ${tt}-D ${c} ${this.rule(t, c)}`.trimEnd());
    else if (k < 55) this.lines.push(`${x} ${tt}-R ${c} ${1 + this.int(3)} ${this.rule(t, c)}`.trimEnd());
    else if (k < 58) this.lines.push(`${x} ${tt}-C ${c} ${this.rule(t, c)}`.trimEnd());
    else if (k < 61) this.lines.push(`${x} ${tt}-P ${this.pick([...BUILTIN[t], 'FOO'])} ${this.pick(['ACCEPT', 'DROP', 'DROP', 'RETURN'])}`);
    else if (k < 64 && user.length) {
      const from = this.pick(user);
      const to = `${from}-2`;
      this.lines.push(`${x} ${tt}-E ${from} ${to}`);
      user[user.indexOf(from)] = to;
    } else if (k < 67) {
      const ch = this.chance(0.5) && user.length ? ` ${this.pick(user)}` : '';
      this.lines.push(`${x} ${tt}-F${ch}`);
    } else if (k < 70) {
      const ch = user.length && this.chance(0.7) ? ` ${this.pick(user)}` : '';
      this.lines.push(`${x} ${tt}-X${ch}`);
    } else if (k < 73) this.lines.push(`${x} ${tt}-Z${this.chance(0.5) ? ` ${c}` : ''}`);
    else if (k < 85) {
      const f = this.pick(['-L', '-L -n', '-L -n -v', '-L -v', '-L -n --line-numbers', '-L -x -v -n', '-S', '-S -v', `-L ${c}`, `-S ${c}`, `-L ${c} -n -v --line-numbers`, '-nvL']);
      this.lines.push(`${x} ${tt}${f}`);
    } else if (k < 92) this.lines.push(`${x}-save${this.chance(0.3) ? ` -t ${t}` : ''}${this.chance(0.3) ? ' -c' : ''}`);
    else {
      // A restore block: a table with a user chain and a few rules.
      const flush = this.chance(0.5);
      this.lines.push(`${x}-restore${flush ? '' : ' --noflush'}${this.chance(0.2) ? ' -c' : ''} <<'EOF'`);
      this.lines.push(`*${t}`);
      const uc = this.pick(['RCHAIN', 'KUBE-SERVICES', 'DOCKER']);
      if (this.chance(0.7)) this.lines.push(`:${BUILTIN[t][0]} ${this.pick(['ACCEPT', 'DROP'])} [${this.int(9)}:${this.int(999)}]`);
      this.lines.push(`:${uc} - [0:0]`);
      if (!user.includes(uc)) user.push(uc);
      if (flush) for (const u of [...user]) if (u !== uc) user.splice(user.indexOf(u), 1);
      const n = 1 + this.int(4);
      this.heredoc = true;
      for (let i = 0; i < n; i++) {
        const ch = this.pick([...BUILTIN[t], uc]);
        this.lines.push(`${this.chance(0.2) ? `[${this.int(5)}:${this.int(500)}] ` : ''}-A ${ch} ${this.rule(t, ch)}`.trimEnd());
      }
      this.heredoc = false;
      this.lines.push('COMMIT', 'EOF');
    }
  }
}

export function generate(seed: number, steps: number): string {
  const g = new Gen(seed);
  for (let i = 0; i < steps; i++) g.step();
  g.lines.push('iptables-save', 'ip6tables-save');
  return `# Random iptables/ip6tables rule set, seed ${seed} (conformance/generators/iptables.ts)\n${g.lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) seededMain(process.argv.slice(2), { name: 'iptables', seeds: [1, 20], steps: 60, generate });
