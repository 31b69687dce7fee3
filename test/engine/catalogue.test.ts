// The whole catalogue through the engine: each detector's first positive example, planted at its own
// path, is reported (prefilter keywords, path gates and de-duplication included), and its first
// negative example is not.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { memorySource, runScan } from '../../src/engine/scan.js';

const blobFor = (text: string, path: string) => ({ path, bytes: Buffer.from(text), origin: { kind: 'stdin' } as const });

describe('every detector through the engine', () => {
  it.each(allDetectors.map((d) => [d.id, d] as const))('%s: its planted case is found, its near miss is not', async (_id, detector) => {
    const positive = detector.examples.positive[0];
    const negative = detector.examples.negative[0];
    if (!positive || !negative) throw new Error(`${detector.id} has no examples`);
    const found = await runScan(memorySource([blobFor(positive.text, positive.path ?? 'example.txt')]), { detectors: allDetectors });
    const priority = detector.priority ?? 50;
    const covered = found.findings.some(
      (f) => f.detectorId === detector.id || ((allDetectors.find((d) => d.id === f.detectorId)?.priority ?? 50) > priority && f.redacted !== ''),
    );
    expect(covered, `${detector.id} not reported on ${positive.path ?? 'example.txt'}; got ${found.findings.map((f) => f.detectorId).join(', ')}`).toBe(true);
    const missed = await runScan(memorySource([blobFor(negative.text, negative.path ?? 'example.txt')]), { detectors: allDetectors });
    expect(missed.findings.filter((f) => f.detectorId === detector.id)).toEqual([]);
  });
});
