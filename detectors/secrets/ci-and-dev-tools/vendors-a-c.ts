import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { decodeBase64 } from '../../kit/checksums.js';

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** True when a Bech32 string (BIP 173: human-readable part, '1', data and a 6-character checksum) checks out. */
function isBech32(value: string): boolean {
  const text = value.toLowerCase();
  const sep = text.lastIndexOf('1');
  const hrp = text.slice(0, sep);
  const values = [...hrp].map((c) => c.charCodeAt(0) >> 5);
  values.push(0);
  for (const c of hrp) values.push(c.charCodeAt(0) & 31);
  for (const c of text.slice(sep + 1)) {
    const d = BECH32.indexOf(c);
    if (d < 0) return false;
    values.push(d);
  }
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i] as number;
  }
  return chk >>> 0 === 1;
}

// age identities (X25519 secret keys): 'AGE-SECRET-KEY-1' and 58 Bech32 characters, the last six a
// checksum over the rest. The 'age1…' recipients beside them are public keys and are left alone.
export const ageSecretKey: Detector = patternDetector({
  id: 'age-secret-key',
  title: 'age secret key (identity)',
  vendor: 'age',
  severity: 'critical',
  keywords: ['age-secret-key-1'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
  validate: isBech32,
  remediation:
    'Everything encrypted to this identity can be read by whoever has the file: generate a new identity with age-keygen, ' +
    're-encrypt the data to its recipient, delete the old key, and keep identities out of the repository (sops, a vault).',
  examples: {
    positive: [
      { text: '# created: 2025-03-02T10:00:00Z\n# public key: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\nAGE-SECRET-KEY-17M2HUX0US4H7EERJ274K0TNG33C69LP0JD5GFWUA8K835SH66ZRSQZKHL0', path: 'keys/age.txt' },
      { text: 'SOPS_AGE_KEY=AGE-SECRET-KEY-1ZVQ6QWLP5Q9LGQFPUK3RYS6AR2794J7LLK3KE8ALTVXMG4E7V4PQXWSFCY', path: '.env' },
    ],
    negative: [
      { text: 'SOPS_AGE_KEY=AGE-SECRET-KEY-1ZVQ6QWLP5Q9LGQFPUK3RYS6AR2794J7LLK3KE8ALTVXMG4E7V4PQXWSFCQ', why: 'the Bech32 checksum does not match' },
      { text: 'SOPS_AGE_KEY=AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder (X is not Bech32 either)' },
      { text: 'recipients: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', why: 'a recipient is a public key' },
    ],
  },
});

// Buildkite API access tokens: 'bkua_' and 40 lowercase hexadecimal characters.
export const buildkiteApiToken: Detector = patternDetector({
  id: 'buildkite-api-token',
  title: 'Buildkite API access token',
  vendor: 'Buildkite',
  severity: 'high',
  keywords: ['bkua_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>bkua_[a-z0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation:
    'Revoke the token under Personal Settings > API Access Tokens in Buildkite, and keep the replacement in your ' +
    'secret store (BUILDKITE_API_TOKEN).',
  examples: {
    positive: [
      { text: 'BUILDKITE_API_TOKEN=bkua_5ea7c8c5e441f8ddaa3072a37b5338a02b6e2cdb', path: '.env' },
      { text: 'curl -H "Authorization: Bearer bkua_aec1e96535f10b37700769c9db6c366bf98f796d" https://api.buildkite.com/v2/user' },
    ],
    negative: [
      { text: 'BUILDKITE_API_TOKEN=bkua_5ea7c8c5e441f8ddaa3072a37b5338a02b6e2cd', why: '39 characters' },
      { text: 'BUILDKITE_API_TOKEN=bkua_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// CircleCI personal API tokens (2023 on): 'CCIPAT_', 22 (in some, 24) alphanumerics, '_' and 40 lowercase hex
// characters.
export const circleciPersonalToken: Detector = patternDetector({
  id: 'circleci-personal-token',
  title: 'CircleCI personal API token',
  vendor: 'CircleCI',
  severity: 'high',
  keywords: ['ccipat_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>CCIPAT_[A-Za-z0-9]{22,24}_[a-z0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  remediation:
    'Delete the token under User Settings > Personal API Tokens in CircleCI, and keep the replacement in a context or ' +
    'project environment variable.',
  examples: {
    positive: [
      { text: 'export CIRCLECI_TOKEN=CCIPAT_CICAYDK3xLRTbhaGNOdt4T_0a5258728c38fd88ad975a72914b06054390cafa', path: 'scripts/trigger.sh' },
      { text: 'circleci_token: "CCIPAT_CICAYDK3xLRTbhaGNOdt4T_0a5258728c38fd88ad975a72914b06054390cafa"', path: 'config/ci.yml' },
    ],
    negative: [
      { text: 'CIRCLECI_TOKEN=CCIPAT_CICAYDK3xLRTbhaGNOdt4T_0a5258728c38fd88ad975a72914b06054390caf', why: '39 characters after the second underscore' },
      { text: 'CIRCLECI_TOKEN=CCIPAT_${TOKEN}' },
    ],
  },
});
// Appwrite API keys (server SDKs, the CLI, the X-Appwrite-Key header): the key type `standard_` and
// 128 random bytes in hexadecimal, 256 characters (Appwrite 1.6 on).
export const appwriteApiKey: Detector = patternDetector({
  id: 'appwrite-api-key',
  title: 'Appwrite API key',
  vendor: 'Appwrite',
  severity: 'high',
  keywords: ['standard_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>standard_[0-9a-f]{256})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the key under Overview > Integrations > API keys in the Appwrite console, create a new one with only the ' +
    'scopes it needs, and keep it in a secret store (APPWRITE_API_KEY); API keys belong in server code only.',
  examples: {
    positive: [
      { text: 'APPWRITE_API_KEY=standard_763d0f47d764406940ffbc29ef343b7728e9ff463130bd8bac25698ce9f490cce653993fe8bfd6ae97c5712fa74398c2553a0cecb78abce9506151a906125543a057eebfb2f5fb4f144e8d0e6db4d3d8e93fdb0059a3df6810b501d3a42a4e77f78bc520b7379ce08fd8a986802f566df99b85c2e2866bad3a4324d004366742', path: '.env' },
      { text: "const client = new Client().setEndpoint(endpoint).setProject(projectId).setKey('standard_53c7f88406e6d03c69d48aaee0f86d7807e0400675efc088c971a468c6a6bcb7225ccab14f406acdf674ba2955196833d0802a5474ab9cf0e2cde883797c6d488d1d5fd448591d9123e26ab9c5901e4711350d2435fe879d4f35a7899c966b2b199cdebcf2cd75f71d3b8fde0da458d2663ad98915bac31a9bcfb3ed3e495110');", path: 'server/appwrite.ts' },
    ],
    negative: [
      { text: 'APPWRITE_API_KEY=standard_763d0f47d764406940ffbc29ef343b7728e9ff463130bd8bac25698ce9f490cce653993fe8bfd6ae97c5712fa74398c2553a0cecb78abce9506151a906125543a057eebfb2f5fb4f144e8d0e6db4d3d8e93fdb0059a3df6810b501d3a42a4e77f78bc520b7379ce08fd8a986802f566df99b85c2e2866bad3a4324d00436674', why: '255 hexadecimal characters' },
      { text: 'APPWRITE_API_KEY=standard_abc123...', why: 'truncated in documentation' },
      { text: 'APPWRITE_API_KEY=763d0f47d764406940ffbc29ef343b7728e9ff463130bd8bac25698ce9f490cce653993fe8bfd6ae97c5712fa74398c2553a0cecb78abce9506151a906125543a057eebfb2f5fb4f144e8d0e6db4d3d8e93fdb0059a3df6810b501d3a42a4e77f78bc520b7379ce08fd8a986802f566df99b85c2e2866bad3a4324d004366742', why: 'no key type: read by the generic detectors, not as this format' },
    ],
  },
});

/** A Convex deploy key's secret: base64 that decodes to a JSON object (`eyJ…` = `{"`). */
function isConvexKeyBody(secret: string): boolean {
  const body = secret.slice(secret.indexOf('|') + 1);
  return decodeBase64(body)?.toString('latin1').startsWith('{"') === true;
}

// Convex deploy keys (CONVEX_DEPLOY_KEY): the key's kind and what it names, a `|` and a base64 secret —
// `prod:<deployment>|ey…`, `dev:<deployment>|ey…`, `preview:<team>:<project>|ey…` and project tokens
// `project:<team>:<project>|ey…`. The part before `|` names the target; the secret deploys to it.
export const convexDeployKey: Detector = patternDetector({
  id: 'convex-deploy-key',
  title: 'Convex deploy key',
  vendor: 'Convex',
  severity: 'high',
  keywords: ['|ey'],
  pattern:
    /(?<![\w:|-])(?<secret>(?<kind>prod|dev|preview|project):[a-z0-9][a-z0-9-]{1,62}(?::[a-z0-9][a-z0-9-]{1,62})?\|ey[A-Za-z0-9+/]{38,1000}={0,2})(?![A-Za-z0-9+/=_-])/,
  validate: isConvexKeyBody,
  minEntropy: 4,
  detail: (m) => ({ prod: 'production deploy key', dev: 'development deploy key', preview: 'preview deploy key', project: 'project token' })[m.groups?.['kind'] ?? 'prod'],
  remediation:
    'Delete the key in the Convex dashboard (the deployment\'s or project\'s Settings > Deploy keys), generate a new ' +
    'one, and set it as CONVEX_DEPLOY_KEY in the build platform\'s secret settings only.',
  examples: {
    positive: [
      { text: "CONVEX_DEPLOY_KEY='prod:lucky-otter-507|eyJ2MiI6IjFmOTA3ZGQ4YWJmYTUyZWEyMWJiNzQ5ZTNkNWQ5NDdkM2M3MDc2OTZhNDVjZDAxMCJ9'", path: '.env.production' },
      { text: 'env:\n  CONVEX_DEPLOY_KEY: preview:acme-team:web-shop|eyJ2MiI6ImQzM2E5YjQ0N2Y3MzQ4NDFjYmQ1ZTdkMGE4Y2M5YzFiNzVkYjZjN2IyMTNlYzc2MCJ9', path: '.github/workflows/preview.yml' },
      { text: 'export CONVEX_DEPLOY_KEY="dev:tidy-heron-439|eyJ2MiI6ImNlMTZjMWEzNGUwMjZiNjEyYmM4MzM0NWQ0NTEwZWI4NjUzOTM5YjA2Mjc4ODgxZCJ9"', path: 'scripts/dev.sh' },
    ],
    negative: [
      { text: 'CONVEX_DEPLOY_KEY=prod:qualified-jaguar-123|eyJ2...0=', why: "Convex's documentation stub" },
      { text: "CONVEX_DEPLOY_KEY='key goes here'", why: 'placeholder' },
      { text: 'CONVEX_DEPLOYMENT=prod:lucky-otter-507', why: 'the deployment name alone' },
      { text: 'const pattern = "dev:tidy-heron-439|eyJ2MiI6IW5vdC1iYXNlNjQgYXQgYWxsIQ==";', why: 'does not decode to a JSON object' },
    ],
  },
});

// Cal.com API keys: `cal_live_` (live mode) or `cal_` (test mode) and 16 random bytes in hexadecimal.
export const calcomApiKey: Detector = patternDetector({
  id: 'calcom-api-key',
  title: 'Cal.com API key',
  vendor: 'Cal.com',
  severity: 'high',
  keywords: ['cal_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>cal_(?:live_)?[0-9a-f]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.2,
  detail: (m) => (m.groups?.['secret']?.startsWith('cal_live_') ? 'live-mode key' : 'test-mode key'),
  remediation:
    'Delete the key under Settings > Developer > API keys in Cal.com (it acts as the user who made it), and keep the ' +
    'replacement in a secret store (CAL_API_KEY).',
  examples: {
    positive: [
      { text: 'CAL_API_KEY=cal_live_2a1f212d88077f76c3df443154ce7ea2', path: '.env' },
      { text: 'const res = await fetch(`https://api.cal.com/v2/bookings`, { headers: { Authorization: "Bearer cal_9ed2fa8238b80e8fc560520cb992ac8a" } });', path: 'src/bookings.ts' },
    ],
    negative: [
      { text: 'CAL_API_KEY=cal_live_2a1f212d88077f76c3df443154ce7ea', why: '31 hexadecimal characters' },
      { text: 'Authorization: Bearer cal_live_xxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'const local_9ed2fa8238b80e8fc560520cb992ac8a = 1;', why: 'part of a longer name' },
    ],
  },
});

// Cronitor API keys: the Telemetry key and the SDK Integration key (the REST API's HTTP Basic user name).
// Telemetry pings carry the key in the URL, https://cronitor.link/p/<api key>/<monitor key>: that path
// names the key whatever its variable is called. Elsewhere the key is read after a Cronitor name.
export const cronitorApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'cronitor-api-key',
    title: 'Cronitor API key',
    vendor: 'Cronitor',
    severity: 'high',
    keywords: ['cronitor.link/p/'],
    pattern: /cronitor\.link\/p\/(?<secret>[A-Za-z0-9]{24,64})\//,
    minEntropy: 3,
    remediation:
      'Delete the key on the API Settings page in Cronitor and create a new one with only the scopes it needs ' +
      '(monitor:telemetry for pings); keep it in a secret store (CRONITOR_API_KEY) and build ping URLs from it.',
    examples: {
      positive: [
        { text: '0 2 * * * curl -fsS "https://cronitor.link/p/fe878d822885014917b89fc4c9bfc70d/nightly-backup?state=complete"', path: 'deploy/crontab' },
        { text: 'CRONITOR_API_KEY=d13b39e2e0eceb5cb516669efeaf2ebd', path: '.env' },
        { text: "cronitor.api_key = 'f7df6dc88a4328441ce593e08caacf51'", path: 'jobs/monitoring.py' },
      ],
      negative: [
        { text: 'curl https://cronitor.link/p/<API-KEY>/nightly-job?state=run', why: 'the placeholder of the documentation' },
        { text: 'curl https://cronitor.link/d3x0c1/complete', why: 'a legacy monitor code, not an API key' },
        { text: 'CRONITOR_API_KEY=fe878d8228850149', why: '16 characters' },
        { text: "cronitor.Monitor('nightly-backup-job-2024-runner')", why: 'a monitor key, no key-like word' },
      ],
    },
  }),
  { names: ['cronitor'], token: { alphabet: 'alnum', length: [24, 64] } },
);

/** ci-and-dev-tools vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const ciAndDevToolsVendorsAC: readonly Detector[] = [
  ageSecretKey,
  appwriteApiKey,
  buildkiteApiToken,
  calcomApiKey,
  circleciPersonalToken,
  convexDeployKey,
  cronitorApiKey,
  ...vendorTokens([
    {
      id: 'bitbar-api-key',
      title: 'BitBar API key',
      vendor: 'BitBar',
      names: ['bitbar'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'BITBAR_API_KEY=v7TSGvyprozswlKYsRW5sXPsxBjnuIrT', path: '.env' },
          { text: 'bitbar_api_key: "ATt7dmkFW5IQDbhBx9DjKFgVb5zxdOQA"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'BITBAR_API_KEY=PSG1oGR4Wo0esFZxq9zKbr8IaNaeWgJ', why: '31 characters' },
        ],
      },
    },
    {
      id: 'bitbucket-client-secret',
      title: 'Bitbucket OAuth consumer secret',
      vendor: 'Bitbucket',
      names: ['bitbucket'],
      token: { alphabet: 'base64url', length: [32, 64] },
      remediation:
        'Delete or regenerate the OAuth consumer under Workspace settings > OAuth consumers in Bitbucket, ' +
        'then keep the new secret in your CI secured variables.',
      examples: {
        positive: [
          { text: 'BITBUCKET_CLIENT_SECRET="9cDa1bf8CpQsY216aFbC7Ls8Z80CnXeKw0NvQ5cZYiXGMMcrNp"', path: '.env' },
          { text: 'client = Bitbucket(api_key="rweTsiD0uVgdYGTpQ9lCYEhtpTT4lwO-VKDqZmHt4mR0MtcoKZzYJpAP7n1AR")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'BITBUCKET_CLIENT_SECRET=9SYm-ErH88ivfHtwvF1-dd7xVQx-FqN', why: '31 characters' },
        ],
      },
    },
    {
      id: 'blazemeter-api-key',
      title: 'BlazeMeter API key',
      vendor: 'BlazeMeter',
      names: ['blazemeter', 'runscope'],
      token: [{ alphabet: 'uuid' }, { alphabet: 'hex', length: 64 }],
      examples: {
        positive: [
          { text: 'BLAZEMETER_API_SECRET=efb55b78-79f7-45ff-b681-ec6e1e2e90b9', path: '.env' },
          { text: "const blazemeterApiSecret = 'c6d33b16-e75d-4b6a-ba36-41c053e9f36d';", path: 'src/config.js' },
          { text: '"blazemeter_api_secret": "c2785a184d25012f45a145318f98e83c3cfd6953d931737c96e0bcd34e4ec04a",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'BLAZEMETER_API_SECRET=fbfadb38-fb9b-407b-ae4b-64dc589da6d', why: 'not a UUID: the last group has 11 characters' },
        ],
      },
    },
    {
      id: 'buildkite-api-token-legacy',
      title: 'Buildkite API token (legacy)',
      vendor: 'Buildkite',
      names: ['buildkite'],
      token: { alphabet: 'hex', length: 40 },
      remediation:
        'Revoke the token under Personal Settings > API Access Tokens in Buildkite and keep the replacement ' +
        'in your secret store.',
      examples: {
        positive: [
          { text: 'BUILDKITE_API_TOKEN=79118981e94ac5386a90c9041aff9295e512c898', path: '.env' },
          { text: '"buildkite_api_token": "e25676793523d64a9127ab37e23b901095318bd2",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'BUILDKITE_API_TOKEN=eae4f3d29fad010fe20f0c1c9d1ee45d7826ccd', why: '39 characters' },
        ],
      },
    },
    {
      id: 'circleci-api-token',
      title: 'CircleCI API token',
      vendor: 'CircleCI',
      names: ['circleci', 'circle_token', 'circle-token'],
      token: { alphabet: 'hex', length: 40 },
      remediation:
        "Delete the token under User Settings > Personal API Tokens (or the project's API Permissions) in " +
        'CircleCI, and keep the replacement in a context or project environment variable.',
      examples: {
        positive: [
          { text: 'CIRCLECI_TOKEN=4679dfda91191fed0fcc0c85ac4e979c0f6ed688', path: '.env' },
          { text: 'circleci_token: "ba6b205e592b72cb4e26457da61c3becd472413b"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CIRCLECI_TOKEN=e59c51aa667ceb44c0794eee5fc2a523e68ede6', why: '39 characters' },
        ],
      },
    },
    {
      id: 'codacy-api-token',
      title: 'Codacy API token',
      vendor: 'Codacy',
      names: ['codacy'],
      // a project token is 32 hex, and so is the project id in every Codacy badge URL
      // (`/project/badge/Grade/<id>`, shields.io's `codacy/grade/<id>`): that shape asks for a key-like word
      token: [{ alphabet: 'alnum', length: 20 }, { alphabet: 'hex', length: 32, sharedWithIds: true }],
      examples: {
        positive: [
          { text: 'CODACY_API_TOKEN=BxcceLr3CxZ9cwNwlVhR', path: '.env' },
          { text: 'client = Codacy(api_key="FdzR9oh6vP8xbxlYSSt8")', path: 'app/clients.py' },
          { text: "const codacyApiToken = '900e0fc75f29df1bd33e5b775c2042cb';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CODACY_API_TOKEN=Y3DfpLM0wEG27PzH9Am', why: '19 characters' },
          {
            text: 'badge_fields = {\n    "REPO": repo,\n    "CODACY": "5be1f0c2a94d4e7b83d6a0f1c9e27d48",\n}\n',
            path: 'scripts/readme_badges.py',
            why: "the vendor's name alone before 32 hex: the project id a Codacy badge shows",
          },
          {
            text: '[![Codacy Badge](https://api.codacy.com/project/badge/Grade/7c2e9a4f1b8d4e3a9f6c0d5b2a7e1f48)](https://app.codacy.com/gh/acme/widget)',
            path: 'README.md',
            why: "a badge URL: the API host's `api` is no key word, and the path holds the project's id",
          },
        ],
      },
    },
    {
      id: 'codeclimate-repo-token',
      title: 'Code Climate repository token',
      vendor: 'Code Climate',
      names: ['codeclimate', 'code_climate'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: 'CODECLIMATE_REPO_TOKEN=b79483aeeea307d3db9d4bd5f70e236b38c1c06aebdbfbd831d224b2f721e480', path: '.env' },
          { text: "const codeclimateRepoToken = 'b2bfc4d5a914f1c011e74e559a187c1bb16efd6d3adabdcb2cb67f4449e2859c';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CODECLIMATE_REPO_TOKEN=da8bfb36d49922c67ed24c5baf7d143a29b0f793a3a84d7c996345cc6a29b28', why: '63 characters' },
        ],
      },
    },
    // CC_TEST_REPORTER_ID is itself the credential's name, so no further key word is asked for.
    {
      id: 'codeclimate-reporter-id',
      title: 'Code Climate test reporter id',
      vendor: 'Code Climate',
      names: ['cc_test_reporter_id', 'cc-test-reporter-id'],
      token: { alphabet: 'hex', length: 64 },
      needsKeyWord: false,
      remediation:
        "Regenerate the test reporter id under the repository's Repo Settings > Test coverage in Code " +
        'Climate, and pass the new one from a CI secret instead of the workflow file.',
      examples: {
        positive: [
          { text: '  CC_TEST_REPORTER_ID: c6559122589a812922c6ef1da5fe7c083d46f1a1a8a913270bfe3cce11644301', path: '.github/workflows/test.yml' },
          { text: 'export CC_TEST_REPORTER_ID="f617c713383af960aaf7ca79cf0f3874be398e08a17ec7f3fb4ee2e3aa83742a"', path: 'ci/coverage.sh' },
        ],
      },
    },
    {
      id: 'codecov-token',
      title: 'Codecov upload token',
      vendor: 'Codecov',
      names: ['codecov'],
      token: [{ alphabet: 'uuid' }, { alphabet: 'hex', length: 40 }],
      remediation:
        "Regenerate the repository upload token in the repository's settings on Codecov (or the global token " +
        'for the organisation), and pass it from a CI secret.',
      examples: {
        positive: [
          { text: 'CODECOV_TOKEN=695a4767-d96d-4def-9a64-3c589c8a448d', path: '.env' },
          { text: 'codecov_token: "bbd9158c-8fc4-47fb-bf46-af30d021705f"', path: 'config/settings.yml' },
          { text: 'client = Codecov(api_key="c3f33bd5547098800c638203d9efb958ee879640")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'CODECOV_TOKEN=4e1f6199-0e9d-4d52-a2b4-2fbd4f11475', why: 'not a UUID: the last group has 11 characters' },
        ],
      },
    },
    {
      id: 'codemagic-api-token',
      title: 'Codemagic API token',
      vendor: 'Codemagic',
      names: ['codemagic'],
      token: { alphabet: 'base64url', length: 43 },
      examples: {
        positive: [
          { text: 'CODEMAGIC_API_TOKEN="UeADH2whPwsRdfCQ1Ox-v6UYUTwLxEll0B99BnHlXJD"', path: '.env' },
          { text: 'client = Codemagic(api_key="dwLzx-WI7wrMYvApYng5v9uwgGaTqxlrSBGNNAQKxMY")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'CODEMAGIC_API_TOKEN=9TBEOuFpuOOVQxo5tMzbBKQ694D56XmnxhFMjA3k8M', why: '42 characters' },
        ],
      },
    },
    {
      id: 'coveralls-repo-token',
      title: 'Coveralls repository token',
      vendor: 'Coveralls',
      names: ['coveralls'],
      token: { alphabet: 'alnum', length: [32, 37] },
      examples: {
        positive: [
          { text: 'COVERALLS_REPO_TOKEN=ZpZa5qunVinWxIFFMN4FliL95H4lKJ4JtL6h', path: '.env' },
          { text: "const coverallsRepoToken = '9ofsyVV04v0RXT0CX0ToS8q7rTfQ1ME0q';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'COVERALLS_REPO_TOKEN=PiFd3jQNdTNMRCV95vqBz0MaQXd5joQ', why: '31 characters' },
        ],
      },
    },
    {
      // BrowserStack access keys (Automate, App Automate, Percy on Automate): 20 letters and digits, used
      // with the account's user name (BROWSERSTACK_USERNAME, which is not secret).
      id: 'browserstack-access-key',
      title: 'BrowserStack access key',
      vendor: 'BrowserStack',
      names: ['browserstack'],
      token: { alphabet: 'alnum', length: 20 },
      remediation:
        'Regenerate the access key under Account > Settings (or the Automate dashboard\'s Access Key panel) in ' +
        'BrowserStack, and give CI the new BROWSERSTACK_ACCESS_KEY from its secret store.',
      examples: {
        positive: [
          { text: 'BROWSERSTACK_ACCESS_KEY=heft1BSPnNZO80uTFcR4', path: '.env' },
          { text: "  key: process.env.BROWSERSTACK_ACCESS_KEY || 'a99RPtyG1nBHsaH77hU9',", path: 'wdio.conf.js' },
          { text: '      BROWSERSTACK_ACCESS_KEY: W2eslWL78HWLWzxe1wOt', path: '.github/workflows/e2e.yml' },
        ],
        negative: [
          { text: 'BROWSERSTACK_ACCESS_KEY=heft1BSPnNZO80uTFcR', why: '18 characters' },
          { text: 'BROWSERSTACK_USERNAME=janedoe_Xk3PqL9wRt', why: 'the user name, not the key' },
        ],
      },
    },
    {
      // Consul ACL tokens: the SecretID, a UUID, sent as X-Consul-Token or read from CONSUL_HTTP_TOKEN. Each
      // token also has an AccessorID (a UUID too) that only names it: a name ending in 'id' is not reported.
      id: 'consul-acl-token',
      title: 'HashiCorp Consul ACL token',
      vendor: 'HashiCorp Consul',
      names: ['consul'],
      token: { alphabet: 'uuid' },
      remediation:
        'Delete the token (consul acl token delete -accessor-id …, or ACL > Tokens in the UI) and create a new one ' +
        'with the narrowest policy; give agents and CI the replacement from a secret store (CONSUL_HTTP_TOKEN).',
      examples: {
        positive: [
          { text: 'CONSUL_HTTP_TOKEN=2ec42b40-7b86-4a19-bcf3-65f797761e6a', path: '.env' },
          { text: 'consul kv get -token=3a4cf35e-d2e9-4a6f-bfe6-6024217b206d config/app/db', path: 'scripts/read-config.sh' },
          { text: "client = consul.Consul(host='consul.internal', token='6a250c14-2368-45eb-ace5-658effbcb3a9')", path: 'app/settings.py' },
        ],
        negative: [
          { text: 'CONSUL_ACL_ACCESSOR_ID=2ec42b40-7b86-4a19-bcf3-65f797761e6a', why: "a token's accessor id names it" },
          { text: 'CONSUL_HTTP_TOKEN=2ec42b40-7b86-4a19-bcf3-65f797761e6', why: 'one hex digit short of a UUID' },
          { text: 'CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000002', why: 'a well-known placeholder UUID' },
        ],
      },
    },
    {
      // Cypress Cloud record keys: UUIDs, passed as `cypress run --record --key` or CYPRESS_RECORD_KEY. The
      // projectId in cypress.config is a short public id.
      id: 'cypress-record-key',
      title: 'Cypress Cloud record key',
      vendor: 'Cypress',
      names: ['cypress'],
      token: { alphabet: 'uuid' },
      remediation:
        'Delete the record key under Project settings > Record keys in Cypress Cloud, create a new one and give CI ' +
        'the replacement from its secret store (CYPRESS_RECORD_KEY).',
      examples: {
        positive: [
          { text: 'CYPRESS_RECORD_KEY=32b42a90-059b-446d-a74e-91aa1baa32ee', path: '.env' },
          { text: '      - run: npx cypress run --record --key f4e780c8-e30c-4ddc-8c69-e9ea036b1a6c --parallel', path: '.github/workflows/e2e.yml' },
        ],
        negative: [
          { text: "  projectId: 'k7q2bx',", path: 'cypress.config.ts', why: 'the public project id' },
          { text: 'CYPRESS_RECORD_KEY=32b42a90-059b-446d-a74e-91aa1baa32e', why: 'one hex digit short of a UUID' },
        ],
      },
    },
  ]),
];
