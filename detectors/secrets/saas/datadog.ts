import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorToken } from '../../kit/vendor-token.js';
import { namedAssignment, vendorName } from '../shared/assignment.js';

// Datadog API keys are 32 hex characters and application keys 40. Nothing in the value names the
// vendor, so both need a datadog / dd_ name on the same assignment or header (DD_API_KEY=…,
// datadog_app_key: …, DD-APPLICATION-KEY: …, ddApiKey); a bare hex string (a trace id, a digest) never counts.
const DATADOG = 'datadog|dd[_-]|dd(?=ap)';
const API_KEY_NAME = namedAssignment(vendorName(DATADOG, 'api[_.-]?key'));
const APP_KEY_NAME = namedAssignment(vendorName(DATADOG, 'app(?:lication)?[_.-]?key'));

export const datadogApiKey: Detector = patternDetector({
  id: 'datadog-api-key',
  title: 'Datadog API key',
  vendor: 'Datadog',
  severity: 'high',
  keywords: ['datadog', 'dd_', 'dd-', 'ddapi', 'ddapp'],
  pattern: new RegExp(`${API_KEY_NAME.source}(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  validate: (_secret, m, text) => API_KEY_NAME.isNamed(m, text),
  remediation:
    'Revoke the key under Organization Settings > API Keys in Datadog and create a new one; give it to ' +
    'the agent through DD_API_KEY from a secret store, never a committed file.',
  examples: {
    positive: [
      { text: 'DD_API_KEY=f6509f00b1545258ac79a1d23b25eae9', path: 'deploy/agent.env' },
      { text: '  datadog_api_key: "8c2a12b45b74bc4144c98fec657163bf"', path: 'values.yaml' },
      { text: 'curl -H "DD-API-KEY: 8c2a12b45b74bc4144c98fec657163bf" https://api.datadoghq.com/api/v1/validate' },
      { text: 'const datadogApiKey = "f6509f00b1545258ac79a1d23b25eae9";' },
      { text: '  ddApiKey: "3e1f0c9a7b5d2e8f4a6c0b1d9e7f3a5c",', path: 'src/monitoring.ts', why: 'camelCase dd' },
      { text: 'os.environ["DD_API_KEY"] = "8c2a12b45b74bc4144c98fec657163bf"', path: 'conftest.py' },
    ],
    negative: [
      { text: 'DD_API_KEY=${DD_API_KEY}', why: 'reference' },
      { text: 'DD_API_KEY=<your-datadog-api-key>', why: 'placeholder' },
      { text: 'dd_trace_id = "f6509f00b1545258ac79a1d23b25eae9"', why: 'a trace id, not a key' },
      { text: 'const addApiKey = "f6509f00b1545258ac79a1d23b25eae9";', why: 'dd inside another word (add)' },
      { text: 'checksum = "f6509f00b1545258ac79a1d23b25eae9"  # datadog agent tarball', why: 'no datadog key name' },
      { text: 'DD_API_KEY=f6509f00b1545258ac79a1d23b25eae', why: '31 characters' },
      { text: 'DD_API_KEY=f6509f00b1545258ac79a1d23b25eae9be98ec49', why: 'too long' },
    ],
  },
});

export const datadogAppKey: Detector = patternDetector({
  id: 'datadog-app-key',
  title: 'Datadog application key',
  vendor: 'Datadog',
  severity: 'high',
  keywords: ['datadog', 'dd_', 'dd-', 'ddapi', 'ddapp'],
  pattern: new RegExp(`${APP_KEY_NAME.source}(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  validate: (_secret, m, text) => APP_KEY_NAME.isNamed(m, text),
  remediation:
    'Revoke the application key under Organization Settings > Application Keys in Datadog (it acts with ' +
    'its owner\'s permissions) and keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: 'DD_APP_KEY=be98ec491d2f9c5b4aac832af5d03f2abcf16d7f', path: '.env' },
      { text: '-H "DD-APPLICATION-KEY: a08961f3e6b88eb1af1dd5f8da3e053a4a6d0835"' },
      { text: 'datadog_app_key = "a08961f3e6b88eb1af1dd5f8da3e053a4a6d0835"', path: 'prod.tfvars' },
      { text: '\tddAppKey := "5c7e9a1b3d5f7092b4d6f8a0c2e4061a8b3d5f70"', path: 'cmd/report/main.go', why: 'camelCase dd, Go' },
    ],
    negative: [
      { text: 'DD_APP_KEY=${DATADOG_APP_KEY}', why: 'reference' },
      { text: 'commit = "be98ec491d2f9c5b4aac832af5d03f2abcf16d7f"  # datadog', why: 'a commit id without a key name' },
      { text: 'DD_APP_KEY=be98ec491d2f9c5b4aac832af5d03f2abcf16d7', why: '39 characters' },
      { text: 'DD_APP_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// The same keys under the looser names other tools and people use — `datadog secret token: …`,
// `DD-APIKEY-…`, `dd_app_key: …` — read by the vendor-name matcher. Registered from vendors-d-l.ts;
// where datadog-api-key or datadog-app-key finds the same value, theirs is the finding (priority).
export const datadogKeyNearName: Detector = vendorToken({
  id: 'datadog-key',
  title: 'Datadog API or application key',
  vendor: 'Datadog',
  names: ['datadog', 'dd_api', 'dd-api', 'dd_app', 'dd-app', 'dd_secret', 'dd-secret'],
  token: [
    { alphabet: 'hex', length: 32 },
    { alphabet: 'hex', length: 40 },
  ],
  remediation:
    'Revoke the key under Organization Settings > API Keys (or Application Keys) in Datadog and create a new ' +
    'one; give it to the agent and tools through the environment from a secret store.',
  examples: {
    positive: [
      { text: 'datadog secret token: 5fb9a88ca00feeea89f528360332b254' },
      { text: 'export DD_APPKEY=06283d9e0fce620acd8183d201851fa67f41497e', path: 'ci/env.sh' },
    ],
    negative: [
      { text: 'datadog trace id: 5fb9a88ca00feeea89f528360332b254', why: 'no key-like word' },
      { text: 'datadog api key: 5fb9a88ca00feeea89f528360332b25', why: '31 hex' },
      { text: 'workspace/settings/api_keys/add_api_key: 1c11117b1d4665ccdeb68530381c6a9d', path: 'apps/web/i18n.lock', why: '`add_api_key` holds no `dd_api`' },
    ],
  },
});
