import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Pulumi Cloud access tokens: pul- + 40 hex. They read stack state, including its secrets.
export const pulumiAccessToken: Detector = patternDetector({
  id: 'pulumi-access-token',
  title: 'Pulumi access token',
  vendor: 'Pulumi',
  severity: 'critical',
  keywords: ['pul-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Delete the token under Access Tokens in Pulumi Cloud and create a new one (preferably a team or ' +
    'organization token); give CI the replacement through PULUMI_ACCESS_TOKEN from its secret store.',
  examples: {
    positive: [
      { text: 'PULUMI_ACCESS_TOKEN=pul-743febee8c3668c1688f0137659f9027171a3cb1', path: '.env' },
      { text: '  env:\n    PULUMI_ACCESS_TOKEN: pul-13a0a0165c64fb826cfacd80f7051c4ea428f583', path: '.github/workflows/deploy.yml' },
    ],
    negative: [
      { text: 'PULUMI_ACCESS_TOKEN=pul-743febee8c3668c1688f0137659f9027171a3cb', why: '39 characters' },
      { text: 'PULUMI_ACCESS_TOKEN=${{ secrets.PULUMI_ACCESS_TOKEN }}', why: 'reference' },
      { text: 'PULUMI_ACCESS_TOKEN=pul-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});
