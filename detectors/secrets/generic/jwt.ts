import type { Detector } from '../../../src/types.js';
import { shannonEntropy } from '../../kit/entropy.js';
import { decodeJwtSegment as decodeObject, hasExpired, isSignedWithStandInKey } from '../../kit/jwt.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { quietOnSamplesInTests } from '../../kit/test-material.js';

// Signed JSON Web Tokens (JWS compact form): header.payload.signature in base64url. The header must
// decode to a JSON object naming its `alg`, the payload to a JSON object, and the signature must look
// random. Unsigned tokens (`alg: none`, or an empty signature) are not reported: anyone can mint them,
// so they grant nothing by themselves, and neither are tokens whose `exp` claim has passed: every
// verifier refuses them, and documentation and test fixtures are full of them (minio's STS guides
// show a dozen session tokens that expired in 2019). In test and documentation material, a token
// that an HMAC stand-in key (`secret`, jwt.io's `your-256-bit-secret`) verifies is a test vector.
// Five-segment JWE tokens are not matched.
const JWT = /(?<![\w-])(?<secret>eyJ[\w-]{8,2048}\.[\w-]{4,8192}\.(?<signature>[\w-]{32,1024}))(?![\w-]|\.[\w-])/;

/**
 * The jwt.io sample token's signature and claims (its subject 1234567890) that mark documentation tokens; and the
 * issuer of the Supabase CLI's local-development keys (`"iss":"supabase-demo"`): the anon and service_role keys every
 * `supabase start` prints and the self-hosting guide publishes, public as supabase-service-role-key judges them.
 */
const DOCUMENTATION = /SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c|"John Doe"|"sub":"1234567890"|example\.(?:com|org|net)\b|"iss":"supabase-demo"/;

function algorithm(token: string): string | undefined {
  const alg = decodeObject(token.slice(0, token.indexOf('.')))?.alg;
  return typeof alg === 'string' ? alg : undefined;
}

function isSignedJwt(token: string, m: RegExpExecArray): boolean {
  const alg = algorithm(token);
  const signature = m.groups?.signature ?? '';
  if (alg === undefined || alg.toLowerCase() === 'none') return false;
  if (isPlaceholder(signature) || shannonEntropy(signature) < 4) return false;
  const claims = decodeObject(token.split('.')[1] ?? '');
  return claims !== undefined && !hasExpired(claims) && !DOCUMENTATION.test(`${signature}${JSON.stringify(claims)}`);
}


