// Simulations of the cloud and communications verifiers: Google API keys, DigitalOcean, Cloudflare,
// Heroku, Slack, SendGrid and Mailgun. Every value here is made up for these tests.
import { basicAuth, bearer, json, notFound, type SimRequest, type Simulation } from './types.js';

/** The path without its query, and the query's parameters. */
function split(request: SimRequest): { path: string; query: URLSearchParams } {
  const url = new URL(request.path, 'https://vendor.test');
  return { path: url.pathname, query: url.searchParams };
}

// Google: the live key's project has not enabled the Generative Language API, the usual case for a
// key made for Maps or Firebase. Google still names the key's project, so the key is known.
const googleError = (code: number, status: string, reason: string, message: string): ReturnType<typeof json> =>
  json(code, {
    error: {
      code,
      message,
      status,
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } }],
    },
  });

export const googleSimulation: Simulation = {
  verifier: 'google-api-key',
  live: 'AIza' + 'HYvNLjWxul452xjqI2PpPG-ZBWc97I_SDQJ',
  revoked: 'AIza' + 'z_DKyt4QE7B9exage-V8U9uDpNlOkMMzk9P',
  judgesBody: true,
  answer(request, state) {
    const { path, query } = split(request);
    if (request.method !== 'GET' || path !== '/v1beta/models') return notFound;
    const key = request.headers['x-goog-api-key'] ?? query.get('key') ?? undefined;
    if (key === undefined) return googleError(403, 'PERMISSION_DENIED', 'CREDENTIALS_MISSING', 'Method does not allow unregistered callers.');
    if (state(key) !== 'live') return googleError(400, 'INVALID_ARGUMENT', 'API_KEY_INVALID', 'API key not valid. Please pass a valid API key.');
    return googleError(403, 'PERMISSION_DENIED', 'SERVICE_DISABLED', 'Generative Language API has not been used in project 000000000000 before or it is disabled.');
  },
};

export const digitaloceanSimulation: Simulation = {
  verifier: 'digitalocean',
  live: 'dop_v1_' + 'a227c143bdb39dbbaec1e9499da790061ff86a84586754cc2a886dbec06cb89d',
  revoked: 'dop_v1_' + 'ae2bab585970f0d5e6235f1e9e82fc1e907da5d4e74d78ff6473ed4e49fa76e9',
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v2/account') return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { id: 'Unauthorized', message: 'Unable to authenticate you' });
    return json(200, { account: { droplet_limit: 25, email: 'owner@example.test', uuid: '0f3c1a2b4d5e6f708192a3b4c5d6e7f8', email_verified: true, status: 'active' } });
  },
};

// Cloudflare: the user token, an account token under CF_ACCOUNT and a global key with CF_EMAIL.
const CF_ACCOUNT = 'c3956176985722771669e6bf6825e463';
const CF_EMAIL = 'ops@example.test';
const cfError = (status: number, code: number, message: string): ReturnType<typeof json> => json(status, { success: false, errors: [{ code, message }], messages: [], result: null });

export const cloudflareSimulation: Simulation = {
  verifier: 'cloudflare',
  live: 'otRe2Rm3if55xBNhCtkwehNMLFH-daPi33wV_INK',
  revoked: 'ERjHRtwqNX2R89pUpvOtRKBkBQ9TNkf1nwA0u25x',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET') return notFound;
    if (request.path === '/client/v4/user') {
      const key = request.headers['x-auth-key'];
      if (key === undefined || request.headers['x-auth-email'] !== CF_EMAIL || state(key) !== 'live') return cfError(403, 9103, 'Unknown X-Auth-Key or X-Auth-Email');
      return json(200, { success: true, errors: [], messages: [], result: { id: '7c5dae5552338874e5053f2534d2767a', email: CF_EMAIL } });
    }
    const account = /^\/client\/v4\/accounts\/([0-9a-f]{32})\/tokens\/verify$/.exec(request.path);
    if (request.path !== '/client/v4/user/tokens/verify' && account?.[1] !== CF_ACCOUNT) return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return cfError(401, 1000, 'Invalid API Token');
    return json(200, { success: true, errors: [], messages: [{ code: 10000, message: 'This API Token is valid and active' }], result: { id: 'ed17a1b2c3d4e5f60718293a4b5c6d7e', status: 'active' } });
  },
};

