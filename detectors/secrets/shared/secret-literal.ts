// When is a literal assigned to a secret-named key a credential? Used by the generic assignment
// detector, which sees every `password = "..."` in code and config and must stay quiet on the
// references, templates, words, paths, hashes and identifiers that fill such assignments far more
// often than real secrets do.
import { shannonEntropy } from '../../kit/entropy.js';
import { nameParts } from '../../kit/names.js';
import { isPlaceholder } from '../../kit/placeholders.js';

/** Values that point elsewhere: template and shell variables, environment lookups, secret-manager references. */
const REFERENCE =
  /\$\{|\{\{|#\{|%\(|%[sdv](?![0-9A-Fa-f])|\{\d*\}|\$\(|^\$[A-Za-z_]|process\.env|environ|getenv|\bENV\[|\benv\(|\bsecrets?\.|^(?:vault|ssm|arn|secretsmanager|op|awssm|gcpsm|azkv|ref|file|env|keyring):/i;

/** Words that mark a stand-in (`supersecret123`, `test_api_key`) unless plenty of other text is left around them. */
const STAND_IN = /pass(?:word|wd)|secret|token|api[_-]?key|sample|dummy|test|mock|fake|foobar|todo|fixme|default|your/gi;

/** Hash encodings that are not the secret they were made from. */
const HASH_FORM = /^(?:\$(?:2[abxy]?|argon2(?:id|i|d)?|pbkdf2[\w-]*|scrypt|[156])\$|\{[A-Z0-9-]{2,12}\}|(?:sha\d*|md5)[:-])/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PATH = /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\|\\\\)|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|ya?ml|txt|env|ini|cfg|conf|properties|pub|gpg|asc)$/i;
const LOWERCASE_PATH = /^[a-z0-9._-]+(?:\/[a-z0-9._-]+)+$/;

/** Identifier shapes: `hunter`, `basic_auth`, `DB_PASSWORD`, `accessToken`, `settings.SECRET_KEY`. */
const IDENTIFIER = [
  /^[a-z]+(?:[_.-][a-z]+)*[_.-]?\d{0,4}$/,
  /^[A-Z]+(?:_[A-Z0-9]+)*$/,
  /^[a-zA-Z][a-z]+(?:[A-Z][a-z]+)+\d{0,4}$/,
  /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/,
];

/** Name parts that say the value is a digest, a version, a reference or a pattern, not a credential. */
const NOT_A_CREDENTIAL_PARTS = new Set([
  'sha', 'sha1', 'sha256', 'sha512', 'md5', 'hash', 'hashed', 'checksum', 'digest', 'fingerprint', 'integrity', 'etag',
  'commit', 'rev', 'revision', 'ref', 'reference', 're', 'rx', 'regexp',
]);

/** True when a name that looks secret is really about something else (`password_sha256`, `TOKEN_REF`, `token_re`). */
export function namesNonCredential(name: string): boolean {
  return nameParts(name).some((p) => NOT_A_CREDENTIAL_PARTS.has(p));
}

/** Example values printed in the OAuth RFCs (5849, 6749), copied into countless docs and tests. */
const RFC_EXAMPLES = new Set([
  '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'SplxlOBeZQQYbYS6WxSbIA', 'ad180jjd733klru7', 'hh5s93j4hdidpola',
  'kd94hf93k423kf44', 'pfkkdhi9sl3r4s00', 'nnch734d00sl2jdk', 'dh893hdasih9', 's6BhdRkqt3', '7Fjfp0ZBr1KtDRbnfVdmIw',
]);

/** Regular-expression syntax: `[A-Z]\w*` is a pattern for tokens, not a token. */
const REGEX_SYNTAX = /\\[wdsbWDSB]|\[\^?[A-Za-z0-9]-[A-Za-z0-9]/;

/** Several words run together (`getDbPassword`, `?NonExpressionParenEnd`), as opposed to random letters (`KjHqWzPmXr`). */
function looksLikeWords(value: string): boolean {
  if (/\d/.test(value)) return false;
  const parts = nameParts(value);
  if (parts.length === 0 || !parts.every((p) => /^[a-z]{2,}$/.test(p))) return false;
  return parts.some((p) => p.length >= 4) && value.replace(/[^A-Za-z]/g, '').length / parts.length >= 3.5;
}

/** Base64 of readable text that is itself a stand-in (`bm90IG15IHJlYWwgcGFzc3dvcmQ=` is "not my real password"). */
function encodesStandIn(value: string): boolean {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]{12,}={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  return isPlaceholder(decoded) || /pass(?:word|wd)|secret|real|example|sample|dummy|test/i.test(decoded);
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}

/** True when `value`, assigned to a secret-named key, looks like a real credential. Cheap checks come first. */
export function isSecretLiteral(value: string): boolean {
  if (value.length < 8 || value.length > 300 || /\s/.test(value) || RFC_EXAMPLES.has(value)) return false;
  if (characterClasses(value) < 2 || shannonEntropy(value) < 3) return false;
  if (isPlaceholder(value) || REFERENCE.test(value) || REGEX_SYNTAX.test(value)) return false;
  const rest = value.replace(STAND_IN, '');
  if (rest.length < value.length && rest.length < 12) return false;
  if (value.includes('://') || PATH.test(value) || LOWERCASE_PATH.test(value) || UUID.test(value) || HASH_FORM.test(value)) return false;
  return !IDENTIFIER.some((re) => re.test(value)) && !looksLikeWords(value) && !encodesStandIn(value);
}
