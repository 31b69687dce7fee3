import { field, postJson } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// The GraphQL query { viewer { id } } reads the key's own user and changes nothing. A personal API
// key goes in Authorization as it is (no Bearer). 200 with data.viewer.id: the key works. An
// "authentication error" (HTTP 400 or 401, extensions.type in the errors list): revoked or never
// valid. Linear reports its rate limit as a RATELIMITED error code, not always as HTTP 429.
const HOST = 'api.linear.app';

/** The `extensions` of each GraphQL error in the answer. */
function errorExtensions(a: Answer): Record<string, unknown>[] {
  const errors = field(a, 'errors');
  if (!Array.isArray(errors)) return [];
  return errors.map((e: unknown) => (e as { extensions?: Record<string, unknown> } | null)?.extensions ?? {});
}

export const linearVerifier: Verifier = {
  id: 'linear',
  vendor: 'Linear',
  detectors: ['linear-api-key'],
  hosts: [HOST],
  call: 'POST https://api.linear.app/graphql { viewer { id } }',
  requests: ({ secret }) => [postJson(HOST, '/graphql', { query: '{ viewer { id } }' }, { authorization: secret, accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'data.viewer.id') === 'string',
  revoked: (a) =>
    (a.status === 400 || a.status === 401) &&
    errorExtensions(a).some((x) => x['type'] === 'authentication error' || x['code'] === 'AUTHENTICATION_ERROR'),
  rateLimited: (a) => errorExtensions(a).some((x) => x['code'] === 'RATELIMITED' || x['type'] === 'ratelimited'),
};
