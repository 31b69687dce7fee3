import { field, postJson } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// POST /graphql (NerdGraph) with the key in the API-Key header and the read-only query
// { actor { user { id } } }: 200 with data.actor.user.id means the key works. 401 (BAD_API_KEY)
// means this region does not know it. A user key lives in the US or the EU region, so the US host
// is asked first, then the EU one; the key counts as revoked only when both refuse it.
const HOSTS = ['api.newrelic.com', 'api.eu.newrelic.com'];
const QUERY = { query: '{ actor { user { id } } }' };

export const newRelicVerifier: Verifier = {
  id: 'new-relic',
  vendor: 'New Relic',
  detectors: ['new-relic-user-api-key'],
  hosts: HOSTS,
  call: 'POST https://api.newrelic.com/graphql { actor { user { id } } } (then the EU host)',
  requests: ({ secret }) => HOSTS.map((host) => postJson(host, '/graphql', QUERY, { 'api-key': secret, accept: 'application/json' })),
  live: (a) => {
    const id = field(a, 'data.actor.user.id');
    return a.status === 200 && (typeof id === 'number' || typeof id === 'string');
  },
  revoked: [401],
};
