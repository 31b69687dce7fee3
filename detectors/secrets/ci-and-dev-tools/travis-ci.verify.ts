import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// API v3 on api.travis-ci.com: GET /user ("Authorization: token …", Travis-API-Version: 3) returns
// the token's user, "@type": "user", when it works. A token Travis does not know is refused with
// 403 and error_type "wrong_credentials" ("access denied"); other 403s (login_required,
// insufficient_access) do not judge the token and stay unknown. travis-ci.org is closed, and
// Travis CI Enterprise hosts are not asked.
const HOST = 'api.travis-ci.com';

export const travisCiVerifier: Verifier = {
  id: 'travis-ci',
  vendor: 'Travis CI',
  detectors: ['travis-ci-token'],
  hosts: [HOST],
  call: 'GET https://api.travis-ci.com/user (API v3)',
  requests: ({ secret }) => [get(HOST, '/user', { authorization: `token ${secret}`, 'travis-api-version': '3', accept: 'application/json' })],
  live: (a) => a.status === 200 && field(a, '@type') === 'user',
  revoked: (a) => a.status === 403 && field(a, 'error_type') === 'wrong_credentials',
};
