// Reads dotenv files (`NAME=value` lines) and judges which values are secrets, for the .env detectors.
import { shannonEntropy } from '../kit/entropy.js';
import { isSecretName, nameParts } from '../kit/names.js';
import { memoByName } from '../kit/own.js';
import { isPlaceholder, isPlaceholderPassword } from '../kit/placeholders.js';
import { HOST_NAME, URL_SCHEME, urlCredentials } from '../kit/urls.js';

export interface EnvEntry {
  readonly name: string;
  readonly nameStart: number;
  readonly value: string;
}

/** `export NAME=`, `NAME = `, `NAME: ` (the forms dotenv loaders accept), anchored at a line start. */
const ASSIGNMENT = /[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]{0,127})[ \t]*(?:=|:[ \t])[ \t]*/y;
const MAX_QUOTED = 65_536;
const MAX_JUDGED = 4096; // a quoted value may span lines (PEM keys); never look further than this

/** Every assignment in a dotenv file, in order. Linear: each character is visited a bounded number of times. */
export function parseDotenv(text: string): EnvEntry[] {
  const entries: EnvEntry[] = [];
  let pos = 0;
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    ASSIGNMENT.lastIndex = pos;
    const m = ASSIGNMENT.exec(text);
    if (m && ASSIGNMENT.lastIndex <= lineEnd) {
      const name = m[1] as string;
      const nameStart = pos + m[0].indexOf(name);
      const valueStart = ASSIGNMENT.lastIndex;
      const quote = text[valueStart];
      if (quote === '"' || quote === "'" || quote === '`') {
        const close = closingQuote(text, valueStart + 1, quote);
        if (close >= 0) {
          entries.push({ name, nameStart, value: text.slice(valueStart + 1, close) });
          const after = text.indexOf('\n', close);
          pos = after < 0 ? text.length : after + 1;
          continue;
        }
      }
      entries.push({ name, nameStart, value: unquotedValue(text.slice(valueStart, lineEnd)) });
    }
    pos = lineEnd + 1;
  }
  return entries;
}

function closingQuote(text: string, from: number, quote: string): number {
  const limit = Math.min(text.length, from + MAX_QUOTED);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '\\' && quote === '"') i++;
    else if (c === quote) return i;
  }
  return -1;
}

