// Simulations of the second round of CI and developer-tool verifiers: Bitbucket Cloud, Buildkite,
// CircleCI, Doppler, HCP Terraform, Pulumi Cloud, Snyk, Travis CI, Figma, LaunchDarkly and
// RubyGems.org. Each answers as the vendor documents, and 404 to a request it would not understand.
// Every fake value is made up here, with the right prefix, length and (Bitbucket) checksum.
import { crc32 } from '../../../detectors/kit/checksums.js';
import { basicAuth, bearer, json, notFound, type SimRequest, type SimResponse, type Simulation } from './types.js';

/** `seed` repeated and cut to `length`: fake values of the right length. */
const fill = (seed: string, length: number): string => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

/** Whether the request is a GET of exactly `path`. */
const isGet = (request: SimRequest, path: string): boolean => request.method === 'GET' && request.path === path;

/** Bitbucket's form: ATCTT3x, a base64url body, '=', and the CRC-32 of all before it in 8 upper-case hex. */
function bitbucketToken(body: string): string {
  const head = `ATCTT3x${body}=`;
  return `${head}${crc32(head).toString(16).toUpperCase().padStart(8, '0')}`;
}

/** An app password: ATBB, 24 alphanumerics, and the CRC-32 of those 28 characters in 8 upper-case hex. */
function bitbucketAppPassword(body: string): string {
  const head = `ATBB${body}`;
  return `${head}${crc32(head).toString(16).toUpperCase().padStart(8, '0')}`;
}

const BITBUCKET_REPO = 'hygiene-ws/verify-app';
const BITBUCKET_USER = 'hygiene-bot';

// The live credential is an access token; the revoked one an app password (all turned off since
// June 2026), checked with the username beside it.
export const bitbucketSimulation: Simulation = {
  verifier: 'bitbucket',
  live: bitbucketToken(fill('Lv7Acc3ssT0kenForBitbucketVerify-x_', 180)),
  revoked: bitbucketAppPassword('Rv4kQ9mZ2xW7nB5tL8pD3cF6'),
  companions: { repoFullName: BITBUCKET_REPO, username: `BITBUCKET_USERNAME=${BITBUCKET_USER}` },
  judgesBody: true,
  answer(request, state) {
    if (isGet(request, '/2.0/user')) {
      const pair = basicAuth(request);
      if (pair === undefined || pair[0] !== BITBUCKET_USER || state(pair[1]) !== 'live') {
        return json(401, { type: 'error', error: { message: 'Unauthorized' } });
      }
      return json(200, { type: 'user', username: BITBUCKET_USER, display_name: 'Hygiene Bot', uuid: '{2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901}' });
    }
    if (!isGet(request, `/2.0/repositories/${BITBUCKET_REPO}`)) return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') {
      return json(401, { type: 'error', error: { message: 'Token is invalid, expired, or not supported for this endpoint.' } });
    }
    return json(200, { type: 'repository', full_name: BITBUCKET_REPO, name: 'verify-app', is_private: true, uuid: '{5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a}' });
  },
};

export const buildkiteSimulation: Simulation = {
  verifier: 'buildkite',
  live: `bkua_${fill('3f8a1c6e9b2d4f7a0c5e', 40)}`,
  revoked: `bkua_${fill('9e2b7d4a1f6c3e8b5a0d', 40)}`,
  judgesBody: true,
  answer(request, state) {
    // DELETE on the same path would revoke the token: the simulation knows only GET
    if (!isGet(request, '/v2/access-token')) return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') {
      return json(401, { message: 'Authentication required. Please supply a valid API Access Token: https://buildkite.com/docs/apis/rest-api#authentication' });
    }
    return json(200, { uuid: '7c1e4a9b-2d3f-4e5a-8b6c-9d0e1f2a3b4c', scopes: ['read_builds'], description: 'ci', created_at: '2025-01-01 00:00:00 UTC', user: { name: 'Verify Test', email: 'verify@example.com' } });
  },
};

