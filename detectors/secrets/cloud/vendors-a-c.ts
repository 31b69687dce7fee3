import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isBase64OfLength } from '../shared/context.js';
import { vendorToken, vendorTokens } from '../../kit/vendor-token.js';

// AWS AppSync API keys: 'da2-' and 26 lowercase base32-like characters. They sit in front-end
// configuration (aws-exports.js) by design, but anyone holding one can call the GraphQL API until it expires.
export const awsAppsyncApiKey: Detector = patternDetector({
  id: 'aws-appsync-api-key',
  title: 'AWS AppSync API key',
  vendor: 'AWS',
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
  vendor: 'AWS',
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
  vendor: 'AWS',
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
  vendor: 'Microsoft Azure',
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
  vendor: 'Cloudflare',
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
  vendor: 'Cloudflare',
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
// Akamai EdgeGrid credentials (an API client's .edgerc section): a client secret, 32 bytes in base64,
// signs each request together with a client token and an access token, both `akab-` and two
// dash-joined groups of lowercase letters and digits. The host (`akab-….luna.akamaiapis.net`) has
// the same opening but is an address. Akamai's own documentation prints one example set.
// The client secret has no mark of its own: it counts as a `client_secret` within the two lines an
// `akab-` token or host stands in (the keyword window), the way .edgerc files and EdgeGrid clients set them.
export const akamaiEdgegridClientSecret: Detector = patternDetector({
  id: 'akamai-edgegrid-client-secret',
  title: 'Akamai EdgeGrid client secret',
  vendor: 'Akamai',
  severity: 'high',
  keywords: ['akab-'],
  pattern: /(?<![A-Za-z0-9])client[_-]?secret["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}["']?(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
  validate: (secret) => isBase64OfLength(secret, 32),
  minEntropy: 4,
  remediation:
    'Rotate the API client\'s credentials in Akamai Control Center (Identity and Access Management > API clients > ' +
    'the client > Rotate credentials), delete the old ones, and keep the new .edgerc section out of the repository.',
  examples: {
    positive: [
      { text: '[default]\nclient_secret = TeFVtP0A5PLGT5hvlnts/kI6JD8/yepmD0HH1V59wnk=\nhost = akab-jwvzodvqoifs6pes21mgx1n3-71s6lmkp.luna.akamaiapis.net', path: '.edgerc' },
      { text: "session.auth = EdgeGridAuth(\n    client_token='akab-131gbre2knqedz6u-hsxzt1jclpoisgib',\n    client_secret='R7DxpMMwFcJrkuOCfZNu8sx2tSwXCHB/To/754iCfOI=',\n)", path: 'tools/purge.py' },
    ],
    negative: [
      { text: '[default]\nclient_secret = C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=\nhost = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net', why: "Akamai's documentation example" },
      { text: 'client_secret = TeFVtP0A5PLGT5hvlnts/kI6JD8/yepmD0HH1V59wnk=', why: 'no Akamai token or host nearby' },
      { text: '[default]\nclient_secret = TeFVtP0A5PLGT5hvlnts/kI6JD8/yepmD0HH1V59wn=\nhost = akab-jwvzodvqoifs6pes21mgx1n3-71s6lmkp.luna.akamaiapis.net', why: '42 characters before the padding' },
    ],
  },
});

// The client token and access token: `akab-`, 16 or more lowercase letters and digits, a dash and a
// shorter group. Only both with the client secret sign a request, but they are the credential's identity.
export const akamaiEdgegridToken: Detector = patternDetector({
  id: 'akamai-edgegrid-token',
  title: 'Akamai EdgeGrid client or access token',
  vendor: 'Akamai',
  severity: 'medium',
  keywords: ['akab-'],
  pattern: /(?<![\w.-])(?<secret>akab-[a-z0-9]{16,32}-[a-z0-9]{5,20})(?![\w.-])/,
  minEntropy: 3.5,
  remediation:
    'Rotate the API client\'s credentials in Akamai Control Center (Identity and Access Management > API clients), ' +
    'which replaces the tokens and the client secret, and keep .edgerc files out of the repository.',
  examples: {
    positive: [
      { text: '[ccu]\naccess_token = akab-mvbhiqynkiup3f5b-ubnr9paor30m50f3', path: '.edgerc' },
      { text: 'const eg = new EdgeGrid("akab-7qsbimxbtvql5eec-pywa4r5rmayiu0ch", secret, access, host);', path: 'src/purge.js' },
    ],
    negative: [
      { text: 'host = akab-jwvzodvqoifs6pes21mgx1n3-71s6lmkp.luna.akamaiapis.net', why: 'the API host, an address' },
      { text: 'access_token = akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij', why: "Akamai's documentation example" },
      { text: 'client_token = akab-XXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXX', why: 'placeholder' },
      { text: 'access_token = akab-mvbhiqynkiup-ubnr9', why: 'first group too short' },
    ],
  },
});

// Backblaze B2 application keys (the secret half; the key id is an identifier): `K`, a three-digit
// cluster number (`001` to `005`) and 27 base64 characters, 31 in all. The b2 Python SDK's glossary
// prints one example, pasted into many configs.
export const backblazeApplicationKey: Detector = patternDetector({
  id: 'backblaze-application-key',
  title: 'Backblaze B2 application key',
  vendor: 'Backblaze',
  severity: 'high',
  keywords: ['k00'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>K00[1-9][A-Za-z0-9+/]{27})(?![A-Za-z0-9+/=_-])/,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z].*[A-Z]/.test(secret.slice(1)),
  minEntropy: 3.8,
  remediation:
    'Delete the key under Application Keys in the Backblaze web console (a master application key is replaced by ' +
    'generating a new one), create a key limited to the buckets it needs, and keep it in a secret store ' +
    '(B2_APPLICATION_KEY).',
  examples: {
    positive: [
      { text: 'B2_APPLICATION_KEY_ID=0038ba5ca5c53f30000000003\nB2_APPLICATION_KEY=K0025B/KF/kWQMu9yXu9Q7uVz/sKkw5', path: '.env' },
      { text: 'b2_api.authorize_account("production", key_id, "K004EpHTLInAnCyWGKgWzosVav2BWJj")', path: 'backup/upload.py' },
    ],
    negative: [
      { text: 'B2_APPLICATION_KEY_ID=0038ba5ca5c53f30000000003', why: 'the key id, an identifier' },
      { text: 'B2_APPLICATION_KEY=K0014pbwo1zxcIVMnqSNTfWHReU/O3s', why: "the b2 SDK glossary's example" },
      { text: 'B2_APPLICATION_KEY=K004EpHTLInAnCyWGKgWzosVav2BWJ', why: '30 characters' },
      { text: 'B2_APPLICATION_KEY=K001xxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Bunny.net account API keys (the AccessKey header of api.bunny.net): two UUIDs written back to back,
// 72 characters. The shape is rare but not Bunny's alone, so a Bunny name must stand within two lines.
export const bunnyApiKey: Detector = patternDetector({
  id: 'bunny-api-key',
  title: 'Bunny.net API key',
  vendor: 'Bunny.net',
  severity: 'high',
  keywords: ['bunny'],
  pattern:
    /(?<![\w-])(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{20}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  minEntropy: 3.2,
  remediation:
    'Regenerate the key under Account > API Key in the bunny.net dashboard (storage zone passwords are reset on the ' +
    "zone's FTP & API Access page), and keep the new one in a secret store (BUNNYNET_API_KEY).",
  examples: {
    positive: [
      { text: 'BUNNYNET_API_KEY=c731f7b2-93de-4405-aeed-76f457465b8a1936e4f5-a920-4ee6-8446-3e7b32ee9008', path: '.env' },
      { text: "await fetch('https://api.bunny.net/pullzone', {\n  headers: { AccessKey: '30cbbf86-0d92-4a13-aa40-04d20e39f6ad238a0444-1c95-41f8-9aaa-c7c0bbab1c36' },\n});", path: 'scripts/purge.ts' },
    ],
    negative: [
      { text: "curl --url https://api.bunny.net/dnszone --header 'AccessKey: 4ef48caf-3b9a-492a-6ffe-9961ead7522d2ac3f9b5-1d1c-5511-80ca-29788315287b'", why: "bunny.net's documentation example" },
      { text: 'SESSION_KEY=c731f7b2-93de-4405-aeed-76f457465b8a1936e4f5-a920-4ee6-8446-3e7b32ee9008', why: 'no Bunny name nearby' },
      { text: 'BUNNYNET_ZONE_ID=c731f7b2-93de-4405-aeed-76f457465b8a', why: 'one UUID, an identifier' },
    ],
  },
});

// Civo API keys: 50 letters and digits, read after a Civo name. The Civo CLI README's example key is
// not reported.
const civoApiKey: Detector = vendorToken({
  id: 'civo-api-key',
  title: 'Civo API key',
  vendor: 'Civo',
  names: ['civo'],
  token: { alphabet: 'alnum', length: 50 },
  severity: 'critical',
  remediation:
    'Regenerate the key under Profile > Security in the Civo dashboard (the change is immediate), update the CLI ' +
    '(civo apikey save) and pipelines, and keep it in a secret store (CIVO_TOKEN).',
  examples: {
    positive: [
      { text: 'CIVO_TOKEN=cs2I5Qbtuiu2wTCBeqDADExsF8h71SMaYufVFRHE2KXBSCDf2m', path: '.env' },
      { text: 'provider "civo" {\n  token  = "2NbF1obFO3sS9rfXyNZw3MAqTNic3l1KKusUqMHk1OQjyh7I8X"\n  region = "LON1"\n}', path: 'infra/main.tf' },
    ],
    negative: [
      { text: 'civo apikey add Demo_Test_Key DAb75oyqVeaE7BI6Aa74FaRSP0E2tMZXkDWLC9wNQdcpGfH51r', why: "the Civo CLI README's example key" },
      { text: 'CIVO_TOKEN=cs2I5Qbtuiu2wTCBeqDADExsF8h71SMaYufVFRHE2KXBSCDf2', why: '49 characters' },
    ],
  },
});

/** cloud vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const cloudVendorsAC: readonly Detector[] = [
  akamaiEdgegridClientSecret,
  akamaiEdgegridToken,
  awsAppsyncApiKey,
  awsBedrockApiKey,
  awsSessionToken,
  azureAppConfigurationConnectionString,
  backblazeApplicationKey,
  bunnyApiKey,
  civoApiKey,
  cloudflareOriginCaKey,
  cloudflareScannableToken,
  ...vendorTokens([
    // Backblaze master application keys from before the K00… format: 42 hexadecimal characters (the b2
    // SDK glossary shows one), read after a Backblaze or B2 name (B2_APPLICATION_KEY).
    {
      id: 'backblaze-master-application-key',
      title: 'Backblaze B2 master application key (legacy format)',
      vendor: 'Backblaze',
      names: ['backblaze', 'b2_application', 'b2applicationkey', 'b2_app_key', 'b2_master', 'b2_key', 'b2_secret'],
      token: { alphabet: 'hex', length: 42 },
      severity: 'critical',
      remediation:
        'Generate a new master application key under Application Keys in the Backblaze web console (the old one stops ' +
        'working), then give applications restricted keys kept in a secret store.',
      examples: {
        positive: [
          { text: 'B2_ACCOUNT_ID=8ba5ca5c53f3\nB2_APPLICATION_KEY=009df21f8935e2d2f078dc125244233f056b956bc3', path: '.env' },
          { text: 'backblaze:\n  account_id: 8ba5ca5c53f3\n  application_key: 00af534d0cc01575e46514934e73987f282e661ef4', path: 'config/storage.yml' },
        ],
        negative: [
          { text: 'B2_APPLICATION_KEY=009df21f8935e2d2f078dc125244233f056b956bc', why: '41 characters' },
          { text: 'B2_APPLICATION_KEY_ID=009df21f8935e2d2f078dc125244233f056b956bc3', why: 'named as an id' },
        ],
      },
    },
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
          { text: 'CLOUDFLARE_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', path: '.env.example', why: 'a run of one character' },
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
    {
      // Baidu AI Cloud (BCE) AccessKey pairs: the Access Key ID (32 hex characters, printed in every
      // bce-auth-v1/<AK>/… authorization string, so not a secret) and the Secret Access Key that signs those
      // requests, also 32 hex characters. Only the secret is reported, after a BCE name.
      id: 'baidu-cloud-secret-access-key',
      title: 'Baidu AI Cloud (BCE) secret access key',
      vendor: 'Baidu AI Cloud',
      names: ['baidubce', 'baiducloud', 'baidu_cloud', 'bce_secret', 'bce_sk', 'bcesecret'],
      token: { alphabet: 'hex', length: 32 },
      severity: 'critical',
      remediation:
        'Disable and delete the Access Key under Security Authentication > Access Key in the Baidu AI Cloud console ' +
        '(or the IAM user that owns it), create a new pair and load it from a secret store.',
      examples: {
        positive: [
          { text: 'BCE_SECRET_ACCESS_KEY=65673170ff3fb1fbfc1755efe81db994', path: '.env' },
          { text: 'baidubce:\n  access_key_id: 6f0dbf6b43ff5160f98aebc076491cbf\n  secret_access_key: 0902ba2f22b17da0090b2be4472839ab', path: 'config/storage.yml' },
          { text: "BCE_SECRET_KEY = '331d56ec4ad81065534e81e5282012e7'", path: 'app/bos_settings.py' },
        ],
        negative: [
          { text: 'BCE_ACCESS_KEY_ID=6f0dbf6b43ff5160f98aebc076491cbf', why: 'the access key id' },
          { text: 'BCE_SECRET_ACCESS_KEY=65673170ff3fb1fbfc1755efe81db99', why: '31 characters' },
        ],
      },
    },
  ]),
];
