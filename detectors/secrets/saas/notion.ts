import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';
import { namedAssignment, vendorName } from '../shared/assignment.js';

// Current integration tokens: ntn_ + 46 alphanumerics.
export const notionIntegrationToken: Detector = patternDetector({
  id: 'notion-integration-token',
  title: 'Notion integration token',
  vendor: 'Notion',
  severity: 'high',
  keywords: ['ntn_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ntn_[A-Za-z0-9]{46})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Refresh the integration secret at notion.so/profile/integrations (which revokes the old one) and ' +
    'keep the new value in a secret store (NOTION_TOKEN).',
  examples: {
    positive: [
      { text: 'NOTION_TOKEN=ntn_P9Cv3GeEO67JLaw21EcMrq4P8OFrBzqt1gGpT2zHeulDib', path: '.env' },
      { text: 'notion = Client(auth="ntn_KUV6C0qgSwGRLK79MVu0dlcVgS1NTcMZupfvqV74miUUN2")' },
    ],
    negative: [
      { text: 'NOTION_TOKEN=ntn_P9Cv3GeEO67JLaw21EcMrq4P8OFrBzqt1gGpT2zHeulDi', why: '45 characters' },
      { text: 'NOTION_TOKEN=ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: '<label for="ntn_number">Company NTN Number</label>', why: 'prefix alone' },
    ],
  },
});

// A key-like notion name (NOTION_TOKEN, notionApiKey), or `notion` alone: the value's own secret_
// prefix already says what it is (`notion = secret_…`, `notion: secret_…`).
const NOTION_NAME = namedAssignment(`notion(?:${vendorName('', 'key|token|secret|auth')})?`);

// Legacy tokens: secret_ + 43 alphanumerics. `secret_` is far too common to stand alone, so a
// notion name must be on the same assignment (NOTION_TOKEN=…, notionApiKey: …, notion = …).
export const notionLegacyToken: Detector = withVendorForms(
  patternDetector({
    id: 'notion-legacy-token',
    title: 'Notion integration token (legacy secret_ form)',
    vendor: 'Notion',
    severity: 'high',
    keywords: ['notion'],
    pattern: new RegExp(`${NOTION_NAME.source}(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    validate: (_secret, m, text) => NOTION_NAME.isNamed(m, text),
    remediation:
      'Refresh the integration secret at notion.so/profile/integrations (which revokes the old one) and ' +
      'keep the new value in a secret store (NOTION_TOKEN).',
    examples: {
      positive: [
        { text: 'NOTION_TOKEN=secret_9ioKe8D49IVR7OeFMlrK8Z9YHbksC1y1R3EaCwFd2Hw', path: '.env' },
        { text: '"notionApiKey": "secret_PWPrU5M9xyFuDtAIazV2boSFnLvG1tWZYFrp1QCjqsi",', path: 'config.json' },
        { text: 'notion = secret_6nJ345erM5MmlKRRXNP3z1WH8JKk7Tj9INB3NB0x2bE', path: 'settings.ini' },
        { text: '#define NOTION_TOKEN "secret_9ioKe8D49IVR7OeFMlrK8Z9YHbksC1y1R3EaCwFd2Hw"', path: 'src/config.h', why: 'a C #define' },
      ],
      negative: [
        { text: 'CLIENT_SECRET=secret_9ioKe8D49IVR7OeFMlrK8Z9YHbksC1y1R3EaCwFd2Hw', why: 'no notion name' },
        { text: 'notion_page_id = secret_6nJ345erM5MmlKRRXNP3z1WH8JKk7Tj9INB3NB0x2bE', why: 'a notion name that is not a key name' },
        { text: 'NOTION_TOKEN=secret_9ioKe8D49IVR7OeFMlrK8Z9YHbksC1y1R3EaCwFd2H', why: '42 characters' },
        { text: 'NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      ],
    },
  }),
  { names: ['notion'], token: { alphabet: 'alnum', prefix: 'secret_', length: 43 } },
);
