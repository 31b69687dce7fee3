// Whether a printed name holds a secret, judged as the assignment detectors judge names (kit/names.ts):
// by the slot, not by a word it mentions. `sessionFolder` holds a folder, `tokenType` a type,
// `authService` a service; `dbPassword`, `apiKey`, `GITHUB_TOKEN`, `credentials` hold secrets. In code
// a bare `token` is as often a parser's token as a credential, so it counts only next to words of
// authentication (`login`, `jwt`, `Authorization`, …) and never beside a lexer's (`tokens`, `token.type`).
import { isCredentialSlot, isSecretName, nameParts } from '../kit/names.js';
import { memoByName } from '../kit/own.js';

/** What `judgePrintedName` answers for a `token` that only its surroundings can decide. */
export const TOKEN_IN_CODE = '?';

/**
 * A cheap superset test: every name judgePrintedName accepts (and every getter literal) contains one
 * of these, so an argument list without them is not parsed at all.
 */
export const SECRET_HINT = /pass|pwd|secret|token|key|cred|auth|bearer|cookie|sess|conn|database|db_?url/i;

/** Objects and flags named after secrets (`authService`, `hasToken`, `tokens` of a lexer) are not secret values. */
const NOT_A_VALUE_FIRST = new Set(['is', 'has', 'should', 'can', 'did', 'was', 'use', 'needs', 'show', 'no', 'num', 'total', 'validate', 'check', 'on', 'handle', 'require', 'requires', 'allow', 'enable', 'disable', 'with', 'without', 'new',
  // a value made safe to show (`maskedConnectionString`, `redactedToken`); a one-way hash of it (`hashedToken`, the
  // lookup key a store keeps and a rate limiter counts by: it cannot be turned back into the token)
  'masked', 'redacted', 'obfuscated', 'sanitized', 'sanitised', 'hashed']);
const NOT_A_VALUE_LAST = new Set([
  'valid', 'invalid', 'exists', 'present', 'missing', 'ok', 'found', 'changed', 'expired', 'visible', 'shown', 'matches', 'match',
  'saved', 'loaded', 'provided', 'supplied', 'given', 'used', 'strength', 'sent', 'received', 'refreshed', 'cleared',
  'callback', 'handler', 'listener', 'fn', 'func', 'ctx', 'context', 'manager', 'service', 'client', 'provider', 'store',
  'storage', 'helper', 'util', 'utils', 'module', 'instance', 'config', 'options', 'opts', 'params', 'request', 'req',
  'response', 'res', 'map', 'dict', 'list', 'array', 'cache', 'repo', 'repository', 'model', 'factory', 'builder', 'parser',
  'lexer', 'stream', 'reader', 'writer', 'rule', 'rules', 'middleware', 'guard', 'strategy', 'flow', 'state', 'status', 'url',
]);
const NOT_A_VALUE_NAME = new Set(['auth', 'session', 'sessions', 'tokens']);
/**
 * A preposition before the secret word: the name is of the thing before it (`fallbackToPassword` a flag,
 * `pathToToken` a path, `exchangeCodeForToken` a call), the secret word only what it relates to. Or says the
 * secret was taken out (`envWithoutSecrets`, `configExceptPassword`: what is left once they are removed).
 */
