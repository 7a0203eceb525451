// "Inside iplab run, no host networking program runs, whatever the script
// types": a script tries every way we know to reach the host's programs and
// each answer must come from iplab. Run as root, the whole check happens in
// a throwaway network namespace (unshare --net), so even a broken guarantee
// could not touch the host's own; as another user, the host would refuse
// the writes anyway. The host's `ip -o link` is compared before and after.

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { coverShim, coverTargets } from '../src/cli/isolate';
import { TOOLS } from '../src/tools/registry';

/** A networking program iplab still refuses, for the refusal checks. */
const REFUSED = ['tcpdump', 'ethtool', 'curl', 'ping'].find((n) => !(n in TOOLS))!;
const IPTABLES_EMULATED = 'iptables' in TOOLS;

const IPLAB = path.resolve(__dirname, '../bin/iplab');
const root = process.getuid?.() === 0;
const hostIp = ['/usr/sbin/ip', '/usr/bin/ip', '/sbin/ip', '/bin/ip'].find((p) => fs.existsSync(p));

const BYPASS = `
ip link add probe0 type veth peer name probe1
iptables -N IPLABPROBE 2>/dev/null
echo "mode=$IPLAB_ISOLATION"
try() { out=$("$@" 2>&1); echo "[$*] $out" | head -1; }
try ip -br link show dev probe0
try /sbin/ip -br link show dev probe0
try /usr/sbin/ip -br link show dev probe0
try /usr/bin/ip -br link show dev probe0
try /bin/ip -br link show dev probe0
try env ip -br link show dev probe0
try env /usr/bin/ip -br link show dev probe0
try command /usr/bin/ip -br link show dev probe0
try sh -c '/usr/bin/ip -br link show dev probe0'
try sh -c 'exec /sbin/ip -br link show dev probe0'
try bash -c 'exec /usr/sbin/ip -br link show dev probe0'
try sh -c 'echo -br link show dev probe0 | xargs /usr/bin/ip'
try python3 -c 'import subprocess; subprocess.run(["/usr/bin/ip","-br","link","show","dev","probe0"])'
try busybox ip -br link show dev probe0
try /usr/sbin/iptables -S IPLABPROBE
try /usr/sbin/ip6tables -S
try /usr/sbin/${REFUSED}
try /usr/sbin/sysctl -n net.ipv4.conf.probe0.forwarding
try /usr/bin/unshare -n sysctl -n net.ipv4.ip_forward
try /usr/bin/${REFUSED}
/usr/sbin/ip link add iplabtest0 type dummy 2>/dev/null
exec /usr/bin/ip link add iplabtest1 type dummy
`;

function runBypass(asUser?: string): { out: string; before: string; after: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iplab-iso-'));
  fs.chmodSync(dir, asUser ? 0o777 : 0o755);
  const script = path.join(dir, 'bypass.sh');
  fs.writeFileSync(script, BYPASS);
  const state = path.join(dir, 'state.yaml');
  const show = hostIp ? `${hostIp} -o link` : 'true';
  const outer = `${show} > ${dir}/before; ${IPLAB} --state ${state} run ${script} > ${dir}/out 2>&1; ${show} > ${dir}/after`;
  const inner = asUser ? ['runuser', '-u', asUser, '--', 'env', `HOME=${dir}`, 'sh', '-c', outer] : ['sh', '-c', outer];
  const argv = root ? ['unshare', '--net', '--', ...inner] : inner;
  const r = spawnSync(argv[0], argv.slice(1), { timeout: 60000, env: { ...process.env, IPLAB_STATE: state } });
  expect(r.status, String(r.stderr)).toBe(0);
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  const res = { out: read('out'), before: read('before'), after: read('after') };
  fs.rmSync(dir, { recursive: true, force: true });
  return res;
}

