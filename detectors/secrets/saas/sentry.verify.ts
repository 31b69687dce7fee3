import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';
import { decodeJsonObject } from '../shared/payloads.js';

// GET /api/0/ ("retrieve the current credentials") on sentry.io: 200 with the token's scopes under
// "auth" when it works, whatever its scopes; 401 ("Invalid token", "Token expired", "Invalid org
// token") when Sentry does not accept it. An organization token names its servers in its payload:
// an EU organization's token is also asked at de.sentry.io, and one minted by a self-hosted Sentry is
// not checkable. So is a user token kept next to a self-hosted Sentry's URL: sentry.io never knew it.
const HOST = 'sentry.io';
const EU_HOST = 'de.sentry.io';
const HOST_URL = `https://${HOST}`;

/** Sentry's own SaaS hosts: sentry.io and its subdomains (us., de., an organization's own). */
function isSentryIo(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'sentry.io' || host.endsWith('.sentry.io');
  } catch {
    return false;
  }
}

/** An organization token's payload: sntrys_ <base64 JSON> _ <43-character secret>. */
function orgTokenClaims(secret: string): Record<string, unknown> | undefined {
  return decodeJsonObject(secret.slice('sntrys_'.length, -44));
}

const ask = (host: string, secret: string) => get(host, '/api/0/', { authorization: `Bearer ${secret}`, accept: 'application/json' });

export const sentryVerifier: Verifier = {
  id: 'sentry',
  vendor: 'Sentry',
  detectors: ['sentry-user-auth-token', 'sentry-org-auth-token', 'sentry-legacy-auth-token'],
  hosts: [HOST, EU_HOST],
  call: 'GET https://sentry.io/api/0/ (an EU organization token: also de.sentry.io)',
  companions: {
    // SENTRY_URL=…, sentry_url: …, sentry-cli --url …, or .sentryclirc's url=…
    server: {
      pattern: /(?:(?:SENTRY|[Ss]entry)[_.-]?(?:URL|[Uu]rl|HOST|[Hh]ost)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|--url[ \t=]{1,4}["']?|^[ \t]{0,8}url[ \t]{0,4}=[ \t]{0,4}["']?)(https?:\/\/[A-Za-z0-9.-]{1,253})/gm,
      describe: 'the Sentry server URL',
      required: false,
    },
  },
  requests: ({ secret, companions }) => {
    if (secret.startsWith('sntrys_')) {
      const claims = orgTokenClaims(secret);
      const url = typeof claims?.['url'] === 'string' ? claims['url'] : HOST_URL;
      if (!isSentryIo(url)) return notCheckable('an organization token of a self-hosted Sentry, which only that server can check');
      const region = typeof claims?.['region_url'] === 'string' ? claims['region_url'] : '';
      return region.toLowerCase().startsWith(`https://${EU_HOST}`) ? [ask(EU_HOST, secret), ask(HOST, secret)] : [ask(HOST, secret)];
    }
    if (companions.server !== undefined && !isSentryIo(companions.server)) {
      return notCheckable('the file points at a self-hosted Sentry, which only that server can check');
    }
    return [ask(HOST, secret)];
  },
  // an anonymous answer (auth null) would mean the token was not read at all
  live: (a) => a.status === 200 && typeof field(a, 'auth') === 'object' && field(a, 'auth') !== null,
  revoked: [401],
};
