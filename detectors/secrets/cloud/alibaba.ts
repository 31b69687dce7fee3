import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';
import { variantsDetector } from '../shared/variants.js';

// Alibaba Cloud AccessKey pairs: the id is 'LTAI' and 12 to 20 alphanumerics; the secret is 30
// alphanumerics with no marker of its own, so it is only reported next to its id or an Alibaba name.

const ALIBABA_CONTEXT = /LTAI[A-Za-z0-9]{12,20}|aliyun|alibaba|alicloud/i;
/** `=`, `:`, `=>`, a call's `(` or `,`, or the whitespace after a CLI flag. */
const SEP = String.raw`(?:["']?\s{0,8}(?:[:=(,]|=>)\s{0,8}["']?|\s{1,8}["']?)`;

export const alibabaAccessKeyId: Detector = patternDetector({
  id: 'alibaba-access-key-id',
  title: 'Alibaba Cloud AccessKey ID',
  vendor: 'Alibaba',
  secrets: 'identifier', // names a key; the vendor calls it no secret
  severity: 'high',
  keywords: ['ltai'],
  pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation:
    'The AccessKey ID marks a key pair: disable and delete the pair in the RAM console, then use RAM roles or ' +
    'STS tokens, or keep a new pair in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tEpHM0YMfO7ZBMjy6Sz' },
      { text: 'access_key_id: "LTAIYfaK8c3ljXoV6zEf"', path: 'config.yaml' },
    ],
    negative: [
      { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tEpHM0', why: 'too short' },
      { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tEpHM0YMfO7ZBMjy6SzQk', why: 'too long' },
      { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

export const alibabaAccessKeySecret: Detector = variantsDetector(
  {
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    vendor: 'Alibaba',
    severity: 'critical',
    keywords: ['ltai', 'aliyun', 'alibaba', 'alicloud'],
    remediation:
      'Disable and delete the AccessKey pair in the RAM console, then use RAM roles or STS tokens, or keep a new ' +
      'pair in the environment or a secret store.',
    examples: {
      positive: [
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tEpHM0YMfO7ZBMjy6Sz\nALIBABA_CLOUD_ACCESS_KEY_SECRET=pxPJeNw74E7JDCytADYDmj79SIHQVh' },
        { text: 'aliyun configure set --access-key-id LTAIYfaK8c3ljXoV6zEf --access-key-secret 124ZtJcHKfav7N5bRMJsl4R9yw3H6Y' },
        { text: 'DefaultProfile.getProfile("cn-hangzhou", "LTAI5tEpHM0YMfO7ZBMjy6Sz", "pxPJeNw74E7JDCytADYDmj79SIHQVh");' },
        { text: 'config.setAccessKeySecret("124ZtJcHKfav7N5bRMJsl4R9yw3H6Y"); // com.aliyun.teaopenapi' },
        { text: 'alibaba_cloud_token = "pxPJeNw74E7JDCytADYDmj79SIHQVh"', why: 'a secret under an Alibaba token name' },
      ],
      negative: [
        { text: 'access_key_secret = "124ZtJcHKfav7N5bRMJsl4R9yw3H6Y"', why: 'no Alibaba id or name nearby' },
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=pxPJeNw74E7JDCytADYDmj79SIHQV', why: '29 characters' },
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}' },
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=your_access_key_secret_here_00' },
      ],
    },
  },
  [
    {
      pattern: new RegExp(
        String.raw`(?:access[_.-]?key[_.-]?secret|ali(?:baba|yun|cloud)[_.-]?(?:cloud[_.-]?)?(?:access[_.-]?)?(?:key[_.-]?)?(?:secret(?:[_.-]?key)?|token))${SEP}` +
          String.raw`(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9])`,
        'i',
      ),
      validate: (_secret, m, text) => ALIBABA_CONTEXT.test(m[0]) || ALIBABA_CONTEXT.test(around(text, m, 400, false)),
      minEntropy: 3.5,
    },
    {
      pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}["']\s{0,4},\s{0,4}["'](?<secret>[A-Za-z0-9]{30})["']/,
      minEntropy: 3.5,
    },
  ],
);