const signedJwt: Detector = patternDetector({
  id: 'jwt',
  title: 'JSON Web Token',
  secrets: 'generated', // signed by code: the signature alone is 256+ bits
  severity: 'high',
  keywords: ['eyj'],
  pattern: JWT,
  allowPlaceholders: true, // base64url text can contain runs; the signature is checked instead
  validate: (token, m) => isSignedJwt(token, m),
  detail: (m) => `signed with ${algorithm(m.groups?.secret ?? '') ?? 'an unknown algorithm'}`,
  remediation:
    'Treat the token as leaked: revoke it or the session behind it (or rotate the signing key if it never ' +
    'expires), and pass tokens at run time from the environment or a secret store rather than committing them.',
  examples: {
    positive: [
      {
        text: '      name: "Authorization",\n      example:\n        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3MDkxMjM0NTZ9.qW3rT8yKpZ1vN6mXcB4sLdF7hJ2gA9eR0uY5iO3tPwE"',
        path: 'lib/app_web/controllers/event_controller.ex',
        why: "an API description's example field: the sample request its generated docs show, reported as sample material (context test)",
      },
      {
        text: '    @Schema(description = "Access token", example = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MTQyIiwiaWF0IjoxNzA5MTIzNDU2fQ.Zx8vB2nM5kQ1wE7rT4yU9iO0pA3sD6fG2hJ8kL1zXcV")',
        path: 'src/main/java/app/dto/TokenResponse.java',
        why: "springdoc's example attribute: sample material",
      },
      {
        text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJUMDIxTlYxcnVGIiwicm9sZSI6InNlcnZpY2UiLCJpYXQiOjE3MTcxNzE3MTd9.M792QmnPsUJdfgPjTPQzJe4e8eEpkCzQMD0u8Wsu9vP',
        path: 'logs/api-debug.log',
      },
      {
        text: 'SERVICE_TOKEN="eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwiLCJzdWIiOiJZTEw1MUczSWJTRlciLCJleHAiOjE4OTM0NTYwMDB9.emxCR7iKAeGAgCFE053KXK-kjIgQvOnBFxI4ttG09V2hjhXDxzf7KJWpy3HPycT9eaQvTy9FcoKH3LrvISRPQk"',
        why: 'ES256, kid header',
      },
      {
        text: '  <SessionToken>eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmVwb3J0cyIsImV4cCI6NDEwMjQ0NDgwMH0.mJID2ccBTjgrjzPRQ3dOmypsb1NOh9Taj9vYRSa2mEw</SessionToken>',
        path: 'docs/sts.md',
        why: 'expires in 2100',
      },
      { text: 'ADMIN_TOKEN="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJhZG1pbiJ9.MhJRSEcqSLM9d81bCkpYN_LZHuS0WmlcQzk7oVkZuN0"', path: 'deploy/.env.production', why: 'signed with a stand-in key: outside test material, anyone can forge such tokens' },
    ],
    negative: [
      {
        text: 'token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        why: 'the jwt.io sample token',
      },
      {
        text: 'Authorization: Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI2S0V4OTBaRTBwIiwiaWF0IjoxNzE3MTcxNzE3fQ.i9m04B20xtnfcnG3O7HQI8tUuk9Xg1PiqOeSDa-D4KV',
        why: 'alg none',
      },
      {
        text: 'Authorization: Bearer eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJJa3lRTTdoUkY3IiwiaWF0IjoxNzE3MTcxNzE3fQ.1aCcNsr6MPH9qDa5WckVUy8kQmclWi0JRgOgafq0lnZ',
        why: 'header has no alg',
      },
      {
        text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJUMDIxTlYxcnVGIiwicm9sZSI6InNlcnZpY2UiLCJpYXQiOjE3MTcxNzE3MTd9.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        why: 'placeholder signature',
      },
      { text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>', why: 'template' },
      { text: 'const adminToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJhZG1pbiJ9.MhJRSEcqSLM9d81bCkpYN_LZHuS0WmlcQzk7oVkZuN0";', path: 'src/__tests__/auth.test.ts', why: 'a test vector: HMAC-signed with the key "secret"' },
      { text: "$header = 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwicm9sZSI6ImFkbWluIn0.HEanLRtJLWBuF2ybs0tOvtpUzdA1gm0jj-F13KgOA4w';", path: 'src/Sanitizer.php', why: "the jwt.io sample's subject, 1234567890" },
      {
        text: '  <SessionToken>eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmVwb3J0cyIsImV4cCI6MTU2OTkxMDU1Mn0.krkjZ3Vc0VOCk559ISUhd590QHKT-ckwJskHZbCTyiY</SessionToken>',
        path: 'docs/sts.md',
        why: 'expired in 2019: no verifier accepts it',
      },
      { text: 'const header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";', why: 'header alone' },
      {
        text: "  service_key text := 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk5OTk5OTk5OX0.Vq3kT8wZpL2mXr7NcB5sHdF1jG9aY4eU0oI6tR3yPwQ';",
        path: 'supabase/migrations/20240301000000_storage.sql',
        why: "issued by supabase-demo: the Supabase CLI's published local-development key",
      },
    ],
  },
});

export const jwt: Detector = quietOnSamplesInTests(signedJwt, (token) => isSignedWithStandInKey(token, algorithm(token)));
