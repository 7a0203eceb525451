// Builds the CLI into one CommonJS bundle: a single file loads faster than
// many ES modules (see ../shared/docs/performance.md: start-up is measured).
// Heavy dependencies stay external and are required only by the paths that
// need them (commander for `iplab run/shell`, yaml when a state file is read
// without a valid cache).
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';

const external = ['yaml', 'commander', 'chalk', 'cli-table3'];
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/iplab.cjs' });
await build({ ...common, entryPoints: ['src/lib.ts'], outfile: 'dist/lib.cjs' });
chmodSync('bin/iplab', 0o755);
