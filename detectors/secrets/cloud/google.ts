import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { isStandInFirebaseKey } from '../../kit/firebase-config.js';
import { patternDetector } from '../../kit/pattern.js';
import { describePrivateKey } from '../shared/key-structure.js';

// API keys: 'AIza' + 35 base64url characters.

export const googleApiKey: Detector = patternDetector({
  id: 'google-api-key',
  title: 'Google API key',
  vendor: 'Google',
  severity: 'high',
  keywords: ['aiza'],
  pattern: /(?<![\w-])(?<secret>AIza[\w-]{35})(?![\w-])/,
  minEntropy: 3.5,
  validate: (secret, m, text) => !isStandInFirebaseKey(secret, text, m.index),
  remediation:
    'Delete or regenerate the key in Google Cloud Console (APIs & Services > Credentials), restrict its ' +
    'replacement to the APIs and referrers that need it, and load it from configuration outside the source.',
  examples: {
    positive: [
      { text: '  "apiKey": "AIzaDlpSCLXj7ZzXbxcvm61wgI-9zwz95RmXZUX",', path: 'web/firebase.json' },
      { text: 'GOOGLE_MAPS_KEY=AIzaflllYQJ-W7s-HO4WTDeQ-Tgx5WJ3v4jBd3y' },
      {
        text: '<dict>\n\t<key>API_KEY</key>\n\t<string>AIzaQm3vT8wXp2LkR9sd0Yb7Hc4NfJu6EaZgW1i</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>590316485277</string>\n\t<key>PROJECT_ID</key>\n\t<string>shop-prod-5d2a1</string>\n</dict>',
        path: 'ios/Shop/GoogleService-Info.plist',
        why: "a real project's app config",
      },
    ],
    negative: [
      { text: '  "apiKey": "AIzaDlpSCLXj7ZzXbxcvm61wgI-9zwz95RmXZU",', why: '34 characters' },
      { text: '  "apiKey": "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",', why: 'placeholder' },
      { text: '# the webhook URL looks like this:\n#   https://chat.googleapis.com/v1/spaces/AAAAk6lGXyM/\\\n#       messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&\\\n', path: 'plugins/google_chat.py', why: 'the key every Google Chat webhook URL holds: the token beside it is the secret' },
      { text: 'GOOGLE_MAPS_KEY=AIzaflllYQJ-W7s-HO4WTDeQ-Tgx5WJ3v4jBd3y7', why: '36 characters' },
      {
        text: '<dict>\n\t<key>API_KEY</key>\n\t<string>AIzaQm3vT8wXp2LkR9sd0Yb7Hc4NfJu6EaZgW1i</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>123456789000</string>\n\t<key>PROJECT_ID</key>\n\t<string>mockproject-1234</string>\n</dict>',
        path: 'messaging/GoogleService-Info.plist',
        why: "the quickstarts' mock Firebase project: its key is made up with it",
      },
      {
        text: 'const firebaseConfig = {\n  apiKey: "AIzaTq8Ld2xVn5Rc7Wm0Kp3Hs6Jb9Fg1Ye4Zu2a",\n  projectId: "demo-shop",\n  appId: "1:4206914:web:1f2e3d",\n};',
        path: 'src/firebase.ts',
        why: 'a Firebase demo project (demo- id): served by the emulators, no real resource',
      },
    ],
  },
});

