import { field, get } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// GET /v2/locations (ListLocations) reads the seller's locations and changes nothing. 200 with a
// JSON object: the token works; 403 INSUFFICIENT_SCOPES: an OAuth token without MERCHANT_PROFILE_READ,
// which still proves it works. 401 UNAUTHORIZED, ACCESS_TOKEN_EXPIRED or ACCESS_TOKEN_REVOKED: it
// does not. A Sandbox token has the same EAAA form as a production one, so production is asked
// first, then the Sandbox; the token counts as revoked only when both refuse it.
const HOSTS = ['connect.squareup.com', 'connect.squareupsandbox.com'];
const DEAD = new Set(['UNAUTHORIZED', 'ACCESS_TOKEN_EXPIRED', 'ACCESS_TOKEN_REVOKED']);

/** The code of the first error in Square's {"errors": [{"category", "code", "detail"}]}. */
function errorCode(a: Answer): unknown {
  const errors = field(a, 'errors');
  return Array.isArray(errors) && typeof errors[0] === 'object' && errors[0] !== null ? (errors[0] as Record<string, unknown>).code : undefined;
}

export const squareVerifier: Verifier = {
  id: 'square',
  vendor: 'Square',
  detectors: ['square-access-token'],
  hosts: HOSTS,
  call: 'GET https://connect.squareup.com/v2/locations (then the Sandbox host)',
  requests: ({ secret }) => HOSTS.map((host) => get(host, '/v2/locations', { authorization: `Bearer ${secret}`, accept: 'application/json' })),
  live: (a) => (a.status === 200 && typeof a.json === 'object' && a.json !== null && field(a, 'errors') === undefined) || (a.status === 403 && errorCode(a) === 'INSUFFICIENT_SCOPES'),
  revoked: (a) => a.status === 401 && DEAD.has(String(errorCode(a))),
};
