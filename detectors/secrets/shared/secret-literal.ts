// When is a literal assigned to a secret-named key a credential? Used by the generic assignment
// detectors, which see every `password = "..."` in code and config and must stay quiet on the
// references, templates, words, paths, hashes and identifiers that fill such assignments far more
// often than real secrets do. Two tiers: isSecretLiteral (a value random enough to be a generated
// secret, in any secret-named slot) and isWeakCredentialLiteral (a human-chosen value such as
// `hunter22` in a slot that holds the credential itself, judged by shape rather than entropy).
import { mixesDigitsAndCases, shannonEntropy } from '../../kit/entropy.js';
import { isInertJwt } from '../../kit/jwt.js';
import { isWordIdentifier, nameParts, PASSWORD_WORDS } from '../../kit/names.js';
import { memoByName } from '../../kit/own.js';
import { isLeetPassword, isPlaceholder } from '../../kit/placeholders.js';
import { HOST_NAME } from '../../kit/urls.js';

/**
 * Values that point elsewhere: template and shell variables, environment lookups, secret-manager references, format
 * fields (`{0}`, `%1$s`, `f"{bot_id}:{bot_secret}"`, `{season:00}`), encrypted values (sops and jasypt `ENC[…]`, Spring Cloud
 * Config `{cipher}`, EJSON `EJ[1:…]`, Bitwarden's `2.<iv>|<data>|<mac>`), URNs (Traefik's `urn:k8s:secret:name:key`),
 * package-manager protocols (`npm:^6.0.2` in a lock file whose dependency is called `tough-cookie`), and a
 * replacement's group reference (Monaco's tokenizer rule `token: 'keyword.$2'`).
 */
const REFERENCE =
  /\$\{|\{\{|#\{|%\([A-Za-z_]\w{0,40}\)|%[sdv](?![0-9A-Fa-f])|\{\d*\}|\$\(|^\$[A-Za-z_]|process\.env|environ|getenv|\bENV\[|\benv\(|\bsecrets?\.|^(?:vault|ssm|arn|secretsmanager|op|awssm|gcpsm|azkv|ref|file|env|keyring|urn):|^ENC[[(]|^\{cipher\}|^EJ\[\d:|%\d\$[sd]|^(?:npm|workspace|patch|link|portal):|[.\-_]\$\d|^(?:\{(?!AQAAAB)[A-Za-z_][\w.]{0,60}(?::[\w.#+-]{0,20})?\}(?:\\[nrt]|[^\w{}\\]){0,3}){1,8}$|^[0-7]\.[A-Za-z0-9+/]{16,200}={0,2}\|[A-Za-z0-9+/]{4,2000}={0,2}(?:\|[A-Za-z0-9+/]{4,200}={0,2})?$/i;

/** Words that mark a stand-in (`supersecret123`, `test_api_key`) unless plenty of other text is left around them. */
const STAND_IN = /pass(?:word|wd)|secret|token|api[_-]?key|sample|dummy|test|mock|fake|foobar|todo|fixme|default|your|admin|username/gi;

/**
 * Hash encodings that are not the secret they were made from (Django's legacy `md5$salt$hex` and `sha1$salt$hex` too;
 * the `hmac-sha256:<hex>` a Vault audit device writes in place of every token and password it logs).
 */
const HASH_FORM = /^(?:\$(?:2[abxy]?|argon2(?:id|i|d)?|pbkdf2[\w-]*|scrypt|[156])\$|\{[A-Z0-9-]{2,12}\}|(?:hmac-)?(?:sha\d*|md5)[:-]|(?:unsalted_)?(?:sha1|md5)\$|crypt\$)/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PATH = /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\|\\\\)|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|ya?ml|txt|env|ini|cfg|conf|properties|pub|gpg|asc)$/i;
const LOWERCASE_PATH = /^[a-z0-9._-]+(?:\/[a-z0-9._-]+)+$/;

/** A camelCase or PascalCase name of three words or more, with acronyms and numbers: `render2FaUserSettings`, `figmaOAuthNonce`, `SsoEmail2faSessionToken`. */
const METHOD_NAME = /^[A-Za-z][a-z]{2,}(?:\d{1,3}[a-z]*)?(?:[A-Z]{1,4}[a-z]+(?:\d{1,3}[a-z]*)?){2,}$/;

/** Identifier shapes: `hunter`, `basic_auth`, `DB_PASSWORD`, `accessToken`, `render2FaSettings`, `settings.SECRET_KEY`. */
const IDENTIFIER = [
  /^[a-z]+(?:[_.-][a-z]+)*[_.-]?\d{0,4}$/,
  /^[A-Z]+(?:_[A-Z0-9]+)*$/,
  /^[a-zA-Z][a-z]+(?:[A-Z][a-z]+)+\d{0,4}$/,
  METHOD_NAME,
  // dotted names, with a tokenizer's substitutions (`string.$S2.delim`), and one subscripted (`sys.argv[1]`, Python in a shell heredoc)
  /^[A-Za-z_]\w*(?:\.[A-Za-z_$][\w$]*)+(?:\[\w{1,40}\]?)?$/,
];

/** Name parts that say the value is a digest, a version, a reference or a pattern, not a credential. */
const NOT_A_CREDENTIAL_PARTS = new Set([
  'sha', 'sha1', 'sha256', 'sha512', 'md5', 'hash', 'hashed', 'checksum', 'digest', 'fingerprint', 'integrity', 'etag',
  'commit', 'rev', 'revision', 'ref', 'reference', 're', 'rx', 'regexp', 'encrypted', 'ciphertext',
]);

/**
 * Name parts that say the value stands in for one: `fakePass`, `DUMMY_TOKEN`, `mock_api_key`, and a value shown as an
 * instance of its format (`EXAMPLE_TOKEN` beside a token generator's tests, `sample_api_key`).
 */
const STAND_IN_NAME_PARTS = new Set(['fake', 'dummy', 'mock', 'placeholder', 'bogus', 'decoy', 'example', 'sample']);

/** Anti-forgery tokens: a per-session value a page echoes back, not a credential (a CSRF *secret* that signs them is one). */
const ANTI_FORGERY = new Set(['csrf', 'xsrf', 'authenticity', 'forgery']);

/** True when a name that looks secret is really about something else (`password_sha256`, `TOKEN_REF`, `token_re`, `csrf_token`) or says it stands in for one (`fakePass`). */
export function namesNonCredential(name: string): boolean {
  const parts = nameParts(name);
  if (parts[parts.length - 1] === 'token' && parts.some((p) => ANTI_FORGERY.has(p))) return true;
  // `some_password: welcome`, `someApiKey`: a documentation's name for any credential, as `foo` is for any value
  if (parts[0] === 'some' && parts.length >= 2) return true;
  return parts.some((p) => NOT_A_CREDENTIAL_PARTS.has(p) || STAND_IN_NAME_PARTS.has(p));
}

/** Run-together name parts that end in a password word: `dbpass`, `keystorepass`, `smtppassword`. */
const SQUASHED = /^(?:db|sql|mysql|pg|user|admin|root|smtp|mail|imap|pop|ftp|sftp|ssh|key|store|keystore|truststore|proxy|ldap|bind|redis|rabbit|mq|jdbc|conn|database)(?:pass|pwd)$/;

/**
 * True when an identifier names a password slot: its last part is `password`, `passwd`,
 * `passphrase`, `pwd` or `pass` (`DB_PASSWORD`, `keystorePass`, `smtp_pass`, `dbpass`), and no part
 * makes it metadata (`password_hash`, `passwordLength` ends elsewhere, so it is not one).
 */
export const isPasswordName: (name: string) => boolean = memoByName(20_000, judgePasswordName);

/** A first part that makes the name a method or a flag (`setPassword`, `hasPassword`, `verify_password`), not a slot. */
const VERB_FIRST = new Set(['set', 'get', 'has', 'is', 'check', 'verify', 'validate', 'generate', 'update', 'change', 'hash', 'encrypt', 'decrypt', 'encode', 'decode', 'toggle', 'show', 'hide', 'should', 'must', 'can', 'needs', 'require', 'requires', 'with', 'without']);

function judgePasswordName(name: string): boolean {
  const parts = nameParts(name);
  const last = parts[parts.length - 1];
  if (last === undefined || namesNonCredential(name)) return false;
  if (parts.length >= 2 && VERB_FIRST.has(parts[0] as string)) return false;
  if (PASSWORD_WORDS.has(last)) return true;
  return /^\w{0,30}(?:password|passwd|passphrase)$/.test(last) || SQUASHED.test(last);
}

/** Example values printed in the OAuth RFCs (5849, 6749), copied into countless docs and tests. */
const RFC_EXAMPLES = new Set([
  '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'SplxlOBeZQQYbYS6WxSbIA', 'ad180jjd733klru7', 'hh5s93j4hdidpola',
  'kd94hf93k423kf44', 'pfkkdhi9sl3r4s00', 'nnch734d00sl2jdk', 'dh893hdasih9', 's6BhdRkqt3', '7Fjfp0ZBr1KtDRbnfVdmIw',
  'mF_9.B5f-4.1JqM', // RFC 6750's bearer token
]);

/**
 * Maven's encrypted server password: `{base64}`, or Maven 4's `{[name=master,cipher=…]base64}`. Not
 * Jenkins's `{AQAAAB…}`, whose key travels with the file it sits in (stores/jenkins.ts).
 */
const MAVEN_ENCRYPTED = /^\{(?!AQAAAB)(?:\[[^\]\r\n]{1,200}\])?[A-Za-z0-9+/]{8,1024}={0,2}\}$/;

