import { field, get, missing } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// API tokens: GET /client/v4/user/tokens/verify (user tokens) or /accounts/{id}/tokens/verify
// (account-owned tokens, cfat_) answer 200 with the token's status: 'active' works, 'disabled' or
// 'expired' does not; 401 "Invalid API Token" for one Cloudflare does not know. The global API key
// goes with its user's e-mail to GET /client/v4/user: 200 when the pair works, error 9103 "Unknown
// X-Auth-Key or X-Auth-Email" when it does not. Which kind a value is shows in its shape: 37 hex or
// cfk_ is a global key, cfut_ a user token, cfat_ an account token, 40 base64url an older token.
const HOST = 'api.cloudflare.com';
const INACTIVE = new Set(['disabled', 'expired']);

/** The e-mail set beside a Cloudflare key: CLOUDFLARE_EMAIL=, CF_API_EMAIL:, dns_cloudflare_email =, X-Auth-Email:. */
const EMAIL =
  /(?:cloudflare|cf|x-auth)[\w.-]{0,24}?e-?mail["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})/gi;
/** An account id (32 hex) set as account_id / ACCOUNT_ID, or in an API path (/accounts/<id>/). */
const ACCOUNT_ID = /(?:account[_-]?id["']?\s{0,4}[:=]\s{0,4}["']?|\/accounts\/)([0-9a-f]{32})(?![0-9a-z])/gi;

const isGlobalKey = (secret: string): boolean => secret.startsWith('cfk_') || /^[0-9a-f]{37}$/.test(secret);

/** The numeric codes of a Cloudflare error body's `errors`. */
function errorCodes(a: Answer): unknown[] {
  const errors = field(a, 'errors');
  return Array.isArray(errors) ? errors.map((e: unknown) => (typeof e === 'object' && e !== null ? (e as Record<string, unknown>).code : undefined)) : [];
}

export const cloudflareVerifier: Verifier = {
  id: 'cloudflare',
  vendor: 'Cloudflare',
  detectors: ['cloudflare-api-token', 'cloudflare-global-api-key', 'cloudflare-scannable-token'],
  hosts: [HOST],
  call: 'GET https://api.cloudflare.com/client/v4/user/tokens/verify (API token); GET /client/v4/user (global API key with its e-mail)',
  companions: {
    email: { pattern: EMAIL, describe: 'the account e-mail (CLOUDFLARE_EMAIL or X-Auth-Email)', required: false },
    accountId: { pattern: ACCOUNT_ID, describe: 'the account id', required: false },
  },
  requests: ({ secret, companions }) => {
    if (isGlobalKey(secret)) {
      if (companions.email === undefined) return missing('the account e-mail (CLOUDFLARE_EMAIL or X-Auth-Email)');
      return [get(HOST, '/client/v4/user', { 'x-auth-email': companions.email, 'x-auth-key': secret })];
    }
    const auth = { authorization: `Bearer ${secret}` };
    const id = companions.accountId?.toLowerCase();
    const asAccount = id !== undefined ? [get(HOST, `/client/v4/accounts/${id}/tokens/verify`, auth)] : [];
    if (secret.startsWith('cfat_')) return id !== undefined ? asAccount : missing('the account id of an account API token (cfat_)');
    const asUser = get(HOST, '/client/v4/user/tokens/verify', auth);
    // an older token may be a user's or an account's: with the account id at hand, both are asked
    return secret.startsWith('cfut_') ? [asUser] : [asUser, ...asAccount];
  },
  live: (a) => a.status === 200 && field(a, 'success') === true && typeof field(a, 'result.id') === 'string' && !INACTIVE.has(String(field(a, 'result.status'))),
  revoked: (a) => a.status === 401 || (a.status === 200 && INACTIVE.has(String(field(a, 'result.status')))) || errorCodes(a).includes(9103),
};
