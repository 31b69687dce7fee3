// Simulations of the second round of SaaS, AI, data and payment verifiers: Airtable, Asana, Dropbox,
// HubSpot, Mapbox, New Relic, Segment, Groq, Cohere, DeepSeek, OpenRouter, Replicate, Supabase and
// Square. Each answers as the vendor's API reference says, and 404 to a request it would not
// understand. Every fake value is made up here, with the right prefix and length.
import { bearer, json, notFound, type SimRequest, type SimResponse, type Simulation } from './types.js';

/** `seed` repeated and cut to `length`: fake values of the right length. */
const fill = (seed: string, length: number): string => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

/** The token a Bearer request carries, if the vendor knows it as live. */
const liveBearer = (request: SimRequest, state: (credential: string) => 'live' | 'revoked'): boolean => {
  const token = bearer(request);
  return token !== undefined && state(token) === 'live';
};

export const airtableSimulation: Simulation = {
  verifier: 'airtable',
  live: `patVf7Kq2Lm9Xw3Rt.${fill('3e9a0c71b5d24f86', 64)}`,
  revoked: `patQz4Hn8Bv1Jc6Ys.${fill('8b2d5f0e7a1c94d3', 64)}`,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v0/meta/whoami') return notFound;
    if (!liveBearer(request, state)) return json(401, { error: { type: 'AUTHENTICATION_REQUIRED', message: 'Authentication required' } });
    return json(200, { id: 'usrT3stV3rifyUs3r' });
  },
};

export const asanaSimulation: Simulation = {
  verifier: 'asana',
  live: `2/1204758836190275/1209934471562048:${fill('5c0e9b27d4a3f816', 32)}`,
  // the older 0/ form, refused like any revoked token
  revoked: `0/${fill('a7d2406f1e8c3b95', 32)}`,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/api/1.0/users/me') return notFound;
    if (!liveBearer(request, state)) {
      return json(401, { errors: [{ message: 'Not Authorized', help: 'For more information on API status codes and how to handle them, read the docs on errors.' }] });
    }
    return json(200, { data: { gid: '1204758836190275', name: 'Verify Test', resource_type: 'user', workspaces: [] } });
  },
};

export const dropboxSimulation: Simulation = {
  verifier: 'dropbox',
  live: `sl.u.${fill('AbC3dE5fG7hJ9kL1mN_pQ-rS2tU4vW6xY8z0', 150)}`,
  // a long-lived token (11 characters, ten A's, 43 more), refused like a revoked sl. token
  revoked: `Hq7Vb2Nx9Lk${'A'.repeat(10)}${fill('Zr4Tm8Wp1Yc6Qs3Jd0Gf5Ha-Kn_Lx2Bv', 43)}`,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/2/users/get_current_account') return notFound;
    // an RPC route with no argument: no body, or the JSON null with a JSON content type
    const type = request.headers['content-type'];
    if (type !== undefined && !(type.startsWith('application/json') && request.body.trim() === 'null')) {
      return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Error in call to API function "users/get_current_account": request body: could not decode input as JSON' };
    }
    if (!liveBearer(request, state)) {
      return json(401, { error_summary: 'invalid_access_token/..', error: { '.tag': 'invalid_access_token' } });
    }
    return json(200, { account_id: 'dbid:AAD3stV3rifyAcc0untId0000000000000', email: 'verify@example.com', disabled: false, account_type: { '.tag': 'basic' } });
  },
};

export const hubspotSimulation: Simulation = {
  verifier: 'hubspot',
  live: 'pat-na1-5d0f3a2c-91e7-4b68-a4c2-7e1b9d3f6a05',
  revoked: 'pat-eu1-c84b2e19-3f06-4d7a-9b51-0a6e2d8c4f73',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/account-info/v3/details') return notFound;
    if (!liveBearer(request, state)) {
      return json(401, {
        status: 'error',
        message: 'Authentication credentials not found. This API supports OAuth 2.0 authentication.',
        correlationId: '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f',
        category: 'INVALID_AUTHENTICATION',
      });
    }
    return json(200, { portalId: 24681357, accountType: 'STANDARD', timeZone: 'US/Eastern', companyCurrency: 'USD', additionalCurrencies: [], utcOffset: '-05:00', utcOffsetMilliseconds: -18000000, uiDomain: 'app.hubspot.com', dataHostingLocation: 'na1' });
  },
};

/** A Mapbox secret token: sk., a base64url JSON payload naming the user, and a signature. */
const mapboxToken = (user: string, authorization: string, signature: string): string =>
  `sk.${Buffer.from(JSON.stringify({ u: user, a: authorization })).toString('base64url')}.${signature}`;

