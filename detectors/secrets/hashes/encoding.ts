// What the password-hash detectors share: the encodings hashing libraries write, checked down to the
// bits a real encoder leaves at zero (a hand-typed look-alike rarely gets them right), the three ways
// a `$` is written in files, and the decoy salts of documentation and test vectors.
import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { startOfLinesAbove } from '../../kit/name-value.js';
import { isPlaceholder } from '../../kit/placeholders.js';

/** The crypt(3) alphabet: md5crypt, sha-crypt, yescrypt, DES crypt, phpass, Cisco types 8 and 9. */
export const CRYPT64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** bcrypt's alphabet: the same characters, letters before digits. */
export const BCRYPT64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const STANDARD64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// The canonical forms of the schemes (a `$` written once), shared by their detectors and by
// stand-in-hash.ts, which recomputes them:
// md5crypt `$1$` and Apache's `$apr1$`: magic, a salt of up to 8 characters, the 22-character digest;
export const MD5_CRYPT = /^\$(1|apr1)\$([./0-9A-Za-z]{0,8})\$([./0-9A-Za-z]{22})$/;
// phpass `$P$` (phpBB `$H$`): one character for log2 of the rounds (7-30), an 8-character salt, the digest;
export const PHPASS = /^\$[PH]\$[5-9A-S]([./0-9A-Za-z]{8})([./0-9A-Za-z]{22})$/;
// sha256crypt `$5$` / sha512crypt `$6$`: variant, optional rounds, a salt of up to 16, the digest;
export const SHA_CRYPT = /^\$([56])\$(?:rounds=([1-9]\d{3,8})\$)?([./0-9A-Za-z]{0,16})\$([./0-9A-Za-z]{43}|[./0-9A-Za-z]{86})$/;
// bcrypt `$2a$`/`$2b$`/`$2y$` (`$2x$`): the cost, 22 characters of salt, 31 of hash;
export const BCRYPT = /^\$2[abxy]\$(\d\d)\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})$/;
// LDAP `{SCHEME}` + padded base64 of the digest (and, `{S…}`, the salt after it).
export const LDAP_SCHEMED = /^\{(S?)(MD5|SHA(?:256|384|512)?)\}([A-Za-z0-9+/]{20,172}={0,2})$/i;
export const LDAP_DIGEST_BYTES: Readonly<Record<string, number>> = { MD5: 16, SHA: 20, SHA256: 32, SHA384: 48, SHA512: 64 };

/**
 * A `$` as written in a file: `$`, `$$` (docker-compose and Makefiles escape it so) or `\$` (shell,
 * Kotlin and Groovy strings). The detectors' patterns accept any; `canonicalDollars` rejects a mix.
 */
export const DOLLAR = String.raw`(?:\$\$?|\\\$)`;

/** The hash with `$$` or `\$` turned back into `$`; undefined when one text mixes the forms. */
export function canonicalDollars(text: string): string | undefined {
  if (text.startsWith('\\$')) {
    const bare = text.replaceAll('\\$', '');
    return bare.includes('$') || bare.includes('\\') ? undefined : text.replaceAll('\\$', '$');
  }
  if (text.startsWith('$$')) {
    const parts = text.split('$$');
    return parts.some((p) => p.includes('$')) ? undefined : parts.join('$');
  }
  return text.includes('$$') || text.includes('\\') ? undefined : text;
}

/**
 * True when the last character of an encoding leaves at zero the bits no byte fills: with
 * `littleEndian` (crypt's order) the last character's value is below 2^bits; otherwise (bcrypt,
 * base64) its low 6 - bits bits are zero.
 */
export function lastCharFits(encoded: string, alphabet: string, bits: number, littleEndian: boolean): boolean {
  const value = alphabet.indexOf(encoded.slice(-1));
  if (value < 0) return false;
  return littleEndian ? value < 1 << bits : value % (1 << (6 - bits)) === 0;
}

/**
 * The bytes of standard base64 (`+/`, or passlib's `./` variant with `dotted`), padded or not, when
 * the text is a canonical encoding of exactly `bytes` bytes (or of any length when `bytes` is undefined).
 */
export function base64Bytes(text: string, bytes?: number, dotted = false): Buffer | undefined {
  const body = text.replace(/=+$/, '');
  const n = body.length;
  if (n % 4 === 1 || (text.length !== n && text.length % 4 !== 0)) return undefined;
  const alphabet = dotted ? STANDARD64.replace('+', '.') : STANDARD64;
  for (const ch of body) if (!alphabet.includes(ch)) return undefined;
  const spare = n % 4 === 2 ? 4 : n % 4 === 3 ? 2 : 0;
  if (spare > 0 && !lastCharFits(body, alphabet, 6 - spare, false)) return undefined;
  const buf = Buffer.from(dotted ? body.replaceAll('.', '+') : body, 'base64');
  return bytes === undefined || buf.length === bytes ? buf : undefined;
}

