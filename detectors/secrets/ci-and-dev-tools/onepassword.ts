import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { decodeJsonObject } from '../shared/payloads.js';

/** Fields of the sign-in bundle a 1Password service account token encodes. */
const BUNDLE_FIELDS = ['signInAddress', 'secretKey', 'srpX', 'muk', 'email', 'deviceUuid'];

// Service account tokens: ops_ + base64url JSON holding everything needed to sign in (address,
// email, Secret Key, SRP-x, master unlock key). The payload must decode to that bundle.
export const onepasswordServiceAccountToken: Detector = patternDetector({
  id: 'onepassword-service-account-token',
  title: '1Password service account token',
  vendor: '1Password',
  severity: 'critical',
  keywords: ['ops_eyj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{100,6000}={0,2})(?![A-Za-z0-9+/_=-])/,
  validate: (secret) => {
    const bundle = decodeJsonObject(secret.slice(4));
    return bundle !== undefined && BUNDLE_FIELDS.filter((f) => f in bundle).length >= 2;
  },
  remediation:
    'Revoke the token under Developer > Service Accounts in 1Password (it unlocks every vault the account ' +
    'can read) and give the workload a new one through OP_SERVICE_ACCOUNT_TOKEN from its secret store.',
  examples: {
    positive: [
      { text: 'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJlbWFpbCI6Im9sM3g5aHRtY3J6bHpAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiTmc0aGtvanNoX3RmWm16cC1IWXhOTXppaFlvQ1RlS2gzLWd2VDNZUWo0LSIsImtleV9vcHMiOlsiZW5jcnlwdCIsImRlY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtRTRWQ1FWLUNLWTFKTy1XREI4Qy1WME9CWS1FMlhKRC1DUTExWiIsInNycFgiOiIwMmQyNjQwMDk5YTRhODlhNjkxOWY0ZmVmODlmMjgwMDlkYmU1MGYyOWU1YjI4YzdlYjI4MzY3YjMyY2NlOGNiIiwic2lnbkluQWRkcmVzcyI6ImFjbWUuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IlVvbDNGekdLRl9Pa2NrQmUxd3JrZlAifSwidGhyb3R0bGVTZWNyZXQiOnsic2VlZCI6IjhjM2NhNzQyMTVjYjFmMjgwZjUzMzY5ODIxZjJmNjQwZWU3ZGM3NzY0ODNlMWFhYWE0N2Q0ODU5NDU2YWRlZWIiLCJ1dWlkIjoiQkNXMUQwVk0yQ0FCUjFWRDlESFBBN1pZVjYifSwiZGV2aWNlVXVpZCI6InpwZGpkZDRkd3p3Y3hzMHJwMHBqMW9uZ2l5In0', path: '.env' },
      { text: 'export OP_SERVICE_ACCOUNT_TOKEN="ops_eyJlbWFpbCI6IjdjeTV6M3djdm5zdGdAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsIm11ayI6eyJhbGciOiJBMjU2R0NNIiwiZXh0Ijp0cnVlLCJrIjoiampndVBpOVNETFlqdGhDMWVFNTI2emYyWktzcm5lTnFIOWxOZUN3VFlYdiIsImtleV9vcHMiOlsiZW5jcnlwdCIsImRlY3J5cHQiXSwia3R5Ijoib2N0Iiwia2lkIjoibXAifSwic2VjcmV0S2V5IjoiQTMtOFJMSlExLU43VkpLMy1YSUM0Ni1BVjlJTC1YWFY0Sy1RR0xDNiIsInNycFgiOiJjNWYwMGUwMGE5YTk2Zjc0M2Y4MzJmNGRmOGM4MzRlZThiN2U0ZmU5NmYyZDI2NjU2MDA1NmUxMjQyMmEzNDI5Iiwic2lnbkluQWRkcmVzcyI6ImFjbWUuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjY1RmJvb3V5ZDdHZV8tQmNlNDU5dzEifSwidGhyb3R0bGVTZWNyZXQiOnsic2VlZCI6IjMxYmFiMWYyYzJkMWVkNDQyZjRmZDI3YjM2MzZiZTE3YzcyOWNhYzI4YjM3NGI4ZTkzOGU1YmMxNTU5MDhjYWYiLCJ1dWlkIjoiU1gwQVFVVFpPOVFBTElDSExQWFU0WDNEUVkifSwiZGV2aWNlVXVpZCI6InBvMzB6d3NnaXVrYjJxY2hxOWZwYnIxa3p2In0"', path: 'scripts/ci.sh' },
    ],
    negative: [
      { text: 'export OP_SERVICE_ACCOUNT_TOKEN="ops_eyJ..."', why: 'placeholder' },
      { text: "token: 'ops_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiJub3QgYSAxUGFzc3dvcmQgYnVuZGxlIiwibmFtZSI6Im5vYm9keSIsImlhdCI6MTUxNjIzOTAyMn0'", why: 'payload is not a sign-in bundle' },
      { text: `const credential = 'ops_eyJ${'X'.repeat(270)}';`, why: 'runs of one letter' },
    ],
  },
});

// Account Secret Keys: 34 letters and numbers in dashed groups, 'A3' (the format version), a 6-character
// account id, then 26 random characters in groups of 6, 5, 5, 5 and 5 — what the Emergency Kit prints.
// With the account password and email address it signs in to the account on a new device.
export const onepasswordSecretKey: Detector = patternDetector({
  id: 'onepassword-secret-key',
  title: '1Password account Secret Key',
  vendor: '1Password',
  severity: 'high',
  keywords: ['a3-'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret.slice(3)) && /[A-Z]/.test(secret.slice(3)),
  remediation:
    'The Secret Key cannot be revoked, only replaced: in 1Password open your account settings and regenerate the ' +
    'Secret Key (then save the new Emergency Kit somewhere safe), and change the account password if it may be known too.',
  examples: {
    positive: [
      { text: 'OP_SECRET_KEY=A3-XPX4VF-RJMVS3-74LQN-YSLSR-FD7XF-P4ZRF', path: '.env' },
      { text: 'op account add --address my.1password.com --email ops@example.com --secret-key A3-THYFGN-STJCSV-8X4RP-62YDG-XK6PV-RHKZ8', path: 'scripts/bootstrap.sh' },
    ],
    negative: [
      { text: 'OP_SECRET_KEY=A3-XPX4VF-RJMVS3-74LQN-YSLSR-FD7XF', why: 'groups missing' },
      { text: 'secret_key: A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', why: 'placeholder' },
      { text: 'part: A3-8X4RP-62YDG-XK6PV-RHKZ8-FD7XF-P4ZRF', why: 'groups of the wrong sizes (a product key)' },
    ],
  },
});
