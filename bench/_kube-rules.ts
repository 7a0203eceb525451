// A kube-proxy-shaped iptables-restore input (iptables mode, as kube-proxy's
// proxier.go writes it): `services` ClusterIP services with `endpoints`
// endpoints each — KUBE-SERVICES -> KUBE-SVC-* -> KUBE-SEP-* with
// `-m statistic --mode random` and DNAT. About 15 lines per service.

function hash16(s: string): string {
  // A stable 16-character name part, as kube-proxy's servicePortChainName() (base32 of a sha256).
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + s.charCodeAt(i), 2246822519) >>> 0;
  }
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  for (let i = 0; i < 8; i++) out += A[(h1 >>> (i * 4)) & 31] + A[(h2 >>> (i * 4)) & 31];
  return out;
}

export function kubeRules(services: number, endpoints: number): string {
  const nat: string[] = ['*nat', ':KUBE-MARK-MASQ - [0:0]', ':KUBE-NODEPORTS - [0:0]', ':KUBE-POSTROUTING - [0:0]', ':KUBE-SERVICES - [0:0]'];
  const rules: string[] = [
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    '-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000',
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0',
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
  ];
  for (let s = 0; s < services; s++) {
    const ns = `ns${s % 50}`;
    const name = `svc${s}:http`;
    const svc = `KUBE-SVC-${hash16(`${ns}/${name}`)}`;
    const ip = `10.96.${(s >> 8) & 255}.${s & 255}`;
    nat.push(`:${svc} - [0:0]`);
    rules.push(`-A KUBE-SERVICES -d ${ip}/32 -p tcp -m comment --comment "${ns}/${name} cluster IP" -m tcp --dport 80 -j ${svc}`);
    rules.push(`-A ${svc} ! -s 10.244.0.0/16 -d ${ip}/32 -p tcp -m comment --comment "${ns}/${name} cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`);
    for (let e = 0; e < endpoints; e++) {
      const n = s * endpoints + e;
      const ep = `10.${244 + ((n >> 16) & 7)}.${(n >> 8) & 255}.${n & 255}`;
      const sep = `KUBE-SEP-${hash16(`${ns}/${name}/${ep}`)}`;
      nat.push(`:${sep} - [0:0]`);
      const left = endpoints - e;
      // kube-proxy writes the probability as the kernel stores it (u32 of 2^31 * p), as iptables prints it back.
      const prob = left > 1 ? ` -m statistic --mode random --probability ${(Math.round(0x80000000 / left) / 0x80000000).toFixed(11)}` : '';
      rules.push(`-A ${svc} -m comment --comment "${ns}/${name} -> ${ep}:8080"${prob} -j ${sep}`);
      rules.push(`-A ${sep} -s ${ep}/32 -m comment --comment "${ns}/${name}" -j KUBE-MARK-MASQ`);
      rules.push(`-A ${sep} -p tcp -m comment --comment "${ns}/${name}" -m tcp -j DNAT --to-destination ${ep}:8080`);
    }
  }
  rules.push('-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS');
  const filter = [
    '*filter', ':KUBE-FORWARD - [0:0]', ':KUBE-SERVICES - [0:0]',
    '-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
    '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP',
    '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
    'COMMIT',
  ];
  return [...filter, ...nat, ...rules, 'COMMIT', ''].join('\n');
}
