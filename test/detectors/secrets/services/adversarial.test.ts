// Hostile input for every service detector: 64 KiB strings built from its own keywords and
// near-matches (a prefix followed by a long run of the valid charset, runs of '=', long base64
// runs, 'Bearer ' repeated, its positive examples stretched past the format's length). Each must
// give the right matches (usually none) within BUDGET_MS (best of up to three runs: the slowest
// linear detector takes ~30 ms here, a quadratic one seconds; timed on 16 KiB first and at 64 KiB
// only when that is not clearly linear, scaledTime); `npm run bench` times every detector
// on 1 MiB near-misses (scripts/bench-hostile.mjs).
import { afterAll, describe, expect, it } from 'vitest';
import { aiDetectors } from '../../../../detectors/secrets/ai/index.js';
import { ciAndDevToolsDetectors } from '../../../../detectors/secrets/ci-and-dev-tools/index.js';
import { dataDetectors } from '../../../../detectors/secrets/data/index.js';
import { saasDetectors } from '../../../../detectors/secrets/saas/index.js';
import { isVendorToken } from '../../../../detectors/kit/vendor-token.js';
import type { Detector } from '../../../../src/types.js';

// vendor-token detectors share one matcher, tested on hostile input once in test/detectors/kit/vendor-token.test.ts
const serviceDetectors = [...saasDetectors, ...dataDetectors, ...aiDetectors, ...ciAndDevToolsDetectors].filter((d) => !isVendorToken(d));
import { randomRun } from '../../../helpers/random.js';
import { scaledTime } from '../../../helpers/timing.js';

const SIZE = 64 << 10;
const BUDGET_MS = 500;
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${ALNUM}+/`;
const BASE64URL = `${ALNUM}_-`;

/** Deterministic pseudo-random run over `alphabet`, so failures reproduce. */
const run = (alphabet: string, length: number, seed = 7): string => randomRun(alphabet, length, seed);

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / Math.max(unit.length, 1))).slice(0, length);
}

const LONG = { hex: run(HEX, SIZE), alnum: run(ALNUM, SIZE), base64: run(BASE64, SIZE), base64url: run(BASE64URL, SIZE) };

/** The alphabet a secret is drawn from, so a stretched copy stays in the format's charset. */
function alphabetOf(secret: string): string {
  const chars = [...new Set(secret.replace(/[^A-Za-z0-9+/_-]/g, ''))].join('');
  return chars.length >= 4 ? chars : ALNUM;
}

/** A case at any size up to SIZE: its text, and the matches expected in it. */
interface Case {
  readonly name: string;
  readonly text: (size: number) => string;
  readonly expected: (size: number) => number;
}

const none = (): number => 0;

/** Near-matches that must yield nothing, built from the detector's keywords and examples. */
function hostileCases(detector: Detector): Case[] {
  const long = (kind: keyof typeof LONG) => (n: number): string => LONG[kind].slice(0, n);
  const cases: Case[] = [
    { name: 'long base64 run', text: long('base64'), expected: none },
    { name: "'=' run", text: (n) => fill('=', n), expected: none },
    { name: "'Bearer ' repeated", text: (n) => fill('Bearer ', n), expected: none },
    { name: "'Authorization: Bearer ' repeated", text: (n) => fill('Authorization: Bearer ', n), expected: none },
    { name: "'Authorization: Basic ' + base64 run", text: (n) => `Authorization: Basic ${long('base64')(n)}`, expected: none },
    { name: "'eyJ' repeated", text: (n) => fill('eyJ', n), expected: none },
    { name: 'JWT header and dot repeated', text: (n) => fill('eyJhbGciOiJIUzI1NiJ9.', n), expected: none },
    { name: 'JWT with a 64 KiB payload', text: (n) => `eyJhbGciOiJIUzI1NiJ9.eyJ${long('base64url')(n).replace(/[_-]/g, 'Q')}.c2ln`, expected: none },
    { name: 'DSN without a project repeated', text: (n) => fill(`https://${LONG.hex.slice(0, 32)}:${LONG.hex.slice(32, 64)}@sentry.io/`, n), expected: none },
  ];
  for (const keyword of detector.keywords) {
    const k = keyword.length > 0 ? keyword : 'x';
    const upper = k.toUpperCase();
    cases.push(
      { name: `'${k}' repeated`, text: (n) => fill(k, n), expected: none },
      { name: `'${upper}' repeated`, text: (n) => fill(upper, n), expected: none },
      { name: `'${k}' + hex run`, text: (n) => k + long('hex')(n), expected: none },
      { name: `'${k}' + alnum run`, text: (n) => k + long('alnum')(n), expected: none },
      { name: `'${k}' + base64url run`, text: (n) => k + long('base64url')(n), expected: none },
      { name: `'${k}' + '=' run`, text: (n) => k + fill('=', n), expected: none },
      { name: `'${k}_api_key = ' repeated`, text: (n) => fill(`${k}_api_key = `, n), expected: none },
      { name: `'${upper}_TOKEN=' + alnum run`, text: (n) => `${upper}_TOKEN=${long('alnum')(n)}`, expected: none },
    );
  }
  for (const [i, example] of detector.examples.positive.entries()) {
    const found = [...detector.detect({ path: example.path ?? 'example.txt', text: example.text })];
    const first = found[0];
    if (first?.secret === undefined) continue;
    // glued by an alphanumeric, so that the first secret runs on (a '/' or '.' would end a URL or a sentence)
    // a URL's last segment: its '/' separators would end the segment anywhere in the tail
    const alphabet = alphabetOf(first.secret.includes('://') ? first.secret.slice(first.secret.lastIndexOf('/') + 1) : first.secret);
    const glue = [...alphabet].find((c) => /[A-Za-z0-9]/.test(c)) ?? 'a';
    // drawn at the length asked for (a shorter run is a prefix of a longer one from the same seed): most cases stop at a sixteenth of SIZE
    const tail = (length: number): string => (glue + run(alphabet, length - 1, 11 + i)).slice(0, length);
    const stretched = (n: number): string => example.text.slice(0, first.end) + tail(Math.max(n - example.text.length, 64)) + example.text.slice(first.end);
    // the example's other secrets, after the stretched one, are still there
    cases.push({ name: `positive #${i} stretched to 64 KiB`, text: stretched, expected: () => found.length - 1 });
    if (i > 0) continue;
    const copies = (n: number): number => Math.floor(n / (example.text.length + 1));
    cases.push({ name: `positive #${i} repeated`, text: (n) => `${example.text}\n`.repeat(copies(n)), expected: (n) => copies(n) * found.length });
  }
  return cases;
}

