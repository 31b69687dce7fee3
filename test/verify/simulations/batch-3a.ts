// Simulations of the Google Cloud service-account, Twitch, Mandrill, PayPal, Cloudsmith and JFrog
// verifiers. Every value here is made up for these tests; the service-account keys are generated
// when the tests load, so no private key is written into the repository.
import { createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { basicAuth, bearer, json, notFound, type SimResponse, type Simulation } from './types.js';

/**
 * A PKCS#8 RSA key as a key file's "private_key" holds it: one line, its breaks escaped as \n. 1,024 bits, not
 * Google's 2,048: the simulation only signs and verifies, and the smaller key is made in 8 ms, not 170.
 */
function serviceAccountKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
  return pem.replace(/\n/g, '\\n');
}

const GCP_EMAIL = 'exporter@hygiene-test.iam.gserviceaccount.com';
const GCP_LIVE = serviceAccountKey();
const GCP_REVOKED = serviceAccountKey();
const publicHalf = (secret: string): KeyObject => createPublicKey(secret.replace(/\\n/g, '\n'));
const GCP_KEYS: readonly (readonly [string, KeyObject])[] = [
  [GCP_LIVE, publicHalf(GCP_LIVE)],
  [GCP_REVOKED, publicHalf(GCP_REVOKED)],
];

const decodePart = (part: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

// Google: the revoked key was deleted, so its signature no longer verifies for the account.
export const gcpServiceAccountSimulation: Simulation = {
  verifier: 'gcp-service-account',
  live: GCP_LIVE,
  revoked: GCP_REVOKED,
  companions: { clientEmail: GCP_EMAIL },
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/token') return notFound;
    if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return json(400, { error: 'invalid_request', error_description: 'Bad Request' });
    const form = new URLSearchParams(request.body);
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return json(400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' });
    const parts = (form.get('assertion') ?? '').split('.');
    const header = decodePart(parts[0] ?? '');
    const claims = decodePart(parts[1] ?? '');
    if (parts.length !== 3 || header?.alg !== 'RS256' || claims === undefined) return json(400, { error: 'invalid_grant', error_description: 'Invalid JWT: could not be parsed' });
    const iat = Number(claims.iat);
    const exp = Number(claims.exp);
    const fresh = Math.abs(Date.now() / 1000 - iat) < 300 && exp > iat && exp - iat <= 3600;
    if (claims.aud !== 'https://oauth2.googleapis.com/token' || typeof claims.scope !== 'string' || !fresh) {
      return json(400, { error: 'invalid_grant', error_description: 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.' });
    }
    if (claims.iss !== GCP_EMAIL) return json(400, { error: 'invalid_grant', error_description: 'Invalid grant: account not found' });
    const input = Buffer.from(`${parts[0]}.${parts[1]}`, 'utf8');
    const signature = Buffer.from(parts[2] ?? '', 'base64url');
    const signer = GCP_KEYS.find(([, key]) => verify('RSA-SHA256', input, key, signature))?.[0];
    if (signer === undefined || state(signer) !== 'live') return json(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
    return json(200, { access_token: 'ya29.c.' + 'b0AfakeHygieneTestAccessToken0123456789', expires_in: 3599, token_type: 'Bearer' });
  },
};

export const twitchSimulation: Simulation = {
  verifier: 'twitch',
  live: 'k3v9q0x7m2b8n4c6z1w5r0t9y3u8ip',
  revoked: 'p8e2w6a0s4d9f1g7h3j5l0z8x2c6vb',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/oauth2/validate') return notFound;
    const token = bearer(request, 'OAuth');
    if (token === undefined) return json(401, { status: 401, message: 'missing authorization token' });
    if (state(token) !== 'live') return json(401, { status: 401, message: 'invalid access token' });
    return json(200, { client_id: 'wbmytr93xzw8zbg0p1izqyzzc5mbiz', login: 'hygiene_test', scopes: ['chat:read'], user_id: '141981764', expires_in: 5520838 });
  },
};

const mandrillError: SimResponse = json(500, { status: 'error', code: -1, name: 'Invalid_Key', message: 'Invalid API key' });

export const mandrillSimulation: Simulation = {
  verifier: 'mandrill',
  live: 'md-' + 'Tq4Lx9Vb2Nw7Hc5Kp8Rz3A',
  revoked: 'md-' + 'Yh6Df1Gs8Jm3Qe0Wu5Ox2B',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/api/1.0/users/ping2') return notFound;
    let key: unknown;
    try {
      key = (JSON.parse(request.body) as Record<string, unknown>).key;
    } catch {
      return json(500, { status: 'error', code: -2, name: 'ValidationError', message: 'You must specify a key value' });
    }
    if (typeof key !== 'string' || state(key) !== 'live') return mandrillError;
    return json(200, { PING: 'PONG!' });
  },
};

// PayPal: the live secret is a Sandbox app's, so the live host refuses it and the Sandbox host answers.
const PAYPAL_CLIENT_ID = 'A' + 'Vq3mZt8LkW1xP5nR7yB2cH9dF4gJ6sU0eQ_aT-oI3vN8wK5rM2pL7zX4bC1yD6fG9hE0jS3uY5tR8Wq';

export const paypalSimulation: Simulation = {
  verifier: 'paypal',
  live: 'E' + 'Kp7Rw2Xn9Lq4Tz6Vb1Mc8Hd3Fs5Gj0Yu_e-AoPi2Nk7Wq4Zr9Lt6Xm1Bv8Cy3Dh5Fn0Gs7Jq2Hw4Kza',
  revoked: 'E' + 'Lm3Qa8Sw1De6Rf4Tg9Yh2Uj7Ik5Ol0Pz_x-CvBn4Mq8Wr2Ty6Ui3Op9As1Df5Gh7Jk0Lz2Xc4Vb8Nmb',
  companions: { clientId: PAYPAL_CLIENT_ID },
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/v1/oauth2/token' || request.body !== 'grant_type=client_credentials') return notFound;
    const pair = basicAuth(request);
    const refused = json(401, { error: 'invalid_client', error_description: 'Client Authentication failed' });
    if (!pair || pair[0] !== PAYPAL_CLIENT_ID || state(pair[1]) !== 'live' || request.host !== 'api-m.sandbox.paypal.com') return refused;
    return json(200, { scope: 'https://uri.paypal.com/services/payments/payment', access_token: 'A21AA' + 'FakeHygieneTestToken0123456789', token_type: 'Bearer', app_id: 'APP-80W284485P519543T', expires_in: 32400 });
  },
};

export const cloudsmithSimulation: Simulation = {
  verifier: 'cloudsmith',
  live: '7d1c4b9e2a6f3058c1e7b4d92f6a0c3e5b8d1f47',
  revoked: 'e2b5f8a1c4d70936b2e5f8a1d4c7093b6e2f5a81',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/v1/user/self/') return notFound;
    const key = request.headers['x-api-key'];
    // anonymous callers get a brief too, saying they are not logged in
    if (key === undefined) return json(200, { authenticated: false, email: null, name: null, slug: null });
    if (state(key) !== 'live') return json(401, { detail: 'Invalid API Key.' });
    return json(200, { authenticated: true, email: 'ci@hygiene-test.example', name: 'CI Bot', slug: 'ci-bot', slug_perm: 'Xq3vT8pLm2Rz' });
  },
};