/** Regular-expression syntax: `[A-Z]\w*` is a pattern for tokens, not a token. */
const REGEX_SYNTAX = /\\[wdsbWDSB]|\[\^?[A-Za-z0-9]-[A-Za-z0-9]|\(\?[:=!<]|^\^.{0,200}(?:\.[+*]|\$$)/;

/** Several words run together (`getDbPassword`, `?NonExpressionParenEnd`), as opposed to random letters (`KjHqWzPmXr`). */
function looksLikeWords(value: string): boolean {
  if (/\d/.test(value)) return false;
  const parts = nameParts(value);
  if (parts.length === 0 || !parts.every((p) => /^[a-z]{2,}$/.test(p))) return false;
  return parts.some((p) => p.length >= 4) && value.replace(/[^A-Za-z]/g, '').length / parts.length >= 3.5;
}

/**
 * A long run of lowercase letters drawn at random, not words run together: a key some vendors make of letters alone
 * (SiliconFlow's `sk-` and 48 letters). Words written together keep a third of their letters vowels (with y) and
 * rarely five consonants in a row (`superlongpasswordthatnoonewillknow`: 0.32, `thisismysupersecretpasswordforproduction`:
 * 0.35, at most 4 in a row); letters drawn at random have a quarter vowels, or runs of six consonants (91 in 100 random
 * runs of 28 letters, 98 of 48). Letters only: digits are no vowels, and a long number is not drawn from letters.
 */
function isRandomLetters(part: string): boolean {
  if (part.length < 28 || !/^[a-z]+$/.test(part)) return false;
  return part.replace(/[^aeiouy]/g, '').length / part.length < 0.3 || /[^aeiouy]{6}/.test(part);
}

/**
 * A token of random pieces joined by dots (fosite's and Ory's `<key>.<signature>`): no dotted name, though each piece
 * could start as one. Not a JWT (`eyJ…`): the JWT detector judges those, by their claims and signing key.
 */
function hasDrawnPieces(value: string): boolean {
  return value.includes('.') && !value.startsWith('eyJ') && value.split('.').some(isDrawnPiece);
}

/**
 * A piece of a dotted value drawn at random, not a name: 16 characters or more with both cases and digits in three
 * separate places or more (`Nx2FLU_xiQOurSzS59ekeCMQrBYXUUDF2S1vVmxP7NQ`). A name's digits stand at one or two places
 * (`Int64Value`, `render2FaUserSettings`, `oauth2ClientV1`). Random base64url has them in half of its 20-character pieces,
 * 86 in 100 of 32 and 96 in 100 of 43 (a 32-byte key), so a token of two such pieces nearly always shows one.
 */
function isDrawnPiece(piece: string): boolean {
  if (piece.length < 16 || !mixesDigitsAndCases(piece)) return false;
  return (piece.match(DIGIT_RUN)?.length ?? 0) >= 3 && shannonEntropy(piece) >= 3.5;
}
const DIGIT_RUN = /\d+/g;

/**
 * Typed as counting runs whatever the case and separators (`AbC-dEf5`, `abc123-def456`, `abcdabcd12341234`, wekan's
 * `54321abcde`): every character but one is in a run of three or more counting up or down; a generated value of eight
 * or more almost never has two.
 */
function typedAsRuns(value: string): boolean {
  const plain = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return plain.length >= 6 && inCountingRuns(plain) >= plain.length - 1;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * How many characters of `plain` (lowercase letters and digits) stand in runs of three or more counting up (`abcd`,
 * `1234`) or down (`54321`), each run within digits or within letters: every run steppedRuns counts lies inside one.
 */
function inCountingRuns(plain: string): number {
  let covered = 0;
  for (let i = 0; i < plain.length; ) {
    const step = plain.charCodeAt(i + 1) - plain.charCodeAt(i);
    let j = i + 1;
    if (step === 1 || step === -1) {
      while (j < plain.length && plain.charCodeAt(j) === plain.charCodeAt(j - 1) + step && isDigitCode(plain.charCodeAt(j)) === isDigitCode(plain.charCodeAt(i))) j++;
    }
    if (j - i >= 3) covered += j - i;
    i = j;
  }
  return covered;
}

/**
 * Base64 of readable text that is itself a stand-in (`bm90IG15IHJlYWwgcGFzc3dvcmQ=` is "not my real password"),
 * or of a short text that is no generated secret.
 */
function encodesStandIn(value: string): boolean {
  // hex of text, after a key name (MinIO's `my-minio-key:<hex of "change this password to a secret">`)
  const hex = /(?:^|:)((?:[0-9a-f]{2}){8,})$/.exec(value)?.[1];
  if (hex !== undefined) return isStandInText(Buffer.from(hex, 'hex').toString('latin1'));
  // padded to a multiple of four, or not padded at all (`MTIzNDU2…NTY3ODkwMTIzNA`, base64 of counted digits, as a test's key)
  const body = value.replace(/={1,2}$/, '');
  if ((body.length < value.length ? value.length % 4 !== 0 : body.length % 4 === 1) || !/^[A-Za-z0-9+/_-]{6,}$/.test(body)) return false;
  // `echo redis | base64` keeps echo's newline: the word is judged without it
  const decoded = Buffer.from(value, 'base64').toString('latin1').replace(/\r?\n$/, '');
  if (isStandInText(decoded)) return true;
  // a short word encoded (a Kubernetes Secret's `data:`, `bXBhc3M=` is "mpass"): judged as the word it encodes
  return decoded.length <= 24 && /^[\x21-\x7e]+$/.test(decoded) && !isSecretLiteral(decoded);
}

/** Decoded text that is itself a stand-in: printable, and a placeholder or a sentence about one. */
function isStandInText(decoded: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  return isPlaceholder(decoded) || /pass(?:word|wd)|secret|real|example|sample|dummy|test/i.test(decoded);
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}

/** A word in a language other than English, maybe ending a label: `Contraseña`, `Пароль:`. Translations, not secrets. */
const TRANSLATED_WORD = /^(?=[^]{0,300}[^\x00-\x7f])[\p{L}\p{M}]{1,300}[:.!?]?$/u;

/** A date or an ISO 8601 timestamp (`2006-01-02T15:04:05Z`): when a secret was set, not the secret. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * Connection strings with no password in them: a file database (`sqlite3:storage/production.sqlite3`)
 * a Go MySQL DSN naming only a user (`app@tcp(db:3306)/app`), or an Oracle Easy Connect address
 * (`db-host:1521/ORCLPDB1`), a host and port (`localhost:6379`), or a list of them: the nodes of a Redis
 * Cluster, a Kafka or ZooKeeper ensemble (`redis-1:7000,redis-2:7001,redis-3:7002` in a `connection_string`),
 * which name where to connect and nothing to connect with. With a password they are
 * connection-string-password's findings; those with `://` are url-credentials'.
 */
const DSN_WITHOUT_PASSWORD = /^(?:sqlite3?|file|duckdb|jdbc:sqlite|jdbc:h2:(?:file|mem)):(?!\/\/)[\w./@~+-]{1,250}$|^[\w.+-]{1,64}@(?:tcp|udp|unix)\(|^[\w.-]{1,253}:\d{1,5}(?:,[\w.-]{1,253}:\d{1,5}){0,31}(?:\/[\w.$-]{1,128})?$/i;
/** A short `name=value` setting (a cookie's `user_id=45`, `pageAccess=2`; not base64's `=` padding), not a secret itself. */
const SHORT_SETTING = /^[A-Za-z_][\w.-]{0,40}=[\w.-]{1,12}$/;
/**
 * One part of a name made of words: an acronym (`KRB5`, `CAs`), a word (`Alice`, `cluster`), `k8s`, a number, or two to
 * four capitalised words glued (`TimeOtp` of KeePass's `TimeOtp-Secret-Base32` attribute, `ApiKey` of `Proxy-ApiKey-Header`).
 */
const NAME_PART = /^(?:[A-Z][A-Z0-9]{0,5}s?|[A-Z]?[a-z]{2,20}\d{0,3}|[a-z]{1,4}\d{1,2}[a-z]{0,3}|\d{1,6}|(?:[A-Z][a-z]{2,20}){2,4})$/;

/**
 * A name of a thing made of words and acronyms joined by '-', '_' or '.' (`etcd-cluster-k8s`,
 * `KRB5_Alice`, `more-custom-CAs`, `aes-256-gcm`, a feature flag `pm-12241-private-key-regeneration`), or a
 * comma-separated list of names: every part is word-shaped and one is a word of
 * three letters or more. Generated secrets with separators have random parts (`x7Kq2-pL9w`).
 */
/** An upper-case name with dashes or underscores (`QA-DEPLOY-APP-KEY`): an item of a list of names. */
const UPPER_NAME = /^[A-Z][A-Z0-9]{0,30}(?:[-_][A-Z0-9]{1,30}){1,8}$/;

function isNameOfWords(value: string): boolean {
  // a list of names (`BW-GHAPP-ID,BW-GHAPP-KEY`: the secrets a workflow asks for)
  // and a list of settings with numbers among the names (a logger's `Appender.Auth=2,2,1,Auth.log,a`: type, level, flags, file, mode)
  if (value.includes(',')) return value.split(',').every((item) => item.length > 0 && (isNameOfWords(item) || UPPER_NAME.test(item) || /^\d{1,6}$/.test(item) || IDENTIFIER.some((re) => re.test(item))));
  const parts = value.split(/[-_.]/);
  if (parts.length < 2 || parts.length > 24) return false;
  return parts.every((p) => NAME_PART.test(p)) && parts.some((p) => /^[A-Z]?[a-z]{3,20}$/.test(p));
}

/**
 * Shown, not used: a value cut short for display (`eyJ0eXAi...`, `a1b2c3d4...`, `eyJhbGci…ey...xaHK`), and a Stripe
 * PaymentIntent or SetupIntent client secret (`pi_…_secret_…`), which Stripe hands to the customer's
 * browser by design (the account's keys are `sk_`/`rk_`, found by the Stripe detector).
 */
const SHOWN_NOT_USED = /\.{3}|\u2026|^(?:pi|seti)_[A-Za-z0-9]{6,40}_secret_[A-Za-z0-9]{3,40}$/;

/**
 * Names of other things in a credential's slot: an HTTP header (`X-Scanner-API-Key`, `x-amz-s3session-token`), a column type (`VARCHAR(80)`), a PHP
 * class (`OAuth2\ResponseType\AccessTokenInterface`, its separators doubled in a single-quoted string as Laravel's cached service map writes them), a list of field names (`uid:gid:(gecos):home:(shell)`, a format's description).
 */
const NAME_OF_A_THING = /^\(?[a-z_]{2,20}\)?(?::\(?[a-z_]{2,20}\)?){2,12}$|^[Xx]-[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){1,8}$|^[A-Za-z]{3,20}\(\d{1,5}(?:,\s?\d{1,5})?\)$|^(?:\\\\?)?[A-Z]\w{0,60}(?:\\\\?[A-Z]\w{0,60}){1,8}$/;

/**
 * Specifications beside a credential's name, not credentials: a Python entry point
 * (`token_revoke = "openstackclient.identity.v3.token:RevokeToken"`), a version range
 * (`google-auth = ">=2.14.1,<3.0.0"` in a lock file, `"better-auth": "~1.4.0-beta.13"` in a package.json), BuildKit's secret mount (`--secret id=NPM_TOKEN,src=.npmrc`).
 */
const SPECIFICATION = /^[a-z_][a-z0-9_]{0,40}(?:\.[a-z_][a-z0-9_]{0,40}){1,12}:[A-Za-z_]\w{0,80}(?:\.[A-Za-z_]\w{0,80}){0,4}$|^(?:[<>=!~^]=?|===?)\s{0,2}\d{1,6}(?:\.[\w*-]{1,16}){0,5}(?:\s{0,2},\s{0,2}(?:[<>=!~^]=?|===?)\s{0,2}\d{1,6}(?:\.[\w*-]{1,16}){0,5}){0,4}$|^(?:id|src|source|env|type|target|required|mode|uid|gid)=[^,\s]{1,200}(?:,(?:id|src|source|env|type|target|required|mode|uid|gid)=[^,\s]{1,200}){0,6}$/;

/**
 * Text that is not a generated secret, whatever its entropy: a character outside printable ASCII (or
 * its `\u` escape), since generated secrets are drawn from ASCII alphabets and a value in Japanese,
 * Cyrillic or with `ø` is a translation (`ログインプロセスに…`, `API-nøgle`); markup (`<div>…</div>`);
 * a qualified constant (`Spree::Api::V3::KeySerializer`); a list of settings
 * (`session.gc_probability=0,apc.enable_cli=1`, a form body `a=1&b=2`, a parameter awaiting its value `&token=`; not a
 * padded base64 key after a colon, `…:sn9dRKXbAYVlt3PrGgUdrg==`, as a Bitwarden access token ends); code between two strings read as
 * one (`"&token=".concat(e):"`, `"&accessToken=").concat(n,"`); a Maven coordinate (`com.j256.two-factor-auth:two-factor-auth:1.3`);
 * quoted strings inside (`'"user1,pass1","user2,pass2"'`: a list); a template field inside (`auth_token-{app.name}-{i}`, a Python
 * f-string's `{quote(parts[0])}:{quote(parts[1])}`); an AWS SigV4 credential scope (`AKIA…/20240101/us-east-1/s3/aws4_request`: a key id and a date);
 * a concatenation with a call (`"+String(y))}if(…` in a minified bundle) or a member (`" Credential="+a.accessKeyId+"/"`); a call (`t('configs.auth_providers.email')` in a Vue binding, `secretValues.slice().sort((a,` in a workflow's script); a
 * version (`7.0.3(tough-cookie@6.0.1)` in a pnpm lock file); a host and path without a scheme (a Go context key
 * `github.com/jcmturner/gokrb5/v8/ctxCredentials`).
 */
const NOT_GENERATED =
  /[^\x20-\x7e]|^(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,12}\/[\w.~/-]{1,200}$|^[A-Za-z_$][\w$.]{0,60}\([^]{0,240}\)$|[A-Za-z_$][\w$]{1,60}\.[A-Za-z_$][\w$]{1,60}\(|^v?\d{1,4}(?:\.\d{1,6}){2}(?:[-+][\w.]{1,40})?\(|\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])|<\/?[A-Za-z][\w-]{0,20}(?:\s[^<>]{0,80})?>|^[A-Z]\w{0,60}(?:::[A-Z]\w{0,60}){1,8}$|[,;&:][A-Za-z_][\w.]{0,40}=(?![=\s]|$)|[,;&:][A-Za-z_][\w.]{0,14}=$|^[)\]]?\.[A-Za-z_]\w{0,40}\(|\/aws4_request$|"[^"]*"|\{[A-Za-z_][\w.()[\]'\"]{0,60}\}|^\+[A-Za-z_$][\w$.]{0,60}\(|^\+[A-Za-z_$][\w$.]{0,60}\+$|^[\w.-]{1,80}:[\w.-]{1,80}:\d[\w.+-]{0,30}$/;

/**
 * Three or more identifiers joined by colons: a reference into a secret store (`netdata:sm_secret:snmp.v3.auth.passphrase`,
 * `vault:kv_prod:db.password`), not the secret. Two are not enough: `admin:hunter` is a user and a password.
 */
function isIdentifierPath(value: string): boolean {
  const segments = value.split(':');
  return segments.length >= 3 && segments.length <= 8 && segments.every((s) => IDENTIFIER.some((re) => re.test(s)) || NAMESPACE_WORD.test(s));
}

/**
 * A capitalised word as one of those identifiers: a wiki's namespace (`Key:payment:e-pass`, `Tag:access:token`, the
 * OpenStreetMap wiki's page of a tag; MediaWiki's `Template:`, `Category:`), a scope (`Vault:kv:db-pass`).
 */
const NAMESPACE_WORD = /^[A-Z][a-z]{1,30}$/;

/** A command-line option's name (`tokenFlag := "--scheduler-k3s-global-token"`): the flag, not its value. */
const COMMAND_FLAG = /^--?[a-z][a-z0-9]{0,40}(?:-[a-z0-9]{1,40}){0,12}$/;

/**
 * A PHP class named with its namespace, maybe with a method (`Api\UserController@changePassword`, Laravel's route
 * handler; `App\Auth\TokenGuard::refresh`, its backslashes doubled in a double-quoted string), or a controller's action without one (`AccountController@resetPassword`):
 * code a router or a container calls, named under a route or a service called password or token. A password
 * holding a backslash between capitalised words, or a class name ending in Controller before an `@`, is not typed.
 */
const PHP_CLASS_REFERENCE =
  /^\\{0,2}(?:[A-Z]\w{0,60}\\{1,2}){1,8}[A-Z]\w{0,60}(?:(?:@|::)[A-Za-z_]\w{0,60})?$|^[A-Z]\w{0,60}Controller(?:@|::)[a-z_]\w{0,60}$/;

/** True when `value`, assigned to a secret-named key, looks like a real credential. Cheap checks come first. */
export function isSecretLiteral(value: string): boolean {
  if (value.length < 8 || value.length > 300 || /\s/.test(value) || TRANSLATED_WORD.test(value)) return false;
  // lowercase letters drawn at random, in the value or a piece of it (`sk-…`): no identifier or word, whatever the character classes
  const drawnLetters = value.length >= 28 && value.split(/[^a-z]+/).some(isRandomLetters);
  if ((characterClasses(value) < 2 && !drawnLetters) || shannonEntropy(value) < 3 || NOT_GENERATED.test(value)) return false;
  const rest = value.replace(STAND_IN, '');
  if (rest.length < value.length && rest.length < 12) return false;
  // an e-mail address (`:password "profile1.test@nodomain.com"` in a test's profile): an account's name, typed
  if (TIMESTAMP.test(value) || DSN_WITHOUT_PASSWORD.test(value) || SHORT_SETTING.test(value) || COMMAND_FLAG.test(value) || PHP_CLASS_REFERENCE.test(value) || isNameOfWords(value) || EMAIL.test(value)) return false;
  if ((!drawnLetters && (IDENTIFIER.some((re) => re.test(value)) || looksLikeWords(value)) && !hasDrawnPieces(value)) || isWordIdentifier(value) || typedAsRuns(value) || isIdentifierPath(value) || isComposedName(value)) return false;
  // a name awaiting its value, the start of a concatenation: `$cookie = 'a_session_console=' . $secret`
  if (value.endsWith('=') && IDENTIFIER.some((re) => re.test(value.slice(0, -1)))) return false;
  return !isNotCredentialForm(value);
}

/**
 * A name built from names: subscripted (`role_keys[0]`, a JMESPath or a Python index under a setting named for a
 * role key), or joined by double underscores (`Model1CompactView__session_form_action`, a session key Flask-AppBuilder
 * names for a view; Django's `user__profile__token` lookups; BEM's `login-form__password`). Each part an identifier of
 * four characters or more: a random value that holds `__` is cut into parts no identifier shape takes.
 */
function isComposedName(value: string): boolean {
  if (value.endsWith(']')) {
    const head = /^([A-Za-z_][\w.-]{0,80}?)(?:\[\w{1,40}\]){1,4}$/.exec(value)?.[1];
    return head !== undefined && IDENTIFIER.some((re) => re.test(head));
  }
  if (!value.includes('__')) return false;
  const parts = value.split(/__+/).filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => p.length >= 4 && IDENTIFIER.some((re) => re.test(p)));
}

/** UUIDs documentation prints as the example of the form (RFC 4122's, and the one of countless API references). */
const DOCUMENTED_UUIDS = new Set(['550e8400-e29b-41d4-a716-446655440000', '123e4567-e89b-12d3-a456-426614174000', '123e4567-e89b-12d3-a456-426655440000']);

/**
 * A UUID that can be a credential: a random one (ten or more distinct hex digits, not a documented
 * example, not a placeholder). Under most names a UUID is an identifier and isSecretLiteral refuses it;
 * the caller decides where a name says it is a key (`api_key`, `client_secret`).
 */
export function isSecretUuid(value: string): boolean {
  if (!UUID.test(value) || DOCUMENTED_UUIDS.has(value.toLowerCase()) || isPlaceholder(value)) return false;
  // a long group typed as a repeated unit (`…-1A1A1A1A1A1A`) marks a sample (a random 4-digit group
  // repeats by chance, `b4b4`, once in 256)
  if (value.split('-').some((group) => group.length >= 8 && /^(.{1,2})\1+$/.test(group))) return false;
  return new Set(value.toLowerCase().replace(/-/g, '')).size >= 10;
}

/**
 * Keys their vendor makes public by design, for browsers and apps: a PostHog project key (`phc_`), a
 * Stripe publishable key (`pk_live_`, `pk_test_`), a Google Analytics property id (`UA-12345678-1`, a GitBook
 * config's analytics `token`), a Google OAuth client id (`48213675509-k3jf….apps.googleusercontent.com`, the
 * `ConsumerKey` or `client_id` a sign-in page sends to every browser; its secret is the `GOCSPX-` value the GCP
 * detector finds). The vendors' detectors know them; a generic name (`POSTHOG_API_KEY`) does not make them secret.
 * Mobile SDKs' keys too: RevenueCat's public SDK keys, one per store (`appl_` App Store, `goog_` Google Play, `amzn_`
 * Amazon), which the Purchases SDK is configured with in the app (its secret keys are `sk_`); a Datadog client token
 * (`pub` and 32 hex digits), which the browser and mobile RUM and log SDKs send from the device (its API keys are bare hex).
 */
const PUBLIC_BY_DESIGN =
  /^(?:phc_|pk_(?:live|test)_)[A-Za-z0-9]|^UA-\d{4,10}-\d{1,4}$|^\d{4,20}(?:-[a-z0-9]{8,40})?\.apps\.googleusercontent\.com$|^(?:appl|goog|amzn)_[A-Za-z0-9]{20,40}$|^pub[0-9a-f]{32}$/;

/**
 * An Android resource reference (`@dimen/keyline_1`, `@color/gray30`, `?attr/colorPrimary`, `@android:color/white`,
 * `@string/maps_api_key`, `@+id/password`): a layout's, theme's or manifest's pointer to a resource, under a name like
 * `outlinedTextPasswordEndMargin` or `autofillCredentialListSubtitleColor`. The value lives in the resource it names.
 */
const ANDROID_RESOURCE =
  /^[@?](?:[a-z][\w.]{0,60}:)?\+?(?:anim|animator|array|attr|bool|color|dimen|drawable|font|fraction|id|integer|interpolator|layout|menu|mipmap|navigation|plurals|raw|string|style|styleable|transition|xml)\/[A-Za-z_][\w.]{0,100}$/;

/**
 * A version with a pre-release or build tag (`1.0.0-alpha06`, `2.1.0-beta01`, `1.9.0-RC2`, `2.0.21-1.0.27`, a Gradle
 * version catalog's `androidxCredentialsProviderEvents = "1.0.0-alpha06"`): a library's release, named after what it does.
 */
const VERSION_WITH_TAG =
  /^v?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+.](?:(?:alpha|beta|rc|dev|pre|preview|snapshot|m|milestone|final|release|ga|nightly|canary|next|eap|incubating)[.-]?\d{0,6}|\d{1,4}(?:\.\d{1,6}){1,3})){1,2}$/i;

