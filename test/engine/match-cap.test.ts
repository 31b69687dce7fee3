// One detector's matches in one scanned part are bounded (match-cap.ts): a file of hundreds of
// thousands of matches keeps its first 10,000, says so, and a history judges its later versions
// whole so that they keep the same first matches.
import { describe, expect, it } from 'vitest';
import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';
import { detectChanged } from '../../src/engine/delta.js';
import { MAX_MATCHES_PER_DETECTOR } from '../../src/engine/match-cap.js';
import { zipOf } from '../helpers/archives.js';

/** Reports every keyword start it is handed; counts the matches the engine pulled from it. */
function every(pulled: { n: number }): Detector {
  return {
    id: 'every-zqxj',
    title: 'every zqxj',
    policy: 'no-committed-credentials',
    severity: 'high',
    keywords: ['zqxj'],
    remediation: 'none',
    *detect(input: DetectorInput): Iterable<Match> {
      for (const at of input.keywordStarts ?? []) {
        pulled.n++;
        yield { start: at, end: at + 4, secret: `zqxj-${at}` };
      }
    },
    examples: { positive: [], negative: [] },
  };
}

const lines = (n: number): string => Array.from({ length: n }, (_, i) => `item ${i} zqxj\n`).join('');

function scan(text: string, path = 'dump.txt') {
  const pulled = { n: 0 };
  const compiled = compileDetectors([every(pulled)]);
  return { compiled, pulled, outcome: detectBlob(compiled, path, Buffer.from(text, 'utf8')) };
}

describe("a detector's matches in one file", () => {
  it('are all kept up to the bound, without a warning', () => {
    const { outcome } = scan(lines(MAX_MATCHES_PER_DETECTOR));
    expect(outcome.findings).toHaveLength(MAX_MATCHES_PER_DETECTOR);
    expect(outcome.kind === 'scanned' && outcome.warning).toBeFalsy();
  });

  it('stop at the bound: the first ones kept, the detector not asked for the rest, and the file told', () => {
    const { outcome, pulled } = scan(lines(MAX_MATCHES_PER_DETECTOR + 500));
    expect(outcome.findings).toHaveLength(MAX_MATCHES_PER_DETECTOR);
    expect(outcome.findings.at(-1)?.line).toBe(MAX_MATCHES_PER_DETECTOR);
    expect(pulled.n).toBe(MAX_MATCHES_PER_DETECTOR + 1);
    expect(outcome.kind === 'scanned' && outcome.warning).toMatch(/^every-zqxj: more than 10,000 findings in this file, the first 10,000 kept/);
    expect(outcome.kind === 'scanned' && outcome.wholeFile).toBe(true);
  });

  it("in a history, a later version keeps the base's first matches, not a changed line past the bound", () => {
    const { compiled, outcome: base } = scan(lines(MAX_MATCHES_PER_DETECTOR + 10));
    const next = Buffer.from(`${lines(MAX_MATCHES_PER_DETECTOR + 10)}added zqxj\n`, 'utf8');
    const changed = detectChanged(compiled, 'dump.txt', next, { bytes: Buffer.from(lines(MAX_MATCHES_PER_DETECTOR + 10)), findings: base.findings, wholeFile: base.kind === 'scanned' && base.wholeFile });
    const whole = detectBlob(compiled, 'dump.txt', next);
    expect(changed.findings.map((f) => f.line)).toEqual(whole.findings.map((f) => f.line));
    expect(changed.findings.at(-1)?.line).toBe(MAX_MATCHES_PER_DETECTOR);
  });

  it('are bounded in an archive member too, and the archive names the member', () => {
    const zip = zipOf([{ name: 'export/rows.txt', data: Buffer.from(lines(MAX_MATCHES_PER_DETECTOR + 3)) }]);
    const pulled = { n: 0 };
    const outcome = detectBlob(compileDetectors([every(pulled)]), 'backup.zip', zip);
    expect(outcome.findings).toHaveLength(MAX_MATCHES_PER_DETECTOR);
    expect(outcome.kind === 'scanned' && outcome.warning).toMatch(/^export\/rows\.txt: every-zqxj: more than 10,000 findings/);
  });

  it('are bounded over the decoded layers of a file as over its plain text', () => {
    // one base64 value whose decoding holds the keyword more times than the bound
    const encoded = Buffer.from(lines(MAX_MATCHES_PER_DETECTOR + 5)).toString('base64');
    const { outcome } = scan(`dump: ${encoded}\n`, 'values.yaml');
    expect(outcome.findings).toHaveLength(MAX_MATCHES_PER_DETECTOR);
    expect(outcome.findings.every((f) => f.encoding === 'base64')).toBe(true);
    expect(outcome.kind === 'scanned' && outcome.warning).toMatch(/^every-zqxj: more than 10,000 findings/);
  });
});