export const circleciSimulation: Simulation = {
  verifier: 'circleci',
  live: `CCIPAT_${fill('Vq7Lx2Rt9Kp4Wm8Zn3Bc6', 22)}_${fill('4d9e2a7f1c8b', 40)}`,
  revoked: `CCIPAT_${fill('Hs5Jd1Gf6Yu3Qe9Ta2Ow8', 22)}_${fill('b3e8f1a6d2c9', 40)}`,
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/api/v2/me')) return notFound;
    const token = request.headers['circle-token'];
    if (token === undefined || state(token) !== 'live') return json(401, { message: 'You must log in first.' });
    return json(200, { id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', login: 'verify-test', name: 'Verify Test' });
  },
};

export const dopplerSimulation: Simulation = {
  verifier: 'doppler',
  live: `dp.pt.${fill('Wq3Zr8Tn1Lk6Vb4Xm9Pc2Hj7Sd5Fg0Ay', 43)}`,
  revoked: `dp.pt.${fill('Ey6Ku2Io9Pl4Mn8Bv1Cx5Zq3Wr7Ts0Hd', 43)}`,
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/v3/me')) return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { messages: ['Invalid Auth token'], success: false });
    return json(200, { workplace: { name: 'Verify Co', slug: 'verify-co' }, type: 'personal', token_preview: 'dp.pt.…', slug: 'verify-token', name: 'ci', created_at: '2025-01-01T00:00:00.000Z', last_seen_at: null });
  },
};

export const terraformCloudSimulation: Simulation = {
  verifier: 'terraform-cloud',
  live: `Vt4Qm8Xr2Ln6Kw.atlasv1.${fill('Pz3Hd7Bf1Jc5Gs9Ty-Mu2Ea6Ri0Wo4_Nl8Kv', 66)}`,
  revoked: `Jb9Ds3Fh7Gk1Lw.atlasv1.${fill('Xq6Yt2Cn8Vm4Ba0Zs-Pe5Ro1Tu7Iw3_Dk9Hf', 66)}`,
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/api/v2/account/details')) return notFound;
    const token = bearer(request);
    if (token === undefined || state(token) !== 'live') return json(401, { errors: [{ status: '401', title: 'unauthorized' }] });
    return json(200, { data: { id: 'user-V3r1fyT3stUs3r', type: 'users', attributes: { username: 'verify-test', 'is-service-account': false } } });
  },
};

export const pulumiSimulation: Simulation = {
  verifier: 'pulumi',
  live: `pul-${fill('8c3f1a9e5d7b2c6a0f4e', 40)}`,
  revoked: `pul-${fill('2b7e9d4c1a6f8e3b5d0c', 40)}`,
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/api/user')) return notFound;
    const token = bearer(request, 'token');
    if (token === undefined || state(token) !== 'live') return json(401, { code: 401, message: 'Unauthorized: No credentials provided or are invalid.' });
    return json(200, { id: '5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c', githubLogin: 'verify-test', name: 'Verify Test', email: 'verify@example.com', avatarUrl: '', organizations: [] });
  },
};

/** The region that holds the live Snyk token: the hosts asked before it do not know it. */
const SNYK_HOME = 'api.eu.snyk.io';

export const snykSimulation: Simulation = {
  verifier: 'snyk',
  live: '6b2f9c4e-1a7d-4e3b-9f8c-2d5a0e7b1c4f',
  revoked: 'e1d4a7c2-9b3f-4c6e-8a1d-5f2b7e9c3a60',
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'GET' || !request.path.startsWith('/rest/self')) return notFound;
    if (!/[?&]version=\d{4}-\d{2}-\d{2}(?:&|$)/.test(request.path)) {
      return json(400, { jsonapi: { version: '1.0' }, errors: [{ status: '400', detail: 'requested version is required' }] });
    }
    const token = bearer(request, 'token');
    if (token === undefined || state(token) !== 'live' || request.host !== SNYK_HOME) {
      return json(401, { jsonapi: { version: '1.0' }, errors: [{ status: '401', detail: 'Unauthorized' }] });
    }
    return json(200, { jsonapi: { version: '1.0' }, data: { type: 'user', id: '3c7a1e9f-5b2d-4f8a-a6c4-e0b9d2f71a35', attributes: { name: 'Verify Test', username: 'verify-test' } } });
  },
};

