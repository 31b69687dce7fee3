import type { Detector } from '../../../src/types.js';
import { decodeBase64 } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';

// Elastic: Elasticsearch API keys and Elastic Cloud API keys. An Elasticsearch key is used in the
// `Authorization: ApiKey <encoded>` header, where `encoded` is base64 of `<id>:<api_key>`, a
// 20-character id and a 22-character secret (Create API key API); the encoded form has no mark of
// its own, so an Elastic or Kibana name must stand within two lines and the decoded pair is checked.
// Elastic Cloud API keys (Cloud and Serverless APIs, and data access on Serverless) start with `essu_`.

/** base64 of `<20-character id>:<22-or-more-character secret>`, both URL-safe base64 characters. */
function isEncodedApiKey(secret: string): boolean {
  const decoded = decodeBase64(secret)?.toString('latin1');
  return decoded !== undefined && /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22,64}$/.test(decoded) && /[0-9]/.test(decoded);
}

export const elasticsearchEncodedApiKey: Detector = patternDetector({
  id: 'elasticsearch-api-key',
  title: 'Elasticsearch API key (encoded)',
  vendor: 'Elastic',
  severity: 'high',
  keywords: ['elastic', 'kibana'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{56,120}={0,2})(?![A-Za-z0-9+/=_-])/,
  validate: isEncodedApiKey,
  minEntropy: 4,
  remediation:
    'Invalidate the key (DELETE /_security/api_key with its id, or Stack Management > API keys in Kibana), create a ' +
    'new one with only the privileges it needs and an expiry, and keep it in a secret store (ELASTIC_API_KEY).',
  examples: {
    positive: [
      { text: 'ELASTICSEARCH_URL=https://search-7f3a.es.us-east-1.aws.elastic.cloud\nELASTICSEARCH_API_KEY=d0M2cW10THpOREp6TW93dFRuQjk6bk9NeEdsYW1vOFhmb2RRY1pUVkM4Rg==', path: '.env' },
      { text: 'es = Elasticsearch(cloud_id=CLOUD_ID,\n                   api_key="TE5iRUhBRUdCcTIyNmFoeXl2Wkg6cmNCZmtWV1pWNnFBb1lfbnhkdnl5dg==")', path: 'app/search.py' },
    ],
    negative: [
      { text: 'ELASTICSEARCH_API_KEY=VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==', why: "the Create API key API's documentation example" },
      { text: 'SESSION_BLOB=d0M2cW10THpOREp6TW93dFRuQjk6bk9NeEdsYW1vOFhmb2RRY1pUVkM4Rg==', why: 'no Elastic name nearby' },
      { text: 'ELASTIC_PASSWORD_HASH=eGs5ZmJ3dVJpR0xyV2pNcHRxS2M3eUh2TmRhRXNaTDBtQjJvVmMxNEZ1WGc2UA==', why: 'decodes to a value without an id:secret pair' },
    ],
  },
});

// Elastic Cloud API keys: `essu_` and a base64 body. Elastic documents the prefix, not the body's
// length, so the body is read as 40 to 300 base64 characters.
export const elasticCloudApiKey: Detector = patternDetector({
  id: 'elastic-cloud-api-key',
  title: 'Elastic Cloud API key',
  vendor: 'Elastic',
  severity: 'high',
  keywords: ['essu_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>essu_[A-Za-z0-9+/_-]{40,300}={0,2})(?![A-Za-z0-9+/=_-])/,
  validate: (secret) => /[0-9]/.test(secret.slice(5)) && /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(5)),
  minEntropy: 4,
  remediation:
    'Revoke the key on the API keys tab of the Organization page in the Elastic Cloud console, create a new one with ' +
    'the roles it needs and an expiry, and keep it in a secret store (EC_API_KEY).',
  examples: {
    positive: [
      { text: 'EC_API_KEY=essu_OHBtT0hKak4wQ0E4bXh4QW5BTGo6LVluZGJ0MVdORUlEYjZYWS1veERFRAgJM2oB2/oBEzjQZb3g0/', path: '.env' },
      { text: 'curl -H "Authorization: ApiKey essu_MklNaDJxaE9PYnZtUXNrUUNOWDI6QzdCODVCUWc2cWwyWUYzY0xWSFh3YgZCTgmrfZma5nyo56QdZ9" https://api.elastic-cloud.com/api/v1/serverless/projects/elasticsearch', path: 'scripts/projects.sh' },
    ],
    negative: [
      { text: 'curl -H "Authorization: ApiKey essu_..." https://api.elastic-cloud.com/api/v1/serverless/projects/elasticsearch', why: "Elastic's documentation stub" },
      { text: "const request = { headers: { authorization: 'Bearer essu_token' } };", why: 'a test stand-in' },
      { text: 'EC_API_KEY=essu_OHBtT0hKak4wQ0E4bXh4QW5BTGo6LVluZGJ', why: 'too short' },
    ],
  },
});

/** Elastic (Elasticsearch and Elastic Cloud). */
export const elasticDetectors: readonly Detector[] = [elasticCloudApiKey, elasticsearchEncodedApiKey];
