import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/v1/user returns the Netlify user the access token belongs to. Personal access tokens
// (nfp_ and the older unprefixed ones) and OAuth tokens all go as a Bearer token. 200 with the
// user's id when the token works; 401 when it is revoked, expired or never was.
const HOST = 'api.netlify.com';

export const netlifyVerifier: Verifier = {
  id: 'netlify',
  vendor: 'Netlify',
  detectors: ['netlify-access-token'],
  hosts: [HOST],
  call: 'GET https://api.netlify.com/api/v1/user',
  requests: ({ secret }) => [get(HOST, '/api/v1/user', { authorization: `Bearer ${secret}` })],
  live: (a) => a.status === 200 && typeof field(a, 'id') === 'string',
  revoked: [401],
};
