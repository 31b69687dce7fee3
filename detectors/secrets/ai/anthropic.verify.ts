import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// An API key is asked GET /v1/models, an Admin key (sk-admin01-) GET /v1/organizations/me, both with
// x-api-key and anthropic-version. 200 (a model list, or the organisation): the key works; 403
// permission_error: it works but may not read that resource. 401 authentication_error: the key is
// malformed, revoked or expired. Claude Code's OAuth tokens (sk-ant-oat01-) are not checked: the API
// documents no read-only call for them.
const HOST = 'api.anthropic.com';
const VERSION = '2023-06-01';

export const anthropicVerifier: Verifier = {
  id: 'anthropic',
  vendor: 'Anthropic',
  detectors: ['anthropic-api-key'],
  hosts: [HOST],
  call: 'GET https://api.anthropic.com/v1/models (Admin keys: GET /v1/organizations/me)',
  requests: ({ secret }) => {
    if (secret.startsWith('sk-ant-oat01-')) return notCheckable('a Claude Code OAuth token has no documented read-only check in the Claude API');
    const path = secret.startsWith('sk-ant-admin01-') ? '/v1/organizations/me' : '/v1/models';
    return [get(HOST, path, { 'x-api-key': secret, 'anthropic-version': VERSION })];
  },
  live: (a) =>
    (a.status === 200 && (Array.isArray(field(a, 'data')) || field(a, 'type') === 'organization')) ||
    (a.status === 403 && field(a, 'error.type') === 'permission_error'),
  revoked: (a) => a.status === 401 && field(a, 'error.type') === 'authentication_error',
};
