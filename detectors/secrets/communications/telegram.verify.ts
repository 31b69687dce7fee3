import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// getMe takes no parameters and changes nothing: it returns the User object of the bot whose token
// asks. The Bot API takes the token in the URL path (/bot<token>/getMe), so the URL itself is
// secret: it is built here only, and the transport never puts a URL in an error or a log. 200 with
// "ok": true when the token works; 401 with "ok": false ("Unauthorized") when it was revoked in
// BotFather or never existed.
const HOST = 'api.telegram.org';
/** The detector's shape: the bot id, ':' and 35 base64url characters; nothing else may reach the path. */
const TOKEN = /^[0-9]{8,10}:[A-Za-z0-9_-]{35}$/;

export const telegramVerifier: Verifier = {
  id: 'telegram',
  vendor: 'Telegram',
  detectors: ['telegram-bot-token'],
  hosts: [HOST],
  call: 'GET https://api.telegram.org/bot<token>/getMe',
  requests: ({ secret }) => (TOKEN.test(secret) ? [get(HOST, `/bot${secret}/getMe`)] : notCheckable('the value is not in the bot token form the Bot API accepts')),
  live: (a) => a.status === 200 && field(a, 'ok') === true && field(a, 'result.is_bot') === true,
  revoked: (a) => a.status === 401 && field(a, 'ok') === false,
};
