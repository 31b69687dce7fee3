import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { gcpLegacyOauthClientSecret } from './gcp.js';
import { googleOauthAccessToken, googleOauthRefreshToken } from './google.js';

// Defined Networking (Nebula) API keys: dnkey- + 26 + '-' + 52 characters of [a-z0-9=_-].
export const definedNetworkingApiKey: Detector = patternDetector({
  id: 'defined-networking-api-key',
  title: 'Defined Networking API key',
  vendor: 'Defined Networking',
  severity: 'high',
  keywords: ['dnkey-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.8,
  priority: 50,
  remediation: 'Delete the key under API keys in the Defined Networking admin panel and keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: 'DN_API_KEY=dnkey-k9ri9e94ie5rlk21pzeo7ruir7-agetg6ph67x2zdhy9ch4rm9txxt09kb386sols8uort573zgjode', path: '.env' },
      { text: 'curl -H "Authorization: Bearer dnkey-ijm4xxcp49lk3jk3u2jm71z5t6-ifq31ra5al1fcw1h0yd18mxk0b5bocb6qc2ul12xs466k1zp64ve" https://api.defined.net/v1/hosts' },
    ],
    negative: [
      { text: 'DN_API_KEY=dnkey-7umycengdg954yk25yk8s2zhqj-ql8ieot84ho8uh20ykmdaru86ffv65tp4yrt43h6k4nefvy0yzy', why: 'second part too short' },
      { text: 'DN_API_KEY=dnkey-xxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Deno Deploy access tokens: ddp_ + 36 base62 characters.
export const denoDeployToken: Detector = patternDetector({
  id: 'deno-deploy-token',
  title: 'Deno Deploy access token',
  vendor: 'Deno',
  severity: 'high',
  keywords: ['ddp_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ddp_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation: 'Delete the token under Account settings > Access tokens in Deno Deploy and keep the replacement in a secret store (DENO_DEPLOY_TOKEN).',
  examples: {
    positive: [
      { text: 'DENO_DEPLOY_TOKEN=ddp_EQWKtQnMRFZWjIsNeY9SmPHT0fhY3lzbDLKS', path: '.env' },
      { text: 'deployctl deploy --project=site --token=ddp_OojlwIqUDAKOPwWEP3rV5Dod6sKExN4aLLgS main.ts' },
    ],
    negative: [
      { text: 'DENO_DEPLOY_TOKEN=ddp_zHl7KPLzDs2RptXuDQaaK7arwtWwru2Xeac', why: '35 characters' },
      { text: 'DENO_DEPLOY_TOKEN=ddp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Fly.io tokens: fo1_ + 43 base64url (organisation and personal tokens), or macaroons fm1a_, fm1r_,
// fm2_ + long base64 (deploy tokens are written `FlyV1 fm2_…`).
export const flyioAccessToken: Detector = patternDetector({
  id: 'flyio-access-token',
  title: 'Fly.io access token',
  vendor: 'Fly.io',
  severity: 'high',
  keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,2000}={0,2})(?![A-Za-z0-9_+/=-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Revoke the token (fly tokens revoke, or the organisation\'s Tokens page in the Fly.io dashboard) and keep the ' +
    'replacement in the CI secret store (FLY_API_TOKEN).',
  examples: {
    positive: [
      { text: 'FLY_API_TOKEN=fo1_zs6yKYho9KltIokpyMu_LPdre7MK-f4ghhupGS05oTW', path: '.env' },
      { text: 'FLY_API_TOKEN="FlyV1 fm2_yKZXoqPeajutoX6wxkXkTsQ8v9ij4bG1l2kpxHplR5wZ8kE3avFottKzvigV0AN5LuyXMaZiX6nckwfiTTCAtdkGYbQYaA6xhGqgstZX5iGJ2Fz56qcgxp37sqFJRCOk31KjRSGflJl+HZaxM0BxuY+WumzufpysSqtB/U6Hj3/oBfp7Knw5=="', path: '.github/workflows/deploy.yml' },
    ],
    negative: [
      { text: 'FLY_API_TOKEN=fo1_H-CXntiqwQxoT_StHitmpZJDRd4_PSivh41_F7Zoya', why: '42 characters' },
      { text: 'FLY_API_TOKEN=fm2_9EbQBk8AnbdBqQ2Pj3utSoiCou7QI/fwyOwBnE2f', why: 'too short for a macaroon' },
    ],
  },
});

// Heroku platform API keys issued since 2024: HRKU-AA + 58 base64url characters.
export const herokuApiKeyV2: Detector = patternDetector({
  id: 'heroku-api-key-v2',
  title: 'Heroku API key',
  vendor: 'Heroku',
  severity: 'critical',
  keywords: ['hrku-aa'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Revoke the key (heroku authorizations:revoke, or Account settings > API key > Regenerate) and keep the ' +
    'replacement in a secret store (HEROKU_API_KEY).',
  examples: {
    positive: [
      { text: 'HEROKU_API_KEY=HRKU-AAMGkDQf9tTRuBgi9xObxRuJmcToe_6qt2W3An_sQ4h4wAKi8u4J95NGNkNS', path: '.env' },
      { text: 'heroku_api_key: "HRKU-AAg0dimKh0vWOygomOmrwPUyw5SMyDf0kIcrGsI7ENjN61ckKx9HoQSGy0_e"', path: '.github/workflows/deploy.yml' },
    ],
    negative: [
      { text: 'HEROKU_API_KEY=HRKU-AAizgl_D_Jg5qq3RbuZFsKgC3921O7SNy4Yb1yTh_cx0Srr4XQINajXe0sR', why: '57 characters' },
      { text: 'HEROKU_API_KEY=HRKU-AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Exoscale API keys (IAM v3): `EXO` and 24 lowercase hexadecimal characters. The key names the credential
// and signs nothing alone, like an AWS access key id, but with its secret it is the account. The
// OpenAPI reference's signing example uses one key, which is not reported.
export const exoscaleApiKey: Detector = patternDetector({
  id: 'exoscale-api-key',
  title: 'Exoscale API key',
  vendor: 'Exoscale',
  severity: 'high',
  keywords: ['exo'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>EXO[0-9a-f]{24})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Revoke the key in the Exoscale portal (IAM > Keys) or with `exo iam api-key delete`, create a new key with a ' +
    'restricted role, and keep the key and its secret in a secret store (EXOSCALE_API_KEY, EXOSCALE_API_SECRET).',
  examples: {
    positive: [
      { text: 'EXOSCALE_API_KEY=EXOb143bcc22691a82f318da5c1', path: '.env' },
      { text: '[[accounts]]\n  account = "prod"\n  key = "EXOd5847e2415dccffebc09bbab"\n  defaultZone = "ch-gva-2"', path: 'exoscale.toml' },
    ],
    negative: [
      { text: 'Authorization: EXO2-HMAC-SHA256 credential=EXO29147e9f89102b7ac1e88514,expires=1599140767', why: "Exoscale's documentation example" },
      { text: 'EXOSCALE_API_KEY=EXOxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'EXOSCALE_API_KEY=EXOb143bcc22691a82f318da5c', why: '23 hexadecimal characters' },
      { text: 'const EXODUS_BLOCK = "EXOb143bcc22691a82f318da5c1aa";', why: 'too long' },
    ],
  },
});

/** An Exoscale key or name within a few lines of the secret (ordered either way in a config file). */
const EXOSCALE_NEARBY = /EXO[0-9a-f]{24}|exoscale/i;

// Exoscale API secrets: 43 URL-safe base64 characters. They count after an Exoscale name (kit forms,
// EXOSCALE_API_SECRET=…) or as a `secret` within the lines of an EXO key (exoscale.toml accounts).
export const exoscaleApiSecret: Detector = withVendorForms(
  patternDetector({
    id: 'exoscale-api-secret',
    title: 'Exoscale API secret',
    vendor: 'Exoscale',
    severity: 'critical',
    keywords: ['exo'],
    pattern: /(?<![A-Za-z0-9])(?:api[_-]?)?secret(?:[_-]?key)?["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}["']?(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_=-])/i,
    validate: (secret, m, text) => /[0-9]/.test(secret) && EXOSCALE_NEARBY.test(text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 300)),
    // only near its key or name: `exo` is also in every `indexOf`, which the case-folding automaton reports
    keywordSpan: { before: 300, after: 300 },
    minEntropy: 4,
    remediation:
      'Revoke the API key the secret belongs to in the Exoscale portal (IAM > Keys), create a new key, and keep the ' +
      'secret in a secret store (EXOSCALE_API_SECRET); a secret cannot be rotated on its own.',
    examples: {
      positive: [
        { text: 'EXOSCALE_API_KEY=EXOb143bcc22691a82f318da5c1\nEXOSCALE_API_SECRET=GbZGN2oGuCrb2XVat5gUWHPYV3f5pMZR6WJNVpDSZgX', path: '.env' },
        { text: '[[accounts]]\n  account = "prod"\n  key = "EXOd5847e2415dccffebc09bbab"\n  secret = "gRw9Tlr4nool7Wb9dSXfP1XxpbfNoIRjfj_H3Oq612s"', path: 'exoscale.toml' },
      ],
      negative: [
        { text: 'EXODUS_API_SECRET=GbZGN2oGuCrb2XVat5gUWHPYV3f5pMZR6WJNVpDSZgX', why: 'no Exoscale key or name nearby' },
        { text: 'EXOSCALE_API_SECRET=GbZGN2oGuCrb2XVat5gUWHPYV3f5pMZR6WJNVpDSZg', why: '42 characters' },
        { text: 'EXOSCALE_API_SECRET=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
      ],
    },
  }),
  { names: ['exoscale'], token: { alphabet: 'base64url', length: 43 } },
);

/** Cloud and hosting vendors D–L: prefixed tokens above, then keys known by the vendor's name (kit/vendor-token.ts). */
export const cloudVendorsDL: readonly Detector[] = [
  definedNetworkingApiKey,
  denoDeployToken,
  exoscaleApiKey,
  exoscaleApiSecret,
  flyioAccessToken,
  gcpLegacyOauthClientSecret,
  googleOauthAccessToken,
  googleOauthRefreshToken,
  herokuApiKeyV2,
  ...vendorTokens([
    {
      id: 'fastly-api-token', title: 'Fastly API token', vendor: 'Fastly', names: ['fastly'],
      token: { alphabet: 'base64url', length: 32 },
      remediation: 'Revoke the token under Account > API tokens in the Fastly control panel and keep the replacement in a secret store (FASTLY_API_TOKEN).',
      examples: {
        positive: [{ text: 'fastly_api_token: "1fP9L0znuGsnX86Co-pAc7rCREcJqLUm"', path: 'config.yml' }, { text: 'curl -H "Fastly-Key: MGj03IpnNTX_Ou2jaffKBDaQ-Vw-VolV" https://api.fastly.com/service' }],
        negative: [{ text: 'FASTLY_API_TOKEN=5XGZejNaPh_VFsi-mtUEWNoJ5C8Q86A', why: '31 characters' }, { text: 'FASTLY_SERVICE_ID=EObmlAURvOFhaTW4E947YA', why: 'a service id' }],
      },
    },
    {
      id: 'heroku-api-key', title: 'Heroku API key (legacy)', vendor: 'Heroku', names: ['heroku'],
      token: { alphabet: 'uuid' },
      remediation:
        'Regenerate the key under Account settings > API key in Heroku (or heroku authorizations:revoke) and keep ' +
        'the replacement in a secret store (HEROKU_API_KEY).',
      examples: {
        positive: [{ text: 'HEROKU_API_KEY=e404c297-6d8e-420f-b28a-a40a4e63551a', path: '.env' }, { text: '  heroku_api_key: "1f4c16ff-c3e4-4c11-979f-1feec34b5148"', path: '.github/workflows/deploy.yml' }],
        negative: [{ text: 'curl https://kolkrabbi.heroku.com/apps/24094534-82ea-4352-a7de-d79250c47438/github/push', why: 'an app id in a URL' }],
      },
    },
    {
      // Hetzner Cloud API tokens: 64 alphanumerics, scoped to one project (Read or Read & Write), read by
      // the hcloud CLI, Terraform provider and Ansible collection from HCLOUD_TOKEN.
      id: 'hetzner-cloud-api-token', title: 'Hetzner Cloud API token', vendor: 'Hetzner', names: ['hetzner', 'hcloud'],
      token: { alphabet: 'alnum', length: 64 },
      remediation:
        'Delete the token under Security > API tokens in the project on the Hetzner Console and generate a new one, ' +
        'read-only where that suffices; keep it in a secret store (HCLOUD_TOKEN).',
      examples: {
        positive: [
          { text: 'HCLOUD_TOKEN=0vsISZNEdMZw2sFLkYZl2GTGupPnaTzggVl7VFoSDs1EDBchvVuo8SR7HMeapBe9', path: '.env' },
          { text: '- name: Create server\n  hetzner.hcloud.server:\n    api_token: WdoxYzsWhHN2b8QX4UiGLP5UpX8cfnblpyoo5MRVbAqaaoCBaFneWBWFiZPXLCuc\n    name: web-1', path: 'playbooks/site.yml' },
          { text: 'provider "hcloud" {\n  token = "0vsISZNEdMZw2sFLkYZl2GTGupPnaTzggVl7VFoSDs1EDBchvVuo8SR7HMeapBe9"\n}', path: 'infra/main.tf' },
        ],
        negative: [
          { text: 'HCLOUD_TOKEN=0vsISZNEdMZw2sFLkYZl2GTGupPnaTzggVl7VFoSDs1EDBchvVuo8SR7HMeapBe', why: '63 characters' },
          { text: 'hcloud_server_image_id: 8kSiXrbvWSVbA9a8ctBGS5uLnryKgwy7yntBeXIMXImrmiNfq0m7eLTLGJ3amsbo', why: 'an id, no key-like word' },
        ],
      },
    },
    {
      // Linode (Akamai Cloud) personal access tokens: 64 lowercase hexadecimal characters, sent as a
      // bearer token to api.linode.com; the API returns only their first 16 characters once created.
      id: 'linode-personal-access-token', title: 'Linode personal access token', vendor: 'Linode', names: ['linode'],
      token: { alphabet: 'hex', length: 64 },
      remediation:
        'Revoke the token under My Profile > API Tokens in Cloud Manager and create a new one with only the scopes ' +
        'and expiry it needs; keep it in a secret store (LINODE_TOKEN).',
      examples: {
        positive: [
          { text: 'LINODE_TOKEN=18f36cb58723bfa2657430d58dcc8089314d6a37d3ddf0f583580374c26ff4f5', path: '.env' },
          { text: 'provider "linode" {\n  token = "a470d4bbfd0c894a7e5a1e6aae06d9656520bc3d6352652e7cec122193826a3a"\n}', path: 'infra/linode.tf' },
          { text: 'client = LinodeClient(token="a470d4bbfd0c894a7e5a1e6aae06d9656520bc3d6352652e7cec122193826a3a")  # linode_api4', path: 'ops/inventory.py' },
        ],
        negative: [
          { text: 'LINODE_TOKEN=18f36cb58723bfa2657430d58dcc8089314d6a37d3ddf0f583580374c26ff4f', why: '63 characters' },
          { text: 'linode_image_sha256: 18f36cb58723bfa2657430d58dcc8089314d6a37d3ddf0f583580374c26ff4f5', why: 'a digest, no key-like word' },
        ],
      },
    },
  ]),
];
