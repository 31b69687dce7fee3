import { basic, field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /v4/domains lists the account's sending domains; every account key may read it, whatever its
// role. HTTP Basic auth, user "api", the key as password: 200 with "items" when the key works, 401
// when it is deleted or never was. An account lives in the US or the EU region, each with its own
// host: the US one is asked first, then the EU one; the key is revoked only when both refuse it.
// A mailgun-basic-auth finding is the base64 of "api:<key>" itself: the key is read out of it.
// Domain sending keys may only send mail (no read-only call), so one may be refused here though it
// still sends.
const HOSTS = ['api.mailgun.net', 'api.eu.mailgun.net'];

/** The key, from a plain key or from the base64 of `api:<key>`. */
function keyOf(secret: string): string {
  if (!secret.startsWith('YXBpO')) return secret;
  const decoded = Buffer.from(secret, 'base64').toString('latin1');
  if (!decoded.startsWith('api:')) throw new Error('not a Mailgun Basic auth value');
  return decoded.slice(4);
}

export const mailgunVerifier: Verifier = {
  id: 'mailgun',
  vendor: 'Mailgun',
  detectors: ['mailgun-api-key', 'mailgun-basic-auth'],
  hosts: HOSTS,
  call: 'GET https://api.mailgun.net/v4/domains (then api.eu.mailgun.net; Basic auth: api and the key)',
  requests: ({ secret }) => {
    const authorization = basic('api', keyOf(secret));
    return HOSTS.map((host) => get(host, '/v4/domains?limit=1', { authorization }));
  },
  live: (a) => a.status === 200 && Array.isArray(field(a, 'items')),
  revoked: [401],
};
