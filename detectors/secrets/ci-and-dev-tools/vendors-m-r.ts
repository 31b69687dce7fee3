import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';
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
]);

// ------------------------------------------------------------------ formats with their own mark

// Octopus Deploy API keys: API- and 26 to 32 upper-case letters and digits.
export const octopusDeployApiKey: Detector = patternDetector({
  id: 'octopus-deploy-api-key',
  title: 'Octopus Deploy API key',
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

/** ci-and-dev-tools vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const ciAndDevToolsVendorsMR: readonly Detector[] = [...named, octopusDeployApiKey, postmanApiKey, prefectApiKey, reactAppSecret];
