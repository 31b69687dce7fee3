import { field, postJson } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// A personal access token logs in only together with its owner's Docker ID. POST /v2/auth/token with
// both returns a short-lived bearer token (200, access_token) and changes nothing on the account; it
// is the documented successor of the deprecated /v2/users/login. 401: the pair does not log in: the
// token is revoked, expired or deactivated (or the Docker ID beside it is not its owner's).
const HOST = 'hub.docker.com';

export const dockerHubVerifier: Verifier = {
  id: 'docker-hub',
  vendor: 'Docker Hub',
  detectors: ['docker-hub-pat'],
  hosts: [HOST],
  call: 'POST https://hub.docker.com/v2/auth/token (the Docker ID and the token)',
  companions: {
    // DOCKERHUB_USERNAME: cibot, docker_user = "cibot", docker login -u cibot (not a ${VARIABLE});
    // a Docker ID is 4 to 30 letters and digits
    dockerId: {
      pattern:
        /(?:docker[_.-]?(?:hub[_.-]?)?(?:user(?:name)?|login|id)["']?\s{0,4}[:=]\s{0,4}["']?|docker\s{1,4}login\b[^\n]{0,80}?(?:-u|--username)(?:\s{1,4}|=)["']?)([a-z0-9]{4,30})(?![a-z0-9_.$-])/gi,
      describe: 'the Docker ID (DOCKERHUB_USERNAME, docker login -u …)',
    },
  },
  requests: ({ secret, companions }) => [postJson(HOST, '/v2/auth/token', { identifier: companions.dockerId, secret }, { accept: 'application/json' })],
  live: (a) => a.status === 200 && typeof field(a, 'access_token') === 'string',
  revoked: [401],
  revokedMeans: 'refused with the Docker ID found next to it: revoked, or that ID is not its owner',
};
