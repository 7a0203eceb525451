import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { toYaml } from '../src/state/yaml-emit';
import { kernelFromData, kernelToData } from '../src/state/snapshot';
import { loadState, saveState, StateFileError } from '../src/state/store';
import { Kernel } from '../src/kernel/kernel';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'iplab-state-'));

// JSON-like values as the snapshot holds them.
const plain: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom('yes', 'no', 'null', 'true', '~', '0x10', '1e3', '-', ' a', 'a: b', '# c', '- d', '', '.inf', '"q"', "'s'", '@x', '%y', '\t', 'a\nb', '\u2028'),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('yes', 'null', '1', 'a b', '-x')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('YAML writer', () => {
  it('writes what the yaml package reads back unchanged', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), plain, { maxKeys: 5 }), (obj) => {
        expect(YAML.parse(toYaml(obj as Record<string, unknown>))).toEqual(obj);
      }),
      { numRuns: 500 },
    );
  });
});

function labKernel(): Kernel {
  const k = new Kernel({ seed: 7 });
  const ns = k.createNetns();
  k.named.set('red', ns.inode);
  const v = k.init.createLink({ name: 'veth0', kind: 'veth', peer: { name: 'eth0', ns } });
  k.init.setUp(v, true);
  k.init.addAddr4(v, { local: 0x0a000001, address: 0x0a000001, prefixlen: 24, scope: 0, label: 'veth0', secondary: false, noprefixroute: false, hasPeer: false, validLft: 0xffffffff, preferredLft: 0xffffffff });
  ns.setUp(ns.byName('eth0')!, true);
  k.init.sysctl.set('net.ipv4.ip_forward', '1');
  return k;
}

describe('snapshot', () => {
  it('round-trips a kernel through plain data and YAML', () => {
    const k = labKernel();
    const data = kernelToData(k);
    const back = kernelFromData(YAML.parse(toYaml(data)));
    expect(kernelToData(back)).toEqual(data);
  });

  it('rejects bad values with the path of the field', () => {
    const data = kernelToData(labKernel()) as { namespaces: { links: { mtu: unknown }[] }[] };
    data.namespaces[0].links[1].mtu = 'big';
    expect(() => kernelFromData(data)).toThrow(/expected an integer/);
  });
});

