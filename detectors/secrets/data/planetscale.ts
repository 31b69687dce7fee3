import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// PlanetScale service tokens (pscale_tkn_) and OAuth tokens (pscale_oauth_): 32..64 base64url characters.
export const planetscaleToken: Detector = patternDetector({
  id: 'planetscale-token',
  title: 'PlanetScale service or OAuth token',
  vendor: 'PlanetScale',
  severity: 'high',
  keywords: ['pscale_tkn_', 'pscale_oauth_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pscale_(?<kind>tkn|oauth)_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  detail: (m) => (m.groups?.['kind'] === 'oauth' ? 'OAuth token' : 'service token'),
  remediation:
    'Delete the service token under Organization settings > Service tokens in PlanetScale (or revoke the ' +
    'OAuth grant) and keep the replacement in a secret store (PLANETSCALE_SERVICE_TOKEN).',
  examples: {
    positive: [
      { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_55raosz0IV6MWU9IqJRI4CZQejhg_KtCrM0r9t7DYRL', path: '.env' },
      { text: 'token: pscale_oauth_80r4OlWVs5o3mE-i1nMoO7FKiPecpVOoecsezR1nsyM', path: '.pscale.yml' },
    ],
    negative: [
      { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_55raosz0IV6MWU9IqJRI4CZQejh', why: '31 characters' },
      { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_<service-token-value-from-the-dashboard>', why: 'placeholder' },
      { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Database branch passwords: pscale_pw_ + 32..64 base64url characters.
export const planetscalePassword: Detector = patternDetector({
  id: 'planetscale-password',
  title: 'PlanetScale database password',
  vendor: 'PlanetScale',
  severity: 'high',
  keywords: ['pscale_pw_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pscale_pw_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the password under the branch\'s Passwords page in PlanetScale and create a new one; give it ' +
    'to the application through DATABASE_URL from a secret store.',
  examples: {
    positive: [
      { text: 'DATABASE_PASSWORD=pscale_pw_9n1QYITCi8f4x_YkUbvFh696xfYx3uKS99WJ-1kd4ZU', path: '.env' },
      { text: 'DATABASE_URL="mysql://k3v9q2:pscale_pw_KNUUNYBkUeqaG2ANIPkN9ebfeeZ8dLAxUH2ayLIyZxx@aws.connect.psdb.cloud/shop?sslaccept=strict"' },
    ],
    negative: [
      { text: 'DATABASE_PASSWORD=pscale_pw_9n1QYITCi8f4x_YkUbvFh696xfYx3u', why: '28 characters' },
      { text: 'DATABASE_PASSWORD=pscale_pw_************************************', why: 'masked' },
      { text: 'DATABASE_PASSWORD=pscale_pw_${PSCALE_PASSWORD}', why: 'reference' },
    ],
  },
});
