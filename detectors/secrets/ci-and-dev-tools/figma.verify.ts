import { field, get } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// GET /v1/me (X-Figma-Token header) returns the token's user: 200 with its id when it works. Figma
// answers every refusal with 403 and a short "err" text, so the text decides: "Invalid token"
// means Figma does not take the token (revoked, expired or never issued); an error about scopes
// means the token works but was not given current_user:read. Any other 403 stays unknown.
const HOST = 'api.figma.com';

/** The error text of a Figma refusal, lowercased. */
function err(a: Answer): string {
  const text = field(a, 'err');
  return typeof text === 'string' ? text.toLowerCase() : '';
}

export const figmaVerifier: Verifier = {
  id: 'figma',
  vendor: 'Figma',
  detectors: ['figma-personal-access-token'],
  hosts: [HOST],
  call: 'GET https://api.figma.com/v1/me',
  requests: ({ secret }) => [get(HOST, '/v1/me', { 'x-figma-token': secret, accept: 'application/json' })],
  live: (a) => (a.status === 200 && typeof field(a, 'id') === 'string') || (a.status === 403 && err(a).includes('scope')),
  revoked: (a) => a.status === 403 && err(a) === 'invalid token',
};
