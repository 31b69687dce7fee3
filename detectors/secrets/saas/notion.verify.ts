import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v1/users/me returns the bot user behind an integration token (ntn_ and the older secret_
// alike): 200 when the token works, and 403 restricted_resource when it works but lacks a
// capability. 401 "unauthorized": the token is not valid (refreshed, deleted or never issued).
// Notion wants a Notion-Version header on every call; without it the answer is a 400.
const HOST = 'api.notion.com';

export const notionVerifier: Verifier = {
  id: 'notion',
  vendor: 'Notion',
  detectors: ['notion-integration-token', 'notion-legacy-token'],
  hosts: [HOST],
  call: 'GET https://api.notion.com/v1/users/me',
  requests: ({ secret }) => [get(HOST, '/v1/users/me', { authorization: `Bearer ${secret}`, 'notion-version': '2022-06-28', accept: 'application/json' })],
  live: (a) => (a.status === 200 && field(a, 'object') === 'user') || (a.status === 403 && a.body.includes('restricted_resource')),
  revoked: [401],
};
