import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

const KINDS: Readonly<Record<string, string>> = {
  at: 'Admin API access token',
  ca: 'custom app access token',
  pa: 'private app access token',
};

// Access tokens: shpat_ (Admin API), shpca_ (custom app), shppa_ (private app) + 32 hex.
export const shopifyAccessToken: Detector = patternDetector({
  id: 'shopify-access-token',
  title: 'Shopify access token',
  vendor: 'Shopify',
  severity: 'high',
  keywords: ['shpat_', 'shpca_', 'shppa_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>shp(?<kind>at|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => KINDS[m.groups?.['kind'] ?? ''],
  remediation:
    'Uninstall and reinstall the app (or rotate its token in the Shopify admin) so the old token stops ' +
    'working, and keep the new token in a secret store.',
  examples: {
    positive: [
      { text: 'SHOPIFY_ACCESS_TOKEN=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', path: '.env' },
      { text: "'X-Shopify-Access-Token': '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'" },
      { text: 'password: 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', path: 'shop.yml' },
    ],
    negative: [
      { text: 'SHOPIFY_ACCESS_TOKEN=shpat_2e8535f477c8fc05f5a208d71f9000d', why: '31 characters' },
      { text: 'SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'SHOPIFY_ACCESS_TOKEN=shpat_2e8535f477c8fc05f5a208d71f9000zz', why: 'not hex' },
    ],
  },
});

// App shared secrets (API secret keys) sign OAuth and webhook HMACs: shpss_ + 32 hex.
export const shopifySharedSecret: Detector = patternDetector({
  id: 'shopify-shared-secret',
  title: 'Shopify app shared secret',
  vendor: 'Shopify',
  severity: 'high',
  keywords: ['shpss_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Rotate the client secret in the Shopify Partner Dashboard (or the app settings in the admin) and ' +
    'keep the new one in a secret store (SHOPIFY_API_SECRET).',
  examples: {
    positive: [
      { text: 'SHOPIFY_API_SECRET=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', path: '.env' },
      { text: 'apiSecretKey: "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",' },
    ],
    negative: [
      { text: 'SHOPIFY_API_SECRET=shpss_d02b6f49fa3e03fcaad83e55708bf77', why: '31 characters' },
      { text: 'SHOPIFY_API_SECRET=shpss_<your-secret>', why: 'placeholder' },
      { text: 'SHOPIFY_API_SECRET=shpss_00000000000000000000000000000000', why: 'zeros' },
    ],
  },
});
