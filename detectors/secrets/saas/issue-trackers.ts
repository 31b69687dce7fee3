import type { Detector } from '../../../src/types.js';
import { crc32 } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorToken } from '../../kit/vendor-token.js';

// Atlassian API tokens: ATATT3 + a base64url body + '=' + 8 upper-case hex, the CRC-32 of
// everything before it (the '=' included). The checksum rejects edited and invented tokens.
export const atlassianApiToken: Detector = patternDetector({
  id: 'atlassian-api-token',
  title: 'Atlassian API token',
  vendor: 'Atlassian',
  severity: 'high',
  keywords: ['atatt3'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_-]{150,250}=[0-9A-F]{8})(?![A-Za-z0-9_=-])/,
  validate: (secret) => {
    const body = secret.slice(0, -8);
    return crc32(body).toString(16).toUpperCase().padStart(8, '0') === secret.slice(-8);
  },
  remediation:
    'Revoke the token at id.atlassian.com/manage-profile/security/api-tokens and create a new one; ' +
    'keep it in a secret store and read it from the environment (JIRA_API_TOKEN).',
  examples: {
    positive: [
      { text: 'JIRA_API_TOKEN=ATATT3xFfGF0aofqsOWYKa8npPG7QbyC97e0k4zVetDrUqWw44dDJoGKZjo8cmqqvp4OPblKxtUAZ-yk3ArxEKygE-RaZYoTibdG8qRH7XqZXwka8q4YdlxhKACp2m2vTMwoEOQU1PJQKUQZIfyckXnC1fwNHJzpnora4AeAwmTt9LYLDsAgzvd=70ABBF42' },
      { text: 'auth = ("ops@acme.io", "ATATT3xFfGF0GBUGRxPUN0e2JTs8o8zVNmQsIk_TaHQjtIFIts8ALwFF1i3VaQC9N7VhpPAKtHCNzEoi16WS_nvm6VV-LLB0yFexZcpc46N2opTbW6P5Q4Ck5uLArucpsgKzN7ZAhaWMLHvW_h---lGhcdDKoyrYVRGzHBJ7i8pn8QlLkZ0H22-=75879557")' },
    ],
    negative: [
      { text: 'JIRA_API_TOKEN=ATATT3xFfGF0aofqsOWYKa8npPG7QbyC97e0k4zVetDrUqWw44dDJoGKZjo8cmqqvp4OPblKxtUAZ-yk3ArxEKygE-RaZYoTibdG8qRH7XqZXwka8q4YdlxhKACp2m2vTMwoEOQU1PJQKUQZIfyckXnC1fwNHJzpnora4AeAwmTt9LYLDsAgzvd=70ABBF43', why: 'checksum does not match' },
      { text: 'JIRA_API_TOKEN=ATATT3xFfGF0...', why: 'placeholder' },
      { text: 'JIRA_API_TOKEN=ATATT3xFfGF0-EXAMPLE-NOT-A-REAL-TOKEN', why: 'documentation value' },
    ],
  },
});

export const linearApiKey: Detector = patternDetector({
  id: 'linear-api-key',
  title: 'Linear API key',
  vendor: 'Linear',
  severity: 'high',
  keywords: ['lin_api_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Revoke the key under Settings > Security & access > Personal API keys in Linear and keep the ' +
    'replacement in a secret store (LINEAR_API_KEY).',
  examples: {
    positive: [
      { text: 'LINEAR_API_KEY=lin_api_i6K2cbYpVG9xYBYC8HOvRCFWulOIrgHjAnVI8Maa', path: '.env' },
      { text: "const linear = new LinearClient({ apiKey: 'lin_api_VPYWItkJDqSegoBoauNRwq6dUUCcHFXe05h2xLD1' });" },
    ],
    negative: [
      { text: 'LINEAR_API_KEY=lin_api_i6K2cbYpVG9xYBYC8HOvRCFWulOIrgHjAnVI8Ma', why: '39 characters' },
      { text: 'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'LINEAR_API_KEY=lin_api_i6K2cbYpVG9xYBYC8HOvRCFWulOIrgHjAnVI8Ma-', why: 'wrong charset' },
    ],
  },
});

// Jira credentials without a marker: the legacy Atlassian Cloud API token (24 alphanumerics) and the
// Jira Data Center / Server personal access token (44 base64 characters), next to a jira name and a
// key-like word. Registered from vendors-d-l.ts.
export const jiraApiToken: Detector = vendorToken({
  id: 'jira-api-token',
  title: 'Jira API token or personal access token',
  vendor: 'Jira',
  names: ['jira'],
  token: [
    { alphabet: 'alnum', length: 24 },
    { alphabet: 'alnum', length: 44 },
  ],
  remediation:
    'Revoke the token (id.atlassian.com > Security > API tokens, or Profile > Personal Access Tokens on Jira ' +
    'Data Center) and keep the replacement in a secret store (JIRA_API_TOKEN).',
  examples: {
    positive: [
      { text: 'JIRA_API_TOKEN=XPvvWZ7B7eyN9TsbWtgS2ZM9', path: '.env' },
      { text: 'jira = JIRA(server=url, token_auth="T4KlKI4I99fhCZeTTMGnOxMHApv9iV8kSDJIilGtifua")' },
    ],
    negative: [
      { text: 'JIRA_ISSUE=XPvvWZ7B7eyN9TsbWtgS2ZM9', why: 'no key-like word' },
      { text: 'JIRA_API_TOKEN=XPvvWZ7B7eyN9TsbWtgS2ZM', why: '23 characters' },
    ],
  },
});
