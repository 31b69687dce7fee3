// What the store detectors share: is a name a password slot, and is the literal in it a password?
// A credential store or client config says by its format that a value is a password, so a weak
// literal counts (`hunter22` in a .pgpass line is a committed password). What does not count are
// the stand-ins that fill such slots in samples, templates and defaults: references, masks, words
// and the well-known default passwords of tools.
import type { DetectorInput } from '../../../src/types.js';
import { lines } from '../../files/lines.js';
import { keywordStarts } from '../../kit/keyword-windows.js';
import { isPlaceholderPassword } from '../../kit/placeholders.js';

/** Defaults, type names and labels that fill password slots in samples and schemas. */
const STAND_INS = new Set([
  'changeit', 'root', 'toor', 'postgres', 'mysql', 'guest', 'demo', 'sample', 'default', 'secret', 'string', 'text',
  'hidden', 'hashed', 'encrypted', 'required', 'optional', 'none', 'null', 'nil', 'undefined', 'true', 'false',
  'empty', 'blank', 'tbd', 'todo', 'fixme', 'x-oauth-basic', 'anonymous', 'tomcat', 'tiger', 'removed', 'masked',
  // what samples type when any word will do
  'fake', 'hello', 'asdf', 'asdasd',
  // type names: a map from a method or field to its type (`'setPassword' => 'bool'`)
  'bool', 'boolean', 'int', 'integer', 'float', 'double', 'array', 'mixed', 'void', 'object', 'callable', 'iterable',
  'char', 'varchar',
  // ("password" in other languages: isPlaceholderPassword knows them, kit/placeholders.ts TRANSLATED_PASSWORD)
]);

/** Letters only, around a password word: `mypassword`, `SOME_PASSWORD`, `password_here`, `db-pass`. */
const NAMED_STAND_IN = /^[A-Za-z_.-]{0,20}(?:pass(?:word|wd|wort)?|pwd|secret)[A-Za-z_.-]{0,20}$/i;
/**
 * A key, route or view named after the password: lowercase words joined by `.`, `/` or `::`, one of them a
 * password word (`backoffice.operators.reset-password`, a permission; `settings/user_details/password`, a route;
 * `confide::emails.passwordreset`, a view).
 */
const NAMED_KEY = /^(?=[^]{0,200}(?:pass|pwd))[a-z][a-z0-9_-]{0,40}(?:(?:\.|\/|::)[a-z][a-z0-9_-]{0,40}){1,8}$/;
/**
 * A console command's name, its words joined by single colons (Symfony's `app:user:change-password`, an artisan
 * `user:reset-password`), held in a constant named for what it does (`ADMIN_USER_CHANGE_PASSWORD`). Hyphenated or in
 * three parts: a bare `root:pass1234` may be a user and password run together, and is left to count.
 */
const COMMAND_NAME = /^(?=[^]{0,200}(?:pass|pwd))(?=[^]{0,200}(?:-|:[^]{0,200}:))[a-z][a-z0-9_-]{0,40}(?::[a-z][a-z0-9_-]{0,40}){1,6}$/;
/**
 * A CSS selector of the password field (`#admin_user_plainPassword`, `.login-password`): a page object's or a form
 * test's map from fields to selectors. Letters, `_` and `-` only after the `#` or `.`: `#Passw0rd!` stays a password.
 */
