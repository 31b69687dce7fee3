// One suite runs every detector's own examples: adding a detector adds its tests.
import { compilePathMatcher } from '../../src/engine/path-match.js';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import type { Detector, Example, Match } from '../../src/types.js';

const POLICIES = new Set([
  'no-committed-credentials', 'env-files-out-of-vcs', 'credentials-from-environment', 'no-secrets-in-logs',
  'non-root-containers', 'secrets-not-in-images', 'tls-verified', 'rotate-exposed-credentials', 'leak-prevention-in-place',
]);

function run(detector: Detector, example: Example): Match[] {
  const path = example.path ?? 'example.txt';
  return [...detector.detect({ path, text: example.text })];
}

describe('detector registry', () => {
  it('has unique kebab-case ids, known policies and lowercase keywords', () => {
    const ids = allDetectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of allDetectors) {
      expect(d.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(POLICIES.has(d.policy), `${d.id} policy ${d.policy}`).toBe(true);
      for (const k of d.keywords) expect(k, `${d.id} keyword`).toBe(k.toLowerCase());
      expect(d.remediation.length, `${d.id} remediation`).toBeGreaterThan(20);
      expect(d.examples.positive.length, `${d.id} positives`).toBeGreaterThanOrEqual(2);
      expect(d.examples.negative.length, `${d.id} negatives`).toBeGreaterThanOrEqual(2);
    }
  });

  it('runs every detector through the keyword automaton or a path gate', () => {
    // A detector with neither runs on every byte of every file: it needs a reason listed here.
    const ALWAYS_RUN: Readonly<Record<string, string>> = {};
    for (const d of allDetectors) {
      if (d.keywords.length === 0 && !d.paths?.length) expect(ALWAYS_RUN[d.id], `${d.id} has no keyword and no path gate`).toBeDefined();
    }
  });
});

describe.each(allDetectors.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
  it.each(detector.examples.positive.map((e, i) => [i, e] as const))('positive #%i matches', (_i, example) => {
    const matches = run(detector, example);
    expect(matches.length, example.why ?? example.text.slice(0, 60)).toBeGreaterThan(0);
    for (const m of matches) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThanOrEqual(m.start);
      expect(m.end).toBeLessThanOrEqual(example.text.length);
      if (m.secret !== undefined) expect(example.text).toContain(m.secret);
      if (m.secret !== undefined) expect(example.text.slice(m.start, m.end), `${detector.id}: the span is the secret`).toBe(m.secret);
    }
  });
  it.each(detector.examples.negative.map((e, i) => [i, e] as const))('negative #%i does not match', (_i, example) => {
    expect(run(detector, example), example.why ?? example.text.slice(0, 60)).toEqual([]);
  });
  it('positive examples pass the keyword and path gates', () => {
    for (const example of detector.examples.positive) {
      const path = example.path ?? 'example.txt';
      if (detector.paths) expect(compilePathMatcher(detector.paths)(path), `${path} vs ${detector.paths.join(',')}`).toBe(true);
      if (detector.keywords.length > 0 && !detector.includeBinary) {
        const lower = example.text.toLowerCase();
        expect(detector.keywords.some((k) => lower.includes(k)), `no keyword of ${detector.id} in ${example.text.slice(0, 40)}`).toBe(true);
      }
    }
  });
  for (const [i, example] of (detector.examples.knownMisses ?? []).entries()) {
    it.fails(`known miss #${i} (${example.why ?? 'documented'})`, () => {
      expect(run(detector, example).length).toBeGreaterThan(0);
    });
  }
});