const RELATION = new Set(['to', 'for', 'from', 'by', 'via', 'into', 'per', 'than', 'without', 'except', 'excluding', 'sans', 'minus']);
/** Trailing parts that name the same value in another form (`tokenValue`, `password_plain`, `SECRET_B64`) or the secret it is derived from (Rails' `SECRET_KEY_BASE`). */
const SAME_VALUE_LAST = new Set(['value', 'val', 'base', 'str', 'string', 'text', 'raw', 'plain', 'plaintext', 'clear', 'cleartext', 'b64', 'base64', 'hex', 'bytes', 'encoded', 'decoded']);
/** Head nouns that hold secret material though no single literal in them would be one (isCredentialSlot's domain). */
const HOLDERS: Readonly<Record<string, string>> = {
  credentials: 'credentials', credential: 'a credential', creds: 'credentials', secrets: 'secrets', cookie: 'a cookie',
  cookies: 'cookies', authorization: 'an authorization header', bearer: 'a bearer token', sessionid: 'a session id',
  privatekey: 'a private key',
};
/**
 * What a Kubernetes Secret object is named for in an operator's code (`kc.stateSecret`, `cr.Spec.Source.CredentialsSecret`,
 * `tlsSecret`, `imagePullSecret`): the kind of data the Secret holds, and the value is the object's name, which a
 * controller logs as it reads or writes it. The secrets of a protocol keep other qualifiers (`clientSecret`, `jwtSecret`).
 */
const SECRET_OBJECT_QUALIFIERS = new Set(['credentials', 'creds', 'state', 'tls', 'ssl', 'ca', 'cert', 'certs', 'certificate', 'config', 'configuration', 'pull', 'registry', 'bootstrap', 'keystore', 'truststore']);

/** `<qualifier> key` pairs that hold a key isCredentialSlot leaves to config (`private_key`, `app_key`, `session_key`). */
const KEY_QUALIFIERS = new Set(['private', 'app', 'account', 'session', 'client', 'shared', 'license']);
const CONNECTION = [['conn', 'str'], ['connection', 'string'], ['conn', 'string']] as const;

function describeSlot(parts: readonly string[]): string {
  const last = parts[parts.length - 1] as string;
  const prev = parts[parts.length - 2];
  if (/^(?:password|passwd|pwd|pass)$/.test(last)) return 'a password';
  if (last === 'passphrase') return 'a passphrase';
  if (/secret$/.test(last) && last !== 'secretkey') return 'a secret';
  if (/token$/.test(last)) return 'a token';
  if (last === 'apikey' || (last === 'key' && prev === 'api')) return 'an API key';
  const qualifier = (last === 'key' ? prev : last.slice(0, -3)) ?? 'secret'; // `access key`, glued `secretkey`
  return `${/^[aeiou]/.test(qualifier) ? 'an' : 'a'} ${qualifier} key`;
}

function judge(name: string, inCode: boolean): string {
  if (!SECRET_HINT.test(name)) return '';
  const parts = [...nameParts(name)]; // trimmed below
  const first = parts[0];
  if (first === undefined) return '';
  if (parts.length === 1 && NOT_A_VALUE_NAME.has(first)) return '';
  if ((parts.length > 1 && NOT_A_VALUE_FIRST.has(first)) || NOT_A_VALUE_LAST.has(parts[parts.length - 1] as string)) return '';
  if (parts.length > 2 && RELATION.has(parts[parts.length - 2] as string)) return '';
  if (inCode && parts.length > 1 && parts[parts.length - 1] === 'secret' && SECRET_OBJECT_QUALIFIERS.has(parts[parts.length - 2] as string)) return '';
  const [prev0, last0] = [parts[parts.length - 2], parts[parts.length - 1]];
  if (CONNECTION.some(([a, b]) => prev0 === a && last0 === b)) return 'a connection string'; // before `string` is taken for a form
  while (parts.length > 1 && SAME_VALUE_LAST.has(parts[parts.length - 1] as string)) parts.pop();
  // the name judged is the name without its form suffix; an UPPER_SNAKE constant stays one
  const core = /^[A-Z0-9_]+$/.test(name) ? parts.join('_').toUpperCase() : parts.join('_');
  if (!isSecretName(core)) return '';
  if (isCredentialSlot(core, inCode)) return describeSlot(parts);
  const last = parts[parts.length - 1] as string;
  const prev = parts[parts.length - 2];
  if (last === 'token') return inCode && isCredentialSlot(core, false) ? TOKEN_IN_CODE : '';
  const held = HOLDERS[last];
  if (held !== undefined) return held;
  if (last === 'key' && prev !== undefined && KEY_QUALIFIERS.has(prev)) return `${prev === 'account' ? 'an' : 'a'} ${prev} key`;
  return '';
}

