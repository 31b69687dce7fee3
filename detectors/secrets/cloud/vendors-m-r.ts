import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorToken, vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { vendorJwt } from '../shared/named-value.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';
import { lineStartNear } from '../../kit/name-value.js';

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
      negative: [
        { text: 'NETLIFY_SITE_ID=3d1f2a9e-7b4c-4d8a-9c2f-1e5a6b7c8d9e', why: 'a site id, no key-like word' },
        { text: '  resolved "https://registry.yarnpkg.com/@netlify/functions-api/-/functions-api-1.9.0.tgz#abc2a8a7c1e7c37e4b0bef297e9a266742accc7b"', path: 'yarn.lock', why: "a package archive's checksum" },
      ],
    },
  },
  // Pantheon machine tokens (Terminus: `terminus auth:login --machine-token=…`): 45 letters and digits.
  {
    id: 'pantheon-machine-token',
    title: 'Pantheon machine token',
    vendor: 'Pantheon',
    names: ['pantheon', 'terminus'],
    token: { alphabet: 'alnum', length: 45 },
    remediation:
      'Revoke the token under Personal Settings > Machine Tokens in the Pantheon dashboard (or `terminus ' +
      'machine-token:delete`), and give CI a new one from its secret store (TERMINUS_TOKEN).',
    examples: {
      positive: [
        { text: 'terminus auth:login --machine-token=zwgWB1V5Mk8FVNumsWrfQvp2J9Eya12AtgFIxgWjVQA29', path: 'scripts/deploy.sh' },
        { text: 'TERMINUS_TOKEN: nRmO1FuO0tQ2VRQ1Z4wbEO2uAwSK16gAUQ2aCE0UEWPVQ', path: '.github/workflows/deploy.yml' },
      ],
      negative: [
        { text: 'terminus auth:login --machine-token=zwgWB1V5Mk8FVNumsWrfQvp2J9Eya12AtgFIxgWjVQA2', why: '44 characters' },
        { text: 'PANTHEON_SITE_ID=zwgWB1V5Mk8FVNumsWrfQvp2J9Eya12AtgFIxgWjVQA29', why: 'named as an id' },
      ],
    },
  },
  // Railway account, workspace and project tokens (RAILWAY_API_TOKEN, RAILWAY_TOKEN, the Project-Access-Token
  // header): UUIDs, so a Railway name and a token word must both stand before the value.
  {
    id: 'railway-api-token',
    title: 'Railway API token',
    vendor: 'Railway',
    names: ['railway'],
    token: { alphabet: 'uuid' },
    remediation:
      'Delete the token under Account Settings > Tokens (or the project\'s Settings > Tokens) in the Railway dashboard, ' +
      'and keep the replacement in your CI secret store (RAILWAY_TOKEN).',
    examples: {
      positive: [
        { text: 'RAILWAY_TOKEN=4f85b794-0d15-4b95-9e18-a39ef0b53ed5', path: '.env' },
        { text: '- run: railway up --service api\n  env:\n    RAILWAY_API_TOKEN: f8a3a68d-ba6e-484f-9fd8-172e6f7cf5af', path: '.github/workflows/deploy.yml' },
      ],
      negative: [
        { text: 'RAILWAY_PROJECT_ID=4f85b794-0d15-4b95-9e18-a39ef0b53ed5', why: 'a project id' },
        { text: 'RAILWAY_ENVIRONMENT_ID=f8a3a68d-ba6e-484f-9fd8-172e6f7cf5af', why: 'an environment id' },
      ],
    },
  },
  // OpenStack Keystone application credentials: Keystone generates the secret as the unpadded base64url of
  // 64 random bytes (86 characters). It sits under application_credential_secret in clouds.yaml and in
  // OS_APPLICATION_CREDENTIAL_SECRET; a secret the user chose has no shape and is left to generic rules.
  {
    id: 'openstack-application-credential-secret',
    title: 'OpenStack application credential secret',
    vendor: 'OpenStack',
    names: ['application_credential_secret'],
    token: { alphabet: 'base64url', length: 86 },
    severity: 'critical',
    remediation:
      'Delete the application credential (openstack application credential delete <name>) and create a new one ' +
      'with only the roles it needs and an expiry; keep clouds.yaml out of repositories or use secure.yaml.',
    examples: {
      positive: [
        {
          text: 'clouds:\n  prod:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: https://keystone.example.com:5000/v3\n      application_credential_id: 4f85b7940d154b959e18a39ef0b53ed5\n      application_credential_secret: AWNWvRv2QQEhAcurFIBYGfsrJaT_AqjwN2aFSKBypGgX9vCylmsNiZI2itO02dnMvRaxpn1iYVy53XzfHukrRA',
          path: 'clouds.yaml',
        },
        { text: 'export OS_APPLICATION_CREDENTIAL_SECRET=8GSmMP-cZmJlvcODY4NHdNssmMaU7VD_mwZbrjiTl9w_fH8ofW7VAtWWZD6uEykl63vBPWJ4AgGNp6PGr9EY-Q', path: 'openrc.sh' },
      ],
      negative: [
        { text: '      application_credential_secret: swordfish-for-ci', why: 'a chosen secret with no shape: generic rules judge it' },
        { text: '      application_credential_secret: AWNWvRv2QQEhAcurFIBYGfsrJaT_AqjwN2aFSKBypGgX9vCylmsNiZI2itO02dnMvRaxpn1iYVy53XzfHukrR', why: '85 characters' },
        { text: '      application_credential_id: 4f85b7940d154b959e18a39ef0b53ed5', why: "the credential's id" },
      ],
    },
  },
]);

