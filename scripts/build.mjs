// Builds the CLI into one CommonJS bundle: a single file loads faster than
// many ES modules (see ../shared/docs/performance.md: start-up is measured).
// Heavy dependencies stay external and are required only by the paths that
// need them (commander for `iplab run/shell`, yaml when a state file is read
// without a valid cache). Then writes dist/shims: one small script per
// networking program name, emulated or refused, for `iplab run`/`iplab shell`.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const external = ['yaml', 'commander', 'chalk', 'cli-table3'];
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/shims', { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
  sourcemap: false,
  legalComments: 'none',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/iplab-main.cjs' });
copyFileSync('src/cli/loader.cjs', 'dist/iplab.cjs');
await build({ ...common, entryPoints: ['src/lib.ts'], outfile: 'dist/lib.cjs' });
await build({ ...common, entryPoints: ['src/cli/shim-names.ts'], outfile: 'dist/shim-names.cjs' });
await build({ ...common, entryPoints: ['src/cli/isolate.ts'], outfile: 'dist/isolate.cjs' });
chmodSync('bin/iplab', 0o755);

const { emulated, refused } = require('../dist/shim-names.cjs');
rmSync('dist/shim-names.cjs');
// The shim `iplab run` bind-mounts over the host's networking programs.
writeFileSync('dist/shims/.cover', require('../dist/isolate.cjs').coverShim(emulated), { mode: 0o755 });
rmSync('dist/isolate.cjs');
const shim = (name) => `#!/bin/sh\nexec node "\${0%/*}/../iplab.cjs" --as ${name} "$@"\n`;
const refuse = (name) => `#!/bin/sh\necho "iplab: ${name} is not emulated yet" >&2\nexit 127\n`;
for (const n of emulated) writeFileSync(`dist/shims/${n}`, shim(n), { mode: 0o755 });
for (const n of refused) writeFileSync(`dist/shims/${n}`, refuse(n), { mode: 0o755 });

// Scripts may name programs by absolute path: in bash, names with a slash can
// be functions, so each /usr/sbin/ip style path runs the shim instead.
const dirs = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'];
let env = '# iplab: networking programs named by absolute path run the emulated or refusing shim.\n';
for (const n of [...emulated, ...refused]) for (const d of dirs) env += `${d}/${n}() { "${n}" "$@"; }\n`;
writeFileSync('dist/shims/.bash_env', env);
writeFileSync(
  'dist/shims/.bashrc',
  `[ -f /etc/bash.bashrc ] && . /etc/bash.bashrc\n[ -f ~/.bashrc ] && . ~/.bashrc\n. "\${BASH_SOURCE%/*}/.bash_env"\nPATH="\${BASH_SOURCE%/*}:$PATH"\n` +
    `PS1='[iplab\${IPLAB_NETNS_NAME:+ netns \$IPLAB_NETNS_NAME}] \\w\\$ '\n`,
);

// Warm the V8 code cache of the CLI with one command on a throwaway state.
{
  const dir = mkdtempSync(join(tmpdir(), 'iplab-build-'));
  spawnSync(process.execPath, ['dist/iplab.cjs', 'ip', 'link', 'show'], { env: { ...process.env, IPLAB_STATE: join(dir, 'state.yaml') }, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
