// Settings written as a list of name/value pairs: the setting's name is the value of a `name` key,
// its value that of a sibling `value` key.
//   Kubernetes env, Azure Pipelines variables:   - name: STRIPE_API_KEY
//                                                   value: "…"
//   ECS task definitions, CloudFormation:         {"name": "STRIPE_API_KEY", "value": "…"}
//   Terraform blocks (ECS, Helm releases):        name  = "STRIPE_API_KEY"
//                                                 value = "…"
// Given a name written that way, pairedValue finds the value, so that detectors judging `NAME = value`
// assignments judge these too. Forward only, within PAIR_LINES lines and PAIR_REACH characters: linear
// in what it reads, whatever the input.

/** A literal's span in the text (quotes excluded) and whether it was quoted. */
export interface LiteralSpan {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** How far the `value` key may stand below the name: the next lines of the same object. */
const PAIR_LINES = 4;
const PAIR_REACH = 400;
const MAX_VALUE = 300;

/** What stands before a name given as the value of a `name` key, at the end of the text before it. */
const NAME_KEY = /(?:^[ \t]{0,80}(?:-[ \t]{1,8})?|[{,][ \t]{0,8})(["']?)(?:name|Name|NAME|key|Key)\1[ \t]{0,8}[:=][ \t]{0,8}["']?$/;
/** NAME_KEY's inline form alone: for a name on a long line (minified JSON, a HAR file), whose start is not looked for. */
const INLINE_NAME_KEY = /[{,][ \t]{0,8}(["']?)(?:name|Name|NAME|key|Key)\1[ \t]{0,8}[:=][ \t]{0,8}["']?$/;
/**
 * A `value` key, at the start of a line (after indentation or a list dash) or after a comma; or a `default` key, the
 * value a pipeline's or a form's parameter takes when none is given (Azure Pipelines' `- name: api_token` / `default: …`).
 */
const VALUE_KEY = /[ \t]{0,80}(?:-[ \t]{1,8})?(["']?)(?:value|Value|VALUE|default|Default)\1[ \t]{0,8}[:=][ \t]{0,8}/y;
/** Another member of the name's object on its own line (`type: string`, `displayName: …`), passed over on the way to the value. */
const SIBLING_KEY = /^["']?(?:type|displayName|description|label|title|required|optional|secret|sensitive)["']?[ \t]{0,8}[:=]/;
const SAME_LINE_VALUE_KEY = /["']?[ \t]{0,8},[ \t]{0,8}(["']?)(?:value|Value|VALUE)\1[ \t]{0,8}[:=][ \t]{0,8}/y;

/**
 * The value paired with the name at [nameStart, nameEnd), when that name is the value of a `name`
 * (or `key`) key and a `value` key follows on the same line or starts one of the next lines.
 */
export function pairedValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  // first a cheap look at the characters before the name: `:` or `=`, then blanks and one quote
  let k = nameStart - 1;
  if (text[k] === '"' || text[k] === "'") k--;
  while (k >= 0 && nameStart - k < 12 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (text[k] !== ':' && text[k] !== '=') return undefined;
  // `{"key":"apiKey","value":"…"}` on one long line (a Postman export, a HAR file's headers): only the inline form is read there
  const lineStart = lineStartWithin(text, nameStart, 120);
  if (lineStart < 0 ? !INLINE_NAME_KEY.test(text.slice(Math.max(0, nameStart - 40), nameStart)) : !NAME_KEY.test(text.slice(lineStart, nameStart))) return undefined;
  SAME_LINE_VALUE_KEY.lastIndex = nameEnd;
  if (SAME_LINE_VALUE_KEY.test(text)) return valueAt(text, SAME_LINE_VALUE_KEY.lastIndex);
  // the rest of the name's line: a closing quote and a comma at most
  let pos = nameEnd;
  while (pos < text.length && pos - nameEnd < 8 && /[ \t"',\r]/.test(text[pos] as string)) pos++;
  if (text.charCodeAt(pos) !== 0x0a) return undefined;
  const limit = Math.min(text.length, nameEnd + PAIR_REACH);
  for (let line = 0; line < PAIR_LINES && pos < limit; line++) {
    const start = pos + 1;
    let end = start;
    while (end < limit && text.charCodeAt(end) !== 0x0a) end++;
    const body = text.slice(start, end).trim();
    if (body === '' || body.startsWith('#') || body.startsWith('//')) {
      pos = end;
      continue;
    }
    VALUE_KEY.lastIndex = start;
    if (VALUE_KEY.test(text) && VALUE_KEY.lastIndex <= end) return valueAt(text, VALUE_KEY.lastIndex);
    if (!SIBLING_KEY.test(body)) return undefined;
    pos = end;
  }
  return undefined;
}

/** A quoted value, or a bare one up to the end of its line, a comment, a comma or a closing brace. */
function valueAt(text: string, at: number): LiteralSpan | undefined {
  const q = text[at];
  if (q === '"' || q === "'") return quotedSpan(text, at);
  let end = at;
  while (end < text.length && end - at <= MAX_VALUE && !/[\s,}\]]/.test(text[end] as string)) end++;
  return end > at ? { start: at, end, quoted: false } : undefined;
}

/**
 * The start of the line holding `at`, or `at - max` when the line starts further back: what a look-back of
 * at most `max` characters on the same line reads. Never a search to the start of a long line, which, done
 * for each of the thousands of matches one minified line can hold, would be quadratic.
 */
export function lineStartNear(text: string, at: number, max: number): number {
  const floor = Math.max(0, at - max);
  for (let i = at; i > floor; i--) if (text.charCodeAt(i - 1) === 0x0a) return i;
  return floor;
}

/** The end of the line holding `at` (its line break), or `at + max` when the line goes on further: lineStartNear's other side. */
export function lineEndNear(text: string, at: number, max: number): number {
  const ceiling = Math.min(text.length, at + max);
  for (let i = at; i < ceiling; i++) if (text.charCodeAt(i) === 0x0a) return i;
  return ceiling;
}

/**
 * Where the `lines` lines above the one holding `at` start (that line's own start for 0), looking back `chars` characters
 * at most (a long line is cut there): the comment and code above a value that a rule reads, within a history window's reach.
 */
export function startOfLinesAbove(text: string, at: number, lines: number, chars: number): number {
  let from = at;
  for (let seen = 0; from > 0 && at - from < chars; from--) if (text[from - 1] === '\n' && ++seen > lines) break;
  return from;
}

/** The start of the line holding `at` when it is at most `max` characters back, else -1 (never a search to the start of a long line). */
export function lineStartWithin(text: string, at: number, max: number): number {
  for (let i = at; i > 0 && at - i <= max; i--) if (text.charCodeAt(i - 1) === 0x0a) return i;
  return at <= max ? 0 : -1;
}

/** The text between the quote at `open` and the same quote later on its line (at most 300 characters, not empty). */
export function quotedSpan(text: string, open: number): LiteralSpan | undefined {
  const q = text[open];
  let end = open + 1;
  while (end < text.length && end - open <= MAX_VALUE && text[end] !== q && text[end] !== '\n') end++;
  return text[end] === q && end > open + 1 ? { start: open + 1, end, quoted: true } : undefined;
}
