import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { variantsDetector } from '../shared/variants.js';

// Sidekiq Pro / Enterprise gem-source credentials: the '<8 hex>:<8 hex>' user and password that
// Contributed Systems issues per customer for gems.contribsys.com and enterprise.contribsys.com, set for
// Bundler in BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or with `bundle config`.
// The same pair inside a source URL (https://user:pass@gems.contribsys.com) is url-credentials' finding.
export const sidekiqGemSourceCredentials: Detector = variantsDetector(
  {
    id: 'sidekiq-gem-source-credentials',
    title: 'Sidekiq Pro/Enterprise gem source credentials',
    vendor: 'Sidekiq (Contributed Systems)',
    severity: 'medium',
    keywords: ['contribsys'],
    remediation:
      'Ask Contributed Systems (support@contribsys.com) to rotate the gem server credentials of your license, then set ' +
      'the new pair only in the CI and deploy environment (BUNDLE_GEMS__CONTRIBSYS__COM), never in .bundle/config in git.',
    examples: {
      positive: [
        { text: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=4123bf7c:9cd636b7', path: '.env' },
        { text: '---\nBUNDLE_GEMS__CONTRIBSYS__COM: "c66d9498:f5ddc5df"\nBUNDLE_PATH: "vendor/bundle"', path: '.bundle/config' },
        { text: 'RUN bundle config --global gems.contribsys.com 4f497cd8:48df3f9b && bundle install', path: 'Dockerfile' },
      ],
      negative: [
        { text: 'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}', why: 'a reference to the environment' },
        { text: 'bundle config --local gems.contribsys.com username:password', why: 'placeholder' },
        { text: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=4123bf7c:9cd636b', why: 'password one digit short' },
      ],
    },
  },
  [
    {
      pattern:
        /(?<![A-Za-z0-9_])BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?\s{0,3}(?:[:=]|=>)\s{0,3}["']?(?<secret>[0-9a-f]{8}:[0-9a-f]{8})(?![A-Za-z0-9])/,
      minEntropy: 3,
    },
    {
      pattern: /(?<![A-Za-z0-9.-])(?:gems|enterprise)\.contribsys\.com["']?\s{1,8}["']?(?<secret>[0-9a-f]{8}:[0-9a-f]{8})(?![A-Za-z0-9])/,
      minEntropy: 3,
    },
  ],
);

/** registries vendors S–Z: formats with the vendor's mark, then those recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const registriesVendorsSZ: readonly Detector[] = [
  sidekiqGemSourceCredentials,
  ...vendorTokens([]),
];
