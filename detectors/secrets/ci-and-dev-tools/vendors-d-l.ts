import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { nearVendorName } from '../shared/named-value.js';
import { githubOauthClientSecret } from './github.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Dependency-Track API keys (4.x): odt_ + 32 or more base62 characters.
export const dependencyTrackApiKey: Detector = patternDetector({
  id: 'dependency-track-api-key',
  title: 'Dependency-Track API key',
  vendor: 'Dependency-Track',
  severity: 'high',
  keywords: ['odt_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>odt_[A-Za-z0-9]{32,40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  priority: 50,
  validate: (secret) => mixesDigitsAndCases(secret),
  remediation:
    'Delete the key under Administration > Access Management > Teams in Dependency-Track and keep the new one ' +
    'in a secret store (the CI variable that uploads BOMs).',
  examples: {
    positive: [
      { text: 'DTRACK_API_KEY=odt_ox9KIgFcXnVYSkffMfPoeMPtn6wDS68X', path: '.env' },
      { text: 'curl -X PUT -H "X-Api-Key: odt_wqMMGFXWOKRVGjvXLDomRT1BkVLJHDC3q8ZV" https://dtrack.internal/api/v1/bom' },
    ],
    negative: [
      { text: 'DTRACK_API_KEY=odt_Q6kIWTMpJUqTaowDZ0nO3uotrhpcgto', why: '31 characters' },
      { text: 'def odt_export_document_as_pdf(path): pass', why: 'an identifier' },
    ],
  },
});

// Figma personal access tokens: figd_ + 40 or more base64url characters.
export const figmaPersonalAccessToken: Detector = patternDetector({
  id: 'figma-personal-access-token',
  title: 'Figma personal access token',
  vendor: 'Figma',
  severity: 'high',
  keywords: ['figd_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>figd_[A-Za-z0-9_-]{38,100})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation: 'Revoke the token under Settings > Security > Personal access tokens in Figma and keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: 'FIGMA_TOKEN=figd_N-4hAEECujeARhA0IldDlqbWnVJIgb-5vpMEvX_z', path: '.env' },
      { text: "headers: { 'X-Figma-Token': 'figd_imF42ADfHrfh6YBdJVsEmuLuWIc1xItzAC8G-SJJIj0' }" },
    ],
    negative: [
      { text: 'FIGMA_TOKEN=figd_yNWJKysbnAvGo1BfJ_TQ', why: 'too short' },
      { text: 'FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Gitalk comment widgets carry the GitHub OAuth app's client secret (40 hex) in their page config:
// `new Gitalk({ clientID: '…', clientSecret: '…', … })`.
export const gitalkClientSecret: Detector = patternDetector({
  id: 'gitalk-client-secret',
  title: 'GitHub OAuth client secret in a Gitalk config',
  vendor: 'GitHub',
  severity: 'high',
  keywords: ['gitalk'],
  pattern: /(?<![\w"'\\])clientSecret\s{0,4}:\s{0,4}(?<q>['"])(?<secret>[a-f0-9]{40})\k<q>/,
  minEntropy: 3,
  priority: 50,
  remediation:
    'Generate a new client secret for the GitHub OAuth app behind the comments (Settings > Developer settings > ' +
    'OAuth Apps) and delete the old one; a secret in a public page is readable by anyone.',
  examples: {
    positive: [
      { text: "const gitalk = new Gitalk({\n  clientID: '0f86801c54c145e2d820',\n  clientSecret: 'd3e157e27206ddb4b8849cfc8314e75a7e43ce0a',\n  repo: 'blog-comments',\n})", path: 'themes/next/comments.js' },
      { text: 'gitalk = new Gitalk({ clientID: "b0b16bc4746aad7f8c52", clientSecret: "fd08cc3917c122ae4881652308a5f12095a66bb6" });' },
    ],
    negative: [
      { text: "const gitalk = new Gitalk({\n  clientID: '3ca3818d89c92ab96be0',\n  clientSecret: process.env.GITALK_SECRET,\n})", why: 'reference' },
      { text: "clientSecret: 'ae4daca8c5d46b8b07476909282949063a357fc0'", why: 'no Gitalk on the lines around' },
    ],
  },
});

// A dotenv-vault DOTENV_KEY: `dotenv://:key_<64 hex>@dotenv.org/vault/.env.vault?environment=<name>`, the AES-256-GCM
// key that decrypts one environment of a committed .env.vault (the vault file is meant to be committed, the key
// never: with both, every secret of that environment is readable). `npx dotenv-vault keys` prints it.
export const dotenvVaultKey: Detector = patternDetector({
  id: 'dotenv-vault-key',
  title: 'dotenv-vault decryption key (DOTENV_KEY)',
  vendor: 'Dotenv',
  severity: 'critical',
  keywords: ['dotenv://'],
  pattern: /(?<![\w.-])dotenv:\/\/:(?<secret>key_[0-9a-f]{64})@dotenv\.(?:org|local)\/vault\/[\w./-]{0,80}\?environment=(?<env>[\w-]{1,40})/,
  minEntropy: 3,
  detail: (m) => `decrypts the ${m.groups?.['env'] ?? ''} environment of a .env.vault`,
  remediation:
    'Rotate every secret of that environment (the key decrypts the committed .env.vault, in every clone and its history), ' +
    'then rebuild the vault with a new key (`npx dotenv-vault rotatekey <environment>`) and set DOTENV_KEY only in the ' +
    "platform's secret settings; keep .env.keys out of the repository.",
  examples: {
    positive: [
      { text: 'DOTENV_KEY_PRODUCTION="dotenv://:key_5ea916458510d79f7ad79feac889737bd7531e09fae1a05b903d275e304269d6@dotenv.org/vault/.env.vault?environment=production"', path: '.env.keys' },
      { text: 'heroku config:set DOTENV_KEY=dotenv://:key_762d7695c38267807d8614c2ba507a96fe5c29eaa17e019f8d81ac638f87880c@dotenv.org/vault/.env.vault?environment=staging', path: 'deploy/release.sh' },
    ],
    negative: [
      { text: 'heroku config:set DOTENV_KEY=dotenv://:key_1234…@dotenv.org/vault/.env.vault?environment=production', path: 'README.md', why: "the docs' stand-in" },
      { text: 'DOTENV_KEY="dotenv://:key_5ea916458510d79f7ad79feac889737bd7531e09@dotenv.org/vault/.env.vault?environment=production"', path: '.env.keys', why: 'not 64 hex digits' },
      { text: 'DOTENV_KEY="dotenv://:key_0000000000000000000000000000000000000000000000000000000000000000@dotenv.org/vault/.env.vault?environment=ci"', path: '.env.keys', why: 'one digit repeated' },
    ],
  },
});

// Harness personal and service account tokens: pat. or sat. + 22-character account id + '.' + 24 hex
// token id + '.' + 20-character secret.
export const harnessAccessToken: Detector = patternDetector({
  id: 'harness-access-token',
  title: 'Harness API token',
  vendor: 'Harness',
  severity: 'high',
  keywords: ['pat.', 'sat.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.8,
  priority: 50,
  remediation: 'Delete the token under My Profile (or the service account) > API Keys in Harness and keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: 'HARNESS_API_KEY=pat.N9nTcQvLs1pF4yq3gKs2oi.f5308bab9530b25658967d43.1xuZNiAEhS5N36lXwMWa', path: '.env' },
      { text: 'curl -H "x-api-key: sat.l4I5nYc9AkuFX-t8t7wKEv.82ae797f00f911b9c85c78ba.qFvZzBAaZnNm1BFrHtQp" https://app.harness.io/ng/api/user/currentUser' },
    ],
    negative: [
      { text: 'HARNESS_API_KEY=pat.p7vNIDyuyrZBbUwIbZ404p.d666f29622ee1ee0dba96bb2.l7HEEsDlkQfQPWX9dG3', why: 'secret part too short' },
      { text: 'HARNESS_API_KEY=pat.BwK_SmSE584b3JAz3MBKx6.FA3ZB0BUOJPZDY0BO4NODSQS.b6fQTcuxsu81xmICzzOB', why: 'token id not hex' },
    ],
  },
});

// HashiCorp Vault unseal keys as `vault operator init` prints them: 44 base64 characters (a 33-byte
// Shamir share) or 66 hex, after "Unseal Key N:", or given to `vault operator unseal`.
export const vaultUnsealKey: Detector = patternDetector({
  id: 'vault-unseal-key',
  title: 'HashiCorp Vault unseal key',
  vendor: 'HashiCorp Vault',
  severity: 'critical',
  keywords: ['unseal key', 'operator unseal', 'unseal_keys'],
  pattern:
    /(?:unseal key(?: \d{1,2})?:|operator unseal(?: -[a-z-]{2,20}(?:=\S{1,40})?){0,3}|"unseal_keys_(?:b64|hex)"\s{0,4}:\s{0,4}\[\s{0,20})\s{0,4}["']?(?<secret>[A-Za-z0-9+/]{43}[A-Za-z0-9+/=]|[a-f0-9]{66})(?![A-Za-z0-9+/=])/i,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Rekey Vault (vault operator rekey) so the leaked share stops working, and keep unseal keys with their ' +
    'holders (or use auto-unseal), never in a repository.',
  examples: {
    positive: [
      { text: 'Unseal Key 1: CPpLnZ+S88cPAJosD5VXOxHxdKui/Ve725wq9gblbYZH\nUnseal Key 2: fxBv28P1H9pxdigPer8RyU+KJI+8WkouBKMqOYLUcUv6', path: 'docs/init-output.txt' },
      { text: 'kubectl exec -ti vault-0 -- vault operator unseal mKQhrMYySk5ajslitxph4sjBIK+n+T0sGWWD6HgwrtV6', path: 'scripts/unseal.sh' },
    ],
    negative: [
      { text: 'vault operator unseal $UNSEAL_KEY_1', why: 'reference' },
      { text: 'Unseal Key 1: 2ku9njWRWxhDCWJMBmBffw+zYPXo8H', why: 'too short' },
    ],
  },
});

// Ionic (Appflow) personal access tokens: ion_ + 42 base62 characters.
export const ionicAccessToken: Detector = patternDetector({
  id: 'ionic-access-token',
  title: 'Ionic personal access token',
  vendor: 'Ionic',
  severity: 'high',
  keywords: ['ion_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ion_[A-Za-z0-9]{42})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  validate: (secret) => mixesDigitsAndCases(secret),
  remediation: 'Revoke the token under Personal access tokens in Ionic Appflow and keep the replacement in a secret store (IONIC_TOKEN).',
  examples: {
    positive: [
      { text: 'IONIC_TOKEN=ion_f8nyu6RhLyhrYBQJj66DreMIvqpkzwm8H3MK00PyZU', path: '.env' },
      { text: 'ionic login --token ion_8OAB3In5R4yW3F19hbGwAtdxkKOKhKg92HR3xQAe4H' },
    ],
    negative: [
      { text: 'IONIC_TOKEN=ion_PE93gOADy0AJvR6C5XG3pe1ASBfMHYUHj5zyM6E1t', why: '41 characters' },
      { text: 'const session_VRktSunAHPK6JlCkDsyeUIy47cCy5CtvIp9qVefEnN = 1;', why: 'part of an identifier' },
    ],
  },
});

// Infracost API keys: ico- + 32 base62 characters.
export const infracostApiKey: Detector = patternDetector({
  id: 'infracost-api-key',
  title: 'Infracost API key',
  vendor: 'Infracost',
  severity: 'high',
  keywords: ['ico-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
  remediation: 'Rotate the key in Infracost Cloud (Org settings > API token) and keep it in the CI secret store (INFRACOST_API_KEY).',
  examples: {
    positive: [
      { text: 'INFRACOST_API_KEY=ico-GJiwIqpxmMuWQKdjd91kRiaTxYnTyt2J', path: '.env' },
      { text: '  infracost_api_key: "ico-kIiLEKZxf8DlxdM1WhMVoWbBTTmc850m"', path: '.github/workflows/infracost.yml' },
    ],
    negative: [
      { text: 'INFRACOST_API_KEY=ico-LNGgY7VfK1eTdotYumHrO4dkh4hEePp', why: '31 characters' },
      { text: '<i class="ico-arrowdownleftcircleoutlinefilled"></i>', why: 'an icon class' },
    ],
  },
});

// Jenkins prints the first admin password between two rows of asterisks when a new controller starts.
export const jenkinsInitialAdminPassword: Detector = patternDetector({
  id: 'jenkins-initial-admin-password',
  title: 'Jenkins initial admin password',
  vendor: 'Jenkins',
  severity: 'high',
  keywords: ['proceed to installation'],
  pattern: /proceed to installation:?[ \t]{0,8}\r?\n(?:[ \t]{0,8}\r?\n){0,3}[ \t]{0,8}(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])/i,
  minEntropy: 3,
  remediation:
    'Change the admin password (or delete the account) on that Jenkins controller, and keep setup logs out of ' +
    'the repository.',
  examples: {
    positive: [
      { text: 'Please use the following password to proceed to installation:\n\nb4d29ae053cbcb8399a56ee53e98a982\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword', path: 'docs/setup.log' },
      { text: 'jenkins  | Please use the following password to proceed to installation:\ne57b568bcdc141ee2876b67981f621d5', path: 'notes.md' },
    ],
    negative: [
      { text: 'Please use the following password to proceed to installation:\n\n<password>', why: 'placeholder' },
      { text: 'Please use the following password to proceed to installation:\n\nbec9e451b2d734fab7b7', why: 'too short' },
    ],
  },
});

// LaunchDarkly SDK keys (server side) and mobile keys: sdk- or mob- + a v4 UUID. Access tokens
// (api-) need the vendor's name: see the catalogue entry below.
export const launchdarklySdkKey: Detector = patternDetector({
  id: 'launchdarkly-sdk-key',
  title: 'LaunchDarkly SDK or mobile key',
  vendor: 'LaunchDarkly',
  severity: 'high',
  keywords: ['sdk-', 'mob-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation: 'Reset the key for the environment under Account settings > Projects in LaunchDarkly and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'LD_SDK_KEY=sdk-991df4f1-ca25-4e67-9c39-b242580b516d', path: '.env' },
      { text: 'client = ldclient.get() if ready else LDClient(Config("sdk-c4fa1422-c475-4910-8e1d-931e6490dbce"))' },
    ],
    negative: [
      { text: 'LD_SDK_KEY=sdk-70f7e7b8c7237806e0848f7f7a5fe791', why: 'not a UUID' },
      { text: 'LD_SDK_KEY=sdk-00000000-0000-4000-8000-000000000000', why: 'placeholder' },
    ],
  },
});

export const figmaLegacyToken: Detector = nearVendorName({
  id: 'figma-legacy-token',
  title: 'Figma personal access token (legacy)',
  vendor: 'Figma',
  names: ['figma'],
  value: '\\d{1,8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  remediation: 'Revoke the token under Settings > Security > Personal access tokens in Figma and keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: "--header='X-Figma-Token: 2690-9e1c5b3d-3e7e-41a4-8180-189e4206aecb'" },
      { text: 'FIGMA_TOKEN=748056-7bbde102-bdc6-49ee-9834-9d21b8021c0c', path: '.env' },
    ],
    negative: [
      { text: 'FIGMA_FILE=40c037a9cbb604f1629f49', why: 'a file key' },
      { text: 'request id 5199-c244fd3b-2f03-4dd2-8d96-7869f12a408a', why: 'no vendor name' },
    ],
  },
});

// Flagsmith server-side environment keys: 'ser.' and a 22-character short UUID (base57: digits 2-9 and
// letters without I, O and l). Client-side environment keys carry no prefix and are public by design.
// `ser.` also starts member accesses (`ser.head()`), so the body must use only that alphabet, mix
// upper case, lower case and digits, and not be called.
export const flagsmithServerSideKey: Detector = patternDetector({
  id: 'flagsmith-server-side-key',
  title: 'Flagsmith server-side environment key',
  vendor: 'Flagsmith',
  severity: 'high',
  keywords: ['ser.'],
  pattern: /(?<![A-Za-z0-9_.$-])(?<secret>ser\.[2-9A-HJ-NP-Za-km-z]{22})(?![A-Za-z0-9_(-])/,
  minEntropy: 3.5,
  validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(4)) && /[0-9]/.test(secret),
  remediation:
    'Delete the key under Environment settings > SDK keys in Flagsmith (server-side keys read every segment and ' +
    'identity rule) and create a new one, kept in a secret store (FLAGSMITH_SERVER_SIDE_ENVIRONMENT_KEY).',
  examples: {
    positive: [
      { text: 'FLAGSMITH_ENVIRONMENT_KEY=ser.8iEHVv4x39cTx62G2r3wjb', path: '.env' },
      { text: 'flagsmith = Flagsmith(environment_key="ser.VkvJP99jNcJSftUGhaeHSb", enable_local_evaluation=True)', path: 'app/flags.py' },
    ],
    negative: [
      { text: 'FLAGSMITH_ENVIRONMENT_KEY=mDMvyCxtmGABGtJ5Gxrdkx', why: 'a client-side environment key is public' },
      { text: 'FLAGSMITH_ENVIRONMENT_KEY=ser.8iEHVv4x39cTx62G2r3wj', why: '21 characters' },
      { text: 'const top = ser.getTopValuesSortedByCnt(5);', why: 'a method call' },
    ],
  },
});

// Infisical service tokens (deprecated in favour of machine identities): 'st.', the token's id (a UUID,
// or 24 hex digits on older instances), '.', a 32-hex secret and, as handed out, '.' and the 32-hex
// key that decrypts the project key. Read only near an Infisical name: `st.` alone begins countless
// member accesses.
export const infisicalServiceToken: Detector = patternDetector({
  id: 'infisical-service-token',
  title: 'Infisical service token',
  vendor: 'Infisical',
  severity: 'high',
  keywords: ['infisical'],
  pattern:
    /(?<![A-Za-z0-9_.-])(?<secret>st\.(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})\.[0-9a-f]{32}(?:\.[0-9a-f]{32})?)(?![A-Za-z0-9_.-])/,
  minEntropy: 3,
  remediation:
    'Revoke the token under Access Control > Service Tokens in the Infisical project, then move the workload to a ' +
    'machine identity (Universal Auth or a platform-native method) whose credentials come from a secret store.',
  examples: {
    positive: [
      { text: 'INFISICAL_TOKEN=st.f1777d2d-b016-4cdf-a835-4e40901e5660.50658f8299f008b0c8a5d0e3a1d64953.74bade53f77257401127727cde6aaa8d', path: '.env' },
      { text: 'infisical run --token="st.0e0b236fec4fe6e0207b1627.6c903341f150612a24d74a2281be8af3.569f36adf011a9a17cc36261cf7480d0" -- npm start', path: 'Makefile' },
    ],
    negative: [
      { text: 'INFISICAL_TOKEN=st.f1777d2d-b016-4cdf-a835-4e40901e5660.50658f8299f008b0c8a5d0e3a1d6495', why: 'secret part too short' },
      { text: 'INFISICAL_TOKEN=st.xxx.yyy.zzz', why: 'placeholder' },
      { text: 'token = "st.0e0b236fec4fe6e0207b1627.6c903341f150612a24d74a2281be8af3.569f36adf011a9a17cc36261cf7480d0"', why: 'no Infisical name nearby' },
    ],
  },
});

