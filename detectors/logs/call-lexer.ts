// A bounded lexer for the argument lists of logging calls: skips strings, comments and bracketed groups,
// reports interpolations. Every scan is limited to a caller-given window and each character is visited
// once per nesting level (at most MAX_DEPTH), so a call costs O(window).

export type Lang = 'js' | 'py' | 'go' | 'java' | 'rb' | 'kt' | 'cs' | 'swift' | 'scala' | 'dart' | 'php' | 'rs';

/** Languages whose strings interpolate `$name` and `${expr}`: Kotlin (all), Dart (not raw `r'…'`), Scala (`s"…"`, `f"…"`). */
const DOLLAR_INTERPOLATION: ReadonlySet<Lang> = new Set(['kt', 'dart', 'scala']);
/** Languages whose triple-quoted strings span lines. */
const TRIPLE_QUOTED: ReadonlySet<Lang> = new Set(['py', 'java', 'kt', 'swift', 'scala', 'dart']);

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface StringLiteral {
  readonly end: number; // index after the closing quote
  readonly interps: readonly Span[]; // interpolated expressions: `${x}`, `#{x}`, f"{x}"
}

export const MAX_DEPTH = 4;
const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

export function isQuote(c: string | undefined, lang: Lang): boolean {
  return c === '"' || c === "'" || (c === '`' && (lang === 'js' || lang === 'go' || lang === 'rb'));
}

/** Python f-strings: an `f` among the 1-2 prefix letters before the quote. */
function isFString(text: string, i: number): boolean {
  let k = i;
  while (k > i - 2 && k > 0 && /[rRbBuUfF]/.test(text[k - 1] as string)) k--;
  return k < i && !/[\w$]/.test(text[k - 1] ?? '') && /[fF]/.test(text.slice(k, i));
}

/** The letters (and C#'s `$`/`@`) written right before the quote at `i`: `f`, `rb`, `s`, `raw`, `$@`. */
function quotePrefix(text: string, i: number): string {
  let k = i;
  while (k > i - 3 && k > 0 && /[A-Za-z$@]/.test(text[k - 1] as string)) k--;
  return /[\w$]/.test(text[k - 1] ?? '') ? '' : text.slice(k, i);
}

/** The string literal opening at `i`; undefined when it does not close before `limit`. */
export function scanString(text: string, i: number, limit: number, lang: Lang, depth: number): StringLiteral | undefined {
  const q = text[i] as string;
  const triple = TRIPLE_QUOTED.has(lang) && text.startsWith(q + q + q, i);
  const close = triple ? q + q + q : q;
  const prefix = lang === 'cs' || lang === 'scala' || lang === 'dart' ? quotePrefix(text, i) : '';
  // no escapes: Go's backquotes, C#'s verbatim `@"…"` (`""` is a quote), Dart's `r'…'`, Kotlin's and Scala's `"""…"""`
  const verbatim = lang === 'cs' && prefix.includes('@');
  const raw = (lang === 'go' && q === '`') || verbatim || (lang === 'dart' && prefix === 'r') || (triple && (lang === 'kt' || lang === 'scala'));
  const dollar =
    DOLLAR_INTERPOLATION.has(lang) &&
    (lang === 'kt' ? q === '"' : lang === 'dart' ? prefix !== 'r' : prefix === 's' || prefix === 'f' || prefix === 'raw');
  const braces = lang === 'cs' && prefix.includes('$'); // C#'s `$"… {expr} …"`
  const php = lang === 'php' && q === '"'; // PHP's `"… $name, $obj->prop, {$expr} …"`
  const rust = lang === 'rs' && q === '"'; // a Rust format string's captured identifier: `"{token}"`, `"{token:?}"`
  const interpolation =
    (lang === 'js' && q === '`') || (lang === 'rb' && (q === '"' || q === '`')) || (lang === 'py' && isFString(text, i)) || dollar || braces || php || rust || (lang === 'swift' && q === '"');
  const interps: Span[] = [];
  /** An interpolated expression from `start` to its `closer` (recorded): the closer's index, or -1 when it does not close. */
  const nested = (start: number, closer: string): number => {
    if (depth >= MAX_DEPTH) return -1;
    const end = walk(text, start, limit, lang, depth + 1, closer);
    if (end < 0 || end >= limit) return -1;
    interps.push({ start, end });
    return end;
  };
  for (let k = i + close.length; k < limit; ) {
    const c = text[k] as string;
    if (lang === 'swift' && interpolation && c === '\\' && text[k + 1] === '(') {
      // Swift's `\(expr)`
      const end = nested(k + 2, ')');
      if (end < 0) return undefined;
      k = end + 1;
      continue;
    }
    if (c === '\\' && !raw) {
      k += 2;
      continue;
    }
    if (verbatim && c === '"' && text[k + 1] === '"') {
      k += 2;
      continue;
    }
    if (c === '\n' && !triple && q !== '`' && lang !== 'rb' && !verbatim) return undefined;
    if (text.startsWith(close, k)) return { end: k + close.length, interps };
    if (rust && c === '{') {
      if (text[k + 1] === '{') {
        k += 2; // `{{` is a literal brace
        continue;
      }
      const m = /^\{([A-Za-z_]\w{0,60})[}:]/.exec(text.slice(k, Math.min(limit, k + 64)));
      if (m) interps.push({ start: k + 1, end: k + 1 + (m[1] as string).length });
      k++;
      continue;
    }
    if (php && c === '{' && text[k + 1] === '$') {
      const end = nested(k + 1, '}');
      if (end < 0) return undefined;
      k = end + 1;
      continue;
    }
    if (php && c === '$' && /[A-Za-z_]/.test(text[k + 1] ?? '')) {
      // `$name`, and one property after it (`$user->password`), as PHP reads them
      const m = /^\$[A-Za-z_]\w{0,60}(?:->[A-Za-z_]\w{0,60})?/.exec(text.slice(k, Math.min(limit, k + 130)));
      const end = k + (m?.[0].length ?? 1);
      interps.push({ start: k, end });
      k = end;
      continue;
    }
    if (dollar && c === '$' && /[A-Za-z_]/.test(text[k + 1] ?? '')) {
      // `$name`: the identifier alone (Kotlin, Dart and Scala read no member after it)
      let end = k + 1;
      while (end < limit && /\w/.test(text[end] as string)) end++;
      interps.push({ start: k + 1, end });
      k = end;
      continue;
    }
    if (braces && c === '{') {
      if (text[k + 1] === '{') {
        k += 2; // `{{` is a literal brace
        continue;
      }
      const end = nested(k + 1, '}');
      if (end < 0) return undefined;
      k = end + 1;
      continue;
    }
    if (braces && c === '}' && text[k + 1] === '}') {
      k += 2;
      continue;
    }
    const open = !interpolation || braces || php || rust || lang === 'swift' ? 0 : lang === 'py' ? (c === '{' ? 1 : 0) : (c === '$' || c === '#') && text[k + 1] === '{' ? 2 : 0;
    if (open === 1 && text[k + 1] === '{') {
      k += 2; // `{{` is a literal brace in f-strings
      continue;
    }
    if (open > 0 && !(lang !== 'rb' && c === '#') && !(lang === 'rb' && c === '$')) {
      const end = nested(k + open, '}');
      if (end < 0) return undefined;
      k = end + 1;
      continue;
    }
    k++;
  }
  return undefined;
}