describe('state file', () => {
  it('a missing file is a fresh namespace with only lo, down', () => {
    const d = tmp();
    const s = loadState(path.join(d, 'state.yaml'));
    expect(s.kernel.init.list().map((l) => [l.name, l.up])).toEqual([['lo', false]]);
  });

  it('saves atomically and loads back through the cache and through YAML', () => {
    const d = tmp();
    const f = path.join(d, 'state.yaml');
    saveState(f, labKernel());
    const viaCache = loadState(f);
    fs.rmSync(path.join(d, '.state.yaml.cache.json'));
    const viaYaml = loadState(f);
    expect(kernelToData(viaCache.kernel)).toEqual(kernelToData(viaYaml.kernel));
    expect(fs.readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a hand edit invalidates the cache', () => {
    const d = tmp();
    const f = path.join(d, 'state.yaml');
    saveState(f, labKernel());
    const text = fs.readFileSync(f, 'utf8').replace('net.ipv4.ip_forward: "1"', 'net.ipv4.ip_forward: "0"');
    fs.writeFileSync(f, text);
    expect(loadState(f).kernel.init.sysctl.get('net.ipv4.ip_forward')).toBe('0');
  });

  it('names the file and line of a corrupt state and never overwrites it', () => {
    const d = tmp();
    const f = path.join(d, 'state.yaml');
    saveState(f, labKernel());
    const lines = fs.readFileSync(f, 'utf8').split('\n');
    const i = lines.findIndex((l) => /^\s+mtu: 1500$/.test(l));
    lines[i] = lines[i].replace('1500', 'lots');
    fs.writeFileSync(f, lines.join('\n'));
    const before = fs.readFileSync(f, 'utf8');
    let err: unknown;
    try {
      loadState(f);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StateFileError);
    expect((err as StateFileError).line).toBe(i + 1);
    expect((err as Error).message).toContain(f);
    expect((err as Error).message).toContain('expected an integer');
    expect(fs.readFileSync(f, 'utf8')).toBe(before);
  });

  it.each([
    ['an unknown derived key', (t: string) => t.replace(/^(- inode: \d+)$/m, '$1\n  fib: 1'), /fib: unknown key/],
    ['a master that does not exist', (t: string) => t.replace(/^(\s+)name: veth0$/m, '$1name: veth0\n$1master: 77'), /master: no device with ifindex 77/],
    ['a peer that does not exist', (t: string) => t.replace(/ifindex: (\d+)\n(\s+)name: eth0/, 'ifindex: $1\n$2name: eth0').replace(/peer:\n(\s+)ns: \d+/, 'peer:\n$1ns: 99'), /peer: expected \{ns, ifindex\}/],
    ['a route through a device that does not exist', (t: string) => t.replace(/ nh=(\d+)/, ' nh=99'), /no device with ifindex 99/],
  ])('rejects %s with the file and line', (_what, edit, msg) => {
    const d = tmp();
    const f = path.join(d, 'state.yaml');
    saveState(f, labKernel());
    const edited = edit(fs.readFileSync(f, 'utf8'));
    fs.writeFileSync(f, edited);
    let err: unknown;
    try {
      loadState(f);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StateFileError);
    expect((err as Error).message).toMatch(msg);
    expect((err as StateFileError).line).toBeGreaterThan(0);
    expect(fs.readFileSync(f, 'utf8')).toBe(edited);
  });

  it('reports YAML syntax errors with their line', () => {
    const d = tmp();
    const f = path.join(d, 'state.yaml');
    fs.writeFileSync(f, 'iplab: 1\nnamespaces: [\n  - {\n');
    expect(() => loadState(f)).toThrow(StateFileError);
    try {
      loadState(f);
    } catch (e) {
      expect((e as StateFileError).line).toBeGreaterThan(0);
    }
  });
});

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'dist', 'lib.cjs');

describe('concurrency (built library)', () => {
  it('16 concurrent read-modify-write cycles lose no update', async () => {
    const d = tmp();
    const f = path.join(d, 'state.yaml');
    const script = `const l=require(${JSON.stringify(LIB)});(async()=>{const s=await l.openSession(process.argv[1]);s.kernel.named.set('n'+process.argv[2], s.kernel.initInode);s.close(true);})()`;
    const procs = Array.from({ length: 16 }, (_, i) =>
      new Promise<number>((resolve) => spawn(process.execPath, ['-e', script, f, String(i)], { stdio: 'inherit' }).on('exit', (c) => resolve(c ?? 1))),
    );
    expect(await Promise.all(procs)).toEqual(new Array(16).fill(0));
    const names = [...loadState(f).kernel.named.keys()].sort();
    expect(names).toEqual(Array.from({ length: 16 }, (_, i) => 'n' + i).sort());
  }, 60000);

  it('a holder killed with SIGKILL does not wedge the next command, and SIGKILL during saves leaves a loadable state', async () => {
    const d = tmp();
    const f = path.join(d, 'state.yaml');
    // A writer that saves a growing state in a loop while holding the lock.
    const writer = `const l=require(${JSON.stringify(LIB)});(async()=>{const s=await l.openSession(process.argv[1]);for(let i=0;;i++){s.kernel.named.set('w'+i,s.kernel.initInode);const ns=s.kernel.createNetns();l.saveState(process.argv[1],s.kernel);}})()`;
    for (let round = 0; round < 3; round++) {
      const p = spawn(process.execPath, ['-e', writer, f], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 300 + round * 97));
      p.kill('SIGKILL');
      await new Promise((r) => p.on('exit', r));
      expect(() => loadState(f)).not.toThrow();
    }
    // A wedged lock would hang this child until spawnSync's timeout kills it.
    const r = spawnSync(process.execPath, ['-e', `const l=require(${JSON.stringify(LIB)});(async()=>{const s=await l.openSession(process.argv[1]);s.close(false);})()`, f], { timeout: 20000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
  }, 60000);
});
