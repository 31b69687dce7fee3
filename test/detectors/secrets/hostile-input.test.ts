// Every detector of detectors/secrets/*.ts on 256 KiB inputs built to make a regex backtrack or a
// scanner go quadratic: keyword floods, prefixes followed by over-long runs of the token's own
// charset, unterminated PEM headers, and each positive example repeated to 128 KiB. Near-misses must
// report nothing. The time limits here only catch catastrophic (super-linear) behaviour, with room
// for a loaded CI machine; the real per-detector figures are printed by `npm run bench`.
import { afterAll, describe, expect, it } from 'vitest';
import { isVendorToken } from '../../../detectors/kit/vendor-token.js';
import { genericDetectors } from '../../../detectors/secrets/generic/index.js';
import { secretDetectors } from '../../../detectors/secrets/index.js';
import type { Detector } from '../../../src/types.js';
import { randomRun } from '../../helpers/random.js';
import { scaledTime } from '../../helpers/timing.js';

/**
 * A quarter MiB: a quadratic detector takes a sixteenth of its 1 MiB time, still a minute or more,
 * far past the budgets, which leave room for three test workers sharing two busy cores (a test gets
 * about a third of its idle speed there). Each input is timed on a sixteenth of its size first and on
 * larger ones only while the smaller is not clearly linear (`scaledTime`). `npm run bench` times every
 * detector on 1 MiB.
 */
const SIZE = 256 << 10;
const NEAR_MISS_BUDGET_MS = 1000;
/**
 * Repeated positives (thousands of matches) on an eighth of a MiB: a detector quadratic in its
 * matches that was over budget at 256 KiB is over this one too, and
 * these cases took most of the suite's time (the slowest is ~50 ms here).
 */
const FLOOD_SIZE = 128 << 10;
const FLOOD_BUDGET_MS = 750;
/** `unit` repeated whole (never cut, so no truncated token appears at the end), padded to `size`. */
const fill = (unit: string, size = SIZE): string => unit.repeat(Math.max(1, Math.floor(size / unit.length))).padEnd(size, ' ');

/** A fixed pseudo-random run of `alphabet`, so inputs are the same on every run. */
const run = (alphabet: string, length: number, seed = 1): string => randomRun(alphabet, length, seed);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${B62}-_`;
const HEX = '0123456789abcdef';

/** Near-misses aimed at each detector's structure; none holds a well-formed secret. */
const TARGETED: Readonly<Record<string, readonly string[]>> = {
  'private-key': [
    '-----BEGIN RSA PRIVATE KEY-----',
    `-----BEGIN RSA PRIVATE KEY-----\n${run(B62, 4000)}\n`,
    `-----BEGIN EC PRIVATE KEY-----\n${run(B62, 200)}\n-----END RSA PRIVATE KEY-----\n`,
    '-----BEGIN PRIVATE KEY-----\\n" + "',
  ],
  'pgp-private-key': ['-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n', `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nxVgE${run(B62, 300)}\n-----END PGP PRIVATE KEY BLOCK-----\n`],
  'gcp-service-account-key': ['"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n', `"private_key": "-----BEGIN PRIVATE KEY-----${run(B62, 20000)}`],
  jwt: ['eyJhbGciOiJIUzI1NiJ9.', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.', `eyJ${run(B64URL, 3000)}.`, `eyJ${run(B64URL, 40)}.${run(B64URL, 40)}.${run(B64URL, 20)}.`],
  'url-credentials': ['https://a:', `postgres://${'u:'.repeat(200)}`, `redis://:${run(B62, 400)}`, 'mongodb+srv://app:${PASS}@'],
  // parameters of one endless URL: each reads back to the last one's, not 2 KiB
  'url-query-credential': [`x&api_key=${run(B62, 20)}`, `https://docs.example.com/v1?token=${run(B62, 24)}&`, '?access_token=', `&amp;secret=${run(B62, 30)}`],
  'connection-string-password': ['Server=db;Password=${DB_PASSWORD};', `password=${run(B62, 200)}`, 'pwd=', 'pwd= ', `;Password=${run(B62, 12)}`, `?password=${run(B62, 12)}&`],
  'generic-secret-assignment': [
    'password = "', 'password: ', `"token": "${run(B62, 400)}`, `API_KEY=${'Ab1'.repeat(200)}\n`, 'a.b.c.d-password', 'token: str',
    'x API_KEY=Xk29sLq8mVz1 ', // env-style candidates on one endless line: none is at a line start
    // names given as values on one endless line (a minified bundle): the pair, #define, element and
    // flag forms look back only a bounded way for their line's start
    'x.type="token";', '{name:"password"},', '#define TOKEN ', '<token>', ' --token --token', '- name: API_KEY\n',
    'char token[', ' <add key="token" ', 'x name="token">', 'token <- ', 'env["token"] ', 'f("token", ', 'token: |\n', 'token: >-\n   x\n',
  ],
  'aws-secret-access-key': [`AKIAAB7WQMOHRXIEYQGL aws_secret_access_key = ${run(B62, 41)}\n`, `${run(`${B62}+/`, 4000)}`],
  'aws-access-key-id': [`AKIA${run('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)} `],
  'twilio-auth-token': [`twilio AC${run(HEX, 32)} ${run(HEX, 31)} `, `auth_token = ${run(HEX, 33)}\n`],
  'twilio-api-key': [`twilio SK${run(HEX, 33)} `],
  'slack-token': ['xoxb-1-', `xoxb-${'1234567890-'.repeat(6)}`, `xoxe.xoxp-1-${run(B62, 300)}`],
  'slack-webhook-url': [`https://hooks.slack.com/services/T${run('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 13)}/`],
  'gitlab-token': [`glpat-${run(B64URL, 19)} `, `glpat-${run(B64URL, 300)}.`, `glpat-${run(B64URL, 40)}.01.`],
  'gitlab-service-token': [`glrt-t1_${run(B64URL, 301)}.0a`, 'gldt-'],
  'openai-api-key': ['sk-T3BlbkFJ', `sk-proj-${'aT3BlbkFJ'.repeat(40)}`],
  'anthropic-api-key': [`sk-ant-api03-${run(B64URL, 94)}AA`],
  'stripe-secret-key': [`sk_live_${run(B62, 100)} `],
  'npm-token': [`npm_${run(B62, 37)} `],
  'sendgrid-api-key': [`SG.${run(B64URL, 22)}.${run(B64URL, 42)} `],
  'google-api-key': [`AIza${run(B64URL, 36)} `],
};

