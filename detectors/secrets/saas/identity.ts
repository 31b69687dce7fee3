import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorToken, withVendorForms } from '../../kit/vendor-token.js';
import { namedAssignment, vendorName } from '../shared/assignment.js';
import { JWT_SOURCE, jwtClaims } from '../shared/payloads.js';

const OKTA_NAME = namedAssignment(vendorName('okta', 'token|key|secret'));
const AUTH0_SECRET_NAME = namedAssignment(vendorName('auth0', 'client[_.-]?secret'));
const AUTH0_TOKEN_NAME = namedAssignment(vendorName('auth0', 'token'));

// Okta API tokens: 00 + 40 base64url characters. Only with context: an okta key/token name on the
// same assignment, or the Okta header scheme `Authorization: SSWS <token>`.
export const oktaApiToken: Detector = withVendorForms(
  patternDetector({
    id: 'okta-api-token',
    title: 'Okta API token',
    vendor: 'Okta',
    severity: 'high',
    keywords: ['okta', 'ssws'],
    pattern: new RegExp(`(?:${OKTA_NAME.source}|(?<![A-Za-z0-9])ssws\\s{1,3})(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`, 'i'),
    minEntropy: 3.5,
    validate: (_secret, m, text) => OKTA_NAME.isNamed(m, text),
    keywordSpan: { before: 48, after: 160 }, // the name or SSWS, then the token
    remediation:
      'Revoke the token under Security > API > Tokens in the Okta admin console (it acts with its creator\'s ' +
      'rights); use an OAuth service app, or keep the replacement in a secret store.',
    examples: {
      positive: [
        { text: 'OKTA_API_TOKEN=00NxOnUkZd-oPoXvFXH7EEVtFT_PxtjmEgzWGIde_y', path: '.env' },
        { text: '-H "Authorization: SSWS 00_JLL4gKGz-f_7diibQ8vzCZEQ9wbdToD9Eg62GVP"' },
        { text: 'okta:\n  client:\n    oktaToken: "00NxOnUkZd-oPoXvFXH7EEVtFT_PxtjmEgzWGIde_y"', path: 'application.yml' },
        { text: 'env:\n  - name: OKTA_API_TOKEN\n    value: "00NxOnUkZd-oPoXvFXH7EEVtFT_PxtjmEgzWGIde_y"', path: 'k8s/deployment.yaml', why: 'a Kubernetes env pair' },
      ],
      negative: [
        { text: 'Authorization: SSWS ${OKTA_API_TOKEN}', why: 'reference' },
        { text: 'session_id = "00NxOnUkZd-oPoXvFXH7EEVtFT_PxtjmEgzWGIde_y"', why: 'no okta context' },
        { text: 'OKTA_API_TOKEN=00NxOnUkZd-oPoXvFXH7EEVtFT_PxtjmEgzWGIde_', why: '41 characters' },
        { text: 'OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      ],
    },
  }),
  { names: ['okta'], token: { alphabet: 'base64url', prefix: '00', length: 40 } },
);

// Auth0 client secrets: 64 base64url characters, only under an auth0 client-secret name.
export const auth0ClientSecret: Detector = patternDetector({
  id: 'auth0-client-secret',
  title: 'Auth0 client secret',
  vendor: 'Auth0',
  severity: 'high',
  keywords: ['auth0'],
  pattern: new RegExp(`${AUTH0_SECRET_NAME.source}(?<secret>[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])`),
  minEntropy: 4,
  validate: (_secret, m, text) => AUTH0_SECRET_NAME.isNamed(m, text),
  remediation:
    'Rotate the client secret in the Auth0 dashboard (Applications > the app > Settings) and keep the ' +
    'new one in a secret store (AUTH0_CLIENT_SECRET).',
  examples: {
    positive: [
      { text: 'AUTH0_CLIENT_SECRET=sGi7u_TFIItoWe_SR3uXZ6mquqPq7-sPNdtEWvV2CGSOuAVLX7nwHikmfQM8Z3bo', path: '.env.local' },
      { text: "auth0ClientSecret: 'LUBJx5BdYIRtnRrgBh66eI2AqZM1s-60cnclbHouVSZKi-0cqfgUS9aoXEa_57SV'," },
    ],
    negative: [
      { text: 'AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}', why: 'reference' },
      { text: 'AUTH0_CLIENT_ID=sGi7u_TFIItoWe_SR3uXZ6mquqPq7-sPNdtEWvV2CGSOuAVLX7nwHikmfQM8Z3bo', why: 'client id name' },
      { text: 'AUTH0_CLIENT_SECRET=sGi7u_TFIItoWe_SR3uXZ6mquqPq7-sPNdtEWvV2CGSOuAVLX7nwHikmfQM8Z3b', why: '63 characters' },
      { text: 'AUTH0_CLIENT_SECRET=your-auth0-client-secret-goes-in-this-place-before-you-run-it-ok', why: 'placeholder' },
    ],
  },
});

/** True when the token is a Management API token: its audience is https://<tenant>/api/v2/. */
function isManagementToken(token: string): boolean {
  const aud = jwtClaims(token)?.['aud'];
  const audiences = Array.isArray(aud) ? aud : [aud];
  return audiences.some((a) => typeof a === 'string' && /^https:\/\/[^/]+\/api\/v2\/$/.test(a));
}

// Management API tokens are JWTs whose audience is the tenant's /api/v2/; an auth0 token name on the
// same assignment is required. Priority 60 over the generic JWT detector at the same place.
export const auth0ManagementToken: Detector = patternDetector({
  id: 'auth0-management-token',
  title: 'Auth0 Management API token',
  vendor: 'Auth0',
  severity: 'high',
  priority: 60,
  keywords: ['auth0'],
  pattern: new RegExp(`${AUTH0_TOKEN_NAME.source}(?<secret>${JWT_SOURCE})(?![A-Za-z0-9_.-])`),
  validate: (secret, m, text) => AUTH0_TOKEN_NAME.isNamed(m, text) && isManagementToken(secret),
  remediation:
    'Management tokens cannot be revoked one by one: rotate the signing key or the client secret of the ' +
    'machine-to-machine app that issued it in Auth0, and request tokens at runtime instead of committing one.',
  examples: {
    positive: [
      { text: 'AUTH0_MANAGEMENT_TOKEN=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkFpaDE2d3E4Z3F0cU5TcUUifQ.eyJpc3MiOiJodHRwczovL2FjbWUtcHJvZC5ldS5hdXRoMC5jb20vIiwic3ViIjoibzJyNVQ5Q0h0R3BHMDhHUGIxaGRCM01GZ1gxTjVoZVRAY2xpZW50cyIsImF1ZCI6Imh0dHBzOi8vYWNtZS1wcm9kLmV1LmF1dGgwLmNvbS9hcGkvdjIvIiwiaWF0IjoxNzE3MTcxNzE3LCJleHAiOjE3MTcyNTgxMTcsInNjb3BlIjoicmVhZDp1c2VycyB1cGRhdGU6dXNlcnMiLCJndHkiOiJjbGllbnQtY3JlZGVudGlhbHMiLCJhenAiOiI3VExBRks1Q1RCc0YxZldNU3dYY3ZHdzIzZkNTeFduUSJ9.zELtBQ01XeIIFyhmu8SXxDBFRdiscazxaVYYGbP_Vund18LZA3zEtxPzgrD-BFZ1sM_lcs5iYVIQAlQW1etcaO' },
      { text: "auth0Token: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImJPbzJKSEJid0tWRlRCblMifQ.eyJpc3MiOiJodHRwczovL25vcmR3aW5kLnVzLmF1dGgwLmNvbS8iLCJzdWIiOiJZQk9COUhuMUFsWjJiVjlzYVBTTE9ZaG9PZlplUHVDNUBjbGllbnRzIiwiYXVkIjoiaHR0cHM6Ly9ub3Jkd2luZC51cy5hdXRoMC5jb20vYXBpL3YyLyIsImlhdCI6MTcxODAwMDAwMCwiZXhwIjoxNzE4MDg2NDAwLCJzY29wZSI6InJlYWQ6Y2xpZW50cyIsImd0eSI6ImNsaWVudC1jcmVkZW50aWFscyIsImF6cCI6Im8zUVpPRkZwbVNJWVNoQ2xnanVkNXVXRHhTeG9GRXloIn0.omcwBAy_PB-M34nlVmE8CI4rMiluVHVoAWzgxq7KDX6JJtjI-mBRXRO1eD9wFga2NFh2nRIM4xLKjN5X713uVm'," },
    ],
    negative: [
      { text: 'AUTH0_ACCESS_TOKEN=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im4xQmN2SjNRV2JNNDFTdXAifQ.eyJpc3MiOiJodHRwczovL25vcmR3aW5kLnVzLmF1dGgwLmNvbS8iLCJzdWIiOiJhdXRoMHwxMTRlY2YzNGU5ZDU4NjI2OGVmMTE1NzIiLCJhdWQiOlsiaHR0cHM6Ly9hcGkubm9yZHdpbmQuaW8iLCJodHRwczovL25vcmR3aW5kLnVzLmF1dGgwLmNvbS91c2VyaW5mbyJdLCJpYXQiOjE3MTgwMDAwMDAsImV4cCI6MTcxODA4NjQwMCwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSIsImF6cCI6Ikp2RmFSSkFjTGIyRG9mNGJTTHoxWVlJVGJBSzBpVHVNIn0.0NZyJFlE5D_8k7iT3n4PKC1FAY1F9SOB6MCT5CF38OoRqcql4TaSU163bUVXfjK1_41vpEdwuc2hfjjkoJziwM', why: 'a user access token for another API, not /api/v2/' },
      { text: 'AUTH0_MANAGEMENT_TOKEN=${AUTH0_MANAGEMENT_TOKEN}', why: 'reference' },
      { text: 'AUTH0_MANAGEMENT_TOKEN=eyJhbGciOiJSUzI1NiJ9.eyJ...', why: 'placeholder' },
    ],
  },
});

// Clerk secret keys: sk_live_ or sk_test_ and base62, the prefix and alphabet of Stripe's keys and no
// documented length or checksum of their own: found only where Clerk's name stands beside the key
// (CLERK_SECRET_KEY, `clerk: { secretKey }`), and then as Clerk's (stripe.ts leaves a key named for Clerk alone).
export const clerkSecretKey: Detector = vendorToken({
  id: 'clerk-secret-key',
  title: 'Clerk secret key',
  vendor: 'Clerk',
  names: ['clerk'],
  token: [
    { alphabet: 'alnum', prefix: 'sk_live_', length: [30, 64] },
    { alphabet: 'alnum', prefix: 'sk_test_', length: [30, 64] },
  ],
  severity: 'high',
  remediation:
    'Delete the key in the Clerk Dashboard (Configure > API keys) after adding a new one, and keep the new key in the ' +
    "server's environment (CLERK_SECRET_KEY) or a secret store: it acts on every user and session of the instance.",
  examples: {
    positive: [
      { text: 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_Y2xlcmsuc2hvcC5leGFtcGxlLm9yZyQ\nCLERK_SECRET_KEY=sk_live_xa4Va49cMgNWQULeXJoaPhxsfy6tiRPWdyoWIKRMqOJ', path: '.env.production' },
      { text: "clerkMiddleware({ secretKey: 'sk_test_Tc2DIvdpCM86Fiqr5HyZF6hzLcbJvJTpuyzmSvWT4ax' }, clerkOptions)", path: 'src/middleware.ts', why: "Clerk's name on the line" },
    ],
    negative: [
      { text: 'CLERK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_Y2xlcmsuc2hvcC5leGFtcGxlLm9yZyQ', why: 'the publishable key: public by design' },
    ],
  },
});
