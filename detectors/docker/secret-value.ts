import { shannonEntropy } from '../kit/entropy.js';
import { isSecretName, isServiceKeyName, nameParts } from '../kit/names.js';
import { isPlaceholder, isPlaceholderPassword } from '../kit/placeholders.js';
import { URL_SCHEME, urlCredentials } from '../kit/urls.js';

// Whether a literal assigned to a variable (Dockerfile ENV/ARG, compose environment) is a credential.
// Strong names (password, secret, token, api key, ...) take any real-looking literal; weak names
// (auth, session, cookie, bearer: AUTH_PROVIDER, SESSION_STORE) need a random-looking value.

const STRONG_PARTS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey',
  'credential', 'credentials', 'creds', 'privatekey', 'key', 'str', 'string', 'url',
]);
/** A last name part that says the value is an address or a name, not the secret (`KC_DB_URL_HOST`, `TOKEN_USER`). */
const IDENTITY_LAST = new Set(['host', 'hostname', 'port', 'user', 'username', 'name', 'database', 'db', 'schema', 'region', 'path', 'file', 'dir', 'id']);
const NOT_A_VALUE = /^(?:true|false|yes|no|on|off|null|none|nil|undefined|enabled|disabled|required|optional|latest|stable|nightly|edge)$/i;
const PATH = /^(?:\/|\.{1,2}\/|~\/)[\w./@-]*$/;

/** True when `value`, a literal assigned to `name`, looks like a real credential. */
export function isLiteralSecret(name: string, value: string): boolean {
  const v = value.trim();
  if (v.length < 4 || v.length > 4096) return false;
  if (v.includes('$')) return false; // a reference, whole or in part: Docker and compose substitute it
  if (NOT_A_VALUE.test(v) || /^\d{1,5}$/.test(v) || PATH.test(v) || isPlaceholder(v)) return false;
  // words naming the slot (`admin-token`), the slot's word with a counter (`token1`): stand-ins under any name
  if (!URL_SCHEME.test(v) && isPlaceholderPassword(v)) return false;
  // a service's key (`GEOCODER_KEY`) counts with a random-looking value only: `<word>_KEY` names many other things
  if (!isSecretName(name)) return isServiceKeyName(name) && !URL_SCHEME.test(v) && v.length >= 16 && shannonEntropy(v) >= 3.5 && /\d/.test(v) && /[A-Za-z]/.test(v);
  const parts = nameParts(name);
  if (parts.includes(v.toLowerCase())) return false; // PASSWORD=password, JWT_SECRET=secret
  if (IDENTITY_LAST.has(parts[parts.length - 1] as string)) return false; // KC_DB_URL_HOST, SECRET_KEY_NAME: where, or which
  if (URL_SCHEME.test(v)) {
    // the password judged as url-credentials judges it (a stand-in, the user name again)
    const credentials = urlCredentials(v);
    return credentials !== undefined && !isPlaceholderPassword(credentials.password, credentials.user);
  }
  if (parts.some((p) => STRONG_PARTS.has(p) || p.endsWith('key'))) return true;
  return v.length >= 16 && shannonEntropy(v) >= 3.5 && /\d/.test(v) && /[A-Za-z]/.test(v);
}
