import { field, get } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// GET /users/me on the Content Management API returns the user a personal access token (CFPAT-)
// belongs to, with sys.type "User". A token that is revoked, expired or unknown gets the error
// AccessTokenInvalid (401). An organization with EU data residency keeps its users in the EU, on
// api.eu.contentful.com, so that host is asked after the default one; the token counts as revoked
// only when both refuse it.
const HOSTS = ['api.contentful.com', 'api.eu.contentful.com'];

/** Contentful's errors: {"sys": {"type": "Error", "id": "AccessTokenInvalid"}, "message": …}. */
const tokenInvalid = (a: Answer): boolean => a.status === 401 || (field(a, 'sys.type') === 'Error' && field(a, 'sys.id') === 'AccessTokenInvalid');

export const contentfulVerifier: Verifier = {
  id: 'contentful',
  vendor: 'Contentful',
  detectors: ['contentful-personal-access-token'],
  hosts: HOSTS,
  call: 'GET https://api.contentful.com/users/me (then api.eu.contentful.com)',
  requests: ({ secret }) => HOSTS.map((host) => get(host, '/users/me', { authorization: `Bearer ${secret}`, accept: 'application/json' })),
  live: (a) => a.status === 200 && field(a, 'sys.type') === 'User' && typeof field(a, 'sys.id') === 'string',
  revoked: tokenInvalid,
};
