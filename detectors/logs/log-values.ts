// Judging values found in log files: masked forms, token-like values, Basic credentials, session cookies.
import { decodeBase64 } from '../kit/checksums.js';
import { shannonEntropy } from '../kit/entropy.js';
import { isSecretName, nameParts } from '../kit/names.js';
import { memoByName } from '../kit/own.js';
import { isPlaceholder } from '../kit/placeholders.js';

/** What loggers and proxies print instead of a secret: `***`, `[REDACTED]`, `<hidden>`, `[FILTERED]`, `xxxx1234`. */
const MASKED = /^[*xX•#.\-_]*$|\*{2,}|x{4,}|redact|filter|hidden|masked|omitted|sanitized|removed|censored|elided|secret|password|^(?:null|nil|none|undefined|true|false|empty|n\/a)$/i;

/**
 * A value an audit log keyed-hashes before writing it: HashiCorp Vault's audit devices write every token,
 * accessor, password and secret they log as `hmac-sha256:<hex>` (a digest under a per-device key), not
 * the value itself.
 */
const AUDIT_HMAC = /^hmac-sha(?:1|224|256|384|512):[0-9a-f]{16,128}$/i;

/** True when the value is empty, masked, a keyed hash, a placeholder or a reference rather than a secret. */
export function isMaskedValue(value: string): boolean {
  return value.length === 0 || MASKED.test(value) || AUDIT_HMAC.test(value) || isPlaceholder(value) || /[<>{}]|\$\(|\$\{/.test(value);
}

/** A token: 16+ characters of a token alphabet with letters and digits, or a JWT. */
export function looksLikeToken(value: string): boolean {
  if (value.length < 16 || !/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || isMaskedValue(value)) return false;
  return /^eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./.test(value) || shannonEntropy(value.slice(0, 1024)) >= 3;
}

/** `Basic` credentials: base64 of a printable `user:password` with a real password. */
export function isBasicCredential(value: string): boolean {
  const decoded = decodeBase64(value)?.toString('utf8') ?? '';
  const colon = decoded.indexOf(':');
  return colon > 0 && /^[\x20-\x7e]+$/.test(decoded) && !isMaskedValue(decoded.slice(colon + 1));
}

/** Cookie names that carry a session or a credential (`sessionid`, `connect.sid`, `PHPSESSID`, `remember_token`). */
const SESSION_COOKIE = /sess|sid|auth|token|jwt|remember|login|identity|access|refresh|credential|secret/i;

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE.test(name) && !/csrf|xsrf/i.test(name);
}

/**
 * A session cookie's value, or any long random cookie value (analytics ids are digits and dots: too low in
 * entropy). Anti-forgery tokens (csrf, xsrf) are not credentials.
 */
export function isSecretCookie(name: string, value: string): boolean {
  // Browsers cap a cookie at about 4 KiB: a longer "value" is not one cookie.
  if (value.length < 8 || value.length > 4096 || /csrf|xsrf/i.test(name)) return false;
  if (isSessionCookieName(name)) return value.length >= 12 && !isMaskedValue(value) && shannonEntropy(value) >= 3;
  return (
    value.length >= 32 && THREE_LETTERS.test(value) && THREE_DIGITS.test(value) && !isMaskedValue(value) && shannonEntropy(value) >= 4
  );
}

const THREE_LETTERS = /^(?:[^A-Za-z]*[A-Za-z]){3}/;
const THREE_DIGITS = /^(?:\D*\d){3}/;

export type FieldKind = 'password' | 'token';

/**
 * What a `key=value` field holds, judged by its key: `password`-like keys hold any value, token-like keys
 * (`access_token`, `api_key`, `secret`, session ids) hold token-shaped values. Headers handled elsewhere
 * (`authorization`, `cookie`) and metadata keys (`token_type`, `password_reset`) are not fields.
 */
export function fieldKind(key: string): FieldKind | undefined {
  const kind = judgedFieldKind(key);
  return kind === 'none' ? undefined : kind;
}

/** Log keys repeat: each distinct key is judged once. */
const judgedFieldKind = memoByName(10_000, (key): FieldKind | 'none' => judgeFieldKey(key) ?? 'none');

function judgeFieldKey(key: string): FieldKind | undefined {
  const lower = key.toLowerCase();
  if (/^(?:proxy-)?authorization$|^(?:set-)?cookies?$/.test(lower)) return undefined;
  if (!/pass|pwd|secret|token|key|auth|sess|sid|cred/.test(lower)) return undefined;
  const parts = nameParts(key);
  if (!isSecretName(key) && !/^(?:sid|jsessionid|phpsessid|session_?id|sessid)$/.test(lower)) return undefined;
  return parts.some((p) => /^(?:password|passwd|pwd|pass|passphrase)$/.test(p)) ? 'password' : 'token';
}

/** A field value worth reporting: any real password, or a token-shaped value. */
export function isSecretField(kind: FieldKind, key: string, value: string): boolean {
  if (kind === 'token') return looksLikeToken(value); // cheap shape checks first, then the placeholder lists
  return value.length >= 4 && value.toLowerCase() !== key.toLowerCase() && !isMaskedValue(value);
}