export const herokuSimulation: Simulation = {
  verifier: 'heroku',
  live: 'HRKU-AA' + '83LnvAq_MmOqEJQKuQcb4AG7ZevGKdyNOiF2GDszz-Slpt2kA5HaXOqDUg',
  revoked: 'HRKU-AA' + 'lteJNjPORtTfCPBLMo4ZvBGth8oI1PgBaDOjNHr_YMjeaPliAT6wTRV4G8',
  answer(request, state) {
    // the Platform API serves version 3 only to requests that ask for it
    if (request.method !== 'GET' || request.path !== '/account' || request.headers.accept !== 'application/vnd.heroku+json; version=3') return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { id: 'unauthorized', message: 'Invalid credentials provided.' });
    return json(200, { id: '01234567-89ab-cdef-0123-456789abcdef', email: 'owner@example.test', verified: true });
  },
};

export const slackSimulation: Simulation = {
  verifier: 'slack',
  live: 'xoxb-' + '214365870921-3546372819056-' + 'oS7msJvK4vtAN29xMVwAuufO',
  revoked: 'xoxb-' + '214365870921-3546372819057-' + 'AvgDHQocclqZlrd049HSrclo',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/api/auth.test') return notFound;
    const token = bearer(request);
    // Slack answers 200 whatever the verdict; the body says it
    if (token === undefined) return json(200, { ok: false, error: 'not_authed' });
    if (state(token) !== 'live') return json(200, { ok: false, error: 'invalid_auth' });
    return json(200, { ok: true, url: 'https://test-team.slack.com/', team: 'Test Team', user: 'notifier', team_id: 'T0TESTTEAM', user_id: 'U0TESTUSER', bot_id: 'B0TESTBOT' });
  },
};

// SendGrid: the live key is a global one; the EU host knows neither key.
export const sendgridSimulation: Simulation = {
  verifier: 'sendgrid',
  live: 'SG.' + 'wzsTBJa6GFwWyLReA01MjW' + '.' + 'pXUgeClXQpjkE0JezI2KAnesxHB4kqacMnuBue-1q_a',
  revoked: 'SG.' + '7LX_BbtpgoFz-kW8DeqPl0' + '.' + 'nq4af1MS9zW1G0qI153JGrqLh0ruyzEU-ETz0pPaAbB',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v3/scopes') return notFound;
    const key = bearer(request);
    if (key === undefined || request.host !== 'api.sendgrid.com' || state(key) !== 'live') return json(401, { errors: [{ field: null, message: 'authorization required' }] });
    return json(200, { scopes: ['mail.send', 'scopes.read'] });
  },
};

// Mailgun: the live key belongs to an EU account, so the US host refuses it and the EU host answers.
export const mailgunSimulation: Simulation = {
  verifier: 'mailgun',
  live: 'c1434204f99b82ac276c79957d0004a7-ab41d796-f9afcba6',
  revoked: 'key-' + '689179e0f0ddf90c7d98c92dc32e79f1',
  judgesBody: true,
  answer(request, state) {
    const { path } = split(request);
    if (request.method !== 'GET' || path !== '/v4/domains') return notFound;
    const pair = basicAuth(request);
    if (pair === undefined || pair[0] !== 'api' || request.host !== 'api.eu.mailgun.net' || state(pair[1]) !== 'live') return { status: 401, headers: { 'content-type': 'text/plain' }, body: 'Forbidden' };
    return json(200, { total_count: 1, items: [{ name: 'mg.example.test', state: 'active', type: 'custom' }] });
  },
};

export const simulations: readonly Simulation[] = [
  googleSimulation,
  digitaloceanSimulation,
  cloudflareSimulation,
  herokuSimulation,
  slackSimulation,
  sendgridSimulation,
  mailgunSimulation,
];
