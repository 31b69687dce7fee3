import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';
import { variantsDetector } from '../shared/variants.js';

// Square access tokens: the legacy 'sq0atp-' + 22 base64url characters, and the current 'EAAA' +
// 60 base64url characters. Facebook tokens also begin 'EAA', so the 'EAAA' form is only reported
// with 'square' on the same line (SQUARE_ACCESS_TOKEN=..., new square.Client({ accessToken: ... })).
export const squareAccessToken: Detector = variantsDetector(
  {
    id: 'square-access-token',
    title: 'Square access token',
    vendor: 'Square',
    severity: 'critical',
    keywords: ['sq0atp-', 'eaaa'],
    remediation:
      'Revoke the token in the Square Developer Dashboard (Credentials, or the OAuth page for seller tokens), ' +
      'then keep a new one in the environment or a secret manager.',
    examples: {
      positive: [
        { text: 'SQUARE_ACCESS_TOKEN=sq0atp-ZdKPF2EmxfUMZVTTRZUmcV' },
        { text: "const square = new Client({ accessToken: 'sq0atp-t880DbhUUSjqkWyfFX1emH' });" },
        { text: 'SQUARE_ACCESS_TOKEN=EAAAo4fSqHwHfzl5pV8aLWxObS5IbyoVykabf69tLShSW4b5Q-ECQBxxzUicOMdy' },
      ],
      negative: [
        { text: 'SQUARE_ACCESS_TOKEN=sq0atp-ZdKPF2EmxfUMZVTTRZUmc', why: '21 characters' },
        { text: 'FB_PAGE_TOKEN=EAAAo4fSqHwHfzl5pV8aLWxObS5IbyoVykabf69tLShSW4b5Q-ECQBxxzUicOMdy', why: 'EAAA form without Square context' },
        { text: 'SQUARE_APPLICATION_ID=sq0idp-ZdKPF2EmxfUMZVTTRZUmcV', why: 'application ids are public' },
        { text: 'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      ],
    },
  },
  [
    { pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/, minEntropy: 3.5 },
    {
      pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/,
      validate: (_secret, m, text) => /square/i.test(around(text, m)),
      minEntropy: 4,
    },
  ],
);

// Square OAuth application secrets: 'sq0csp-' and 43 base64url characters.
export const squareOauthSecret: Detector = patternDetector({
  id: 'square-oauth-secret',
  title: 'Square OAuth application secret',
  vendor: 'Square',
  severity: 'critical',
  keywords: ['sq0csp-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation:
    'Replace the application secret on the OAuth page of the Square Developer Dashboard, then keep the new one ' +
    'in the environment or a secret manager.',
  examples: {
    positive: [
      { text: 'SQUARE_APP_SECRET="sq0csp-wXdzCaLXudybwgZHCs1SkT9sD-B8vB2pFXtlHULli4-"' },
      { text: 'client_secret: sq0csp-Lokr2FVNp5TrQkXR9PpvVxH0-_RDPFKQaJJiJ9jxDfC', path: 'config/square.yml' },
    ],
    negative: [
      { text: 'SQUARE_APP_SECRET="sq0csp-wXdzCaLXudybwgZHCs1SkT9sD-B8vB2pFXtlHULli4"', why: '42 characters' },
      { text: 'SQUARE_APP_SECRET="sq0csp-<application-secret>"' },
    ],
  },
});
