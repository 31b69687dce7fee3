import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /me ("Identify an admin") returns the admin the access token acts for, with its workspace:
// 200 with "type": "admin" when the token works, 401 (error.list, "unauthorized") when it is
// revoked or never was. Workspaces hosted in Europe or Australia answer only on api.eu.intercom.io
// or api.au.intercom.io, so the US host is asked first, then the others; the token is revoked only
// when all three refuse it.
const HOSTS = ['api.intercom.io', 'api.eu.intercom.io', 'api.au.intercom.io'];

export const intercomVerifier: Verifier = {
  id: 'intercom',
  vendor: 'Intercom',
  detectors: ['intercom-access-token'],
  hosts: HOSTS,
  call: 'GET https://api.intercom.io/me (then the EU and AU hosts)',
  requests: ({ secret }) => HOSTS.map((host) => get(host, '/me', { authorization: `Bearer ${secret}`, accept: 'application/json' })),
  live: (a) => a.status === 200 && field(a, 'type') === 'admin',
  revoked: [401],
};
