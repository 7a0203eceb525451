// Replays the recorded link/address/netns scenarios (conformance/recorded/link)
// in-process and compares after fidelity.md's normalisations (random MACs and
// the link-local addresses derived from them). A minimal replay until the
// conformance suite's own runner covers this area.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createKernel, runTool } from '../../lib';

const DIR = join(__dirname, '../../../conformance/recorded/link');

/** Shell words of one scenario line: '…' and "…" quoting, no expansion. */
export function shellWords(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const j = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, j);
      i = j;
      has = true;
    } else if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length) j++;
        cur += line[j++];
      }
      i = j;
      has = true;
    } else if (c === ' ' || c === '\t') {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

/** MACs not given in the scenario, and fe80:: addresses from them, become tokens. */
function normaliser(script: string) {
  const fixed = new Set((script.match(/\b([0-9a-f]{2}:){5}[0-9a-f]{2}\b/gi) ?? []).map((m) => m.toLowerCase()));
  const macs = new Map<string, string>();
  const tok = (m: string) => {
    if (!macs.has(m)) macs.set(m, `MAC${macs.size}`);
    return macs.get(m)!;
  };
  return (s: string) =>
    s
      .replace(/\b([0-9a-f]{2}:){5}[0-9a-f]{2}\b/g, (m) => (fixed.has(m) || m === '00:00:00:00:00:00' || m === 'ff:ff:ff:ff:ff:ff' ? m : tok(m)))
      .replace(/fe80::[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}/g, 'fe80::LL')
      .replace(/\b8000\.[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}/g, '8000.BRID');
}

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')) : [];

describe('recorded link scenarios', () => {
  for (const f of files) {
    it(f.replace(/\.json$/, ''), () => {
      const rec = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { steps: { cmd: string; stdout: string; stderr: string; code: number }[] };
      const script = rec.steps.map((s) => s.cmd).join('\n');
      const normA = normaliser(script);
      const normB = normaliser(script);
      const k = createKernel({ seed: 7 });
      const got: string[] = [];
      const want: string[] = [];
      for (const s of rec.steps) {
        const r = runTool(k, shellWords(s.cmd));
        got.push(`$ ${s.cmd}\n${normA(r.stdout)}${normA(r.stderr)}[${r.code}]`);
        want.push(`$ ${s.cmd}\n${normB(s.stdout)}${normB(s.stderr)}[${s.code}]`);
      }
      expect(got.join('\n')).toBe(want.join('\n'));
    });
  }
});
