import { basic, field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v1/balance with the key as the Basic-auth user (no password) reads the account's balance and
// changes nothing. 200 with a balance object: the key works. 403 with an error object: a restricted
// key without permission for the balance, which still proves the key is live. 401 ("Invalid API
// Key provided", "Expired API Key provided"): rolled, deleted or never valid.
const HOST = 'api.stripe.com';

export const stripeVerifier: Verifier = {
  id: 'stripe',
  vendor: 'Stripe',
  detectors: ['stripe-secret-key', 'stripe-restricted-key', 'stripe-test-key'],
  hosts: [HOST],
  call: 'GET https://api.stripe.com/v1/balance (Basic auth: the key, no password)',
  requests: ({ secret }) => [get(HOST, '/v1/balance', { authorization: basic(secret, '') })],
  live: (a) => (a.status === 200 && field(a, 'object') === 'balance') || (a.status === 403 && typeof field(a, 'error.message') === 'string'),
  revoked: [401],
};
