import { get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /account (Platform API, version 3) returns the key owner's account: 200 when the key works,
// 403 when it works but its scope does not cover the account. 401 "unauthorized" (Invalid
// credentials provided) for a revoked, expired or never valid key. Both the HRKU-AA keys and the
// older UUID keys are sent as a Bearer token.
const HOST = 'api.heroku.com';

export const herokuVerifier: Verifier = {
  id: 'heroku',
  vendor: 'Heroku',
  detectors: ['heroku-api-key-v2', 'heroku-api-key'],
  hosts: [HOST],
  call: 'GET https://api.heroku.com/account',
  requests: ({ secret }) => [get(HOST, '/account', { authorization: `Bearer ${secret}`, accept: 'application/vnd.heroku+json; version=3' })],
  live: [200, 403],
  revoked: [401],
};
