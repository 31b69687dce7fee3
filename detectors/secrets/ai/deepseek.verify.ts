import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /user/balance reads the balance of the account behind a key and spends nothing. 200 with
// is_available (true or false: an empty balance still proves the key) means the key works. 401
// ("Authentication Fails"): a wrong or deleted key. A 402 (balance used up) is no verdict on the key.
const HOST = 'api.deepseek.com';

export const deepseekVerifier: Verifier = {
  id: 'deepseek',
  vendor: 'DeepSeek',
  detectors: ['deepseek-api-key'],
  hosts: [HOST],
  call: 'GET https://api.deepseek.com/user/balance',
  requests: ({ secret }) => [get(HOST, '/user/balance', { authorization: `Bearer ${secret}`, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'is_available') === 'boolean',
  revoked: [401],
};
