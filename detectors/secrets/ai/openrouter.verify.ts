import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/v1/key describes the key that calls it (label, limit, usage) and spends nothing.
// 200 with a "data" object: the key works, whatever credit it has left. 401: the key was deleted,
// disabled or never valid.
const HOST = 'openrouter.ai';

export const openrouterVerifier: Verifier = {
  id: 'openrouter',
  vendor: 'OpenRouter',
  detectors: ['openrouter-api-key'],
  hosts: [HOST],
  call: 'GET https://openrouter.ai/api/v1/key',
  requests: ({ secret }) => [get(HOST, '/api/v1/key', { authorization: `Bearer ${secret}` })],
  live: (a) => a.status === 200 && typeof field(a, 'data') === 'object' && field(a, 'data') !== null,
  revoked: [401],
};
