import type { Detector } from '../../../src/types.js';
import { crc32 } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';

// Bitbucket Cloud app passwords: 'ATBB', 24 alphanumerics, then 8 hex digits that are the CRC-32
// of the 28 characters before them.
export const bitbucketAppPassword: Detector = patternDetector({
  id: 'bitbucket-app-password',
  title: 'Bitbucket app password',
  vendor: 'Bitbucket',
  severity: 'critical',
  keywords: ['atbb'],
  pattern: /(?<![A-Za-z0-9])(?<secret>ATBB[A-Za-z0-9]{24}[0-9A-Fa-f]{8})(?![A-Za-z0-9])/,
  validate: (secret) => crc32(secret.slice(0, 28)) === Number.parseInt(secret.slice(28), 16),
  remediation:
    'Revoke the app password under Personal settings > App passwords in Bitbucket, then move to a scoped API ' +
    'or access token kept in your CI secret variables.',
  examples: {
    positive: [
      { text: 'BITBUCKET_APP_PASSWORD=ATBBQbr0ZgOkJMVSBTNBoeYD3QR964C4EEBD' },
      { text: 'git clone https://deploy:ATBBSxuEAiwBXtoFhDu0mY0QlMeC9529B824@bitbucket.org/contoso/app.git' },
    ],
    negative: [
      { text: 'BITBUCKET_APP_PASSWORD=ATBBQbr0ZgOkJMVSBTNBoeYD3QR964C4EEBE', why: 'checksum does not match' },
      { text: 'BITBUCKET_APP_PASSWORD=ATBBQbr0ZgOkJMVSBTNBoeYD3QR964C4EEB', why: 'too short' },
      { text: 'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Bitbucket Data Center / Server HTTP access tokens: 'BBDC-' and 44 base64 characters that decode
// to '<numeric token id>:<random bytes>'.
export const bitbucketServerHttpAccessToken: Detector = patternDetector({
  id: 'bitbucket-server-http-access-token',
  title: 'Bitbucket Data Center HTTP access token',
  vendor: 'Bitbucket',
  severity: 'critical',
  keywords: ['bbdc-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>BBDC-[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])/,
  validate: (secret) => {
    const decoded = Buffer.from(secret.slice(5), 'base64');
    return decoded.length === 33 && /^[0-9]{1,20}:/.test(decoded.toString('latin1'));
  },
  remediation:
    'Revoke the token under Manage account > HTTP access tokens (or the project or repository settings that ' +
    'issued it) in Bitbucket, then keep a new one in your CI secret store.',
  examples: {
    positive: [
      { text: 'BITBUCKET_TOKEN=BBDC-NDgyOTEzMDY3MjUxOpJEn1m93mYLAkHBPZlWUNWJeOHz' },
      { text: 'curl -H "Authorization: Bearer BBDC-NzMzMTA0OTI2ODE1On92rGsHvTRoaz2IVeIo4Cses3+3" https://git.contoso.com/rest/api/1.0/projects' },
    ],
    negative: [
      { text: 'BITBUCKET_TOKEN=BBDC-T3Zlcmx5UmFuZG9tQnV0Tm90QVRva2VuQXRBbGxZZWFo', why: 'does not decode to id:bytes' },
      { text: 'BITBUCKET_TOKEN=BBDC-NDgyOTEzMDY3MjUxOpJEn1m93mYLAkHBPZlWUNWJeOH', why: 'too short' },
      { text: 'BITBUCKET_TOKEN=BBDC-<http-access-token>' },
    ],
  },
});

// Bitbucket Cloud repository, project and workspace access tokens: 'ATCTT3x', about 180 base64url
// characters ending in '=', then 8 hex digits that are the CRC-32 of everything before them (the same
// scheme as Atlassian account API tokens, 'ATATT3x', which atlassian-api-token reports).
export const bitbucketAccessToken: Detector = patternDetector({
  id: 'bitbucket-access-token',
  title: 'Bitbucket repository, project or workspace access token',
  vendor: 'Bitbucket',
  severity: 'critical',
  keywords: ['atctt3x'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATCTT3x[A-Za-z0-9_-]{150,250}=[0-9A-Fa-f]{8})(?![A-Za-z0-9_=-])/,
  validate: (secret) => crc32(secret.slice(0, -8)) === Number.parseInt(secret.slice(-8), 16),
  remediation:
    'Revoke the token under the repository, project or workspace settings > Access tokens in Bitbucket, then ' +
    'keep a new one in your pipeline\'s secured variables.',
  examples: {
    positive: [
      {
        text: 'BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0getmsl7abXA8viE1hRCNClxMEwZkCYepX6JjZWwXm01mFi6z7Ik3xQ6a40unuAFtbd4-y6HpaMvZ5Auo5rPu7aFDbWwDnts1mUTqJLxGy0Rw5aV0dm2fQXC8zjABwr1ceGU9Mwjey1pqO935LhuPC4NmR9Cgwqs0fqHO0SpzN_A=F9342EED',
      },
      {
        text: 'git clone https://x-token-auth:ATCTT3xFfGN0blZnbHbCm2ArzXQK1N-dCKNc2Bk1ppvI-MKsf1in99SQI4OlOU1v90LgowesX3QtnY9Qi_ekDQbFJM2gmzatUsWBQ0wSKwF7GM6Dn3TBkdgIuOL_fPdSwchBmn8wKWgyCnL0qcsGhILd8KtkEX2kdihWH1jFyc2fHyzwqRlUl8w=9F7B73C6@bitbucket.org/contoso/app.git',
      },
    ],
    negative: [
      {
        text: 'BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0getmsl7abXA8viE1hRCNClxMEwZkCYepX6JjZWwXm01mFi6z7Ik3xQ6a40unuAFtbd4-y6HpaMvZ5Auo5rPu7aFDbWwDnts1mUTqJLxGy0Rw5aV0dm2fQXC8zjABwr1ceGU9Mwjey1pqO935LhuPC4NmR9Cgwqs0fqHO0SpzN_A=F9342EEE',
        why: 'checksum does not match',
      },
      { text: 'BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0${TOKEN_REST}' },
    ],
  },
});
