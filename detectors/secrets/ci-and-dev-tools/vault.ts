import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { namedAssignment, vendorName } from '../shared/assignment.js';

const KINDS: Readonly<Record<string, string>> = { s: 'service token', b: 'batch token', r: 'recovery token' };

// Vault 1.10+ tokens: hvs. (service), hvb. (batch), hvr. (recovery) + base64url. Service and
// recovery tokens are either the long encoded form (90+ characters) or, for root and dev-server
// tokens, 24 alphanumerics; batch tokens are always long.
export const vaultToken: Detector = patternDetector({
  id: 'vault-token',
  title: 'HashiCorp Vault token',
  vendor: 'HashiCorp Vault',
  severity: 'critical',
  keywords: ['hvs.', 'hvb.', 'hvr.'],
  pattern:
    /(?<![A-Za-z0-9_.-])(?<secret>hv(?<kind>[sbr])\.(?:[A-Za-z0-9_-]{90,400}|(?<=hv[sr]\.)[A-Za-z0-9]{24}))(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  detail: (m) => KINDS[m.groups?.['kind'] ?? ''],
  remediation:
    'Revoke the token (vault token revoke, or revoke its accessor) and let clients obtain short-lived ' +
    'tokens through an auth method at runtime instead of committing one; a root token must be revoked at once.',
  examples: {
    positive: [
      { text: 'VAULT_TOKEN=hvs.CAESI68qMfK0rrZ-PySZFpQLpemC65GnpLpNohjGcp0jw22JvpcT_8QPfmUwisP24Opma6-PnHJUOlrdq0No23NXY3uGh4KHGh2cy4PjjKfbXyd32bvlBa3muNF50_', path: '.env' },
      { text: 'Initial Root Token: hvs.zgJbs2FiUEI7JTFip5WgHrmC', path: 'docs/runbook.md' },
      { text: 'token: hvb.AAAAAQVdtNLGWbRD5ut4TAB82vT4khMVSopCrkkk5ShOf2lWCRytogesaRmeGD7ouEFj96UOE3ikXXYjaZZo2kiKtVrISgYkTRlCksdygjSeGdrannorsyixgPhy6Ai8__OlgTyH3p6m' },
      { text: 'VAULT_TOKEN=hvr.W3dwFzrNnfq3DK0O1KoyteP8', why: 'recovery token, short form' },
    ],
    negative: [
      { text: 'id                  hvs.CAESIABcDeFgHiJkLmNoPqRsTuVwXyZ', why: 'documentation sample of the wrong length' },
      { text: 'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'VAULT_TOKEN=hvb.zgJbs2FiUEI7JTFip5WgHrmC', why: 'batch tokens are never short' },
      { text: 'VAULT_TOKEN=hvs.${VAULT_TOKEN}', why: 'reference' },
      { text: 'VAULT_TOKEN=hvs.zgJbs2FiUEI7JTFip5WgHrmCq9x', why: 'neither length' },
    ],
  },
});

const VAULT_TOKEN_NAME = namedAssignment(vendorName('vault', 'token'));

// Tokens before Vault 1.10: s. (service), b. (batch), r. (recovery) + base62, the service form 24
// characters (with a `.` + namespace id in Vault Enterprise), the batch form long. `s.` is everywhere
// in code, so a vault token name must be on the same assignment or header (VAULT_TOKEN=…, X-Vault-Token: …);
// with that name the body's length is not held to the exact forms.
export const vaultLegacyToken: Detector = patternDetector({
  id: 'vault-legacy-token',
  title: 'HashiCorp Vault token (pre-1.10 format)',
  vendor: 'HashiCorp Vault',
  severity: 'critical',
  keywords: ['vault'],
  pattern: new RegExp(`${VAULT_TOKEN_NAME.source}(?<secret>(?<kind>[sbr])\\.[A-Za-z0-9_-]{24,400}(?:\\.[A-Za-z0-9]{4,8})?)(?![A-Za-z0-9_.-])`),
  minEntropy: 3.5,
  validate: (secret, m, text) => /[0-9]/.test(secret) && VAULT_TOKEN_NAME.isNamed(m, text),
  detail: (m) => KINDS[m.groups?.['kind'] ?? ''],
  remediation:
    'Revoke the token (vault token revoke) and let clients obtain short-lived tokens through an auth ' +
    'method at runtime instead of committing one.',
  examples: {
    positive: [
      { text: 'export VAULT_TOKEN=s.vtLkUEl2pTpSVB9FGFgvBC9N', path: 'scripts/deploy.sh' },
      { text: "-H 'X-Vault-Token: s.Ux7h3U5FcHn9isqhsgBsdCvU'" },
      { text: 'VAULT_TOKEN=s.stiY60HynNriJfFVvspRouGr.8XFDA', why: 'Enterprise token with a namespace id' },
      { text: 'VAULT_CLIENT_TOKEN="b.AAAAAQ4oXZ_FLqsS09CYqcHXLtpokC4AYSVFq4xRnB_SK-AZKqPwEHfR4jkvOfQMxeN3O0S8RrPnEGYW5coizbpWge1ZR9kzCntzVOjRruLuXxkM4hrxfvrV7UBCZF"', why: 'batch token' },
    ],
    negative: [
      { text: 'self.vtLkUEl2pTpSVB9FGFgvBC9N = None', why: 'no vault name' },
      { text: 'VAULT_TOKEN=s.vtLkUEl2pTpSVB9FGFgvBC9', why: '23 characters' },
      { text: 'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'vault_token = s.getTokenFromEnvironment', why: 'code, not a token' },
      { text: 'VAULT_TOKEN = r.addComponentsFromRegistry()', why: 'a method call' },
    ],
  },
});
