import { basic, field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /3.0/ping is the Marketing API's health check: it returns no account data, but only to a key
// it accepts. Each account lives in one data centre, named by the key's own suffix (-us14 is
// us14.api.mailchimp.com), and the key goes as the password of HTTP Basic auth (any user name). 200
// with a "health_status" when the key works; 401 "API Key Invalid" when it is revoked or never was.
/** 32 hex, '-', and the data centre: 'us' and its number, the one DNS label taken from the value. */
const KEY = /^[0-9a-f]{32}-(us[0-9]{1,2})$/;

export const mailchimpVerifier: Verifier = {
  id: 'mailchimp',
  vendor: 'Mailchimp',
  detectors: ['mailchimp-api-key'],
  hosts: ['*.api.mailchimp.com'],
  call: 'GET https://<dc>.api.mailchimp.com/3.0/ping (the data centre from the key, Basic auth)',
  requests: ({ secret }) => {
    const m = KEY.exec(secret);
    if (!m) return notCheckable('the key does not end in its data centre (-usNN)');
    return [get(`${m[1]}.api.mailchimp.com`, '/3.0/ping', { authorization: basic('anystring', secret) })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'health_status') === 'string',
  revoked: [401],
};
