import type { Detector } from '../../../src/types.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { patternDetector } from '../../kit/pattern.js';

/** ci-and-dev-tools vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    id: 'mockaroo-api-key',
    title: 'Mockaroo API key',
    vendor: 'Mockaroo',
    names: ['mockaroo'],
    token: { alphabet: 'hex', length: 8 },
    examples: {
      positive: [
        { text: 'MOCKAROO_API_KEY=b229f30a' },
        { text: `const client = new Mockaroo.Client({ apiKey: 'adf7bc94' });` },
      ],
      negative: [{ text: 'MOCKAROO_API_KEY=b229f30', why: '7 characters' }],
    },
  },
  {
    id: 'ngrok-token',
    title: 'ngrok authtoken or API key',
    vendor: 'ngrok',
    names: ['ngrok'],
    token: { alphabet: 'token', length: [45, 52] },
    remediation:
      'Delete the authtoken (or API key) in the ngrok dashboard and create a new one; keep it in a secret ' +
      'store (NGROK_AUTHTOKEN).',
    examples: {
      positive: [
        { text: 'ngrok config add-authtoken 2bT7mQ9vX1kN4pR8sL3wZ6hD0cF_5gJ2yU9aE7iO4tB1nM6qS' },
        { text: '  NGROK_AUTHTOKEN: 2hK4pW8nZ1rT6vB9xM3qL7cF0dJ_2sG5yA8eU1iO4tN7mR3kP', path: '.github/workflows/tunnel.yml' },
      ],
      negative: [{ text: 'NGROK_API_KEY=7hY3MpqAwDEfpBTIbRQisL1GgZUjjNcMzi5Tnbyw4XX-', why: '44 characters' }],
    },
  },
  {
    id: 'qase-api-token',
    title: 'Qase API token',
    vendor: 'Qase',
    names: ['qase'],
    token: { alphabet: 'hex', length: 40 },
    examples: {
      positive: [
        { text: 'QASE_API_TOKEN=f5ce3f1802580222410058156cb373599025e4e8' },
        { text: '  qase_token: "c72c9a740ca0a583d8527a6b6b732e951aeb5f36"', path: 'qase.config.yml' },
      ],
      negative: [{ text: 'QASE_API_KEY=f5ce3f1802580222410058156cb373599025e4e', why: '39 characters' }],
    },
  },
  {
    // Nomad ACL tokens: the Secret ID, a UUID (NOMAD_TOKEN, the X-Nomad-Token header). The Accessor ID beside
    // it is also a UUID but only names the token: a name ending in 'id' is not reported.
    id: 'nomad-acl-token',
    title: 'HashiCorp Nomad ACL token',
    vendor: 'HashiCorp Nomad',
    names: ['nomad'],
    token: { alphabet: 'uuid' },
    remediation:
      'Delete the token (nomad acl token delete <accessor id>) and create a new one bound to the narrowest policy; ' +
      'give CI the replacement from a secret store (NOMAD_TOKEN), or use workload identity.',
    examples: {
      positive: [
        { text: 'NOMAD_TOKEN=902786e3-398c-4c36-a90d-c1bd54e8bd79', path: '.env' },
        { text: 'nomad job run -token=2ec42b40-7b86-4a19-bcf3-65f797761e6a jobs/api.nomad.hcl', path: 'scripts/deploy.sh' },
      ],
      negative: [
        { text: 'NOMAD_TOKEN_ACCESSOR_ID=902786e3-398c-4c36-a90d-c1bd54e8bd79', why: "the token's accessor id" },
        { text: 'NOMAD_TOKEN=902786e3-398c-4c36-a90d-c1bd54e8bd7', why: 'one hex digit short of a UUID' },
      ],
    },
  },
  {
    // Percy project tokens (PERCY_TOKEN): write-only or full-access keys of one project. Current tokens open
    // with their project type (web_, auto_, app_, ss_, vmw_, res_); older ones are 64 hex characters.
    id: 'percy-token',
    title: 'Percy project token',
    vendor: 'Percy (BrowserStack)',
    names: ['percy'],
    token: [
      { alphabet: 'hex', length: 64 },
      ...['web_', 'auto_', 'app_', 'ss_', 'vmw_', 'res_'].map((prefix) => ({ alphabet: 'alnum' as const, prefix, length: [32, 64] as const })),
    ],
    remediation:
      "Regenerate the token in the Percy project's Project settings and give CI the new PERCY_TOKEN from its " +
      'secret store; prefer a write-only token for CI.',
    examples: {
      positive: [
        { text: 'PERCY_TOKEN=0593d018e992edafc6be940791b5210135759e4c38237c2d67020c0444da7d2e', path: '.env' },
        { text: '      PERCY_TOKEN: web_920ed3fec701386a7ec093abf54b762e7538ae31ea616bb536112af10d3af334', path: '.github/workflows/visual.yml' },
        { text: "export PERCY_TOKEN='auto_a21c9eace0ffd1e3d752ae5e9b471fb21bf3374a35a08eb1a59417dcd7f53c1b'", path: 'scripts/visual-tests.sh' },
      ],
      negative: [
        { text: 'PERCY_TOKEN=0593d018e992edafc6be940791b5210135759e4c38237c2d67020c0444da7d2', why: '63 characters' },
        { text: 'PERCY_BRANCH=feature-7b2c9e0d4a1f3b6e8c0d2a4f6b8e0c2d4a6f8b0e', why: 'a branch name, no key-like word' },
      ],
    },
  },
  {
    // Phabricator (and Phorge) Conduit API tokens: 'api-' (standard) or 'cli-' (what `arc install-certificate`
    // stores) and 28 characters of a-z and 2-7. Read after a Phabricator, Phorge, Conduit or Arcanist name;
    // .arcrc files are read on their own below.
    id: 'phabricator-conduit-token',
    title: 'Phabricator Conduit API token',
    vendor: 'Phabricator',
    names: ['phabricator', 'phorge', 'conduit', 'arcanist'],
    token: [{ alphabet: 'lower-alnum', prefix: 'api-', length: 28 }, { alphabet: 'lower-alnum', prefix: 'cli-', length: 28 }],
    remediation:
      'Revoke the token under Settings > Conduit API Tokens on the Phabricator or Phorge instance (for a bot, in ' +
      "the bot's settings) and generate a new one; keep it in a secret store or the user's private ~/.arcrc.",
    examples: {
      positive: [
        { text: 'PHABRICATOR_API_TOKEN=api-yp2qbheuxjnul4igaiclbmqb5rid', path: '.env' },
        { text: "phab = Phabricator(host='https://phab.example.com/api/', token='api-nlsskmg6ydjakmntoqgfeqw2637v')", path: 'tools/phab_bot.py' },
        { text: 'echo \'{"constraints": {"phids": ["PHID-USER-1"]}}\' | arc call-conduit --conduit-token cli-rqu7nokdfbrpl2qdavxrlycdfkfs user.search', path: 'scripts/users.sh' },
      ],
      negative: [
        { text: 'PHABRICATOR_API_TOKEN=api-yp2qbheuxjnul4igaiclbmqb5ri', why: '27 characters after the prefix' },
        { text: "$api_token = 'api-token'; // phabricator conduit", why: 'the placeholder of the API console' },
        { text: 'PHABRICATOR_API_TOKEN=api-gateway-configuration-loader', why: 'words, not a token' },
      ],
    },
  },
]);

// ------------------------------------------------------------------ formats with their own mark

// Octopus Deploy API keys: API- and 26 to 32 upper-case letters and digits.
export const octopusDeployApiKey: Detector = patternDetector({
  id: 'octopus-deploy-api-key',
  title: 'Octopus Deploy API key',
  vendor: 'Octopus Deploy',
  severity: 'high',
  keywords: ['api-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>API-[A-Z0-9]{26,32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4)),
  priority: 50,
  remediation:
    'Revoke the key under your profile > My API Keys in Octopus Deploy (or the service account\'s keys) and create ' +
    'a new one with an expiry; keep it in your CI secret store (OCTOPUS_API_KEY).',
  examples: {
    positive: [
      { text: 'OCTOPUS_API_KEY=API-GU9H9VS161P0UAJLRZUHBAMLP3', path: '.env' },
      { text: 'octo push --package app.1.0.0.zip --server https://deploy.contoso.test --apiKey API-XR0STPZNVR1ER9QW3SFAWIKQ90' },
    ],
    negative: [
      { text: 'OCTOPUS_API_KEY=API-GU9H9VS161P0UAJLRZUHBAML', why: '24 characters' },
      { text: 'HEADER=X-API-KEY-AUTHENTICATIONREQUIREDFORALLCALLS', why: 'words, not a key' },
      { text: 'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
    ],
  },
});

// Postman API keys: PMAK-, 24 hex, -, 34 hex.
export const postmanApiKey: Detector = patternDetector({
  id: 'postman-api-key',
  title: 'Postman API key',
  vendor: 'Postman',
  severity: 'high',
  keywords: ['pmak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation:
    'Delete the key under Settings > API keys in Postman (it reads and changes every collection and environment ' +
    'you can) and keep a new one in a secret store (POSTMAN_API_KEY).',
  examples: {
    positive: [
      { text: 'POSTMAN_API_KEY=PMAK-5073a5d0b74ce3dfda29b7c2-cef57de91e2b6bb65787687ed881da2c5b', path: '.env' },
      { text: "newman run 'https://api.getpostman.com/collections/123?apikey=PMAK-0471a1a750a7dc227590d48c-684c6a866c4f5c96dc038ea918c09ede28'" },
    ],
    negative: [
      { text: 'POSTMAN_API_KEY=PMAK-5073a5d0b74ce3dfda29b7c2-cef57de91e2b6bb65787687ed881da2c5', why: '33 hex characters' },
      { text: 'POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Prefect Cloud API keys: pnu_ (user) or pnb_ (legacy bot / service account) and 36 alphanumerics.
export const prefectApiKey: Detector = patternDetector({
  id: 'prefect-api-key',
  title: 'Prefect Cloud API key',
  vendor: 'Prefect',
  severity: 'high',
  keywords: ['pnu_', 'pnb_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pn(?<kind>[ub])_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  detail: (m) => (m.groups?.['kind'] === 'b' ? 'service account key' : 'user key'),
  priority: 50,
  remediation:
    'Delete the key under API keys in your Prefect Cloud profile (or the service account) and create a new one; ' +
    'give workers the replacement through PREFECT_API_KEY from a secret store.',
  examples: {
    positive: [
      { text: 'PREFECT_API_KEY=pnu_W1LxWuGNjU2HfJ5IDTA66vaFFgXCdFvob5u9', path: '.env' },
      { text: 'prefect cloud login --key pnb_h49tV38unC1Y2PufkVfOhIW10P56Gl9S2Da0 --workspace contoso/prod' },
    ],
    negative: [
      { text: 'PREFECT_API_KEY=pnu_W1LxWuGNjU2HfJ5IDTA66vaFFgXCdFvob5u', why: '35 characters' },
      { text: 'PREFECT_API_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

/** Secret-kind endings of a REACT_APP_ variable name (usernames, ids and public keys are not secrets). */
const REACT_SECRET_NAME = /(?:^|_)(?:PASSWORD|PASSWD|PASS|PWD|SECRET|SECRET_KEY|PRIVATE_KEY|CLIENT_SECRET)$/;
/** Values that name the setting instead of holding it: `smtp_password`, `your-secret`. */
const REACT_STAND_IN = /^(?:[A-Za-z]+[_-])?(?:password|passwd|pass|pwd|secret)$|^(?:true|false|null|undefined|none)$/i;

