import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/v2/caller-identity (the token alone in the Authorization header, no scheme) describes
// the identity behind the request: 200 with its account and kind when the token works, 401 when
// LaunchDarkly does not take it. The EU and federal instances keep their own tokens, so the
// commercial host is asked first, then app.eu.launchdarkly.com and app.launchdarkly.us; the token
// is revoked only when all three refuse it.
const HOSTS = ['app.launchdarkly.com', 'app.eu.launchdarkly.com', 'app.launchdarkly.us'];

export const launchdarklyVerifier: Verifier = {
  id: 'launchdarkly',
  vendor: 'LaunchDarkly',
  detectors: ['launchdarkly-access-token'],
  hosts: HOSTS,
  call: 'GET https://app.launchdarkly.com/api/v2/caller-identity (then the EU and federal hosts)',
  requests: ({ secret }) => HOSTS.map((host) => get(host, '/api/v2/caller-identity', { authorization: secret, accept: 'application/json' })),
  live: (a) => a.status === 200 && (typeof field(a, 'accountId') === 'string' || typeof field(a, 'authKind') === 'string'),
  revoked: [401],
};
