import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// OpenAI keys embed 'T3BlbkFJ' (base64 of "OpenAI") between two random halves: legacy user keys are
// sk- + 20 + T3BlbkFJ + 20; project, service-account and admin keys add a kind and are longer.
// sk-ant- (Anthropic) is excluded outright.
const KINDS: Readonly<Record<string, string>> = { proj: 'project key', svcacct: 'service account key', admin: 'admin key' };

export const openaiApiKey: Detector = patternDetector({
  id: 'openai-api-key',
  title: 'OpenAI API key',
  vendor: 'OpenAI',
  severity: 'high',
  keywords: ['t3blbkfj'],
  pattern: /(?<![\w-])(?<secret>sk-(?!ant-)(?:(?<kind>proj|svcacct|admin)-)?[\w-]{20,250}T3BlbkFJ[\w-]{20,250})(?![\w-])/,
  minEntropy: 3.5,
  detail: (m) => KINDS[m.groups?.kind ?? ''] ?? 'user key',
  remediation:
    'Revoke the key at platform.openai.com (API keys, or the project/admin key settings), check usage for ' +
    'abuse, and load the replacement from the environment or a secret store.',
  examples: {
    positive: [
      { text: 'OPENAI_API_KEY = "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"', path: 'ml/client.py' },
      {
        text: 'OPENAI_API_KEY=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',
      },
      {
        text: 'key: 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',
      },
    ],
    negative: [
      { text: 'OPENAI_API_KEY = "sk-QZWP0X9MYciEgOFUt8FAT3BlbkFJ2dIqDqyBJb6wsAeO"', why: 'second half too short' },
      { text: 'OPENAI_API_KEY = "sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
      { text: 'OPENAI_API_KEY = "sk-QZWP0X9MYciEgOFUt8FA0WnEq2dIqDqyBJb6wsAeOigTX"', why: 'no OpenAI marker' },
      { text: 'ANTHROPIC_API_KEY="sk-ant-api03-QZWP0X9MYciEgOFUt8FAT3BlbkFJ2dIqDqyBJb6wsAeOigTX"', why: 'Anthropic, not OpenAI' },
    ],
  },
});