// Create React App inlines every REACT_APP_ variable into the JavaScript bundle each visitor downloads:
// a password or secret given a literal value there is published, whatever file it came from.
export const reactAppSecret: Detector = patternDetector({
  id: 'react-app-secret',
  title: 'Password or secret in a REACT_APP_ build variable',
  vendor: 'Create React App',
  secrets: 'chosen',
  severity: 'high',
  keywords: ['react_app_'],
  pattern: /(?<![A-Za-z0-9_])REACT_APP_(?<name>[A-Z0-9_]{1,60})["']?\s{0,3}[=:]\s{0,3}(?<q>["'`]?)(?<secret>[^\s"'`#$=][^\s"'`#$]{3,199})\k<q>(?![^\s#,;}])/,
  validate: (secret, m) => REACT_SECRET_NAME.test(m.groups?.['name'] ?? '') && !REACT_STAND_IN.test(secret),
  priority: 50,
  remediation:
    'REACT_APP_ values are compiled into the public bundle: change the password or secret now, remove it from ' +
    'the front end, and let a server (or a backend-for-frontend) hold it and make the privileged call.',
  examples: {
    positive: [
      { text: 'REACT_APP_API_URL=https://api.contoso.test\nREACT_APP_ADMIN_PASSWORD=Tr0ub4dor&3', path: '.env.production' },
      { text: '    REACT_APP_AUTH_PASS=mooncake42    # staging login', path: '.env' },
      { text: '# REACT_APP_GUEST_PASSWORD=h4ppy!cat', path: '.env.development' },
    ],
    negative: [
      { text: 'REACT_APP_AUTH_USERNAME=bowie', why: 'a user name is not a secret' },
      { text: 'REACT_APP_FORGOT_PASSWORD=$REACT_APP_BASE_URL/#/forgot_password', why: 'a reference' },
      { text: 'const password = process.env.REACT_APP_DEV_PASSWORD || "not-set"', why: 'read from the environment' },
      { text: 'REACT_APP_MAILER_PASSWORD=smtp_password # Enter your SMTP email password', why: 'the setting named, not a value' },
      { text: 'REACT_APP_FIREBASE_API_KEY=AIzaSyD2kq1m9eXoYzV7c4L0pNwqRb8HfT3uJgE', why: 'a public key, not a password' },
    ],
  },
});

// Arcanist's ~/.arcrc keeps a Conduit token per host: {"hosts": {"https://…/api/": {"token": "cli-…"}}}.
export const phabricatorArcrcToken: Detector = patternDetector({
  id: 'phabricator-arcrc-token',
  title: 'Phabricator Conduit token in .arcrc',
  vendor: 'Phabricator',
  severity: 'high',
  keywords: ['api-', 'cli-'],
  paths: ['.arcrc', 'arcrc', '*.arcrc'],
  pattern: /"token"\s{0,3}:\s{0,3}"(?<secret>(?:api|cli)-[a-z2-7]{28})"/,
  minEntropy: 3,
  remediation:
    'Revoke the token under Settings > Conduit API Tokens on the Phabricator or Phorge instance and run ' +
    '`arc install-certificate` again; keep ~/.arcrc private (mode 0600) and out of repositories.',
  examples: {
    positive: [
      { text: '{\n  "hosts": {\n    "https://phab.example.com/api/": {\n      "token": "cli-rqu7nokdfbrpl2qdavxrlycdfkfs"\n    }\n  }\n}', path: '.arcrc' },
      { text: '{"hosts":{"https://code.internal/api/":{"token":"api-yp2qbheuxjnul4igaiclbmqb5rid"}}}', path: 'home/ci/.arcrc' },
    ],
    negative: [
      { text: '{"hosts":{"https://code.internal/api/":{"token":"cli-rqu7nokdfbrpl2qdavxrlycdfkf"}}}', path: '.arcrc', why: '27 characters after the prefix' },
      { text: '{"hosts":{"https://code.internal/api/":{"token":"api-aaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}}', path: '.arcrc', why: 'a run of one letter' },
    ],
  },
});

// Portainer access tokens (X-API-Key): 'ptr_' and the standard base64 of 32 random bytes (43 characters and
// one '=' of padding), per Portainer's API key service.
export const portainerAccessToken: Detector = patternDetector({
  id: 'portainer-access-token',
  title: 'Portainer API access token',
  vendor: 'Portainer',
  severity: 'high',
  keywords: ['ptr_'],
  pattern: /(?<![A-Za-z0-9_+\/-])(?<secret>ptr_[A-Za-z0-9+\/]{43}=)(?![A-Za-z0-9+\/=_-])/,
  minEntropy: 4,
  remediation:
    "Remove the token under My account > Access tokens in Portainer (it acts with its user's role on every " +
    'environment the instance manages) and create a new one kept in a secret store.',
  examples: {
    positive: [
      { text: 'PORTAINER_API_KEY=ptr_76vmlGGpAxoQ0AJzZoJezUDZfORgh2KhDgSa0htLVmc=', path: '.env' },
      { text: 'curl -H "X-API-Key: ptr_iXK4dmM4YfiXih195Nk+n9D1roljGCRCCD9yItPtM8w=" https://portainer.example.com:9443/api/endpoints', path: 'scripts/redeploy.sh' },
      { text: "  api_key = \"ptr_mnrkgBxVWf/1L3MrLtbiC30349PcHxpTkYHcLimpl+0=\"", path: 'infra/portainer.tf' },
    ],
    negative: [
      { text: 'PORTAINER_API_KEY=ptr_76vmlGGpAxoQ0AJzZoJezUDZfORgh2KhDgSa0htLVm=', why: '42 characters before the padding' },
      { text: 'TOKEN="ptr_xxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'the placeholder of a how-to' },
      { text: 'int *ptr_to_buffer = malloc(sizeof(int));', why: 'a C identifier' },
    ],
  },
});

/** Rancher's token alphabet: lower-case consonants and the digits that cannot be misread. */
const RANCHER_ALPHABET = /^[bcdfghjklmnpqrstvwxz2456789]+$/;

// Rancher API keys: the access key (the token's name, 'token-' and five characters) and the secret key (54
// characters of Rancher's 27-character alphabet), joined by ':' into the bearer token the CLI and the v3
// API take. The secret key alone is read after a Rancher name.
export const rancherApiToken: Detector = withVendorForms(
  patternDetector({
    id: 'rancher-api-token',
    title: 'Rancher API token',
    vendor: 'Rancher',
    severity: 'critical',
    keywords: ['token-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>token-[bcdfghjklmnpqrstvwxz2456789]{5}:[bcdfghjklmnpqrstvwxz2456789]{54})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    remediation:
      'Delete the API key under Account & API Keys in Rancher (or the token under /v3/tokens) and create a new ' +
      'one with an expiry and, where possible, a cluster scope; keep it in a secret store (RANCHER_TOKEN).',
    examples: {
      positive: [
        { text: 'rancher login https://rancher.example.com --token token-hthht:4fkgq7tqvrqh645nhzbb8vzqpgtz466k2vh28n8jdsr9k94xctfbw2', path: 'scripts/login.sh' },
        { text: '  token_key = "token-mphzz:cnmfd4fjlkzfgrgx68lqnfn787d2zbw2758wbtb9mv54tgvz947fgt"', path: 'infra/provider.tf' },
        { text: 'RANCHER_SECRET_KEY=qsl5q54bqw8trhnvf68sk2jm794r88hbscjjr7q7mzfflzpbr6jxw2', path: '.env' },
      ],
      negative: [
        { text: 'token-hthht:4fkgq7tqvrqh645nhzbb8vzqpgtz466k2vh28n8jdsr9k94xctfbw', why: '53 characters' },
        { text: 'token-hthht:4fkgq7tqvrqh645nhzbb8vzqpgtz466k2vh28n8jdsr9k94xctfbwa', why: "'a' is not in Rancher's alphabet" },
        { text: 'RANCHER_ACCESS_KEY=token-hthht', why: 'the access key alone names the token' },
      ],
    },
  }),
  { names: ['rancher'], token: { alphabet: 'lower-alnum', length: 54 } },
  (secret) => RANCHER_ALPHABET.test(secret),
);

/** ci-and-dev-tools vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const ciAndDevToolsVendorsMR: readonly Detector[] = [
  ...named,
  octopusDeployApiKey,
  phabricatorArcrcToken,
  portainerAccessToken,
  postmanApiKey,
  prefectApiKey,
  rancherApiToken,
  reactAppSecret,
];