/**
 * A Google Cloud resource name (AIP-122): `projects/<id>` (or an organization, a folder, a billing account) then
 * collection/id pairs whose collections are lowerCamelCase words (`locations/europe-west8/keyRings/ring/cryptoKeys/key`,
 * `secrets/db-pass/versions/latest`, `serviceAccounts/…`), maybe as a full name after `//<service>.googleapis.com/`.
 * Under `encryption_key` or `kms_key` it names a key kept in Cloud KMS, under `password` a Secret Manager entry: where the
 * secret lives, not the secret (the lowercase ones were already paths; `keyRings` and `cryptoKeys` made them look mixed).
 */
const CLOUD_RESOURCE_NAME =
  /^(?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\/)?(?:projects|organizations|folders|billingAccounts)\/[\w.:-]{1,100}(?:\/[a-z][A-Za-z]{1,40}\/[\w.@:-]{1,200}){1,8}$/;

/**
 * On-chain identifiers written as `0x` hex, public by design and read on every block explorer: a function, error or
 * interface selector (4 bytes, `0xa9059cbb`; viem's and ethers' selector tables name them after the functions, so a
 * `setUserToken: '0x…'` is the selector of a method) or a shorter magic number, and a 20-byte account or contract
 * address (40 hex digits, EIP-55 mixed case or not: the `token:` of an ERC-20 transfer is its contract's address). A
 * private key is 32 bytes (64 digits) and stays wallet-keys' and the generic detectors' to judge. Not under a password's
 * name: a password written as hex (`"password": "0x4d6f…"`, a test vector's UTF-8 bytes) may be 20 bytes long.
 */
