import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { vendorJwt } from '../shared/named-value.js';

/** data vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  // Qdrant Cloud admin database API keys (before granular keys): 54 URL-safe base64 characters.
  {
    id: 'qdrant-api-key',
    title: 'Qdrant Cloud API key',
    vendor: 'Qdrant',
    names: ['qdrant'],
    token: { alphabet: 'base64url', length: 54 },
    remediation:
      'Delete the key in the API Keys tab of the cluster in the Qdrant Cloud console, create a new one with an expiry, ' +
      'and keep it in a secret store (QDRANT_API_KEY).',
    examples: {
      positive: [
        { text: 'QDRANT_URL="https://5d1e2f3a-9b8c-4d7e-a6f5-0c1b2a3d4e5f.us-east4-0.gcp.cloud.qdrant.io"\nQDRANT_API_KEY="DVHfeZ5xaFy3EYdgtfjbJgZ_UOgITIqY0To3wYXjzkQ_xKTM46VEZY"', path: '.env' },
        { text: 'client = QdrantClient(url=QDRANT_URL, api_key="DEZ5n9MSNZwvEU9oaDW2fL7uxy1lNs-zAuxZV6MG1xP1Hz2bv1__Sy")', path: 'app/vectors.py' },
      ],
      negative: [
        { text: 'QDRANT_API_KEY="WMIArgj2ISuoT6skvp544IFI28BAmTl_DSExceDoYFI3RnSjoMmWH"', why: '53 characters' },
        { text: 'QDRANT_COLLECTION="DVHfeZ5xaFy3EYdgtfjbJgZ_UOgITIqY0To3wYXjzkQ_xKTM46VEZY"', why: 'no key-like word' },
      ],
    },
  },
  {
    id: 'qubole-api-token',
    title: 'Qubole API token',
    vendor: 'Qubole',
    names: ['qubole'],
    token: { alphabet: 'hex', length: 64 },
    examples: {
      positive: [
        { text: 'QUBOLE_API_KEY=91bf802d821f968667fcb8b00e31517b4d6c3c8a45b2a40c221233d4f15a2431', path: '.env' },
        { text: 'qubole_token=d0aaafb4674c1c22e8992f6089fb9d616fac6f10e1005f6bbaedd72798f7ba9b' },
      ],
      negative: [
        { text: 'QUBOLE_API_KEY=91bf802d821f968667fcb8b00e31517b4d6c3c8a45b2a40c221233d4f15a243', why: '63 characters' },
      ],
    },
  },
  {
    id: 'rockset-api-key',
    title: 'Rockset API key',
    vendor: 'Rockset',
    names: ['rockset'],
    token: { alphabet: 'alnum', length: 64 },
    examples: {
      positive: [
        { text: 'ROCKSET_API_KEY=GgTImgqlhWoRSzalWJNaCibfmbgTUcc5vQmI6n2dr6WOBnzQcD1O6HEfdpwI5Rx7', path: '.env' },
        { text: `rs = RocksetClient(api_key='tfhRu1IseEFqwZbyWj7pQ00FfScaldH9hkbX9DHnF3l7U30ZI70D08Y3Tzo6JrDE', host=REGION)` },
      ],
      negative: [
        { text: 'ROCKSET_API_KEY=GgTImgqlhWoRSzalWJNaCibfmbgTUcc5vQmI6n2dr6WOBnzQcD1O6HEfdpwI5Rx', why: '63 characters' },
      ],
    },
  },
]);

// Neon API keys (personal, organization and project-scoped): napi_ + 64 lower-case letters and digits.
// Node-API function names (napi_create_string_utf8) share the prefix but hold underscores.
export const neonApiKey: Detector = patternDetector({
  id: 'neon-api-key',
  title: 'Neon API key',
  vendor: 'Neon',
  severity: 'high',
  keywords: ['napi_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>napi_[a-z0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Revoke the key under Account settings > API keys (or the organization\'s API keys) in the Neon console; it ' +
    'manages projects and branches. Keep the replacement in a secret store (NEON_API_KEY).',
  examples: {
    positive: [
      { text: 'NEON_API_KEY=napi_vy0cwwmiecq10qzbrbq0kzg9p0d4ywf1sf8nnakgigq88wt7t4rvd3ie4etfmqdl', path: '.env' },
      { text: 'headers = {"Authorization": "Bearer napi_44mghm13lyt70w0l103cxeqjpeqi9l4okhiwqzjqq8xops3bygd4e461e3cpl0db"}', path: 'scripts/branches.py' },
    ],
    negative: [
      { text: 'NEON_API_KEY=napi_1waqwu52sy126fem9kiq0rhlnvz2xk9hiso9iji36xbocy6i2ndgseyg0q6alyq', why: '63 characters' },
      { text: 'status = napi_create_string_utf8(env, buffer, length, &result);', why: 'a Node-API call' },
      { text: 'NEON_API_KEY=napi_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', why: 'placeholder' },
    ],
  },
});

// Qdrant database API keys with granular access (clusters from v1.11): JWTs signed by the cluster.
export const qdrantJwtApiKey: Detector = vendorJwt({
  id: 'qdrant-jwt-api-key',
  title: 'Qdrant database API key (JWT)',
  vendor: 'Qdrant',
  names: ['qdrant'],
  remediation:
    'Delete the key in the API Keys tab of the cluster in the Qdrant Cloud console (on a self-hosted cluster, rotate ' +
    'the api_key that signs the JWTs), and keep the new one in a secret store (QDRANT_API_KEY).',
  examples: {
    positive: [
      { text: 'QDRANT_API_KEY="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3MiOiJtIn0.DEmW4XkAUGuerVa203v-54IKwjsYyfxWfv6rkfP7cms"', path: '.env' },
      { text: 'qdrant = QdrantClient(url=url, api_key="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3MiOlt7ImNvbGxlY3Rpb24iOiJkb2NzIiwiYWNjZXNzIjoiciJ9XSwiZXhwIjoxNzkwMDAwMDAwfQ.MMs4fWhwaiZRx58pUkTZAycW3nLMvWgdXD5UuIMspEQ")', path: 'app/vectors.py' },
    ],
    negative: [
      { text: 'QDRANT_API_KEY="eyJhbGciOiJIUzI1NiJ9.payload.sig"', why: 'a stand-in' },
      { text: 'QDRANT_API_KEY="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"', why: 'a header alone' },
    ],
  },
});

// Metabase API keys: mb_ + the base64 of 32 random bytes (43 characters and one '=' of padding), sent as the
// X-API-Key header; a key acts with the permissions of the group it belongs to.
export const metabaseApiKey: Detector = patternDetector({
  id: 'metabase-api-key',
  title: 'Metabase API key',
  vendor: 'Metabase',
  severity: 'high',
  keywords: ['mb_'],
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>mb_[A-Za-z0-9+/_-]{43}=)(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret.slice(3)) && /[A-Z]/.test(secret),
  remediation:
    'Regenerate or delete the key under Admin > Settings > Authentication > API Keys in Metabase (the old value stops ' +
    'working at once) and keep the replacement in a secret store (METABASE_API_KEY).',
  examples: {
    positive: [
      { text: 'METABASE_API_KEY=mb_5EcnmLEUGarV+yv6xt/xisv4pjl+TYpvS3nDwNRFCo4=', path: '.env' },
      { text: "headers = {'x-api-key': 'mb_eetsFlrBrqlLQus7sZchpOk431Jfp/MenoYqmZZzNKw='}", path: 'etl/dashboards.py' },
    ],
    negative: [
      { text: "METABASE_API_KEY=mb_1234**********", why: 'a masked key as Metabase lists it' },
      { text: 'METABASE_API_KEY=mb_ONIFTU4BSPcbnYvVctWNAUfH1zR+LD2HarxeqzcLzU=', why: '42 characters' },
      { text: 'return mb_strtolower($value);', why: 'a PHP multibyte function' },
    ],
  },
});

/** data vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const dataVendorsMR: readonly Detector[] = [...named, metabaseApiKey, neonApiKey, qdrantJwtApiKey];
