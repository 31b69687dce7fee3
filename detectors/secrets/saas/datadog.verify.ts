import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /api/v1/validate with the key in DD-API-KEY: 200 {"valid": true} when the key works, 403 when
// it does not. A key belongs to one Datadog site and the others refuse it, so every documented site
// is asked in turn: the first 200 decides, and the key counts as revoked only when every site says
// 403. Application keys are not checked here: this call looks at the API key alone.
const SITES = [
  'api.datadoghq.com', // US1
  'api.datadoghq.eu', // EU1
  'api.us3.datadoghq.com', // US3
  'api.us5.datadoghq.com', // US5
  'api.ap1.datadoghq.com', // AP1
  'api.ddog-gov.com', // US1-FED
  'api.ap2.datadoghq.com', // AP2
  'api.uk1.datadoghq.com', // UK1
  'api.us2.ddog-gov.com', // US2-FED
];

export const datadogVerifier: Verifier = {
  id: 'datadog',
  vendor: 'Datadog',
  detectors: ['datadog-api-key'],
  hosts: SITES,
  call: 'GET https://api.datadoghq.com/api/v1/validate (each Datadog site in turn)',
  requests: ({ secret }) => SITES.map((host) => get(host, '/api/v1/validate', { 'dd-api-key': secret, accept: 'application/json' })),
  live: (a) => a.status === 200 && field(a, 'valid') === true,
  revoked: [403],
};
