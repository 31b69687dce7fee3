import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** cloud vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    // Dashboard API keys: 40 hexadecimal characters tied to one dashboard administrator, sent in the
    // X-Cisco-Meraki-API-Key header (or as a bearer token).
    id: 'meraki-api-key',
    title: 'Cisco Meraki Dashboard API key',
    vendor: 'Cisco Meraki',
    names: ['meraki'],
    token: { alphabet: 'Hex', length: 40 },
    remediation:
      'Revoke the key under My profile > API access in the Meraki dashboard (it acts as its administrator in every ' +
      'organization with API access) and generate a new one kept in a secret store (MERAKI_DASHBOARD_API_KEY).',
    examples: {
      positive: [
        { text: 'MERAKI_DASHBOARD_API_KEY=24c70b34dbb10d1646b9f061b6cd9f61bf0400f0', path: '.env' },
        { text: "curl -H 'X-Cisco-Meraki-API-Key: 2e9e97d6909e2da5bbcb17272787193c4f3d0c68' https://api.meraki.com/api/v1/organizations" },
        { text: 'dashboard = meraki.DashboardAPI(api_key="2e9e97d6909e2da5bbcb17272787193c4f3d0c68")', path: 'scripts/inventory.py' },
      ],
      negative: [
        { text: 'MERAKI_DASHBOARD_API_KEY=24c70b34dbb10d1646b9f061b6cd9f61bf0400f', why: '39 characters' },
        { text: 'MERAKI_ORG_ID=549236', why: 'an organization id' },
      ],
    },
  },
  {
    id: 'netlify-access-token',
    title: 'Netlify personal access token',
    vendor: 'Netlify',
    names: ['netlify'],
    token: [{ alphabet: 'alnum', length: [36, 40], prefix: 'nfp_' }, { alphabet: 'token', length: [40, 46] }, { alphabet: 'hex', length: 64 }],
    remediation:
      'Delete the token under User settings > Applications > Personal access tokens in Netlify and create a ' +
      'new one; keep it in your CI secret store (NETLIFY_AUTH_TOKEN).',
    examples: {
      positive: [
        { text: 'NETLIFY_AUTH_TOKEN=nfp_W5Rxn1QV4oJXmjLhIyILodbKJoyYAcAghNWeL', path: '.env' },
        { text: 'netlify deploy --prod --auth AU9ZYWNVZEQu-9Vl-FjGVDpBKmObDgbxvk3Uszsva' },
        { text: '  netlify_api_token = "9da44e2e590989d314d637ca1362495306e8f1e216a8a87392c5092d05d296ff"' },
      ],
      negative: [{ text: 'NETLIFY_SITE_ID=3d1f2a9e-7b4c-4d8a-9c2f-1e5a6b7c8d9e', why: 'a site id, no key-like word' }],
    },
  },
]);

/**
 * A `sha256~` token that names an OAuthAccessToken object rather than authenticating: the object's
 * `name:` (or the token resource around it) is the hash of the token, not the token.
 */
