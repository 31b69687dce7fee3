import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/whoami-v2 on the Hub names the user, organisation or app a token belongs to: 200 with
// a name when the token works, whatever its role. 401 "Invalid credentials in Authorization header"
// when it was invalidated, deleted or never existed (legacy api_org_ tokens that no longer work too).
const HOST = 'huggingface.co';

export const huggingfaceVerifier: Verifier = {
  id: 'huggingface',
  vendor: 'Hugging Face',
  detectors: ['huggingface-token'],
  hosts: [HOST],
  call: 'GET https://huggingface.co/api/whoami-v2',
  requests: ({ secret }) => [get(HOST, '/api/whoami-v2', { authorization: `Bearer ${secret}` })],
  live: (a) => a.status === 200 && typeof field(a, 'name') === 'string',
  revoked: [401],
};
