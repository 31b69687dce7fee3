import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET / (Get Workspace) returns the workspace a Public API token belongs to, as
// {"data": {"workspace": {"id", "name", "slug"}}}. 401: the token is missing, invalid or revoked.
// A workspace lives in the US or the EU region, each with its own host, so the US host is asked
// first, then the EU one; the token counts as revoked only when both refuse it.
const HOSTS = ['api.segmentapis.com', 'eu1.api.segmentapis.com'];

export const segmentVerifier: Verifier = {
  id: 'segment',
  vendor: 'Segment',
  detectors: ['segment-public-api-token'],
  hosts: HOSTS,
  call: 'GET https://api.segmentapis.com/ (then eu1.api.segmentapis.com)',
  requests: ({ secret }) => HOSTS.map((host) => get(host, '/', { authorization: `Bearer ${secret}` })),
  live: (a) => a.status === 200 && typeof field(a, 'data.workspace.id') === 'string',
  revoked: [401],
};
