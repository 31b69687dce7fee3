import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';
import { variantsDetector } from '../shared/variants.js';

// Tencent Cloud API keys (CAM): a SecretId, 'AKID' and 32 alphanumerics (36 for some older and API
// Gateway keys), and a SecretKey of 32 alphanumerics with no marker of its own, so the SecretKey is
// only reported next to its SecretId or a Tencent name.

const TENCENT_CONTEXT = /AKID[A-Za-z0-9]{32,36}|tencent|qcloud|tccli/i;
/** `=`, `:`, `=>`, a call's `(` or `,`, or the whitespace after a CLI flag. */
const SEP = String.raw`(?:["']?\s{0,8}(?:=>|:=|[:=(,])\s{0,8}["']?|\s{1,8}["']?)`;

export const tencentCloudSecretId: Detector = patternDetector({
  id: 'tencent-cloud-secret-id',
  title: 'Tencent Cloud API key SecretId',
  vendor: 'Tencent Cloud',
  secrets: 'identifier', // names a key; the vendor calls it no secret
  severity: 'high',
  keywords: ['akid'],
  pattern: /(?<![A-Za-z0-9])(?<secret>AKID[A-Za-z0-9]{32,36})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation:
    'The SecretId names a key pair: disable and delete the pair under CAM > API Keys in the Tencent Cloud console, ' +
    'then use CAM roles or temporary credentials, or keep a new pair in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'TENCENTCLOUD_SECRET_ID=AKIDs0jZ1miAU7agBxCtXqdAVyfT7pYRldAM', path: '.env' },
      { text: 'cred = credential.Credential("AKIDURtOaHANrybprWKFtl1hCWtyfrQj2u2N", os.environ["TENCENTCLOUD_SECRET_KEY"])', path: 'app/cvm.py' },
    ],
    negative: [
      { text: 'TENCENTCLOUD_SECRET_ID=AKIDs0jZ1miAU7agBxCtXqdAVyfT', why: 'too short' },
      { text: 'TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'secret_id: AKID****J5yKBZQpn74WFkmLPx3gnPhESA', why: 'a masked id, as documentation shows it' },
    ],
  },
});

export const tencentCloudSecretKey: Detector = variantsDetector(
  {
    id: 'tencent-cloud-secret-key',
    title: 'Tencent Cloud API key SecretKey',
    vendor: 'Tencent Cloud',
    severity: 'critical',
    keywords: ['akid', 'tencent', 'qcloud', 'tccli'],
    remediation:
      'Disable and delete the key pair under CAM > API Keys in the Tencent Cloud console, then use CAM roles or ' +
      'temporary credentials (STS), or keep a new pair in the environment or a secret store.',
    examples: {
      positive: [
        { text: 'TENCENTCLOUD_SECRET_ID=AKIDs0jZ1miAU7agBxCtXqdAVyfT7pYRldAM\nTENCENTCLOUD_SECRET_KEY=51fEWeL3ZDpHbagstilSboiuCJmAPLdG', path: '.env' },
        { text: 'cred = credential.Credential("AKIDURtOaHANrybprWKFtl1hCWtyfrQj2u2N", "JAokdfbPbSQzkPpelPwDX0uzOzXWVM1v")', path: 'app/cvm.py' },
        { text: 'tccli configure set secretKey JAokdfbPbSQzkPpelPwDX0uzOzXWVM1v' },
        { text: 'tencent:\n  cos:\n    secret-key: "51fEWeL3ZDpHbagstilSboiuCJmAPLdG"', path: 'src/main/resources/application.yml' },
      ],
      negative: [
        { text: 'secret_key = "51fEWeL3ZDpHbagstilSboiuCJmAPLdG"', why: 'no Tencent id or name nearby' },
        { text: 'TENCENTCLOUD_SECRET_KEY=51fEWeL3ZDpHbagstilSboiuCJmAPLd', why: '31 characters' },
        { text: 'TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}' },
        { text: 'TENCENTCLOUD_SECRET_KEY=your_tencent_secret_key_here_00', why: 'placeholder' },
      ],
    },
  },
  [
    {
      pattern: new RegExp(
        String.raw`(?:secret[_.-]?key|(?:tencent(?:[_.-]?cloud)?|qcloud)[_.-]?(?:api[_.-]?)?(?:secret(?:[_.-]?key)?|key))${SEP}` +
          String.raw`(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])`,
        'i',
      ),
      validate: (_secret, m, text) => TENCENT_CONTEXT.test(m[0]) || TENCENT_CONTEXT.test(around(text, m, 400, false)),
      minEntropy: 3.5,
      // a SecretKey counts within 400 characters of a Tencent name or SecretId (the keywords): read only there
      keywordSpan: { before: 440, after: 440 },
    },
    {
      pattern: /(?<![A-Za-z0-9])AKID[A-Za-z0-9]{32,36}["']\s{0,4},\s{0,4}["'](?<secret>[A-Za-z0-9]{32})["']/,
      minEntropy: 3.5,
      keywordSpan: { before: 2, after: 96 },
    },
  ],
);
