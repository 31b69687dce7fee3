import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { decodeJsonObject } from '../shared/payloads.js';

// Legacy DSNs carry a secret key: https://<32 hex public key>:<32 hex secret key>@host/<project id>.
// Modern DSNs hold only the public key, which is meant to ship in clients: not a secret. Priority 60
// so this finding wins over the generic URL-credentials detector at the same place.
export const sentryDsnSecret: Detector = patternDetector({
  id: 'sentry-dsn-secret',
  title: 'Sentry DSN with a secret key',
  vendor: 'Sentry',
  severity: 'high',
  priority: 60,
  keywords: ['sentry'],
  pattern:
    /(?<![A-Za-z0-9+.-])https?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[A-Za-z0-9._-]{1,64}\/){0,4}\d{1,20}(?![A-Za-z0-9])/,
  minEntropy: 3,
  remediation:
    'Revoke the client key under Project Settings > Client Keys (DSN) in Sentry and switch to a DSN ' +
    'without a secret; read it from SENTRY_DSN at runtime.',
  examples: {
    positive: [
      { text: 'SENTRY_DSN=https://a878e55192be8f044b3b1af539c38d7e:ad912f5a89e56622cfe8930c70809ccf@o42.ingest.sentry.io/1234567' },
      { text: "Raven.config('https://4bcc1fc76956f8f70b57da60c942830e:1fb44b2fcc84b1d32fd304997c10de79@sentry.acme.io/sentry/12').install(); // sentry" },
    ],
    negative: [
      { text: 'SENTRY_DSN=https://a4ceee2155f663f85fe9bc914e36d033@o42.ingest.sentry.io/1234567', why: 'public key only' },
      { text: 'SENTRY_DSN=https://<key>:<secret>@sentry.io/<project>', why: 'placeholder' },
      { text: 'SENTRY_DSN=https://a878e55192be8f044b3b1af539c38d7e:ad912f5a89e56622cfe8930c70809cc@sentry.io/12', why: 'secret 31 characters' },
      { text: 'dsn: https://a878e55192be8f044b3b1af539c38d7e:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@sentry.io/12' },
    ],
  },
});

// Organization tokens: sntrys_ + base64 JSON ({"iat":…,"url":…,"region_url":…,"org":…}) + '_' + a
// base64 secret of 32 bytes (43 characters). The payload must decode to that JSON.
export const sentryOrgAuthToken: Detector = patternDetector({
  id: 'sentry-org-auth-token',
  title: 'Sentry organization auth token',
  vendor: 'Sentry',
  severity: 'high',
  keywords: ['sntrys_'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>sntrys_(?<payload>eyJ[A-Za-z0-9+/]{20,1000}={0,2})_[A-Za-z0-9+/_-]{43})(?![A-Za-z0-9+/_=-])/,
  validate: (_secret, m) => {
    const claims = decodeJsonObject(m.groups?.['payload'] ?? '');
    return claims !== undefined && 'iat' in claims && ('org' in claims || 'url' in claims);
  },
  remediation:
    'Revoke the token under Settings > Auth Tokens (or the internal integration that owns it) in Sentry, ' +
    'then give CI a new one through SENTRY_AUTH_TOKEN from its secret store.',
  examples: {
    positive: [
      { text: 'SENTRY_AUTH_TOKEN=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' },
      { text: 'auth.token=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', path: '.sentryclirc' },
    ],
    negative: [
      { text: 'SENTRY_AUTH_TOKEN=sntrys_eyJzdWIiOiJub3QgYSBzZW50cnkgdG9rZW4ifQ==_gD7XaWUNFNpuJP6YLLzKUtgye3z0DIIJs2CEVhgw6Hk', why: 'payload is not a Sentry token payload' },
      { text: 'SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiOjE3MTcxMDE3MTAuMTIzNDU2LCJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyJ9_gD7XaWUNFNpuJP6YLLzKUtgye3z0DII', why: 'secret too short' },
      { text: 'SENTRY_AUTH_TOKEN=sntrys_...', why: 'placeholder' },
    ],
  },
});

export const sentryUserAuthToken: Detector = patternDetector({
  id: 'sentry-user-auth-token',
  title: 'Sentry user auth token',
  vendor: 'Sentry',
  severity: 'high',
  keywords: ['sntryu_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Revoke the token under User Settings > Personal Tokens in Sentry; prefer an organization token for ' +
    'automation and keep it in a secret store.',
  examples: {
    positive: [
      { text: 'SENTRY_AUTH_TOKEN=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' },
      { text: '[auth]\ntoken=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', path: '.sentryclirc' },
    ],
    negative: [
      { text: 'SENTRY_AUTH_TOKEN=sntryu_fabe73e29447415f1e18bc57c169cbf9084f259ea1b5c5f1202bd9bdafc06ce', why: '63 characters' },
      { text: 'SENTRY_AUTH_TOKEN=sntryu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'SENTRY_AUTH_TOKEN=sntryu_FABE73E29447415F1E18BC57C169CBF9084F259EA1B5C5F1202BD9BDAFC06CE6', why: 'upper case' },
    ],
  },
});
