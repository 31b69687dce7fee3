import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// GET /v3/account reads the account the API key (xkeysib-, sent in the api-key header) belongs to:
// 200 with its e-mail and plan when the key works, 401 ("Key not found") when it is deleted or
// never was. Brevo also answers 401 to a working key called from an IP address the account has not
// authorised; that answer names the address and says nothing of the key, so it stays unknown. An
// SMTP key (xsmtpsib-) is only the SMTP relay's password: the REST API does not take it.
const HOST = 'api.brevo.com';

const refusesIp = (a: Answer): boolean => /\bIP\b/.test(String(field(a, 'message')));

export const brevoVerifier: Verifier = {
  id: 'brevo',
  vendor: 'Brevo',
  detectors: ['brevo-api-key'],
  hosts: [HOST],
  call: 'GET https://api.brevo.com/v3/account',
  requests: ({ secret }) =>
    secret.startsWith('xsmtpsib-')
      ? notCheckable('an SMTP key is accepted only as the password of the SMTP relay, not by the REST API')
      : [get(HOST, '/v3/account', { 'api-key': secret, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'email') === 'string',
  revoked: (a) => a.status === 401 && !refusesIp(a),
};
