// Simulations of the third round's SaaS and data verifiers (second half): Okta, Zendesk,
// Contentful, Dropbox Sign, Squarespace, Scrapfly, Algolia and Supabase's project keys. Each
// answers as the vendor documents, and 404 to a request it would not understand. Every fake value
// is made up here, with the right prefix and length.
import { basicAuth, bearer, json, notFound, type SimRequest, type SimResponse, type Simulation } from './types.js';

/** `seed` repeated and cut to `length`: fake values of the right length. */
const fill = (seed: string, length: number): string => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

/** Whether the request is a GET of exactly `path`. */
const isGet = (request: SimRequest, path: string): boolean => request.method === 'GET' && request.path === path;

// Okta: the org is an EMEA one; any other host is not an org.
const OKTA_ORG = 'hygiene-test.okta-emea.com';

export const oktaSimulation: Simulation = {
  verifier: 'okta',
  live: `00${fill('Qv7Lm2Xw9Rt4-Kp8Zn3_Bc6Hd1', 40)}`,
  revoked: `00${fill('Tn5Yu0Io8_Pa3Sd6-Fg1Jk4Lz9', 40)}`,
  companions: { org: OKTA_ORG },
  judgesBody: true,
  answer(request, state) {
    if (request.host !== OKTA_ORG || !isGet(request, '/api/v1/users/me')) return notFound;
    const token = bearer(request, 'SSWS');
    if (token === undefined || state(token) !== 'live') {
      return json(401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided', errorLink: 'E0000011', errorId: 'oaeT3stV3rify0rgId00', errorCauses: [] });
    }
    return json(200, { id: '00u1t3stv3r1fyAdm1n0', status: 'ACTIVE', profile: { login: 'admin@hygiene-test.example', email: 'admin@hygiene-test.example' } });
  },
};

// Zendesk: no credentials get the anonymous user; a token refused with this e-mail gets 401.
const ZENDESK_SITE = 'hygiene-test.zendesk.com';
const ZENDESK_EMAIL = 'agent@hygiene-test.example';

export const zendeskSimulation: Simulation = {
  verifier: 'zendesk',
  live: fill('Zk4Wq8Rm1Tx6Vb3Np9Lc2Hs7Jd5Gf0Ya', 40),
  revoked: fill('Dn2Gh7Kl4Qw9Er1Ty6Ui3Op8As5Zx0Cv', 40),
  companions: { subdomain: ZENDESK_SITE, email: ZENDESK_EMAIL },
  judgesBody: true,
  answer(request, state) {
    if (request.host !== ZENDESK_SITE || !isGet(request, '/api/v2/users/me.json')) return notFound;
    const pair = basicAuth(request);
    if (pair === undefined) return json(200, { user: { id: null, url: null, name: 'Anonymous user', email: 'invalid@example.com', role: 'end-user' } });
    if (pair[0] !== `${ZENDESK_EMAIL}/token` || state(pair[1]) !== 'live') return json(401, { error: "Couldn't authenticate you" });
    return json(200, { user: { id: 35436, url: `https://${ZENDESK_SITE}/api/v2/users/35436.json`, name: 'Verify Agent', email: ZENDESK_EMAIL, role: 'admin' } });
  },
};

// Contentful: the EU host knows no user of this token, the default host does.
const contentfulRefusal: SimResponse = json(401, { sys: { type: 'Error', id: 'AccessTokenInvalid' }, message: 'The access token you sent could not be found or is invalid.', requestId: 't3st-r3q' });

export const contentfulSimulation: Simulation = {
  verifier: 'contentful',
  live: `CFPAT-${fill('Hv3Nb8Lq1-Xw6Rt9_Zm4Kp7Cd2', 43)}`,
  revoked: `CFPAT-${fill('Yu5Io0Pa3_Sd8Fg1-Jk6Lz9Xc4', 43)}`,
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/users/me')) return notFound;
    const token = bearer(request);
    if (token === undefined || request.host !== 'api.contentful.com' || state(token) !== 'live') return contentfulRefusal;
    return json(200, { firstName: 'Verify', lastName: 'Test', email: 'verify@example.com', activated: true, confirmed: true, sys: { type: 'User', id: 't3stv3r1fyus3r', version: 1 } });
  },
};

// Dropbox Sign: the live key is a 64-hex API key (Basic); the revoked one has the other form, so
// it is asked both ways.
export const hellosignSimulation: Simulation = {
  verifier: 'hellosign',
  live: fill('4c9e1a7f03b8d25e', 64),
  revoked: fill('Rk3Vx8Nq1Lm6Tw9Bz4Hp7Cd2Jf5Gs0Ya', 64),
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/v3/account')) return notFound;
    const pair = basicAuth(request);
    const key = pair !== undefined && pair[1] === '' ? pair[0] : bearer(request);
    if (key === undefined || state(key) !== 'live') return json(401, { error: { error_msg: 'Unauthorized api key', error_name: 'unauthorized' } });
    return json(200, { account: { account_id: '5008b25c7f67153e57d5a357b1687968068fb465', email_address: 'verify@example.com', is_locked: false, is_paid_hs: false, quotas: { api_signature_requests_left: 0 } } });
  },
};

