// Simulations of the package registries' and SaaS vendors' verifiers: npm, PyPI, Docker Hub,
// Datadog, Sentry, Linear, Notion, Atlassian. Every fake value is made up here, with the right
// prefix, length and (where the detector checks one) checksum.
import { base62, crc32 } from '../../../detectors/kit/checksums.js';
import { basicAuth, bearer, json, notFound, type SimRequest, type SimResponse, type Simulation } from './types.js';

/** npm's granular form: 30 random characters and their base62 CRC-32. */
const npmToken = (random: string): string => `npm_${random}${base62(crc32(random), 6)}`;

export const npmSimulation: Simulation = {
  verifier: 'npm',
  live: npmToken('Sh7estL1veNpmT0kenF0rVerify0a'.padEnd(30, 'x')),
  revoked: npmToken('Sh7estRev0kedNpmT0kenVerify1b'.padEnd(30, 'y')),
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/-/whoami') return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { error: 'You must be logged in to do that.' });
    return json(200, { username: 'hygiene-test' });
  },
};

/**
 * A PyPI macaroon as the detector reads it: version 2, the location, the identifier, one caveat
 * (the JSON `caveat`), then the signature.
 */
function pypiToken(location: string, identifier: string, caveat: string, signatureSeed: number): string {
  const field = (tag: number, data: Buffer): Buffer => Buffer.concat([Buffer.from([tag, data.length]), data]);
  const signature = Buffer.alloc(32, signatureSeed);
  const bytes = Buffer.concat([
    Buffer.from([2]),
    field(1, Buffer.from(location)),
    field(2, Buffer.from(identifier)),
    Buffer.from([0]),
    field(2, Buffer.from(caveat)),
    Buffer.from([0, 0]),
    field(6, signature),
  ]);
  return `pypi-${bytes.toString('base64url')}`;
}