// Service-account key files: a JSON object with "type": "service_account" whose "private_key" holds a
// PKCS#8 PEM block with \n escapes. The finding spans the PEM block itself — the same span the
// private-key detector reports — and wins over it by priority, with the account in the detail.
const PRIVATE_KEY_FIELD = /"private_key"\s{0,8}:\s{0,8}"(?<pem>-----BEGIN PRIVATE KEY-----(?<body>[^"]{1,16384}?)-----END PRIVATE KEY-----)/dg;
const SERVICE_ACCOUNT_TYPE = /"type"\s{0,8}:\s{0,8}"service_account"/;
const CLIENT_EMAIL = /"client_email"\s{0,8}:\s{0,8}"(?<email>[^"@\s]{1,128}@[^"\s]{1,128})"/;
const WINDOW = 2048; // key files put "type" a few lines before the key and "client_email" right after it

function detectServiceAccountKey({ text }: DetectorInput): Match[] {
  const found: Match[] = [];
  for (const m of text.matchAll(PRIVATE_KEY_FIELD)) {
    const span = m.indices?.groups?.pem;
    if (!span || describePrivateKey('PRIVATE KEY', m.groups?.body ?? '') === undefined) continue;
    const [start, end] = span;
    const around = text.slice(Math.max(0, start - WINDOW), Math.min(text.length, end + WINDOW));
    if (!SERVICE_ACCOUNT_TYPE.test(around)) continue;
    const email = CLIENT_EMAIL.exec(around)?.groups?.email;
    found.push({ start, end, secret: text.slice(start, end), detail: email ? `service account ${email}` : 'service account key' });
  }
  return found;
}

// A fake PKCS#8 EC key: real key files hold RSA keys, but the structure check is the same and this one is short.
const FAKE_KEY =
  'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgvfpLJb5YjZPYJNnR\\nYgYT13+GRYC7FqQLcaL7bXdaDLuhRANCAARrwkyOWdcpHqGfIF5g79qhaeuWb06D\\nAuFNaB8UvouDGo+f4vaZmpJ8GKam/rUiI6X4V+xgwqcSSal+oDm3UBeN\\n';
const keyFile = (type: string, key: string): string =>
  `{\n  "type": "${type}",\n  "project_id": "billing-prod",\n  "private_key_id": "3f1c9a7e5b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a",\n` +
  `  "private_key": "-----BEGIN PRIVATE KEY-----\\n${key}-----END PRIVATE KEY-----\\n",\n` +
  `  "client_email": "exporter@billing-prod.iam.gserviceaccount.com"\n}`;

export const gcpServiceAccountKey: Detector = {
  id: 'gcp-service-account-key',
  title: 'Google Cloud service account key',
  vendor: 'Google Cloud',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['service_account'],
  priority: 60,
  remediation:
    'Delete the key in Google Cloud Console (IAM > Service accounts > Keys) and check the audit logs for its ' +
    'use; prefer workload identity or keys kept in a secret manager to key files in the repository.',
  detect: detectServiceAccountKey,
  examples: {
    positive: [
      { text: keyFile('service_account', FAKE_KEY), path: 'deploy/gcp-key.json' },
      { text: `credentials = json.loads('''${keyFile('service_account', FAKE_KEY)}''')`, path: 'tools/export.py' },
    ],
    negative: [
      { text: keyFile('service_account', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\\n'), why: 'truncated documentation key' },
      { text: keyFile('service_account', '<YOUR_PRIVATE_KEY>\\n'), why: 'placeholder' },
      { text: keyFile('authorized_user', FAKE_KEY), why: 'not a service account file' },
      { text: keyFile('service_account', FAKE_KEY.replace('MIGHAgEA', 'MIGIAgEA')), why: 'DER length does not match' },
    ],
  },
};

// OAuth 2.0 access tokens: ya29. + base64url (a few dozen to a couple of thousand characters).
// They expire within hours, but a committed one is a live credential until then. Registered from
// vendors-d-l.ts.
export const googleOauthAccessToken: Detector = patternDetector({
  id: 'google-oauth-access-token',
  title: 'Google OAuth access token',
  vendor: 'Google',
  severity: 'high',
  keywords: ['ya29.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.[A-Za-z0-9_-]{30,2048})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation:
    'Revoke the token (https://oauth2.googleapis.com/revoke) and the refresh token it came from, and let the ' +
    'application obtain tokens at run time instead of committing one.',
  examples: {
    positive: [
      { text: "access_token: 'ya29.a0AfB_ss7vHcD1PqvjaLQbUujSnmPZbxlNDo4201Kk9I9r8U-U2ZCGjjCW4vdtin1aYlIPMTF-xjUy5NLNDK0JlLmbnqZ9BwYTpNYAq0mY_3Q6tSkd_jwJenteS_Kv_avSsnd3_9d4QzFntG5rvFVSPfC_1t'" },
      { text: 'curl -H "Authorization: Bearer ya29.WbI87oQjZlwEwK6F9p2Fc4H0ANz0Dv4OkQox59smngEWYzuqugh7urWnJNl9" https://www.googleapis.com/drive/v3/files' },
    ],
    negative: [
      { text: 'token = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
      { text: 'token = "ya29.WbI87oQjZlwEwK6F9p2F"', why: 'too short' },
    ],
  },
});

// OAuth 2.0 refresh tokens: 1//0 + base64url. Unlike access tokens they do not expire on their own.
export const googleOauthRefreshToken: Detector = patternDetector({
  id: 'google-oauth-refresh-token',
  title: 'Google OAuth refresh token',
  vendor: 'Google',
  severity: 'critical',
  keywords: ['1//0'],
  pattern: /(?<![A-Za-z0-9_/-])(?<secret>1\/\/0[A-Za-z0-9_-]{40,512})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret),
  remediation:
    'Revoke the refresh token (https://oauth2.googleapis.com/revoke, or remove the app\'s access in the Google ' +
    'account\'s security settings) and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: '"refresh_token": "1//0gm53YByOKUtJndw3fpjHTNfTO6udf4jKsH6tZatGHcXX7_liis6CzNps7WFm_GF62sXZuc6HdfqnzpQE0uFk7gAO_L8uluOhE"', path: 'token.json' },
      { text: 'GOOGLE_REFRESH_TOKEN=1//09pZx3tW1eynLMY_3GRZ_JaUdX-pZhXldHTkMQ9icr3J3oTV91lWUUscBeiMpA8uu2G_XGD0' },
    ],
    negative: [
      { text: 'x = 1//0  # ZeroDivisionError', why: 'integer division' },
      { text: 'GOOGLE_REFRESH_TOKEN=1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});