export const travisCiSimulation: Simulation = {
  verifier: 'travis-ci',
  live: 'Qw4Er7Ty1Ui5Op9As3Df6G',
  revoked: 'Zx8Cv2Bn6Mm0Lk4Jh7Gf1D',
  judgesBody: true,
  answer(request, state) {
    // without Travis-API-Version: 3 the v2 API would answer, in another shape
    if (!isGet(request, '/user') || request.headers['travis-api-version'] !== '3') return notFound;
    const token = bearer(request, 'token');
    if (token === undefined) return json(403, { '@type': 'error', error_type: 'login_required', error_message: 'login required' });
    if (state(token) !== 'live') return json(403, { '@type': 'error', error_type: 'wrong_credentials', error_message: 'access denied' });
    return json(200, { '@type': 'user', '@href': '/user/4242', '@representation': 'standard', id: 4242, login: 'verify-test', name: 'Verify Test' });
  },
};

export const figmaSimulation: Simulation = {
  verifier: 'figma',
  live: `figd_${fill('Rk3-Vn8_Tq1Wz6Lp4Ys9Bx2Hc7', 42)}`,
  revoked: `figd_${fill('Gm5_Jd0-Fu3Ei8Oa2Kt6Nr9Cw1', 42)}`,
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/v1/me')) return notFound;
    const token = request.headers['x-figma-token'];
    if (token === undefined || state(token) !== 'live') return json(403, { status: 403, err: 'Invalid token' });
    return json(200, { id: '1234567890123456789', handle: 'Verify Test', img_url: 'https://example.com/avatar.png', email: 'verify@example.com' });
  },
};

/** The instance that holds the live LaunchDarkly token: the federal one, asked last. */
const LAUNCHDARKLY_HOME = 'app.launchdarkly.us';

export const launchdarklySimulation: Simulation = {
  verifier: 'launchdarkly',
  live: 'api-4e8b2c6a-9d1f-4a3e-b7c5-0f2d8e6a1b9c',
  revoked: 'api-a9c3e7b1-5f2d-4b8e-9a6c-d1e4f7b0c2a8',
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/api/v2/caller-identity')) return notFound;
    // the token goes in as it is, without a scheme
    const token = request.headers.authorization;
    if (token === undefined || state(token) !== 'live' || request.host !== LAUNCHDARKLY_HOME) {
      return json(401, { code: 'unauthorized', message: 'Invalid access token' });
    }
    return json(200, { accountId: '5f0c2e8a9b1d3c4e5f6a7b8c', authKind: 'token', tokenKind: 'api', tokenName: 'ci', tokenId: '6a1b2c3d4e5f6a7b8c9d0e1f', serviceToken: true, scopes: null });
  },
};

/** RubyGems.org's refusals are plain text. */
const rubygemsRefusal = (status: number, words: string): SimResponse => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: words });

export const rubygemsSimulation: Simulation = {
  verifier: 'rubygems',
  live: `rubygems_${fill('7d2a9f4c1e8b6a3d0f5c', 48)}`,
  revoked: `rubygems_${fill('c4e1b8a5f2d9c6e3a0b7', 48)}`,
  judgesBody: true,
  answer(request, state) {
    if (!isGet(request, '/api/v1/gems.json')) return notFound;
    // the key alone, no scheme
    const key = request.headers.authorization;
    if (key === undefined || state(key) !== 'live') return rubygemsRefusal(401, 'Access Denied. Please sign up for an account at https://rubygems.org');
    return json(200, [{ name: 'verify-gem', downloads: 12, version: '0.1.0' }]);
  },
};

export const simulations: readonly Simulation[] = [
  bitbucketSimulation,
  buildkiteSimulation,
  circleciSimulation,
  dopplerSimulation,
  terraformCloudSimulation,
  pulumiSimulation,
  snykSimulation,
  travisCiSimulation,
  figmaSimulation,
  launchdarklySimulation,
  rubygemsSimulation,
];