const MAPBOX_LIVE = mapboxToken('verify-maps', 'clt3stv3r1fy0a1b2c3d4e5f6', 'Qw3rTy7UiOp1AsDfGh5JkL');
const MAPBOX_REVOKED = mapboxToken('verify-maps', 'clg0n3t0k3n9z8y7x6w5v4u3t', 'Zx9CvBn2MlKj4HgFd6SaPo');

export const mapboxSimulation: Simulation = {
  verifier: 'mapbox',
  live: MAPBOX_LIVE,
  revoked: MAPBOX_REVOKED,
  judgesBody: true,
  answer(request, state) {
    const url = new URL(request.path, 'https://api.mapbox.com');
    if (request.method !== 'GET' || url.pathname !== '/tokens/v2') return notFound;
    const token = url.searchParams.get('access_token');
    if (!token) return json(422, { message: 'access token is required' });
    // a deleted token is still reported on, with the reason in "code"
    if (state(token) !== 'live') return json(401, { code: 'TokenRevoked', token: { usage: 'sk', user: 'verify-maps' } });
    return json(200, { code: 'TokenValid', token: { usage: 'sk', user: 'verify-maps', authorization: 'clt3stv3r1fy0a1b2c3d4e5f6', scopes: ['styles:read'], client: 'api' } });
  },
};

/** The region that holds the live key: the first host asked (US) does not know it. */
const NEW_RELIC_HOME = 'api.eu.newrelic.com';

export const newRelicSimulation: Simulation = {
  verifier: 'new-relic',
  live: 'NRAK-7QX2MB9KD4LW8ZT1RV6HC3NP5YG',
  revoked: 'NRAK-4JF8TS2QN6XB9MK1WD5CZ7LR3PH',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/graphql' || !(request.headers['content-type'] ?? '').startsWith('application/json')) return notFound;
    let query: unknown;
    try {
      query = (JSON.parse(request.body) as { query?: unknown }).query;
    } catch {
      return json(400, { errors: [{ message: 'Could not parse the request body as JSON' }] });
    }
    if (typeof query !== 'string' || !query.includes('actor')) return json(200, { errors: [{ message: 'Cannot query field on type "RootQueryType".' }] });
    const key = request.headers['api-key'];
    if (key === undefined || state(key) !== 'live' || request.host !== NEW_RELIC_HOME) {
      return json(401, { errors: [{ extensions: { error_code: 'BAD_API_KEY' }, message: 'Bad API Key or no API Key provided' }] });
    }
    return json(200, { data: { actor: { user: { id: 3141592 } } } });
  },
};

/** Segment: the live token's workspace is an EU one, so the US host refuses it. */
const SEGMENT_HOME = 'eu1.api.segmentapis.com';

export const segmentSimulation: Simulation = {
  verifier: 'segment',
  live: `sgp_${fill('Lk3Vb8Nq1Zx6Mw4Rt9Yp2Hs7Jd5Gf0Ca', 64)}`,
  revoked: `sgp_${fill('Pe2Wq7Ro4Ti9Uy1Az6Sx3Dc8Fv5Gb0Hn', 64)}`,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/') return notFound;
    if (!liveBearer(request, state) || request.host !== SEGMENT_HOME) return json(401, { errors: [{ type: 'unauthorized', message: 'Unauthorized' }] });
    return json(200, { data: { workspace: { id: '9zT3stV3rifyW0rksp4ce', name: 'Verify Test', slug: 'verify-test' } } });
  },
};

export const groqSimulation: Simulation = {
  verifier: 'groq',
  live: `gsk_${fill('Wm4Qz8Rt2Yx6Kp1Ln5Vb9Hc3Jd7Fg0Sa', 52)}`,
  revoked: `gsk_${fill('Tn7Bx2Lq9Mw4Zc6Rv1Hp8Kd3Jf5Gs0Ye', 52)}`,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/openai/v1/models') return notFound;
    if (!liveBearer(request, state)) return json(401, { error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' } });
    return json(200, { object: 'list', data: [{ id: 'llama-test', object: 'model', created: 0, owned_by: 'Meta', active: true, context_window: 8192 }] });
  },
};

export const cohereSimulation: Simulation = {
  verifier: 'cohere',
  live: 'Hq3Zt8Lm2Vx7Nc5Rw9Pb4Kd1Jg6Fs0Ya3Ue8Ti2W',
  revoked: 'Bv6Nm1Qw4Er9Ty2Ui7Op3As8Df5Gh0Jk1Lz6Xc4R',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/v1/check-api-key') return notFound;
    if (!liveBearer(request, state)) return json(401, { message: 'invalid api token' });
    return json(200, { valid: true, organization_id: 'org_t3stv3r1fy0rg', owner_id: 'user_t3stv3r1fy0wn3r' });
  },
};