// Squarespace: every request must carry a User-Agent.
export const squarespaceSimulation: Simulation = {
  verifier: 'squarespace',
  live: '7d3e9a41-2c58-4f06-b1e7-95a0c4d2f83b',
  revoked: 'e16b0f5c-8a37-4d92-a6c1-3f7e20b94d58',
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/1.0/authorization/website')) return notFound;
    if (!request.headers['user-agent']) return json(400, { type: 'INVALID_REQUEST_ERROR', subtype: null, message: 'A User-Agent header is required.', details: null, contextId: 'T3STCTX0' });
    const key = bearer(request);
    if (key === undefined || state(key) !== 'live') return json(401, { type: 'AUTHORIZATION_ERROR', subtype: null, message: 'The API key is invalid or has been revoked.', details: null, contextId: 'T3STCTX1' });
    return json(200, { id: '5863f6faf7e0abc3cf95ce3a', siteId: 'hygiene-test', title: 'Hygiene Test', url: 'https://hygiene-test.squarespace.com', currency: 'USD', measurementStandard: 'METRIC', language: 'en-US', timeZone: 'UTC' });
  },
};

// Scrapfly: the key is known only in its written form, scp-live-<hex>; the detector reports the hex.
export const scrapflySimulation: Simulation = {
  verifier: 'scrapfly',
  live: fill('6a1f9c3e0b7d4285', 32),
  revoked: fill('d8204b6e1f9a3c57', 32),
  judgesBody: true,
  answer(request, state) {
    const url = new URL(request.path, 'https://api.scrapfly.io');
    if (request.method !== 'GET' || url.pathname !== '/account') return notFound;
    const key = url.searchParams.get('key') ?? '';
    if (!key.startsWith('scp-live-') || state(key.slice('scp-live-'.length)) !== 'live') {
      return json(401, { status: 'error', http_code: 401, reason: 'Unauthorized', error_id: '00000000-t3st-0000-0000-000000000000', message: 'Invalid API key' });
    }
    return json(200, { account: { account_id: '4d1b8e8f-t3st-4aa6-88fa-39d5aa81b6b3', timezone: 'UTC', currency: 'USD' }, projects: { default: { name: 'default', tags: [] } }, subscription: { plan_name: 'FREE' } });
  },
};

// Algolia: the application's DSN host; the key must be sent with its application ID.
const ALGOLIA_APP = 'HYG1ENE7ST';

export const algoliaSimulation: Simulation = {
  verifier: 'algolia',
  live: fill('q7w2e9r4t1y6u3i8o5p0a', 32),
  revoked: fill('z3x8c1v6b9n4m7l2k5j0h', 32),
  companions: { appId: ALGOLIA_APP },
  judgesBody: true,
  answer(request, state) {
    if (request.host !== `${ALGOLIA_APP.toLowerCase()}-dsn.algolia.net` || request.method !== 'GET') return notFound;
    const m = /^\/1\/keys\/([^/?]{1,200})$/.exec(request.path);
    if (!m) return notFound;
    const key = request.headers['x-algolia-api-key'];
    if (request.headers['x-algolia-application-id'] !== ALGOLIA_APP || key === undefined || state(key) !== 'live') {
      return json(403, { message: 'Invalid Application-ID or API key', status: 403 });
    }
    // a key that is not the admin key may read only itself
    if (decodeURIComponent(m[1] as string) !== key) return json(403, { message: 'Method not allowed with this API key', status: 403 });
    return json(200, { value: key, description: '<redacted>', acl: ['search'], validity: 0, createdAt: 1700000000 });
  },
};

// Supabase: the live key is a service_role JWT of the project in the file; the revoked one a secret key.
const SUPABASE_REF = 'hygienetestprojref01';
const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const SERVICE_ROLE_JWT = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'supabase', ref: SUPABASE_REF, role: 'service_role', iat: 1700000000, exp: 2015576000 })}.${fill('S1gT3stV3rify-Jwt_Qx8Lm4', 43)}`;

export const supabaseApiKeysSimulation: Simulation = {
  verifier: 'supabase-api-keys',
  live: SERVICE_ROLE_JWT,
  revoked: `sb_secret_${fill('Rv0k3dS3cr3tK3yQ', 22)}_${fill('c8K2x', 8)}`,
  companions: { project: `${SUPABASE_REF}.supabase.co` },
  judgesBody: true,
  answer(request, state) {
    if (request.host !== `${SUPABASE_REF}.supabase.co` || !isGet(request, '/auth/v1/admin/users/00000000-0000-0000-0000-000000000000')) return notFound;
    const key = request.headers.apikey;
    if (key === undefined) return json(401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' });
    if (state(key) !== 'live') return json(401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' });
    // a legacy JWT key must also be the Bearer token of an admin call
    if (key.startsWith('eyJ') && bearer(request) !== key) return json(401, { code: 401, error_code: 'no_authorization', msg: 'This endpoint requires a valid Bearer token' });
    return json(404, { code: 404, error_code: 'user_not_found', msg: 'User not found' });
  },
};

export const simulations: readonly Simulation[] = [
  oktaSimulation,
  zendeskSimulation,
  contentfulSimulation,
  hellosignSimulation,
  squarespaceSimulation,
  scrapflySimulation,
  algoliaSimulation,
  supabaseApiKeysSimulation,
];
