import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/1.0/users/me returns the user a personal access token acts for, wrapped in "data".
// 200 with the user's gid: the token works. 401 ("Not Authorized"): it was revoked or never valid.
// A 403 (a workspace that bars the API, a deactivated seat) says nothing sure about the token.
// The older 0/ form is a personal access token too: Asana keeps existing tokens working whatever
// their format, with the same Bearer header. (The API keys of Basic auth were retired in 2017.)
const HOST = 'app.asana.com';

export const asanaVerifier: Verifier = {
  id: 'asana',
  vendor: 'Asana',
  detectors: ['asana-personal-access-token', 'asana-legacy-token'],
  hosts: [HOST],
  call: 'GET https://app.asana.com/api/1.0/users/me',
  requests: ({ secret }) => [get(HOST, '/api/1.0/users/me', { authorization: `Bearer ${secret}`, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'data.gid') === 'string',
  revoked: [401],
};