describe('iplab run keeps the host networking programs out', () => {
  const check = (asUser?: string) => {
    const { out, before, after } = runBypass(asUser);
    const lines = out.trim().split('\n');
    const mode = lines[0];
    expect(mode).toMatch(/^mode=(mount|path)$/);
    // Where user+mount namespaces work for this user, the mount layer must be used.
    const userns = asUser ? ['runuser', '-u', asUser, '--', 'unshare', '--user', '--map-root-user', '--mount', 'true'] : root ? ['unshare', '--mount', 'true'] : ['unshare', '--user', '--map-root-user', '--mount', 'true'];
    if (spawnSync(userns[0], userns.slice(1)).status === 0) expect(mode).toBe('mode=mount');
    const byName = (cmd: string) => lines.find((l) => l.startsWith(`[${cmd}`)) ?? `(missing ${cmd})`;
    // What PATH and the bash functions catch everywhere.
    for (const c of ['ip -br', '/sbin/ip', '/usr/sbin/ip', '/usr/bin/ip', '/bin/ip', 'env ip']) expect(byName(c)).toMatch(/\] probe0@probe1 +DOWN/);
    expect(byName('/usr/sbin/iptables')).toMatch(IPTABLES_EMULATED ? /\] -N IPLABPROBE$/ : /iplab: iptables is not emulated yet|No such file/);
    expect(byName('/usr/bin/unshare')).toMatch(/\] 0$/);
    if (mode === 'mode=mount') {
      // What only the covering bind mounts catch.
      for (const c of ['env /usr/bin/ip', 'command /usr/bin/ip', "sh -c /usr/bin/ip", 'sh -c exec /sbin/ip', 'bash -c exec', 'sh -c echo', 'python3'])
        expect(byName(c)).toMatch(/\] probe0@probe1 +DOWN|No such file|not found/);
      expect(byName('python3')).not.toMatch(/Traceback|does not exist/);
      expect(byName('/usr/sbin/ip6tables')).not.toMatch(/Permission denied|Could not fetch/);
      for (const d of ['/usr/sbin/', '/usr/bin/']) expect(byName(d + REFUSED)).toMatch(new RegExp(`iplab: ${REFUSED} is not emulated yet|No such file`));
    }
    expect(out).not.toMatch(/does not exist|Operation not permitted|Cannot find device/);
    expect(after).toBe(before);
    expect(after).not.toContain('iplabtest');
  };
  it.skipIf(process.platform !== 'linux')('every bypass reaches iplab, never the host', () => check());
  // As root the test also runs as an unprivileged user: the user-namespace path.
  // It needs a checkout the other user can read (a clone under a 0700 mktemp directory is not).
  const canRunAs =
    root &&
    fs.existsSync('/usr/sbin/runuser') &&
    spawnSync('id', ['nobody']).status === 0 &&
    spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', path.resolve(__dirname, '../dist/iplab-main.cjs')]).status === 0;
  it.skipIf(process.platform !== 'linux' || !canRunAs)('as an unprivileged user too', () => check('nobody'));
});

describe('covering shim', () => {
  it('answers to the name it is called by', () => {
    const s = coverShim(['ip', 'sysctl']);
    expect(s).toContain('case "$n" in\n  ip|sysctl)\n');
    expect(fs.readFileSync(path.resolve(__dirname, '../dist/shims/.cover'), 'utf8')).toBe(coverShim(Object.keys(TOOLS)));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iplab-shim-'));
    const f = path.join(dir, REFUSED);
    fs.writeFileSync(f, s, { mode: 0o755 });
    const r = spawnSync(f, ['-x']);
    expect(r.status).toBe(127);
    expect(String(r.stderr)).toBe(`iplab: ${REFUSED} is not emulated yet\n`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('covers the networking programs of this host but not the shells it needs', () => {
    const t = coverTargets([], ['/bin/sh']);
    const sh = fs.realpathSync('/bin/sh');
    expect(t).not.toContain(sh);
    if (hostIp) expect(t).toContain(fs.realpathSync(hostIp));
  });
});
