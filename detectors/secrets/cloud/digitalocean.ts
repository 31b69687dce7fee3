import type { Detector, Severity } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// DigitalOcean tokens: a kind, '_v1_' and 64 lowercase hex characters.
// dop_ personal access token, doo_ OAuth access token, dor_ OAuth refresh token.

interface Kind {
  readonly id: string;
  readonly title: string;
  readonly prefix: 'dop' | 'doo' | 'dor';
  readonly severity: Severity;
  readonly positives: readonly [string, string];
}

function digitaloceanToken(kind: Kind): Detector {
  const p = kind.prefix;
  const [a, b] = kind.positives;
  return patternDetector({
    id: kind.id,
    vendor: 'DigitalOcean',
    title: kind.title,
    severity: kind.severity,
    keywords: [`${p}_v1_`],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?<secret>${p}_v1_[a-f0-9]{64})(?![A-Za-z0-9_])`),
    minEntropy: 3,
    remediation:
      'Revoke the token in the DigitalOcean control panel (API > Tokens, or the OAuth application that issued it), ' +
      'then read a new one from the environment or your CI secret store.',
    examples: {
      positive: [{ text: `DIGITALOCEAN_TOKEN=${p}_v1_${a}` }, { text: `do_token = "${p}_v1_${b}"`, path: 'terraform.tfvars' }],
      negative: [
        { text: `DIGITALOCEAN_TOKEN=${p}_v1_${a.slice(0, 63)}`, why: '63 hex characters' },
        { text: `DIGITALOCEAN_TOKEN=${p}_v1_${a.toUpperCase()}`, why: 'uppercase hex' },
        { text: `DIGITALOCEAN_TOKEN=${p}_v1_${'0'.repeat(64)}`, why: 'placeholder' },
      ],
    },
  });
}

export const digitaloceanPersonalAccessToken: Detector = digitaloceanToken({
  id: 'digitalocean-personal-access-token',
  title: 'DigitalOcean personal access token',
  prefix: 'dop',
  severity: 'critical',
  positives: ['b0951122f4d3b07497c60d87573749f72a10659991140f624866b0e21290db81', '7c27815f15cf704140d7ff33313587c1ed9e9302390809ec0853956c7c4bc8c3'],
});

export const digitaloceanOauthToken: Detector = digitaloceanToken({
  id: 'digitalocean-oauth-token',
  title: 'DigitalOcean OAuth access token',
  prefix: 'doo',
  severity: 'critical',
  positives: ['a19c0d658c39eb92028ec10b1838f4bcc5401ca8619c26e44aa092e6cae47c58', '51b8732a9ed1b8aeb0edc58079c50f47691e6fa669c19bde7bbe6ed948193533'],
});

export const digitaloceanRefreshToken: Detector = digitaloceanToken({
  id: 'digitalocean-refresh-token',
  title: 'DigitalOcean OAuth refresh token',
  prefix: 'dor',
  severity: 'critical',
  positives: ['33c782378abf5302b64804039621d551678824d568799667587f0699b655adc5', 'b414c27a2c0e9bd606e465dbbf2e5add2e4edfeec4a540939bd271741dd6d601'],
});
