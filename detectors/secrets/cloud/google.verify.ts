import { field } from '../../../src/verify/kit.js';
import type { Answer, Verifier } from '../../../src/verify/types.js';

// GET /v1beta/models on the Generative Language API lists models and changes nothing. Any real key
// gets an answer about itself: 200 when its project may call the API, 403 with an ErrorInfo reason
// (API not enabled, key restricted to other APIs, referrers, IPs or apps) when the key is known but
// barred here, which still proves it works elsewhere. 400 API_KEY_INVALID: malformed, deleted or
// expired. The key goes in the x-goog-api-key header, not the URL, so no proxy log keeps it.
const HOST = 'generativelanguage.googleapis.com';

/** Refusals that name a known key: it works, only not for this API or from here. */
const KNOWN_KEY_REFUSALS = new Set([
  'SERVICE_DISABLED',
  'BILLING_DISABLED',
  'API_KEY_SERVICE_BLOCKED',
  'API_KEY_HTTP_REFERRER_BLOCKED',
  'API_KEY_IP_ADDRESS_BLOCKED',
  'API_KEY_ANDROID_APP_BLOCKED',
  'API_KEY_IOS_APP_BLOCKED',
]);

/** The `reason` of each ErrorInfo in a Google error body. */
function reasons(a: Answer): string[] {
  const details = field(a, 'error.details');
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    const reason = typeof d === 'object' && d !== null ? (d as Record<string, unknown>).reason : undefined;
    return typeof reason === 'string' ? [reason] : [];
  });
}

export const googleVerifier: Verifier = {
  id: 'google-api-key',
  vendor: 'Google',
  detectors: ['google-api-key'],
  hosts: [HOST],
  call: 'GET https://generativelanguage.googleapis.com/v1beta/models (x-goog-api-key header)',
  requests: ({ secret }) => [{ host: HOST, method: 'GET', path: '/v1beta/models?pageSize=1', headers: { 'x-goog-api-key': secret } }],
  live: (a) => (a.status === 200 && Array.isArray(field(a, 'models'))) || (a.status === 403 && reasons(a).some((r) => KNOWN_KEY_REFUSALS.has(r))),
  revoked: (a) => a.status === 400 && reasons(a).includes('API_KEY_INVALID'),
};