const ONCHAIN_IDENTIFIER = /^0x(?:[0-9a-fA-F]{1,8}|[0-9a-fA-F]{40})$/;

export function isOnchainIdentifier(name: string, value: string): boolean {
  return ONCHAIN_IDENTIFIER.test(value) && !isPasswordName(name);
}

/** A value that opens with a pipe and holds a `:` or `|` again: a piece of a sed expression or a pipeline, not a literal. */
const SED_PIECE = /^\|[^|]{0,120}[|:]/;

/** Forms that are never the credential, whatever the strength: both tiers reject them (the dearest check, decoding base64, last). */
/**
 * An elliptic curve's name as OpenSSL, SECG, RFC 5639 and RFC 8032 spell it (`prime256v1`, `secp384r1`, `sect571k1`,
 * `brainpoolP256r1`, `x25519`, `ed448`, `P-521`): OpenVPN parses `token = "prime256v1"` from its ECDH curve option.
 */
const CURVE_NAME = /^(?:prime\d{3}v\d|sec[pt]\d{3}[rk]\d|brainpoolP\d{3}[rt]\d|(?:x|ed)(?:25519|448)|P-(?:192|224|256|384|521))$/i;

/**
 * Two positional arguments or more, `%1` to `%99` (Qt's `QString::arg`, Windows' message strings: `%1/session/%2`, a D-Bus
 * path's template under `DBUS_PATH_TEMPLATE_SESSION`): a format string. Not a percent-encoded byte (`%2F`: two hex digits).
 */