/**
 * Salts chosen by a person, not a generator: `salt`, `nacl`, `sodium`, `test` (`saltstring`, `somesalt`,
 * `SodiumChloride`: the sha-crypt, argon2 and scrypt reference vectors and library test suites), a
 * counting or keyboard run (`12345678`, the salt of test suites that pin a hash), one character
 * repeated or, for decoded binary salts, nothing but lowercase letters.
 */
export function isDocumentationSalt(salt: string | Buffer): boolean {
  const text = typeof salt === 'string' ? salt : salt.toString('latin1');
  if (/salt|nacl|sodium|test|0123456|1234567|abcdefg|qwerty/i.test(text) || /^(.)\1{3,}$/.test(text)) return true;
  return typeof salt !== 'string' && /^[a-z]+$/.test(text);
}

/**
 * True when the random parts of a hash (salt and digest, not the cost parameters, where `1000000`
 * is a real iteration count) look like a placeholder.
 */
export function isMadeUp(...randomParts: readonly string[]): boolean {
  return isPlaceholder(randomParts.join(''));
}

/** A name that says the value stands in for a real one, assigned on the same line just before it. */
const STAND_IN_NAME = /(?:dummy|fake|placeholder|bogus|decoy|slow[_-]?down)[\w.-]{0,40}['"\]]?\s{0,4}(?:=>|:=|[:=])[^:=\n]{0,12}$/i;

/**
 * True when the hash at `at` is assigned to a stand-in name (`DUMMY_HASH = '$2y$...'`, `fake_password:
 * ...`): auth code compares against such a hash to even out timing for unknown users, and tests use
 * them as invalid input; no account has that password.
 */
export function isAssignedToStandIn(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 120), at);
  const nl = back.lastIndexOf('\n');
  return (
    STAND_IN_NAME.test(back.slice(nl + 1)) ||
    assignedOnLineAbove(back, nl) ||
    isDecoyArgument(text, at) ||
    isDecoyReturn(text, at) ||
    isDecoyConstant(text, at) ||
    statesItsPlaintext(text, back.slice(nl + 1), at)
  );
}

/** A literal assigned where it is written: `CONTROL_HASH = "$2b$…"`, `controlHash: '$2b$…'`. */
const ASSIGNED = /[\w$\]'"][ \t]{0,4}(?:=|:=|:|=>)[ \t]{0,4}[rb]?["'`]\\?$/;

/**
 * True when the hash is assigned to a name, and the comment on the lines just above it or after it on its line says
 * it is a decoy or a timing guard: formbricks' `// Control hash for constant-time password verification to prevent
 * timing attacks` / `export const CONTROL_HASH = "$2b$12$…"; // not a real password hash`. No account has that password.
 */
function isDecoyConstant(text: string, at: number): boolean {
  if (!ASSIGNED.test(text.slice(Math.max(0, at - 48), at))) return false;
  let to = text.indexOf('\n', at);
  if (to < 0 || to - at > 400) to = Math.min(text.length, at + 400);
  return DECOY_WORDS.test(text.slice(startOfLinesAbove(text, at, 2, 400), at)) || DECOY_WORDS.test(text.slice(at, to));
}

