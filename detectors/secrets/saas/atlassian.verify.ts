import { basic, field, get, missing, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// An Atlassian Cloud API token is the password of its owner's account: Basic auth with the account
// e-mail, on the company's own site. GET /rest/api/3/myself cannot be read anonymously: 200 with the
// accountId when the pair works, 401 when it does not (the token revoked or expired, or the e-mail
// beside it not its owner's). The site and the e-mail are read from the same file, and the site
// label alone goes before .atlassian.net. A Jira Data Center token is checked only by its own server.
const SITE_HOST = '*.atlassian.net';

export const atlassianVerifier: Verifier = {
  id: 'atlassian',
  vendor: 'Atlassian',
  detectors: ['atlassian-api-token', 'atlassian-api-token-legacy', 'jira-api-token'],
  hosts: [SITE_HOST],
  call: 'GET https://<site>.atlassian.net/rest/api/3/myself (Basic auth: e-mail and token)',
  companions: {
    site: {
      pattern: /(?<![A-Za-z0-9.-])([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)\.atlassian\.net(?![A-Za-z0-9-])/gi,
      describe: 'the site (<name>.atlassian.net)',
      required: false,
    },
    email: {
      pattern: /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?![A-Za-z0-9-])/g,
      describe: "the account's e-mail address",
      required: false,
    },
  },
  requests: ({ secret, companions }) => {
    // jira-api-token's 44-character form is a Data Center personal access token
    if (secret.length === 44) return notCheckable('a Jira Data Center personal access token is known only to its own server');
    // both are needed, but a Data Center token above is not checkable whatever the file holds
    const { site, email } = companions;
    if (site === undefined) return missing('the site (<name>.atlassian.net)');
    if (email === undefined) return missing("the account's e-mail address");
    return [get(`${site.toLowerCase()}.atlassian.net`, '/rest/api/3/myself', { authorization: basic(email, secret), accept: 'application/json' })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'accountId') === 'string',
  revoked: [401],
  revokedMeans: 'refused with the site and e-mail found next to it: revoked, or they are not its account',
};
