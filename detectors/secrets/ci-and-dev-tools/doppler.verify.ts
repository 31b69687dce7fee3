import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v3/me describes whatever token made the request (personal, CLI, service account or a
// config's service token): 200 with its type, name and workplace when it works, 401 ("Invalid Auth
// token") when Doppler does not know it, or it was revoked or expired. SCIM and audit tokens are
// made for their own APIs (the SCIM one lives at a per-workplace base URI) and /v3/me is not
// documented for them, so those two are left not checkable.
const HOST = 'api.doppler.com';

/** The token kinds /v3/me answers for: the text between 'dp.' and the next dot. */
const CHECKABLE = new Set(['pt', 'ct', 'sa', 'st']);

/** Why the other kinds have no check. */
const UNCHECKABLE: Readonly<Record<string, string>> = {
  scim: "a SCIM token is accepted only at the workplace's own SCIM base URI",
  audit: 'an audit token is meant for the audit API only, which documents no check of the token itself',
};

export const dopplerVerifier: Verifier = {
  id: 'doppler',
  vendor: 'Doppler',
  detectors: ['doppler-token', 'doppler-service-token'],
  hosts: [HOST],
  call: 'GET https://api.doppler.com/v3/me',
  requests: ({ secret }) => {
    const kind = secret.split('.')[1] ?? '';
    if (!CHECKABLE.has(kind)) return notCheckable(UNCHECKABLE[kind] ?? 'this kind of Doppler token has no read-only check');
    return [get(HOST, '/v3/me', { authorization: `Bearer ${secret}`, accept: 'application/json' })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'type') === 'string',
  revoked: [401],
};
