import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { isPlaceholder } from '../kit/placeholders.js';
import { lines, valueAt } from './lines.js';

// Files cloud CLIs write into a home directory: AWS profiles, Azure token caches, gcloud's credential
// databases and refresh tokens. Secrets in text files are the finding's `secret`; gcloud's SQLite
// databases are binary and reported by name. Priority 40: vendor detectors win on the same value.

const GCLOUD_DATABASES = new Set(['credentials.db', 'access_tokens.db']);
const AWS_SECRET = /^\s*(aws_secret_access_key|aws_session_token)\s*=/;
const JSON_TOKEN = /"(accessToken|refreshToken|access_token|refresh_token|secret|client_secret)"\s{0,16}:\s{0,16}"([^"\\\s]{16,8192})"/g;
const BOTO_TOKEN = /^\s*(gs_oauth2_refresh_token)\s*=/;
/** s3cmd's .s3cfg: the secret key (AWS or any S3-compatible store), a session token, the GPG passphrase. */
const S3CFG_SECRET = /^[ \t]{0,16}(secret_key|access_token|gpg_passphrase)[ \t]{0,16}=/;
const S3CFG_NAMES = new Set(['.s3cfg', 's3cfg']);

function* awsProfiles(text: string): Iterable<Match> {
  let profile = '';
  for (const line of lines(text)) {
    const header = /^\s*\[([^\]]{1,100})\]/.exec(line.text);
    if (header) profile = header[1] as string;
    const m = AWS_SECRET.exec(line.text);
    if (!m) continue;
    const { value, start } = valueAt(line, m[0].length);
    if (value.length >= 16 && !isPlaceholder(value)) yield { start, end: start + value.length, secret: value, detail: `${m[1]} in [${profile}]` };
  }
}

function* s3cfgSecrets(text: string): Iterable<Match> {
  let section = '';
  for (const line of lines(text)) {
    const header = /^\s*\[([^\]]{1,100})\]/.exec(line.text);
    if (header) section = header[1] as string;
    const m = S3CFG_SECRET.exec(line.text);
    if (!m) continue;
    const { value, start } = valueAt(line, m[0].length);
    const key = m[1] as string;
    if (value.length < (key === 'gpg_passphrase' ? 8 : 16) || isPlaceholder(value) || /\s/.test(value)) continue;
    yield { start, end: start + value.length, secret: value, detail: `${key} in .s3cfg [${section}]` };
  }
}

function* jsonTokens(text: string, what: string, keys: ReadonlySet<string>): Iterable<Match> {
  JSON_TOKEN.lastIndex = 0;
  for (let m = JSON_TOKEN.exec(text); m !== null; m = JSON_TOKEN.exec(text)) {
    const key = m[1] as string;
    const value = m[2] as string;
    if (!keys.has(key) || isPlaceholder(value)) continue;
    const start = m.index + m[0].length - value.length - 1;
    yield { start, end: start + value.length, secret: value, detail: `${key} in ${what}` };
  }
}

const AZURE_KEYS = new Set(['accessToken', 'refreshToken', 'access_token', 'refresh_token', 'secret', 'client_secret']);
// gcloud's own OAuth client secret is public, so `client_secret` is not reported for gcloud files.
const GCLOUD_KEYS = new Set(['refresh_token', 'access_token']);