export const deepseekSimulation: Simulation = {
  verifier: 'deepseek',
  live: 'sk-7c1e4a9f02d85b36e1a07c4d9b2f6e83',
  revoked: 'sk-e25b8d0a7f3c461e9d0b5a2c8f7e1d46',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/user/balance') return notFound;
    if (!liveBearer(request, state)) {
      return json(401, { error: { message: 'Authentication Fails, Your api key: ****1d46 is invalid', type: 'authentication_error', param: null, code: 'invalid_request_error' } });
    }
    // an account with nothing left: still a working key
    return json(200, { is_available: false, balance_infos: [{ currency: 'USD', total_balance: '0.00', granted_balance: '0.00', topped_up_balance: '0.00' }] });
  },
};

export const openrouterSimulation: Simulation = {
  verifier: 'openrouter',
  live: `sk-or-v1-${fill('4f9b1e7c03a85d26', 64)}`,
  revoked: `sk-or-v1-${fill('d02c8a5e71f4b396', 64)}`,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/api/v1/key') return notFound;
    if (!liveBearer(request, state)) return json(401, { error: { message: 'User not found.', code: 401 } });
    return json(200, { data: { label: 'sk-or-v1-4f9...396', limit: null, usage: 0.25, limit_remaining: null, is_free_tier: false, is_provisioning_key: false } });
  },
};

export const replicateSimulation: Simulation = {
  verifier: 'replicate',
  live: `r8_${fill('Kd4Vx9Lq2Mz7Nc1Rb6Tw3Hp8Jf5Gs0Ye', 37)}`,
  revoked: `r8_${fill('Wn2Qa7Zs4Xe9Cd1Vf6Bg3Nh8Mj5Kl0Po', 37)}`,
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v1/account') return notFound;
    if (!liveBearer(request, state)) return json(401, { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token', status: 401 });
    return json(200, { type: 'user', username: 'verify-test', name: 'Verify Test', github_url: 'https://github.com/verify-test' });
  },
};

/** Supabase: the live token is a scoped one that may not list projects, so it gets 403. */
export const supabaseSimulation: Simulation = {
  verifier: 'supabase',
  live: 'sbp_fc91d3a7e2b40f58c6d19a3e7b5f02c48d1e6a93',
  revoked: 'sbp_0e7b4c2a9d51f83e6b0c4a7d2f95e18b3c6a0d74',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v1/projects') return notFound;
    if (!liveBearer(request, state)) return json(401, { message: 'Unauthorized' });
    return json(403, { message: 'Your access token does not have the permission required for this request' });
  },
};

/** Square: the live token is a Sandbox one, which production refuses as it refuses a revoked token. */
const SQUARE_HOME = 'connect.squareupsandbox.com';

function squareAnswer(request: SimRequest, state: (credential: string) => 'live' | 'revoked'): SimResponse {
  if (request.method !== 'GET' || request.path !== '/v2/locations') return notFound;
  if (!liveBearer(request, state) || request.host !== SQUARE_HOME) {
    return json(401, { errors: [{ category: 'AUTHENTICATION_ERROR', code: 'UNAUTHORIZED', detail: 'This request could not be authorized.' }] });
  }
  return json(200, { locations: [{ id: 'LT3STV3R1FY01', name: 'Default Test Account', status: 'ACTIVE', country: 'US', currency: 'USD' }] });
}

export const squareSimulation: Simulation = {
  verifier: 'square',
  live: `EAAA${fill('lT3st-Sandb0x_V3rifyT0k3nQw8Er2Ty', 60)}`,
  revoked: `sq0atp-${fill('Rv0k3dT0k3n_Sq-9x', 22)}`,
  judgesBody: true,
  answer: squareAnswer,
};

export const simulations: readonly Simulation[] = [
  airtableSimulation,
  asanaSimulation,
  dropboxSimulation,
  hubspotSimulation,
  mapboxSimulation,
  newRelicSimulation,
  segmentSimulation,
  groqSimulation,
  cohereSimulation,
  deepseekSimulation,
  openrouterSimulation,
  replicateSimulation,
  supabaseSimulation,
  squareSimulation,
];