const PYPI_USER_CAVEAT = '{"permissions": "user", "version": 1}';
const PYPI_LIVE = pypiToken('pypi.org', 'b1c2d3e4-0a0b-4c0d-8e0f-aabbccddeeff', PYPI_USER_CAVEAT, 0x5a);
const PYPI_REVOKED = pypiToken('pypi.org', 'f0e1d2c3-1b2a-4d3c-9f8e-112233445566', PYPI_USER_CAVEAT, 0xa5);
/** A Trusted Publishing token: it carries an expiry caveat. */
export const PYPI_TRUSTED_PUBLISHING = pypiToken('pypi.org', '0d0e0f10-2c3d-4e5f-a0b1-c2d3e4f50617', '[0,1760000900,1760000000]', 0x3c);
/** A token issued by TestPyPI. */
export const PYPI_TEST_INDEX = pypiToken('test.pypi.org', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', PYPI_USER_CAVEAT, 0x77);

/** PyPI's refusal: the message rides in the status line; the body is a generic page. */
const pypiRefusal = (status: number, words: string): SimResponse => ({ status, headers: { 'content-type': 'text/plain' }, body: `${status} ${words}` });

export const pypiSimulation: Simulation = {
  verifier: 'pypi',
  live: PYPI_LIVE,
  revoked: PYPI_REVOKED,
  answer(request, state) {
    const multipart = (request.headers['content-type'] ?? '').startsWith('multipart/form-data; boundary=');
    if (request.method !== 'POST' || request.path !== '/legacy/' || !multipart || !request.body.includes('name=":action"\r\n\r\nfile_upload\r\n')) return notFound;
    // the gate: a token PyPI knows, sent as the password of __token__
    const pair = basicAuth(request);
    if (!pair || pair[0] !== '__token__' || state(pair[1]) !== 'live') return pypiRefusal(403, 'Invalid or non-existent authentication information.');
    // past the gate, the form is validated before any project is looked up
    if (request.body.includes('name="name"')) return { status: 500, body: 'the simulation stores nothing' };
    return pypiRefusal(400, "'' is an invalid value for Name. Error: This field is required.");
  },
};

const DOCKER_ID = 'cibot2024';

export const dockerHubSimulation: Simulation = {
  verifier: 'docker-hub',
  live: 'dckr_pat_Vx3kQ9mTz1LbW7sN0pYc4Rj2Hdu',
  revoked: 'dckr_pat_Jq8Fw2nXa6Ks1Gv5Tz9Lm3Pb7Ce',
  companions: { dockerId: DOCKER_ID },
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/v2/auth/token' || !(request.headers['content-type'] ?? '').startsWith('application/json')) return notFound;
    let login: { identifier?: unknown; secret?: unknown };
    try {
      login = JSON.parse(request.body) as typeof login;
    } catch {
      return json(400, { message: 'invalid request body' });
    }
    const ok = login.identifier === DOCKER_ID && typeof login.secret === 'string' && state(login.secret) === 'live';
    return ok ? json(200, { access_token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaWJvdDIwMjQifQ.c2ln' }) : json(401, { detail: 'Incorrect authentication credentials', message: 'incorrect credentials' });
  },
};

/** The site that holds the live key: the first site asked (US1) does not know it. */
const DATADOG_HOME_SITE = 'api.datadoghq.eu';

export const datadogSimulation: Simulation = {
  verifier: 'datadog',
  live: '5e0c2a91f7d34b68a1c09e3f7b2d4c61',
  revoked: 'a7f3c1d95b2e40867d1f3a9c5e7b0d28',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/api/v1/validate') return notFound;
    const key = request.headers['dd-api-key'];
    const known = key !== undefined && state(key) === 'live' && request.host === DATADOG_HOME_SITE;
    return known ? json(200, { valid: true }) : json(403, { errors: ['Forbidden'] });
  },
};

/** Sentry's API root: anonymous callers get auth null, known tokens their scopes, others 401. */
function sentryAnswer(request: SimRequest, state: (credential: string) => 'live' | 'revoked'): SimResponse {
  if (request.method !== 'GET' || request.path !== '/api/0/') return notFound;
  const token = bearer(request);
  if (token === undefined) return json(200, { version: '0', auth: null, user: null });
  if (state(token) !== 'live') return json(401, { detail: token.startsWith('sntrys_') ? 'Invalid org token' : 'Invalid token' });
  return json(200, { version: '0', auth: { scopes: ['org:read', 'project:read'] }, user: { id: '42', username: 'hygiene-test' } });
}

export const sentrySimulation: Simulation = {
  verifier: 'sentry',
  live: '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',
  revoked: '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',
  judgesBody: true,
  answer: sentryAnswer,
};

export const linearSimulation: Simulation = {
  verifier: 'linear',
  live: 'lin_api_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5Nm7a',
  revoked: 'lin_api_Mn8Bv6Cx4Zl2Kj0Hg8Fd6Sa4Po2Iu0Yt8Re6Wq4b',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/graphql') return notFound;
    if (!request.body.includes('viewer')) return json(400, { errors: [{ message: 'Query must select viewer', extensions: { type: 'graphql error' } }] });
    // a personal key goes in as it is, without a Bearer scheme
    const key = request.headers.authorization;
    if (key === undefined || !key.startsWith('lin_api_') || state(key) !== 'live') {
      return json(400, {
        errors: [{ message: 'Authentication required, not authenticated', extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR', userPresentableMessage: 'You need to authenticate.' } }],
      });
    }
    return json(200, { data: { viewer: { id: '4b1c7e2a-9d3f-4e8a-b6c5-1f2e3d4c5b6a' } } });
  },
};

export const notionSimulation: Simulation = {
  verifier: 'notion',
  live: 'ntn_4kT9xQ2mW7pL1vB8nC3zR6yH5jD0sF4gK7aE2uI9oP3qM1',
  revoked: 'ntn_8hG2fD5sA1zX7cV4bN9mQ3wE6rT0yU8iO2pL5kJ3hG7fD2',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v1/users/me') return notFound;
    if (request.headers['notion-version'] === undefined) return json(400, { object: 'error', status: 400, code: 'missing_version', message: 'Notion-Version header failed validation.' });
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' });
    return json(200, { object: 'user', id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', type: 'bot', bot: {} });
  },
};

/** Atlassian's form: ATATT3, a base64url body, '=', and the CRC-32 of all before it in 8 upper-case hex. */
function atlassianToken(body: string): string {
  const head = `ATATT3${body}=`;
  return `${head}${crc32(head).toString(16).toUpperCase().padStart(8, '0')}`;
}

const ATLASSIAN_SITE = 'hygiene-test.atlassian.net';
const ATLASSIAN_EMAIL = 'ops@hygiene-test.example';

export const atlassianSimulation: Simulation = {
  verifier: 'atlassian',
  live: atlassianToken('xFfGF0'.concat('Lv3T0kenBody-For_SecretHygieneVerifyTests'.repeat(4))),
  revoked: atlassianToken('xFfGF0'.concat('Rv9T0kenBody-For_SecretHygieneVerifyTests'.repeat(4))),
  companions: { site: ATLASSIAN_SITE, email: ATLASSIAN_EMAIL },
  judgesBody: true,
  answer(request, state) {
    if (request.host !== ATLASSIAN_SITE || request.method !== 'GET' || request.path !== '/rest/api/3/myself') return notFound;
    const pair = basicAuth(request);
    if (!pair || pair[0] !== ATLASSIAN_EMAIL || state(pair[1]) !== 'live') return json(401, { errorMessages: ['Client must be authenticated to access this resource.'] });
    return json(200, { accountId: '5b10ac8d82e05b22cc7d4ef5', emailAddress: ATLASSIAN_EMAIL, active: true });
  },
};

export const simulations: readonly Simulation[] = [
  npmSimulation,
  pypiSimulation,
  dockerHubSimulation,
  datadogSimulation,
  sentrySimulation,
  linearSimulation,
  notionSimulation,
  atlassianSimulation,
];