/** Inputs as their repeated units: each test fills its own 256 KiB text, so the suite never holds them all at once. */
function hostileInputs(detector: Detector): { name: string; unit: string; nearMiss: boolean }[] {
  const inputs = (TARGETED[detector.id] ?? []).map((unit, i) => ({ name: `targeted #${i}`, unit, nearMiss: true }));
  for (const k of detector.keywords) {
    inputs.push({ name: `keyword ${k} repeated`, unit: k, nearMiss: true });
    inputs.push({ name: `keyword ${k} + base64url run`, unit: `${k}${run(B64URL, 4096)}`, nearMiss: true });
  }
  detector.examples.positive.forEach((e, i) => inputs.push({ name: `positive #${i} repeated`, unit: `${e.text}\n`, nearMiss: false }));
  return inputs;
}

/**
 * One run, and two more only when it is over budget (the fastest counts): a pause of a busy machine
 * does not fail the suite, and a detector within budget costs one run, not three. Each retry scans a
 * text one blank longer: detectors that keep their last text's result (the generic assignment scan,
 * the Dockerfile and Compose parsers) must not answer a retry from memory.
 */
function timed(detector: Detector, unit: string, size: number, budget: number): { ms: number; matches: number } {
  const { ms, result } = scaledTime((input) => [...detector.detect({ path: 'hostile.txt', text: input })].length, (n) => fill(unit, n), size, budget);
  return { ms, matches: result };
}

const slowest = new Map<string, number>();
afterAll(() => {
  const rows = [...slowest].sort((a, b) => b[1] - a[1]).map(([id, ms]) => `${id} ${ms.toFixed(1)} ms`);
  console.log(`slowest near-miss per detector (256 KiB): ${rows.join(', ')}`);
});

/** The generic detectors and the most used vendors' formats; the category suites (platforms/, services/) cover the rest. */
const detectors = [
  ...genericDetectors,
  ...secretDetectors.filter((d) => !isVendorToken(d) && /^(?:anthropic|openai|aws|gcp-service|google|github|gitlab|npm|stripe|sendgrid|slack|twilio)-/.test(d.id)),
];

describe.each(detectors.map((d) => [d.id, d] as const))('%s on 256 KiB of hostile input (128 KiB of repeated positives)', (id, detector) => {
  it.each(hostileInputs(detector).map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const budget = input.nearMiss ? NEAR_MISS_BUDGET_MS : FLOOD_BUDGET_MS;
    const { ms, matches } = timed(detector, input.unit, input.nearMiss ? SIZE : FLOOD_SIZE, budget);
    if (input.nearMiss) slowest.set(id, Math.max(slowest.get(id) ?? 0, ms));
    if (input.nearMiss) expect(matches).toBe(0);
    expect(ms, `${detector.id} took ${ms.toFixed(1)} ms`).toBeLessThan(budget);
  });
});
