// Replays every real-kernel recording (conformance/recorded) through iplab
// in-process and compares stdout, stderr and exit status of every step after
// the normalisations of conformance/normalise.ts only. One test per scenario;
// a failure shows the first differing step as a unified diff (kernel -> iplab).
// `npm run conformance:live [filter]` shows every differing step instead.

import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { listRecordings, listScenarios, loadRecording, loadScenario, recordingPath } from '../conformance/scenario';
import { compareRuns, runOnIplab, staleness } from '../conformance/replay';

const recordings = listRecordings();
// iplab-pending scenarios are expected to differ: their test fails as soon as
// iplab matches, saying to remove the directive. With
// IPLAB_CONFORMANCE_STRICT=1 they are ordinary tests.
const strict = !!process.env.IPLAB_CONFORMANCE_STRICT;

describe('conformance: iplab against the recorded kernel', () => {
  test('every scenario is recorded', () => {
    const missing = listScenarios().filter((n) => !existsSync(recordingPath(n)));
    expect(missing, 'scenarios without a recording (run npm run conformance:record NAME as root)').toEqual([]);
  });

  for (const name of recordings) {
    let sc: ReturnType<typeof loadScenario> | undefined;
    let loadError: unknown;
    try {
      sc = loadScenario(name);
    } catch (e) {
      loadError = e;
    }
    if (sc?.skip) {
      test.skip(`${name} (iplab-skip: ${sc.skip})`, () => {});
      continue;
    }
    const expectDiff = !!sc?.pending && !strict;
    test(sc?.pending ? `${name} (iplab-pending: ${sc.pending})` : name, () => {
      if (!sc) throw new Error(`${name}: recording without a readable scenario: ${(loadError as Error).message}`);
      const rec = loadRecording(name);
      const stale = staleness(sc, rec);
      if (stale) throw new Error(stale);
      const diffs = compareRuns(sc, rec.steps, runOnIplab(sc));
      if (expectDiff) {
        if (diffs.length === 0)
          throw new Error(`${name} now matches the kernel: delete its \`# iplab-pending:\` line (${sc.file}) and its row in conformance/PENDING.md`);
        return;
      }
      if (diffs.length) {
        const more = diffs.length > 1 ? `\n(${diffs.length - 1} later step(s) differ too: npm run conformance:live ${name})` : '';
        throw new Error(`${name} (recorded on ${rec.kernel}) differs at\n${diffs[0].text}${more}`);
      }
    });
  }
});
