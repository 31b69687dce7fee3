import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET https://id.twitch.tv/oauth2/validate with `Authorization: OAuth <token>` describes an access
// token (its client, login, scopes, time left) and changes nothing. 200: the token works; 401
// "invalid access token": revoked or expired. The detector also finds client secrets of the same
// shape, which only the token exchange accepts (by minting a token): a value assigned to a
// client-secret name in the file is left unchecked rather than called revoked.
const HOST = 'id.twitch.tv';

export const twitchVerifier: Verifier = {
  id: 'twitch',
  vendor: 'Twitch',
  detectors: ['twitch-api-token'],
  hosts: [HOST],
  call: 'GET https://id.twitch.tv/oauth2/validate (Authorization: OAuth <token>)',
  companions: {
    clientSecret: {
      pattern: /client[_-]?secret["']?\s{0,4}[:=]\s{0,4}["']?([a-z0-9]{30})(?![a-z0-9])/gi,
      describe: 'a client secret (client_secret = …)',
      required: false,
    },
  },
  requests: ({ secret, companions }) => {
    if (companions.clientSecret === secret) return notCheckable('a client secret is accepted only by the OAuth token exchange, which mints a token');
    return [get(HOST, '/oauth2/validate', { authorization: `OAuth ${secret}` })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'client_id') === 'string',
  revoked: [401],
  revokedMeans: 'refused as an access token: revoked or expired (a client secret under a name without "client secret" is refused the same way)',
};
