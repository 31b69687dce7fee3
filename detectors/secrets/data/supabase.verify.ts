import { get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v1/projects (Management API) lists the projects a personal access token can see and
// changes nothing. 200 with a list (empty or not): the token works. 403 with an error body: the
// token was accepted but may not list projects (a scoped sbp_ token), which still proves it works.
// 401: revoked, expired or never valid.
const HOST = 'api.supabase.com';

export const supabaseVerifier: Verifier = {
  id: 'supabase',
  vendor: 'Supabase',
  detectors: ['supabase-access-token'],
  hosts: [HOST],
  call: 'GET https://api.supabase.com/v1/projects',
  requests: ({ secret }) => [get(HOST, '/v1/projects', { authorization: `Bearer ${secret}`, accept: 'application/json' })],
  live: (a) => (a.status === 200 && Array.isArray(a.json)) || (a.status === 403 && a.json !== undefined),
  revoked: [401],
};
