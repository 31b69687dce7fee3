import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v1/account returns the user or organisation an API token belongs to ({"type", "username"})
// and runs nothing. 200 with a username: the token works. 401: it was disabled or never valid.
const HOST = 'api.replicate.com';

export const replicateVerifier: Verifier = {
  id: 'replicate',
  vendor: 'Replicate',
  detectors: ['replicate-api-token'],
  hosts: [HOST],
  call: 'GET https://api.replicate.com/v1/account',
  requests: ({ secret }) => [get(HOST, '/v1/account', { authorization: `Bearer ${secret}` })],
  live: (a) => a.status === 200 && typeof field(a, 'username') === 'string',
  revoked: [401],
};