/** A comment after the hash on its line that gives its plaintext: `# The digest of 'insecure_secret'.`, `# Password is 'authelia'`. */
const PLAINTEXT_AFTER =
  /(?:#|\/\/|--|;|\/\*)[^\n]{0,60}?(?:\b(?:digest|hash(?:ed)?|crypt)[ \t]{1,4}(?:of|for)|\bpass(?:word|phrase)?[ \t]{1,4}(?:is|was|=|:))[ \t]{0,4}(['"`])[^'"`\n]{1,64}\1/i;
/** A command that checks a password against the hash, the password given before it: `hash validate --password 'p@ssw0rd' -- '$5$…'`. */
const PLAINTEXT_BEFORE = /--password[ \t=]{1,3}(['"]?)[^'"\s]{1,64}\1[ \t][^\n]{0,20}$/;

/**
 * True when the hash's own line gives what it hashes: documentation shows a hash beside its plaintext
 * (Authelia's reference configuration, a CLI's help text), where a deployed account's hash has none. A
 * password written there in clear is the finding (stated-password reports it), not its hash.
 */
function statesItsPlaintext(text: string, lineBefore: string, at: number): boolean {
  if (PLAINTEXT_BEFORE.test(lineBefore)) return true;
  // the rest of the line, 600 characters at most (never a search to the end of a long line: thousands of hashes on one)
  let after = text.slice(at, Math.min(text.length, at + 600));
  const nl = after.indexOf('\n');
  if (nl >= 0) after = after.slice(0, nl);
  return (after.includes('#') || after.includes('/') || after.includes('-') || after.includes(';')) && PLAINTEXT_AFTER.test(after);
}

/** The stand-in name and its operator ending the line above, the value alone on its own line (`const DUMMY_HASH =` / `  '$argon2id$…';`). */
const STAND_IN_NAME_ABOVE = /(?:dummy|fake|placeholder|bogus|decoy|slow[_-]?down)[\w.-]{0,40}['"\]]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\r?$/i;

function assignedOnLineAbove(back: string, nl: number): boolean {
  if (nl <= 0 || !/^[ \t]{0,40}[rb]?["'`]?\\?$/.test(back.slice(nl + 1))) return false;
  return STAND_IN_NAME_ABOVE.test(back.slice(back.lastIndexOf('\n', nl - 1) + 1, nl));
}

/** A literal returned as it stands: `return "$2a$…"`, `return []byte("$2a$…")`, `return b'$2b$…'`, `return Buffer.from('…')`. */
const RETURNED = /\breturn[ \t]{1,4}(?:\[\]byte|Buffer\.from|bytes|str|String)?\(?[ \t]{0,4}[rb]?["'`]\\?$/;
/** A decoy named in code: `FakeHash`, `dummy_hash`, `decoyDigest` (DECOY_WORDS reads the prose). */
const DECOY_NAME = /(?:dummy|fake|decoy)(?=[A-Z_])|(?:Dummy|Fake|Decoy)(?=[A-Z_a-z])/;

/**
 * True when the hash is what a function returns, and the lines just before (the function's name, its doc
 * comment) call it a decoy or a timing guard: `// FakeHash returns a constant fake hash for timing attacks
 * mitigation.` / `func FakeHash() []byte { return []byte("$2a$14$…") }`. Auth code compares unknown users
 * against it; no account has that password.
 */
function isDecoyReturn(text: string, at: number): boolean {
  if (!RETURNED.test(text.slice(Math.max(0, at - 48), at))) return false;
  const before = text.slice(startOfLinesAbove(text, at, 5, 500), at);
  return DECOY_WORDS.test(before) || DECOY_NAME.test(before);
}

/** An argument of a call, maybe after a line break and a quote: `verify(&input,\n  "$2b$…"`, `->verify('$2y$…', uniqid())`. */
const CALL_ARGUMENT = /[(,][ \t\r\n]{0,40}[&@]?[rb]?["'`]?\\?$/;
/** Words of a decoy: what auth code says of the hash it checks an unknown user's input against. */
const DECOY_WORDS = /\b(?:dummy|decoy|fake)\b|\btiming\b|\bconstant[ -]time\b|\btime[ -]constant\b|\bnot a real (?:password )?hash\b/i;

/**
 * True when the hash is an argument of a call that the lines just before it (a comment, the call itself) say is
 * a decoy: login code verifies the input of a user that does not exist against a fixed hash, so that a wrong user
 * name takes as long as a wrong password (`// Dummy bcrypt verify for constant timing` / `verify(&pw, "$2b$12$…")`,
 * or inside `function dummyVerify($password)`). No account has that password.
 */
function isDecoyArgument(text: string, at: number): boolean {
  if (!CALL_ARGUMENT.test(text.slice(Math.max(0, at - 48), at))) return false;
  // or the function it is called in names the decoy (FOSSBilling's `public function dummyVerify(string $password)`)
  const before = text.slice(startOfLinesAbove(text, at, 3, 400), at);
  return DECOY_WORDS.test(before) || DECOY_NAME.test(before);
}

/** `.htpasswd`-style files: the htpasswd-file detector reads them whole and reports every hash in them. */
const HTPASSWD_NAME = /(?:^|[/\\])(?:\.?htpasswd|[^/\\]*\.htpasswd|\.htdigest)$/;

/** The detector, quiet in the files the htpasswd-file detector owns, so one hash is reported once. */
export function outsideHtpasswdFiles(detector: Detector): Detector {
  return {
    ...detector,
    detect: (input: DetectorInput): Iterable<Match> => (HTPASSWD_NAME.test(input.path) ? [] : detector.detect(input)),
  };
}
