// Which identifiers a logging call prints: arguments, concatenation operands, interpolations, object
// values, and the arguments of transparent wrappers (`str(x)`, `JSON.stringify(x)`, `fmt.Sprintf`).
// Anything else (a call to `mask(x)`, `len(x)`, `x.slice(0, 4)`, a ternary) prints no identifier.
import { type Lang, MAX_DEPTH, type Span, scanString, splitTopLevel, trimSpan, walk } from './call-lexer.js';
import { judgePrintedName, mayBeLookupKey } from './printed-names.js';

export interface Printed extends Span {
  readonly name: string; // the expression as written, for the detail
  /** What the judged name holds ('a password'), or TOKEN_IN_CODE: decided by the call's surroundings. */
  readonly holds: string;
}

/** `a.b`, `a?.b`, `a::b`, `a->b`, `a['b']`, `@a`, `$a`, `token!`: the last part is the name judged. */
const CHAIN = /^(?:@{1,2}|\$)?[A-Za-z_$][\w$]*(?:\s*(?:\?\.|\.|::|->)\s*[A-Za-z_$][\w$]*|\[\s*(?:"[^"\]]*"|'[^'\]]*'|:[A-Za-z_]\w*)\s*\])*!?$/;
/** Methods that return the value itself (or a trivially changed copy). */
const SAME_VALUE_SUFFIX = /\s*\.\s*(?:toString|trim|strip|to_s|inspect|decode|String|upper|lower|toUpperCase|toLowerCase)(?:\s*\(\s*(?:["'][\w-]{0,20}["'])?\s*\))?$/;
/** Calls whose output contains their arguments verbatim. */
const TRANSPARENT = new Set([
  'str', 'repr', 'String', 'JSON.stringify', 'String.valueOf', 'String.format', 'MessageFormat.format', 'Objects.toString',
  'fmt.Sprintf', 'fmt.Sprint', 'fmt.Sprintln', 'util.format', 'util.inspect', 'format', 'zap.String', 'zap.Any',
  'zap.Stringer', 'slog.String', 'slog.Any',
]);
/** `process.env.X`, `os.environ['X']`, `ENV['X']`, `$ENV{X}`: the environment. */
const ENVIRONMENT = /^(?:process\s{0,4}\.\s{0,4}env|(?:os\s{0,4}\.\s{0,4})?environ|ENV|\$ENV|Deno\.env)\b/;
/** `os.getenv("API_KEY")`, `ENV.fetch('TOKEN')`, `System.getenv("X")`, `data.get("password")`: the literal is the name. */
const GETTER = /^(?:[\w$]+\s*\.\s*)*(?:getenv|Getenv|get|fetch|getProperty|GetEnvironmentVariable)$/;
/**
 * A member of an enum of kinds (`DeviceCredentialsType.ACCESS_TOKEN`, `GrantType::PASSWORD`, `AuthMode.API_KEY`):
 * the name of a kind of credential, printed to say which kind was expected, not a credential's value.
 */
const KIND_MEMBER = /(?:^|[.:>]\s{0,4})[A-Z][A-Za-z0-9]{0,60}(?:Type|Types|Kind|Kinds|Mode|Method|Scheme)\s{0,4}(?:\.|::)\s{0,4}[A-Z][A-Z0-9_]{0,60}$/;
/**
 * A component's template ref (Vue's `this.$refs.password`, `$refs["password"]`, React's legacy `this.refs.password`):
 * the input element or child component named by the ref, not what was typed into it (`.value` would be that).
 */
const TEMPLATE_REF = /(?:^|[.\s])(?:\$refs|this\s{0,4}\.\s{0,4}refs)\s{0,4}(?:\?\.|\.)?\s{0,4}(?:[A-Za-z_$][\w$]{0,80}|\[\s{0,4}(?:"[^"\]]{0,80}"|'[^'\]]{0,80}')\s{0,4}\])!?$/;
/**
 * A container keyed by what it counts or identifies (`ids['credential']`, `counts["token"]`): the entry is a number
 * or an id of the thing named, judged as `credential_ids` is, not as the secret itself.
 */
const COUNTED = /^(?:ids|counts?|counters?|totals|nums|numbers|sizes|lengths|indexes|indices|stats)$/i;
/**
 * A container of where things are kept (`project.files.oldCredentials`, `paths['token']`): the entry is the
 * file or the path of the thing named, judged as `credentials_path` is.
 */
const LOCATED = /^(?:files|filenames|paths|filepaths|dirs|directories|folders|urls|uris)$/i;
function lastName(chain: string): string {
  const sub = /\[\s*(?:"([^"]*)"|'([^']*)'|:(\w+))\s*\]!?$/.exec(chain);
  const member = sub ? undefined : /(?:^|[^\w$])([A-Za-z_$][\w$]*)\??\.([A-Za-z_$][\w$]*)!?$/.exec(chain);
  const key = sub ? (sub[1] ?? sub[2] ?? sub[3] ?? '') : member?.[2];
  if (key === undefined) return /[A-Za-z_$][\w$]*!?$/.exec(chain)?.[0].replace(/!$/, '') ?? '';
  let container = member?.[1] ?? '';
  if (sub) {
    const before = chain.slice(0, sub.index).trimEnd();
    let k = before.length;
    while (k > 0 && /[\w$]/.test(before[k - 1] as string)) k--;
    container = before.slice(k);
  }
  if (sub && COUNTED.test(container)) return `${key}_${container}`;
  return LOCATED.test(container) ? `${key}_path` : key;
}

/** A cheap look before a full walk: does the span contain any of these characters at all? */
function hasAny(text: string, span: Span, chars: string): boolean {
  for (let k = span.start; k < span.end; k++) if (chars.includes(text[k] as string)) return true;
  return false;
}

function collapse(text: string, span: Span): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Identifiers printed by an argument list [start, end). */
export function printedInArgs(text: string, span: Span, lang: Lang, depth: number, out: Printed[]): void {
  if (depth > MAX_DEPTH) return;
  const args = hasAny(text, span, ',') ? splitTopLevel(text, span, lang, depth, (k) => (text[k] === ',' ? 1 : 0)) : [span];
  for (const arg of args ?? []) printedInExpression(text, trimSpan(text, arg), lang, depth, out);
}

/** What may stand before a string's quote: Python's `f`/`r`/`b`, C#'s `$`/`@`, Scala's interpolators, Dart's `r`. */
const STRING_PREFIX: Readonly<Record<Lang, RegExp>> = {
  js: /^(?=["'`])/, go: /^(?=["'`])/, java: /^(?=["'])/, rb: /^(?=["'`])/, kt: /^(?=["'])/, swift: /^(?=["'])/,
  py: /^[rRbBuUfF]{0,2}(?=["'`])/,
  cs: /^(?:\$@|@\$|\$|@)?(?=")/,
  scala: /^(?:s|f|raw)?(?=")/,
  dart: /^r?(?=["'])/,
  php: /^(?=["'])/,
  rs: /^(?=")/,
};

/** Splits on concatenation and formatting operators (`+`, Python/Ruby `%`, Ruby `<<`). */
function printedInExpression(text: string, span: Span, lang: Lang, depth: number, out: Printed[]): void {
  if (!hasAny(text, span, lang === 'php' ? '+%<.' : '+%<')) return printedOperand(text, span, lang, depth, out);
  const operands = splitTopLevel(text, span, lang, depth, (k) => {
    const c = text[k];
    // PHP joins strings with `.` (not `.=`, `...`, a number's point)
    if (c === '.' && lang === 'php') return text[k + 1] !== '=' && text[k + 1] !== '.' && text[k - 1] !== '.' && !(/\d/.test(text[k - 1] ?? '') && /\d/.test(text[k + 1] ?? '')) ? 1 : 0;
    if (c === '+' && text[k + 1] !== '+' && text[k + 1] !== '=' && text[k - 1] !== '+') return 1;
    if (c === '%' && (lang === 'py' || lang === 'rb') && text[k + 1] !== '=') return 1;
    return c === '<' && lang === 'rb' && text[k + 1] === '<' ? 2 : 0;
  });
  for (const op of operands ?? []) printedOperand(text, trimSpan(text, op), lang, depth, out);
}

function printedOperand(text: string, span: Span, lang: Lang, depth: number, out: Printed[]): void {
  if (span.end <= span.start || depth > MAX_DEPTH) return;
  let src = text.slice(span.start, span.end);
  // Keyword arguments: Python `sep=x`, Ruby `token: x` (the value is what prints).
  // (Kotlin's and Scala's `name = x`; C#'s, Swift's and Dart's `name: x`)
  const kw = lang === 'py' || lang === 'kt' || lang === 'scala' ? /^[A-Za-z_]\w*\s*=(?![=>])/.exec(src) : lang === 'rb' ? /^[A-Za-z_]\w*:\s/.exec(src) : lang === 'cs' || lang === 'swift' || lang === 'dart' ? /^[A-Za-z_]\w*\s*:(?!:)\s*/.exec(src) : null;
  if (kw) return printedInExpression(text, { start: span.start + kw[0].length, end: span.end }, lang, depth + 1, out);
  const prefix = /^(?:[&*]|\.\.\.)/.exec(src);
  if (prefix && lang === 'go') return printedOperand(text, trimSpan(text, { start: span.start + 1, end: span.end }), lang, depth, out);
  const str = STRING_PREFIX[lang].exec(src);
  if (str) return printedInString(text, span, span.start + str[0].length, lang, depth, out);
  for (let suffix = SAME_VALUE_SUFFIX.exec(src); suffix; suffix = SAME_VALUE_SUFFIX.exec(src)) src = src.slice(0, suffix.index);
  if (CHAIN.test(src)) {
    if (KIND_MEMBER.test(src) || TEMPLATE_REF.test(src)) return;
    // a numbered pass (`"resolution, pass #" + pass`): the string before it says it is a number
    if (PASS_NAME.test(src) && numberSignBefore(text.slice(Math.max(0, span.start - 24), span.start))) return;
    // a name read from the environment (`process.env.TOKEN`, `ENV['TOKEN']`) is judged as a variable's name, not code's
    const holds = judgePrintedName(lastName(src), !ENVIRONMENT.test(src));
    if (holds) out.push({ start: span.start, end: span.start + src.length, name: collapse(text, { start: span.start, end: span.start + src.length }), holds });
    return;
  }
  const open = src[0];
  if (open === '(' || open === '[' || open === '{') {
    const inner = { start: span.start + 1, end: span.end - 1 };
    if (walk(text, inner.start, span.end, lang, depth, open === '(' ? ')' : open === '[' ? ']' : '}') !== span.end - 1) return;
    // (PHP's arrays are its maps: `['token' => $token]`)
    if (open === '{' || (open === '[' && lang === 'php')) return printedInObject(text, inner, lang, depth + 1, out);
    return printedInArgs(text, inner, lang, depth + 1, out);
  }
  printedInCall(text, span, src, lang, depth, out);
}

/** `callee(args)` spanning the whole operand: transparent wrappers, environment getters, `getPassword()`. */
function printedInCall(text: string, span: Span, src: string, lang: Lang, depth: number, out: Printed[]): void {
  const call = /^([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(/.exec(src);
  if (!call) return;
  const inner = { start: span.start + call[0].length, end: span.end - 1 };
  if (walk(text, inner.start, span.end, lang, depth, ')') !== span.end - 1) return;
  const callee = (call[1] as string).replace(/\s+/g, '');
  const args = text.slice(inner.start, inner.end).trim();
  if (TRANSPARENT.has(callee)) return printedInArgs(text, inner, lang, depth + 1, out);
  const literal = /^["'`]([A-Za-z_][\w.-]{0,80})["'`]$/.exec(args);
  const getter = /(?:^|\.)(?:get_?)([A-Za-z_]\w*)$/.exec(callee);
  // a getter's literal is a key's or a variable's name (`getenv("TOKEN")`); `getToken()` is code's
  const holds = GETTER.test(callee) && literal ? judgePrintedName(literal[1] as string, false) : args === '' && getter ? judgePrintedName(getter[1] as string, true) : '';
  if (holds) out.push({ start: span.start, end: span.end, name: collapse(text, span), holds });
}

function printedInString(text: string, span: Span, quoteAt: number, lang: Lang, depth: number, out: Printed[]): void {
  const lit = scanString(text, quoteAt, span.end, lang, depth);
  if (!lit) return;
  for (const interp of lit.interps) {
    const expr = lang === 'py' ? pythonInterpolation(text, interp) : lang === 'cs' ? csharpInterpolation(text, interp) : interp;
    const printed: Printed[] = [];
    printedInExpression(text, trimSpan(text, expr), lang, depth + 1, printed);
    const segment = printed.length > 0 && isDottedSegment(text, interp, lang);
    const tally = printed.length > 0 && isTally(text, interp);
    for (const p of printed) if (!(segment && mayBeLookupKey(p.holds)) && !(tally && PASS_NAME.test(p.name))) out.push(p);
  }
  // `"key={}".format(api_key)`
  const rest = text.slice(lit.end, span.end);
  const format = /^\s*\.\s*format\s*\(/.exec(rest);
  if (format && rest.endsWith(')')) printedInArgs(text, { start: lit.end + format[0].length, end: span.end - 1 }, lang, depth + 1, out);
}

/** A variable named for passing, as a test runner's tally is (`pass`, `passes`, `passed`). */
const PASS_NAME = /^(?:pass|passe[sd])$/i;
/** A string ending in a number sign joined to what follows (`"pass #" +`, `'#' .`): a number comes next. */
function numberSignBefore(before: string): boolean {
  let rest = before.trimEnd();
  if (/[+.,]$/.test(rest)) rest = rest.slice(0, -1).trimEnd();
  if (!/["'`]$/.test(rest)) return false;
  return rest.slice(0, -1).trimEnd().endsWith('#');
}

/**
 * True when the string goes on after the interpolation with the word for what it counts (`${pass} passed, ${fail}
 * failed`, `{passes} tests passed`): a tally of a test run, printed, not a password.
 */
function isTally(text: string, interp: Span): boolean {
  return /^[}\]]?\s{1,3}(?:passed|passing|pass(?:es)?|ok|succeeded|tests?|checks?)\b/i.test(text.slice(interp.end, interp.end + 24));
}

/**
 * True when the interpolation is joined by a dot to the one before or after it (`${appKey}.${toolName}`,
 * f"{app_key}.{action}"): a segment of a qualified name. `interp` spans the expression, its closing `}` at interp.end.
 */
function isDottedSegment(text: string, interp: Span, lang: Lang): boolean {
  if (lang !== 'py' && lang !== 'js' && lang !== 'rb') return false;
  const opener = lang === 'py' ? 1 : 2;
  const nextOpens = lang === 'py' ? text[interp.end + 2] === '{' && text[interp.end + 3] !== '{' : (text[interp.end + 2] === '$' || text[interp.end + 2] === '#') && text[interp.end + 3] === '{';
  if (text[interp.end + 1] === '.' && nextOpens) return true;
  const before = interp.start - opener - 1;
  return before > 0 && text[before] === '.' && text[before - 1] === '}';
}

/** f"{expr!r:>10}" and f"{expr=}": the expression ends at a top-level `!`, `:` or trailing `=`. */
function pythonInterpolation(text: string, span: Span): Span {
  let end = span.end;
  walk(text, span.start, span.end, 'py', MAX_DEPTH, undefined, (k) => {
    const c = text[k];
    const next = text[k + 1];
    if (k >= end) return;
    if ((c === '!' && next !== '=') || c === ':' || (c === '=' && next !== '=' && !/[=!<>]/.test(text[k - 1] ?? ''))) end = k;
  });
  return { start: span.start, end };
}

/** C#'s `{expr,10:N2}`: the expression ends at a top-level `,` (alignment) or `:` (format), not at `::` or `?:`. */
function csharpInterpolation(text: string, span: Span): Span {
  let end = span.end;
  walk(text, span.start, span.end, 'cs', MAX_DEPTH, undefined, (k) => {
    if (k >= end) return;
    const c = text[k];
    if (c === ',' || (c === ':' && text[k + 1] !== ':' && text[k - 1] !== ':')) end = k;
  });
  return { start: span.start, end };
}

/** `{ token }`, `{ key: token }`, `{"key": token}`, `{key => token}`: the values print. */
function printedInObject(text: string, span: Span, lang: Lang, depth: number, out: Printed[]): void {
  for (const item of splitTopLevel(text, span, lang, depth, (k) => (text[k] === ',' ? 1 : 0)) ?? []) {
    let valueStart = -1;
    walk(text, item.start, item.end, lang, depth, undefined, (k) => {
      if (valueStart >= 0) return;
      if (text[k] === ':' && text[k + 1] !== ':' && text[k - 1] !== ':') valueStart = k + 1;
      else if (text[k] === '=' && text[k + 1] === '>') valueStart = k + 2;
    });
    const value = trimSpan(text, valueStart >= 0 ? { start: valueStart, end: item.end } : item);
    if (text.startsWith('...', value.start)) continue;
    printedInExpression(text, value, lang, depth, out);
  }
}
