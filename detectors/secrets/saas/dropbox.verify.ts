import { field } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// POST /2/users/get_current_account, an RPC call that takes no argument (so no body), returns the
// account the token acts for. 401 with error tag invalid_access_token or expired_access_token: the
// token no longer works (short-lived sl. tokens expire within hours). 401 missing_scope: the token
// works but lacks account_info.read, so it is live. Other 401 tags (a suspended user) stay unknown.
// Long-lived tokens (no sl. prefix) can no longer be made, but those issued still work until
// revoked, with the same Bearer header and the same answers.
const HOST = 'api.dropboxapi.com';

/** The AuthError tag of a 401 body: {"error": {".tag": "expired_access_token"}, ...}. */
function authTag(a: Answer): unknown {
  const error = field(a, 'error');
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)['.tag'] : undefined;
}

export const dropboxVerifier: Verifier = {
  id: 'dropbox',
  vendor: 'Dropbox',
  detectors: ['dropbox-access-token', 'dropbox-long-lived-token'],
  hosts: [HOST],
  call: 'POST https://api.dropboxapi.com/2/users/get_current_account (no body)',
  requests: ({ secret }) => [{ host: HOST, method: 'POST', path: '/2/users/get_current_account', headers: { authorization: `Bearer ${secret}` } }],
  live: (a) => (a.status === 200 && typeof field(a, 'account_id') === 'string') || (a.status === 401 && authTag(a) === 'missing_scope'),
  revoked: (a) => a.status === 401 && (authTag(a) === 'invalid_access_token' || authTag(a) === 'expired_access_token'),
};
