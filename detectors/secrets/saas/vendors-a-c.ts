import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { namedSecret } from '../shared/named-secret.js';
import { vendorJwt } from '../shared/named-value.js';

// Adafruit IO keys: 'aio_' and 28 alphanumerics.
export const adafruitIoKey: Detector = patternDetector({
  id: 'adafruit-io-key',
  title: 'Adafruit IO key',
  vendor: 'Adafruit IO',
  severity: 'high',
  keywords: ['aio_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Za-z]/.test(secret.slice(4)),
  remediation:
    'Regenerate the key on io.adafruit.com (the key icon, "Regenerate key"): the old one stops working for every device, ' +
    'so flash the new one from a secrets header kept out of the repository.',
  examples: {
    positive: [
      { text: '#define IO_KEY       "aio_4NMUnqmlCD3rFg7sQdru62tMAIbN"', path: 'firmware/config.h' },
      { text: 'ADAFRUIT_IO_KEY = "aio_dyhl9SZo3ByODCMygrJfToFVTNWA"', path: 'code.py' },
    ],
    negative: [
      { text: '#define IO_KEY       "aio_4NMUnqmlCD3rFg7sQdru62tMAIb"', why: '27 characters' },
      { text: 'import aio_pika_connection_helpers_for_rabbitmq', why: 'an identifier' },
      { text: 'ADAFRUIT_IO_KEY = "aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
    ],
  },
});

// Adobe Developer Console OAuth client secrets: 'p8e-' and 32 characters of [A-Za-z0-9_-].
export const adobeClientSecret: Detector = patternDetector({
  id: 'adobe-client-secret',
  title: 'Adobe client secret',
  vendor: 'Adobe',
  severity: 'high',
  keywords: ['p8e-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Za-z]/.test(secret.slice(4)),
  remediation:
    'Rotate the client secret of the project\'s OAuth Server-to-Server credential in the Adobe Developer Console, then ' +
    'delete the old one and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: '"client_secret": "p8e-wMl1HCd1l2yQyhcNP-PEe6zdK-_ESOIv",', path: 'config/adobe.json' },
      { text: 'ADOBE_CLIENT_SECRET=p8e-64Xlv70bzmepZTFZCwdcOyBagiXnaf5x', path: '.env' },
    ],
    negative: [
      { text: 'ADOBE_CLIENT_SECRET=p8e-64Xlv70bzmepZTFZCwdcOyBagiXnaf5', why: '31 characters' },
      { text: 'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Apify API tokens: 'apify_api_' and 36 alphanumerics.
export const apifyApiToken: Detector = patternDetector({
  id: 'apify-api-token',
  title: 'Apify API token',
  vendor: 'Apify',
  severity: 'high',
  keywords: ['apify_api_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>apify_api_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  remediation:
    'Reset the token under Settings > API & Integrations in the Apify Console, and keep the replacement in the ' +
    'environment or a secret store (APIFY_TOKEN).',
  examples: {
    positive: [
      { text: 'APIFY_TOKEN=apify_api_mjYQUheSmSzKeKSAHn5FusWwGbQMHhhNDfRh', path: '.env' },
      { text: "const client = new ApifyClient({ token: 'apify_api_4epCfwkCB1Dmni3E0acvQqWqT8M6fHR2UHS6' });", path: 'src/crawl.ts' },
    ],
    negative: [
      { text: 'APIFY_TOKEN=apify_api_mjYQUheSmSzKeKSAHn5FusWwGbQMHhhNDfR', why: '35 characters' },
      { text: 'apify_api_token_env_var_name_for_docs_and_examples_here', why: 'an identifier' },
    ],
  },
});

// Asana personal access tokens and OAuth tokens: a format version digit, '/', one or two 16-digit ids
// (v2 adds the app id) joined by '/', ':', and 32 hex characters; looked for on lines near an asana name.
export const asanaPersonalAccessToken: Detector = patternDetector({
  id: 'asana-personal-access-token',
  title: 'Asana personal access token',
  vendor: 'Asana',
  severity: 'high',
  keywords: ['asana'],
  pattern: /(?<![A-Za-z0-9/_-])(?<secret>[12]\/\d{16}(?:\/\d{16})?:[0-9a-f]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Revoke the token in Asana under My Settings > Apps > Developer apps (Manage developer apps), and keep the ' +
    'replacement in a secret store (ASANA_ACCESS_TOKEN).',
  examples: {
    positive: [
      { text: 'ASANA_ACCESS_TOKEN=1/1258708502962861:d02276cfc54f0aff4e04011178fc3e23', path: '.env' },
      { text: "client = asana.Client.access_token('2/3409734008668415/2072459690411434:a2aab143fec89fec0ad55df085a7057a')", path: 'tools/sync_tasks.py' },
    ],
    negative: [
      { text: 'ASANA_ACCESS_TOKEN=1/1258708502962861:d02276cfc54f0aff4e04011178fc3e2', why: '31 hex characters' },
      { text: 'timestamp 1/1258708502962861:ready', why: 'no hex secret' },
    ],
  },
});

// Blynk: device auth tokens (32 characters) passed as ?token= to the HTTP API of blynk.cloud (or a
// regional fra1./lon1./… host), and organisation OAuth client credentials (oa2-client-id_<32>:<secret>).
export const blynkDeviceTokenInUrl: Detector = patternDetector({
  id: 'blynk-device-token-url',
  title: 'Blynk device auth token in an HTTP API URL',
  vendor: 'Blynk',
  severity: 'high',
  keywords: ['blynk.cloud/', 'blynk-cloud.com/'],
  pattern:
    /blynk(?:\.cloud\/external\/api\/[a-z/]{1,40}\?(?:[A-Za-z0-9_.%-]{1,24}(?:=[A-Za-z0-9_.%-]{0,40})?&){0,4}token=|-cloud\.com\/)(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Refresh the device\'s auth token in the Blynk console (Device > Device info), and build request URLs from a token ' +
    'read at run time instead of a committed one.',
  examples: {
    positive: [
      { text: 'curl "https://fra1.blynk.cloud/external/api/update?token=yaGbkLZfZ4HDcxjqplj_5u8hE6ZJeC-t&V1=1"', path: 'scripts/lamp.sh' },
      { text: 'requests.get("https://blynk.cloud/external/api/get?v2&token=USAy8KYIJVIFaeN37udV57yi-_wC9Lu3")', path: 'poll.py' },
    ],
    negative: [
      { text: 'curl "https://blynk.cloud/external/api/get?token={DEVICE_TOKEN}&V1"' },
      { text: 'https://blynk.cloud/external/api/get?token=yaGbkLZfZ4HDcxjqplj_5u8hE6ZJeC&V1', why: '30 characters' },
    ],
  },
});

export const blynkOauthClientSecret: Detector = patternDetector({
  id: 'blynk-oauth-client-secret',
  title: 'Blynk organisation OAuth client secret',
  vendor: 'Blynk',
  severity: 'high',
  keywords: ['oa2-client-id_'],
  pattern: /oa2-client-id_[A-Za-z0-9_-]{32}(?::|&client_secret=)(?<secret>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the OAuth client under Organization > Developer zone > OAuth in the Blynk console and create a new one; ' +
    'keep its secret in a secret store.',
  examples: {
    positive: [
      { text: 'curl -X POST -u oa2-client-id_AjsMejopDQktUrs6EKhwcn6oGOWxDsqQ:gPwVVnzwJJ3fN8nAKa6ckwWnywB81BlBwuEuTGC- "https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials"' },
      { text: 'TOKEN_URL=https://blynk.cloud/oauth2/token?grant_type=client_credentials&client_id=oa2-client-id_AjsMejopDQktUrs6EKhwcn6oGOWxDsqQ&client_secret=gPwVVnzwJJ3fN8nAKa6ckwWnywB81BlBwuEuTGC-', path: '.env' },
    ],
    negative: [
      { text: 'curl -X POST -u oa2-client-id_AjsMejopDQktUrs6EKhwcn6oGOWxDsqQ:$BLYNK_CLIENT_SECRET https://fra1.blynk.cloud/oauth2/token' },
      { text: 'curl -X POST -u oa2-client-id_AjsMejopDQktUrs6EKhwcn6oGOWxDsqQ:gPwVVnzwJJ3fN8nAKa6ckwWnywB81BlBwuEuTGC https://fra1.blynk.cloud/oauth2/token', why: '39 characters' },
    ],
  },
});

// Budibase API keys: 32 hex, '-', and 78 to 80 hex characters, after a budibase name.
export const budibaseApiKey: Detector = patternDetector({
  id: 'budibase-api-key',
  title: 'Budibase API key',
  vendor: 'Budibase',
  severity: 'high',
  keywords: ['budibase'],
  pattern: /(?:budibase|Budibase|BUDIBASE)[^\n]{0,40}?(?<![A-Za-z0-9-])(?<secret>[a-f0-9]{32}-[a-f0-9]{78,80})(?![A-Za-z0-9-])/,
  keywordSpan: { before: 0, after: 170 },
  minEntropy: 3.5,
  remediation:
    'Regenerate the key under your profile > View API key in the Budibase builder, and keep the replacement in a secret ' +
    'store (BUDIBASE_API_KEY).',
  examples: {
    positive: [
      { text: 'BUDIBASE_API_KEY=a1b2375dcc094947bca024a7ece5ef4d-76976ba493d8bbff06a871e3e810c6e0e79f0b890f281b7a01c2330bb3a8f86fe159bb11374304c', path: '.env' },
      { text: 'budibase_api_key: "32cd38c5a8e1dc33796c7c8c151e47c4-acc4ee8478fbad945cd7c100838097ced0085d9fbf10a86b6bbe2be7d7903797f6629c5a9c903968"', path: 'ops/values.yaml' },
    ],
    negative: [
      { text: 'BUDIBASE_API_KEY=a1b2375dcc094947bca024a7ece5ef4d-76976ba493d8bbff06a871e3e810c6e0e79f0b890f281b7a01c2330bb3a8f86fe15', why: 'second part too short' },
      { text: 'BUDIBASE_API_KEY=${BUDIBASE_API_KEY}' },
    ],
  },
});

// ClickUp personal API tokens: 'pk_', the user id (digits), '_', and 32 uppercase alphanumerics.
export const clickupPersonalToken: Detector = patternDetector({
  id: 'clickup-personal-token',
  title: 'ClickUp personal API token',
  vendor: 'ClickUp',
  severity: 'high',
  keywords: ['pk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pk_\d{4,12}_[A-Z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: (secret) => /[A-Z]/.test(secret.slice(-32)) && /[0-9]/.test(secret.slice(-32)),
  remediation:
    'Regenerate the token under Settings > Apps (API Token) in ClickUp, and keep the replacement in a secret store ' +
    '(CLICKUP_API_TOKEN).',
  examples: {
    positive: [
      { text: 'CLICKUP_API_TOKEN=pk_4291963_JBUJ5KDN8H03U8KM4IZULOVP34EYEJSO', path: '.env' },
      { text: "headers = {'Authorization': 'pk_670038143_V0XUAAY611J418VXOYKLYBE9XL796X9T'}", path: 'sync/clickup.py' },
    ],
    negative: [
      { text: 'CLICKUP_API_TOKEN=pk_4291963_JBUJ5KDN8H03U8KM4IZULOVP34EYEJS', why: '31 characters' },
      { text: 'CLICKUP_API_TOKEN=pk_4291963_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
    ],
  },
});

// Contentful personal access tokens (Content Management API): 'CFPAT-' and 43 characters of [A-Za-z0-9_-].
export const contentfulPersonalAccessToken: Detector = patternDetector({
  id: 'contentful-personal-access-token',
  title: 'Contentful personal access token',
  vendor: 'Contentful',
  severity: 'high',
  keywords: ['cfpat-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation:
    'Revoke the token under Settings > CMA tokens in Contentful (it can change every space you can), and keep the ' +
    'replacement in a secret store (CONTENTFUL_MANAGEMENT_TOKEN).',
  examples: {
    positive: [
      { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-J0vYnbjvXz1qo5O6GaAV1NNHr8T9VFjAorhiyg4T-_a', path: '.env' },
      { text: "const client = contentful.createClient({ accessToken: 'CFPAT-ZgDBsUwgEfZw5n4rUNvgY25W8fl3XigtjRk3nWlDiRV' });", path: 'scripts/migrate.js' },
    ],
    negative: [
      { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-J0vYnbjvXz1qo5O6GaAV1NNHr8T9VFjAorhiyg4T-_', why: '42 characters' },
      { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<your token>' },
    ],
  },
});
// Amplitude projects have an API key (32 hex, public: every browser and app that sends events carries
// it) and secret keys (32 hex) that read and export the project's data with it. Only a value under a
// secret name is reported.
export const amplitudeSecretKey: Detector = namedSecret({
  id: 'amplitude-secret-key',
  title: 'Amplitude secret key',
  vendor: 'Amplitude',
  names: ['amplitude'],
  kind: /secret/,
  bareNames: ['secret', 'secretkey', 'apisecret', 'apisecretkey'],
  value: '[0-9a-f]{32}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  remediation:
    "Generate a new secret key on the project's page in Amplitude's settings, move the export or dashboard " +
    'integration to it, and delete the exposed key; keep it on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'AMPLITUDE_API_KEY=6c7cfe6c8c394d88b126b52aba3b7efa\nAMPLITUDE_SECRET_KEY=6f56604a85da96608445a82f67b37309', path: '.env' },
      { text: "amplitude:\n  api_key: 6c7cfe6c8c394d88b126b52aba3b7efa\n  secret_key: c55abb9c0cfdeac3ee1011a16d230625", path: 'config/analytics.yml' },
    ],
    negative: [
      { text: 'AMPLITUDE_API_KEY=6c7cfe6c8c394d88b126b52aba3b7efa', why: 'the API key is public' },
      { text: "amplitude.init('6c7cfe6c8c394d88b126b52aba3b7efa');", path: 'src/analytics.js', why: 'the browser SDK takes the public API key' },
      { text: 'AMPLITUDE_SECRET_KEY=6f56604a85da96608445a82f67b3730', why: '31 hex' },
    ],
  },
});

// Authress service client access keys, in the documented shape: sc_ (or ext_, scauth_, authress_) + the
// client id, '.', the access key id, '.acc-' (or '.acc_') + the account id, '.', and the private key.
export const authressAccessKey: Detector = patternDetector({
  id: 'authress-service-client-access-key',
  title: 'Authress service client access key',
  vendor: 'Authress',
  severity: 'high',
  keywords: ['.acc-', '.acc_'],
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Delete the access key from its service client in the Authress management portal (or with DELETE ' +
    '/v1/clients/{clientId}/access-keys/{keyId}) and create a new one; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=sc_FUzw3TImf3.XDnW.acc-1xaekg89fzg6.7Qzh+mUnxTGtWJRZAbncM30A0+jVbIx6R32PpmbZ7wI', path: '.env' },
      { text: "const tokenProvider = new ServiceClientTokenProvider('ext_eT54a4KSatFO.XbHnW.acc_anktb49hxjfsmw.R+6NAe8Chq9WxlUEymfCtSz5yhYGS/ioDlDwGLNNLBCoiKkI', authressApiUrl);", path: 'src/authress.ts' },
    ],
    negative: [
      { text: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=sc_FUzw3TImf3.XDnW.acc-1xaekg89fzg6.7Qzh+mUnx', why: 'private key part too short' },
      { text: 'AUTHRESS_KEY=sc_FUzw3TImf3.XDnW.acc-1xaekg89fzg6', why: 'no private key part' },
      { text: 'api.acc-eu-west-1.example.internal', why: 'a host name' },
    ],
  },
});

// Axiom tokens: xaat- (API token), xait- (ingest token, older) or xapt- (personal access token: full
// control of the account) and a UUID.
export const axiomToken: Detector = patternDetector({
  id: 'axiom-token',
  title: 'Axiom API or personal token',
  vendor: 'Axiom',
  severity: 'high',
  keywords: ['xaat-', 'xait-', 'xapt-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xa(?<kind>[aip])t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => ({ a: 'API token', i: 'ingest token', p: 'personal access token' })[m.groups?.['kind'] as 'a' | 'i' | 'p'],
  priority: 50,
  remediation:
    'Delete the token under Settings > API tokens (or Profile > Personal access tokens) in Axiom and create a ' +
    'new one with only the datasets and actions it needs; keep it in AXIOM_TOKEN from a secret store.',
  examples: {
    positive: [
      { text: 'AXIOM_TOKEN=xaat-1d7c8562-ec71-4075-98e0-cf592982543a\nAXIOM_DATASET=app-logs', path: '.env' },
      { text: 'client, err := axiom.NewClient(axiom.SetToken("xapt-0cf239c1-56a0-4a79-88d0-70f9dbc71125"), axiom.SetOrganizationID(orgID))', path: 'cmd/ingest/main.go' },
    ],
    negative: [
      { text: 'AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
      { text: 'AXIOM_TOKEN=xaat-1d7c8562-ec71-4075-98e0-cf592982543', why: 'a UUID one digit short' },
    ],
  },
});

// Cloudinary credentials: a 15-digit API key, an API secret of letters, digits, '_' and '-', and the
// cloud name, together in the CLOUDINARY_URL the SDKs read (cloudinary://<key>:<secret>@<cloud>).
export const cloudinaryUrl: Detector = patternDetector({
  id: 'cloudinary-url',
  title: 'Cloudinary URL with API secret',
  vendor: 'Cloudinary',
  severity: 'high',
  keywords: ['cloudinary://'],
  pattern: /cloudinary:\/\/(?<key>[0-9]{12,18}):(?<secret>[A-Za-z0-9_-]{24,32})@(?<cloud>[A-Za-z0-9_-]{1,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
  priority: 50,
  remediation:
    'Generate a new API key and secret on the API Keys page of the Cloudinary console settings, move the ' +
    'application to it and disable or delete the exposed key; set CLOUDINARY_URL from a secret store.',
  examples: {
    positive: [
      { text: 'CLOUDINARY_URL=cloudinary://286426859780114:QnTxI1uKiT0yylV1nFs650TCUZG@dq7zk2mrt', path: '.env' },
      { text: "ENV['CLOUDINARY_URL'] ||= 'cloudinary://745893808850431:8LA_qIe-d52-Za9ua7JgXUj9e-r@acme-media'", path: 'config/initializers/cloudinary.rb' },
    ],
    negative: [
      { text: 'CLOUDINARY_URL=cloudinary://<your_api_key>:<your_api_secret>@dq7zk2mrt', why: 'the console\'s template' },
      { text: 'CLOUDINARY_URL=cloudinary://286426859780114:QnTxI1uKiT0yylV1nFs@dq7zk2mrt', why: 'secret too short' },
      { text: 'CLOUDINARY_URL=cloudinary://${CLOUDINARY_API_KEY}:${CLOUDINARY_API_SECRET}@dq7zk2mrt', why: 'references' },
    ],
  },
});

// The API secret on its own, under a secret name (the API key beside it is a 15-digit number).
export const cloudinaryApiSecret: Detector = namedSecret({
  id: 'cloudinary-api-secret',
  title: 'Cloudinary API secret',
  vendor: 'Cloudinary',
  names: ['cloudinary'],
  kind: /secret/,
  bareNames: ['apisecret', 'secret'],
  value: '[A-Za-z0-9_-]{24,32}',
  after: '[A-Za-z0-9_-]',
  severity: 'high',
  minEntropy: 3.5,
  remediation:
    'Generate a new API key and secret on the API Keys page of the Cloudinary console settings, move the ' +
    'application to it and disable or delete the exposed key; keep the secret in CLOUDINARY_API_SECRET from a ' +
    'secret store.',
  examples: {
    positive: [
      { text: 'CLOUDINARY_CLOUD_NAME=acme-media\nCLOUDINARY_API_KEY=561836160709873\nCLOUDINARY_API_SECRET=ovd7jJKWNCfOwD2pp8f-T9MF7u3', path: '.env' },
      { text: "cloudinary.config({\n  cloud_name: 'acme-media',\n  api_key: '561836160709873',\n  api_secret: '8LA_qIe-d52-Za9ua7JgXUj9e-r',\n});", path: 'lib/upload.js' },
    ],
    negative: [
      { text: 'CLOUDINARY_API_KEY=561836160709873', why: 'the API key alone' },
      { text: "cloudinary.config({ cloud_name: 'acme-media', api_secret: process.env.CLOUDINARY_API_SECRET });", why: 'read from the environment' },
      { text: 'CLOUDINARY_UPLOAD_PRESET=ml_default_unsigned_preset_v2', why: 'not a secret name' },
    ],
  },
});
/** saas vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
// Calendly personal access tokens (and OAuth access tokens) are JSON Web Tokens, used as Bearer tokens.
export const calendlyAccessToken: Detector = vendorJwt({
  id: 'calendly-access-token',
  title: 'Calendly personal access token',
  vendor: 'Calendly',
  names: ['calendly'],
  remediation:
    'Delete the token under Integrations > API & Webhooks in Calendly and generate a new one with only the scopes ' +
    'it needs; keep it in a secret store (the old one keeps working until deleted).',
  examples: {
    positive: [
      { text: 'CALENDLY_API_TOKEN=eyJraWQiOiI0ZjM1ZDkzOSIsInR5cCI6IlBBVCIsImFsZyI6IkVTNTEyIn0.eyJpc3MiOiJodHRwczovL2F1dGguY2FsZW5kbHkuY29tIiwiaWF0IjoxNzA1Njk4NzY2LCJqdGkiOiIxMmY2Nzk4MWEyYzY5ZWExNjg1YjgzZTUyNjQ3MmU5YyIsInVzZXJfdXVpZCI6IjNjZWI5MzA0YjM4MDkyNTIwZGE2OTcxYTAxNDk3YmIwIn0.ZjvypB8etlPJOISZeqElsQsYhHrmHN8ix-7u9aAq9odtdNnR8ET05WsgBYEl2-mKxYDHnVNGN2Wl8usKGOG6tMmAsaGG8fZhzrmzCBOn-2dbZ1iVFl7oggaY9WbaEovqQLYRmNUte4Nds9NxxnFb5ZCMhjUCiXMSWtM6TUOk2SebsITA', path: '.env' },
      { text: "const calendlyToken = 'eyJraWQiOiI1YWU5NjQxZiIsInR5cCI6IlBBVCIsImFsZyI6IkVTNTEyIn0.eyJpc3MiOiJodHRwczovL2F1dGguY2FsZW5kbHkuY29tIiwiaWF0IjoxNzA4ODU2NDExLCJqdGkiOiJjZTNlM2MyNzk4NTFhZTA2MTNjMTg4NzVhNjNiODY2OCIsInVzZXJfdXVpZCI6IjU2NTIyNzEwODcyMDQ0N2FjNmYzYzE1ZDMyN2UwYjFjIn0.U5WYexe4sXpILgLdamHwhm5v-3jA7Aosk7ysrTNx3WG6b0Kh8kwhKhZPkjCl5jaBCwejnj_dVoVqIMGWXfRWNNLmuJoT_S4DQlrmAPke2KZQbXixGddz94hqmu_lqK_y74Z4yypnJjUTtPF1WeSM4DODGYTbCvO1meYsbz6JKnfhA-QJ';", path: 'src/scheduling.ts' },
    ],
    negative: [
      { text: 'CALENDLY_API_TOKEN=eyJraWQiOiI0ZjM1ZDkzOSIsInR5cCI6IlBBVCIsImFsZyI6IkVTNTEyIn0', why: 'a header alone' },
      { text: 'CALENDLY_API_TOKEN=${CALENDLY_TOKEN}', why: 'a reference' },
    ],
  },
});

// Builder.io private API keys: bpk- + 32 hex, sent as a Bearer token to the Write API and for private
// content. The Public API Key (32 hex, no prefix) is meant for client code and is not reported.
export const builderPrivateKey: Detector = patternDetector({
  id: 'builder-private-key',
  title: 'Builder.io private API key',
  vendor: 'Builder.io',
  severity: 'high',
  keywords: ['bpk-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>bpk-[0-9a-f]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.2,
  validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[a-f]/.test(secret.slice(4)),
  remediation:
    'Delete the key under Space Settings > Private Keys in Builder.io and create a new one; use it from server code ' +
    'only (BUILDER_PRIVATE_KEY), never in the browser, where the public API key belongs.',
  examples: {
    positive: [
      { text: 'BUILDER_PRIVATE_KEY=bpk-8afea799080807a16d5c6b0a7c821126', path: '.env' },
      { text: "headers: { Authorization: 'Bearer bpk-1a76c158efde64f824165557b922033d' },", path: 'scripts/publish.ts' },
    ],
    negative: [
      { text: "builder.init('bb209db71e62412dbe0114bdae18fd15');", path: 'src/builder.ts', why: 'the public API key (the documentation\'s example)' },
      { text: "import BpkIcon from 'bpk-component-icon';", why: 'a Backpack component package' },
      { text: 'BUILDER_PRIVATE_KEY=bpk-8afea799080807a16d5c6b0a7c82112', why: '31 hex' },
    ],
  },
});

export const saasVendorsAC: readonly Detector[] = [
  builderPrivateKey,
  adafruitIoKey,
  adobeClientSecret,
  amplitudeSecretKey,
  apifyApiToken,
  asanaPersonalAccessToken,
  authressAccessKey,
  axiomToken,
  blynkDeviceTokenInUrl,
  blynkOauthClientSecret,
  budibaseApiKey,
  clickupPersonalToken,
  cloudinaryApiSecret,
  cloudinaryUrl,
  calendlyAccessToken,
  contentfulPersonalAccessToken,
  ...vendorTokens([
    {
      id: 'abuseipdb-api-key',
      title: 'AbuseIPDB API key',
      vendor: 'AbuseIPDB',
      names: ['abuseipdb'],
      // APIv2 keys: 80 lower-case letters and digits, sent in the `Key` header
      token: { alphabet: 'lower-alnum', length: 80 },
      severity: 'medium',
      remediation:
        'Delete the key on the API page of your AbuseIPDB account and create a new one; keep it in the environment ' +
        '(ABUSEIPDB_API_KEY) of the host that reports or checks addresses.',
      examples: {
        positive: [
          { text: 'ABUSEIPDB_API_KEY=z6cnpo9luudwu24ieso3x04371vdz0y637t3j50dxnj8bay1uu3c84u1hvaiul8rmbvf6elrqxd0oo3u', path: '.env' },
          { text: 'abuseipdb_key: "zy0dmzg9nfbq9citmttylt2l55zdb1j7037schzbj3zimdrndo82jbmeu3vz9qb5lltjtp5kiejpl7lq"', path: 'fail2ban/config.yml' },
        ],
        negative: [
          { text: 'ABUSEIPDB_API_KEY=z6cnpo9luudwu24ieso3x04371vdz0y637t3j50dxnj8bay1uu3c84u1hvaiul8rmbvf6elrqxd0oo3', why: '79 characters' },
          { text: 'ABUSEIPDB_API_KEY=YOUR_OWN_API_KEY', why: 'placeholder' },
        ],
      },
    },
    {
      id: 'activecampaign-api-key',
      title: 'ActiveCampaign API key',
      vendor: 'ActiveCampaign',
      names: ['activecampaign', 'active_campaign', 'active-campaign'],
      // each user's API key: 72 hex, sent as the Api-Token header with the account's API URL
      token: { alphabet: 'hex', length: 72 },
      remediation:
        'Reset the key under Settings > Developer in ActiveCampaign (it is per user: reset it for the user whose key ' +
        'leaked) and keep the new one in ACTIVECAMPAIGN_API_KEY from a secret store.',
      examples: {
        positive: [
          { text: 'ACTIVECAMPAIGN_URL=https://northwind.api-us1.com\nACTIVECAMPAIGN_API_KEY=c6944a54f1dc8d4d7ad22b661d196806f651df3ea58c11f03134a174811231ae419c1c6b', path: '.env' },
          { text: "define('ACTIVECAMPAIGN_API_KEY', '7fadeb4f1fed920300417ae1a17b3f05c7bc4b8f3150c79b007900c14abd62689080841d');", path: 'includes/crm.php' },
        ],
        negative: [
          { text: 'ACTIVECAMPAIGN_API_KEY=c6944a54f1dc8d4d7ad22b661d196806f651df3ea58c11f03134a174811231ae419c1c6', why: '71 hex' },
          { text: 'ACTIVECAMPAIGN_LIST_ID=c6944a54f1dc8d4d7ad22b661d196806f651df3ea58c11f03134a174811231ae419c1c6b', why: 'an id, no key-like word' },
        ],
      },
    },
    {
      id: 'alienvault-otx-api-key',
      title: 'AlienVault OTX API key',
      vendor: 'AlienVault OTX',
      names: ['alienvault', 'levelblue'],
      // 'otx' alone is short: only as the first word of a key's name (OTX_API_KEY, otx_key, X-OTX-API-KEY is read by its value)
      compoundNames: ['otx'],
      // 64 hex, sent as the X-OTX-API-KEY header
      token: { alphabet: 'hex', length: 64 },
      severity: 'medium',
      remediation:
        'Reset the key in OTX (otx.alienvault.com > Settings > API key) and keep the new one in the environment or ' +
        'a secret store of the tool that pulls the feeds.',
      examples: {
        positive: [
          { text: 'OTX_API_KEY=dd40d333114b8cb74108c1da6c4671bf7e0f93ec06b072f7ed7d31a9c50dc9af', path: '.env' },
          { text: "alienvault:\n  api_key: 5933e43e506e6baea540e1a51522934eae641237d3e4767895d05ea6af5c1ad9", path: 'intel/feeds.yml' },
        ],
        negative: [
          { text: 'OTX_API_KEY=dd40d333114b8cb74108c1da6c4671bf7e0f93ec06b072f7ed7d31a9c50dc9a', why: '63 hex' },
          { text: 'LOTX_API_KEY=b68db0825c93cd29d427ac73fd35505888c70bdc3f2987054ef0d2f89b2390d4', why: '"otx" inside a longer word' },
        ],
      },
    },
    {
      id: 'censys-api-secret',
      title: 'Censys API secret',
      vendor: 'Censys',
      names: ['censys'],
      // the Search API's secret: 32 letters and digits (its API ID is a UUID, the kit leaves it alone)
      token: { alphabet: 'alnum', length: 32 },
      severity: 'medium',
      remediation:
        'Reset the API secret on the account page of Censys Search (My Account > API) and keep the new one in ' +
        'CENSYS_API_SECRET from a secret store; move to a Censys Platform personal access token where possible.',
      examples: {
        positive: [
          { text: 'CENSYS_API_ID=61535fdb-4db0-4bd7-9e28-080005861216\nCENSYS_API_SECRET=uWHY7s277CyzedLIGsqQ1EOfeXKdEzyz', path: '.env' },
          { text: 'censys_secret = "tiqyL8Ho7KSp0pGaYj2i5crfcuUVJUbu"', path: 'recon/settings.py' },
        ],
        negative: [
          { text: 'CENSYS_API_ID=61535fdb-4db0-4bd7-9e28-080005861216', why: 'the API ID' },
          { text: 'CENSYS_API_SECRET=uWHY7s277CyzedLIGsqQ1EOfeXKdEzy', why: '31 characters' },
        ],
      },
    },
    {
      id: 'crisp-token-key',
      title: 'Crisp REST API token key',
      vendor: 'Crisp',
      names: ['crispchat', 'crisp_chat', 'crisp-chat'],
      // 'crisp' alone is a common word (CSS crisp-edges): only as the first word of a key's name
      compoundNames: ['crisp'],
      // a token keypair: an identifier (UUID) and a key (64 hex); the key is what is reported
      token: { alphabet: 'hex', length: 64 },
      remediation:
        'Revoke the token in the Crisp Marketplace (the plugin > Tokens) or the workspace\'s API token settings and ' +
        'generate a new keypair; keep it in the environment or a secret store.',
      examples: {
        positive: [
          { text: 'CRISP_TOKEN_IDENTIFIER=c3485c12-bdbd-4894-89a4-ffb0067dd1c2\nCRISP_TOKEN_KEY=b68db0825c93cd29d427ac73fd35505888c70bdc3f2987054ef0d2f89b2390d4', path: '.env' },
          { text: "const crispKey = '7cadb65577a85825a3d8671868fd93741924830f60b9f18d7df7a31c94ef0e7b';", path: 'server/support.js' },
        ],
        negative: [
          { text: 'CRISP_TOKEN_IDENTIFIER=c3485c12-bdbd-4894-89a4-ffb0067dd1c2', why: 'the identifier alone' },
          { text: 'image-rendering: crisp-edges; /* token 7cadb65577a85825a3d8671868fd93741924830f60b9f18d7df7a31c94ef0e7b */', why: 'the common word' },
          { text: 'CrispClient.authenticateTier("plugin", "7c3ef21c-1e04-41ce-8c06-5605c346f73e", "cc29e1a5086e428fcc6a697d5837a66d82808e65c5cce006fbf2191ceea80a0a");', why: "Crisp's documentation keypair" },
        ],
      },
    },
    {
      id: 'crowdstrike-client-secret',
      title: 'CrowdStrike Falcon API client secret',
      vendor: 'CrowdStrike',
      names: ['crowdstrike'],
      // 'falcon' names other products too: only as the first word of a key's name (FALCON_CLIENT_SECRET)
      compoundNames: ['falcon'],
      // an API client's secret: 40 letters and digits (its client id, 32 hex, is not a secret)
      token: { alphabet: 'alnum', length: 40 },
      severity: 'critical',
      remediation:
        'Reset the API client\'s secret in the Falcon console (Support and resources > API clients and keys) or ' +
        'delete the client, and keep the new secret in FALCON_CLIENT_SECRET from a secret store.',
      examples: {
        positive: [
          { text: 'FALCON_CLIENT_ID=ca4bf4b7192ea784b3b5202c46bd244b\nFALCON_CLIENT_SECRET=y0Ekc41qgHKm0BZRNDvLMT1VvyKLwiazFmNBhbVp', path: '.env' },
          { text: "crowdstrike:\n  client_id: 3910babb570be0098c1417b18be97190\n  client_secret: tzFNLIY8UsQHDiU58vPEYzQTpjeuJmhCFP50XCnQ", path: 'config/edr.yml' },
        ],
        negative: [
          { text: 'FALCON_CLIENT_ID=ca4bf4b7192ea784b3b5202c46bd244b', why: 'the client id' },
          { text: 'FALCON_CLIENT_SECRET=y0Ekc41qgHKm0BZRNDvLMT1VvyKLwiazFmNBhbV', why: '39 characters' },
          { text: 'falcon_model_name = "0n9hrRLOJOSDVzuwFjbveeFGUymopn6MB02HkOHf"', why: 'no key-like word glued to falcon' },
        ],
      },
    },
    {
      id: 'adobe-client-id',
      title: 'Adobe API key (client id)',
      vendor: 'Adobe',
      names: ['adobe'],
      token: { alphabet: 'hex', length: 32 },
      severity: 'medium',
      remediation:
        "The API key is the client id of an Adobe Developer Console project: rotate the project's client " +
        'secret there if it leaked with it, and load both from the environment.',
      examples: {
        positive: [
          { text: 'ADOBE_API_KEY=2558cc0384e310670347bb5e83ef3e7b', path: '.env' },
          { text: 'adobe_api_key: "ef7531061160c0b0244b6add91098cb4"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'ADOBE_API_KEY=6d0b3902a7a4a266e6416d4c2ffef2f', why: '31 characters' },
        ],
      },
    },
    {
      id: 'airbrake-api-key',
      title: 'Airbrake project or user key',
      vendor: 'Airbrake',
      names: ['airbrake'],
      token: [{ alphabet: 'alnum', length: 40 }, { alphabet: 'hex', length: 32 }],
      examples: {
        positive: [
          { text: 'AIRBRAKE_PROJECT_KEY=s4AB3xWtmw63S623BIAm35udrGYTKXecKLyyQVCA', path: '.env' },
          { text: 'client = Airbrake(api_key="RPm7vvqt5gp5RgG3CmPYOY0wlXWeeyNy4YR2TdRZ")', path: 'app/clients.py' },
          { text: "const airbrakeProjectKey = '9d60f4315d6e86aee1c33bab5ce25bbc';", path: 'src/config.js' },
          { text: 'services:\n  airbrake:\n    # production project\n    project_key: Wm4Tq9Zr2Lx7Bn5Cv8Hs1Jd3Fg6Pa0Qe2Rt7Uy9K\n', path: 'config/services.yml', why: 'a YAML mapping named after the vendor' },
          { text: '[airbrake]\nproject_id = 2251\nproject_key = "b7e4c1a9d2f05e8c3b6a9d1e4f7c2a5b"\n', path: 'config/app.toml', why: 'a TOML section named after the vendor' },
        ],
        negative: [
          { text: 'AIRBRAKE_PROJECT_KEY=cJ03EcjJk3WFluhluJefTOzUBOecYA64KFZWk53', why: '39 characters' },
          { text: 'airbrake:\n  project_id: 2251\nmailgun:\n  project_key: Wm4Tq9Zr2Lx7Bn5Cv8Hs1Jd3Fg6Pa0Qe2Rt7Uy9K\n', path: 'config/services.yml', why: "a sibling mapping's key" },
          { text: '[airbrake]\nproject_id = 2251\n[billing]\nproject_key = "b7e4c1a9d2f05e8c3b6a9d1e4f7c2a5b"\n', path: 'config/app.toml', why: "the next section's key" },
        ],
      },
    },
    {
      id: 'alchemy-api-key',
      title: 'Alchemy API key',
      vendor: 'Alchemy',
      names: ['alchemy'],
      token: { alphabet: 'base64url', length: 32 },
      examples: {
        positive: [
          { text: 'ALCHEMY_API_KEY="AFox9hm8YT77euNI2s2FaJo_XFLT9Xap"', path: '.env' },
          { text: "const alchemyApiKey = 'CGRiHbbTxvBG6diFtUt07wfwXHA5x7xZ';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'ALCHEMY_API_KEY=xX23Bm04tGdD-nmisWyyY_De_F0Kh2d', why: '31 characters' },
          { text: 'SQLALCHEMY_DATABASE_URI = "postgresql://app@db/app"', why: 'Flask-SQLAlchemy setting, no key value' },
          { text: 'const alchemyDefaultKey = "_gg7wSSi0KMBsdKnGVfHDueq6xMB9EkC"; // the throttled community key', path: 'src/providers.js', why: "ethers.js's own community key, published with every copy of it" },
        ],
      },
    },
    // The key is the last path segment of an Alchemy RPC URL: the URL is its slot.
    {
      id: 'alchemy-rpc-url-key',
      title: 'Alchemy API key in an RPC URL',
      vendor: 'Alchemy',
      names: ['alchemy.com/v2/', 'alchemyapi.io/v2/', 'alchemy.com/nft/v3/'],
      token: { alphabet: 'base64url', length: 32 },
      needsKeyWord: false,
      remediation:
        'Rotate the key of the app in the Alchemy dashboard (Apps > the app > API key), restrict it by domain ' +
        'or IP, and build the RPC URL from an environment variable.',
      examples: {
        positive: [
          { text: 'ETH_RPC_URL=https://eth-mainnet.g.alchemy.com/v2/5pGHgpdvvGg2-HDgC0mXsKY7bPzzG833', path: '.env' },
          { text: 'const provider = new JsonRpcProvider("https://polygon-mainnet.g.alchemyapi.io/v2/ksJ-mgolQdXk3dfAY2F78p6OAMdzNxUV");', path: 'src/chain.ts' },
        ],
      },
    },
    {
      id: 'anypoint-api-key',
      title: 'MuleSoft Anypoint API key',
      vendor: 'MuleSoft Anypoint',
      names: ['anypoint'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'ANYPOINT_CLIENT_SECRET=881a33e5-1c12-4629-8737-64bb71414e08', path: '.env' },
          { text: 'anypoint_client_secret: "cbf8b8a9-ef21-451a-bf01-f9aee75399c2"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'ANYPOINT_CLIENT_SECRET=45a31bb0-e339-44a9-9944-4d7995a1193', why: 'not a UUID: the last group has 11 characters' },
        ],
      },
    },
    {
      id: 'apify-api-token-legacy',
      title: 'Apify API token (unprefixed)',
      vendor: 'Apify',
      names: ['apify'],
      token: { alphabet: 'alnum', length: 36 },
      examples: {
        positive: [
          { text: 'APIFY_TOKEN=0Axox9tzVSTLwhrikuzQ8kOtDvUiuWKpDOLm', path: '.env' },
          { text: 'client = Apify(api_key="1eS34TE4paMCynAejXK8TKqESUlo1v6ojrHS")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'APIFY_TOKEN=GADOtoDgPxRpm9F5vvcFSM2IzSJDgOVUmqe', why: '35 characters' },
        ],
      },
    },
    {
      id: 'apilayer-api-key',
      title: 'APILayer API key',
      vendor: 'APILayer',
      names: ['apilayer'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'APILAYER_API_KEY=K3vOmRTTXbuhEMleAPTfrpkU4LVV5qYB', path: '.env' },
          { text: "const apilayerApiKey = 'vmi05M4IvBfs4YzHEEThOABLeKAiE4Mv';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'APILAYER_API_KEY=KtNCjYb8FxBD2XRifU6ao8XXH8xc5n4', why: '31 characters' },
        ],
      },
    },
    {
      id: 'apimetrics-api-key',
      title: 'APImetrics API key',
      vendor: 'APImetrics',
      names: ['apimetrics'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'APIMETRICS_API_KEY=6rrvgf5qmfp8vawwa61vm5lyc1a2xm5o', path: '.env' },
          { text: '"apimetrics_api_key": "ujr4nii16u79nhmk8z34xhfiq0al5zi3",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'APIMETRICS_API_KEY=2yhhat1gubidwosiybuhr1784n76utt', why: '31 characters' },
        ],
      },
    },
    {
      id: 'apitemplate-api-key',
      title: 'APITemplate.io API key',
      vendor: 'APITemplate.io',
      names: ['apitemplate'],
      token: { alphabet: 'alnum', length: 39 },
      examples: {
        positive: [
          { text: 'APITEMPLATE_API_KEY=i5wJ3c2a7xXkEmALveiT3LZyG5xFAtWc4hKdWMz', path: '.env' },
          { text: 'apitemplate_api_key: "38kdYYtbPyF0WRLwzXSa5itVVYzjOEa5V2bfrIH"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'APITEMPLATE_API_KEY=MNpmKARFl7pEwE9Kb52mCoZJGO7zeHBswUeB06', why: '38 characters' },
        ],
      },
    },
    // Apollo.io keys (22 alphanumerics); Apollo GraphQL's service keys end in a segment of the same shape.
    {
      id: 'apollo-api-key',
      title: 'Apollo API key',
      vendor: 'Apollo',
      names: ['apollo'],
      token: { alphabet: 'alnum', length: 22 },
      examples: {
        positive: [
          { text: 'APOLLO_API_KEY=oVdJ1yebOb4hufVtaj68zl', path: '.env' },
          { text: 'client = ApolloClient(api_key="kfIhsPEuYafpwJ8JqiD89J")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'APOLLO_API_KEY=4nDm4zL3yXIN6hFCTRgWU', why: '21 characters' },
          { text: "const apolloClient = new ApolloClient({ uri: '/graphql', cache: new InMemoryCache() });", why: 'a GraphQL client, no key' },
        ],
      },
    },
    {
      id: 'appointedd-api-key',
      title: 'Appointedd API key',
      vendor: 'Appointedd',
      names: ['appointedd'],
      token: { alphabet: 'base64', length: 88 },
      examples: {
        positive: [
          { text: 'APPOINTEDD_API_KEY="njsq/x76jO/wogxpHFRBZHMQmVirzbqaDspj4Gd0yukzLN69iQmMdsjuoXBsn87Oqk/s8VHFHh94SZNy9YRgDWL2"', path: '.env' },
          { text: "const appointeddApiKey = '3LbjAhnaycYKemiomvF42Alrtw8q5Iy0O0EXhCLRkz3MqHW/ML0far8lzmFYC7B6FgMW5EnSVA77n3BRHphRF2QU';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'APPOINTEDD_API_KEY=ygvWJLoT8adKG05uk/nQqG4IVBQ50eBsvGeKSQPjLZBgMLp+cvnI/ps0nKGoq21y2D7sGyQnuNIBfP7VIqFJ0py', why: '87 characters' },
        ],
      },
    },
    {
      id: 'appoptics-api-token',
      title: 'AppOptics API token',
      vendor: 'AppOptics',
      names: ['appoptics'],
      token: { alphabet: 'base64url', length: 71 },
      examples: {
        positive: [
          { text: 'APPOPTICS_TOKEN="dtD3tWJoOqQS6BJIgXrTTrVENKtBKE4AX2Q9LLGkg_SgtuSyOVtXuDPt5pT7ISMM633VjEl"', path: '.env' },
          { text: '"appoptics_token": "UUM6b-FQU5Al1VM2O9SNT3UoOryE_4Arsf7TbHm5wu1IhNCVmwnECfeT0JQ8DLa13NqYPVb",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'APPOPTICS_TOKEN=onHArz8zNLggcao4xzhEIlK0a8ua5HkQ-FFL1S-rTE_zCl1l9ayrQapfxGJy-TtbiWOtXO', why: '70 characters' },
        ],
      },
    },
    {
      id: 'appsynergy-api-key',
      title: 'AppSynergy API key',
      vendor: 'AppSynergy',
      names: ['appsynergy'],
      token: { alphabet: 'lower-alnum', length: 64 },
      examples: {
        positive: [
          { text: 'APPSYNERGY_API_KEY=8zoelnraw9ld6ievwac9po64cxqfhnm36biki7zm7nj4a3bqpmqxhj0gdvuby3r7', path: '.env' },
          { text: 'appsynergy_api_key: "fpm8m3l25vkhadt1dpn14qc7mofp6fakxjzwxdi3z62ojfu1dwvdqbk2o6jj8kpq"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'APPSYNERGY_API_KEY=n3ngfneb9aqiy79nvhn0x1s86js82uh3rj7y59x6qiyn99hx59d1if9lf5zbvuv', why: '63 characters' },
        ],
      },
    },
    {
      id: 'asana-client-secret',
      title: 'Asana OAuth client secret',
      vendor: 'Asana',
      names: ['asana'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'ASANA_CLIENT_SECRET=Xk8wiOvmgy72kMMAwrVMzJWJo7zX9s3r', path: '.env' },
          { text: 'client = Asana(api_key="UtHysqhtiISzTxCoL5RNnvlVTndutqrv")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'ASANA_CLIENT_SECRET=upDLCPVqrm1udmUbQWRBmu6MYF8I8RR', why: '31 characters' },
        ],
      },
    },
    {
      id: 'asana-legacy-token',
      title: 'Asana access token (0/ form)',
      vendor: 'Asana',
      names: ['asana'],
      token: { alphabet: 'hex', length: 32, prefix: '0/' },
      remediation:
        'Revoke the token in Asana under My Settings > Apps > Developer apps (personal access tokens) or ' +
        'deauthorize the OAuth app, and keep the replacement in a secret store.',
      examples: {
        positive: [
          { text: 'ASANA_ACCESS_TOKEN=0/9d52f667bb6e1171c35084006b0d51cb', path: '.env' },
          { text: "const asanaAccessToken = '0/dbc491b89c6afe5cdd7d10348bee76d6';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'ASANA_ACCESS_TOKEN=0/25232f9345e5619d0bb754587f58cf4', why: '31 characters' },
        ],
      },
    },
    // 'atera' alone is inside collateral/lateral: the name is taken with a separator after it.
    {
      id: 'atera-api-key',
      title: 'Atera API key',
      vendor: 'Atera',
      names: ['atera_', 'atera-', 'atera.', 'ateraapi'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'ATERA_API_KEY=p3fetb1kasdidkismz17qiwodbp1mkzr', path: '.env' },
          { text: '"atera_api_key": "zs4wr4p0gwjvmgmcxe06fhap34ueg6ud",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'ATERA_API_KEY=89qp1vcqrdcrmqlynjye3f9c0gcrwl3', why: '31 characters' },
          { text: 'collateral_key = "bbdnrb55b5uzeche4o5xiechvi74d8i0"', why: 'collATERAl: the name is inside another word' },
        ],
      },
    },
    {
      id: 'atlassian-api-token-legacy',
      title: 'Atlassian API token (legacy, unprefixed)',
      vendor: 'Atlassian',
      names: ['atlassian', 'confluence'],
      token: { alphabet: 'alnum', length: 24 },
      remediation:
        'Revoke the token at id.atlassian.com > Security > API tokens, and create a new (ATATT-prefixed) ' +
        'token kept in a secret store.',
      examples: {
        positive: [
          { text: 'ATLASSIAN_API_TOKEN=0goJBuoQmvxUuyBn5QPhPPGV', path: '.env' },
          { text: 'atlassian_api_token: "AFaLdhijRKRTa0VJIqYF98EP"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'ATLASSIAN_API_TOKEN=B3wUGjkBMHNOy57ZxGYTACj', why: '23 characters' },
        ],
      },
    },
    {
      id: 'audd-api-token',
      title: 'AudD API token',
      vendor: 'AudD',
      names: ['audd'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'AUDD_API_TOKEN=12aq6yg7zdcgrlzv64er32jo1xdiuvuc', path: '.env' },
          { text: 'client = Audd(api_key="vijeub83l8oa8om0c30in1h525asu8lv")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'AUDD_API_TOKEN=yfvtbkkojkd6aytcs5ud763mssb5hft', why: '31 characters' },
        ],
      },
    },
    {
      id: 'autoklose-api-key',
      title: 'Autoklose API key',
      vendor: 'Autoklose',
      names: ['autoklose'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'AUTOKLOSE_API_KEY=hG1cUGKmTT4vWRgW2xLKXnhUFIegAivR', path: '.env' },
          { text: "const autokloseApiKey = '71JgcFmtUqIUaAipRH66TZsfJmEKFKsY';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'AUTOKLOSE_API_KEY=zoYsaKiwQMlyBgCGLLXCi3783VIh7fg', why: '31 characters' },
        ],
      },
    },
    // Avaza tokens are '<account id>-<40 hex>': the hex part is the secret.
    {
      id: 'avaza-personal-access-token',
      title: 'Avaza personal access token',
      vendor: 'Avaza',
      names: ['avaza'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [
          { text: 'AVAZA_ACCESS_TOKEN=395-6dbc509b9c4f3b32961b272c1358eede233363c5', path: '.env' },
          { text: '"avaza_access_token": "618-ef65911672c9d5aec72b329137116fcae851d2c5",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'AVAZA_ACCESS_TOKEN=282-527ab6c8da88e8da5d1304566bb79fd11434395', why: '39 characters' },
        ],
      },
    },
    {
      id: 'aviationstack-api-key',
      title: 'aviationstack API key',
      vendor: 'aviationstack',
      names: ['aviationstack'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'AVIATIONSTACK_ACCESS_KEY=us30wqggv0h50p6a9sogjobtuivecf3w', path: '.env' },
          { text: 'aviationstack_access_key: "yje2n5mzzt03tp43ynzcxppz49jr961j"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'AVIATIONSTACK_ACCESS_KEY=xar51r6ieugust2y5ibgd03xroaj3pk', why: '31 characters' },
        ],
      },
    },
    {
      id: 'axonaut-api-key',
      title: 'Axonaut API key',
      vendor: 'Axonaut',
      names: ['axonaut'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'AXONAUT_API_KEY=KMTiApq8QWHw9w6II4XvTd71qnSzuT4C', path: '.env' },
          { text: 'client = Axonaut(api_key="xTTbzc4hcv6KrCF64KxZrcyulunjx66Y")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'AXONAUT_API_KEY=UaO2PcfreV8Rwx9jNagATKN5wYwXp3A', why: '31 characters' },
        ],
      },
    },
    {
      id: 'bannerbear-api-key',
      title: 'Bannerbear API key',
      vendor: 'Bannerbear',
      names: ['bannerbear'],
      token: { alphabet: 'alnum', length: 24 },
      examples: {
        positive: [
          { text: 'BANNERBEAR_API_KEY=ivHzTvtaTyjs2K2FDmVmhStw', path: '.env' },
          { text: "const bannerbearApiKey = 'e59v6Ww1F9LqTj6a9TVBLrmh';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'BANNERBEAR_API_KEY=9EXyXXVnbWQSoBWYEy08heK', why: '23 characters' },
        ],
      },
    },
    {
      id: 'baremetrics-api-key',
      title: 'Baremetrics API key',
      vendor: 'Baremetrics',
      names: ['baremetrics'],
      token: { alphabet: 'base64url', length: 25 },
      examples: {
        positive: [
          { text: 'BAREMETRICS_API_KEY="PdcPXA2oprag8_uz_sw5TbvGm"', path: '.env' },
          { text: '"baremetrics_api_key": "Yp6DHGUCugDBW1hGV-TaCUJEn",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'BAREMETRICS_API_KEY=VyT-V4f2XyVcp1tc2QYY76Ii', why: '24 characters' },
        ],
      },
    },
    // No key word needed: the value carries Beamer's own 'b_' prefix, a second mark besides the name.
    {
      id: 'beamer-api-key',
      title: 'Beamer API key',
      vendor: 'Beamer',
      names: ['beamer'],
      token: { alphabet: 'base64url', length: 44, prefix: 'b_' },
      needsKeyWord: false,
      examples: {
        positive: [
          { text: 'BEAMER_API_KEY=b_D4-c_aVI3NQq4vxjouNk1d-DiLc0UXIU91DUkq9oznub', path: '.env' },
          { text: "beamer = 'b_17EhjC8L9ntJpW_b-hSj_Pt379PjW5-4aoc-ZGqhrrNy'", path: 'config/beamer.rb' },
        ],
        negative: [
          { text: 'BEAMER_API_KEY=b_4vNmDIGvl00T7kxvyFA_br2iWVczHGHrQadd44yzzP8', why: '43 characters' },
          { text: '\\documentclass{beamer} % b_erXCV2gdZoj2kbCtlhXOYSCA4voeLOJ_CTtGudYfTPd', why: 'the prefix is glued to a 43-character value: wrong length' },
        ],
      },
    },
    {
      id: 'beebole-api-token',
      title: 'Beebole API token',
      vendor: 'Beebole',
      names: ['beebole'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: 'BEEBOLE_API_TOKEN=MXYQi77mvaTL1rgiPFKSg4TgYn9Uz4Fq0ixYMqSl', path: '.env' },
          { text: 'client = Beebole(api_key="xkzQCt1cUoHqTaIxJDwyNE3QwAkZuNkVR7jvhxIQ")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'BEEBOLE_API_TOKEN=NvjggGjyc2ONVxMlq4S5kPkIJFHXWCzqHfRpudq', why: '39 characters' },
        ],
      },
    },
    {
      id: 'besnappy-api-key',
      title: 'BeSnappy API key',
      vendor: 'BeSnappy',
      names: ['besnappy'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: 'BESNAPPY_API_KEY=43b2fca2994e82c220ba4ac2f5be0bbfccb1080dc0c78e48e41c59046e8ad5b4', path: '.env' },
          { text: "const besnappyApiKey = 'd3e3b82b9b8bbf37726cb4146edacd65df3f96b7f0470f92a3fa46d59e7f7d9d';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'BESNAPPY_API_KEY=eab3ee1e869600e4fe6369072058df8b5562d98da13f041f0eca240f7444590', why: '63 characters' },
        ],
      },
    },
    // BestTime keys are 'pri_' (private) or 'pub_' (public) and 32 hex: 36 characters in all.
    {
      id: 'besttime-api-key',
      title: 'BestTime API key',
      vendor: 'BestTime',
      names: ['besttime'],
      token: { alphabet: 'base64url', length: 36 },
      examples: {
        positive: [
          { text: 'BESTTIME_API_KEY_PRIVATE="pri_7482eebb5c1266cce187c9b177ddf1ab"', path: '.env' },
          { text: '"besttime_api_key_private": "pri_0cf28b81111a80c64c8d9b22afff86c6",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'BESTTIME_API_KEY_PRIVATE=pri_9ERUmqo2r_iiUJSqb2uUHUtTcFdLwHgT2b6', why: '35 characters' },
        ],
      },
    },
    {
      id: 'betterstack-api-token',
      title: 'Better Stack API token',
      vendor: 'Better Stack',
      names: ['betterstack', 'better_stack', 'betteruptime', 'better_uptime'],
      token: { alphabet: 'alnum', length: 24 },
      examples: {
        positive: [
          { text: 'BETTERSTACK_API_TOKEN=RIcHcE3lNqDg0lOfkDBp413N', path: '.env' },
          { text: 'betterstack_api_token: "xVmF62TEwTWWCZWNGVg4VeXP"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'BETTERSTACK_API_TOKEN=9bICuXGrPnDAO3pcsmLqqDr', why: '23 characters' },
        ],
      },
    },
    {
      id: 'bitcoinaverage-api-key',
      title: 'BitcoinAverage API key',
      vendor: 'BitcoinAverage',
      names: ['bitcoinaverage'],
      token: { alphabet: 'alnum', length: 43 },
      examples: {
        positive: [
          { text: 'BITCOINAVERAGE_API_KEY=4AYUmhEu2mhfE5NgbuXIjucrQWBZlyou34WbpM5w4Z1', path: '.env' },
          { text: 'client = Bitcoinaverage(api_key="d81oB2utjJL2balk4IEAmttA00ll8yTeZ5kx4Iwn5RX")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'BITCOINAVERAGE_API_KEY=OeH6yZCruAQdKoi3bfUvDhx0gRhoq3oz63RmxZGMuJ', why: '42 characters' },
        ],
      },
    },
    {
      id: 'bitly-access-token',
      title: 'Bitly access token',
      vendor: 'Bitly',
      names: ['bitly'],
      token: [{ alphabet: 'alnum', length: 40 }, { alphabet: 'hex', length: 32, prefix: 'R_' }],
      remediation:
        'Revoke the token under Settings > Developer settings > API in Bitly (or the OAuth app that issued ' +
        'it), and keep the replacement in a secret store.',
      examples: {
        positive: [
          { text: 'BITLY_ACCESS_TOKEN=rZlCXTCagYaH8dygSKoifkFcFTg1JHhJbEV7kqpW', path: '.env' },
          { text: "const bitlyAccessToken = 'eqdt4Rnw4xrw76j4L5oC9Va8o3PkKw2JTZDVelDr';", path: 'src/config.js' },
          { text: '"bitly_access_token": "R_1945c7ee478e2475889b7895b4cc356f",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'BITLY_ACCESS_TOKEN=0usLSQOkDYleqmdmdJxMMaYqQYXOkR1aqw3KLyn', why: '39 characters' },
        ],
      },
    },
    {
      id: 'blitapp-api-key',
      title: 'Blitapp API key',
      vendor: 'Blitapp',
      names: ['blitapp'],
      token: { alphabet: 'base64url', length: [40, 44] },
      examples: {
        positive: [
          { text: 'BLITAPP_API_KEY="qCYKrdGsh9a0gKXJaoSATL--s1AUqGsoozzy1s8jh0i"', path: '.env' },
          { text: '"blitapp_api_key": "5R2-gruNPMWp2-kMNLfwUwnTrpeGsPEobUUexIgAg",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'BLITAPP_API_KEY=XK_Sx7D1xgmQTsN4tf2Mu2_D1N1uByS6yp55yzm', why: '39 characters' },
        ],
      },
    },
    {
      id: 'blocknative-api-key',
      title: 'Blocknative API key',
      vendor: 'Blocknative',
      names: ['blocknative'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'BLOCKNATIVE_API_KEY=9092d1bb-271b-4953-b4ce-0916c6992f8e', path: '.env' },
          { text: 'blocknative_api_key: "f49eb3db-674f-427d-b9fc-6dbdc2fd992f"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'BLOCKNATIVE_API_KEY=0b58ca4b-3cb2-4448-93b7-b653a3d87f3', why: 'not a UUID: the last group has 11 characters' },
        ],
      },
    },
    {
      id: 'blynk-auth-token',
      title: 'Blynk device auth token',
      vendor: 'Blynk',
      names: ['blynk'],
      token: { alphabet: 'base64url', length: 32 },
      remediation:
        "Refresh the device's auth token in the Blynk console (Device > Device info > Auth token), flash the " +
        'new one from a secrets header kept out of the repository.',
      examples: {
        positive: [
          { text: '#define BLYNK_AUTH_TOKEN "S4tAevTt2yb72OKwP9Zu8hzVLPuh90TF"', path: 'firmware/main.ino' },
          { text: 'BLYNK_AUTH_TOKEN="luSYC2KoaIamHRV93lukDnOrw75-Joit"', path: '.env' },
        ],
      },
    },
    {
      id: 'boostnote-api-token',
      title: 'Boost Note API token',
      vendor: 'Boost Note',
      names: ['boostnote'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: 'BOOSTNOTE_TOKEN=e502da7a1fbabbefab3888bf269e05137b9a0e3812a22e57acd614493dec305a', path: '.env' },
          { text: "const boostnoteToken = '02d399c18891b456b93071dc6bac30dd429668177a56b46e9ce376b94e592341';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'BOOSTNOTE_TOKEN=b563e367178869580d7d5f4cf94abdadcd56338fb47f8812d09a39b13473a72', why: '63 characters' },
        ],
      },
    },
    {
      // 'box' alone is a common word (sandbox, inbox, checkbox): only as the first word of a key's name, or Box's JWT app config
      id: 'box-api-token',
      title: 'Box API token or client secret',
      vendor: 'Box',
      names: ['boxappsettings'],
      compoundNames: ['box'],
      token: { alphabet: 'alnum', length: 32 },
      remediation:
        'Revoke the token or reset the client secret in the Box Developer Console (the app > Configuration); a ' +
        'developer token expires within the hour, a client secret does not. Load the new one from a secret store.',
      examples: {
        positive: [
          { text: 'BOX_CLIENT_SECRET=o0uNo0BXUaSrtFjwDcp78IzZuEw4BKbO', path: '.env' },
          { text: "const boxAccessToken = '7U6kEHeurPg6d75BxRCRsPLTLX0DN8h4';", path: 'src/storage/box.ts' },
          { text: '{\n  "boxAppSettings": {\n    "clientID": "c60n2m776jcdhrgbxtgdgb806631qo4i",\n    "clientSecret": "UGWku3xEfqPF2V1IvevEuMcn7dCbF8X1",\n', path: 'config/box_config.json' },
        ],
        negative: [
          { text: 'SANDBOX_KEY=LKY6LvvxWgpzXN8qSM1Z7IA2ZhJoLp8L', path: '.env', why: 'sandbox, not Box' },
          { text: 'checkbox_token = "NwUsEVoDckpxaKc7SVw447vT4EF5ZxDm"', why: 'checkbox, not Box' },
          { text: 'BOX_CLIENT_ID=c60n2m776jcdhrgbxtgdgb806631qo4i', path: '.env', why: 'a client id is public' },
          { text: 'mailbox_api_key: o0uNo0BXUaSrtFjwDcp78IzZuEw4BKbO', why: 'mailbox, not Box' },
          { text: 'BOX_TOKEN=7U6kEHeurPg6d75BxRCRsPLTLX0DN8h', path: '.env', why: 'one character short' },
        ],
      },
    },
    {
      id: 'brandfetch-api-key',
      title: 'Brandfetch API key',
      vendor: 'Brandfetch',
      names: ['brandfetch'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: 'BRANDFETCH_API_KEY=CWG0WYQEhRUValJCUP8YY5Odz8WlUHtQdBT9MJjW', path: '.env' },
          { text: '"brandfetch_api_key": "zeT2meiQ6UCbFbTwyMlhrUHI3qaGI3rNyBXLLe4W",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'BRANDFETCH_API_KEY=GOYkYgBBmUb1RU355Wb2Op3ee7MhwLsomiiCfWR', why: '39 characters' },
        ],
      },
    },
    {
      id: 'browshot-api-key',
      title: 'Browshot API key',
      vendor: 'Browshot',
      names: ['browshot'],
      token: { alphabet: 'alnum', length: 28 },
      examples: {
        positive: [
          { text: 'BROWSHOT_API_KEY=9gr21n9xo2kutBvE4c8wwMuxHDE1', path: '.env' },
          { text: 'browshot_api_key: "cLCu31aSbHI1UhH5hP31ynxZuAuX"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'BROWSHOT_API_KEY=vVq3ntj49b4yYviFDI5SyRq115H', why: '27 characters' },
        ],
      },
    },
    {
      id: 'bscscan-api-key',
      title: 'BscScan API key',
      vendor: 'BscScan',
      names: ['bscscan'],
      token: { alphabet: 'upper-alnum', length: 34 },
      examples: {
        positive: [
          { text: 'BSCSCAN_API_KEY=3J1LJ45UWGC1O6Y6XI7EJBIADVNLIKFHFF', path: '.env' },
          { text: 'client = Bscscan(api_key="DJA1LOQ67RXI33QTH5UAGSR29S6CQ4NB99")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'BSCSCAN_API_KEY=OTV904JH4JBQZ8DKA3BSM9TE6F510ERCL', why: '33 characters' },
        ],
      },
    },
    {
      id: 'bugherd-api-key',
      title: 'BugHerd API key',
      vendor: 'BugHerd',
      names: ['bugherd'],
      token: { alphabet: 'alnum', length: 22 },
      examples: {
        positive: [
          { text: 'BUGHERD_API_KEY=D0MNRUmXC5DhyeebYVgLWB', path: '.env' },
          { text: "const bugherdApiKey = 'eGbGFyZxmwishclWMHIsP1';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'BUGHERD_API_KEY=x9l2rQ2HKjzce0cSDbqgC', why: '21 characters' },
        ],
      },
    },
    {
      id: 'bugsnag-api-key',
      title: 'Bugsnag API key or auth token',
      vendor: 'Bugsnag',
      names: ['bugsnag'],
      token: [{ alphabet: 'hex', length: 32 }, { alphabet: 'uuid' }],
      remediation:
        "Regenerate the project's notifier key under Project settings in Bugsnag (or revoke the personal auth " +
        "token under My account), and keep it in the build's secret store.",
      examples: {
        positive: [
          { text: 'BUGSNAG_API_KEY=0360b81fd2eab39320f824e57e1cde7e', path: '.env' },
          { text: '"bugsnag_api_key": "033985473e868fdae8bd151a674f24d0",', path: 'config/local.json' },
          { text: 'bugsnag_api_key: "0cd0e6e3-88ba-43ba-9a2e-f7a111e6794e"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'BUGSNAG_API_KEY=b97475a04e921a2b05906957b38910c', why: '31 characters' },
        ],
      },
    },
    {
      id: 'bulbul-api-key',
      title: 'Bulbul API key',
      vendor: 'Bulbul',
      names: ['bulbul'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'BULBUL_API_KEY=xzzOPhHKTH9XlQN2zWDTlhIRXKMiobdY', path: '.env' },
          { text: 'bulbul_api_key: "HRHVGzWvyLKCIA6XX7KPInDFJKdJScfP"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'BULBUL_API_KEY=suGUUXf62bb6psEGjyD0bui6AhYgGR8', why: '31 characters' },
        ],
      },
    },
    {
      id: 'buttercms-api-token',
      title: 'ButterCMS API token',
      vendor: 'ButterCMS',
      names: ['buttercms', 'butter_cms'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [
          { text: 'BUTTERCMS_API_TOKEN=e11411e3f6e5e76f7dc14a48ce09d6a7106c3ef6', path: '.env' },
          { text: 'client = Buttercms(api_key="66293247502838a8b17763acfa104ab5d8bdf498")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'BUTTERCMS_API_TOKEN=23f6cbda6b20a1a8047fa6dc029fa09d5689141', why: '39 characters' },
        ],
      },
    },
    {
      id: 'calendarific-api-key',
      title: 'Calendarific API key',
      vendor: 'Calendarific',
      names: ['calendarific'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'CALENDARIFIC_API_KEY=unj9mteqnqmfvhzywyx3mexhje924q83', path: '.env' },
          { text: "const calendarificApiKey = 'sih8jh8kv00go933yqv4nuf2qbuy0a1i';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CALENDARIFIC_API_KEY=1g9kydrbfgetd6x8tbn2d50cfnfwpxq', why: '31 characters' },
        ],
      },
    },
    {
      id: 'calorieninja-api-key',
      title: 'CalorieNinjas API key',
      vendor: 'CalorieNinjas',
      names: ['calorieninja'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: 'CALORIENINJA_API_KEY=DV0DxKAbFJeLuGBZsSjQ9rre4Q5knOuGBPDydsr0', path: '.env' },
          { text: '"calorieninja_api_key": "FJK7rfSBOv7nBxtYPk7HRGSsCoqhqSry4xloqel1",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CALORIENINJA_API_KEY=LGromaD8GAGNbHo0MhV9A3azLZDwylmKMAis5mf', why: '39 characters' },
        ],
      },
    },
    // 'canny' alone is OpenCV's edge detector: the name is taken with a separator or the .io domain.
    {
      id: 'canny-api-key',
      title: 'Canny API key',
      vendor: 'Canny',
      names: ['cannyio', 'canny.io', 'canny_', 'canny-'], compoundNames: ['canny'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'CANNY_API_KEY=ea5ac7b4-b065-4676-9752-070db2f1e9af', path: '.env' },
          { text: 'canny_api_key: "6ee7bacb-428c-4dab-a274-0d7e4ab7167d"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CANNY_API_KEY=3c8f63c2-c241-45e9-b827-5f18fc6c553', why: 'not a UUID: the last group has 11 characters' },
          { text: 'edges = cv2.Canny(img, 100, 200)  # canny_threshold = 100', why: 'OpenCV edge detection, no key' },
        ],
      },
    },
    {
      id: 'capsulecrm-api-token',
      title: 'Capsule CRM API token',
      vendor: 'Capsule CRM',
      names: ['capsulecrm', 'capsule_crm'],
      token: { alphabet: 'alnum', length: 64 },
      examples: {
        positive: [
          { text: 'CAPSULECRM_API_TOKEN=ClgTsJY0MwTmZhsLM9nOUTlfqsjhriZixoEiC6dz4OtakhjLaTZTrZG4W2s7M33h', path: '.env' },
          { text: 'client = Capsulecrm(api_key="flAWn14ElVhyT4fQEsbbd143iToZZgTNxcC4AMu1nYusnmkJGencFQRuh4MJAqFV")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'CAPSULECRM_API_TOKEN=3wnjQz4Cn1OH0aseE7GIbjnLZ31uQ8CL4jxUjXfZLcieDStkkXJsWQITQumFsTp', why: '63 characters' },
        ],
      },
    },
    {
      id: 'carboninterface-api-key',
      title: 'Carbon Interface API key',
      vendor: 'Carbon Interface',
      names: ['carboninterface', 'carbon_interface'],
      token: { alphabet: 'alnum', length: 21 },
      examples: {
        positive: [
          { text: 'CARBONINTERFACE_API_KEY=q4jOCByZVBfjmHIf8TgJN', path: '.env' },
          { text: "const carboninterfaceApiKey = 'Qhmes3Wtxm46v1FvowGyZ';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CARBONINTERFACE_API_KEY=OgFC3eNWfbh8iUbk377j', why: '20 characters' },
        ],
      },
    },
    {
      id: 'centralstationcrm-api-key',
      title: 'CentralStationCRM API key',
      vendor: 'CentralStationCRM',
      names: ['centralstationcrm', 'centralstation'],
      token: { alphabet: 'alnum', length: 30 },
      examples: {
        positive: [
          { text: 'CENTRALSTATIONCRM_API_KEY=dWx8HvMg9SLDxqPi2c2vsPhz6gNkTx', path: '.env' },
          { text: '"centralstationcrm_api_key": "JVx4sMwaxhuFZf7sOtHNwYUeGnWxxd",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CENTRALSTATIONCRM_API_KEY=HRlUcnjRVJwZ9xKC6hrFyXiG1ngrJ', why: '29 characters' },
        ],
      },
    },
    {
      id: 'chartmogul-api-key',
      title: 'ChartMogul API key',
      vendor: 'ChartMogul',
      names: ['chartmogul'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [
          { text: 'CHARTMOGUL_API_KEY=29caf089184a21ece18252bfd4ba19c9', path: '.env' },
          { text: 'chartmogul_api_key: "7ba38806a2c93505d16686e182e2a098"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CHARTMOGUL_API_KEY=e91bfbd81449759bf19f3e248540753', why: '31 characters' },
        ],
      },
    },
    // Chec (commercejs.com): sk_ secret keys, pk_ public keys, and 48-hex secret tokens.
    {
      id: 'chec-api-key',
      title: 'Chec (Commerce.js) API key',
      vendor: 'Chec',
      names: ['checio', 'chec.io', 'chec_', 'commercejs', 'commerce.js'], compoundNames: ['chec'],
      token: [{ alphabet: 'lower-alnum', length: [40, 48], prefix: 'sk_' }, { alphabet: 'lower-alnum', length: [40, 48], prefix: 'pk_' }, { alphabet: 'lower-alnum', length: [40, 48], prefix: 'sk_test_' }, { alphabet: 'hex', length: 48 }],
      examples: {
        positive: [
          { text: 'CHEC_SECRET_KEY=sk_mdn3qegt8cbn9g6eooby5ohobcex84rv40cwco6b29uyj5', path: '.env' },
          { text: 'commercejs_secret_token = "1491ae73ff00198e4ebba1071e7e754b92e0df43582a1f98"', path: 'config/shop.yml' },
          { text: "COMMERCEJS_PUBLIC_KEY='pk_jrd0prffhoprxpntfok8ghj40bu8t5ae53h4b3ka3xankk'", path: '.env.production' },
        ],
      },
    },
    {
      id: 'checkly-api-key',
      title: 'Checkly API key',
      vendor: 'Checkly',
      names: ['checklyhq', 'checkly'],
      token: [{ alphabet: 'hex', length: 32, prefix: 'cu_' }, { alphabet: 'hex', length: 32 }],
      examples: {
        positive: [
          { text: 'CHECKLY_API_KEY=cu_555b892df3a79ae292c4d379d3ef8bff', path: '.env' },
          { text: "const checklyApiKey = 'cu_49da8ee3c4e0393b2463cd4f0d63c739';", path: 'src/config.js' },
          { text: '"checkly_api_key": "7856a91582a4503c45b337c2cbd77efe",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CHECKLY_API_KEY=cu_a6c90eb6a48299a6bd63a865ec12fa6', why: '31 characters' },
        ],
      },
    },
    {
      id: 'cicero-api-key',
      title: 'Cicero API key',
      vendor: 'Cicero',
      names: ['cicero'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [
          { text: 'CICERO_API_KEY=9a1e1d8858b4ecbafae6d065a0ef9b799ddc482c', path: '.env' },
          { text: '"cicero_api_key": "7f91a73c0cb401b9eba9448a098f94a3dbc18183",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CICERO_API_KEY=36e384ee18102750b53ebe1ff7b7f7c4f0b6e66', why: '39 characters' },
        ],
      },
    },
    {
      id: 'clearbit-api-key',
      title: 'Clearbit API key',
      vendor: 'Clearbit',
      names: ['clearbit'],
      token: [{ alphabet: 'hex', length: 32, prefix: 'sk_' }, { alphabet: 'lower-alnum', length: 35 }],
      examples: {
        positive: [
          { text: 'CLEARBIT_API_KEY=sk_93c795f97cb12a3e10236cb9aa1d3552', path: '.env' },
          { text: "clearbit.key = 'a5cmjxqg0fxjzwdftc80rc3c47r9cxw82ol'", path: 'config/initializers/clearbit.rb' },
        ],
      },
    },
    {
      id: 'clockify-api-key',
      title: 'Clockify API key',
      vendor: 'Clockify',
      names: ['clockify'],
      token: { alphabet: 'alnum', length: 48 },
      remediation:
        'Regenerate the key under Profile settings > API in Clockify (or delete the workspace API key), and ' +
        'keep the replacement in a secret store.',
      examples: {
        positive: [
          { text: 'CLOCKIFY_API_KEY=3aBaDLxUtb8lgrWjkAdWFQTvcxnca3MI7FdH3sB4ZpdxHGXn', path: '.env' },
          { text: 'client = Clockify(api_key="jEcxzMgteZgzkVduz7xLcuXBWM1NAG5r7N9AeD7SYi0ci45C")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'CLOCKIFY_API_KEY=DHOlhsbXCg4k6mOu4PuszzTEkMg5HNJuSKfJL5hab4gXdC7', why: '47 characters' },
        ],
      },
    },
    {
      id: 'close-api-key',
      title: 'Close CRM API key',
      vendor: 'Close',
      names: ['closecrm', 'close_crm', 'closeio', 'close_io', 'close.com'],
      token: { alphabet: 'token', length: [40, 50], prefix: 'api_' },
      examples: {
        positive: [
          { text: 'CLOSECRM_API_KEY="api_GFFIj322fR8st7053hpd.noXoipnEsmWSiIhMXvej0RY2"', path: '.env' },
          { text: "const closecrmApiKey = 'api_syDnSlTLDku7ruoXesc0.muCYKLwZEszFqk6VdTAg1hO1';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CLOSECRM_API_KEY=api_qNpcw98sqxIIvdngfnplf3VqudOdBOBDBNS4TU2', why: '39 characters' },
        ],
      },
    },
    {
      id: 'cloudimage-api-key',
      title: 'Cloudimage API key',
      vendor: 'Cloudimage',
      names: ['cloudimage'],
      token: { alphabet: 'lower-alnum', length: 30 },
      examples: {
        positive: [
          { text: 'CLOUDIMAGE_API_KEY=i6gptmct5z3cpquzj1idrj5n9h501c', path: '.env' },
          { text: '"cloudimage_api_key": "rom9lt0zs4wuek6cnq9y7m0k33l3c2",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CLOUDIMAGE_API_KEY=lyuppo5ucnf1hy7frgiyikif50bus', why: '29 characters' },
        ],
      },
    },
    {
      id: 'cloudmersive-api-key',
      title: 'Cloudmersive API key',
      vendor: 'Cloudmersive',
      names: ['cloudmersive'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'CLOUDMERSIVE_API_KEY=fb6e2df9-1de9-455c-b2bb-c3272cf7ecd3', path: '.env' },
          { text: 'cloudmersive_api_key: "9832cf4e-be3c-4c55-a318-872a325423fd"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CLOUDMERSIVE_API_KEY=bd194005-b8e8-4e87-9288-05acd2fc8e6', why: 'not a UUID: the last group has 11 characters' },
        ],
      },
    },
    {
      id: 'cloudplan-api-key',
      title: 'Cloudplan API key',
      vendor: 'Cloudplan',
      names: ['cloudplan'],
      token: { alphabet: 'upper-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'CLOUDPLAN_API_KEY=FJH4SX2QYU3FBPLPLVR7XXYG712BZZJP', path: '.env' },
          { text: 'client = Cloudplan(api_key="0XJGUMFL0NNSB0QW2CRGJVXUUM6PCI7S")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'CLOUDPLAN_API_KEY=S3CYYQYH6YFVF5QL59F86J4GG9X82CB', why: '31 characters' },
        ],
      },
    },
    {
      id: 'cloudsight-api-key',
      title: 'CloudSight API key',
      vendor: 'CloudSight',
      names: ['cloudsight'],
      token: { alphabet: 'alnum', length: 22 },
      examples: {
        positive: [
          { text: 'CLOUDSIGHT_API_KEY=TV97LxHzR70pZvtMSmDBXI', path: '.env' },
          { text: "const cloudsightApiKey = 'ZzhIVkk40Fv82UuwXf82ks';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CLOUDSIGHT_API_KEY=VyJhiRnq3REnLZM0nYlgg', why: '21 characters' },
        ],
      },
    },
    {
      id: 'cloverly-api-key',
      title: 'Cloverly API key',
      vendor: 'Cloverly',
      names: ['cloverly'],
      token: { alphabet: 'base64url', length: [28, 30] },
      examples: {
        positive: [
          { text: 'CLOVERLY_API_KEY="OQWoawqi6X6PSHrmrg40RafoHlOp"', path: '.env' },
          { text: '"cloverly_api_key": "w8JvnHgYesD30xwy5UHcaVJxwgNrEq",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CLOVERLY_API_KEY=pg0wjSqpIHEaw0AvfhCKobliytm', why: '27 characters' },
        ],
      },
    },
    {
      id: 'clustdoc-api-key',
      title: 'Clustdoc API key',
      vendor: 'Clustdoc',
      names: ['clustdoc'],
      token: { alphabet: 'alnum', length: [60, 64] },
      examples: {
        positive: [
          { text: 'CLUSTDOC_API_KEY=d1UEIvdzNGkmjJGlFyFEjwwErXCZyZmsso39DsqZ3vWx9kkLanN6Wrdh6SqNdTA', path: '.env' },
          { text: 'clustdoc_api_key: "NazJXwiUUuhFoFQMzR1clQZKBaNBuWzI3iUcifKLIviMXuwvpQa40icptla3SGA1"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CLUSTDOC_API_KEY=t0v2L8v5bF3Z1od2Hy9TYEOSVPAlfmz6MEGvgCgU4Px7GJJzKsRptIg4LTt', why: '59 characters' },
        ],
      },
    },
    {
      id: 'coda-api-token',
      title: 'Coda API token',
      vendor: 'Coda',
      names: ['coda'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'CODA_API_TOKEN=901ba832-041c-4e20-adde-29b565fe728a', path: '.env' },
          { text: 'client = Coda(api_key="95f29873-8163-4adb-a774-70f31e41111c")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'CODA_API_TOKEN=91cf6ee8-fc05-4b7e-85c1-f49630ff922', why: 'not a UUID: the last group has 11 characters' },
          { text: 'codacy_project_token = "iG0Fg3P5f9EcvscEtyjg"', why: 'Codacy, not Coda: not a UUID' },
        ],
      },
    },
    {
      id: 'codequiry-api-key',
      title: 'Codequiry API key',
      vendor: 'Codequiry',
      names: ['codequiry'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: 'CODEQUIRY_API_KEY=fa9ef9c1072d86ec515e009d02ba03cb0d045e50a22c02ac378b2812d827b452', path: '.env' },
          { text: "const codequiryApiKey = 'd5ba486fc051ce606e9323439eeaf82e77de44b04e899519aa649b116aaee754';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CODEQUIRY_API_KEY=00c6b3da01076f2f21c46d2d47650394cd404d49698e860d020104da0c05206', why: '63 characters' },
        ],
      },
    },
    {
      id: 'coinapi-api-key',
      title: 'CoinAPI key',
      vendor: 'CoinAPI',
      names: ['coinapi'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'COINAPI_API_KEY=ab4488e2-7f65-4fd4-95f8-3e870f599c6c', path: '.env' },
          { text: '"coinapi_api_key": "50f7ee34-eab0-4b08-a6f5-f20d072584b7",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'COINAPI_API_KEY=2a2cc495-7c21-42d8-803d-dec4c5291cc', why: 'not a UUID: the last group has 11 characters' },
        ],
      },
    },
    {
      id: 'coinlayer-api-key',
      title: 'coinlayer API key',
      vendor: 'coinlayer',
      names: ['coinlayer'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'COINLAYER_ACCESS_KEY=0RQbVms1beaW87igrxQ3V0d800wPn2XS', path: '.env' },
          { text: 'coinlayer_access_key: "IkkVp4iBDn6cWqXjQWiQwLyBlpaXPsD4"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'COINLAYER_ACCESS_KEY=RVMVPCmXBwREAjdGNfJAVqIFF2SqTSC', why: '31 characters' },
        ],
      },
    },
    {
      id: 'coinlib-api-key',
      title: 'Coinlib API key',
      vendor: 'Coinlib',
      names: ['coinlib'],
      token: { alphabet: 'lower-alnum', length: 16 },
      examples: {
        positive: [
          { text: 'COINLIB_API_KEY=5an1yv8kkhddl3oh', path: '.env' },
          { text: 'client = Coinlib(api_key="n5n7mylu2s1lhg1j")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'COINLIB_API_KEY=10t28cyx7m7wdbr', why: '15 characters' },
        ],
      },
    },
    {
      id: 'collect2-api-key',
      title: 'Collect2 API key',
      vendor: 'Collect2',
      names: ['collect2'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'COLLECT2_API_KEY=be4b95f0-8ed3-45ef-be08-59410e64c9a1', path: '.env' },
          { text: "const collect2ApiKey = 'b68df17d-9f42-4e10-b26b-8b81e504080c';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'COLLECT2_API_KEY=f0aa201c-a35b-49ea-bc9b-120142f608b', why: 'not a UUID: the last group has 11 characters' },
          { text: 'collect2: error: ld returned 1 exit status (token fba06d39-1393-4ed7-8cb6-cdbdfc41cfba)', why: 'the GNU linker driver in a build log: no key word before the value' },
        ],
      },
    },
    {
      id: 'contentful-delivery-token',
      title: 'Contentful delivery or preview API token',
      vendor: 'Contentful',
      names: ['contentful'],
      token: { alphabet: 'base64url', length: 43 },
      remediation:
        'Revoke the key under Settings > API keys in the Contentful space and create a new one; keep ' +
        'management and preview tokens out of client code.',
      examples: {
        positive: [
          { text: 'CONTENTFUL_DELIVERY_TOKEN="5p-yOaOcmFzFJ_ZPsCxrtU-NxdRZfvZE_eMZXYVlTad"', path: '.env' },
          { text: '"contentful_delivery_token": "AC4x2Wa4VC5qOyvIeXtL4i3S8pviHEdKxDrPgQnMwW5",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CONTENTFUL_DELIVERY_TOKEN=gnjTrworqWxe30Do39tuLYxW6ogphV7fJR2x3Mw_V3', why: '42 characters' },
        ],
      },
    },
    {
      id: 'convertapi-secret',
      title: 'ConvertAPI secret',
      vendor: 'ConvertAPI',
      names: ['convertapi'],
      token: { alphabet: 'alnum', length: 16 },
      examples: {
        positive: [
          { text: 'CONVERTAPI_SECRET=HmoQ96udB29LNIqT', path: '.env' },
          { text: 'convertapi_secret: "OQ297mKjDVqRnpoK"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CONVERTAPI_SECRET=1zT5yYkS1d1Dzga', why: '15 characters' },
        ],
      },
    },
    {
      id: 'countrylayer-api-key',
      title: 'countrylayer API key',
      vendor: 'countrylayer',
      names: ['countrylayer'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'COUNTRYLAYER_ACCESS_KEY=2LVnRQQm4zaAGmFX2vpmHzFgtoXZZJd3', path: '.env' },
          { text: 'client = Countrylayer(api_key="rtU9RUCctkMoa1dnH5XFXvkjm6WSXIZQ")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'COUNTRYLAYER_ACCESS_KEY=gxSu2vwCNguDsvgo6sKJtQfTJMI9OEx', why: '31 characters' },
        ],
      },
    },
    {
      id: 'craftmypdf-api-key',
      title: 'CraftMyPDF API key',
      vendor: 'CraftMyPDF',
      names: ['craftmypdf'],
      token: { alphabet: 'alnum', length: 35 },
      examples: {
        positive: [
          { text: 'CRAFTMYPDF_API_KEY=7ibgs9RJdfH5coAdVJB7Ft0boT4rrBITUgZ', path: '.env' },
          { text: "const craftmypdfApiKey = 'nUeADBAhK6TmdOe9EAQmfxCEotsxRtst2A6';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CRAFTMYPDF_API_KEY=dFvpJn7pDpURFukUGn9UqoAuvBmL546EgD', why: '34 characters' },
        ],
      },
    },
    {
      id: 'crowdin-api-token',
      title: 'Crowdin personal access token',
      vendor: 'Crowdin',
      names: ['crowdin'],
      token: { alphabet: 'alnum', length: [80, 86] },
      remediation:
        'Revoke the token under Account Settings > API in Crowdin, and keep the replacement in your CI secret ' +
        'store (CROWDIN_PERSONAL_TOKEN).',
      examples: {
        positive: [
          { text: 'CROWDIN_PERSONAL_TOKEN=st5mSSA8s6IoCmLPEdaj5nxMLevHcG6wMYblqOqc5NzTCkWahqyyuybAY9cpx0S4TmdkySCfvx30DjyqDF0', path: '.env' },
          { text: '"crowdin_personal_token": "q0By3UFnplfmGhloqNcvSRA5MGjaWRol8zEN3XPhF6S2iR3sMMyUtTXvnj76PSMX4aMN4NB8v6KBjQVQKNA1",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CROWDIN_PERSONAL_TOKEN=BznyOucvVBp8GUckiQAuJX4yXbeB22EFNs6V4EGNKRNWHYlOCBKaAIuapGElxNnySRTOKJbIvA5Sr5C', why: '79 characters' },
        ],
      },
    },
    {
      id: 'cryptocompare-api-key',
      title: 'CryptoCompare API key',
      vendor: 'CryptoCompare',
      names: ['cryptocompare'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: 'CRYPTOCOMPARE_API_KEY=bbf27d9359264a03834c5acc279688547d0d07b97d24c7a62c13d1b9626e6f0e', path: '.env' },
          { text: 'cryptocompare_api_key: "2842b6d93c44978993082c032d9e78dc37d60534e544dbfe6e1d153ff2b1d4a3"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CRYPTOCOMPARE_API_KEY=c9a7b5a99dad9007f15062df25774b7dd70167d8b99f2f08ba8743ba5f7a855', why: '63 characters' },
        ],
      },
    },
    {
      id: 'currencyfreaks-api-key',
      title: 'CurrencyFreaks API key',
      vendor: 'CurrencyFreaks',
      names: ['currencyfreaks'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'CURRENCYFREAKS_API_KEY=4y6rk3x1y60n549rwbgto9h55xhqhrwz', path: '.env' },
          { text: 'client = Currencyfreaks(api_key="juq1ihllzjb8kny8nzhmy0emxz5cynhy")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'CURRENCYFREAKS_API_KEY=ezywlnel5h6e3pq1vx4bnfa0wiq5hcq', why: '31 characters' },
        ],
      },
    },
    {
      id: 'currencylayer-api-key',
      title: 'currencylayer API key',
      vendor: 'currencylayer',
      names: ['currencylayer'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'CURRENCYLAYER_ACCESS_KEY=zm4ziCLEAWu2X5TFlfiLKKYME6BKZJs5', path: '.env' },
          { text: "const currencylayerAccessKey = 'tHZ1TBXJklmEMpHNwMgi52bVzbMt5Pbk';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CURRENCYLAYER_ACCESS_KEY=II8tO1rQVBTJkZ6kA2BUsS3Op59TP9O', why: '31 characters' },
        ],
      },
    },
    {
      id: 'currencyscoop-api-key',
      title: 'CurrencyScoop API key',
      vendor: 'CurrencyScoop',
      names: ['currencyscoop'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'CURRENCYSCOOP_API_KEY=RVTBbhotxBNBZ3CqqEwgOcjXDPopOEA2', path: '.env' },
          { text: '"currencyscoop_api_key": "4zo1eKuAAg5yT2CYvbJm3Vtqhy9m0PDV",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CURRENCYSCOOP_API_KEY=cylBNBiqoqBRgoumOi63t42nT8EaHna', why: '31 characters' },
        ],
      },
    },
    {
      id: 'currentsapi-api-key',
      title: 'Currents API key',
      vendor: 'Currents API',
      names: ['currentsapi', 'currents_api'],
      token: { alphabet: 'base64url', length: 48 },
      examples: {
        positive: [
          { text: 'CURRENTSAPI_API_KEY="r6UOC0YU4s_bRPQBwrZsR1hacCvkEJlV2-wfpOqx0gSYwDZ8"', path: '.env' },
          { text: 'currentsapi_api_key: "gCKj3qJq5kS-MDhUzH26O0zQsUMbu26Zi_3Mt2ZZdRXhIX2d"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CURRENTSAPI_API_KEY=G_DOswH7Dt4h0qYPkC9zp_RKiVlBXeAuG0kYhpw0ta2oNrF', why: '47 characters' },
        ],
      },
    },
    {
      // Contentstack management tokens (read-write) and delivery tokens (read-only, per environment): cs + 24 hex.
      // The stack API key (blt + 16 hex) identifies the stack and is not reported.
      id: 'contentstack-token',
      title: 'Contentstack management or delivery token',
      vendor: 'Contentstack',
      names: ['contentstack'],
      token: { alphabet: 'hex', prefix: 'cs', length: 24 },
      remediation:
        'Delete the token under Settings > Tokens in the Contentstack stack and create a new one scoped to what it needs; ' +
        'keep management tokens on the server (CONTENTSTACK_MANAGEMENT_TOKEN).',
      examples: {
        positive: [
          { text: 'CONTENTSTACK_API_KEY=blt7f3c2a9e41d05b68\nCONTENTSTACK_MANAGEMENT_TOKEN=cs1760d8f0532e7d73c01f9d5a', path: '.env' },
          { text: 'contentstack:\n  api_key: blt0c9d4e8f7a6b5c32\n  delivery_token: cs99be93b908288f51f33e6de8\n  environment: production', path: 'config/cms.yml' },
          { text: "const contentstackToken = 'cse1abc049b91c835868382f0d';", path: 'scripts/import.js' },
        ],
        negative: [
          { text: 'CONTENTSTACK_API_KEY=blta32d406be6981b3a', why: 'the stack API key identifies the stack' },
          { text: 'CONTENTSTACK_MANAGEMENT_TOKEN=cs1234567890abcdefghijklmnop', why: 'a stand-in, not hex' },
          { text: 'CONTENTSTACK_DELIVERY_TOKEN=cs0b5377b03bc7d9c54d24294', why: '23 hex' },
        ],
      },
    },
  ]),
];
