import { field, get } from '../../../src/verify/kit.js';
import type { VerifyRequest, Verifier } from '../../../src/verify/types.js';

// GET /account?key=<key> returns the account, its projects and its usage, and scrapes nothing.
// 200 with an account_id when the key works; 401 ("Invalid API key") when not.
// Keys are written scp-live-<32 hex> (or scp-test- for a test project), and the detector reports
// the 32 hex alone, so the key is asked with each prefix and then bare: the first form accepted
// decides, and the key counts as revoked only when every form is refused.
const HOST = 'api.scrapfly.io';

const ask = (key: string): VerifyRequest => get(HOST, `/account?key=${encodeURIComponent(key)}`, { accept: 'application/json' });

export const scrapflyVerifier: Verifier = {
  id: 'scrapfly',
  vendor: 'Scrapfly',
  detectors: ['scrapfly-api-key'],
  hosts: [HOST],
  call: 'GET https://api.scrapfly.io/account?key=… (scp-live-, scp-test-, then bare)',
  requests: ({ secret }) => (secret.startsWith('scp-') ? [ask(secret)] : [ask(`scp-live-${secret}`), ask(`scp-test-${secret}`), ask(secret)]),
  live: (a) => a.status === 200 && typeof field(a, 'account.account_id') === 'string',
  revoked: [401],
};
