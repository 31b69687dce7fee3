import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// New Relic keys carry their kind in a prefix or suffix: NRAK- user keys, NRJS- browser keys,
// NRII-/NRIQ- Insights insert/query keys, and 40-character ingest license keys ending in NRAL.

export const newRelicUserApiKey: Detector = patternDetector({
  id: 'new-relic-user-api-key',
  title: 'New Relic user API key',
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
      { text: 'licenseKey: "NRJS-0123456789abcdef012"', why: 'a counting sequence' },
      { text: 'licenseKey: "NRJS-30dd722b24095a0aa2g"', why: 'not hex' },
    ],
  },
});

export const newRelicInsightsKey: Detector = patternDetector({
  id: 'new-relic-insights-key',
  title: 'New Relic Insights insert or query key',
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
  severity: 'high',
  keywords: ['nral'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:[a-z]{2}\d{2}xx[a-f0-9]{30}|[a-f0-9]{36})NRAL)(?![A-Za-z0-9_-])/,
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
