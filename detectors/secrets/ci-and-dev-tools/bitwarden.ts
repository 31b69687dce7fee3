import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';

// Bitwarden Secrets Manager access tokens (a machine account's, what `bws` and the SDKs read from
// BWS_ACCESS_TOKEN): the format version 0, the access token's id (a UUID), its client secret (30
// letters and digits) and, after a colon, the encryption key that opens the organization's key (16
// bytes in base64). With it, anyone reads and decrypts every secret the machine account can.
export const bitwardenAccessToken: Detector = patternDetector({
  id: 'bitwarden-secrets-manager-access-token',
  title: 'Bitwarden Secrets Manager access token',
  vendor: 'Bitwarden',
  severity: 'critical',
  keywords: ['bws', 'bitwarden'],
  pattern:
    /(?<![\w.-])(?<secret>0\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9]{20,64}:[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])/,
  validate: (secret) => !isPlaceholder(secret.slice(39, secret.indexOf(':'))),
  minEntropy: 4,
  remediation:
    "Revoke the access token under the machine account's Access tokens tab in Bitwarden Secrets Manager, " +
    'issue a new one, and give it to the workload through BWS_ACCESS_TOKEN from its CI secret store.',
  examples: {
    positive: [
      { text: 'BWS_ACCESS_TOKEN=0.7597cbdf-7480-45ec-a23c-ff1e47ce1f29.2YW1tSD5QuhjOmN2pMwEGNgy755Nx9:sn9dRKXbAYVlt3PrGgUdrg==', path: '.env' },
      {
        text: '      - uses: bitwarden/sm-action@v2\n        with:\n          access_token: "0.514cf18b-1fc4-42ae-97f0-ead1a2f7127a.3ZT0Wq4xacULHxHaj3AIokdjzX2w3h:YRm/ghqRBawyISdUs0lzgQ=="',
        path: '.github/workflows/deploy.yml',
        why: "the action's input written in the workflow",
      },
    ],
    negative: [
      { text: 'BWS_ACCESS_TOKEN=0.7597cbdf-7480-45ec-a23c-ff1e47ce1f29.2YW1tSD5QuhjOmN2pMwEGNgy755Nx9', why: 'no encryption key: half a token' },
      { text: 'BWS_ACCESS_TOKEN=0.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxx==', why: 'placeholder' },
      { text: 'BWS_ACCESS_TOKEN=0.385354b2-4547-4acd-acc9-3f77ee4bf6b6.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:W+0HOSVwvEo0sJfK7oayWQ==', why: 'the client secret is a placeholder' },
      { text: 'export BWS_ACCESS_TOKEN="${{ secrets.BWS_ACCESS_TOKEN }}"' },
    ],
  },
});
