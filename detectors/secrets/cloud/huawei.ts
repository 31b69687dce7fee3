import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';

// Huawei Cloud permanent access keys: an access key ID (AK, 20 upper-case alphanumerics, an identifier
// like a user name) and a secret access key (SK, 40 alphanumerics) that signs API requests. Only the SK
// is reported: under the SDKs' HUAWEICLOUD_SDK_SK variable, or after a Huawei name and a key-like word.
export const huaweiCloudSecretAccessKey: Detector = withVendorForms(
  patternDetector({
    id: 'huawei-cloud-secret-access-key',
    title: 'Huawei Cloud secret access key (SK)',
    vendor: 'Huawei Cloud',
    severity: 'critical',
    keywords: ['huaweicloud_sdk_sk'],
    pattern: /(?<![A-Za-z0-9_])HUAWEICLOUD_SDK_SK["']?\s{0,3}(?:[:=]|=>)\s{0,3}["']?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    minEntropy: 3.5,
    remediation:
      'Delete the access key under My Credentials > Access Keys in the Huawei Cloud console (an IAM administrator ' +
      'can do it for the user) and create a new one, or use an agency with temporary credentials; keep it in a secret store.',
    examples: {
      positive: [
        { text: 'HUAWEICLOUD_SDK_AK=IME1UK2Y4MMRAKF37OL8\nHUAWEICLOUD_SDK_SK=8wSwBpuakduIBFpouXOM1TvkrEPfPutWydTyiCQ9', path: '.env' },
        { text: 'provider "huaweicloud" {\n  region     = "ap-southeast-1"\n  access_key = "IME1UK2Y4MMRAKF37OL8"\n  secret_key = "v6imMWHTUNuSOCs7ZP5OhpGR4jJexLYnAhf8ejl8"\n}', path: 'infra/main.tf' },
        { text: 'huawei_obs_secret_key: "v6imMWHTUNuSOCs7ZP5OhpGR4jJexLYnAhf8ejl8"', path: 'config/storage.yml' },
        { text: 'HUAWEICLOUD_SECRET_ACCESS_KEY=Tq4wVx8Nr2LmZp6Ks0JdHy3Bc7Fg1Re5Ua9XoWiE', path: 'deploy/obs.env', why: "AWS's slot name under a Huawei name" },
      ],
      negative: [
        { text: 'HUAWEICLOUD_SDK_SK=8wSwBpuakduIBFpouXOM1TvkrEPfPutWydTyiCQ', why: '39 characters' },
        { text: 'HUAWEICLOUD_SDK_AK=IME1UK2Y4MMRAKF37OL8', why: 'the access key ID alone is an identifier' },
        { text: 'sk = os.getenv("HUAWEICLOUD_SDK_SK")', why: 'read from the environment' },
      ],
    },
  }),
  { names: ['huaweicloud', 'huawei'], token: { alphabet: 'alnum', length: 40 } },
);
