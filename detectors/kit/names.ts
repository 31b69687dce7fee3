// What a secret-named identifier looks like, shared by every detector that judges by a name:
// generic assignments, .env files, Dockerfile ENV/ARG, compose environment, logging calls.
import { memoByName } from './own.js';

/**
 * Name parts that mean "this holds a credential". Matched against identifiers split on
 * camelCase, '_', '-' and '.', so `dbPassword`, `API_KEY`, `client-secret` and `auth.token` all count.
 */
const SECRET_PARTS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey',
  'credential', 'credentials', 'creds', 'privatekey', 'auth', 'authorization', 'bearer', 'cookie', 'session', 'sessionid',
]);

/** Two-part names: `api key`, `access key`, `private key`, `client secret`, `signing key`, ... */
const SECRET_PAIRS = [
  ['api', 'key'], ['access', 'key'], ['private', 'key'], ['secret', 'key'], ['signing', 'key'], ['encryption', 'key'],
  ['master', 'key'], ['account', 'key'], ['app', 'key'], ['auth', 'key'], ['client', 'secret'], ['conn', 'str'],
  ['connection', 'string'], ['database', 'url'], ['db', 'url'],
] as const;

/** Parts that turn a secret-looking name into metadata about a secret, not the secret. */
const NOT_SECRET_PARTS = new Set([
  'name', 'names', 'id', 'ids', 'type', 'types', 'url', 'uri', 'endpoint', 'path', 'file', 'filename', 'dir', 'length', 'len',
  'count', 'size', 'min', 'max', 'expiry', 'expires', 'expiration', 'ttl', 'timeout', 'header', 'field', 'label', 'prompt',
  'placeholder', 'hint', 'policy', 'format', 'pattern', 'regex', 'hash', 'hashed', 'digest', 'salt', 'rounds', 'strength',
  'validator', 'validation', 'required', 'enabled', 'disabled', 'mode', 'version', 'prefix', 'suffix', 'env', 'var',
  'reset', 'forgot', 'confirm', 'confirmation', 'input', 'error', 'errors', 'message', 'msg', 'description', 'location', 'kind', 'status',
]);

/** Splits an identifier into lowercase parts: `dbPassword_V2` → ['db', 'password', 'v2']. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p.length > 0);
}

/** True when the identifier names a credential (`API_KEY`, `dbPassword`) and not metadata about one (`passwordLength`). */
export const isSecretName: (name: string) => boolean = memoByName(50_000, judgeName);

function judgeName(name: string): boolean {
  const parts = nameParts(name);
  if (parts.length === 0) return false;
  const last = parts[parts.length - 1] as string;
  if (NOT_SECRET_PARTS.has(last)) {
    // DATABASE_URL and DB_URL hold connection strings with passwords; other *_URL names do not.
    if (!(last === 'url' && parts.length >= 2 && ['database', 'db'].includes(parts[parts.length - 2] as string))) return false;
  }
  if (parts.some((p) => SECRET_PARTS.has(p))) return true;
  for (let i = 0; i + 1 < parts.length; i++) {
    if (SECRET_PAIRS.some(([a, b]) => parts[i] === a && parts[i + 1] === b)) return true;
  }
  return parts.some((p) => /^(?:api|access|secret|private|signing)key$/.test(p) || p === 'apitoken' || p === 'accesstoken');
}

/**
 * The lowercase keywords that gate name-based detectors in the prefilter: every secret-named
 * identifier contains at least one of them.
 */
export const SECRET_NAME_KEYWORDS: readonly string[] = [
  'pass', 'pwd', 'secret', 'token', 'key', 'cred', 'auth', 'bearer', 'cookie', 'session', 'conn', 'database_url', 'db_url',
];
