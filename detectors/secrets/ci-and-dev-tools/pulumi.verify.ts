import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/user on Pulumi Cloud, with "Authorization: token …": 200 with the token's user (for a
// team or organization token, the organization it stands for) when it works; 401 when the token
// is missing, deleted or never existed. Only the managed service is asked (self-hosted Pulumi
// Cloud has its own API host, which no file tells us reliably).
const HOST = 'api.pulumi.com';

export const pulumiVerifier: Verifier = {
  id: 'pulumi',
  vendor: 'Pulumi Cloud',
  detectors: ['pulumi-access-token'],
  hosts: [HOST],
  call: 'GET https://api.pulumi.com/api/user',
  requests: ({ secret }) => [get(HOST, '/api/user', { authorization: `token ${secret}`, accept: 'application/vnd.pulumi+8', 'content-type': 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'githubLogin') === 'string',
  revoked: [401],
};
