import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';

// IBM Cloud IAM API keys are 44 base64url characters with no marker, so they are only reported
// under an IBM name (IBMCLOUD_API_KEY, IC_API_KEY, ibm_api_key) or, for the plain `apikey` field of a
// service credential, with IBM words nearby (iam_apikey_description, crn:v1:bluemix, ibm).

const IBM_CONTEXT = /ibm|bluemix|iam_apikey_description|iam_serviceid_crn|iam_role_crn/i;
const SEP = String.raw`["']?\s{0,8}(?:[:=]|=>)\s{0,8}["']?`;

export const ibmCloudApiKey: Detector = patternDetector({
  id: 'ibm-cloud-api-key',
  title: 'IBM Cloud API key',
  vendor: 'IBM',
  severity: 'critical',
  keywords: ['ibm', 'bluemix', 'ic_api_key', 'iam_apikey'],
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9])(?<name>ibm[_.-]?(?:cloud[_.-]?)?api[_.-]?key|ibm[_.-]?(?:cloud|platform)[_.-]?key|ic[_.-]api[_.-]?key|iam[_.-]?apikey|apikey)${SEP}` +
      String.raw`(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])`,
    'i',
  ),
  minEntropy: 4,
  validate: (_secret, m, text) => {
    const name = (m.groups?.['name'] ?? '').toLowerCase().replace(/[_.-]/g, '');
    return name.startsWith('ibm') || name === 'icapikey' || IBM_CONTEXT.test(around(text, m, 600, false));
  },
  remediation:
    'Delete the API key under Manage > Access (IAM) > API keys in the IBM Cloud console (or the service ID that ' +
    'owns it), then use trusted profiles or keep a new key in Secrets Manager.',
  examples: {
    positive: [
      { text: 'export IBMCLOUD_API_KEY=hSdUrQ8cunvH6ObWP1DJ743q8SyQwtWd636rCrtma6q7' },
      { text: 'ibmcloud_api_key = "XtQ32zQDy5BgoWTIvE_Jios4ewr7PPeu_2NHEb17g1la"', path: 'terraform.tfvars' },
      { text: 'ibm_platform_key = XtQ32zQDy5BgoWTIvE_Jios4ewr7PPeu_2NHEb17g1la', why: 'the platform API key name' },
      {
        text: '{\n  "apikey": "hSdUrQ8cunvH6ObWP1DJ743q8SyQwtWd636rCrtma6q7",\n  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/0c1d"\n}',
        path: 'credentials.json',
      },
    ],
    negative: [
      { text: '{ "apikey": "hSdUrQ8cunvH6ObWP1DJ743q8SyQwtWd636rCrtma6q7" }', why: 'plain apikey field with no IBM context' },
      { text: 'export IBMCLOUD_API_KEY=hSdUrQ8cunvH6ObWP1DJ743q8SyQwtWd636rCrtma6q', why: '43 characters' },
      { text: 'export IBMCLOUD_API_KEY="${IBMCLOUD_API_KEY}"' },
      { text: 'ibmcloud_api_key = "<ibm-cloud-api-key-goes-here-00000000000000000>"' },
    ],
  },
});

// IBM Cloud Object Storage HMAC credentials: a service credential's `cos_hmac_keys` object holds a
// 32-hex `access_key_id` and a 48-hex `secret_access_key`.
export const ibmCosHmacSecret: Detector = patternDetector({
  id: 'ibm-cos-hmac-secret',
  title: 'IBM Cloud Object Storage HMAC secret',
  vendor: 'IBM',
  severity: 'high',
  keywords: ['cos_hmac_keys'],
  pattern: /"cos_hmac_keys"\s{0,20}:\s{0,20}\{[^{}]{0,300}?"secret_access_key"\s{0,20}:\s{0,20}"(?<secret>[0-9a-f]{48})"/,
  minEntropy: 3,
  remediation:
    'Delete the service credential that holds the HMAC keys in the Cloud Object Storage instance, then create ' +
    'a new one and keep it in Secrets Manager or the environment.',
  examples: {
    positive: [
      {
        text: '{"cos_hmac_keys": {"access_key_id": "8ae7abdae54169ab53190d2bc3622b01", "secret_access_key": "fe247fbc158ab5b78263dc65ee1b4bd382c44393fbb2147e"}}',
      },
      {
        text: '"cos_hmac_keys": {\n  "secret_access_key": "a42c14737a52d188e3cec8fcbff0e0a5c7f027b2dcee865e",\n  "access_key_id": "8ae7abdae54169ab53190d2bc3622b01"\n}',
      },
    ],
    negative: [
      { text: '{"cos_hmac_keys": {"access_key_id": "8ae7abdae54169ab53190d2bc3622b01", "secret_access_key": "fe247fbc158ab5b78263dc65ee1b4bd382c44393fbb2147"}}', why: '47 hex' },
      { text: '{"cos_hmac_keys": {"access_key_id": "", "secret_access_key": "<secret-access-key>"}}' },
    ],
  },
});
