import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Personal access tokens: pat + 14 alphanumerics (the token id) + '.' + 64 hex (the secret).
// The keyword `pat` is weak (path, pattern): the pattern runs only over the 82 characters from each
// occurrence, not over the lines around it.
export const airtablePersonalAccessToken: Detector = patternDetector({
  id: 'airtable-personal-access-token',
  title: 'Airtable personal access token',
  vendor: 'Airtable',
  severity: 'high',
  keywords: ['pat'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_.-])/,
  keywordSpan: { before: 0, after: 82 },
  minEntropy: 3.5,
  remediation:
    'Delete the token at airtable.com/create/tokens and create a new one scoped to the bases it needs; ' +
    'keep it in a secret store (AIRTABLE_TOKEN).',
  examples: {
    positive: [
      { text: 'AIRTABLE_TOKEN=patgxwzDgEWqh6HMJ.25590d1f50578d9f77049707722e53d47c41c9b4f75dc27500e1e19095e7cbca', path: '.env' },
      { text: "base = new Airtable({ apiKey: 'pat6wKykxK8vcvoo2.79d1d598fe5b8a7138ec279eaa022b3c890c3171d06cf529f90f322d586b4993' })" },
    ],
    negative: [
      { text: 'AIRTABLE_TOKEN=patgxwzDgEWqh6HMJ.25590d1f50578d9f77049707722e53d47c41c9b4f75dc27500e1e19095e7cbc', why: '63 hex characters' },
      { text: 'AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'const pathToFile = pattern.test(name);', why: 'ordinary code' },
    ],
  },
});
