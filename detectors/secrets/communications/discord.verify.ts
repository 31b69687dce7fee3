import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// A bot token asks GET /api/v10/users/@me (Authorization: Bot <token>), which returns the bot's own
// user: 200 when the token works, 401 ("401: Unauthorized") once it is reset or never was. A
// webhook URL is checked with "Get Webhook with Token", a GET that needs no other credential and
// returns the webhook without posting anything: 200 while it exists, 404 "Unknown Webhook" (10015)
// once deleted, 401 "Invalid Webhook Token" (50027) when the token part is wrong.
const HOST = 'discord.com';
/** The detector's webhook URL: the webhook id and its token, whichever Discord host it names. */
const WEBHOOK = /^https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/(\d{17,20})\/([A-Za-z0-9_-]{60,80})$/;
const UNKNOWN_WEBHOOK = 10015;

export const discordVerifier: Verifier = {
  id: 'discord',
  vendor: 'Discord',
  detectors: ['discord-bot-token', 'discord-webhook-url'],
  hosts: [HOST],
  call: 'GET https://discord.com/api/v10/users/@me (bot token); GET /api/v10/webhooks/<id>/<token> (webhook URL)',
  requests: ({ secret }) => {
    if (!secret.startsWith('https://')) return [get(HOST, '/api/v10/users/@me', { authorization: `Bot ${secret}` })];
    const m = WEBHOOK.exec(secret);
    return m ? [get(HOST, `/api/v10/webhooks/${m[1]}/${m[2]}`)] : notCheckable('the value is not a Discord webhook URL');
  },
  live: (a) => a.status === 200 && typeof field(a, 'id') === 'string',
  revoked: (a) => a.status === 401 || (a.status === 404 && field(a, 'code') === UNKNOWN_WEBHOOK),
};
