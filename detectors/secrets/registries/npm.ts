import type { Detector } from '../../../src/types.js';
import { hasBase62Crc32Suffix } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';

// Granular and automation tokens: 'npm_' + 30 random base62 characters + their 6-character base62 CRC-32.
export const npmToken: Detector = patternDetector({
  id: 'npm-token',
  title: 'npm access token',
  vendor: 'npm',
  severity: 'critical',
  keywords: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  validate: (secret) => hasBase62Crc32Suffix(secret.slice(4)),
  remediation:
    'Revoke the token at npmjs.com (Access Tokens) or with `npm token revoke`, check recent publishes, and give ' +
    'CI a new granular token through its secret store (or use trusted publishing) instead of a committed .npmrc.',
  examples: {
    positive: [
      { text: '//registry.npmjs.org/:_authToken=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', path: '.npmrc' },
      { text: 'NPM_TOKEN: "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"', path: '.github/workflows/publish.yml' },
    ],
    negative: [
      { text: '//registry.npmjs.org/:_authToken=npm_OCJaEC17lrKrsjEd05WGCImDlCbKjY3aOLur', why: 'checksum does not match' },
      { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', why: 'reference' },
      { text: 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'const 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_count = 1;', why: 'part of a longer identifier' },
    ],
  },
});

// Classic tokens issued before 2021 were bare UUIDs. A UUID is only a token as the value of npm's own
// `_authToken` setting (.npmrc lines, or the same key in JSON/YAML config that writes one).
export const npmLegacyAuthToken: Detector = patternDetector({
  id: 'npm-legacy-auth-token',
  title: 'npm access token (legacy UUID form)',
  vendor: 'npm',
  severity: 'high',
  keywords: ['_authtoken'],
  pattern: /_authToken["']?\s{0,3}[:=]\s{0,3}["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Revoke the token at npmjs.com (Access Tokens) or with `npm token revoke`, check recent publishes, and give ' +
    'CI a new granular token through its secret store (or use trusted publishing) instead of a committed value.',
  examples: {
    positive: [
      { text: '//registry.npmjs.org/:_authToken=f663e139-8a66-442e-8f26-bc18b115e144', path: 'packages/app/npmrc.template' },
      { text: '  "_authToken": "6aadacae-7c8b-455f-9a48-8526cfe62982",', path: 'ci/registry.json' },
    ],
    negative: [
      { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', why: 'reference' },
      { text: '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000', why: 'placeholder' },
      { text: 'const requestId = "6aadacae-7c8b-455f-9a48-8526cfe62982";', why: 'a UUID with no _authToken' },
    ],
  },
});
