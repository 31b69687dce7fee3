import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';

// Google OAuth 2.0 client secrets issued since 2021: 'GOCSPX-' and 28 base64url characters.
// (API keys and service-account JSON are reported by google-api-key and gcp-service-account.)
export const gcpOauthClientSecret: Detector = patternDetector({
  id: 'gcp-oauth-client-secret',
  title: 'Google OAuth client secret',
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
  severity: 'high',
  keywords: ['client_secret', 'clientsecret', 'client-secret'],
  pattern: /client[_-]?secret["'\]]{0,2}\s{0,3}(?:=>|:=|[:=>])\s{0,3}["'`]?(?<secret>[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/i,
  minEntropy: 3.5,
  validate: (secret, m, text) =>
    /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret) &&
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
