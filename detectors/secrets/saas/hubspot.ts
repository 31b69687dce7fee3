import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorToken } from '../../kit/vendor-token.js';

// Private app access tokens: pat- + a data-centre tag (na1, eu1, …) + '-' + a lower-case UUID.
export const hubspotPrivateAppToken: Detector = patternDetector({
  id: 'hubspot-private-app-token',
  title: 'HubSpot private app access token',
  vendor: 'HubSpot',
  severity: 'high',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Rotate the token under Settings > Integrations > Private Apps in HubSpot and keep the new one in a ' +
    'secret store (HUBSPOT_ACCESS_TOKEN).',
  examples: {
    positive: [
      { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-2ddbf666-51ba-45cf-a52c-e9ab3ec5fb92', path: '.env' },
      { text: "const hubspot = new Client({ accessToken: 'pat-eu1-dd93a177-4c51-412a-a4ed-a1ce2f53bf8b' });" },
    ],
    negative: [
      { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
      { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-2ddbf666-51ba-45cf-a52c-e9ab3ec5fb9', why: 'short UUID' },
      { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000', why: 'nil UUID' },
    ],
  },
});

// Legacy API keys (hapikey): a UUID. HubSpot stopped issuing them in 2022, but old ones still turn
// up in scripts and URLs (`?hapikey=…`). Registered from vendors-d-l.ts.
export const hubspotApiKey: Detector = vendorToken({
  id: 'hubspot-api-key',
  title: 'HubSpot API key (legacy)',
  vendor: 'HubSpot',
  names: ['hubspot', 'hapikey'],
  token: { alphabet: 'uuid' },
  remediation:
    'Deactivate the key under Settings > Integrations > API key in HubSpot (or confirm it is gone), and move ' +
    'the integration to a private app token kept in a secret store.',
  examples: {
    positive: [
      { text: 'HUBSPOT_API_KEY=24522bb3-09f4-4b93-afb9-e654b967a9b3', path: '.env' },
      { text: 'requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=89894dc6-8cec-4ee0-8d65-fc9b0e3f7546")' },
    ],
    negative: [
      { text: 'HUBSPOT_PORTAL_ID=24522bb3-09f4-4b93-afb9-e654b967a9b3', why: 'an id, no key-like word' },
      { text: 'HUBSPOT_API_KEY=24522bb309f44b93afb9e654b967a9b3', why: 'not a UUID' },
    ],
  },
});
