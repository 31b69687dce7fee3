import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';
import { namedAssignment, vendorName } from '../shared/assignment.js';

// PagerDuty REST API keys are 20 characters with no prefix (user tokens start u+), so they need
// context: a pagerduty / pd_ key or token name on the same assignment, or the PagerDuty header form
// `Authorization: Token token=u+…` (the u+ prefix makes that one specific enough alone).
const NAMED = namedAssignment(vendorName('pagerduty|pager[_-]duty|pd[_-]', 'key|token'));
const HEADER = 'token\\s{0,2}token=(?=u\\+)';

export const pagerdutyApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'pagerduty-api-key',
    title: 'PagerDuty API key',
    vendor: 'PagerDuty',
    severity: 'high',
    keywords: ['pagerduty', 'pager_duty', 'pager-duty', 'pd_', 'pd-', 'token token='],
    pattern: new RegExp(`(?:${NAMED.source}|${HEADER})(?<secret>[A-Za-z0-9_+-]{20})(?![A-Za-z0-9_+=-])`, 'i'),
    minEntropy: 3.5,
    validate: (secret, m, text) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && NAMED.isNamed(m, text),
    remediation:
      'Delete the key under Integrations > API Access Keys (or the user token under My Profile) in ' +
      'PagerDuty, then give automation a new one through PAGERDUTY_TOKEN from a secret store.',
    examples: {
      positive: [
        { text: 'PAGERDUTY_TOKEN=DuRA8B013W6UjQQEeWTU', path: '.env' },
        { text: 'pagerduty_api_key = "DuRA8B013W6UjQQEeWTU"', path: 'ops.tfvars' },
        { text: "-H 'Authorization: Token token=u+xWzMkuAaMyvkl0k_jW'", why: 'user token in the PagerDuty header form' },
        { text: 'pd_api_token: "u+xWzMkuAaMyvkl0k_jW"' },
        { text: 'provider "pagerduty" {\n  token = "DuRA8B013W6UjQQEeWTU"\n}', path: 'main.tf', why: 'a Terraform provider block' },
      ],
      negative: [
        { text: 'PAGERDUTY_TOKEN=${PAGERDUTY_TOKEN}', why: 'reference' },
        { text: "-H 'Authorization: Token token=DuRA8B013W6UjQQEeWTU'", why: 'no u+ prefix and no PagerDuty name' },
        { text: 'PAGERDUTY_TOKEN=DuRA8B013W6UjQQEeWT', why: '19 characters' },
        { text: 'PAGERDUTY_SERVICE_NAME=checkout_service_alerts', why: 'not a key name' },
        { text: 'PAGERDUTY_TOKEN=your_pagerduty_token', why: 'placeholder' },
      ],
    },
  }),
  { names: ['pagerduty'], token: { alphabet: 'base64url', length: 20 } },
);
