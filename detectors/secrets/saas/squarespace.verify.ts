import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// A Commerce API key belongs to one website, and GET /1.0/authorization/website (the Authorization
// API) names that website; it needs no permission beyond the key itself and changes nothing. 200
// with the website's id when the key works; 401 when it was revoked or never valid. Squarespace
// wants a User-Agent on every request, which the transport always sends.
const HOST = 'api.squarespace.com';

export const squarespaceVerifier: Verifier = {
  id: 'squarespace',
  vendor: 'Squarespace',
  detectors: ['squarespace-api-key'],
  hosts: [HOST],
  call: 'GET https://api.squarespace.com/1.0/authorization/website',
  requests: ({ secret }) => [get(HOST, '/1.0/authorization/website', { authorization: `Bearer ${secret}`, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'id') === 'string',
  revoked: [401],
};