const POSITIONAL_ARGUMENTS = /%[1-9]\d?(?![\dA-Fa-f])[^%]{0,300}%[1-9]\d?(?![\dA-Fa-f])/;

function isNotCredentialForm(value: string): boolean {
  if (isValidationRules(value) || RATE_LIMITS.test(value) || FIELD_CONDITION.test(value) || POSITIONAL_ARGUMENTS.test(value)) return true;
  if (ANDROID_RESOURCE.test(value) || HOST_NAME.test(value) || VERSION_WITH_TAG.test(value) || CLOUD_RESOURCE_NAME.test(value) || CALL_OF_NAME.test(value) || CURVE_NAME.test(value)) return true;
  // a pipe, or a sed substitution's delimiter (`s|# S3_ACCESS_KEY:|S3_ACCESS_KEY: "$key"|`): shell syntax around a name
  if (SED_PIECE.test(value)) return true;
  if (RFC_EXAMPLES.has(value) || PUBLIC_BY_DESIGN.test(value) || isPlaceholder(value) || REFERENCE.test(value) || REGEX_SYNTAX.test(value) || MAVEN_ENCRYPTED.test(value) || SHOWN_NOT_USED.test(value) || NAME_OF_A_THING.test(value) || SPECIFICATION.test(value)) return true;
  return value.includes('://') || PATH.test(value) || LOWERCASE_PATH.test(value) || UUID.test(value) || HASH_FORM.test(value) || encodesStandIn(value) || isInertJwt(value) || isLeetPassword(value);
}

