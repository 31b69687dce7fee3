import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /-/whoami on the public registry, with the token as a bearer: 200 and the token owner's
// username when it works (granular, automation and classic tokens alike, read-only or not).
// 401 when the registry knows no such token: revoked, expired or never issued. Other answers
// (a 403 from an IP allow-list, a 5xx) say nothing about the token and stay unknown.
const HOST = 'registry.npmjs.org';

export const npmVerifier: Verifier = {
  id: 'npm',
  vendor: 'npm',
  detectors: ['npm-token', 'npm-legacy-auth-token'],
  hosts: [HOST],
  call: 'GET https://registry.npmjs.org/-/whoami',
  requests: ({ secret }) => [get(HOST, '/-/whoami', { authorization: `Bearer ${secret}`, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'username') === 'string',
  revoked: [401],
};
