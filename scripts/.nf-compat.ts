// ad hoc: iplab's iptables-save output restores on the real kernel and saves back the same
import { loadScenario } from '../conformance/scenario';
import { createKernel, runTool } from '../src/lib';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const strip = (s: string) => s.replace(/^#.*\n/gm, '');
let bad = 0, n = 0;
for (const name of process.argv.slice(2)) {
  const sc = loadScenario(name);
  const k = createKernel();
  for (const st of sc.steps) runTool(k, st.argv, { stdin: st.stdin });
  for (const fam of ['iptables', 'ip6tables']) {
    const saved = runTool(k, [`${fam}-save`, '-c']).stdout;
    if (!saved) continue;
    n++;
    writeFileSync('/tmp/nfrec/compat.rules', saved);
    const r = spawnSync('unshare', ['--mount', '--net', 'sh', '-c', `${fam}-restore -c /tmp/nfrec/compat.rules && ${fam}-save -c`], { encoding: 'utf8' });
    // ip6tables rule counters are not restorable on the real side (1.8.9); compare without counters there
    const norm = (s: string) => (fam === 'ip6tables' ? strip(s).replace(/^\[\d+:\d+\] /gm, '') : strip(s));
    if (r.status !== 0 || norm(r.stdout) !== norm(saved)) {
      bad++;
      console.log(`${name} ${fam}: rc=${r.status} ${r.stderr}`);
      writeFileSync(`/tmp/nfrec/compat-${name.replace('/', '_')}-${fam}.a`, strip(saved));
      writeFileSync(`/tmp/nfrec/compat-${name.replace('/', '_')}-${fam}.b`, strip(r.stdout));
    }
  }
}
console.log(`${n} saves, ${bad} differ`);
