// Simulations of the AI, developer-tool and payment verifiers: OpenAI, Anthropic, Hugging Face,
// GitLab, Postman, Stripe, Shopify. Each answers as the vendor's API reference says, and 404 to a
// request it would not understand.
import { basicAuth, bearer, json, notFound, type Simulation } from './types.js';

/** `seed` repeated and cut to `length`: fake values of the right length. */
const fill = (seed: string, length: number): string => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

const OPENAI_LIVE = `sk-proj-${fill('Fak3L1veProjKeyForVerify', 40)}T3BlbkFJ${fill('liveTailForTests9', 40)}`;
const OPENAI_REVOKED = `sk-proj-${fill('Fak3Rev0kedProjKeyVerify', 40)}T3BlbkFJ${fill('goneTailForTests8', 40)}`;

export const openaiSimulation: Simulation = {
  verifier: 'openai',
  live: OPENAI_LIVE,
  revoked: OPENAI_REVOKED,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v1/models') return notFound;
    const key = bearer(request);
    if (key === undefined) return json(401, { error: { message: "You didn't provide an API key.", type: 'invalid_request_error', param: null, code: null } });
    if (state(key) !== 'live') {
      return json(401, { error: { message: 'Incorrect API key provided: sk-proj-****. You can find your API key at https://platform.openai.com/account/api-keys.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    }
    return json(200, { object: 'list', data: [{ id: 'gpt-test', object: 'model', created: 0, owned_by: 'system' }] });
  },
};

const ANTHROPIC_LIVE = `sk-ant-api03-${fill('T3stL1veAnthr0picKeyF0rVerify_x-', 93)}AA`;
const ANTHROPIC_REVOKED = `sk-ant-api03-${fill('T3stG0neAnthr0picKeyF0rVerify-y_', 93)}AA`;

export const anthropicSimulation: Simulation = {
  verifier: 'anthropic',
  live: ANTHROPIC_LIVE,
  revoked: ANTHROPIC_REVOKED,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v1/models') return notFound;
    const key = request.headers['x-api-key'];
    if (request.headers['anthropic-version'] === undefined) return json(400, { type: 'error', error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' } });
    if (key === undefined || state(key) !== 'live') return json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });
    return json(200, { data: [{ id: 'claude-test', type: 'model', display_name: 'Claude Test', created_at: '2025-01-01T00:00:00Z' }], has_more: false, first_id: 'claude-test', last_id: 'claude-test' });
  },
};

const HF_LIVE = `hf_${fill('TestLiveHubTokenForVerify', 34)}`;
const HF_REVOKED = `hf_${fill('TestGoneHubTokenForVerify', 34)}`;

export const huggingfaceSimulation: Simulation = {
  verifier: 'huggingface',
  live: HF_LIVE,
  revoked: HF_REVOKED,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/api/whoami-v2') return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { error: 'Invalid credentials in Authorization header' });
    return json(200, { type: 'user', id: '0123456789abcdef01234567', name: 'verify-test', auth: { type: 'access_token', accessToken: { displayName: 'ci', role: 'read' } } });
  },
};

const GITLAB_LIVE = 'glpat-T3stL1veT0ken_GL-a9z';
const GITLAB_REVOKED = 'glpat-T3stG0neT0ken_GL-b8y';

/** gitlab.com: the token's own record for a PAT, the job for a job token; 401 for either when dead. */
export const gitlabSimulation: Simulation = {
  verifier: 'gitlab',
  live: GITLAB_LIVE,
  revoked: GITLAB_REVOKED,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET') return notFound;
    const unauthorized = json(401, { message: '401 Unauthorized' });
    if (request.path === '/api/v4/personal_access_tokens/self') {
      const token = request.headers['private-token'];
      if (token === undefined || state(token) !== 'live') return unauthorized;
      return json(200, { id: 42, name: 'ci', revoked: false, active: true, scopes: ['read_api'], user_id: 7, expires_at: null });
    }
    if (request.path === '/api/v4/job') {
      const token = request.headers['job-token'];
      if (token === undefined || state(token) !== 'live') return unauthorized;
      return json(200, { id: 1001, status: 'running', stage: 'test', name: 'unit' });
    }
    return notFound;
  },
};

const POSTMAN_LIVE = `PMAK-${fill('0a1b2c3d4e5f', 24)}-${fill('9f8e7d6c5b4a', 34)}`;
const POSTMAN_REVOKED = `PMAK-${fill('1b2c3d4e5f6a', 24)}-${fill('8e7d6c5b4a3f', 34)}`;

export const postmanSimulation: Simulation = {
  verifier: 'postman',
  live: POSTMAN_LIVE,
  revoked: POSTMAN_REVOKED,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/me') return notFound;
    const key = request.headers['x-api-key'];
    if (key === undefined || state(key) !== 'live') {
      return json(401, { error: { name: 'AuthenticationError', message: 'Invalid API Key. Every request requires a valid API Key to be sent.' } });
    }
    return json(200, { user: { id: 12345678, username: 'verify-test', email: 'verify@example.com', fullName: 'Verify Test', isPublic: false } });
  },
};

// a restricted key that may not read the balance: Stripe answers 403, which still means live
const STRIPE_LIVE = `rk_live_${fill('T3stL1veStr1peRestr1cted', 99)}`;
const STRIPE_REVOKED = `sk_live_${fill('T3stG0neStr1peSecretKey0', 24)}`;

export const stripeSimulation: Simulation = {
  verifier: 'stripe',
  live: STRIPE_LIVE,
  revoked: STRIPE_REVOKED,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v1/balance') return notFound;
    // the key is the Basic-auth user; Bearer is accepted too
    const key = basicAuth(request)?.[0] ?? bearer(request);
    if (key === undefined || state(key) !== 'live') {
      return json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: ****' } });
    }
    if (key.startsWith('rk_')) {
      return json(403, { error: { type: 'invalid_request_error', message: 'The provided key does not have the required permissions for this endpoint. Having the rak_balance_read permission would allow this request to continue.' } });
    }
    return json(200, { object: 'balance', available: [{ amount: 0, currency: 'usd' }], livemode: true, pending: [] });
  },
};

const SHOP = 'verify-test-shop';

export const shopifySimulation: Simulation = {
  verifier: 'shopify',
  live: `shpat_${fill('5a4b3c2d1e0f', 32)}`,
  revoked: `shpat_${fill('0f1e2d3c4b5a', 32)}`,
  companions: { shop: `${SHOP}.myshopify.com` },
  judgesBody: true,
  answer(request, state) {
    if (request.host !== `${SHOP}.myshopify.com`) return json(404, { errors: 'Not Found' });
    if (request.method !== 'GET' || request.path !== '/admin/oauth/access_scopes.json') return notFound;
    const token = request.headers['x-shopify-access-token'];
    if (token === undefined || state(token) !== 'live') return json(401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    return json(200, { access_scopes: [{ handle: 'read_products' }, { handle: 'read_orders' }] });
  },
};

export const simulations: readonly Simulation[] = [
  openaiSimulation,
  anthropicSimulation,
  huggingfaceSimulation,
  gitlabSimulation,
  postmanSimulation,
  stripeSimulation,
  shopifySimulation,
];