/** CI, developer-tool and infrastructure-as-code vendors D–L: prefixed tokens above, then keys known by the vendor's name (kit/vendor-token.ts). */
export const ciAndDevToolsVendorsDL: readonly Detector[] = [
  dotenvVaultKey,
  dependencyTrackApiKey,
  figmaLegacyToken,
  figmaPersonalAccessToken,
  flagsmithServerSideKey,
  gitalkClientSecret,
  githubOauthClientSecret,
  harnessAccessToken,
  infisicalServiceToken,
  infracostApiKey,
  ionicAccessToken,
  jenkinsInitialAdminPassword,
  launchdarklySdkKey,
  vaultUnsealKey,
  ...vendorTokens([
    {
      id: 'droneci-access-token', title: 'Drone CI access token', vendor: 'Drone', names: ['droneci', 'drone_token', 'drone-token', 'drone_server'], compoundNames: ['drone'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'DRONE_TOKEN=hXJ90BcByXr8pAxK68ZcNvUOuiCk8eaj', path: '.env' }, { text: 'droneci access token: 6N9C83e5vMP0h675tGOcc0g4tD3pVKcO' }],
        negative: [{ text: 'DRONE_TOKEN=k4JoEq4Z4h9cW4XtO4yzrlIk7D2y8qI', why: '31 characters' }],
      },
    },
    // GrowthBook secret keys and personal access tokens (REST API): `secret_`, an optional `user_` or
    // role word and `_`, then 32 random bytes in base64 without +, / and =. The SDK connection keys
    // (`sdk-…`) ship in client bundles and are not credentials.
    {
      id: 'growthbook-secret-key',
      title: 'GrowthBook secret API key',
      vendor: 'GrowthBook',
      names: ['growthbook'],
      token: { alphabet: 'token', prefix: 'secret_', length: [36, 64] },
      remediation:
        'Delete the key under Settings > API Keys (personal tokens: Personal Access Tokens in the user menu) in ' +
        'GrowthBook, and keep the replacement in a secret store (GROWTHBOOK_API_KEY).',
      examples: {
        positive: [
          { text: 'GROWTHBOOK_API_KEY=secret_admin_bDS7NhpQXFk0b2REhpvqW0QWmQsLQ5LXa5TaskxYbk', path: '.env' },
          { text: 'growthbook_token = "secret_user_SygZsXl7qaywrFGdIGSGq1L5XFTCQfOrVs5VKXNVUho"', path: 'scripts/flags.py' },
        ],
        negative: [
          { text: 'GROWTHBOOK_CLIENT_KEY=sdk-bDS7NhpQXFk0b2RE', why: 'an SDK client key, public by design' },
          { text: 'curl https://api.growthbook.io/api/v1 -H "Authorization: Bearer secret_abc123DEF456" # growthbook', why: "GrowthBook's documentation stub" },
          { text: 'STRIPE_KEY=secret_admin_bDS7NhpQXFk0b2REhpvqW0QWmQsLQ5LXa5TaskxYbk', why: 'no GrowthBook name' },
        ],
      },
    },
    {
      // Machine identity Universal Auth client secrets: 64 lowercase hex digits (32 random bytes), paired
      // with the identity's client id (a UUID, not a secret).
      id: 'infisical-client-secret', title: 'Infisical machine identity client secret', vendor: 'Infisical', names: ['infisical'],
      token: { alphabet: 'hex', length: 64 },
      remediation:
        'Revoke the client secret under the machine identity > Universal Auth > Client secrets in Infisical and ' +
        'create a new one (with a TTL and use limit where possible), kept in your platform secret store.',
      examples: {
        positive: [
          { text: 'INFISICAL_UNIVERSAL_AUTH_CLIENT_ID=2c9a1f07-5b3e-4d61-8f2a-9e4b7c0d1a36\nINFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET=11bee3ab92d4381817b163407e1e076bc36fc6f397e7260c55d38059c7e37827', path: '.env' },
          { text: "await client.auth().universalAuth.login({ clientId: process.env.INFISICAL_CLIENT_ID, clientSecret: '712629885d063bc7d53cfe3a1f46c98caaa59fb894f993de8eb26f0a9907f5fc' });", path: 'src/secrets.ts' },
          { text: '    env:\n      INFISICAL_MACHINE_IDENTITY_CLIENT_SECRET: 712629885d063bc7d53cfe3a1f46c98caaa59fb894f993de8eb26f0a9907f5fc', path: '.github/workflows/deploy.yml' },
        ],
        negative: [
          { text: 'INFISICAL_UNIVERSAL_AUTH_CLIENT_ID=2c9a1f07-5b3e-4d61-8f2a-9e4b7c0d1a36', why: 'the client id is not a secret' },
          { text: 'INFISICAL_CLIENT_SECRET=11bee3ab92d4381817b163407e1e076bc36fc6f397e7260c55d38059c7e3782', why: '63 characters' },
        ],
      },
    },
    {
      id: 'jenkins-api-token', title: 'Jenkins API token', vendor: 'Jenkins', names: ['jenkins'],
      token: { alphabet: 'hex', length: [32, 34] },
      examples: {
        positive: [{ text: 'JENKINS_API_TOKEN=11c89c5570d6f8e026b73d01a24244fbd5', path: '.env' }, { text: "jenkins = Jenkins(url, username='ci', password='6f577437fa29555e090b5ff55c46da96')" }],
        negative: [{ text: 'JENKINS_URL=https://ci.example.org/job/build/bbf193565e2bdf7171b45833ef2ff6ce78d82afb', why: 'no key-like word, a commit id' }, { text: 'JENKINS_API_TOKEN=11aed499831639fd336104977aa59fa05090', why: '36 hex' }],
      },
    },
    {
      // build trigger tokens are any string, often a UUID: only under a jenkins token name, since job
      // configs are full of UUIDs that are credential ids, not credentials
      id: 'jenkins-build-token', title: 'Jenkins build or API token (UUID)', vendor: 'Jenkins',
      names: ['jenkinstoken', 'jenkins_token', 'jenkins-token', 'jenkins_api_token', 'jenkins_auth_token', 'jenkins_build_token'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'readonly static string jenkinsToken = "b3f33e6e-51c9-436a-ac7f-a8586880d4f1";' }, { text: 'JENKINS_TOKEN=e58ff505-513b-4b30-9434-976add7bfd5c', path: '.env' }],
        negative: [{ text: "jenkins credentialsId: '217e9049-e3c1-4357-bdca-793d165a4e13'", why: 'a credential id' }],
      },
    },
    {
      id: 'knapsackpro-api-token', title: 'Knapsack Pro API token', vendor: 'Knapsack Pro', names: ['knapsack_pro', 'knapsackpro', 'knapsack-pro'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'KNAPSACK_PRO_TEST_SUITE_TOKEN_RSPEC=1274ad1e4074853eb5086a372963b695', path: '.env' }, { text: 'knapsackpro token: h7BegzjCRfnbhJ4kEjhQGyCYe4DBGPAY' }],
        negative: [{ text: 'KNAPSACK_PRO_TEST_SUITE_TOKEN_RSPEC=8866db2d7bbd65b296dea53a7137e38', why: '31 characters' }],
      },
    },
    {
      id: 'launchdarkly-access-token', title: 'LaunchDarkly access token', vendor: 'LaunchDarkly', names: ['launchdarkly', 'launch_darkly', 'launch-darkly'],
      token: [{ alphabet: 'uuid', prefix: 'api-' }, { alphabet: 'uuid' }],
      examples: {
        positive: [{ text: 'LAUNCHDARKLY_ACCESS_TOKEN=api-be19f0f3-43d4-4caa-b987-6297c751023c', path: '.env' }, { text: 'launchdarkly_api_key: "7158c9dc-f5d5-4de1-9f28-5418cda38b9d"', path: 'config.yml' }],
        negative: [{ text: 'LAUNCHDARKLY_ACCESS_TOKEN=api-c8fee894188650809e1aa0ce59be4e21', why: 'not a UUID' }],
      },
    },
    {
      id: 'loadmill-api-token', title: 'Loadmill API token', vendor: 'Loadmill', names: ['loadmill'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [{ text: 'LOADMILL_API_TOKEN=6Y1oXQcPLQyz7VEQ1xbZOMAwBFgP9GXh7TaqNyOi', path: '.env' }, { text: 'npx loadmill --token elB6uLLtvK9bKJgLNXNtjTiQ2kAW0b1rkWdhAhQp test-suite-id' }],
        negative: [{ text: 'LOADMILL_API_TOKEN=f76onj6dKWoUJsUt7h1TA59eVtPJIZII8MgkFln', why: '39 characters' }],
      },
    },
    {
      id: 'lokalise-api-token', title: 'Lokalise API token', vendor: 'Lokalise', names: ['lokalise'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'LOKALISE_API_TOKEN=a7ae5cba4274653f8f49c426fae3fb03f18dcad5', path: '.env' }, { text: "const lokaliseApi = new LokaliseApi({ apiKey: '18f5566d7ee646c60782559b92fc4c23324f222d' });" }],
        negative: [{ text: 'LOKALISE_API_TOKEN=cc80a9abdb5e27be7bc7d782b687aacec72f02e', why: '39 characters' }],
      },
    },
    {
      // Gitea and Forgejo access tokens: 40 hexadecimal characters (the API returns them once, as `sha1`),
      // sent as `Authorization: token …` or in a clone URL. Self-hosted, so only their names tell them apart.
      id: 'gitea-access-token',
      title: 'Gitea / Forgejo access token',
      vendor: 'Gitea',
      names: ['gitea', 'forgejo'],
      token: { alphabet: 'hex', length: 40 },
      remediation:
        'Delete the token under Settings > Applications on the Gitea or Forgejo instance and create a new one with ' +
        'only the scopes it needs; keep it in a secret store (GITEA_TOKEN).',
      examples: {
        positive: [
          { text: 'GITEA_TOKEN=0a071419189059f692cbc5e55a8502354c746cff', path: '.env' },
          { text: '          token: ${{ secrets.FORGEJO_TOKEN || \'ed01c34f6034bb780dfbb56dd94f19486fcf5e4b\' }}', path: '.forgejo/workflows/release.yml' },
          { text: 'client, err := gitea.NewClient(url, gitea.SetToken("e3c28ac667f8c57494a86009206a9d508260f237"))', path: 'internal/forge/client.go' },
        ],
        negative: [
          { text: 'GITEA_TOKEN=0a071419189059f692cbc5e55a8502354c746cf', why: '39 characters' },
          { text: 'GITEA_COMMIT=0a071419189059f692cbc5e55a8502354c746cff', why: 'a commit hash, no key-like word' },
          { text: '{"id":1,"name":"test","sha1":"9fcb1158165773dd010fca5f0cf7174316c3e37d"}  # gitea token', why: "the token of Gitea's API usage guide" },
        ],
      },
    },
    {
      // Healthchecks.io project API keys (read-write and read-only): 32 base64url characters (24 random bytes),
      // sent as X-Api-Key to the management API.
      id: 'healthchecks-api-key',
      title: 'Healthchecks.io API key',
      vendor: 'Healthchecks.io',
      names: ['healthchecks', 'hc_api_key'],
      token: { alphabet: 'base64url', length: 32 },
      remediation:
        "Revoke the key under the project's Settings > API Access in Healthchecks.io and create a new one; keep it " +
        'in a secret store (HC_API_KEY), and use the read-only key where nothing is changed.',
      examples: {
        positive: [
          { text: 'HC_API_KEY=yU11Im9F2YBTuobpT71IuBfyNLK_uJdR', path: '.env' },
          { text: "const client = new HealthChecksApiClient({ apiKey: 'XGh03q2DNd52BmIuFQOeq6r-CbNZ-ykX' });", path: 'src/monitoring.ts' },
          { text: '  healthchecks_api_key: "FwtOSftF_1CJQY5W9LUJAo1aJqCpAiKX"', path: 'group_vars/all.yml' },
        ],
        negative: [
          { text: 'HC_API_KEY=yU11Im9F2YBTuobpT71IuBfyNLK_uJd', why: '31 characters' },
          { text: 'curl -fsS https://hc-ping.com/2ec42b40-7b86-4a19-bcf3-65f797761e6a  # healthchecks ping', why: "a check's ping URL, not an API key" },
        ],
      },
    },
  ]),
];
