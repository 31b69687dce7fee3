import { get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v2/account reads the token owner's account. 200 when the token works; 403 when it works but a
// custom-scoped token lacks account:read. 401 "Unable to authenticate you" for a revoked, expired or
// never valid token. Personal access tokens (dop_) and OAuth access tokens (doo_) are sent the same
// way, as a Bearer token. A refresh token (dor_) is only taken by the OAuth token exchange.
const HOST = 'api.digitalocean.com';

export const digitaloceanVerifier: Verifier = {
  id: 'digitalocean',
  vendor: 'DigitalOcean',
  detectors: ['digitalocean-personal-access-token', 'digitalocean-oauth-token', 'digitalocean-refresh-token'],
  hosts: [HOST],
  call: 'GET https://api.digitalocean.com/v2/account',
  requests: ({ secret }) =>
    secret.startsWith('dor_')
      ? notCheckable('a refresh token is accepted only by the OAuth token exchange, which would spend it')
      : [get(HOST, '/v2/account', { authorization: `Bearer ${secret}` })],
  live: [200, 403],
  revoked: [401],
};
