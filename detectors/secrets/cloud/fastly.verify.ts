import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /tokens/self ("Get the current token") returns the metadata of the API token sent in the
// Fastly-Key header: 200 with its id, scope and expiry when it works, 403 when it works but its
// scope does not reach the call. 401 when the token is revoked, expired or never was.
const HOST = 'api.fastly.com';

export const fastlyVerifier: Verifier = {
  id: 'fastly',
  vendor: 'Fastly',
  detectors: ['fastly-api-token'],
  hosts: [HOST],
  call: 'GET https://api.fastly.com/tokens/self',
  requests: ({ secret }) => [get(HOST, '/tokens/self', { 'fastly-key': secret, accept: 'application/json' })],
  live: (a) => (a.status === 200 && typeof field(a, 'id') === 'string') || a.status === 403,
  revoked: [401],
};
