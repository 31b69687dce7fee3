import { basic, field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// A Zendesk API token is used with Basic auth as `<agent e-mail>/token:<token>`, on the account's
// own subdomain; both are read from the same file. GET /api/v2/users/me.json shows the user the
// request acts as: 200 with a numeric user id when the pair works. Bad credentials get 401
// ("Couldn't authenticate you"); and since this endpoint also serves anonymous callers, a 200 that
// names the anonymous user (id null) means the same: the pair was not accepted (a deleted token,
// token access turned off, or an e-mail that is not the token's account's).
/** One DNS label: the account's subdomain. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const zendeskVerifier: Verifier = {
  id: 'zendesk',
  vendor: 'Zendesk',
  detectors: ['zendesk-api-token'],
  hosts: ['*.zendesk.com'],
  call: 'GET https://<subdomain>.zendesk.com/api/v2/users/me.json (Basic auth: <e-mail>/token and the token)',
  companions: {
    // the account's subdomain; Zendesk's own sites (www., support., developer.) are not one
    subdomain: {
      pattern: /(?<![A-Za-z0-9.-])(?!(?:www|support|developer|status|help)\.)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)\.zendesk\.com(?![A-Za-z0-9-])/gi,
      describe: 'the Zendesk subdomain (<name>.zendesk.com)',
    },
    email: {
      pattern: /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?![A-Za-z0-9-])/g,
      describe: "the agent's e-mail address",
    },
  },
  requests: ({ secret, companions }) => {
    const subdomain = (companions.subdomain ?? '').toLowerCase();
    if (!LABEL.test(subdomain)) return notCheckable('the Zendesk subdomain named next to it is not one DNS label');
    const email = companions.email as string;
    return [get(`${subdomain}.zendesk.com`, '/api/v2/users/me.json', { authorization: basic(`${email}/token`, secret), accept: 'application/json' })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'user.id') === 'number',
  revoked: (a) => a.status === 401 || (a.status === 200 && field(a, 'user.id') === null),
  revokedMeans: 'refused with the subdomain and e-mail found next to it: revoked, or they are not its account',
};