function* detectCloudCli({ path, text, binary }: DetectorInput): Iterable<Match> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (GCLOUD_DATABASES.has(name)) {
    if (binary || text.length > 0) yield { start: 0, end: 0, detail: `gcloud credential database (${name})` };
    return;
  }
  if (binary) return;
  if (S3CFG_NAMES.has(name)) yield* s3cfgSecrets(text);
  else if (/(?:^|\/)\.aws\//.test(path)) yield* awsProfiles(text);
  else if (/(?:^|\/)\.azure\//.test(path)) yield* jsonTokens(text, 'an Azure CLI token cache', AZURE_KEYS);
  else {
    yield* jsonTokens(text, 'gcloud credentials', GCLOUD_KEYS);
    for (const line of lines(text)) {
      const m = BOTO_TOKEN.exec(line.text);
      if (!m) continue;
      const { value, start } = valueAt(line, m[0].length);
      if (value.length >= 16 && !isPlaceholder(value)) yield { start, end: start + value.length, secret: value, detail: `${m[1]} in gcloud credentials` };
    }
  }
}

export const cloudCliCredentials: Detector = {
  id: 'cloud-cli-credentials',
  title: 'Committed cloud CLI credential file',
  policy: 'credentials-from-environment',
  severity: 'critical',
  keywords: [],
  paths: [
    '**/.aws/credentials', '**/.aws/config', '**/.azure/accessTokens.json', '**/.azure/msal_token_cache.json',
    '**/.azure/service_principal_entries.json', '**/.config/gcloud/**', '**/gcloud/credentials.db', '**/gcloud/access_tokens.db',
    '**/gcloud/legacy_credentials/**', 'application_default_credentials.json', '.s3cfg', 's3cfg',
  ],
  includeBinary: true,
  priority: 40,
  remediation:
    'Revoke the keys or sessions in the cloud console (deactivate the access key, revoke refresh tokens), remove the file ' +
    'from the repository, and use short-lived credentials: SSO or workload identity locally, OIDC federation in CI.',
  detect: detectCloudCli,
  examples: {
    positive: [
      { path: 'home/.aws/credentials', text: '[default]\naws_access_key_id = AKIAQ3EGUJ5QXR7LTM2P\naws_secret_access_key = trHpA5li0rj3yvdP5Ag2TjTU4blVh1qeFtkomOZO\n' },
      { path: '.azure/accessTokens.json', text: '[{"tokenType": "Bearer", "accessToken": "eyJ0eXAiOiJKV1Qi.fb4HYrZM990xBTl7fulXqWCD0dIPb6ef.RrTBc8BU"}]' },
      { path: 'ci/.config/gcloud/application_default_credentials.json', text: '{"client_id": "1.apps.googleusercontent.com", "refresh_token": "1//0fb4HYrZM990xBTl7fulXqWCD0dIPb6efRrTBc8BU", "type": "authorized_user"}' },
      { path: 'home/.config/gcloud/credentials.db', text: 'SQLite format 3\u0000', why: 'binary, by name' },
      { path: 'ops/.s3cfg', text: '[default]\nhost_base = s3.amazonaws.com\nsecret_key = trHpA5li0rj3yvdP5Ag2TjTU4blVh1qeFtkomOZO\nuse_https = True\n', why: 'secret key without its key id' },
    ],
    negative: [
      { path: 'home/.aws/credentials', text: '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n', why: "AWS's documentation key" },
      { path: 'home/.aws/config', text: '[profile prod]\nregion = eu-west-1\nsso_start_url = https://corp.awsapps.com/start\n' },
      { path: '.azure/accessTokens.json', text: '[{"tokenType": "Bearer", "accessToken": "<access-token-goes-here>"}]' },
      { path: 'home/.config/gcloud/configurations/config_default', text: '[core]\naccount = ops@example.org\nproject = shop-prod\n' },
      { path: 'ops/.s3cfg', text: '[default]\naccess_key = \nsecret_key = \ngpg_passphrase = \n', why: "s3cmd's empty template" },
    ],
  },
};

const SA_TYPE = /"type"\s{0,16}:\s{0,16}"service_account"/;
const SA_KEY = /"private_key"\s{0,16}:\s{0,16}"-----BEGIN (?:RSA )?PRIVATE KEY-----((?:[^"\\]|\\.){0,8192})/;

/** A service-account key file with a real private key (not a redacted sample). */
function* detectServiceAccount({ text }: DetectorInput): Iterable<Match> {
  if (!SA_TYPE.test(text)) return;
  const m = SA_KEY.exec(text);
  if (!m) return;
  const body = (m[1] as string).replace(/\\n|-----END[^"]*$/g, '').replace(/\s+/g, '');
  if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body) || isPlaceholder(body)) return;
  yield { start: m.index, end: m.index + '"private_key"'.length, detail: 'Google Cloud service account key file' };
}

const SA_HEAD = '{\n  "type": "service_account",\n  "project_id": "shop-prod",\n  "private_key_id": "019c1b12cc789039e00cbb9e272a0cf8",\n';
const SA_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC\\nAuLDcdqusFOqfCO4Tptt3fuXVm8+7aPyr92+5/+gyfyuy2Q1mG46j0f0AYV3kfTw\\n';

export const gcpServiceAccountFile: Detector = {
  id: 'gcp-service-account-file',
  title: 'Committed Google Cloud service account key file',
  policy: 'credentials-from-environment',
  severity: 'critical',
  keywords: ['service_account'],
  paths: ['*.json'],
  remediation:
    'Delete the key in IAM > Service accounts > Keys, remove the file from the repository and its history, and use ' +
    'workload identity (GKE, Cloud Run, GitHub OIDC federation) instead of downloaded keys.',
  detect: detectServiceAccount,
  examples: {
    positive: [
      { path: 'config/gcp-key.json', text: `${SA_HEAD}  "private_key": "-----BEGIN PRIVATE KEY-----\\n${SA_BODY}-----END PRIVATE KEY-----\\n",\n  "client_email": "ci@shop-prod.iam.gserviceaccount.com"\n}\n` },
      { path: 'credentials.json', text: `{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----\\n${SA_BODY}-----END PRIVATE KEY-----\\n"}` },
    ],
    negative: [
      { path: 'config/gcp-key.json', text: `${SA_HEAD}  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"\n}\n`, why: 'redacted sample' },
      { path: 'credentials.json', text: '{"type": "external_account", "audience": "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/providers/gh", "credential_source": {"file": "/var/run/token"}}', why: 'workload identity federation, no key' },
    ],
  },
};
