import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v2/access-token describes the token that made the request and needs no scope: 200 with the
// token's uuid and scopes when it works. 401 when Buildkite knows no such token (revoked, expired
// or never issued). A 403 from a token's allowed-IP list says nothing either way and stays unknown.
// The same path with DELETE revokes the token, so only GET is ever sent.
const HOST = 'api.buildkite.com';

export const buildkiteVerifier: Verifier = {
  id: 'buildkite',
  vendor: 'Buildkite',
  detectors: ['buildkite-api-token'],
  hosts: [HOST],
  call: 'GET https://api.buildkite.com/v2/access-token',
  requests: ({ secret }) => [get(HOST, '/v2/access-token', { authorization: `Bearer ${secret}`, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'uuid') === 'string',
  revoked: [401],
};
