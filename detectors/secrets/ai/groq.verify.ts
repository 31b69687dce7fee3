import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /openai/v1/models lists the models a key may use and spends nothing. 200 with a list: the key
// works. 401 (invalid_api_key): it was deleted or never valid. Any other refusal says nothing sure
// about the key and stays unknown.
const HOST = 'api.groq.com';

export const groqVerifier: Verifier = {
  id: 'groq',
  vendor: 'Groq',
  detectors: ['groq-api-key'],
  hosts: [HOST],
  call: 'GET https://api.groq.com/openai/v1/models',
  requests: ({ secret }) => [get(HOST, '/openai/v1/models', { authorization: `Bearer ${secret}` })],
  live: (a) => a.status === 200 && field(a, 'object') === 'list',
  revoked: [401],
};
