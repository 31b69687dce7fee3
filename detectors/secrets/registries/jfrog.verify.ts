import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /access/api/v1/tokens/me (Artifactory 7.53.1 and later) describes the token that calls it,
// sent as a bearer token, and changes nothing. 200 with its token_id: the token works; 401: the
// token is revoked or expired, or unknown to that instance. A reference token is good only on the
// platform that issued it, so the instance's name is read from the same file and only a JFrog
// Cloud instance (<name>.jfrog.io) is asked; a self-hosted one is never contacted.
export const jfrogVerifier: Verifier = {
  id: 'jfrog',
  vendor: 'JFrog',
  detectors: ['jfrog-reference-token'],
  hosts: ['*.jfrog.io'],
  call: 'GET https://<name>.jfrog.io/access/api/v1/tokens/me (bearer token; the instance from the same file)',
  companions: {
    instance: {
      // JFrog's own download and documentation hosts are not a customer's instance
      pattern: /(?<![A-Za-z0-9.-])(?!(?:releases|www|docs|jcenter)\.)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.jfrog\.io(?![A-Za-z0-9-])/gi,
      describe: 'the JFrog Cloud instance (<name>.jfrog.io)',
    },
  },
  requests: ({ secret, companions }) => [
    get(`${(companions.instance as string).toLowerCase()}.jfrog.io`, '/access/api/v1/tokens/me', { authorization: `Bearer ${secret}`, accept: 'application/json' }),
  ],
  live: (a) => a.status === 200 && typeof field(a, 'token_id') === 'string',
  revoked: [401],
  revokedMeans: 'refused by the instance named next to it: revoked or expired, or issued by another instance',
};
