import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

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
