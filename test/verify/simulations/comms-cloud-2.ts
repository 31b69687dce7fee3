// Simulations of the second round of communications and cloud verifiers: Telegram, Discord,
// Mailchimp, Intercom, Postmark, Brevo, Netlify, Vercel, Fastly and Vultr. Every value here is made
// up for these tests.
import { basicAuth, bearer, json, notFound, type SimRequest, type SimResponse, type Simulation } from './types.js';

/** The path without its query, and the query's parameters. */
function split(request: SimRequest): { path: string; query: URLSearchParams } {
  const url = new URL(request.path, 'https://vendor.test');
  return { path: url.pathname, query: url.searchParams };
}

// Telegram: the token is in the path; the Bot API answers 404 to a method it does not know.
export const telegramSimulation: Simulation = {
  verifier: 'telegram',
  live: '7310582946:' + 'AAno1E7tl3kGww8H0yXuCLG7CBytZ5VRqBQ',
  revoked: '6829104735:' + 'AAu82rCwgj4pwhwL-AVh-aaVrTSngOIU2bM',
  judgesBody: true,
  answer(request, state) {
    const m = /^\/bot([^/]{1,64})\/getMe$/.exec(request.path);
    if (!m || (request.method !== 'GET' && request.method !== 'POST')) return json(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (state(m[1] as string) !== 'live') return json(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    return json(200, { ok: true, result: { id: 7310582946, is_bot: true, first_name: 'Build Notifier', username: 'test_build_notifier_bot', can_join_groups: true } });
  },
};

// Discord: bot tokens on /users/@me; a webhook answers by its id and token, with no other auth.
const DISCORD_HOOK_ID = '6781622363345736470';
const discordError = (status: number, code: number, message: string): SimResponse => json(status, { message, code });

export const discordSimulation: Simulation = {
  verifier: 'discord',
  live: 'MTE4NzM2MjU0MDkxODI3MzY0NQ' + '.S2RV-A.' + 'vABpENVVNXu_uB-OAsnljOSmIEjV4wwjZdoNKA',
  revoked: 'MTIwOTQzODU3MjYxMDM5NDg1Nw' + '.Bga9pQ.' + 'GXvvAIYsc1L3sygLakQt3H2ubirO_4pDGSLish',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET') return discordError(405, 0, '405: Method Not Allowed');
    if (request.path === '/api/v10/users/@me') {
      const auth = request.headers.authorization;
      const token = auth?.startsWith('Bot ') ? auth.slice(4) : undefined;
      if (token === undefined || state(token) !== 'live') return discordError(401, 0, '401: Unauthorized');
      return json(200, { id: '1187362540918273645', username: 'test-deploy-bot', discriminator: '0', bot: true, flags: 0 });
    }
    const hook = /^\/api\/v10\/webhooks\/(\d{17,20})\/([A-Za-z0-9_-]{60,80})$/.exec(request.path);
    if (!hook) return discordError(404, 0, '404: Not Found');
    if (hook[1] !== DISCORD_HOOK_ID) return discordError(404, 10015, 'Unknown Webhook');
    if (state(`https://discord.com/api/webhooks/${hook[1]}/${hook[2]}`) !== 'live') return discordError(401, 50027, 'Invalid Webhook Token');
    return json(200, { id: DISCORD_HOOK_ID, type: 1, name: 'deploys', channel_id: '1187362540918273600', guild_id: '1187362540918273601', token: hook[2] });
  },
};

// Mailchimp: each key is known only to its own data centre; a key sent elsewhere is refused.
export const mailchimpSimulation: Simulation = {
  verifier: 'mailchimp',
  live: '0a53a6cfc3caf207c8b46beb8fcaba65' + '-us14',
  revoked: '5e16d38b86d8329e653e32046e8374c7' + '-us6',
  judgesBody: true,
  answer(request, state) {
    const dc = /^(us\d{1,2})\.api\.mailchimp\.com$/.exec(request.host)?.[1];
    if (dc === undefined || request.method !== 'GET' || request.path !== '/3.0/ping') return notFound;
    const key = basicAuth(request)?.[1];
    const refused = (title: string, detail: string): SimResponse =>
      ({ status: 401, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify({ type: 'https://mailchimp.com/developer/marketing/docs/errors/', title, status: 401, detail, instance: '00000000-0000-0000-0000-000000000000' }) });
    if (key === undefined) return refused('API Key Missing', 'Your request did not include an API key.');
    if (!key.endsWith(`-${dc}`) || state(key) !== 'live') return refused('API Key Invalid', "Your API key may be invalid, or you've attempted to access the wrong datacenter.");
    return json(200, { health_status: "Everything's Chimpy!" });
  },
};

// Intercom: the live token belongs to a workspace hosted in Europe; the US and AU hosts refuse it.
export const intercomSimulation: Simulation = {
  verifier: 'intercom',
  live: 'dG9rOjWHZd6eY0vxGRgRo98yBvFmAUyTA2hUO8V2gaGBVpfptYsB6iVvST7i',
  revoked: 'dG9rOj' + '6gJ3HsVkyJgCol2dGNfC0QDjFQWt0fb1Qa43QYWhr/EjjF4uMWqoML',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/me') return notFound;
    const token = bearer(request);
    if (token === undefined || request.host !== 'api.eu.intercom.io' || state(token) !== 'live') {
      return json(401, { type: 'error.list', request_id: '000test0req0id0000', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] });
    }
    return json(200, { type: 'admin', id: '1295', name: 'Test Admin', email: 'admin@example.test', email_verified: true, app: { type: 'app', id_code: 'abc123de', region: 'EU' } });
  },
};

