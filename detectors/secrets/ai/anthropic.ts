import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// API keys: sk-ant-api03- + 93 base64url characters + 'AA'; Admin API keys use sk-ant-admin01-, and the
// OAuth access tokens that Claude Code issues (CLAUDE_CODE_OAUTH_TOKEN) sk-ant-oat01-, in the same shape.
export const anthropicApiKey: Detector = patternDetector({
  id: 'anthropic-api-key',
  title: 'Anthropic API key',
  vendor: 'Anthropic',
  severity: 'high',
  keywords: ['sk-ant-'],
  pattern: /(?<![\w-])(?<secret>sk-ant-(?<kind>api03|admin01|oat01)-[\w-]{93}AA)(?![\w-])/,
  minEntropy: 4,
  detail: (m) => ({ admin01: 'Admin API key', oat01: 'OAuth access token' })[m.groups?.kind ?? ''] ?? 'API key',
  remediation:
    'Delete the key in the Anthropic Console (API keys, or Admin keys for sk-ant-admin01), check usage for ' +
    'abuse, and read the replacement from the environment or a secret store. For an sk-ant-oat01 token, log out ' +
    'of Claude Code where it was issued (or revoke it in your claude.ai settings).',
  examples: {
    positive: [
      {
        text: 'ANTHROPIC_API_KEY="sk-ant-api03-MwND5cD8LkPZ39SStIuVnyWY7t9nJdoDwxWga4W_aCYX9nJ84dEy89ph7thPIHPCdab_UVZpKCc0QYujQztqDyFYKqHTvAA"',
        path: 'ml/anthropic.env.sh',
      },
      {
        text: "admin = Client(api_key='sk-ant-admin01-urIClr4c3GY6Fr9ejMLQeSFMsvgDi0EUqeYuBwmkj-PRmoJKpHt-r0XVPKCUfh30J-YnycgxKFfpr6dbpdsmUAdCHYOEMAA')",
      },
      {
        text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-Cz9kYbnq5Hj67d8sIhZNBx98jFpykQ8AlmrVBYNNyKqgLwzd7Cn83nx8ONMjTDFKtX_ILjIcetsclwHxPenLPRrbsxg75AA',
        path: '.github/workflows/review.yml',
      },
    ],
    negative: [
      {
        text: 'ANTHROPIC_API_KEY="sk-ant-api03-MwND5cD8LkPZ39SStIuVnyWY7t9nJdoDwxWga4W_aCYX9nJ84dEy89ph7thPIHPCdab_UVZpKCc0QYujQztqDyFYKqHTvAB"',
        why: 'does not end in AA',
      },
      { text: 'ANTHROPIC_API_KEY="sk-ant-api03-..."', why: 'placeholder' },
      { text: 'ANTHROPIC_API_KEY="sk-ant-api03-MwND5cD8LkPZ39SStIuVnyWY7t9nJdoDwxWga4W_aCYX9nJ84dEy89ph7thPIHPCdab_UVZpKCc0QYujQztqDyFYKqAA"', why: 'too short' },
    ],
  },
});
