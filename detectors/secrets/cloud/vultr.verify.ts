import { field, get } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// GET /v2/account returns the balance and contact of the account the API key belongs to: 200 with
// "account" when the key works, 403 when it works but may not read the account. 401 when the key
// is regenerated or never was. A key limited to some IP addresses is refused from the others with
// an error that names the address, not the key: that answer stays unknown.
const HOST = 'api.vultr.com';

const refusesIp = (a: Answer): boolean => /\bIP\b/.test(String(field(a, 'error')));

export const vultrVerifier: Verifier = {
  id: 'vultr',
  vendor: 'Vultr',
  detectors: ['vultr-api-key'],
  hosts: [HOST],
  call: 'GET https://api.vultr.com/v2/account',
  requests: ({ secret }) => [get(HOST, '/v2/account', { authorization: `Bearer ${secret}` })],
  live: (a) => (a.status === 200 && typeof field(a, 'account') === 'object' && field(a, 'account') !== null) || (a.status === 403 && !refusesIp(a)),
  revoked: (a) => a.status === 401 && !refusesIp(a),
};
