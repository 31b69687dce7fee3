// Hostile input for every service detector: 64 KiB strings built from its own keywords and
// near-matches (a prefix followed by a long run of the valid charset, runs of '=', long base64
// runs, 'Bearer ' repeated, its positive examples stretched past the format's length). Each must
// give the right matches (usually none) within BUDGET_MS (best of up to three runs: the slowest
// linear detector takes ~30 ms here, a quadratic one seconds); `npm run bench` times every detector
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
import { bestTime } from '../../../helpers/timing.js';

const SIZE = 64 << 10;
const BUDGET_MS = 500;
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${ALNUM}+/`;
const BASE64URL = `${ALNUM}_-`;

/** Deterministic pseudo-random run over `alphabet`, so failures reproduce. */
const run = (alphabet: string, length: number, seed = 7): string => randomRun(alphabet, length, seed);

function fill(unit: string, length = SIZE): string {
  return unit.repeat(Math.ceil(length / Math.max(unit.length, 1))).slice(0, length);
}

const LONG = { hex: run(HEX, SIZE), alnum: run(ALNUM, SIZE), base64: run(BASE64, SIZE), base64url: run(BASE64URL, SIZE) };

/** The alphabet a secret is drawn from, so a stretched copy stays in the format's charset. */
function alphabetOf(secret: string): string {
  const chars = [...new Set(secret.replace(/[^A-Za-z0-9+/_-]/g, ''))].join('');
  return chars.length >= 4 ? chars : ALNUM;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expected: number;
}

/** Near-matches that must yield nothing, built from the detector's keywords and examples. */
function hostileCases(detector: Detector): Case[] {
  const cases: Case[] = [
    { name: 'long base64 run', text: LONG.base64, expected: 0 },
    { name: "'=' run", text: fill('='), expected: 0 },
    { name: "'Bearer ' repeated", text: fill('Bearer '), expected: 0 },
    { name: "'Authorization: Bearer ' repeated", text: fill('Authorization: Bearer '), expected: 0 },
    { name: "'Authorization: Basic ' + base64 run", text: `Authorization: Basic ${LONG.base64}`, expected: 0 },
    { name: "'eyJ' repeated", text: fill('eyJ'), expected: 0 },
    { name: 'JWT header and dot repeated', text: fill('eyJhbGciOiJIUzI1NiJ9.'), expected: 0 },
    { name: 'JWT with a 64 KiB payload', text: `eyJhbGciOiJIUzI1NiJ9.eyJ${LONG.base64url.replace(/[_-]/g, 'Q')}.c2ln`, expected: 0 },
    { name: 'DSN without a project repeated', text: fill(`https://${LONG.hex.slice(0, 32)}:${LONG.hex.slice(32, 64)}@sentry.io/`), expected: 0 },
  ];
  for (const keyword of detector.keywords) {
    const k = keyword.length > 0 ? keyword : 'x';
    const upper = k.toUpperCase();
    cases.push(
      { name: `'${k}' repeated`, text: fill(k), expected: 0 },
      { name: `'${upper}' repeated`, text: fill(upper), expected: 0 },
      { name: `'${k}' + hex run`, text: k + LONG.hex, expected: 0 },
      { name: `'${k}' + alnum run`, text: k + LONG.alnum, expected: 0 },
      { name: `'${k}' + base64url run`, text: k + LONG.base64url, expected: 0 },
      { name: `'${k}' + '=' run`, text: k + fill('='), expected: 0 },
      { name: `'${k}_api_key = ' repeated`, text: fill(`${k}_api_key = `), expected: 0 },
      { name: `'${upper}_TOKEN=' + alnum run`, text: `${upper}_TOKEN=${LONG.alnum}`, expected: 0 },
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
    const tail = glue + run(alphabet, SIZE - example.text.length - 1, 11 + i);
    const stretched = example.text.slice(0, first.end) + tail + example.text.slice(first.end);
    // the example's other secrets, after the stretched one, are still there
    cases.push({ name: `positive #${i} stretched to 64 KiB`, text: stretched, expected: found.length - 1 });
    if (i > 0) continue;
    const copies = Math.floor(SIZE / (example.text.length + 1));
    cases.push({ name: `positive #${i} repeated`, text: `${example.text}\n`.repeat(copies), expected: copies * found.length });
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
      const { ms, result: matches } = bestTime((text) => [...detector.detect({ path: 'hostile.txt', text })], c.text, BUDGET_MS);
      const kind = c.expected === 0 ? 'miss' : 'dense';
      if (ms > worst[kind].ms) worst[kind] = { id, ms, input: c.name };
      expect(matches.length, `${id}: ${c.name}`).toBe(c.expected);
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
