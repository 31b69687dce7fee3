import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { isStandInFirebaseKey } from '../../kit/firebase-config.js';
import { keywordRegExp, keywordWindows } from '../../kit/keyword-windows.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { isPasswordName } from '../shared/secret-literal.js';
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

// Google app passwords: 16 lowercase letters that myaccount.google.com shows in four groups of four (`xxxx xxxx xxxx
// xxxx`), for signing in as the Google account (two-step verification on) from a program that cannot ask for a code:
// above all an SMTP client sending through smtp.gmail.com (nodemailer's `auth: { user, pass }`, Django's
// EMAIL_HOST_PASSWORD, smtplib's `login(…)`). The shape alone names no vendor, so the password is looked for only in
// the lines around a Gmail name (`…@gmail.com`, `smtp.gmail.com`, `service: 'gmail'`), in a password's slot or as a
// login call's second argument. With the groups' blanks kept the shape is Google's; written together, the 16 letters
// must read as drawn at random (few vowels or a run of consonants), not as words.

const GMAIL_FINDER = keywordRegExp(['gmail', 'googlemail']);
/** Lines read on each side of a Gmail name. */
const GMAIL_LINES = 6;
/** A name and an operator, then the 16 letters (grouped by blanks or not), quoted or ending the line. */
const APP_PASSWORD_SLOT = /(?<name>[A-Za-z_$][\w.$-]{0,60})["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?<q>["'`]?)(?<secret>[a-z]{4}(?<sep> ?)[a-z]{4}\k<sep>[a-z]{4}\k<sep>[a-z]{4})(?:\k<q>(?<=["'`])|(?=[ \t]{0,8}(?:\r?\n|$|#)))/g;
/** A login call's second argument: `server.login("shop@gmail.com", "…")`. */
const APP_PASSWORD_LOGIN = /\.login[ \t]{0,4}\([ \t]{0,4}["'][^"'\r\n]{1,120}["'][ \t]{0,4},[ \t]{0,4}(?<q>["'])(?<secret>[a-z]{4}(?<sep> ?)[a-z]{4}\k<sep>[a-z]{4}\k<sep>[a-z]{4})\k<q>/g;

/** Sixteen letters drawn at random, not words run together: a fifth or fewer vowels, or five consonants in a row. */
function drawnLetters(letters: string): boolean {
  return letters.replace(/[^aeiouy]/g, '').length <= 3 || /[^aeiouy]{5}/.test(letters);
}

/** The app passwords in text[from, to): in a password's slot or a login call's second argument. */
function* appPasswordsIn(text: string, from: number, to: number): Iterable<Match> {
  const region = text.slice(from, to);
  for (const re of [APP_PASSWORD_SLOT, APP_PASSWORD_LOGIN]) {
    re.lastIndex = 0;
    for (let m = re.exec(region); m !== null; m = re.exec(region)) {
      const groups = m.groups as { name?: string; secret: string; sep: string };
      if (groups.name !== undefined && !isPasswordName(groups.name)) continue;
      const letters = groups.secret.replace(/ /g, '');
      if (isPlaceholder(letters) || (groups.sep === '' && !drawnLetters(letters))) continue;
      const start = from + m.index + m[0].lastIndexOf(groups.secret);
      yield { start, end: start + groups.secret.length, secret: groups.secret, detail: 'a Google app password (signs in as the Google account, mail included)' };
    }
  }
}

function* detectGoogleAppPasswords(input: DetectorInput): Iterable<Match> {
  // each Gmail name's lines, merged where they touch: a line of keywords is read once
  for (const [from, to] of keywordWindows(input, GMAIL_FINDER, GMAIL_LINES, GMAIL_LINES)) yield* appPasswordsIn(input.text, from, to);
}

export const googleAppPassword: Detector = {
  id: 'google-app-password',
  title: 'Google app password (Gmail SMTP and other sign-ins)',
  vendor: 'Google',
  secrets: 'generated', // Google draws the 16 letters: a password by name, not chosen by a person
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['gmail', 'googlemail'],
  priority: 40,
  remediation:
    'Revoke the app password at myaccount.google.com/apppasswords (it signs in as the whole account), and give the ' +
    'program a new one from the environment or a secret store; for mail from an application, an SMTP relay or ' +
    "Gmail's API with OAuth avoids app passwords.",
  detect: detectGoogleAppPasswords,
  examples: {
    positive: [
      {
        path: 'src/mailer.js',
        text: "const transport = nodemailer.createTransport({\n  service: 'gmail',\n  auth: { user: 'orders.shop@gmail.com', pass: 'qwhx pmkz tbfr nyvd' },\n});\n",
        why: "nodemailer, the groups' blanks kept",
      },
      { path: 'shop/settings.py', text: "EMAIL_HOST = 'smtp.gmail.com'\nEMAIL_PORT = 587\nEMAIL_HOST_USER = 'orders.shop@gmail.com'\nEMAIL_HOST_PASSWORD = 'vkzqtrwhpmxbdfyn'\n", why: 'Django, the letters written together' },
      { path: 'tools/report.py', text: 'server = smtplib.SMTP_SSL("smtp.gmail.com", 465)\nserver.login("reports.shop@gmail.com", "hmzt wqvk rpxb ldfs")\n', why: "smtplib's login" },
      { path: '.env', text: 'MAIL_HOST=smtp.gmail.com\nMAIL_USERNAME=orders.shop@gmail.com\nMAIL_PASSWORD=tkvz hqwm rdpx bfny\n', why: 'a bare value to the end of the line' },
      { path: 'config/mail.yml', text: 'smtp:\n  password: "pfxr tqzw mhkd vnbj"\n  port: 587\n  user: alerts.shop@gmail.com\n', why: 'the Gmail name lines below' },
    ],
    negative: [
      { path: 'src/mailer.js', text: "auth: { user: 'orders.shop@gmail.com', pass: 'xxxx xxxx xxxx xxxx' }\n", why: 'a stand-in' },
      { path: 'shop/settings.py', text: "EMAIL_HOST_USER = 'orders.shop@gmail.com'\nEMAIL_HOST_PASSWORD = 'mysecretpassword'\n", why: 'words written together' },
      { path: 'src/mailer.js', text: "auth: { user: 'orders.shop@outlook.com', pass: 'qwhx pmkz tbfr nyvd' }\n", why: 'no Gmail name around it' },
      { path: 'shop/settings.py', text: "EMAIL_HOST = 'smtp.gmail.com'\nEMAIL_HOST_PASSWORD = os.environ['EMAIL_HOST_PASSWORD']\n", why: 'read from the environment' },
    ],
  },
};
