import { basic, field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// Dropbox Sign (HelloSign) takes an API key as the user name of HTTP Basic auth, with an empty
// password. GET /v3/account returns the key's account and changes nothing: 200 with an
// account_id when the key works, 401 when it was deleted or never valid. The 64-hex form is the API
// key the settings page shows; the other form the detector knows is also tried as an OAuth
// access token (Bearer), so it counts as revoked only when both ways are refused.
const HOST = 'api.hellosign.com';

export const hellosignVerifier: Verifier = {
  id: 'hellosign',
  vendor: 'Dropbox Sign',
  detectors: ['hellosign-api-key'],
  hosts: [HOST],
  call: 'GET https://api.hellosign.com/v3/account (Basic auth: the key as user name)',
  requests: ({ secret }) => {
    const asKey = get(HOST, '/v3/account', { authorization: basic(secret, ''), accept: 'application/json' });
    if (/^[0-9a-f]{64}$/i.test(secret)) return [asKey];
    return [asKey, get(HOST, '/v3/account', { authorization: `Bearer ${secret}`, accept: 'application/json' })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'account.account_id') === 'string',
  revoked: [401],
};
