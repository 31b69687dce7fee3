import { bodyHas, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/v1/gems.json lists the gems of the key's owner (the key alone in the Authorization
// header). 200 with a list: the key works. RubyGems.org refuses a key it does not know, or one
// past its expiry, with 401 ("Access Denied…"), and a key it invalidated (soft-deleted when its
// gem changed hands) with 403 "An invalid API key cannot be used": both mean revoked. A key
// without the index_rubygems scope, or a trusted-publishing key with no user behind it, gets 403
// too, with its own text: the key works. Any other answer stays unknown.
const HOST = 'rubygems.org';

export const rubygemsVerifier: Verifier = {
  id: 'rubygems',
  vendor: 'RubyGems.org',
  detectors: ['rubygems-api-key'],
  hosts: [HOST],
  call: 'GET https://rubygems.org/api/v1/gems.json',
  requests: ({ secret }) => [get(HOST, '/api/v1/gems.json', { authorization: secret, accept: 'application/json' })],
  live: (a) =>
    (a.status === 200 && Array.isArray(a.json)) ||
    (a.status === 403 && (bodyHas(a, 'cannot perform the specified action') || bodyHas(a, "doesn't have access"))),
  revoked: (a) => a.status === 401 || (a.status === 403 && bodyHas(a, 'An invalid API key cannot be used')),
};