/**
 * Walks text[start, limit) skipping strings, comments and bracketed groups, calling `visit` at depth 0.
 * Returns the index of an unmatched `stop` closer, `limit` when the window ends first, -1 when malformed.
 */
export function walk(text: string, start: number, limit: number, lang: Lang, depth: number, stop?: string, visit?: (k: number) => void): number {
  const stack: string[] = [];
  for (let k = start; k < limit; ) {
    const c = text[k] as string;
    if (isQuote(c, lang)) {
      const s = scanString(text, k, limit, lang, depth);
      if (!s) return -1;
      k = s.end;
      continue;
    }
    const slashComment = lang !== 'py' && lang !== 'rb' && c === '/' && (text[k + 1] === '/' || text[k + 1] === '*');
    if (slashComment || (c === '#' && (lang === 'py' || lang === 'rb' || (lang === 'php' && text[k + 1] !== '[')))) {
      const block = slashComment && text[k + 1] === '*';
      const end = text.indexOf(block ? '*/' : '\n', k + 2);
      k = end < 0 || end >= limit ? limit : end + (block ? 2 : 0);
      continue;
    }
    const closer = CLOSERS[c];
    if (closer !== undefined) stack.push(closer);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.length === 0) return c === stop ? k : -1;
      if (stack.pop() !== c) return -1;
      k++;
      continue;
    }
    if (stack.length === 0 && closer === undefined) visit?.(k);
    k++;
  }
  return stack.length === 0 || stop !== undefined ? limit : -1;
}

/** Splits [start, end) at top-level separators; `sepLength(k)` is the separator's length at k, or 0. */
export function splitTopLevel(text: string, span: Span, lang: Lang, depth: number, sepLength: (k: number) => number): Span[] | undefined {
  const pieces: Span[] = [];
  let from = span.start;
  let skipUntil = -1;
  const r = walk(text, span.start, span.end, lang, depth, undefined, (k) => {
    if (k < skipUntil) return;
    const n = sepLength(k);
    if (n > 0) {
      pieces.push({ start: from, end: k });
      from = k + n;
      skipUntil = from;
    }
  });
  if (r < 0) return undefined;
  pieces.push({ start: from, end: span.end });
  return pieces;
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/**
 * Tells whether a position sits on a line that starts with a comment marker (`//`, `/*`, `*` or `#`).
 * Each line is examined once when positions are asked in increasing order (the last line is cached).
 */
export function commentedLines(text: string, hash: boolean): (pos: number) => boolean {
  let cachedFor = -1;
  let cachedEnd = -1;
  let cached = false;
  return (pos) => {
    if (pos >= cachedFor && pos <= cachedEnd) return cached; // the line asked about last (minified files are one line)
    const lineStart = pos > 0 ? text.lastIndexOf('\n', pos - 1) + 1 : 0;
    if (cachedFor !== lineStart) {
      const nl = text.indexOf('\n', lineStart);
      cachedEnd = nl < 0 ? text.length : nl;
      let k = lineStart;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      cached = hash ? text[k] === '#' : text.startsWith('//', k) || text.startsWith('/*', k) || text[k] === '*';
      cachedFor = lineStart;
    }
    return cached;
  };
}
