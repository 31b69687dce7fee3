// Scanners for secrets inside log text: Authorization headers, cookies, `key=value` fields, HAR entries.
// Every scanner is a global regex with bounded quantifiers plus bounded forward reads: linear time.
import type { Match } from '../../src/types.js';
import { fieldKind, isBasicCredential, isSecretCookie, isSecretField, looksLikeToken } from './log-values.js';

const TOKEN_CHARS = '[A-Za-z0-9._~+/=-]{8,4096}';
/** `Authorization: Bearer …`, `"authorization": "Basic …"`, `authorization=token …` (raw or JSON-escaped). */
const AUTH_HEADER = new RegExp(
  `(?<![A-Za-z0-9_-])(?:proxy-)?authorization\\\\?["']?[ \\t]{0,4}[:=][ \\t]{0,4}\\\\?["']?[ \\t]{0,4}(bearer|basic|token|jwt)[ \\t]{1,4}(${TOKEN_CHARS})`,
  'gi',
);
const AUTH_VALUE = new RegExp(`^(bearer|basic|token|jwt)[ \\t]{1,4}(${TOKEN_CHARS})$`, 'i');
const COOKIE_HEADER = /(?<![A-Za-z0-9_-])(set-)?cookie\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?/gi;
/**
 * `key=value`, `"key": "value"`, `\"key\":\"value\"`: the key, its closing quote, the separator. The lookahead
 * keeps keys without a credential word (`a=`, `user=`) out of the JS loop.
 */
