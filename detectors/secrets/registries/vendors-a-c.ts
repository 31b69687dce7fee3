import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';

// Clojars deploy tokens: 'CLOJARS_' and 60 lowercase alphanumerics.
export const clojarsDeployToken: Detector = patternDetector({
  id: 'clojars-deploy-token',
  title: 'Clojars deploy token',
  vendor: 'Clojars',
  severity: 'high',
  keywords: ['clojars_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation:
    'Disable the token under Dashboard > Deploy Tokens on clojars.org, and give the release job a new one from its ' +
    'secret store (CLOJARS_PASSWORD).',
  examples: {
    positive: [
      { text: 'CLOJARS_PASSWORD=CLOJARS_bougrhi7cqcnl6suihnn6wimg40piy5a0202afqoscaxp3r16oehnd2sgscu', path: '.env' },
      { text: ':repositories [["clojars" {:url "https://repo.clojars.org" :username "ci" :password "CLOJARS_5acrvkgzjnymi6zwke0s33t2mq5hcippakgdumb0jawdc8hs7ek7son9hfnz"}]]', path: 'project.clj' },
    ],
    negative: [
      { text: 'CLOJARS_PASSWORD=CLOJARS_bougrhi7cqcnl6suihnn6wimg40piy5a0202afqoscaxp3r16oehnd2sgsc', why: '59 characters' },
      { text: 'CLOJARS_USERNAME=ci', why: 'a name, no token' },
    ],
  },
});

// crates.io API tokens: 'cio' and 32 alphanumerics.
export const cratesIoToken: Detector = patternDetector({
  id: 'crates-io-token',
  title: 'crates.io API token',
  vendor: 'crates.io',
  severity: 'high',
  keywords: ['cio'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>cio[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  keywordSpan: { before: 0, after: 35 }, // 'cio' is common inside words: look only right after each one
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret) && /[A-Z]/.test(secret) && /[a-z].*[a-z]/.test(secret.slice(3)),
  remediation:
    'Revoke the token under Account Settings > API Tokens on crates.io, and publish with a new, scoped token from your ' +
    'CI secret store (CARGO_REGISTRY_TOKEN).',
  examples: {
    positive: [
      { text: 'CARGO_REGISTRY_TOKEN=ciohku6nqwhzRMw57pC9rK0z3eI5N8pgX2C', path: '.env' },
      { text: '[registry]\ntoken = "cioFgWpUeHlumaKxmrsW88RRbIPge91wwi4"', path: '.cargo/credentials.toml' },
    ],
    negative: [
      { text: 'CARGO_REGISTRY_TOKEN=ciohku6nqwhzRMw57pC9rK0z3eI5N8pgX2', why: '31 characters after cio' },
      { text: 'const specialisation = "ciorbaPreciousRecipeNumber12345678"', why: 'a word that starts with cio' },
      { text: 'CARGO_REGISTRY_TOKEN=cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
    ],
  },
});
/** registries vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const registriesVendorsAC: readonly Detector[] = [
  clojarsDeployToken,
  cratesIoToken,
  ...vendorTokens([
    {
      id: 'cloudsmith-api-key',
      title: 'Cloudsmith API key',
      vendor: 'Cloudsmith',
      names: ['cloudsmith'],
      token: { alphabet: 'hex', length: 40 },
      remediation:
        "Regenerate the key under Settings > API Settings in Cloudsmith (service accounts: the account's API " +
        'key), and keep the replacement in your CI secret store.',
      examples: {
        positive: [
          { text: 'CLOUDSMITH_API_KEY=4c3b9f1300ed02b9bb01e1796839dfafede96402', path: '.env' },
          { text: 'cloudsmith_api_key: "3cd0138da98d62f669822b9ce9372cb2cbc44b5d"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CLOUDSMITH_API_KEY=222183f606f5241780a18f89426553b01669f8c', why: '39 characters' },
        ],
      },
    },
  ]),
];