/** A reference token: base64 of 'reftkn:01:<expiry>:<random>'. */
const reference = (random: string): string => Buffer.from(`reftkn:01:1893456000:${random}`, 'latin1').toString('base64');
const JFROG_INSTANCE = 'hygiene-test.jfrog.io';

export const jfrogSimulation: Simulation = {
  verifier: 'jfrog',
  live: reference('Lv7qT2mX9wK4pR8zN3bV6cY1hJ5'),
  revoked: reference('Rv2nB8xQ5tM1wZ7kP4cL9dG3fH6'),
  companions: { instance: JFROG_INSTANCE },
  judgesBody: true,
  answer(request, state) {
    if (request.host !== JFROG_INSTANCE || request.method !== 'GET' || request.path !== '/access/api/v1/tokens/me') return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { errors: [{ code: 'UNAUTHORIZED', message: 'Bad credentials' }] });
    return json(200, { token_id: '8b4f2c1e-6a3d-4e9b-b7c5-0d2f9a1e3c6b', subject: 'jfac@01hygienetest/users/ci-bot', issued_at: 1735689600, issuer: 'jfac@01hygienetest', refreshable: false });
  },
};

export const simulations: readonly Simulation[] = [
  gcpServiceAccountSimulation,
  twitchSimulation,
  mandrillSimulation,
  paypalSimulation,
  cloudsmithSimulation,
  jfrogSimulation,
];
