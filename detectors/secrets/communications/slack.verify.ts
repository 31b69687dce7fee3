import { field, notCheckable, postForm } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// auth.test needs no scope and changes nothing: it says whose token it is. Slack answers HTTP 200
// either way and puts the verdict in the body: "ok": true when the token works; "ok": false with
// invalid_auth, account_inactive (user or workspace deleted), token_revoked or token_expired when it
// does not. Refresh tokens (xoxe-, xoxr-) are only taken by the token exchange, which spends them,
// and app-level tokens (xapp-) only by the Socket Mode connection call: neither is checked.
const HOST = 'slack.com';
const REFUSED = new Set(['invalid_auth', 'account_inactive', 'token_revoked', 'token_expired']);

export const slackVerifier: Verifier = {
  id: 'slack',
  vendor: 'Slack',
  detectors: ['slack-token'],
  hosts: [HOST],
  call: 'POST https://slack.com/api/auth.test',
  requests: ({ secret }) => {
    if (secret.startsWith('xapp-')) return notCheckable('an app-level token is accepted only when opening a Socket Mode connection');
    if (/^xox[er]-/.test(secret)) return notCheckable('a refresh token is accepted only by the token exchange, which would spend it');
    return [postForm(HOST, '/api/auth.test', '', { authorization: `Bearer ${secret}` })];
  },
  live: (a) => a.status === 200 && field(a, 'ok') === true,
  revoked: (a) => a.status === 200 && field(a, 'ok') === false && REFUSED.has(String(field(a, 'error'))),
};