/** What may stand between a Proxmox token id (`user@realm!name`) and its secret: '=' or a secret's key. */
const PROXMOX_SECRET_GAP = /^=$|secret|token|value|passw/i;

// Proxmox VE API tokens: the token id, `user@realm!tokenid`, and a UUID secret. The API takes them as
// `Authorization: PVEAPIToken=user@realm!tokenid=<UUID>`; tools take the two apart (api_token_id and
// api_token_secret, the next line). Read at a `@pam`/`@pve` realm or a PVEAPIToken header, and after a
// Proxmox name with a key-like word (PROXMOX_TOKEN_SECRET).
export const proxmoxApiToken: Detector = withVendorForms(
  patternDetector({
    id: 'proxmox-api-token',
    title: 'Proxmox VE API token',
    vendor: 'Proxmox',
    severity: 'critical',
    keywords: ['pveapitoken', '@pam', '@pve'], // without the `!`: no other keyword holds one (see automaton.ts)
    keywordSpan: { before: 80, after: 240 },
    pattern:
      /(?<![\w.@-])[A-Za-z0-9_.-]{1,64}@[A-Za-z0-9_.-]{1,32}![A-Za-z0-9_.-]{1,64}(?<gap>=|[^\n=]{1,40}?|[^\n]{0,40}\n[^\n]{1,40}?)(?<![A-Za-z0-9-])(?<secret>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![\w-])/,
    minEntropy: 3,
    validate: (_secret, m) => PROXMOX_SECRET_GAP.test((m.groups?.['gap'] ?? '').trim()),
    remediation:
      'Remove the token under Datacenter > Permissions > API Tokens in Proxmox VE (pveum user token remove) and ' +
      'create a new one with privilege separation and only the roles it needs; keep its secret in a secret store.',
    examples: {
      positive: [
        { text: 'curl -k -H "Authorization: PVEAPIToken=terraform@pve!ci=9150b823-eac1-4076-98b5-b2c4efc21cde" https://pve1.example.com:8006/api2/json/nodes', path: 'scripts/nodes.sh' },
        { text: 'proxmox_api_token_id: "root@pam!ansible"\nproxmox_api_token_secret: "dc492c15-2085-4e73-b83f-7b9f918ff1e4"', path: 'group_vars/pve.yml' },
        { text: 'PROXMOX_TOKEN_SECRET=ef1bb632-5664-451c-ba8a-c90b878eb38b', path: '.env' },
      ],
      negative: [
        { text: 'api_token_id: root@pam!ansible\napi_token_secret: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'the placeholder of the documentation' },
        { text: "let(:token_secret) { '00000000-0000-0000-0000-000000000000' } # PVEAPIToken=user@pam!token-name", why: 'a zero UUID' },
        { text: 'PROXMOX_VM_ID=ef1bb632-5664-451c-ba8a-c90b878eb38b', why: 'an id' },
        { text: 'user: root@pam!monitoring  node uuid 9150b823-eac1-4076-98b5-b2c4efc21cde', why: 'no secret key between the token id and the UUID' },
      ],
    },
  }),
  { names: ['proxmox'], token: { alphabet: 'uuid' } },
);

/**
 * A `sha256~` token that names an OAuthAccessToken object rather than authenticating: the object's
 * `name:` (or the token resource around it) is the hash of the token, not the token.
 */
function isTokenObjectName(text: string, start: number): boolean {
  const lineStart = lineStartNear(text, start, 200);
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
  if (!mixesDigitsAndCases(body)) return false;
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

// OVHcloud API credentials: an application secret and a consumer key, 32 letters and digits each
// (the application key, 16 characters, identifies the application and may be shared). Read after an
// OVHcloud name, in an ovh.conf endpoint section (`[ovh-eu]`) or an `ovh.Client(endpoint='ovh-eu', …)`
// call. The first-steps guide's example secret and consumer key are not reported.
export const ovhApiCredential: Detector = vendorToken({
  id: 'ovh-api-credential',
  title: 'OVHcloud API application secret or consumer key',
  vendor: 'OVHcloud',
  names: ['ovhcloud', 'ovh-eu', 'ovh-ca', 'ovh-us', 'ovh_application', 'ovh_consumer', 'ovh-application', 'ovh-consumer', 'ovhapplication', 'ovhconsumer'],
  compoundNames: ['ovh'],
  token: { alphabet: 'alnum', length: 32 },
  severity: 'critical',
  remediation:
    'Revoke the credential in the OVHcloud API console (DELETE /me/api/credential/{id}, or delete the application ' +
    'under /me/api/application), create a new one with the narrowest access rules, and keep it in a secret store.',
  examples: {
    positive: [
      { text: '[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=f4ixtGPWVm8k1dBh\napplication_secret=SXWCwsbYPy8ek8jnZMqqcPbgQByYRF1h', path: 'ovh.conf' },
      { text: 'OVH_CONSUMER_KEY=UGdZmJt74ewdDJyXADgsfjRX5Cycdlzf', path: '.env' },
      { text: "client = ovh.Client(endpoint='ovh-eu', application_secret='RmXL0jvkbsRh8hwkSxKyFleAkIRqnGiD', application_key=ak)", path: 'scripts/dns.py' },
    ],
    negative: [
      { text: '[ovh-eu]\napplication_key=f4ixtGPWVm8k1dBh', why: 'the application key, an identifier' },
      { text: 'OVH_APPLICATION_SECRET=EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF', why: "OVHcloud's first-steps guide example" },
      { text: 'OVH_CONSUMER_KEY=MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1', why: "OVHcloud's first-steps guide example" },
      { text: 'OVH_CONSUMER_KEY=UGdZmJt74ewdDJyXADgsfjRX5Cycdlz', why: '31 characters' },
    ],
  },
});

// Northflank API tokens: JWTs issued from an API role (Account or Team settings > API > Tokens).
export const northflankApiToken: Detector = vendorJwt({
  id: 'northflank-api-token',
  title: 'Northflank API token',
  vendor: 'Northflank',
  names: ['northflank'],
  remediation:
    'Delete the token (or rotate its key) under API > Tokens in the Northflank team or account settings, and keep ' +
    'the replacement in a secret store (NORTHFLANK_TOKEN).',
  examples: {
    positive: [
      { text: 'NORTHFLANK_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbkludGVybmFsSWQiOiJmYmVhNDU3OGRjNTQ2NzdjYTYyY2RlNjEiLCJlbnRpdHlUeXBlIjoidGVhbSIsImlhdCI6MTczMDAwMDAwMH0.igvVEoTm9F-qI9GdiLGYqnk2Bp8fr0uYwGCgrk3xk0c', path: '.env' },
      { text: "await contextProvider.addContext({ name: 'northflank-ci', token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbkludGVybmFsSWQiOiJkNWM1YTNjYmU5OWIyNTY4ZDlhYWZhN2MiLCJpYXQiOjE3MzEwMDAwMDB9.jNuDgG5h4X6SCoXrpHvEWPq5MFY9S0p0Zz0eCGHopo8' }); // northflank", path: 'scripts/deploy.ts' },
    ],
    negative: [
      { text: 'NORTHFLANK_TOKEN="eyJhbGciOiJIUzI1NiIs..."', why: 'truncated in documentation' },
      { text: 'NORTHFLANK_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', why: 'a header alone' },
    ],
  },
});

/** cloud vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const cloudVendorsMR: readonly Detector[] = [...named, northflankApiToken, openshiftOauthAccessToken, ovhApiCredential, proxmoxApiToken, renderApiKey];