const FIELD = /(?<![A-Za-z0-9_.-])(?=[A-Za-z0-9_.-]{0,60}?(?:pass|pwd|secret|token|key|auth|sess|sid|cred))([A-Za-z_][A-Za-z0-9_.-]{0,63})(\\?["'])?[ \t]{0,3}([=:])[ \t]{0,3}/gi;
const HAR_PAIR = /"name"\s{0,64}:\s{0,64}"([^"\\]{1,128})"\s{0,64},\s{0,64}"value"\s{0,64}:\s{0,64}"((?:[^"\\]|\\.){0,8192})"/g;
const HAR_SECTION = /"(cookies|headers|queryString|params)"\s{0,64}:/g;
const MAX_VALUE = 1024;

type Sink = (m: Match) => void;

function authValue(scheme: string, value: string, start: number, sink: Sink): void {
  const ok = scheme.toLowerCase() === 'basic' ? isBasicCredential(value) : looksLikeToken(value);
  if (ok) sink({ start, end: start + value.length, secret: value, detail: `Authorization header (${scheme[0]?.toUpperCase()}${scheme.slice(1).toLowerCase()})` });
}

function authorizationHeaders(text: string, sink: Sink): void {
  AUTH_HEADER.lastIndex = 0;
  for (let m = AUTH_HEADER.exec(text); m !== null; m = AUTH_HEADER.exec(text)) {
    const value = m[2] as string;
    authValue(m[1] as string, value, m.index + m[0].length - value.length, sink);
  }
}

/** `name=value; name2=value2` pairs in [start, end); only the first for Set-Cookie (the rest are attributes). */
function cookiePairs(text: string, start: number, end: number, firstOnly: boolean, sink: Sink): void {
  const region = text.slice(start, end); // every search stays inside the header
  for (let k = 0; k < region.length; ) {
    let semi = region.indexOf(';', k);
    if (semi < 0) semi = region.length;
    const eq = region.indexOf('=', k);
    if (eq > k && eq < semi) {
      const name = region.slice(k, eq).trim();
      let vs = eq + 1;
      let ve = semi;
      while (vs < ve && isSpaceOrQuote(region.charCodeAt(vs))) vs++;
      while (ve > vs && isSpaceOrQuote(region.charCodeAt(ve - 1))) ve--;
      const value = region.slice(vs, ve);
      if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/.test(name) && isSecretCookie(name, value)) {
        sink({ start: start + vs, end: start + ve, secret: value, detail: `cookie "${name}"` });
      }
    }
    if (firstOnly) return;
    k = semi + 1;
  }
}

function isSpaceOrQuote(c: number): boolean {
  return c === 32 || c === 9 || c === 34;
}

function cookieHeaders(text: string, sink: Sink): void {
  COOKIE_HEADER.lastIndex = 0;
  for (let m = COOKIE_HEADER.exec(text); m !== null; m = COOKIE_HEADER.exec(text)) {
    const start = COOKIE_HEADER.lastIndex;
    let end = start;
    const limit = Math.min(text.length, start + 8192);
    for (let c = text.charCodeAt(end); end < limit && c !== 10 && c !== 13 && c !== 34 && c !== 92; c = text.charCodeAt(++end));
    cookiePairs(text, start, end, m[1] !== undefined, sink);
    COOKIE_HEADER.lastIndex = Math.max(COOKIE_HEADER.lastIndex, end);
  }
}

/** The value after a field separator: quoted (raw or `\"`-escaped) or a bare run ending at a delimiter. */
function fieldValue(text: string, v: number): [number, number] {
  const window = text.slice(v, v + MAX_VALUE + 2); // every search stays inside the window
  const escaped = window.startsWith('\\"');
  const quote = escaped ? '\\"' : window[0] === '"' || window[0] === "'" ? (window[0] as string) : undefined;
  if (quote !== undefined) {
    const s = quote.length;
    const close = window.indexOf(quote, s);
    const nl = window.indexOf('\n', s);
    return close < 0 || (nl >= 0 && nl < close) ? [v + s, v + s] : [v + s, v + close];
  }
  const e = window.search(/[\s&;,"'<>)\]}=\\]|$/);
  const padding = /^=*(?=[\s&;,"'<>)\]}]|$)/.exec(window.slice(e, e + 4))?.[0].length ?? 0; // base64 padding
  return [v, v + e + padding];
}

function keyValueFields(text: string, sink: Sink): void {
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m !== null; m = FIELD.exec(text)) {
    const key = m[1] as string;
    const sep = m[3] as string;
    if (sep === ':' && m[2] === undefined) continue; // `token: expired` prose; JSON keys are quoted
    if (sep === '=' && text[FIELD.lastIndex] === '=') continue;
    const kind = fieldKind(key);
    if (!kind) continue;
    const [s, e] = fieldValue(text, FIELD.lastIndex);
    const value = text.slice(s, e);
    if (isSecretField(kind, key, value)) sink({ start: s, end: e, secret: value, detail: `"${key}" field` });
    FIELD.lastIndex = Math.max(FIELD.lastIndex, e);
  }
}

/** HAR `{"name": …, "value": …}` objects: headers, cookies, query and form parameters. */
function harPairs(text: string, sink: Sink): void {
  if (!text.includes('"value"')) return;
  HAR_PAIR.lastIndex = 0;
  HAR_SECTION.lastIndex = 0;
  let section = '';
  let next = HAR_SECTION.exec(text);
  for (let m = HAR_PAIR.exec(text); m !== null; m = HAR_PAIR.exec(text)) {
    while (next !== null && next.index < m.index) {
      section = next[1] as string;
      next = HAR_SECTION.exec(text);
    }
    const name = m[1] as string;
    const value = m[2] as string;
    const start = m.index + m[0].length - 1 - value.length;
    const lower = name.toLowerCase();
    if (lower === 'authorization' || lower === 'proxy-authorization') {
      const auth = AUTH_VALUE.exec(value);
      if (auth) authValue(auth[1] as string, auth[2] as string, start + value.length - (auth[2] as string).length, sink);
    } else if (lower === 'cookie' || lower === 'set-cookie') cookiePairs(text, start, start + value.length, lower === 'set-cookie', sink);
    else if (section === 'cookies') {
      if (isSecretCookie(name, value)) sink({ start, end: start + value.length, secret: value, detail: `cookie "${name}"` });
    } else {
      const kind = fieldKind(name);
      if (kind && isSecretField(kind, name, value)) sink({ start, end: start + value.length, secret: value, detail: `"${name}" ${section === 'headers' ? 'header' : 'field'}` });
    }
  }
}

/** Every secret in a log text, at most one per start offset, in order. */
export function scanLog(text: string): Match[] {
  const found = new Map<number, Match>();
  const sink: Sink = (m) => {
    if (!found.has(m.start)) found.set(m.start, m);
  };
  authorizationHeaders(text, sink);
  cookieHeaders(text, sink);
  harPairs(text, sink);
  keyValueFields(text, sink);
  return [...found.values()].sort((a, b) => a.start - b.start);
}
