import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';

// New Relic keys carry their kind in a prefix or suffix: NRAK- user keys, NRJS- browser keys,
// NRII-/NRIQ- Insights insert/query keys, and 40-character ingest license keys ending in NRAL.

export const newRelicUserApiKey: Detector = patternDetector({
  id: 'new-relic-user-api-key',
  title: 'New Relic user API key',
  vendor: 'New Relic',
  severity: 'high',
  keywords: ['nrak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the user key in New Relic (API keys UI) and create a new one; keep it in a secret store and ' +
    'pass it to tools through NEW_RELIC_API_KEY.',
  examples: {
    positive: [
      { text: 'NEW_RELIC_API_KEY=NRAK-FVVJPTJ9UPEW0HBOYIGVYUPBAFT', path: '.env' },
      { text: "headers: { 'API-Key': 'NRAK-87BADUBF9RURNTNEMPZGDOQJZTT' }" },
    ],
    negative: [
      { text: 'NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
      { text: 'NEW_RELIC_API_KEY=NRAK-FVVJPTJ9UPEW0HBOYIGVYUPBAF', why: '26 characters' },
      { text: 'NEW_RELIC_API_KEY=NRAK-fvvjptj9upew0hboyigvyupbaft', why: 'lower case' },
    ],
  },
});

// Browser keys are ingest-only and ship in every page that loads the browser agent, so they are
// reported at medium severity: worth removing from repositories, not an account takeover.
export const newRelicBrowserApiKey: Detector = patternDetector({
  id: 'new-relic-browser-api-key',
  title: 'New Relic browser key',
  vendor: 'New Relic',
  severity: 'medium',
  keywords: ['nrjs-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRJS-[a-f0-9]{19})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Rotate the browser key in New Relic if it is used outside the page snippet, and load it from ' +
    'build-time configuration rather than committing it.',
  examples: {
    positive: [
      { text: 'licenseKey: "NRJS-30dd722b24095a0aa2a",' },
      { text: 'NEW_RELIC_BROWSER_KEY=NRJS-8cbb3bd2886ff2c3a9c', path: '.env.production' },
    ],
    negative: [
      { text: 'licenseKey: "NRJS-30dd722b24095a0aa2"', why: '18 characters' },
      { text: 'licenseKey: "NRJS-0000000000000000000"', why: 'a run of one character' },
      { text: 'licenseKey: "NRJS-30dd722b24095a0aa2g"', why: 'not hex' },
    ],
  },
});

export const newRelicInsightsKey: Detector = patternDetector({
  id: 'new-relic-insights-key',
  title: 'New Relic Insights insert or query key',
  vendor: 'New Relic',
  severity: 'high',
  keywords: ['nrii-', 'nriq-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRI[IQ]-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the Insights key in New Relic and create a new one; an insert key lets anyone write events ' +
    'to the account. Keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: "-H 'X-Insert-Key: NRII-l0haCERqG_-QyjG2gHMfvJgi_M5e-p2S'" },
      { text: 'insights_query_key = "NRIQ-T5nS7wSQDP7JJNUVCAqqUBuURpjY4mJh"' },
    ],
    negative: [
      { text: "-H 'X-Insert-Key: NRII-l0haCERqG_-QyjG2gHMfvJgi_M5e-p2'", why: '31 characters' },
      { text: "-H 'X-Insert-Key: NRII-<insert-key>'", why: 'placeholder' },
      { text: 'NRII-l0haCERqG_-QyjG2gHMfvJgi_M5e-p2S7', why: 'too long' },
    ],
  },
});

// Ingest license keys: 36 lower-case hex characters (or a region tag such as eu01xx + 30) then NRAL.
export const newRelicLicenseKey: Detector = patternDetector({
  id: 'new-relic-license-key',
  title: 'New Relic ingest license key',
  vendor: 'New Relic',
  severity: 'high',
  keywords: ['nral'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:[a-z]{2}\d{2}xx[a-f0-9]{30}|[a-f0-9]{36})NRAL)(?![A-Za-z0-9_-])/,
  keywordSpan: { before: 48, after: 8 }, // NRAL ends the key
  minEntropy: 3,
  remediation:
    'Rotate the license key in New Relic (API keys, type Ingest - License) and deliver the new one to ' +
    'agents through NEW_RELIC_LICENSE_KEY from a secret store.',
  examples: {
    positive: [
      { text: 'NEW_RELIC_LICENSE_KEY=f4a039380e6ad2d1e67863028423da3bbc7aNRAL', path: '.env' },
      { text: "license_key: 'eu01xx003a61c08403c566d0d87840fba283NRAL'", path: 'newrelic.yml' },
    ],
    negative: [
      { text: 'NEW_RELIC_LICENSE_KEY=f4a039380e6ad2d1e67863028423da3bbc7NRAL', why: '35 hex characters' },
      { text: "license_key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNRAL'", why: 'placeholder' },
      { text: 'NEW_RELIC_LICENSE_KEY=F4A039380E6AD2D1E67863028423DA3BBC7ANRAL', why: 'upper-case hex' },
    ],
  },
});

// Legacy keys with a kind prefix: NRAA- admin API keys (27 hex) and NRRA- REST API keys (42 hex).
const LEGACY_KINDS: Readonly<Record<string, string>> = { NRAA: 'admin API key', NRRA: 'REST API key' };

export const newRelicLegacyApiKey: Detector = patternDetector({
  id: 'new-relic-legacy-api-key',
  title: 'New Relic admin or REST API key (legacy)',
  vendor: 'New Relic',
  severity: 'high',
  keywords: ['nraa-', 'nrra-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?<kind>NRAA)-[a-f0-9]{27}|(?<kind2>NRRA)-[a-f0-9]{42})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => LEGACY_KINDS[m.groups?.kind ?? m.groups?.kind2 ?? ''],
  remediation:
    'Delete the key in New Relic (API keys UI) and move automation to a user key (NRAK-); keep any ' +
    'replacement in a secret store.',
  examples: {
    positive: [
      { text: 'newrelic_admin_key: NRAA-0d9dc45ecc4fa4c2ff9b3e096a9', path: 'ops/newrelic.yml' },
      { text: 'curl -X POST https://api.newrelic.com/v2/applications/42/deployments.json -H "X-Api-Key:NRRA-f9b7b880e22e90e323947a1285a5ab0c8a0c223725"' },
    ],
    negative: [
      { text: 'newrelic_admin_key: NRAA-0d9dc45ecc4fa4c2ff9b3e096a', why: '26 hex characters' },
      { text: '-H "X-Api-Key:NRRA-F9B7B880E22E90E323947A1285A5AB0C8A0C223725"', why: 'upper-case hex' },
      { text: 'X_API_KEY=NRRA-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Pixie (New Relic's Kubernetes observability) API keys px-api- and deployment keys px-dep-, each a UUID.
export const newRelicPixieKey: Detector = patternDetector({
  id: 'new-relic-pixie-key',
  title: 'New Relic Pixie API or deploy key',
  vendor: 'New Relic',
  severity: 'high',
  keywords: ['px-api-', 'px-dep-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>px-(?<kind>api|dep)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => (m.groups?.kind === 'dep' ? 'deploy key' : 'API key'),
  remediation:
    'Delete the key in the Pixie admin UI (API Keys or Deployment Keys) and create a new one; pass the ' +
    'replacement to the chart from a Kubernetes secret or your CI secret store.',
  examples: {
    positive: [
      { text: 'PX_API_KEY=px-api-b4f8fe3d-e380-4dd3-9fae-852eb363df7b PX_DEPLOY_KEY=px-dep-dec13446-5f78-43fb-a7db-0a1785594b7b' },
      { text: 'helm install newrelic-bundle --set newrelic-pixie.apiKey=px-api-d202af17-2fc2-476b-9141-411a37b6349b' },
    ],
    negative: [
      { text: '--set newrelic-pixie.apiKey=px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5', why: 'not hex: a made-up key' },
      { text: '--set pixie-chart.deployKey=px-dep-<deploy-key>', why: 'placeholder' },
      { text: 'PX_API_KEY=px-api-b4f8fe3d-e380-4dd3-9fae-852eb363df7', why: 'short last group' },
    ],
  },
});

/** New Relic named near a license key: in the comments and settings of newrelic.yml / newrelic.js around it. */
const NEW_RELIC_NEAR = /new[ _.-]?relic/i;

// Original license keys: 40 lower-case hex characters with no marker. They are the license_key of
// newrelic.yml / newrelic.ini / newrelic.js, so they count only with New Relic named within 2,000 characters.
export const newRelicLegacyLicenseKey: Detector = patternDetector({
  id: 'new-relic-legacy-license-key',
  title: 'New Relic license key (original 40-hex form)',
  vendor: 'New Relic',
  severity: 'high',
  keywords: ['license_key', 'licensekey', 'license-key'],
  pattern: /(?<![A-Za-z0-9])license[_-]?key["']?\s{0,3}[:=]\s{0,3}["']?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/i,
  minEntropy: 3,
  validate: (secret, m, text) => /^[a-f0-9]+$/.test(secret) && NEW_RELIC_NEAR.test(around(text, m, 2000, false)),
  remediation:
    'Rotate the license key in New Relic (API keys, type Ingest - License) and deliver the new one to ' +
    'agents through NEW_RELIC_LICENSE_KEY from a secret store.',
  examples: {
    positive: [
      { text: '# Your New Relic license key.\nlicense_key: e5961cdff8aa718c484c3c3fb503a6e87299b1b4\n', path: 'config/newrelic.yml' },
      { text: "exports.config = {\n  app_name: ['checkout'],\n  license_key: '8d7aa75f237ff8358e6a451217c627d4c23fed87', // new relic\n};" },
    ],
    negative: [
      { text: 'license_key: e5961cdff8aa718c484c3c3fb503a6e87299b1b4', path: 'config/app.yml', why: 'no New Relic context' },
      { text: '# New Relic\nlicense_key: <%= ENV["NEW_RELIC_LICENSE_KEY"] %>', why: 'template reference' },
      { text: '# New Relic\nlicense_key: E5961CDFF8AA718C484C3C3FB503A6E87299B1B4', why: 'upper-case hex' },
    ],
  },
});
