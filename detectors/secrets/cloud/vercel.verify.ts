import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// Access tokens (vcp_, vci_, vca_ and the older unprefixed ones) ask GET /v2/user, which returns
// the user the token acts for: 200 with "user" when it works. Vercel refuses a revoked or expired
// token with 403 "forbidden" and "invalidToken": true; a 403 without that flag is a working token
// without access, and stays unknown. An AI Gateway key (vck_) asks the gateway's GET /v1/credits:
// 200 with the team's balance, 401 when refused. An app refresh token (vcr_) is spent by its exchange.
const API = 'api.vercel.com';
const GATEWAY = 'ai-gateway.vercel.sh';

export const vercelVerifier: Verifier = {
  id: 'vercel',
  vendor: 'Vercel',
  detectors: ['vercel-access-token', 'vercel-legacy-token'],
  hosts: [API, GATEWAY],
  call: 'GET https://api.vercel.com/v2/user (access token); GET https://ai-gateway.vercel.sh/v1/credits (AI Gateway key)',
  requests: ({ secret }) => {
    if (secret.startsWith('vcr_')) return notCheckable('an app refresh token is accepted only by the OAuth token exchange, which would spend it');
    const auth = { authorization: `Bearer ${secret}` };
    return [secret.startsWith('vck_') ? get(GATEWAY, '/v1/credits', auth) : get(API, '/v2/user', auth)];
  },
  live: (a) => a.status === 200 && (typeof field(a, 'user.id') === 'string' || typeof field(a, 'balance') === 'string'),
  revoked: (a) => a.status === 401 || (a.status === 403 && field(a, 'error.invalidToken') === true),
};