/** Rule names of form validation (Laravel's `'password' => 'required|string|min:8'`). */
const VALIDATION_RULES = new Set([
  'required', 'nullable', 'sometimes', 'string', 'confirmed', 'min', 'max', 'email', 'numeric', 'integer', 'boolean', 'array',
  'unique', 'exists', 'regex', 'size', 'between', 'same', 'different', 'present', 'filled', 'not_in', 'required_if',
  'required_with', 'required_without', 'required_unless', 'required_with_all', 'required_without_all', 'required_if_accepted',
  'prohibited_if', 'prohibited_unless', 'exclude_if', 'exclude_unless', 'exclude_with', 'exclude_without', 'present_if', 'missing_if',
  'not_array', 'alpha_num', 'alpha_dash', 'digits', 'bail', 'prohibited',
  'current_password', 'password', 'missing', 'exclude', 'uncompromised',
]);

/**
 * Validation rules: a `|`-separated list (the last may be empty: `'confirmed|'.$rules`), one of them a
 * known rule; with `single`, also one known rule with its argument (`'Confirmed'`, `'current_password:api'`),
 * which a password slot of a PHP array holds in Laravel's rule arrays.
 */
export function isValidationRules(value: string, single = false): boolean {
  if (!single && !value.includes('|')) return false;
  const rules = value.toLowerCase().split('|');
  if (rules.length > 1 && rules[rules.length - 1] === '') rules.pop();
  return rules.every((r) => /^[a-z_]{2,24}(?::[^|\s]{0,100})?$/.test(r)) && rules.some((r) => VALIDATION_RULES.has(r.split(':')[0] as string));
}

