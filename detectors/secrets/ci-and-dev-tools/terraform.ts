import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// HCP Terraform / Terraform Enterprise API tokens: a 14-character id + '.atlasv1.' + 60..70 base64url.
export const terraformCloudToken: Detector = patternDetector({
  id: 'terraform-cloud-token',
  title: 'Terraform Cloud / Enterprise API token',
  severity: 'critical',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  remediation:
    'Revoke the token under User or Organization Settings > API tokens in HCP Terraform; it can read ' +
    'state and run plans. Give CI a team token through TF_TOKEN_app_terraform_io from its secret store.',
  examples: {
    positive: [
      { text: 'credentials "app.terraform.io" {\n  token = "GViuDpfcGr5CVI.atlasv1.lRa-0zaZowacG9qaz-k_ylToZRWT1YSO4t64KkgorYKunBTe5k8COmv9WK9prI4-1q0"\n}', path: '.terraformrc' },
      { text: 'TF_TOKEN_app_terraform_io=OsHFuPwf0dHypg.atlasv1.0u6CDRTvR2rDbkxdn65ZTborEo3gy94Csrde6kmidHwirH-BOEIoa9sukFoiDWYIhC4' },
    ],
    negative: [
      { text: 'token = "GViuDpfcGr5CVI.atlasv1.lRa-0zaZowacG9qaz-k_ylToZRWT1YSO4t64Kkgo"', why: 'body too short' },
      { text: 'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
      { text: 'token = "GViuDpfcGr5CV.atlasv1.lRa-0zaZowacG9qaz-k_ylToZRWT1YSO4t64KkgorYKunBTe5k8COmv9WK9prI4-1q0"', why: '13-character id' },
    ],
  },
});
