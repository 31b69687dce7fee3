// A keyword found only deep inside a long run of base64 (an embedded image, a recorded HTTP body) is
// chance: the engine does not wake the detector for it, and hands it only the starts outside such runs.
import { describe, expect, it } from 'vitest';
import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';
import { allDetectors } from '../../detectors/index.js';
import { mulberry32 } from '../helpers/random.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Run(length: number, seed: number): string {
  const rand = mulberry32(seed);
  let out = '';
  while (out.length < length) {
    const c = B64[Math.floor(rand() * 64)] as string;
    out += c;
  }
  return out.replace(/zqxj/gi, 'aaaa');
}

/** A detector that reports every keyword start it is given, so the test sees what the engine handed it. */
function probe(calls: number[][], keywords: string[] = ['zqxj']): Detector {
  return {
    id: 'probe',
    title: 'probe',
    policy: 'no-committed-credentials',
    severity: 'high',
    keywords,
    remediation: 'none',
    detect: (input: DetectorInput): Iterable<Match> => {
      const starts = [...(input.keywordStarts ?? [])];
      calls.push(starts);
      return starts.map((at) => ({ start: at, end: at + 4, secret: `zqxj-${at}` }));
    },
    examples: { positive: [], negative: [] },
  };
}

function run(text: string, keywords?: string[]): { calls: number[][]; found: number[] } {
  const calls: number[][] = [];
  const compiled = compileDetectors([probe(calls, keywords)]);
  const outcome = detectBlob(compiled, 'tests/cassettes/response.yaml', Buffer.from(text, 'utf8'));
  return { calls, found: outcome.findings.map((f) => f.start) };
}

describe('keyword starts inside opaque runs', () => {
  it('does not run a detector whose keyword occurs only deep inside a long base64 run', () => {
    const blob = base64Run(3000, 7);
    const text = `body:\n  data: data:image/png;base64,${blob.slice(0, 1500)}zqXJ${blob.slice(1500)}\n`;
    expect(run(text).calls).toEqual([]);
  });

  it('runs it where the keyword opens a token, ends a short run, or stands among words', () => {
    const token = `zqxj${base64Run(300, 11)}`; // opens a 304-character run: a long token, not chance
    for (const text of [`api_key = "${token}"\n`, `key: ${base64Run(40, 3)}zqxj\n`, 'see the zqxj docs\n']) {
      const { calls, found } = run(text);
      expect(calls).toHaveLength(1);
      expect(found).toEqual([text.toLowerCase().indexOf('zqxj')]);
    }
  });

  it('counts a long keyword there: one meant to be found inside an encoded payload (an issuer in a JWT)', () => {
    const blob = base64Run(1000, 9);
    const text = `token: ${blob.slice(0, 500)}zqxjzqxjzq${blob.slice(500)}\n`;
    const { calls, found } = run(text, ['zqxjzqxjzq']);
    expect(calls).toHaveLength(1);
    expect(found).toEqual([text.indexOf('zqxjzqxjzq')]);
  });

  it('hands the detector only the starts outside opaque runs', () => {
    const blob = base64Run(1000, 5);
    const text = `image: ${blob.slice(0, 500)}ZQXJ${blob.slice(500)}\nprobe = "zqxj-here"\n`;
    const { calls, found } = run(text);
    expect(calls).toEqual([[text.indexOf('zqxj-here')]]);
    expect(found).toEqual([text.indexOf('zqxj-here')]);
  });

  it('still finds every keyword detector\'s positive example beside a long base64 line', () => {
    const compiled = compileDetectors(allDetectors);
    const blob = `thumbnail: ${base64Run(20000, 13)}\n`;
    const missed: string[] = [];
    for (const [i, detector] of allDetectors.entries()) {
      const example = detector.examples.positive[0];
      // (keywordless detectors judge a file by its name and whole content; the engine always runs them)
      if (!example || detector.keywords.length === 0) continue;
      const path = example.path ?? 'config/settings.txt';
      const alone = detectBlob(compiled, path, Buffer.from(example.text, 'utf8')).findings.filter((f) => f.detector === i).length;
      const text = `${example.text}\n${blob}`;
      const beside = detectBlob(compiled, path, Buffer.from(text, 'utf8')).findings.filter((f) => f.detector === i && f.start < example.text.length).length;
      if (beside < alone) missed.push(detector.id);
    }
    expect(missed).toEqual([]);
  });
});