interface Timing {
  readonly id: string;
  readonly ms: number;
  readonly input: string;
}
const nearMisses: Timing[] = [];
const denseMatches: Timing[] = [];

describe.each(serviceDetectors.map((d) => [d.id, d] as const))('%s on 64 KiB of hostile input', (id, detector) => {
  it('reports only what is there, in linear time', () => {
    const worst = { miss: { id, ms: 0, input: '' }, dense: { id, ms: 0, input: '' } };
    for (const c of hostileCases(detector)) {
      let size = SIZE;
      const textOf = (n: number): string => ((size = n), c.text(n));
      const { ms, result: matches } = scaledTime((text) => [...detector.detect({ path: 'hostile.txt', text })], textOf, SIZE, BUDGET_MS);
      const kind = c.expected(SIZE) === 0 ? 'miss' : 'dense';
      if (ms > worst[kind].ms) worst[kind] = { id, ms, input: c.name };
      expect(matches.length, `${id}: ${c.name}`).toBe(c.expected(size));
      expect(ms, `${id}: ${c.name} took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
    }
    nearMisses.push(worst.miss);
    denseMatches.push(worst.dense);
  });
});

function table(title: string, timings: Timing[]): string {
  const rows = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
  return `${title}\n${rows.map((t) => `  ${t.ms.toFixed(1).padStart(7)} ms  ${t.id}  (${t.input})`).join('\n')}`;
}

afterAll(() => {
  console.log(table('slowest on 64 KiB of near-misses (no match expected):', nearMisses));
  console.log(table('slowest on 64 KiB of repeated positives (thousands of matches):', denseMatches));
});
