// Ways of giving a secret-named setting a literal without an assignment operator, each read forward
// from the name only (bounded, linear in what it reads):
//   C and Arduino      #define WIFI_PASSWORD "…"
//   XML elements       <apiSecret>…</apiSecret>
//   command-line flags --api-key …, --client-secret=…, -password "…"
import { lineStartWithin } from '../../kit/name-value.js';

/** A literal's span in the text (quotes excluded) and whether it was quoted. */
export interface LiteralSpan {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

const MAX_VALUE = 300;

/** `#define NAME "value"`: the quoted value after a name that a #define opens. */
export function defineValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  const lineStart = lineStartWithin(text, nameStart, 40);
  if (lineStart < 0 || !/^[ \t]{0,8}#[ \t]{0,4}define[ \t]{1,8}$/.test(text.slice(lineStart, nameStart))) return undefined;
  let at = nameEnd;
  while (at < text.length && at - nameEnd < 40 && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at === nameEnd || text[at] !== '"') return undefined;
  return quoted(text, at, '"');
}

/** `<name>value</name>`: an element's text on one line, when the element is named by the name alone. */
export function elementValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  if (text[nameStart - 1] !== '<' || text[nameEnd] !== '>') return undefined;
  const start = nameEnd + 1;
  let end = start;
  while (end < text.length && end - start <= MAX_VALUE && text[end] !== '<' && text[end] !== '\n') end++;
  if (end === start || !text.startsWith(`</${text.slice(nameStart, nameEnd)}>`, end)) return undefined;
  return { start, end, quoted: true };
}

/**
 * `--api-key value`, `--api-key=value`, `-password "value"`: the flag's argument. `name` is the flag
 * with its dashes; the value is quoted, or bare up to the next blank.
 */
export function flagValue(text: string, flagStart: number, flagEnd: number): LiteralSpan | undefined {
  // a flag stands after a blank, a quote or an opening bracket, never inside a word (`a--b`)
  const before = text[flagStart - 1];
  if (flagStart > 0 && before !== ' ' && before !== '\t' && before !== '"' && before !== "'" && before !== '[' && before !== '(') return undefined;
  let at = flagEnd;
  if (text[at] === '=') at++;
  else {
    const from = at;
    while (at < text.length && at - from < 4 && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at === from) return undefined;
  }
  const q = text[at];
  if (q === '"' || q === "'") return quoted(text, at, q);
  let end = at;
  while (end < text.length && end - at <= MAX_VALUE && !/[\s"'`;|&)\\]/.test(text[end] as string)) end++;
  if (end === at || text[at] === '-' || text[at] === '$') return undefined; // another flag, a variable
  return { start: at, end, quoted: false };
}

function quoted(text: string, open: number, q: string): LiteralSpan | undefined {
  let end = open + 1;
  while (end < text.length && end - open <= MAX_VALUE && text[end] !== q && text[end] !== '\n') end++;
  return text[end] === q && end > open + 1 ? { start: open + 1, end, quoted: true } : undefined;
}