const FIELD_SELECTOR = /^[#.](?=[A-Za-z_-]{0,80}(?:[Pp]ass|PASS|[Pp]wd))[A-Za-z][A-Za-z_-]{0,80}$/;
/**
 * A PHP class named in full (`App\Security\ResetPasswordHandler`, a Symfony service parameter naming the class that
 * handles a password form): namespace parts in capitalised words joined by backslashes, three parts at least.
 */
const CLASS_NAME = /^\\?[A-Z][A-Za-z0-9_]{0,60}(?:\\[A-Z][A-Za-z0-9_]{0,60}){2,12}$/;
/** An upper-case constant name (`DB_PASS`, `SOME_USERNAME`) written where its value should be. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}$/;
/**
 * Values that point elsewhere or are filled in later: `@db.password@` (Maven/Ant filtering),
 * `$(Password)` (MSBuild), `` `pass show x` `` (a command), `%s`, `{0}`, a format field (`{self.auth_token}` in an
 * f-string), `ENC(...)` (Jasypt ciphertext),
 * `vault:`/`file:` references, `***` masks.
 */
const ELSEWHERE = /^@[\w.-]{1,80}@$|^\$\(|^`|%[sdv]|\{\d{0,2}\}|^\{[A-Za-z_][\w.]{0,60}\}$|^ENC\(|^(?:vault|file|env|ssm|secret|op|keyring|arn):|\*\*\*/i;
/** Hash encodings (crypt forms, LDAP schemes, MySQL native `*HEX`, PostgreSQL md5 and SCRAM): the hash detectors judge those. */
const HASH_FORM = /^(?:\$(?:2[abxy]?|argon2(?:id|i|d)?|pbkdf2[\w-]{0,10}|scrypt|[1568]|apr1)\$|\{(?:SSHA?|SHA\d{0,3}|MD5|CRYPT|BCRYPT|PBKDF2[\w-]{0,12})\}|\*[0-9A-F]{40}$|md5[0-9a-f]{32}$|SCRAM-SHA-256\$)/i;
const PATH = /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/;
/** Letters only, some outside ASCII: a word of a natural language (a translated label), not a password. */
const NATIVE_WORD = /^[\p{L}\p{M}]{1,64}$/u;
/** Chinese, Japanese or Korean text with its punctuation (`パスワードは6文字以上…。`): a message, which such scripts write without spaces. */
const CJK_TEXT = /[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]{2}/;


/**
 * True when `value`, found in a password slot of a credential store or config format, is a
 * password: not a stand-in, a reference, a mask, a hash, a path, or the user name again.
 */
export function isStoredPassword(value: string, user = ''): boolean {
  if (value.length < 4 || value.length > 512 || /\s/.test(value)) return false;
  if (isPlaceholderPassword(value, user)) return false;
  if (STAND_INS.has(value.toLowerCase())) return false;
  if (NAMED_STAND_IN.test(value) || CONSTANT_NAME.test(value) || NAMED_KEY.test(value)) return false;
  if (COMMAND_NAME.test(value) || FIELD_SELECTOR.test(value) || CLASS_NAME.test(value)) return false;
  if (/^(.)\1{2,511}$/.test(value) || (NATIVE_WORD.test(value) && /[^\x00-\x7f]/.test(value)) || CJK_TEXT.test(value)) return false;
  return !ELSEWHERE.test(value) && !HASH_FORM.test(value) && !PATH.test(value);
}

/** `foobared`: the password redis.conf's own `requirepass` example gives, and the Redis docs' `AUTH` examples. */
export function isRedisExamplePassword(value: string): boolean {
  return value.toLowerCase() === 'foobared';
}

/** A YAML tag, an expansion or a template in front of the value: `!vault |`, `$REDIS_PASSWORD`, `%(pw)s`, `@pass@`, `<pass>`, `{{ x }}`. */
const NOT_LITERAL = /^[!$%&*@<{[]/;
/** Words a value to fill in is made of (`replace-default-auth`, `changeme`, `your_password`). */
const TO_FILL_IN = /replace|change[-_]?me|example|sample|dummy|placeholder|your|default|secret|password/i;
/** One lower-case word (`broken`, `vagrant`, `server`): a test's wrong password, a tool's default, or prose. */
const ONE_WORD = /^[a-z]{1,12}$/;

/**
 * A service or device config's value that is a password as written: no tag, expansion or template before it,
 * no words of a value to fill in, not one lower-case word, and a stored password (isStoredPassword).
 */
export function isConfigLiteral(value: string, user = ''): boolean {
  return !NOT_LITERAL.test(value) && !TO_FILL_IN.test(value) && !ONE_WORD.test(value) && isStoredPassword(value, user);
}

// isPasswordName lives beside the other name judgements (shared/secret-literal.ts): generic detectors ask it too.
export { isPasswordName } from '../shared/secret-literal.js';

/** Decodes strict base64 to printable text (no control characters, valid UTF-8), else undefined. */
export function base64Text(value: string): string | undefined {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]{4,8192}={0,2}$/.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  const text = bytes.toString('utf8');
  if (text.length === 0 || text.includes('\ufffd') || /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return undefined;
  return text;
}

/** [start, end) ranges of `<!-- ... -->` comments, found once per text, ascending. */
export function xmlComments(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf('<!--'); at >= 0; ) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 ? text.length : close + 3;
    out.push([at, end]);
    at = text.indexOf('<!--', end);
  }
  return out;
}

/** True when `index` lies in one of the ascending ranges. */
export function inRanges(ranges: readonly (readonly [number, number])[], index: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as readonly [number, number])[1] <= index) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r[0] <= index && index < r[1];
}

/** The remediation every store detector starts from: change the password, then keep it out of the file. */
export function storeRemediation(what: string, instead: string): string {
  return `Change the ${what} (it is in the repository history), remove it from the file, and ${instead}`;
}

/** The lines of a store file that hold content: not comments (`#`, `;` by default) or blank, and of a sane length. */
export function* contentLines(text: string, comment = /^[ \t]{0,64}(?:#|;|$)/): Iterable<{ text: string; start: number }> {
  for (const line of lines(text)) if (line.text.length <= 4096 && !comment.test(line.text)) yield line;
}

/**
 * contentLines, only those holding one of the detector's keywords (`finder`, from keywordRegExp): for
 * a detector without a path gate, which a keyword in any file wakes (a `--password` flag in a 3 MB
 * bundle), each line once, in order, without reading the rest of the file.
 */
export function* keywordContentLines(input: DetectorInput, finder: RegExp, comment = /^[ \t]{0,64}(?:#|;|$)/): Iterable<{ text: string; start: number }> {
  const { text } = input;
  let lineEnd = -1;
  for (const at of keywordStarts(text, input.keywordStarts, finder)) {
    if (at <= lineEnd) continue; // a later keyword on a line already given
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const newline = text.indexOf('\n', at);
    lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(start, lineEnd);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length <= 4096 && !comment.test(line)) yield { text: line, start };
  }
}
