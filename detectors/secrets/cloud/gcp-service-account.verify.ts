import { createPrivateKey, type KeyObject } from 'node:crypto';
import { signJwtRs256 } from '../../../src/verify/jwt.js';
import { field, notCheckable, postForm } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// A service-account key proves itself by signing a JWT-bearer assertion (RS256), which Google's
// token endpoint trades for a short-lived access token; nothing else changes. 200 with an
// access_token: the key works. 400 invalid_grant "Invalid JWT Signature.": Google no longer holds
// the key (deleted); "account not found", "has been deleted", "Robot is disabled": the account is
// gone or disabled. A clock refusal ("must be a short-lived token") is neither. The account's e-mail
// is read from the same file; the file's token_uri is never followed: the host is fixed.
const HOST = 'oauth2.googleapis.com';
const AUDIENCE = `https://${HOST}/token`;
const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** The narrowest scope that every account may ask for: the token is never used. */
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform.read-only';
const DEAD_GRANT = /Invalid JWT Signature|account not found|account has been deleted|Robot is disabled/i;

/** The PEM block as the key file holds it, its line breaks escaped as \n inside a JSON string. */
function readKey(secret: string): KeyObject | undefined {
  try {
    return createPrivateKey(secret.replace(/\\{1,4}r/g, '').replace(/\\{1,4}n/g, '\n'));
  } catch {
    return undefined;
  }
}

function refused(a: Answer): boolean {
  if (a.status !== 400 && a.status !== 401) return false;
  const error = field(a, 'error');
  const description = field(a, 'error_description');
  return (error === 'invalid_grant' && typeof description === 'string' && DEAD_GRANT.test(description)) || error === 'deleted_client' || error === 'disabled_client';
}

export const gcpServiceAccountVerifier: Verifier = {
  id: 'gcp-service-account',
  vendor: 'Google Cloud',
  detectors: ['gcp-service-account-key'],
  hosts: [HOST],
  call: 'POST https://oauth2.googleapis.com/token (JWT-bearer grant signed with the key; mints a short-lived token)',
  companions: {
    clientEmail: {
      pattern: /(?<![A-Za-z0-9._%+-])([a-z0-9][a-z0-9._-]{0,127}@[a-z0-9][a-z0-9.-]{0,127}\.gserviceaccount\.com)(?![A-Za-z0-9.-])/gi,
      describe: "the service account's e-mail (client_email, …gserviceaccount.com)",
    },
  },
  requests: ({ secret, companions, now }) => {
    const key = readKey(secret);
    if (key === undefined) return notCheckable('the private key cannot be read');
    if (key.asymmetricKeyType !== 'rsa') return notCheckable('Google accepts assertions signed with RSA keys only, and this key is not one');
    const iat = Math.floor(now.getTime() / 1000);
    const assertion = signJwtRs256({ iss: companions.clientEmail, scope: SCOPE, aud: AUDIENCE, iat, exp: iat + 3600 }, key);
    return [postForm(HOST, '/token', `grant_type=${encodeURIComponent(GRANT)}&assertion=${assertion}`, { accept: 'application/json' })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'access_token') === 'string',
  revoked: refused,
  revokedMeans: "refused for the service account named next to it: the key or the account deleted or disabled, or the key is not that account's",
};
