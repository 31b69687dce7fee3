import { basic, get, missing } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// The REST API takes HTTP Basic auth: an account SID with its auth token, or an API key SID (SK…)
// with its secret. GET /2010-04-01/Accounts.json lists the accounts the pair may read: 200 when it
// works, 401 when the token or secret is revoked. The SID is taken from the same file, nearest first.
export const twilioVerifier: Verifier = {
  id: 'twilio',
  vendor: 'Twilio',
  detectors: ['twilio-auth-token'],
  hosts: ['api.twilio.com'],
  call: 'GET https://api.twilio.com/2010-04-01/Accounts.json (Basic auth: SID and token)',
  companions: {
    apiKeySid: { pattern: /(?<![A-Za-z0-9])(SK[0-9a-f]{32})(?![A-Za-z0-9])/g, describe: 'the API key SID (SK…)', required: false },
    accountSid: { pattern: /(?<![A-Za-z0-9])(AC[0-9a-f]{32})(?![A-Za-z0-9])/g, describe: 'the account SID (AC…)', required: false },
  },
  requests: ({ secret, companions }) => {
    // with both SIDs in the file, the token may be either one's: each pair is tried
    const sids = [companions.apiKeySid, companions.accountSid].filter((s): s is string => s !== undefined);
    if (sids.length === 0) return missing('the account SID (AC…) or API key SID (SK…)');
    return sids.map((sid) => get('api.twilio.com', '/2010-04-01/Accounts.json', { authorization: basic(sid, secret) }));
  },
  live: [200],
  revoked: [401],
  revokedMeans: 'refused with the SID found next to it: revoked, or that SID is not its account',
};
