import { field, get } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// GET /v1/models lists the models a key may use; an Admin key (sk-admin-) is refused there and is asked
// GET /v1/organization/projects?limit=1 instead. 200 with a list: the key works. A restricted key that
// lacks the scope is told "insufficient permissions ... Missing scopes" (401 or 403): it works too.
// 401 with code invalid_api_key ("Incorrect API key provided"): deleted, revoked or never valid.
// Other 401s (an IP allow-list, a user who left the organisation) say nothing about the key: unknown.
const HOST = 'api.openai.com';

function lacksScope(a: Answer): boolean {
  const message = field(a, 'error.message');
  return (a.status === 401 || a.status === 403) && typeof message === 'string' && /insufficient permissions|missing scopes/i.test(message);
}

export const openaiVerifier: Verifier = {
  id: 'openai',
  vendor: 'OpenAI',
  detectors: ['openai-api-key'],
  hosts: [HOST],
  call: 'GET https://api.openai.com/v1/models (Admin keys: GET /v1/organization/projects?limit=1)',
  requests: ({ secret }) => [
    get(HOST, secret.startsWith('sk-admin-') ? '/v1/organization/projects?limit=1' : '/v1/models', { authorization: `Bearer ${secret}` }),
  ],
  live: (a) => (a.status === 200 && field(a, 'object') === 'list') || lacksScope(a),
  revoked: (a) => a.status === 401 && field(a, 'error.code') === 'invalid_api_key',
};
