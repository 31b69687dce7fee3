import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isBase64OfLength } from '../shared/context.js';
import { vendorTokens } from '../../kit/vendor-token.js';

// AWS AppSync API keys: 'da2-' and 26 lowercase base32-like characters. They sit in front-end
// configuration (aws-exports.js) by design, but anyone holding one can call the GraphQL API until it expires.
export const awsAppsyncApiKey: Detector = patternDetector({
  id: 'aws-appsync-api-key',
  title: 'AWS AppSync API key',
  severity: 'medium',
  keywords: ['da2-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>da2-[a-z0-9]{26})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the key under the AppSync API\'s Settings > API keys in the AWS console and create a new one with a short ' +
    'expiry, or move the API to IAM or Cognito authorisation.',
  examples: {
    positive: [
      { text: "  aws_appsync_apiKey: 'da2-o15r6mkk5787n7t7sns29ysatd',", path: 'src/aws-exports.js' },
      { text: 'APPSYNC_API_KEY=da2-s1eojag0rg2olk6cmps4vn3cz5', path: '.env' },
    ],
    negative: [
      { text: "aws_appsync_apiKey: 'da2-o15r6mkk5787n7t7sns29ysat',", why: '25 characters' },
      { text: "aws_appsync_apiKey: 'da2-xxxxxxxxxxxxxxxxxxxxxxxxxx',", why: 'placeholder' },
      { text: 'const pda2-instance = "da2-o15r6mkk5787n7t7sns29ysatd-replica"', why: 'part of a longer name' },
    ],
  },
});

// AWS Bedrock API keys. Long-term keys are 'ABSK' and the base64 of 'BedrockAPIKey-<id>-at-<account>:<secret>';
// short-term keys are 'bedrock-api-key-' and the base64 of a presigned bedrock.amazonaws.com URL.
const BEDROCK_LONG = 'ABSKQmVkcm9ja0FQSUtleS';
const BEDROCK_SHORT = 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t';

export const awsBedrockApiKey: Detector = patternDetector({
  id: 'aws-bedrock-api-key',
  title: 'AWS Bedrock API key',
  severity: 'high',
  keywords: ['absk', 'bedrock-api-key-'],
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9+/_-])(?<secret>${BEDROCK_LONG}[A-Za-z0-9+/]{40,400}={0,2}|${BEDROCK_SHORT}[A-Za-z0-9+/]{100,4000}={0,2}(?:&Version=\d{1,3})?)(?![A-Za-z0-9+/=])`,
  ),
  validate: (secret) => {
    if (secret.startsWith('ABSK')) return /^BedrockAPIKey-[\w.-]{1,64}:[\x21-\x7e]{16,}$/.test(Buffer.from(secret.slice(4), 'base64').toString('latin1'));
    return Buffer.from(secret.slice(16).replace(/&Version=\d+$/, ''), 'base64').toString('latin1').includes('X-Amz-');
  },
  detail: (m) => (m.groups?.['secret']?.startsWith('ABSK') ? 'long-term key' : 'short-term key (presigned URL)'),
  remediation:
    'Long-term keys: delete the service-specific credential of the IAM user (IAM > Users > Security credentials > API ' +
    'keys for Amazon Bedrock). Short-term keys expire within 12 hours; revoke the session that made one if needed.',
  examples: {
    positive: [
      { text: 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS16MG1nLWF0LTQ3OTcyOTE2ODI3ODpsOFpENHk1M3I1RWo4WDdmbHFJUkdLU2J1RUtEVE9PUmFaSHFDTnZJ', path: '.env' },
      { text: 'client = boto3.client("bedrock-runtime")  # token: "ABSKQmVkcm9ja0FQSUtleS04aDE2LWF0LTcwMjQ2Njg4OTgxNjp4djBJYjRQWUJjZ3RkMmtTd2hZZ3pRNkdOT1cwNnJ0NVp3UjZobDhj"', path: 'notebooks/try.py' },
      { text: 'export AWS_BEARER_TOKEN_BEDROCK="bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbiZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFTSUE4V1BKWFIzMk5ZUkQySjVFJTJGMjAyNTA4MDElMkZ1cy1lYXN0LTElMkZiZWRyb2NrJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNTA4MDFUMTAxNTAwWiZYLUFtei1FeHBpcmVzPTQzMjAwJlgtQW16LVNlY3VyaXR5LVRva2VuPVJ6ZFJ1OUlCcjhhV1ExZmR6UkxRdDZSWDBuNXlCTU5zL1BwbEJKL2ZvS3lUc1Q4Y1M4Vm0rYXhtemVyenNEcWp6K090bFdDeHh3VDc2VlJaSzFjWEZNZVkzb3lPZENzL0VrWDM0Y0VveW82UmNvOVZzWmY3TWhiOVRJaTJqU1YxS0llZkpid1dlaFh4ZldMS1RUa1prampKeTcyQ3FwRUpNSTBYQ1lmZ1l4dGtMMm12b2JrOSZYLUFtei1TaWduYXR1cmU9M2VhOWYxNTE0ZjhjMjExNDA3YjBhZWNhNjVjYjZlYWI0ZGM4YWY4MGI5NzU0OTQ4OTk3N2Q4NjliZmU2YmJmNiZYLUFtei1TaWduZWRIZWFkZXJzPWhvc3Q=&Version=1"', path: 'scripts/dev.sh' },
    ],
    negative: [
      { text: 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1zb21ldGhpbmctZWxzZS13aXRob3V0LWEtY29sb24taGVyZQ==', why: 'decodes without the id:secret pair' },
      { text: 'AWS_BEARER_TOKEN_BEDROCK=ABSK...', why: 'truncated' },
      { text: 'AWS_BEARER_TOKEN_BEDROCK=${AWS_BEARER_TOKEN_BEDROCK}' },
    ],
  },
});

// AWS STS session tokens: long base64 blobs whose first bytes are fixed by the service, so the
// opening characters mark them wherever they appear (IQoJb3JpZ2luX2Vj… today; FwoGZXIvYXdz…,
// FQoGZXIvYXdz… and AQoDYXdz… from older issuers).
export const awsSessionToken: Detector = patternDetector({
  id: 'aws-session-token',
  title: 'AWS session token',
  severity: 'high',
  keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz', 'fqogzxivyxdz', 'aqodyxdz'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdz)[A-Za-z0-9+/]{100,3000}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4.5,
  remediation:
    'A session token expires with its session, but until then it works with its key pair: revoke the role\'s active ' +
    'sessions (IAM > Roles > Revoke sessions) or the user\'s keys, and never commit credential caches.',
  examples: {
    positive: [
      { text: 'aws_session_token = IQoJb3JpZ2luX2VjikcXfQvm2TZIl+C3eT8neW/O28B8Fp9nPY+GfoArErSIjGhqA/d1CoRhocs/SnPSozEIgN+6OxXMbtSesjY1jTgxafi/4s6FhahVC7jVxqT//7fDCTNPZAvLd99GJ4zBfaSnf4wd6ysppnb3xsohU4YhJDLcsn8BrExCoYarT6RDVGr9Rn7T6fDphbFfcGOjgSjfoGKszQm2iE3nIrpL/+5DCDgUj8PKVk1sHWhoYQX5O02RpII0O4OF973BbT8h3b4t8dctFbquapzAJHKnTUhn2mUN//ns6wyIf6H6fTl2nHV+jeOY8CqajmZs6WkaaekzG9gF/n5C5n64olkyu0YlIsEuzUv8t1prSObANmHs', path: '.aws/credentials' },
      { text: '    "SessionToken": "FwoGZXIvYXdzE8ol6wnBV0Jvzbb8qxMJYl7rGdPCyEY9ciTXx/d/79gcKqMsMwM5M97w0a8j6LujWxAvqsjL+1li8JO8uFvW558JcM/qnwfoNOf8d6B1DRuA/isiVhAK3LArdYGt6CM9NvU3ABi38yGNXQ+Gi0sGBKqQepN2Q/pD0mpn/OXuU6Q8Ffnq44xshDZtuL/Qh2KuCkgyUQ5IfNsn2w1MYx5Z3vR1HZV5exRnbZYK",', path: 'cache/sts-response.json' },
    ],
    negative: [
      { text: 'aws_session_token = IQoJb3JpZ2luX2VjEXAMPLE', why: 'too short: a documentation stub' },
      { text: 'aws_session_token = ${AWS_SESSION_TOKEN}' },
      { text: 'aws_session_token = IQoJb3JpZ2luX2VjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', why: 'no randomness' },
    ],
  },
});

// Azure App Configuration connection strings: Endpoint=https://<store>.azconfig.io;Id=<credential id>;Secret=<32 bytes, base64>.
export const azureAppConfigurationConnectionString: Detector = patternDetector({
  id: 'azure-app-configuration-connection-string',
  title: 'Azure App Configuration connection string',
  severity: 'high',
  keywords: ['azconfig.io'],
  pattern:
    /https:\/\/[A-Za-z0-9-]{1,63}\.azconfig\.io\/?;\s{0,2}Id=[A-Za-z0-9+\/:._-]{4,80};\s{0,2}Secret=(?<secret>[A-Za-z0-9+\/]{43}=)(?![A-Za-z0-9+\/=])/,
  validate: (secret) => isBase64OfLength(secret, 32),
  minEntropy: 4,
  remediation:
    'Regenerate the access key under the store\'s Settings > Access settings in the Azure portal, then use a managed ' +
    'identity, or keep the connection string in Key Vault or app settings.',
  examples: {
    positive: [
      { text: 'APPCONFIG_CONNECTION_STRING="Endpoint=https://contoso-settings.azconfig.io;Id=v1Mk-l8-s0:tIhl2jjKeWgd5ntbmcrU;Secret=DZVr0dbk8scHDMu1kgs8++fL7lVig6A59Ut8iW65uV8="', path: '.env' },
      { text: '"AppConfig": "Endpoint=https://app-cfg-prod.azconfig.io;Id=7Uc6-l8-s0:gPFsFQgPezvj4AbAuf31;Secret=Hy5mSuXIA5iL5aeEWTU/+d0UKitIOGFmNNxJkXgzUhM="', path: 'appsettings.json' },
    ],
    negative: [
      { text: 'az appconfig kv list --connection-string "Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx"', why: 'placeholder' },
      { text: 'Endpoint=https://contoso.azconfig.io;Id=v1Mk-l8-s0:tIhl2jjKeWgd5ntbmcrU;Secret=DZVr0dbk8scHDMu1kgs8++fL7lVig6A59Ut8iW65uV9=', why: 'not canonical base64 of 32 bytes' },
      { text: 'Endpoint=https://contoso.azconfig.io;Id=v1Mk-l8-s0:tIhl2jjKeWgd5ntbmcrU;Secret=${APPCONFIG_SECRET}' },
    ],
  },
});

// Cloudflare Origin CA keys (the X-Auth-User-Service-Key): 'v1.0-' and dash-separated hex groups; the
// length varies, but every key carries well over a hundred hex digits.
export const cloudflareOriginCaKey: Detector = patternDetector({
  id: 'cloudflare-origin-ca-key',
  title: 'Cloudflare Origin CA key',
  severity: 'high',
  keywords: ['v1.0-'],
  pattern: /(?<![\w.-])(?<secret>v1\.0-[0-9a-f]{16,64}(?:-[0-9a-f]{16,160}){1,2})(?![\w-])/,
  validate: (secret) => secret.replace(/[^0-9a-f]/g, '').length >= 150,
  minEntropy: 3, // the prefix and length already say what it is; this only turns away runs of one digit
  remediation:
    'Change the Origin CA key under My Profile > API Tokens > API Keys in the Cloudflare dashboard (it acts for every ' +
    'account you can access), then move origin-ca-issuer and scripts to a scoped API token.',
  examples: {
    positive: [
      { text: 'X-Auth-User-Service-Key: v1.0-6d4f6265288572a48edfdc66-c4902ebaf5de4d906249e58d8fc2f69503db63e094db102fcf3af1708381e589740ea2b7ba4522d74ab4f871c80a8ebb487a32bb3a182afa3c63535cee17bec8b0388eeed3a7bd237c' },
      { text: '  serviceKey: "v1.0-6d4f6265288572a48edfdc66-c4902ebaf5de4d906249e58d8fc2f69503db63e094db102fcf3af1708381e589740ea2b7ba4522d74ab4f871c80a8ebb487a32bb3a182afa3c63535cee17bec8b0388eeed3a7bd237c"', path: 'deploy/origin-issuer.yaml' },
    ],
    negative: [
      { text: 'image: registry.example.org/app:v1.0-4f3a2b1c9d8e', why: 'a version tag, not a key' },
      { text: 'X-Auth-User-Service-Key: v1.0-6d4f6265288572a48edfdc66-c4902ebaf5de4d906249e58d8fc2f69503db63e0', why: 'too few hex digits' },
    ],
  },
});

// Cloudflare scannable credentials (2025 on): cfk_ (global API key), cfut_ (user API token) or cfat_
// (account API token), 40 alphanumerics and an 8-hex checksum.
export const cloudflareScannableToken: Detector = patternDetector({
  id: 'cloudflare-scannable-token',
  title: 'Cloudflare API token or global API key (scannable format)',
  severity: 'critical',
  keywords: ['cfk_', 'cfut_', 'cfat_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?<kind>cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  detail: (m) => ({ cfk: 'global API key', cfut: 'user API token', cfat: 'account API token' })[m.groups?.['kind'] ?? 'cfut'],
  remediation:
    'Roll or delete the token under My Profile > API Tokens (account tokens: Manage Account > API Tokens) in the ' +
    'Cloudflare dashboard; for a cfk_ global key, change it there. Keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: 'CLOUDFLARE_API_TOKEN=cfut_QbMQxHAmeseL9tDzIpPOK0yyjNRajYk4frGxpVcw37c9e9ef', path: '.env' },
      { text: 'cf = Cloudflare(api_token="cfat_zTeTxrPkiKx8HQijlL8wHTQOua2BliIIGJqFOluC13a7cf14")', path: 'dns/sync.py' },
      { text: 'CLOUDFLARE_API_KEY: "cfk_0ZzNAKypbIrNthzfPOG7wSQWlouAB3367SwxpdW92fa7feb6"', path: 'ci/deploy.yml' },
    ],
    negative: [
      { text: 'CLOUDFLARE_API_TOKEN=cfut_QbMQxHAmeseL9tDzIpPOK0yyjNRajYk4frGxpVcw37c9e9e', why: 'checksum one digit short' },
      { text: 'CLOUDFLARE_API_TOKEN=cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'CLOUDFLARE_API_TOKEN=cfut_...' },
    ],
  },
});
/** cloud vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const cloudVendorsAC: readonly Detector[] = [
  awsAppsyncApiKey,
  awsBedrockApiKey,
  awsSessionToken,
  azureAppConfigurationConnectionString,
  cloudflareOriginCaKey,
  cloudflareScannableToken,
  ...vendorTokens([
    {
      id: 'azure-search-admin-key',
      title: 'Azure AI Search admin or query key',
      vendor: 'Microsoft Azure',
      names: ['azure_search', 'azuresearch', 'azure-search', 'search_service_key', 'searchservicekey'],
      token: { alphabet: 'alnum', length: 52 },
      remediation:
        "Regenerate the key under the search service's Keys page in the Azure portal (admin keys come in a " +
        'primary and secondary pair), then use Microsoft Entra roles or keep the key in Key Vault.',
      examples: {
        positive: [
          { text: 'AZURE_SEARCH_ADMIN_KEY=MwQj5OJe1rh50jLmtXeQQLGqUC8rLuMYsBdoQtaa6Jpg7eqxujqY', path: '.env' },
          { text: 'azure_search_admin_key: "gLSeRP8aW8LOdH3VFfSp3XKda3CBxfKWpRbypUZgQD6xwTtc033V"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'AZURE_SEARCH_ADMIN_KEY=qopAov72YjarFXDR8LrNhKEEzaYJgZkUM5TiJeif4J0bwI3xg8E', why: '51 characters' },
        ],
      },
    },
    {
      id: 'buddyns-api-key',
      title: 'BuddyNS API key',
      vendor: 'BuddyNS',
      names: ['buddyns'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [
          { text: 'BUDDYNS_API_KEY=aa3e3f81e3ea7b58cefafdd1f1448f9344fed5e6', path: '.env' },
          { text: 'client = Buddyns(api_key="812a59905113d4b354e33554b0da97ea23566067")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'BUDDYNS_API_KEY=8b16a6a770d2d2d00d5bc1fe9820e73c1ef85dd', why: '39 characters' },
        ],
      },
    },
    {
      id: 'cloudflare-api-token',
      title: 'Cloudflare API token',
      vendor: 'Cloudflare',
      names: ['cloudflare'],
      token: { alphabet: 'base64url', length: 40 },
      remediation:
        'Roll or delete the token under My Profile > API Tokens (or Manage Account > API Tokens) in the ' +
        'Cloudflare dashboard, and keep the replacement in a secret store (CLOUDFLARE_API_TOKEN).',
      examples: {
        positive: [
          { text: 'CLOUDFLARE_API_TOKEN="3VwzN9usyKNBsa6xMBb9lh0E8sOxGbrV7E23YFqs"', path: '.env' },
          { text: "const cloudflareApiToken = 'mjiU39ukne_FsQqYTJrDoeyq_2yLIbbMy0V17rbo';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CLOUDFLARE_API_TOKEN=Q9PO0-K4Up8Q7b_BgDctUOXbSh6uBJv23VxlSYp', why: '39 characters' },
        ],
      },
    },
    {
      id: 'cloudflare-global-api-key',
      title: 'Cloudflare global API key',
      vendor: 'Cloudflare',
      names: ['cloudflare'],
      token: { alphabet: 'hex', length: 37 },
      remediation:
        'Change the Global API Key under My Profile > API Tokens in the Cloudflare dashboard (it has full ' +
        'access to the account), then switch to scoped API tokens kept in a secret store.',
      examples: {
        positive: [
          { text: 'CLOUDFLARE_API_KEY=09389fc710cd283ab37d7d65d9a780fab71d1', path: '.env' },
          { text: '"cloudflare_api_key": "bef77271686a915672d4689d895f1df6070ad",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CLOUDFLARE_API_KEY=30b725fcc880c471f9071703e7074ea18977', why: '36 characters' },
        ],
      },
    },
  ]),
];
