import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

const KINDS: Readonly<Record<string, string>> = {
  pt: 'personal token',
  ct: 'CLI token',
  sa: 'service account token',
  scim: 'SCIM token',
  audit: 'audit token',
};

// Workplace-wide tokens: dp.pt. (personal), dp.ct. (CLI), dp.sa. (service account), dp.scim.,
// dp.audit. + 40..44 alphanumerics.
export const dopplerToken: Detector = patternDetector({
  id: 'doppler-token',
  title: 'Doppler token',
  vendor: 'Doppler',
  severity: 'critical',
  keywords: ['dp.pt.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.(?<kind>pt|ct|sa|scim|audit)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  detail: (m) => KINDS[m.groups?.['kind'] ?? ''],
  remediation:
    'Revoke the token under Tokens (or the service account) in the Doppler dashboard; personal and CLI ' +
    'tokens open every project. Use a config-scoped service token kept in the CI secret store.',
  examples: {
    positive: [
      { text: 'DOPPLER_TOKEN=dp.pt.w1Myxepifuv2WfBcHW5zVdzZqxQzDgRwscdpHYJQlja', path: '.env' },
      { text: "token: 'dp.sa.VYCfyny0UZ7PgZkc6wF5m2zH6gGT7RFLuHdgQU6Qp36'" },
      { text: 'doppler configure set token dp.ct.lkITLzWxnddbVpL5pD20cXz23k6syy4F1qCp8Y2bvZl' },
      { text: 'SCIM_TOKEN=dp.scim.Q0P1UjNmaQhMEPAswhpCpTk06pYiPdk9EMifyVVCRsa' },
    ],
    negative: [
      { text: 'DOPPLER_TOKEN=dp.pt.w1Myxepifuv2WfBcHW5zVdzZqxQzDgRwscd', why: '34 characters' },
      { text: 'DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'DOPPLER_TOKEN=dp.xx.w1Myxepifuv2WfBcHW5zVdzZqxQzDgRwscdpHYJQlja', why: 'unknown kind' },
    ],
  },
});

// Service tokens are scoped to one config: dp.st. + an optional environment slug + '.' + 40..44.
export const dopplerServiceToken: Detector = patternDetector({
  id: 'doppler-service-token',
  title: 'Doppler service token',
  vendor: 'Doppler',
  severity: 'critical',
  keywords: ['dp.st.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.st\.(?:[a-z0-9_-]{1,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Revoke the service token under the config\'s Access tab in Doppler and give the workload a new one ' +
    'through DOPPLER_TOKEN from its platform secret store.',
  examples: {
    positive: [
      { text: 'DOPPLER_TOKEN=dp.st.prd.Lc43wQrY56CG9ljIK4WoH8u26zCAqAyLIAQg6bsKujC', path: 'deploy/.env' },
      { text: '--set server.doppler.token="dp.st.pYAAn7lgAdFXdxkpH2A3jmEMn9TktrFnXab4Cyv2"' },
    ],
    negative: [
      { text: 'DOPPLER_TOKEN=dp.st.dev.xxxxxx', why: 'placeholder' },
      { text: '--set server.doppler.token="dp.st.prod.XXXXXXXXXXXXX"', why: 'placeholder' },
      { text: "'token' => 'dp.st.test.TOKEN'", why: 'test value' },
      { text: 'DOPPLER_TOKEN=dp.st.prd.Lc43wQrY56CG9ljIK4WoH8u26zCAqAyLIA', why: '34 characters' },
    ],
  },
});
