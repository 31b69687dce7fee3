import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// HCP Terraform / Terraform Enterprise API tokens: a 14-character id + '.atlasv1.' + 60..70 base64url.
// Vagrant Cloud (HashiCorp's box registry) issued the same atlasv1 tokens: the detail says which when
// the line names Vagrant.
export const terraformCloudToken: Detector = patternDetector({
  id: 'terraform-cloud-token',
  title: 'Terraform Cloud / Enterprise API token',
  vendor: 'Terraform',
  severity: 'critical',
  keywords: ['atlasv1'],
  // the optional head reads `vagrant` earlier on the line, for the detail only
  pattern: /(?:(?<vagrant>[Vv][Aa][Gg][Rr][Aa][Nn][Tt])[^\n]{0,60}?)?(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  detail: (m) => (m.groups?.['vagrant'] ? 'Vagrant Cloud token' : undefined),
  remediation:
    'Revoke the token under User or Organization Settings > API tokens in HCP Terraform (for a Vagrant Cloud ' +
    'token: Vagrant Cloud account settings, or HCP for migrated accounts); it can read ' +
    'state and run plans. Give CI a team token through TF_TOKEN_app_terraform_io from its secret store.',
  examples: {
    positive: [
      { text: 'credentials "app.terraform.io" {\n  token = "GViuDpfcGr5CVI.atlasv1.lRa-0zaZowacG9qaz-k_ylToZRWT1YSO4t64KkgorYKunBTe5k8COmv9WK9prI4-1q0"\n}', path: '.terraformrc' },
      { text: 'TF_TOKEN_app_terraform_io=OsHFuPwf0dHypg.atlasv1.0u6CDRTvR2rDbkxdn65ZTborEo3gy94Csrde6kmidHwirH-BOEIoa9sukFoiDWYIhC4' },
      { text: 'VAGRANT_CLOUD_TOKEN=Xq3Ltz8RmWp2Vd.atlasv1.Hk4Jr9TwQz2Mn7Lc5Pv8Xb3Rt6Yd1Gf4Ks9Wq2Ez7Ua5Ni8Oc3Bh6Vj1Lm4Tp9Ry2Dx5' },
    ],
    negative: [
      { text: 'token = "GViuDpfcGr5CVI.atlasv1.lRa-0zaZowacG9qaz-k_ylToZRWT1YSO4t64Kkgo"', why: 'body too short' },
      { text: 'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
      { text: 'token = "GViuDpfcGr5CV.atlasv1.lRa-0zaZowacG9qaz-k_ylToZRWT1YSO4t64KkgorYKunBTe5k8COmv9WK9prI4-1q0"', why: '13-character id' },
    ],
  },
});
