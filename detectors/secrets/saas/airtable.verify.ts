import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v0/meta/whoami returns the id (usr…) of the user a personal access token acts for, and it
// needs no scope, so every working token gets a 200 with that id whatever bases it was given.
// 401 AUTHENTICATION_REQUIRED: the token was deleted, has expired or never existed.
const HOST = 'api.airtable.com';

export const airtableVerifier: Verifier = {
  id: 'airtable',
  vendor: 'Airtable',
  detectors: ['airtable-personal-access-token'],
  hosts: [HOST],
  call: 'GET https://api.airtable.com/v0/meta/whoami',
  requests: ({ secret }) => [get(HOST, '/v0/meta/whoami', { authorization: `Bearer ${secret}` })],
  live: (a) => a.status === 200 && typeof field(a, 'id') === 'string',
  revoked: [401],
};
