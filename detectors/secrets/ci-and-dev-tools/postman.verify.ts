import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /me names the owner of the API key sent in X-Api-Key: 200 with a `user` object when the key
// works. 401 (an `error` object, AuthenticationError) when the key was deleted or never existed.
const HOST = 'api.getpostman.com';

export const postmanVerifier: Verifier = {
  id: 'postman',
  vendor: 'Postman',
  detectors: ['postman-api-key'],
  hosts: [HOST],
  call: 'GET https://api.getpostman.com/me',
  requests: ({ secret }) => [get(HOST, '/me', { 'x-api-key': secret })],
  live: (a) => a.status === 200 && field(a, 'user.id') !== undefined,
  revoked: [401],
};
