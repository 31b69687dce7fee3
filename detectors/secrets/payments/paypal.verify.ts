import { basic, field, postForm } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// A REST app's client id and secret are exchanged for an access token: POST /v1/oauth2/token with
// grant_type=client_credentials and Basic auth (id, secret). It mints a short-lived token and
// changes nothing else. 200 with an access_token: the pair works; 401 invalid_client ("Client
// Authentication failed"): the secret was regenerated or the app deleted. Live and Sandbox apps
// have keys of the same form, so the live host is asked first, then the Sandbox; the secret counts
// as revoked only when both refuse it. The client id is read from the same file.
const HOSTS = ['api-m.paypal.com', 'api-m.sandbox.paypal.com'];

export const paypalVerifier: Verifier = {
  id: 'paypal',
  vendor: 'PayPal',
  detectors: ['paypal-client-secret'],
  hosts: HOSTS,
  call: 'POST https://api-m.paypal.com/v1/oauth2/token grant_type=client_credentials (Basic auth: client id and secret; then the Sandbox host)',
  companions: {
    clientId: {
      pattern: /client[_.-]?id["']?\s{0,4}[:=]\s{0,4}["']?(A[A-Za-z0-9_-]{59,99})(?![A-Za-z0-9_-])/gi,
      describe: 'the client id (client_id = A…)',
    },
  },
  requests: ({ secret, companions }) =>
    HOSTS.map((host) => postForm(host, '/v1/oauth2/token', 'grant_type=client_credentials', { authorization: basic(companions.clientId as string, secret), accept: 'application/json' })),
  live: (a) => a.status === 200 && typeof field(a, 'access_token') === 'string',
  revoked: (a) => a.status === 401 && field(a, 'error') === 'invalid_client',
  revokedMeans: 'refused with the client id found next to it, live and in the Sandbox: revoked, or that id is not its app',
};