/**
 * The keys KEY_QUALIFIERS lets through that are as often a registry's entry as a credential (`appKey` naming an app in
 * a catalogue of integrations, `clientKey`, `accountKey`, `sessionKey`): call-operands.ts lets them go when the value is
 * one segment of a dotted name (`${appKey}.${actionKey}`), which no credential is written into.
 */
const LOOKUP_KEY_HOLDS = /^an? (?:app|account|session|client|license) key$/;

/** True when what a printed name holds (judgePrintedName's answer) may be the key of an entry in a registry. */
export function mayBeLookupKey(holds: string): boolean {
  return LOOKUP_KEY_HOLDS.test(holds);
}

const judgedInCode = memoByName(10_000, (name) => judge(name, true));
const judgedInConfig = memoByName(10_000, (name) => judge(name, false));

/**
 * What the printed name holds ('a password', 'an API key', 'credentials'), '' when it holds no secret,
 * or TOKEN_IN_CODE. `inCode` false for names of the environment and of config keys (`$API_TOKEN`,
 * `os.getenv("TOKEN")`), where a bare `token` is a credential.
 */
export function judgePrintedName(name: string, inCode: boolean): string {
  return inCode ? judgedInCode(name) : judgedInConfig(name);
}

/**
 * A lexer's or parser's token nearby: `tokens`, `token.type`, `lexer`, `tokenize`. Or a protocol's message token:
 * CoAP's (and LwM2M's) observations and observe relations are matched to their requests by a token, an id the
 * client picks per exchange, not a credential (`deregisterObservation(token)`, `ObserveRelation`).
 */
const PARSER_WORDS = /\bobservations?\b|observe[ _]?relation|\btokens\b|\btoken[ \t]{0,4}\??\.[ \t]{0,4}(?:type|kind|tag|value|text|lexeme|pos|start|end|line|loc|range|span|image|raw)\b|\b(?:lexer|lex|tokeni[sz](?:e|er|ed|ing|ation)|parser|scanner|grammar|syntax|lexeme|ast)\b/gi;
/** Words of authentication nearby. */
const CREDENTIAL_WORDS = /login|logon|sign_?in|auth(?!or)|jwt|bearer|oauth|credential|passw|secret|api_?key|access_?token|refresh_?token|id_?token|session/gi;
const BEFORE = 400; // within the margin a history scan reads around a change
const AFTER = 200;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** Where the words of both kinds are in the last text asked about: one pass over a file, not one per call. */
let index: { readonly text: string; readonly parser: readonly Word[]; readonly credential: readonly Word[] } | undefined;

function wordsOf(text: string, re: RegExp): Word[] {
  return Array.from(text.matchAll(re), (m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() }));
}

/** The first word lying wholly inside [lo, hi). */
function firstWithin(words: readonly Word[], lo: number, hi: number): Word | undefined {
  let a = 0;
  let b = words.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((words[mid] as Word).start < lo) a = mid + 1;
    else b = mid;
  }
  const w = words[a];
  return w !== undefined && w.end <= hi ? w : undefined;
}

/**
 * For a `token` printed by the call at [callStart, argsEnd): the word of authentication within 400
 * characters before and 200 after that makes it a credential, or undefined (a parser's token there,
 * or nothing tells).
 */
export function credentialTokenEvidence(text: string, callStart: number, argsEnd: number): string | undefined {
  if (index?.text !== text) index = { text, parser: wordsOf(text, PARSER_WORDS), credential: wordsOf(text, CREDENTIAL_WORDS) };
  const lo = Math.max(0, callStart - BEFORE);
  const hi = Math.min(text.length, argsEnd + AFTER);
  if (firstWithin(index.parser, lo, hi)) return undefined;
  return firstWithin(index.credential, lo, hi)?.word;
}
