// The whole catalogue through the engine's per-blob step: each detector's first positive example,
// planted at its own path, is reported (prefilter keywords, path gates, decoding and
// de-duplication included), and its first negative example is not. The step is detectBlob, what
// every scan runs on every blob; fingerprints and filters after it are tested in test/cli.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';

const compiled = compileDetectors(allDetectors);
const reported = (text: string, path: string) => {
  const outcome = detectBlob(compiled, path, Buffer.from(text));
  return outcome.findings.map((f) => ({ detector: allDetectors[f.detector]!, secret: f.secret }));
};

describe('every detector through the engine', () => {
  it.each(allDetectors.map((d) => [d.id, d] as const))('%s: its planted case is found, its near miss is not', (_id, detector) => {
    const positive = detector.examples.positive[0];
    const negative = detector.examples.negative[0];
    if (!positive || !negative) throw new Error(`${detector.id} has no examples`);
    const found = reported(positive.text, positive.path ?? 'example.txt');
    const priority = detector.priority ?? 50;
    // a more specific detector may report the same secret in its place (de-duplication keeps one)
    const covered = found.some((f) => f.detector === detector || ((f.detector.priority ?? 50) > priority && f.secret !== undefined));
    expect(covered, `${detector.id} not reported on ${positive.path ?? 'example.txt'}; got ${found.map((f) => f.detector.id).join(', ')}`).toBe(true);
    expect(reported(negative.text, negative.path ?? 'example.txt').filter((f) => f.detector === detector)).toEqual([]);
  });
});
