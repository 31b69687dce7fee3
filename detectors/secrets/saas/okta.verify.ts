import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// An Okta API token works only on its own org, so the org's host is read from the same file:
// <org>.okta.com, <org>.okta-emea.com or <org>.oktapreview.com (a sandbox). GET /api/v1/users/me
// with `Authorization: SSWS <token>` returns the admin who made the token: 200 with the user's id
// when the token works; 401 (E0000011, "Invalid token provided") when it was revoked, expired after
// 30 days unused, lost its admin, or belongs to another org. An org on a custom domain cannot be
// asked: the host must be one of Okta's own.
const DOMAINS = ['okta.com', 'okta-emea.com', 'oktapreview.com'] as const;

/** The org label and Okta's domain, lower-cased: one DNS label, then one of DOMAINS. */
const ORG_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.(okta\.com|okta-emea\.com|oktapreview\.com)$/;

export const oktaVerifier: Verifier = {
  id: 'okta',
  vendor: 'Okta',
  detectors: ['okta-api-token'],
  hosts: DOMAINS.map((d) => `*.${d}`),
  call: 'GET https://<org>.okta.com/api/v1/users/me (or okta-emea.com, oktapreview.com; SSWS token)',
  companions: {
    // the org's own host; Okta's sites (developer., support., ...) are not an org
    org: {
      pattern:
        /(?<![A-Za-z0-9.-])((?!(?:www|developer|devforum|support|help|login|status|trust)\.)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.(?:okta|okta-emea|oktapreview)\.com)(?![A-Za-z0-9-])/gi,
      describe: 'the Okta org (<org>.okta.com)',
    },
  },
  requests: ({ secret, companions }) => {
    const m = ORG_HOST.exec((companions.org ?? '').toLowerCase());
    if (!m) return notCheckable('the Okta org named next to it is not one host under okta.com');
    return [get(`${m[1]}.${m[2]}`, '/api/v1/users/me', { authorization: `SSWS ${secret}`, accept: 'application/json' })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'id') === 'string',
  revoked: [401],
  revokedMeans: 'refused by the org found next to it: revoked, expired, or the token of another org',
};
