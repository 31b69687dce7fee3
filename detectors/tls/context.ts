// Where an offset sits: code, a string literal or a comment, judged line by line with the comment
// and quote syntax of the file's language (multi-line strings and block comments are only caught by
// their `*`-prefixed lines; Python's triple-quoted strings by the quote that opens them, see
// inPythonBlockString). In prose files (Markdown, reStructuredText, AsciiDoc, plain text) only
// fenced code blocks count as code. Queries in increasing order cost one pass over the text.
import { PROSE_EXTENSIONS } from '../kit/prose.js';

export type Place = 'code' | 'string' | 'comment';

interface Syntax {
  /** `#` starts a comment anywhere ('anywhere'), only at a word start ('word'), or never ('none'). */
  readonly hash: 'anywhere' | 'word' | 'none';
  /** `//` and `/*` start comments anywhere (C family) or only at a line start. */
  readonly slashes: boolean;
  /** Lines starting with `;` are comments (ini-style files). */
  readonly semicolon: boolean;
  readonly quotes: string;
}

const C_FAMILY: Syntax = { hash: 'none', slashes: true, semicolon: false, quotes: '"\'`' };
const PYTHON: Syntax = { hash: 'anywhere', slashes: false, semicolon: false, quotes: '"\'' };
const JSON_SYNTAX: Syntax = { hash: 'none', slashes: false, semicolon: false, quotes: '"' };
const INI: Syntax = { hash: 'word', slashes: false, semicolon: true, quotes: '"' };
const SHELL: Syntax = { hash: 'word', slashes: false, semicolon: false, quotes: '"\'' };
const NOTEBOOK: Syntax = { hash: 'anywhere', slashes: false, semicolon: false, quotes: '' };

const BY_EXTENSION: Readonly<Record<string, Syntax>> = {
  js: C_FAMILY, mjs: C_FAMILY, cjs: C_FAMILY, jsx: C_FAMILY, ts: C_FAMILY, mts: C_FAMILY, cts: C_FAMILY, tsx: C_FAMILY,
  go: C_FAMILY, java: C_FAMILY, kt: C_FAMILY, kts: C_FAMILY, scala: C_FAMILY, groovy: C_FAMILY, gradle: C_FAMILY,
  cs: C_FAMILY, c: C_FAMILY, h: C_FAMILY, cc: C_FAMILY, cpp: C_FAMILY, hpp: C_FAMILY, swift: C_FAMILY, rs: C_FAMILY,
  dart: C_FAMILY, json5: C_FAMILY, jsonc: C_FAMILY, php: { ...C_FAMILY, hash: 'anywhere' },
  py: PYTHON, pyw: PYTHON, pyi: PYTHON, json: JSON_SYNTAX, ipynb: NOTEBOOK,
  ini: INI, cfg: INI, conf: INI, properties: INI, npmrc: INI, yarnrc: INI, gitconfig: INI, editorconfig: INI,
};

function syntaxOf(path: string): { syntax: Syntax; prose: boolean } {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 ? base.slice(dot + 1) : '';
  if (PROSE_EXTENSIONS.has(ext)) return { syntax: SHELL, prose: true };
  if (base === 'jenkinsfile') return { syntax: C_FAMILY, prose: false };
  if (base === 'config' && path.includes('.git/')) return { syntax: INI, prose: false };
  return { syntax: BY_EXTENSION[ext] ?? SHELL, prose: false };
}

