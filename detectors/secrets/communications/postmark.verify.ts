import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// Postmark's tokens are bare UUIDs, and a server token and an account token look alike, so both
// read-only calls are tried: GET /server (X-Postmark-Server-Token) returns the server's settings,
// GET /servers?count=1&offset=0 (X-Postmark-Account-Token) lists the account's servers. 200 when
// the token works; 401 when the header holds a token Postmark does not know. The token is revoked
// only when both refuse it.
const HOST = 'api.postmarkapp.com';

export const postmarkVerifier: Verifier = {
  id: 'postmark',
  vendor: 'Postmark',
  detectors: ['postmark-server-token'],
  hosts: [HOST],
  call: 'GET https://api.postmarkapp.com/server (server token), then GET /servers (account token)',
  requests: ({ secret }) => [
    get(HOST, '/server', { 'x-postmark-server-token': secret, accept: 'application/json' }),
    get(HOST, '/servers?count=1&offset=0', { 'x-postmark-account-token': secret, accept: 'application/json' }),
  ],
  live: (a) => a.status === 200 && (typeof field(a, 'ID') === 'number' || Array.isArray(field(a, 'Servers'))),
  revoked: [401],
};
