import { field, postJson } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// Mailchimp Transactional (Mandrill) takes the key in the JSON body of every call. POST
// /api/1.0/users/ping2 only checks it and answers {"PING": "PONG!"}: the key works. An error body
// named Invalid_Key says the key is deleted or never was; it usually comes with HTTP 500, so the
// body decides, not the status. Any other error (PaymentRequired, ServiceUnavailable) is neither.
const HOST = 'mandrillapp.com';

export const mandrillVerifier: Verifier = {
  id: 'mandrill',
  vendor: 'Mandrill (Mailchimp Transactional)',
  detectors: ['mandrill-api-key'],
  hosts: [HOST],
  call: 'POST https://mandrillapp.com/api/1.0/users/ping2 (the key in the JSON body)',
  requests: ({ secret }) => [postJson(HOST, '/api/1.0/users/ping2', { key: secret }, { accept: 'application/json' })],
  live: (a) => a.status === 200 && field(a, 'PING') === 'PONG!',
  revoked: (a) => a.status >= 400 && field(a, 'status') === 'error' && field(a, 'name') === 'Invalid_Key',
};