/** A sigil before a name: YAML tags and aliases (`!vault`, `*defaults`), CSS selectors (`#add-password`), at-rules, markers (`?NoLineTerminatorHere`). */
const LEADING_SIGIL = /^[#.@!$%&*:~^?]{1,2}/;
/** Punctuation that ends a label (`Password:`, `Secret?`, `Token*`). */
const LABEL_END = /[:.!?*]{1,3}$/;
/** A character a chosen password has and a name, path or key does not. */
const PASSWORD_SYMBOL = /[^A-Za-z0-9_.:/-]/;
/** `$name` or `${` inside the value: interpolated in shell, PHP, Perl, Groovy, Kotlin and Dart strings and in compose files. */
const INTERPOLATION = /\$[A-Za-z_{(]/;
/** A Maven resource filter: `@db.password@`. */
const FILTERED = /^@[\w.-]{1,60}@$/;
/** An e-mail address, or its local part alone (`busybox@`, the anonymous FTP convention). */
const EMAIL = /^[\w.+-]{1,64}@(?:[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?$/;
/** HTML entities and string escapes: text for display (`&#8226;&#8226;`, `\u2022`), not a value typed in. */
const ENTITY_OR_ESCAPE = /&(?:[A-Za-z]{2,8}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});|\\[uxUnrt0]/;
/**
 * Code inside the value: a concatenation (`'".Token::get()."'`), a call, a member access; or code
 * between two strings read as one (`" Password:"+rs.getString("`): it starts or ends with an operator.
 */
const CODE_FRAGMENT = /["'`]|\w\(\)|::\w|->\w|^[+.,&|)\]]|[(+]$/;
/** A template field inside the value: a Python f-string's `{config.api_base_path}`, `{quote(parts[0])}`. */
const TEMPLATE_FIELD = /\{[A-Za-z_][\w.()[\]'"]{0,60}\}/;
/** A call with its arguments (`encoder.encode(JWT_SECRET)`, `getAuthToken(req)`): code read as a value. */
const CALL = /^[A-Za-z_$][\w$.]{0,60}\([^()]{0,120}\)?$/; // the bare value's end may have lost the `)`
/**
 * A name subscripted (`sys.argv[1]`, `params[:token]`, `$_POST['pass']`): code read as a value, the bare value's end
 * maybe without its `]` (a shell script's Python heredoc: `token = sys.argv[1]`). For weak literals, as CALL.
 */
const SUBSCRIPT = /^[A-Za-z_$][\w$.]{0,60}\[[\w'":$.-]{1,60}\]?$/;
/**
 * A call whose argument is a name, another call or a quoted string (`base64(HMAC-SHA1(TURN_SECRET, username))` in a
 * comment that says how a password is derived, `base64(\"username:token\")` in a script's help text): code whatever its
 * strength, so both tiers reject it (isNotCredentialForm); a typed password with a parenthesis (`suP3rsec(et!`) is no
 * CALL_OF_NAME, while CALL above, for weak literals only, takes it as code.
 */
const CALL_OF_NAME = /^[A-Za-z_$][\w$.]{0,60}\((?:[A-Za-z_$][\w$.-]{2,}|[\\"'\x60])/; // (a value cut at an escaped quote ends `(\`)
/**
 * Template slots: `<passwd>`, `<<<ADMINPW>>>`, a format field `{OS_PASSWORD}`; and a `((name))` variable, alone or
 * inside the value (`get_((job_secret.password))`): Concourse pipelines, BOSH manifests and their ops files read it
 * from a credential manager (CredHub, Vault, SSM) when they run, so the value is the variable's name, never a password.
 */
const TEMPLATE_SLOT = /<[^<>\s]{1,40}>|^\{[A-Za-z_][\w.]{0,60}\}$|\(\([A-Za-z_][\w.:/-]{0,80}\)\)/;
/** A form field name (`user[password]`), a CSS selector (`#login2`, `input[type=password]`) or a colour (`#ff00aa`). */
const FIELD_OR_SELECTOR = /^\w{1,40}(?:\[[\w-]{0,40}\]){1,4}$|^[#.][A-Za-z][\w-]{0,60}$|\[[\w-]{1,40}(?:[~|^$*]?=[^\]]{0,60})?\]|^#[0-9A-Fa-f]{3,8}$/;
/** Algorithm, encoding and protocol names with a number: `sha256`, `aes-256-cbc`, `utf8mb4`, `oauth2`, `HS512`. */
const TECH_TERM =
  /^(?:sha|md|aes|des|hs|rs|es|ps|base|utf|ucs|crc|blake|hmac|oauth|http|ipv|tlsv?|sslv?|win|latin|iso|cp|rfc|pkcs|x(?=\d{3})|secp|ed|curve|argon|pbkdf|rsa|ecdsa|chacha|poly|v)[-_]?\d[\w-]{0,20}$/i;
/**
 * Rate limits, one or several (`5/m`, `1/m/ip,1/m/key`, `100/hour`, `3/10m`): the quota of an action
 * named after a password or a token (django-allauth's `"reset_password": "1/m/ip"`), not a password.
 */
const RATE = String.raw`\d{1,9}\/\d{0,6}(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)(?:\/[a-z]{1,12})?`;
const RATE_LIMITS = new RegExp(String.raw`^${RATE}(?:[,;]${RATE}){0,6}$`, 'i');
/**
 * Conditions on other settings, one or several joined by `&` (a settings form's visibility rules, modoboa's
 * `"sms_ovh_application_secret": "sms_provider=ovh"`): a snake_case setting's name, `=`, a value. When the field shows.
 */
const FIELD_CONDITION = /^[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6}=[\w.-]{1,40}(?:&[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6}=[\w.-]{1,40}){0,6}$/;
/**
 * Names with separators (`my-release-2`, `db_pass_2`, `v1.2.3`): the name of a thing, not a typed password. And an
 * attribute's or a header's name in capitalised words, one of them glued from two (`TimeOtp-Secret-Base32`, KeePass's
 * TOTP attribute, `Proxy-AuthToken-Key`): three or more parts, one naming the credential it labels.
 */
const SEPARATED_NAME =
  /^[a-z0-9]{1,40}(?:[_.-][a-z0-9]{1,40}){1,8}$|^[A-Z0-9]{1,40}(?:_[A-Z0-9]{1,40}){1,8}$|^(?=[^]{0,60}(?:^|-)(?:[A-Z][a-z]{1,20}){2,4}\d{0,3}(?:-|$))(?=[^]{0,60}(?:^|-)(?:Secret|Token|Key|Password|Seed)(?:-|$))[A-Z][A-Za-z]{1,30}\d{0,3}(?:-[A-Z][A-Za-z]{1,30}\d{0,3}){2,6}$/;

/** Words a stand-in is made of (`password123`, `mysecret1`, `test1234`, `changeme!`), besides the slot's own name parts. */
const STAND_IN_WORDS = new Set([
  'my', 'your', 'our', 'the', 'some', 'super', 'new', 'old', 'other', 'another', 'secure', 'strong', 'random', 'private',
  'top', 'very', 'input', 'field', 'label', 'text', 'box', 'form', 'hint', 'prompt', 'user', 'login', 'test', 'testing',
  'dummy', 'fake', 'mock', 'sample', 'example', 'placeholder', 'redacted', 'default', 'foo', 'bar', 'baz', 'qux', 'secret',
  'secrets', 'password', 'passwords', 'passwd', 'pass', 'pwd', 'passphrase', 'token', 'key', 'api', 'apikey', 'changeme',
  'change', 'me', 'this', 'is', 'not', 'real', 'value', 'here', 'abc', 'xyz', 'xxx', 'todo', 'tbd', 'fixme', 'none', 'null',
  'nil', 'empty', 'blank', 'hidden', 'masked', 'set',
]);

/** True when the letters of `core` are a run of stand-in words or of the slot's own name parts. */
function isStandInCore(core: string, nameWords: readonly string[]): boolean {
  // word break over a short string: reachable[i] when core[0, i) splits into known words
  const reachable = new Uint8Array(core.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < core.length; i++) {
    if (!reachable[i]) continue;
    for (let j = i + 1; j <= core.length && j - i <= 12; j++) {
      const word = core.slice(i, j);
      if (STAND_IN_WORDS.has(word) || nameWords.includes(word)) reachable[j] = 1;
    }
  }
  return reachable[core.length] === 1;
}

/**
 * Words that fill a password setting without being a password: types and modes (`string`, `prompt`,
 * `keyring`), authentication methods (`trust`, `scram`), switches, and the stand-ins of templates.
 */
const SETTING_WORDS = new Set([
  'string', 'text', 'str', 'bool', 'boolean', 'int', 'integer', 'number', 'hidden', 'masked', 'required', 'optional', 'none',
  'null', 'nil', 'true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled', 'empty', 'blank', 'default', 'plain',
  'plaintext', 'cleartext', 'clear', 'prompt', 'ask', 'interactive', 'env', 'environment', 'file', 'keyring', 'keychain',
  'vault', 'stdin', 'inherit', 'random', 'generate', 'generated', 'auto', 'hash', 'hashed', 'bcrypt', 'scram', 'trust',
  'ident', 'peer', 'reject', 'allow', 'deny', 'any', 'all', 'unset', 'unknown', 'undefined', 'input', 'field', 'form',
  'login', 'username', 'user', 'through', 'match', 'same', 'changeit', 'encrypted', 'sensitive', 'secure', 'insecure',
  'strong', 'weak', 'mandatory', 'never', 'always', 'once', 'expired', 'locked', 'reset', 'update', 'set', 'get', 'type',
  'ldap', 'oauth', 'saml', 'kerberos', 'native', 'local', 'system', 'internal', 'external', 'manual', 'basic', 'digest', 'ntlm',
  'gssapi',
]);

/**
 * True when `value`, assigned to a credential slot (names.ts isCredentialSlot) and not random enough
 * for isSecretLiteral, is still a credential: a human-chosen password such as `hunter22`, `s3cret!`
 * or `Summer2024!`. Judged by shape, never by entropy: 6 to 64 printable ASCII characters without
 * blanks, with a letter and a digit or a symbol that names and paths do not have. With `words`
 * (a password setting in a config file) one lowercase word counts too (`postgres`, `whalehello`),
 * from 4 letters, unless it names a type, mode or method (`string`, `prompt`, `trust`). Rejected: the
 * references, templates and forms isSecretLiteral rejects; labels (`Passwort`, `Password:`,
 * `secret!`); names of things (`my-release-2`, `user[password]`, `#add-password`, `!vault`);
 * interpolations (`super$ecret`); encrypted values; e-mail addresses; algorithm names (`sha256`); rate limits (`1/m/ip`);
 * stand-ins made of placeholder words or of the slot's own name (`password123`, `mysecret1`).
 */
export function isWeakCredentialLiteral(value: string, name: string, words = false): boolean {
  if (words && /^[a-z]{4,24}$/.test(value)) {
    return !SETTING_WORDS.has(value) && !isPlaceholder(value) && !isStandInCore(value, nameParts(name));
  }
  if (value.length < 6 || value.length > 64 || !/^[\x21-\x7e]{6,64}$/.test(value)) return false;
  const body = value.replace(LEADING_SIGIL, '').replace(LABEL_END, '');
  if (!/[A-Za-z]/.test(body) || !(/[0-9]/.test(body) || PASSWORD_SYMBOL.test(body))) return false;
  // the next setting's name, the value of this one left empty (`password= auth_user=` in a commented syntax line)
  if (/^[A-Za-z_][\w.-]{0,63}=$/.test(value)) return false;
  // one validation rule with its argument (`'mail_password' => 'required_unless:mail_driver,log'`)
  if (isNotCredentialForm(value) || (value.includes(':') && isValidationRules(value, true)) || INTERPOLATION.test(value) || TEMPLATE_FIELD.test(value) || FILTERED.test(value)) return false;
  if (METHOD_NAME.test(value) || CODE_FRAGMENT.test(value) || CALL.test(value) || SUBSCRIPT.test(value) || TEMPLATE_SLOT.test(value) || EMAIL.test(value) || ENTITY_OR_ESCAPE.test(value) || FIELD_OR_SELECTOR.test(value) || TECH_TERM.test(value) || SEPARATED_NAME.test(value)) return false;
  if (/^[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){1,16}$/.test(value) || isIdentifierPath(value)) return false; // dotted name: `config.password2`; a store's reference
  if (typedAsRuns(value)) return false; // typed as runs: `abc123`, `def456`, `aBc-DeF7`
  return !isStandInCore(value.toLowerCase().replace(/[^a-z]/g, ''), nameParts(name));
}
