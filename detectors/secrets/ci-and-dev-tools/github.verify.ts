import { get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /user (REST API): 200 for a user's token; a GitHub App installation token (ghs_) is refused
// that one resource with 403 "Resource not accessible by integration", which still proves it works.
// 401 "Bad credentials" for a revoked, expired or never valid token. A 403 with no requests left is
// the rate limit, not a verdict.
export const githubVerifier: Verifier = {
  id: 'github',
  vendor: 'GitHub',
  detectors: ['github-token', 'github-fine-grained-token'],
  hosts: ['api.github.com'],
  call: 'GET https://api.github.com/user',
  requests: ({ secret }) =>
    secret.startsWith('ghr_')
      ? notCheckable('a refresh token is accepted only by the OAuth token exchange, which would spend it')
      : [get('api.github.com', '/user', { authorization: `Bearer ${secret}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' })],
  live: (a) => a.status === 200 || (a.status === 403 && a.headers['x-ratelimit-remaining'] !== '0'),
  revoked: [401],
  rateLimited: (a) => a.status === 403 && a.headers['x-ratelimit-remaining'] === '0',
};
