import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v1/user/self/ gives a brief of the user the request is made as, and changes nothing. It also
// answers anonymous callers, so only a body saying "authenticated": true proves the key works. An
// invalid key in the X-Api-Key header is refused with 401: the key was refreshed (which disables
// the old one) or never was.
const HOST = 'api.cloudsmith.io';

export const cloudsmithVerifier: Verifier = {
  id: 'cloudsmith',
  vendor: 'Cloudsmith',
  detectors: ['cloudsmith-api-key'],
  hosts: [HOST],
  call: 'GET https://api.cloudsmith.io/v1/user/self/ (X-Api-Key header)',
  requests: ({ secret }) => [get(HOST, '/v1/user/self/', { 'x-api-key': secret, accept: 'application/json' })],
  live: (a) => a.status === 200 && field(a, 'authenticated') === true,
  revoked: [401],
};
