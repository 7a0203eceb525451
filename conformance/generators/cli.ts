// The command line shared by the seeded generators:
//   npx tsx conformance/generators/NAME.ts [--seeds N|N-M] [--steps K] [--out DIR]
// writes DIR/NAME-sNNNN.sh for each seed (default DIR: conformance/scenarios/random).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function seededMain(
  argv: string[],
  g: { name: string; seeds: [number, number]; steps: number; generate(seed: number, steps: number): string; leftOut?: number[]; file?(seed: number): string },
): void {
  let seeds = g.seeds;
  let steps = g.steps;
  let out = fileURLToPath(new URL('../scenarios/random', import.meta.url));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seeds') {
      const m = /^(\d+)(?:-(\d+))?$/.exec(argv[++i] ?? '');
      if (!m) throw new Error('--seeds N or N-M');
      seeds = [Number(m[1]), Number(m[2] ?? m[1])];
    } else if (a === '--steps') steps = Number(argv[++i]);
    else if (a === '--out') out = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  mkdirSync(out, { recursive: true });
  for (let s = seeds[0]; s <= seeds[1]; s++) {
    if (g.leftOut?.includes(s)) continue;
    const file = join(out, g.file ? g.file(s) : `${g.name}-s${String(s).padStart(4, '0')}.sh`);
    writeFileSync(file, g.generate(s, steps));
    process.stdout.write(`${file}\n`);
  }
}
