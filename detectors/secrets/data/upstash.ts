import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { decodeJsonObject } from '../shared/payloads.js';

// Upstash: serverless Redis (REST tokens) and QStash (message-queue tokens and the keys that sign its
// deliveries). The Redis REST token is a base64 value with nothing of its own to recognise, so it
// counts only under an Upstash name (UPSTASH_REDIS_REST_TOKEN); the QStash token is base64 of a JSON
// object {"UserID": …, "Password": …} and recognises itself.

/** A QStash token's JSON: a user id and a password, both strings. */
function isQstashToken(secret: string): boolean {
  const body = decodeJsonObject(secret.replace(/=+$/, ''));
  return body !== undefined && typeof body['UserID'] === 'string' && typeof body['Password'] === 'string' && (body['Password'] as string).length >= 16;
}

// QStash tokens: base64 of {"UserID":"<uuid>","Password":"<32 hex>"}; the first 14 characters encode
// `{"UserID":` and are the keyword.
export const upstashQstashToken: Detector = patternDetector({
  id: 'upstash-qstash-token',
  title: 'Upstash QStash token',
  vendor: 'Upstash',
  severity: 'high',
  keywords: ['eyjvc2vysuqioi'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>eyJVc2VySUQiOi[A-Za-z0-9+/]{60,220}={0,2})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4,
  validate: isQstashToken,
  priority: 55,
  remediation:
    'Roll the QStash token in the Upstash console (QStash > Settings), update the publishers that use it, and keep ' +
    'the new one in a secret store (QSTASH_TOKEN).',
  examples: {
    positive: [
      { text: 'QSTASH_TOKEN=eyJVc2VySUQiOiIzNjQzNjdjZC00MjU3LTQ4NTctYWQ5Yy1lZTA3N2RiZTViYjciLCJQYXNzd29yZCI6IjgxZmUyNjBhNDQ0MWZjZmRkZDRhMGJmNGFkYzhiODE2In0=', path: '.env' },
      { text: 'const qstash = new Client({ token: "eyJVc2VySUQiOiI3YTI1ZWFlNi0zN2FhLTQ5N2EtOWVkYy0zZmVjZTc4OGVjNTkiLCJQYXNzd29yZCI6IjEwMjgzYjA5MDc3NzcyMjZkY2MzNTFiYzViNmQ4NmUxIn0=" });', path: 'src/queue.ts' },
    ],
    negative: [
      { text: 'QSTASH_TOKEN=eyJVc2VySUQiOiJjNzc2ZWI0Yy1iMjFmLTQ0MGEtODM4Yy05MDFkYWE4MzkxNzAifQ==', why: 'a user id without a password' },
      { text: 'QSTASH_TOKEN=eyJVc2VySUQiOiIxMjM0NTY3ODkwIiwiQXBpS2V5IjoiYWJjZGVmIn0=', why: 'no password field' },
    ],
  },
});

/** Upstash detectors whose values are recognised by the vendor's name (kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  // REST tokens of Upstash Redis (and Upstash Vector): base64, about 60 characters; a Redis token holds
  // the database's port and password.
  {
    id: 'upstash-rest-token',
    title: 'Upstash REST token (Redis, Vector)',
    vendor: 'Upstash',
    names: ['upstash'],
    token: { alphabet: 'base64', length: [48, 120] },
    remediation:
      'Reset the database password in the Upstash console (Redis > the database > Reset credentials), which revokes ' +
      'the REST tokens, and keep the new token in a secret store (UPSTASH_REDIS_REST_TOKEN).',
    examples: {
      positive: [
        { text: 'UPSTASH_REDIS_REST_URL="https://meet-mole-19274.upstash.io"\nUPSTASH_REDIS_REST_TOKEN="AUtKAALncDJkODQ2YmFmZDIyYjIwMjJmNTdlODdjZDZhZDRmNzVkNHAyMTkyNzQ"', path: '.env' },
        { text: "const redis = new Redis({ url: process.env.UPSTASH_REDIS_REST_URL, token: 'AatvAAIacDJmOTk4OWFjMTQ3YzI4NDYxNmQ3OTEyOWRiNzdmNWRmZnAyNDM4ODc' }); // upstash", path: 'src/cache.ts' },
      ],
      negative: [
        { text: 'UPSTASH_REDIS_REST_TOKEN="AXpSAALscDIxM2RkYmYwN2Zi"', why: 'too short' },
        { text: 'UPSTASH_REDIS_REST_URL="https://meet-mole-19274.upstash.io"', why: 'the URL' },
      ],
    },
  },
  // QStash signing keys: sig_ + 28 letters and digits; they let a receiver verify deliveries, and
  // whoever holds them can forge one. sig_ alone is common, so a QStash name must precede the value.
  {
    id: 'upstash-qstash-signing-key',
    title: 'Upstash QStash signing key',
    vendor: 'Upstash',
    names: ['qstash'],
    token: { alphabet: 'alnum', length: 28, prefix: 'sig_' },
    remediation:
      'Roll the signing keys in the Upstash console (QStash > Signing keys); the next key becomes current, so update ' +
      'both QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY from a secret store.',
    examples: {
      positive: [
        { text: 'QSTASH_CURRENT_SIGNING_KEY=sig_IDSusG87edWzqIl3ys8hHKiRrZWW\nQSTASH_NEXT_SIGNING_KEY=sig_3yknGlloapvsT8CmJoPgzyXUtLum', path: '.env' },
        { text: 'const qstashReceiver = new Receiver({ currentSigningKey: "sig_3yknGlloapvsT8CmJoPgzyXUtLum" });', path: 'src/webhooks.ts' },
      ],
      negative: [
        { text: 'QSTASH_CURRENT_SIGNING_KEY=sig_shqTsJsQYtFWPv4kNL3Xfe6X18B', why: '27 characters' },
        { text: 'QSTASH_CURRENT_SIGNING_KEY=sig_xxxxxxxxxxxxx', why: 'placeholder' },
        { text: 'webhook_signing_key = "sig_IDSusG87edWzqIl3ys8hHKiRrZWW"', why: 'no QStash name' },
      ],
    },
  },
]);

/** Upstash (Redis REST and QStash). */
export const upstashDetectors: readonly Detector[] = [...named, upstashQstashToken];
