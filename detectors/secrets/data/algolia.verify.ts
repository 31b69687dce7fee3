import { bodyHas, field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// An Algolia API key works only with its application, whose ID is read from the same file and
// names the host: <APPID>-dsn.algolia.net. GET /1/keys/<key> returns the key's permissions; any key
// may read its own (the description comes back redacted), so it needs no ACL and changes nothing.
// 200 with the "acl" list when the key works. 403 "Invalid Application-ID or API key" when the key
// was deleted or never valid, or is not that application's; an unknown application ID has no host.
/** Application IDs: 10 upper-case letters and digits. */
const APP_ID = /^[A-Z0-9]{10}$/;

export const algoliaVerifier: Verifier = {
  id: 'algolia',
  vendor: 'Algolia',
  detectors: ['algolia-api-key'],
  hosts: ['*.algolia.net'],
  call: 'GET https://<APPID>-dsn.algolia.net/1/keys/<key> (the key and application ID in headers)',
  companions: {
    // ALGOLIA_APP_ID=…, applicationId: '…', algoliasearch('…', …), or the host <APPID>-dsn.algolia.net
    appId: {
      pattern:
        /(?:app(?:lication)?[_. -]?id["']?\s{0,4}[:=]\s{0,4}["']?|algoliasearch\s{0,4}\(\s{0,4}["'])([A-Za-z0-9]{10})(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Za-z0-9]{10}(?=-dsn\.algolia\.net)/gi,
      describe: 'the Algolia application ID',
    },
  },
  requests: ({ secret, companions }) => {
    const appId = (companions.appId ?? '').toUpperCase();
    if (!APP_ID.test(appId)) return notCheckable('the application ID named next to it is not 10 letters and digits');
    return [
      get(`${appId.toLowerCase()}-dsn.algolia.net`, `/1/keys/${encodeURIComponent(secret)}`, {
        'x-algolia-api-key': secret,
        'x-algolia-application-id': appId,
        accept: 'application/json',
      }),
    ];
  },
  live: (a) => a.status === 200 && Array.isArray(field(a, 'acl')),
  revoked: (a) => a.status === 403 && bodyHas(a, 'Invalid Application-ID or API key'),
  revokedMeans: 'refused with the application ID found next to it: deleted, or a key of another application',
};
