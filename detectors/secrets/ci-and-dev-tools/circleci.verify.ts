import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/v2/me (Circle-Token header) names the user a personal API token belongs to: 200 with
// the user's id and login when it works, 401 ("You must log in first.") when CircleCI does not
// take it. API v2 takes personal tokens only. A CCIPAT_ token is always personal, but an older
// 40-hex token may also be a project token, which v2 refuses just the same; project tokens are
// checked only against a named project, so for those a refusal is reported with that caveat.
const HOST = 'circleci.com';

export const circleciVerifier: Verifier = {
  id: 'circleci',
  vendor: 'CircleCI',
  detectors: ['circleci-personal-token', 'circleci-api-token'],
  hosts: [HOST],
  call: 'GET https://circleci.com/api/v2/me',
  requests: ({ secret }) => [get(HOST, '/api/v2/me', { 'circle-token': secret, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'id') === 'string',
  revoked: [401],
  revokedMeans: 'refused by API v2: revoked or expired (an older 40-hex token may instead be a project token, which API v2 does not take)',
};
