import type { Detector } from '../../../src/types.js';
import { crc32 } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';

// Two shapes share every GitLab prefix:
//  - classic: prefix + 20 random base64url characters (glpat-, gldt-, glrt-, glft-, ...);
//  - routable (GitLab 17.x+): prefix + base64url payload + '.' [+ 2-char version + '.'] + 2-char base36
//    payload length + 7-char base36 CRC-32 of everything before it. Both the length and the CRC are checked.
// Self-managed instances may put their own prefix before the GitLab one (`SIE-glpat-…`): it is part of the token.
const ROUTABLE_TAIL = String.raw`[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}`;
const INSTANCE_PREFIX = String.raw`(?:[A-Za-z0-9]{1,16}-)?`;

function isValidToken(secret: string, prefix: string): boolean {
  const dot = secret.indexOf('.');
  if (dot < 0) return true; // classic: shape and entropy are all there is to check
  const crc = crc32(secret.slice(0, -7)).toString(36).padStart(7, '0');
  if (crc !== secret.slice(-7)) return false;
  // runner tokens put a runner-type marker (`t1_`) between the prefix and the payload
  const payload = secret.slice(secret.indexOf(prefix) + prefix.length, dot).replace(/^t\d_/, '');
  return parseInt(secret.slice(-9, -7), 36) === payload.length;
}

export const gitlabToken: Detector = patternDetector({
  id: 'gitlab-token',
  title: 'GitLab personal, project or group access token',
  vendor: 'GitLab',
  severity: 'critical',
  keywords: ['glpat-'],
  pattern: new RegExp(String.raw`(?<![\w-])(?<secret>${INSTANCE_PREFIX}glpat-(?:${ROUTABLE_TAIL}|[\w-]{20}))(?![\w-]|\.[0-9a-z])`),
  minEntropy: 3.2,
  validate: (secret) => isValidToken(secret, 'glpat-'),
  detail: (m) => (m.groups?.secret?.includes('.') ? 'routable token' : undefined),
  remediation:
    'Revoke the token under User (or Project/Group) Settings > Access tokens on your GitLab instance, then ' +
    'issue a new one with the narrowest scope and keep it in a CI/CD variable or secret store.',
  examples: {
    positive: [
      { text: 'GITLAB_TOKEN: glpat-GNUrP-ZRLYIua_rVRixZ', path: 'ci/gitlab.yml' },
      { text: 'git clone https://oauth2:glpat-gAiPdsOI5hkzKG4kxorz@gitlab.com/acme/app.git' },
      { text: 'token = "glpat-bzo4emFqZQq2wp-5n5hF1HsjuHaPjePzEA.01.0y13gb8l1"', why: 'routable, versioned, valid CRC' },
      { text: 'export GL_TOKEN=glpat-bzo1M2FpZQro24foR37trctV6PjXACrAEA.0y08gbyzt', why: 'routable, unversioned' },
      { text: 'GITLAB_TOKEN=acme-glpat-bzo4emFqZQq2wp-5n5hF1HsjuHaPjePzEA.01.0y1udpxxi', why: 'instance prefix before glpat-' },
    ],
    negative: [
      { text: 'GITLAB_TOKEN: glpat-GNUrP-ZRLYIua_rVRix', why: '19 characters' },
      { text: 'token = "glpat-bzo4emFqZQq2wp-5n5hF1HsjuHaPjePzEA.01.0y13gb8l2"', why: 'routable CRC does not match' },
      { text: 'GITLAB_TOKEN: glpat-xxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'GITLAB_TOKEN: glpat-<your-token-here>' },
      { text: 'GITLAB_TOKEN=acme-glpat-bzo4emFqZQq2wp-5n5hF1HsjuHaPjePzEA.01.0y1udpxxx', why: 'instance-prefixed, CRC does not match' },
    ],
  },
});

// Tokens that are not personal: what each prefix names is in the detail of the finding.
const OTHER_KINDS: Readonly<Record<string, string>> = {
  'gldt-': 'deploy token',
  'glrt-': 'runner authentication token',
  'glcbt-': 'CI/CD job token',
  'glptt-': 'pipeline trigger token',
  'glft-': 'feed token',
  'glimt-': 'incoming mail token',
  'glsoat-': 'SCIM token',
  'gloas-': 'OAuth application secret',
  'glagent-': 'agent for Kubernetes token',
  'glffct-': 'feature flags client token',
  'glwt-': 'workspace token',
  GR1348941: 'runner registration token',
};
const OTHER_PREFIX = String.raw`gl(?:dt|rt|cbt|ptt|ft|imt|soat|oas|agent|ffct|wt)-|GR1348941`;

export const gitlabServiceToken: Detector = patternDetector({
  id: 'gitlab-service-token',
  title: 'GitLab deploy, runner, CI, trigger or integration token',
  vendor: 'GitLab',
  severity: 'high',
  keywords: ['gldt-', 'glrt-', 'glcbt-', 'glptt-', 'glft-', 'glimt-', 'glsoat-', 'gloas-', 'glagent-', 'glffct-', 'glwt-', 'gr1348941'],
  pattern: new RegExp(
    String.raw`(?<![\w-])(?<secret>${INSTANCE_PREFIX}(?<prefix>${OTHER_PREFIX})(?:${ROUTABLE_TAIL}|[\w-]{20,64}))(?![\w-]|\.[0-9a-z])`,
  ),
  minEntropy: 3.2,
  validate: (secret, m) => isValidToken(secret, m.groups?.prefix ?? ''),
  detail: (m) => OTHER_KINDS[m.groups?.prefix ?? ''],
  remediation:
    'Revoke or reset the token where it was created (project deploy tokens, runner settings, pipeline triggers, ' +
    'application settings), then store its replacement as a masked CI/CD variable or in a secret store.',
  examples: {
    positive: [
      { text: 'CI_DEPLOY_PASSWORD=gldt-65wHbGok3S-55OoiHV6U', path: 'deploy/app.env', why: 'deploy token' },
      { text: 'token = "glrt-t1_bzpmajZyYQqx1Qkut-RI16RSGBv9sUGEEA.0y0v27yug"', path: 'config.toml', why: 'routable runner token' },
      { text: 'curl -X POST -F token=glptt-186c2b233e00fe79b2819bd1950e4245cddcbdab -F ref=main', why: 'trigger token' },
      { text: 'registration-token: GR1348941iJPgKFVchRjFlXSPq7ZY', why: 'runner registration token' },
    ],
    negative: [
      { text: 'CI_DEPLOY_PASSWORD=gldt-65wHbGok3S-55OoiHV6', why: '19 characters' },
      { text: 'token = "glrt-t1_bzpmajZyYQqx1Qkut-RI16RSGBv9sUGEEA.0y0v27yuh"', why: 'routable CRC does not match' },
      { text: 'registration-token: GR1348941xxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'the gldt- prefix marks deploy tokens', why: 'prefix alone' },
    ],
  },
});
