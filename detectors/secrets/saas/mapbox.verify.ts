import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /tokens/v2?access_token=… (Retrieve a token) reports on the very token it is given and needs
// no scope. Its "code" decides: TokenValid means the token works; TokenInvalid, TokenExpired,
// TokenRevoked or TokenMalformed (sent with a 200 or a 401) means it does not. The Tokens API takes
// the token only in the query string, as Mapbox documents; it goes to api.mapbox.com and nowhere else.
const HOST = 'api.mapbox.com';
const DEAD = new Set(['TokenInvalid', 'TokenExpired', 'TokenRevoked', 'TokenMalformed']);

export const mapboxVerifier: Verifier = {
  id: 'mapbox',
  vendor: 'Mapbox',
  detectors: ['mapbox-secret-token'],
  hosts: [HOST],
  call: 'GET https://api.mapbox.com/tokens/v2 (the token in access_token)',
  requests: ({ secret }) => [get(HOST, `/tokens/v2?access_token=${encodeURIComponent(secret)}`, { accept: 'application/json' })],
  live: (a) => a.status === 200 && field(a, 'code') === 'TokenValid',
  revoked: (a) => (a.status === 200 || a.status === 401) && DEAD.has(String(field(a, 'code'))),
};