/** Offsets of fenced code block bodies (``` or ~~~) in a prose file, as sorted [start, end) pairs. */
function fences(text: string): number[] {
  const spans: number[] = [];
  const fence = /^ {0,3}(`{3,}|~{3,})/gm;
  let open: string | undefined;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const marker = m[1] as string;
    const nl = text.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    if (!open) {
      open = marker;
      spans.push(lineEnd + 1);
    } else if (marker[0] === open[0] && marker.length >= open.length) {
      open = undefined;
      spans.push(m.index);
    }
    fence.lastIndex = lineEnd;
  }
  if (open) spans.push(text.length);
  return spans;
}

/** What stands before a triple quote that opens a string: `X = """`, `warn("""`, `return """`, `f"""` after them. */
const OPENS_BEFORE = /(?:[=(\[{,:]|\breturn|\byield)[ \t]*(?:[rRbBfFuU]{1,2})?$/;
/** A string prefix alone before a quote that starts its line. */
const PREFIX_ONLY = /^[ \t]*(?:[rRbBfFuU]{1,2})?$/;
/** How far back the opening quote is looked for: as far as a detector of reach 'lines' sees. */
const BLOCK_STRING_REACH = 1024;

/**
 * True when `offset` sits inside a Python triple-quoted string whose opening quote is within 1 KiB
 * before it and no triple quote of the same kind comes between: a message or docstring spread over
 * lines (`W_CERT_NONE = """Setting cert_reqs=CERT_NONE means …"""`) is prose, not a setting. The
 * nearest triple quote before the offset opens a string when what precedes it on its line is an
 * assignment, a call's or collection's opening, `return`, or nothing at all with text after it
 * (`"""Fetches …`) or a `def`/`class` header's `:` on the line before (a docstring's opening alone on
 * its line). A closing quote has an expression's end before it, or stands alone after a text line.
 * Judged on the nearby text only: a history scan may see just the changed part of a file.
 */
export function inPythonBlockString(text: string, offset: number): boolean {
  const from = Math.max(0, offset - BLOCK_STRING_REACH);
  const window = text.slice(from, offset);
  const p = Math.max(window.lastIndexOf('"""'), window.lastIndexOf("'''"));
  if (p < 0) return false;
  const at = from + p;
  const quote = text.slice(at, at + 3);
  if (text.slice(at + 3, offset).includes(quote) || text[at + 3] === quote[0]) return false; // closed, or a run of four quotes
  const lineStart = window.lastIndexOf('\n', p - 1) + 1 + from; // within the window: no search past it
  const before = text.slice(Math.max(lineStart, at - 200), at);
  if (!PREFIX_ONLY.test(before)) return OPENS_BEFORE.test(before);
  // a quote first on its line: an opening with text after it (a closing one has `.format(`, `)` or nothing after it)
  const nl = window.indexOf('\n', p);
  const rest = text.slice(at + 3, nl < 0 ? offset : from + nl).trim();
  if (rest !== '') return !rest.includes(quote) && !/^[.)\],}%+*]/.test(rest);
  if (lineStart === 0 || lineStart - from < 2) return false;
  const prevEnd = lineStart - 1;
  const prevBreak = window.lastIndexOf('\n', prevEnd - from - 1);
  if (prevBreak < 0 && from > 0) return false; // the line above starts before the window
  const prevStart = from + prevBreak + 1;
  return /^[ \t]*(?:async[ \t]+)?(?:def|class)\b[^\n]*:[ \t]*$/.test(text.slice(prevStart, prevEnd));
}

export class CodeContext {
  private readonly syntax: Syntax;
  private readonly fenced?: number[];
  private lineStart = -1;
  private lineEnd = -1;
  private at = 0;
  private quote = '';
  private quoteAt = -1;
  private comment = false;

  constructor(path: string, private readonly text: string) {
    const { syntax, prose } = syntaxOf(path);
    this.syntax = syntax;
    if (prose) this.fenced = fences(text);
  }

  /** Where `offset` sits. */
  place(offset: number): Place {
    if (this.fenced && !this.inFence(offset)) return 'comment';
    if (this.syntax === PYTHON && inPythonBlockString(this.text, offset)) return 'string';
    if (offset < this.lineStart || offset > this.lineEnd || offset < this.at) this.startLine(offset);
    this.advance(offset);
    return this.comment ? 'comment' : this.quote ? 'string' : 'code';
  }

  /**
   * The string literal holding `offset` (after place(offset) said 'string'): its content's [start, end)
   * on that line, the end at the closing quote or the line's end.
   */
  literal(offset: number): [number, number] {
    if (this.place(offset) !== 'string') return [offset, offset];
    const text = this.text;
    let i = offset;
    for (; i < this.lineEnd && text[i] !== this.quote; i++) if (text[i] === '\\') i++;
    return [this.quoteAt + 1, Math.min(i, this.lineEnd)];
  }

  /** The [start, end) of the line holding `offset` (the last line asked about, cached). */
  line(offset: number): [number, number] {
    if (offset < this.lineStart || offset > this.lineEnd) this.startLine(offset);
    return [this.lineStart, this.lineEnd];
  }

  private inFence(offset: number): boolean {
    const spans = this.fenced as number[];
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo % 2 === 1;
  }

  private startLine(offset: number): void {
    const text = this.text;
    this.lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
    const nl = text.indexOf('\n', offset);
    this.lineEnd = nl < 0 ? text.length : nl;
    this.quote = '';
    let i = this.lineStart;
    while (i < this.lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    this.at = i;
    const s = this.syntax;
    const c = text[i];
    const two = text.slice(i, i + 2);
    this.comment =
      (c === '#' && s.hash !== 'none') || (c === ';' && s.semicolon) || two === '//' || two === '/*' ||
      (c === '*' && s.slashes && (text[i + 1] === ' ' || text[i + 1] === '/' || i + 1 === this.lineEnd)) ||
      text.startsWith('<!--', i);
  }

  private advance(offset: number): void {
    const text = this.text;
    const s = this.syntax;
    let i = this.at;
    for (; i < offset && !this.comment; i++) {
      const c = text[i] as string;
      if (this.quote) {
        if (c === '\\') i++;
        else if (c === this.quote) this.quote = '';
      } else if (s.quotes.includes(c)) {
        this.quote = c;
        this.quoteAt = i;
      }
      else if (c === '#' && (s.hash === 'anywhere' || (s.hash === 'word' && (i === this.lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')))) this.comment = true;
      else if (c === '/' && s.slashes && (text[i + 1] === '/' || text[i + 1] === '*')) this.comment = true;
    }
    this.at = Math.max(i, this.at);
  }
}
