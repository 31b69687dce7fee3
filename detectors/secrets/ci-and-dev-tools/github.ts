import type { Detector } from '../../../src/types.js';
import { hasBase62Crc32Suffix } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';

// Classic tokens: a 3-letter kind + '_' + 30 random base62 characters + 6 base62 CRC-32 characters.
// ghp_ personal, gho_ OAuth, ghu_ user-to-server, ghs_ server-to-server, ghr_ refresh.
export const githubToken: Detector = patternDetector({
  id: 'github-token',
  title: 'GitHub token',
  vendor: 'GitHub',
  severity: 'critical',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  validate: (secret) => hasBase62Crc32Suffix(secret.slice(4)),
  remediation:
    'Revoke the token at github.com/settings/tokens (or the app or OAuth settings that issued it), ' +
    'then read a new one from the environment or your CI secret store instead of the source.',
  examples: {
    positive: [
      { text: 'const token = "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";', why: 'personal token with a valid checksum' },
      { text: 'GH_TOKEN=ghs_N4pQ8rT2vX6zB1dF5hJ9kM3nP7sW0y3DtzxL', path: '.github/env' },
    ],
    negative: [
      { text: 'const token = "ghp_Zk8mQv2Lr9XbT4nWc7YpHs1JdE6uFa2fNvVT";', why: 'checksum does not match' },
      { text: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'const token = process.env.GITHUB_TOKEN;' },
    ],
  },
});

// Fine-grained personal access tokens: github_pat_ + 22 base62 + '_' + 59 base62.
export const githubFineGrainedToken: Detector = patternDetector({
  id: 'github-fine-grained-token',
  title: 'GitHub fine-grained personal access token',
  vendor: 'GitHub',
  severity: 'critical',
  keywords: ['github_pat_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  remediation:
    'Revoke the token at github.com/settings/personal-access-tokens, then issue a new one with the ' +
    'narrowest repository and permission scope and keep it in a secret store.',
  examples: {
    positive: [
      { text: 'token: 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' },
      { text: 'export GH_PAT=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' },
    ],
    negative: [
      { text: 'github_pat_11ABCDEFG0_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'see github_pat_ tokens in the docs', why: 'prefix alone' },
    ],
  },
});

// OAuth App client secrets: 40 hex with no marker, so only under a github … secret name
// (GITHUB_CLIENT_SECRET=…, github_oauth_secret: …). Registered from vendors-d-l.ts.
export const githubOauthClientSecret: Detector = patternDetector({
  id: 'github-oauth-client-secret',
  title: 'GitHub OAuth app client secret',
  vendor: 'GitHub',
  severity: 'high',
  keywords: ['github'],
  keywordSpan: { before: 0, after: 110 },
  pattern: /github[A-Za-z0-9_.-]{0,24}secret["'\]]{0,2}\s{0,3}(?:=>|:=|[:=>])\s{0,3}["'`]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])/i,
  minEntropy: 3,
  validate: (secret) => /[a-f]/.test(secret) && /[0-9]/.test(secret),
  remediation:
    'Generate a new client secret for the OAuth app (Settings > Developer settings > OAuth Apps) and delete the ' +
    'old one, then load the secret from the environment or a secret store.',
  examples: {
    positive: [
      { text: 'GITHUB_CLIENT_SECRET=731a2c583d4e5eab632af749a95c75dae18ea7d5', path: '.env' },
      { text: '  github_oauth_secret: "edbac6b5ed46ed857d59879b927a0e983a9c3ccc"', path: 'config/secrets.yml' },
    ],
    negative: [
      { text: 'GITHUB_SHA=731a2c583d4e5eab632af749a95c75dae18ea7d5', why: 'a commit id' },
      { text: 'GITHUB_CLIENT_SECRET=731a2c583d4e5eab632af749a95c75dae18ea7d', why: '39 hex' },
      { text: 'GITHUB_CLIENT_SECRET=${{ secrets.GITHUB_CLIENT_SECRET }}', why: 'reference' },
    ],
  },
});
