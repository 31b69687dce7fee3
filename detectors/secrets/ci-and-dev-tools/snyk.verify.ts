import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /rest/self ("Authorization: token …") returns the user or service account behind the token:
// 200 with its id when it works, 401 when Snyk does not know it (revoked, regenerated or never
// issued). A token works only in its own region, so the regional hosts are asked in turn (US-01,
// US-02, EU, AU): the first that knows it decides, and it is revoked only when all four refuse it.
const HOSTS = ['api.snyk.io', 'api.us.snyk.io', 'api.eu.snyk.io', 'api.au.snyk.io'];
/** A released REST API version, so the answer's shape does not drift. */
const VERSION = '2024-10-15';

export const snykVerifier: Verifier = {
  id: 'snyk',
  vendor: 'Snyk',
  detectors: ['snyk-api-token'],
  hosts: HOSTS,
  call: 'GET https://api.snyk.io/rest/self (then the US-02, EU and AU hosts)',
  requests: ({ secret }) => HOSTS.map((host) => get(host, `/rest/self?version=${VERSION}`, { authorization: `token ${secret}`, accept: 'application/vnd.api+json' })),
  live: (a) => a.status === 200 && typeof field(a, 'data.id') === 'string',
  revoked: [401],
};