function isTokenObjectName(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/(?:^|[\s"'{,])name["']?\s{0,3}[:=]\s{0,3}["']?$/i.test(text.slice(lineStart, start))) return true;
  return /kind["']?\s{0,3}:\s{0,3}["']?(?:User)?OAuthAccessToken\b/.test(text.slice(Math.max(0, start - 600), start));
}

// Red Hat OpenShift OAuth access tokens (4.6 on): 'sha256~' and 43 base64url characters (32 random
// bytes), what `oc whoami -t` prints and what `oc login --token` and the API's bearer header take.
// OAuthAccessToken objects are *named* sha256~<hash of the token>: those names are not reported.
export const openshiftOauthAccessToken: Detector = patternDetector({
  id: 'openshift-oauth-access-token',
  title: 'Red Hat OpenShift OAuth access token',
  vendor: 'Red Hat OpenShift',
  severity: 'high',
  keywords: ['sha256~'],
  pattern: /(?<![A-Za-z0-9_~-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_~-])/,
  minEntropy: 4,
  validate: (_secret, m, text) => !isTokenObjectName(text, m.index),
  remediation:
    'Delete the token (oc delete useroauthaccesstoken <name>, or log out the session that issued it) and log in ' +
    'again; for automation, use a service account token mounted from a secret instead of a user token.',
  examples: {
    positive: [
      { text: 'oc login --token=sha256~TT4hQ0iGxll0kX1BJe9-ysfkIIt_H6xQ1Q6esj7Twbn --server=https://api.ocp.example.net:6443', path: 'scripts/deploy.sh' },
      { text: 'OPENSHIFT_TOKEN="sha256~oQdQqwtw9rNYA_uGZ4-QD_09s8NtmoDfbABWpbFDIYP"', path: '.env' },
      { text: "headers = {'Authorization': 'Bearer sha256~uv-D8H4YQFZa2uHcJkdr1IeBZkKmwtLRt48tZ_2wvLA'}", path: 'tools/ocp_client.py' },
    ],
    negative: [
      { text: 'oc login --token=sha256~TT4hQ0iGxll0kX1BJe9-ysfkIIt_H6xQ1Q6esj7Twb', why: '42 characters after the prefix' },
      {
        text: 'apiVersion: oauth.openshift.io/v1\nkind: OAuthAccessToken\nmetadata:\n  name: sha256~oQdQqwtw9rNYA_uGZ4-QD_09s8NtmoDfbABWpbFDIYP\nclientName: openshift-browser-client',
        path: 'audit/tokens.yaml',
        why: "a token object's name is the hash of the token",
      },
      { text: 'oc login --token=sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

/** What follows an identifier, not a value: a call, an assignment to it, a member access. */
const USED_AS_NAME = /^\s{0,3}(?:\(|=(?![=>])|\.[A-Za-z_])/;

/**
 * True when a `rnd_` run reads as a Render key: its body mixes upper case, lower case and digits, as
 * 24+ random characters do, and it is not used as a name (`rnd_seed`-style variables are common).
 */
function renderKeyShape(secret: string, m: RegExpExecArray, text: string): boolean {
  const body = secret.slice(secret.indexOf('_') + 1);
  if (!(/[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body))) return false;
  const end = m.index + m[0].length;
  return !USED_AS_NAME.test(text.slice(end, end + 8));
}

// Render API keys: 'rnd_' and a run of alphanumerics (24 in Render's own placeholder). `rnd_` also
// starts variable names (rnd_seed, rnd_state), so the body must be one random run, with upper case,
// lower case and digits, ending where the word ends.
export const renderApiKey: Detector = patternDetector({
  id: 'render-api-key',
  title: 'Render API key',
  vendor: 'Render',
  severity: 'high',
  keywords: ['rnd_'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>rnd_[A-Za-z0-9]{24,48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  validate: renderKeyShape,
  remediation:
    'Revoke the key under Account Settings > API Keys in the Render Dashboard (it reaches every workspace you ' +
    'belong to) and create a new one kept in your CI secret store (RENDER_API_KEY).',
  examples: {
    positive: [
      { text: 'RENDER_API_KEY=rnd_zUPjwIqiTeEO0Eoy0bU6w6S8', path: '.env' },
      { text: "const res = await fetch('https://api.render.com/v1/services', { headers: { Authorization: 'Bearer rnd_fkja7GUMrhDoHQmUKln5khIWYk1V' } });", path: 'scripts/deploy.mjs' },
    ],
    negative: [
      { text: 'RENDER_API_KEY=rnd_zUPjwIqiTeEO0Eoy0bU6', why: 'too short' },
      { text: 'rnd_generatorstateforsampling = np.random.default_rng(7)', why: 'a variable name' },
      { text: 'self.rnd_initializeRandomState01(seed)', why: 'a method call' },
      { text: 'export RENDER_API_KEY="rnd_xxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
    ],
  },
});

/** cloud vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const cloudVendorsMR: readonly Detector[] = [...named, openshiftOauthAccessToken, renderApiKey];
