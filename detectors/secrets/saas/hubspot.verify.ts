import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /account-info/v3/details returns the account (portalId, time zone, currency) a private app
// token belongs to. 200 with a portalId: the token works. 403 with an error message: it works but
// lacks the permission for this call. 401 (INVALID_AUTHENTICATION): the token was rotated, deleted
// or never valid; HubSpot also deactivates tokens it finds published on GitHub.
const HOST = 'api.hubapi.com';

export const hubspotVerifier: Verifier = {
  id: 'hubspot',
  vendor: 'HubSpot',
  detectors: ['hubspot-private-app-token'],
  hosts: [HOST],
  call: 'GET https://api.hubapi.com/account-info/v3/details',
  requests: ({ secret }) => [get(HOST, '/account-info/v3/details', { authorization: `Bearer ${secret}`, accept: 'application/json' })],
  live: (a) => (a.status === 200 && typeof field(a, 'portalId') === 'number') || (a.status === 403 && typeof field(a, 'message') === 'string'),
  revoked: [401],
};
