import type { Detector } from '../../../src/types.js';
import { lineStartWithin } from '../../kit/name-value.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Google OAuth 2.0 client secrets issued since 2021: 'GOCSPX-' and 28 base64url characters.
// (API keys and service-account JSON are reported by google-api-key and gcp-service-account.)
export const gcpOauthClientSecret: Detector = patternDetector({
  id: 'gcp-oauth-client-secret',
  title: 'Google OAuth client secret',
  vendor: 'Google Cloud',
  severity: 'high',
  keywords: ['gocspx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Reset the secret of the OAuth client under APIs & Services > Credentials in the Google Cloud console, ' +
    'then load the new one from the environment or Secret Manager.',
  examples: {
    positive: [
      { text: '{"web":{"client_id":"1093-abc.apps.googleusercontent.com","client_secret":"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"}}', path: 'client_secret.json' },
      { text: 'GOOGLE_CLIENT_SECRET=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' },
    ],
    negative: [
      { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-2HW9G7JzAaKloyvddODLnf281IA', why: '27 characters' },
      { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-<your-client-secret>' },
    ],
  },
});

// Client secrets issued before GOCSPX-: 24 base64url characters. Only under a client-secret name
// with Google nearby: a google name on the same line, or an OAuth client id
// (….apps.googleusercontent.com) within a few lines. Registered from vendors-d-l.ts.
const GOOGLE_NEAR = /google|\.apps\.googleusercontent\.com/i;

export const gcpLegacyOauthClientSecret: Detector = patternDetector({
  id: 'gcp-legacy-oauth-client-secret',
  title: 'Google OAuth client secret (legacy format)',
  vendor: 'Google Cloud',
  severity: 'high',
  keywords: ['client_secret', 'clientsecret', 'client-secret'],
  pattern: /client[_-]?secret["'\]]{0,2}\s{0,3}(?:=>|:=|[:=>])\s{0,3}["'`]?(?<secret>[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/i,
  minEntropy: 3.5,
  validate: (secret, m, text) =>
    mixesDigitsAndCases(secret) &&
    (GOOGLE_NEAR.test(around(text, m, 48, true)) || /\.apps\.googleusercontent\.com/.test(around(text, m, 400, false))),
  remediation:
    'Reset the secret of the OAuth client under APIs & Services > Credentials in the Google Cloud console (new ' +
    'secrets use the GOCSPX- format), then load it from the environment or Secret Manager.',
  examples: {
    positive: [
      {
        text: "const CLIENT_ID = '310127896718-rw85z9g4314epqpzstagam2l0nkexrlf.apps.googleusercontent.com';\nconst CLIENT_SECRET = 'ktKzxV6C0Gkp4fWPt2CYar_t';",
        path: 'src/auth.js',
      },
      { text: "$google_client_secret = 'vmTSbCqiO0DJDFbeNwkWWtbZ';", path: 'config.php' },
    ],
    negative: [
      { text: "CLIENT_SECRET = 'vmTSbCqiO0DJDFbeNwkWWtbZ'", why: 'no Google context' },
      { text: "$google_client_secret = 'vmTSbCqiO0DJDFbeNwkWWtbZx';", why: '25 characters' },
    ],
  },
});

// Cloud Storage HMAC keys (the S3-compatible interoperability API): an access ID (GOOG1 and 56
// upper-case alphanumerics for a service account, GOOG and 20 for a user account) and a secret of
// 40 base64 characters, the AWS secret's shape. Reported under Google's name where boto and gsutil
// write it (`gs_secret_access_key`), or beside a service account's GOOG1 access ID within a few lines;
// the AWS detector would otherwise take it for an AWS secret.
const GS_SECRET_NAME = /gs_secret_access_key["']?\s{0,3}[:=]\s{0,3}["']?$/i;
const GOOG1_ID = /(?<![A-Za-z0-9])GOOG1[A-Z0-9]{56}(?![A-Za-z0-9])/;

export const gcpHmacKeySecret: Detector = patternDetector({
  id: 'gcp-hmac-key-secret',
  title: 'Google Cloud Storage HMAC key secret',
  vendor: 'Google Cloud',
  severity: 'critical',
  keywords: ['gs_secret_access_key', 'goog1'],
  // above aws-secret-access-key (50), which finds the same 40 characters by their shape
  priority: 55,
  pattern: /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/,
  keywordSpan: { before: 400, after: 400 },
  validate: (secret, m, text) => {
    if (!/[0-9]/.test(secret) || !/[a-z]/.test(secret) || !/[A-Z]/.test(secret) || /^GOOG/.test(secret)) return false;
    const lineStart = lineStartWithin(text, m.index, 64); // the name stands right before the value
    if (lineStart >= 0 && GS_SECRET_NAME.test(text.slice(lineStart, m.index))) return true;
    return GOOG1_ID.test(around(text, m, 300, false));
  },
  remediation:
    'Deactivate and delete the HMAC key under Cloud Storage > Settings > Interoperability (or with `gcloud storage hmac ' +
    'update --deactivated`), then create a new one for the service account and load it from Secret Manager or the environment.',
  examples: {
    positive: [
      { text: '[Credentials]\ngs_access_key_id = GOOG7Q2XK9PLW4RZN8CYHQM3\ngs_secret_access_key = Kq7vT2xK9pLw4RzN8cYh+Qm7vT2xK9pLw4RzN8c/', path: '.boto' },
      {
        text: 'access_id: GOOG1EQ7VT2XK9PLW4RZN8CYHQM7VT2XK9PLW4RZN8CYHQM7VT2XK9PLW4RZN\nsecret: "Zt9qW3xkP2mHq7vR2mLp9xTq8Lm3vT7xK2pLw9Ab"',
        path: 'deploy/gcs-interop.yml',
        why: "beside a service account's access ID",
      },
    ],
    negative: [
      { text: 'gs_secret_access_key = ${GS_SECRET}', path: '.boto', why: 'reference' },
      { text: 'aws_secret_access_key = Zt9qW3xkP2mHq7vR2mLp9xTq8Lm3vT7xK2pLw9Ab', path: 'credentials', why: "AWS's name, no Google access ID" },
      { text: 'access_id: GOOG1EQ7VT2XK9PLW4RZN8CYHQM7VT2XK9PLW4RZN8CYHQM7VT2XK9PLW4RZN\ncommit: 3b1f0c9a7e5d2b8f4a6c1e9d7b3f5a2c8e4d6b1a', path: 'a.yml', why: 'a commit id is no secret' },
    ],
  },
});
