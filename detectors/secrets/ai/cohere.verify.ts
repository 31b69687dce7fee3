import { field } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// POST /v1/check-api-key (no body) exists to say whether the key in the Authorization header is
// valid and active; it runs no model. 200 {"valid": true}: the key works; {"valid": false}: it does
// not. 401 ("invalid api token", or an expired trial key): deleted, expired or never valid.
const HOST = 'api.cohere.com';

export const cohereVerifier: Verifier = {
  id: 'cohere',
  vendor: 'Cohere',
  detectors: ['cohere-api-key'],
  hosts: [HOST],
  call: 'POST https://api.cohere.com/v1/check-api-key',
  requests: ({ secret }) => [{ host: HOST, method: 'POST', path: '/v1/check-api-key', headers: { authorization: `Bearer ${secret}`, accept: 'application/json' } }],
  live: (a) => a.status === 200 && field(a, 'valid') === true,
  revoked: (a) => a.status === 401 || (a.status === 200 && field(a, 'valid') === false),
};
