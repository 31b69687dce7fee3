import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v3/scopes lists the permissions of the key that calls it, whatever they are: 200 with a
// "scopes" list when the key works, 401 "authorization required" when it is deleted or never was.
// Keys of EU regional subusers live on api.eu.sendgrid.com, so the global host is asked first, then
// the EU one; the key is revoked only when both refuse it.
const HOSTS = ['api.sendgrid.com', 'api.eu.sendgrid.com'];

export const sendgridVerifier: Verifier = {
  id: 'sendgrid',
  vendor: 'SendGrid',
  detectors: ['sendgrid-api-key'],
  hosts: HOSTS,
  call: 'GET https://api.sendgrid.com/v3/scopes (then api.eu.sendgrid.com)',
  requests: ({ secret }) => HOSTS.map((host) => get(host, '/v3/scopes', { authorization: `Bearer ${secret}` })),
  live: (a) => a.status === 200 && Array.isArray(field(a, 'scopes')),
  revoked: [401],
};