/** An unquoted value ends at ` #` (an inline comment) or the line end. */
function unquotedValue(raw: string): string {
  const comment = raw.search(/[ \t]#/);
  return (comment >= 0 ? raw.slice(0, comment) : raw).trim();
}

/** Template fillers beyond the kit's placeholder list: `xxx`, `your-…`, `<…>`, `...`, `TODO`, `***`. */
const FILLER = /x{3,}|^your[-_ ]|[-_]here$|<[^<>]*>|\.\.\.|^\*+$|^(?:todo|tbd|fixme|none|null|nil|undefined|n\/a|secret|password|changeit|required|optional|setme|set-me|fill-me|empty|dummy)$/i;

/**
 * True when the value is empty, a placeholder, a reference (`${X}`), a value a template renders (Jinja's and Go's
 * `{{ etcd_cert_dir }}/admin-key.pem`, `{% if … %}`, ERB's `<%= … %>`) or a dotenvx-encrypted value.
 */
export function isFiller(value: string): boolean {
  const v = value.trim();
  return isPlaceholder(v) || FILLER.test(v) || v.startsWith('encrypted:') || /\$\{[^}]*\}|^\$[A-Za-z_]|\{\{[^{}]{0,200}\}\}|\{%|<%=/.test(v);
}

/** Name endings that hold credentials though the kit's name list leaves them out (`STRIPE_KEY`, `SENTRY_DSN`). */
const KEYISH_LAST = new Set(['key', 'keys', 'dsn', 'pat', 'jwt']);
/** Values that are settings whatever the name: booleans, small numbers. */
const SETTING_VALUE = /^(?:true|false|yes|no|on|off|enabled|disabled|[0-9]{1,8})$/i;
/** Word-like defaults and instructions a template may ship (`postgres`, `secret123`, `my_password`, `generate_a_new_key`, `SomeRandomString`): not leaks. */
const TRIVIAL_DEFAULT = /^[a-z]{1,16}(?:[-_][a-z]{1,16}){0,5}[0-9]{0,4}$|^(?:[A-Z][a-z]{1,15}){2,6}$/;

/**
 * True when the variable holds a real secret value. URLs count only with an embedded password;
 * public names (`NEXT_PUBLIC_*`, `*_PUBLISHABLE_KEY`) and settings (`PORT=3000`) never count;
 * other names count when the value looks random. In templates, word-like defaults are excused.
 * Cheap shape checks run before the placeholder lists.
 */
export function holdsSecret(entry: EnvEntry, template: boolean): boolean {
  const value = entry.value.slice(0, MAX_JUDGED).trim(); // a value is judged by its first 4 KiB
  if (value.length === 0) return false;
  // URLs first: a documentation host (`example.org`) does not make an embedded password a placeholder.
  if (URL_SCHEME.test(value)) return urlHasPassword(value, template);
  const kind = nameKind(entry.name);
  if (kind === 'public') return false;
  if (kind === 'other') return looksRandom(value) && !isFiller(value);
  if (SETTING_VALUE.test(value) || (kind === 'keyish' && value.length < 12)) return false;
  // a stand-in as compose and URLs judge one (`rootsecretpassword`, `gitea-webhook-secret`, `admin123`)
  return !(template && TRIVIAL_DEFAULT.test(value)) && !isFiller(value) && !(kind === 'secret' && isPlaceholderPassword(value));
}

type NameKind = 'secret' | 'keyish' | 'public' | 'other';
/** How a variable name reads; each distinct name is judged once. */
const nameKind = memoByName(10_000, (name): NameKind => {
  const parts = nameParts(name);
  const last = parts[parts.length - 1] ?? '';
  if (parts.some((p) => p === 'public' || p === 'publishable' || p === 'pub')) return 'public';
  if (isSecretName(name)) return 'secret';
  return KEYISH_LAST.has(last) ? 'keyish' : 'other';
});

/** In a template, a word-like password (`postgres://user:pass@db/app`) is a default, as a value is. */
function urlHasPassword(url: string, template: boolean): boolean {
  const credentials = urlCredentials(url);
  if (!credentials) return false;
  const { user, password } = credentials;
  // judged as url-credentials judges it: a stand-in word or the user name again (`amqp://guest:guest@…`) is no password
  return !isFiller(password) && !isPlaceholderPassword(password, user) && !`${user}:${password}`.includes('$') && !(template && TRIVIAL_DEFAULT.test(password));
}

/**
 * A command-line option and its argument (`NODE_OPTIONS="--max_old_space_size=12000"`, `JAVA_OPTS=--add-opens=…`):
 * the flags a tool is started with, not a token. A token's alphabet has `-` and `=`, but it does not open with two
 * dashes and a lowercase name.
 */
const COMMAND_OPTION = /^--[a-z][a-z0-9_-]{1,60}(?:=|$)/;

/** A token-like value: 20+ characters of a token alphabet, letters and digits, high entropy. */
export function looksRandom(value: string): boolean {
  return (
    /^[A-Za-z0-9+/=_.-]{20,}$/.test(value) && /[A-Za-z]/.test(value) && /[0-9]/.test(value) && shannonEntropy(value) >= 4 && !HOST_NAME.test(value) && !COMMAND_OPTION.test(value)
  );
}

/** Names for a detail line, never values: `A, B, C and 2 more`. */
export function listNames(entries: readonly EnvEntry[]): string {
  const names = [...new Set(entries.map((e) => e.name))];
  const shown = names.slice(0, 6).join(', ');
  return names.length > 6 ? `${shown} and ${names.length - 6} more` : shown;
}