// Postmark: the live token is an account token, so the server-token call refuses it first.
const postmarkRefusal = (header: string): SimResponse => json(401, { ErrorCode: 10, Message: `The ${header} header you provided was invalid. Please verify that you are using a valid token.` });

export const postmarkSimulation: Simulation = {
  verifier: 'postmark',
  live: '1f8afd4a-726b-420b-85e6-8f4657ee525c',
  revoked: 'b44c4858-788a-4868-90f6-9a5d319bdd10',
  judgesBody: true,
  answer(request, state) {
    const { path, query } = split(request);
    if (request.method !== 'GET' || request.headers.accept !== 'application/json') return notFound;
    // no server knows the live value as its token: it is the account's
    if (path === '/server') return postmarkRefusal('X-Postmark-Server-Token');
    if (path !== '/servers' || query.get('count') === null || query.get('offset') === null) return notFound;
    const token = request.headers['x-postmark-account-token'];
    if (token === undefined || state(token) !== 'live') return postmarkRefusal('X-Postmark-Account-Token');
    return json(200, { TotalCount: 1, Servers: [{ ID: 4242, Name: 'Production', ApiTokens: ['8992c440-4ce6-472a-b789-9964bb530125'], Color: 'blue' }] });
  },
};

export const brevoSimulation: Simulation = {
  verifier: 'brevo',
  live: 'xkeysib-' + '70bd90d2673439de5fb77c3b0644b23dcf8906b142eb8791bcaf70709dbc9eff-U2tykgH1E31ffWHy',
  revoked: 'xkeysib-' + '8349e1b09318cedf94d1e6f7333a3888f5cddd70016b05837dc7aff1ddd7888a-gAwFVnu8WZJRieUA',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v3/account') return notFound;
    const key = request.headers['api-key'];
    if (key === undefined) return json(401, { code: 'unauthorized', message: 'authentication not found in headers' });
    if (state(key) !== 'live') return json(401, { code: 'unauthorized', message: 'Key not found' });
    return json(200, { email: 'owner@example.test', firstName: 'Test', lastName: 'Owner', companyName: 'Example', plan: [{ type: 'free', credits: 300, creditsType: 'sendLimit' }] });
  },
};

export const netlifySimulation: Simulation = {
  verifier: 'netlify',
  live: 'nfp_' + 'ZK0neYezCG54ncGM7wvEOzAOkWwmAOyvkUjtMYNJ',
  revoked: 'nfp_' + 'Y2ZisZMxuJE68hevgdnwMOhkHHt6GSu6tMe8iIv1',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/api/v1/user') return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { code: 401, message: 'Access Denied: your session has expired or is invalid' });
    return json(200, { id: '5f0c1a2b3d4e5f6071829304', uid: 'test-uid', full_name: 'Test Owner', email: 'owner@example.test' });
  },
};

// Vercel: an access token the API no longer accepts is refused with 403 and invalidToken.
export const vercelSimulation: Simulation = {
  verifier: 'vercel',
  live: 'vcp_' + 'nehqV1KlOX1FcSD6yjgi1Ecn0XS8vxg7Ebde2Kb8l1c73sxfQKxeguHl',
  revoked: 'vcp_' + 'NiN2YYjDCmsnnaGf1xgnn6psRE6GzJUrjeLgJFVagClIwbgvfBDbF1EY',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET') return notFound;
    const token = bearer(request);
    if (request.host === 'ai-gateway.vercel.sh') {
      if (request.path !== '/v1/credits') return notFound;
      if (token === undefined || state(token) !== 'live') return json(401, { error: { message: 'Invalid API key', type: 'authentication_error' } });
      return json(200, { balance: '95.50', total_used: '4.50' });
    }
    if (request.path !== '/v2/user') return json(404, { error: { code: 'not_found', message: 'The requested endpoint was not found' } });
    if (token === undefined) return json(403, { error: { code: 'forbidden', message: 'Not authorized' } });
    if (state(token) !== 'live') return json(403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } });
    return json(200, { user: { id: 'AbCdEf0123456789GhIjKlMn', email: 'owner@example.test', username: 'test-owner', defaultTeamId: null } });
  },
};

export const fastlySimulation: Simulation = {
  verifier: 'fastly',
  live: 'i7B7zjr4yJMA642b-UYISXupgor5BOMU',
  revoked: 'N-4k4E2nF3oHXFtHmIH9-OI7x_jeCc35',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/tokens/self') return notFound;
    const key = request.headers['fastly-key'];
    if (key === undefined || state(key) !== 'live') return json(401, { msg: 'Provided credentials are missing or invalid' });
    return json(200, { id: '5Yo3XXnrQpjc20u0ybrf2g', user_id: '4y5K5trZocEAQYkesWlk7M', name: 'ci deploy', scope: 'global:read', services: [], created_at: '2025-01-01T00:00:00Z', expires_at: null });
  },
};

export const vultrSimulation: Simulation = {
  verifier: 'vultr',
  live: 'YKF8JRC0OH65SGR7A0NQ6QIBP8BZUTNWTPJV',
  revoked: 'YUS5E23C1OFJLWNGIEAVIIBKX60A80XTXXWM',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v2/account') return notFound;
    const key = bearer(request);
    if (key === undefined || state(key) !== 'live') return json(401, { error: 'Invalid API token.', status: 401 });
    return json(200, { account: { name: 'Test Owner', email: 'owner@example.test', acls: ['manage_users', 'billing'], balance: -5.5, pending_charges: 0.42 } });
  },
};

export const simulations: readonly Simulation[] = [
  telegramSimulation,
  discordSimulation,
  mailchimpSimulation,
  intercomSimulation,
  postmarkSimulation,
  brevoSimulation,
  netlifySimulation,
  vercelSimulation,
  fastlySimulation,
  vultrSimulation,
];
