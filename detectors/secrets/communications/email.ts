import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';

// Mailgun private API keys: the legacy 'key-' + 32 hex, and the current 32 hex + '-' + 8 hex + '-' +
// 8 hex. Neither is distinctive alone (webhook signing keys share the second shape), so 'mailgun'
// must appear on the same line: MAILGUN_API_KEY=..., or an api.mailgun.net URL next to the key.
export const mailgunApiKey: Detector = patternDetector({
  id: 'mailgun-api-key',
  title: 'Mailgun API key',
  vendor: 'Mailgun',
  severity: 'high',
  keywords: ['mailgun'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/,
  validate: (_secret, m, text) => /mailgun/i.test(around(text, m)),
  minEntropy: 3,
  remediation:
    'Delete the key under API Security (or the domain\'s Sending keys) in the Mailgun control panel, then keep a ' +
    'new one in the environment or a secret manager.',
  examples: {
    positive: [
      { text: 'MAILGUN_API_KEY=key-bdd5891570129cd579faca7cf0d69eef' },
      { text: "curl -s --user 'api:92f14d4c406d2f5b392acb1f408a8c44-7a390134-0b2eb71e' https://api.mailgun.net/v3/mg.contoso.com/messages" },
    ],
    negative: [
      { text: 'MAILGUN_PUBLIC_KEY=pubkey-bdd5891570129cd579faca7cf0d69eef', why: 'public validation key' },
      { text: 'session_key = "key-bdd5891570129cd579faca7cf0d69eef"', why: 'no Mailgun context' },
      { text: 'MAILGUN_API_KEY=key-bdd5891570129cd579faca7cf0d69ee', why: '31 hex characters' },
      { text: 'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Mailchimp (Marketing API) keys: 32 hex characters, '-us' and the data-centre number.
export const mailchimpApiKey: Detector = patternDetector({
  id: 'mailchimp-api-key',
  title: 'Mailchimp API key',
  vendor: 'Mailchimp',
  severity: 'high',
  keywords: ['-us'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9_-])/,
  keywordSpan: { before: 32, after: 5 },
  minEntropy: 3,
  remediation:
    'Revoke the key under Profile > Extras > API keys in Mailchimp, then keep a new one in the environment or a ' +
    'secret manager.',
  examples: {
    positive: [
      { text: 'MAILCHIMP_API_KEY=5904765a10390ecf61e90cd8763ef6ee-us14' },
      { text: "mailchimp.setConfig({ apiKey: 'b1823624d7a93d9e598b0d796410dc3a-us6', server: 'us6' });" },
    ],
    negative: [
      { text: 'MAILCHIMP_API_KEY=5904765a10390ecf61e90cd8763ef6e-us14', why: '31 hex characters' },
      { text: 'MAILCHIMP_API_KEY=5904765a10390ecf61e90cd8763ef6ee-eu14', why: 'not a Mailchimp data centre' },
      { text: 'MAILCHIMP_API_KEY=00000000000000000000000000000000-us1', why: 'placeholder' },
    ],
  },
});

// Postmark server and account tokens are plain UUIDs, and UUIDs alone are not secrets (message ids
// are UUIDs too). So 'postmark' must come before the UUID on the same line, followed by a token, key,
// secret or client word: X-Postmark-Server-Token: ..., POSTMARK_API_TOKEN=..., new postmark.ServerClient("...").
const POSTMARK_BEFORE = /postmark[^\n]{0,100}?(?:token|key|secret|client)/i;
/** Or the UUID is the whole value of a setting named `postmark` (`postmark: "…"`, `POSTMARK=…`). */
const POSTMARK_SETTING = /(?:^|[^A-Za-z0-9_.-])postmark["']?\s{0,3}[:=]\s{0,3}["'`]?$/i;

export const postmarkServerToken: Detector = patternDetector({
  id: 'postmark-server-token',
  title: 'Postmark server or account token',
  vendor: 'Postmark',
  severity: 'high',
  keywords: ['postmark'],
  pattern: /(?<![0-9a-f-])(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
  validate: (_secret, m, text) => {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    return POSTMARK_BEFORE.test(line) || POSTMARK_SETTING.test(line);
  },
  minEntropy: 3,
  remediation:
    'Regenerate the token on the server\'s (or account\'s) API Tokens page in Postmark, then keep the new one in ' +
    'the environment or a secret manager.',
  examples: {
    positive: [
      { text: 'POSTMARK_SERVER_TOKEN=cd14c1d0-f28a-4dc6-9a7f-fc1ad398719f' },
      { text: 'curl -H "X-Postmark-Server-Token: b1014295-00a3-414c-a492-5d482a58ab13" https://api.postmarkapp.com/email' },
      { text: "const client = new postmark.ServerClient('cd14c1d0-f28a-4dc6-9a7f-fc1ad398719f');" },
      { text: '  postmark: "ae894f2f-a875-4154-a195-554745863fa5",', path: 'config/mail.js', why: 'the whole value of a postmark setting' },
    ],
    negative: [
      { text: 'Postmark accepted message b1014295-00a3-414c-a492-5d482a58ab13', why: 'a message id, not a token' },
      { text: 'REQUEST_ID=b1014295-00a3-414c-a492-5d482a58ab13', why: 'a bare UUID' },
      { text: 'postmark_message_id: "ae894f2f-a875-4154-a195-554745863fa5"', why: 'a message id setting' },
      { text: 'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000', why: 'placeholder' },
      { text: 'POSTMARK_SERVER_TOKEN=cd14c1d0-f28a-4dc6-9a7f-fc1ad398719', why: 'short last group' },
    ],
    knownMisses: [{ text: 'postmark:\n  server_token: cd14c1d0-f28a-4dc6-9a7f-fc1ad398719f', why: 'vendor name on the line above' }],
  },
});

/** A Mailgun private key, in either of its two forms, after the `api:` user name of Basic auth. */
const MAILGUN_BASIC = /^api:(?:key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/;

// Mailgun keys sent as HTTP Basic auth: base64 of `api:<key>` (56 characters for key-…, 72 for the
// current form). Self-identifying once decoded, so no vendor name is needed.
export const mailgunBasicAuth: Detector = patternDetector({
  id: 'mailgun-basic-auth',
  title: 'Mailgun API key in a Basic auth value',
  vendor: 'Mailgun',
  severity: 'high',
  keywords: ['yxbpo'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>YXBpO[A-Za-z0-9+/]{49,67}={0,2})(?![A-Za-z0-9+/=])/,
  validate: (secret) => MAILGUN_BASIC.test(Buffer.from(secret, 'base64').toString('latin1')),
  remediation:
    'Delete the key under API Security (or the domain\'s Sending keys) in the Mailgun control panel; the Basic ' +
    'value is the key itself, base64-encoded. Build the header at run time from a key in a secret manager.',
  examples: {
    positive: [
      { text: "headers = {'Authorization': 'Basic YXBpOmQ0YzVlZGI3OWZiNjNjYWY2YWI0YzIxY2VmYzUwZDc2LTdjNzQ1ZDBiLTI0OWY1NDll'}" },
      { text: 'MAILGUN_AUTH=YXBpOmtleS0yMjkwYWZhMzM0NDY2NTlhMDBiMGMzY2FhNDhiNGRlOA==', path: '.env' },
    ],
    negative: [
      { text: "headers = {'Authorization': 'Basic YXBpOkVFanNpVFNWbkwyVjMyeFhkcWNLZzZBUzdsUklIbQ=='}", why: 'api: and a password that is not a Mailgun key' },
      { text: 'MAILGUN_AUTH=YXBpOmtleS0yMjkwYWZhMzM0NDY2NTlhMDBiMGMzY2FhNDhiNGRl', why: 'truncated: decodes to a short key' },
    ],
  },
});
