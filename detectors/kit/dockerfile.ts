// A Dockerfile parser for detectors: instructions with their lines and offsets, grouped into
// build stages. It follows BuildKit's lexical rules (parser directives, line continuations with
// the escape character, comment and blank lines inside continuations, heredocs on RUN/COPY/ADD)
// and does not evaluate anything. One pass over the lines: linear time on any input.

/** A heredoc body (`RUN <<EOF … EOF`), as raw text of the file. */
export interface Heredoc {
  readonly delimiter: string;
  /** The body's text, from the line after the instruction up to (not including) the terminator line. */
  readonly body: string;
  /** Offset of `body` in the file. */
  readonly bodyStart: number;
  /** 1-based line of the body's first line. */
  readonly line: number;
}

/** A continuation line's piece of an instruction's `args`: `args[at + i]` is the file's character `offset + i`. */
export interface ArgPiece {
  readonly at: number;
  readonly offset: number;
}

export interface Instruction {
  /** The keyword in upper case: FROM, RUN, USER, ... */
  readonly keyword: string;
  /** Everything after the keyword, continuation lines joined (escape + newline removed, comment lines dropped). */
  readonly args: string;
  /** 1-based line of the keyword. */
  readonly line: number;
  /** 1-based last line, heredoc terminators included. */
  readonly endLine: number;
  /** Offset of the keyword in the file. */
  readonly start: number;
  /** Offset just past the instruction's last character (heredocs included, line break excluded). */
  readonly end: number;
  /** Index in `stages`; -1 for the ARGs before the first FROM. */
  readonly stage: number;
  readonly heredocs: readonly Heredoc[];
  /** Offset of `args` in the file (its first line's part). */
  readonly argsStart: number;
  /** Where the parts of `args` from continuation lines sit in the file (empty for one-line instructions). */
  readonly pieces: readonly ArgPiece[];
}

export interface Stage {
  readonly index: number;
  /** The `AS name`, lower-cased (stage names are case-insensitive). */
  readonly name?: string;
  /** The image or stage named by FROM (flags such as --platform dropped). */
  readonly base: string;
  /** The earlier stage this one builds on (`FROM <stage-name>`), whose config (USER, ENV) it inherits. */
  readonly parent?: number;
  /** 1-based line of the FROM. */
  readonly line: number;
  /** Index of the FROM in `instructions`. */
  readonly from: number;
}

export interface Dockerfile {
  readonly instructions: readonly Instruction[];
  readonly stages: readonly Stage[];
  /** The escape character: '\\' unless a `# escape=` directive says '`'. */
  readonly escape: string;
}

const DIRECTIVE = /^#[ \t]*([A-Za-z]{1,32})[ \t]*=[ \t]*(\S{1,256})[ \t]*$/;
const HEREDOC = /(?<!<)<<(-?)(?:"([^"\n]{1,64})"|'([^'\n]{1,64})'|([A-Za-z_][A-Za-z0-9_.-]{0,63}))/g;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const NO_HEREDOCS: readonly Heredoc[] = [];

let cache: { readonly text: string; readonly result: Dockerfile } | undefined;

/** Parses a Dockerfile. The last result is memoised: several detectors parse the same text in a row. */
export function parseDockerfile(text: string): Dockerfile {
  if (cache?.text === text) return cache.result;
  const result = new DockerfileParser(text).parse();
  cache = { text, result };
  return result;
}

/** The file offset of the character at `index` in `ins.args`. */
export function textOffset(ins: Instruction, index: number): number {
  const pieces = ins.pieces;
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pieces[mid] as ArgPiece).at <= index) lo = mid + 1;
    else hi = mid;
  }
  const piece = pieces[lo - 1];
  return piece ? piece.offset + (index - piece.at) : ins.argsStart + index;
}

/** The file span of `args.slice(start, end)` (an empty span maps to its start). */
export function textSpan(ins: Instruction, start: number, end: number): [number, number] {
  const from = textOffset(ins, start);
  return end > start ? [from, textOffset(ins, end - 1) + 1] : [from, from];
}

/** A shell word of `args`: its unquoted value and its raw span in `args`. */
export interface Word {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Splits instruction args into words: whitespace separates, quotes group, the escape character escapes. */
export function splitWords(args: string, escape = '\\'): Word[] {
  const words: Word[] = [];
  const esc = escape.charCodeAt(0);
  const n = args.length;
  let i = 0;
  while (i < n) {
    while (i < n && isBlank(args[i])) i++;
    if (i >= n) break;
    const start = i;
    let value = '';
    let quote = 0;
    let from = i; // start of the run of literal characters not yet added to value
    for (; i < n; i++) {
      const c = args.charCodeAt(i);
      if (quote) {
        if (c === quote) {
          value += args.slice(from, i);
          quote = 0;
          from = i + 1;
        } else if (c === esc && quote === 34 && i + 1 < n) {
          value += args.slice(from, i);
          from = ++i;
        }
      } else if (c === 32 || c === 9 || c === 13 || c === 10) break;
      else if (c === 34 || c === 39) {
        value += args.slice(from, i);
        quote = c;
        from = i + 1;
      } else if (c === esc && i + 1 < n) {
        value += args.slice(from, i);
        from = ++i;
      }
    }
    value += args.slice(from, i);
    words.push({ value, start, end: i });
  }
  return words;
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

const NO_PIECES: readonly ArgPiece[] = [];
const KEYWORDS = new Map(
  ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN',
    'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'].flatMap((k) => [[k, k], [k.toLowerCase(), k]] as const),
);

/** One pass over the lines; the current line is `[lineStart, lineEnd)` (a trailing '\r' excluded). */
class DockerfileParser {
  private readonly instructions: Instruction[] = [];
  private readonly stages: Stage[] = [];
  /** The latest stage of each name: a FROM naming one builds on it (a map, not a search: thousands of stages stay linear). */
  private readonly stageByName = new Map<string, number>();
  private escape = '\\';
  private escapeCode = 92;
  private pos = 0;
  private lineNo = 0;
  private lineStart = 0;
  private lineEnd = 0;
  /** End of the current instruction's last line, moved on by heredoc bodies. */
  private lastEnd = 0;

  constructor(private readonly text: string) {}

  parse(): Dockerfile {
    this.readDirectives();
    while (this.nextLine()) {
      const first = this.firstNonBlank();
      if (first === this.lineEnd || this.text.charCodeAt(first) === 35) continue;
      this.readInstruction(first);
    }
    return { instructions: this.instructions, stages: this.stages, escape: this.escape };
  }

  private nextLine(): boolean {
    const text = this.text;
    if (this.pos >= text.length) return false;
    const start = this.pos;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    this.pos = nl < 0 ? text.length : nl + 1;
    this.lineNo++;
    this.lineStart = start;
    this.lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    return true;
  }

  /** Parser directives: comment lines of the form `# name=value` at the very top of the file. */
  private readDirectives(): void {
    for (;;) {
      const saved = this.pos;
      if (!this.nextLine()) return;
      const length = this.lineEnd - this.lineStart;
      const m = length <= 300 ? DIRECTIVE.exec(this.text.slice(this.lineStart, this.lineEnd)) : null;
      if (!m) {
        this.pos = saved;
        this.lineNo--;
        return;
      }
      const value = m[2] as string;
      if ((m[1] as string).toLowerCase() === 'escape' && (value === '`' || value === '\\')) {
        this.escape = value;
        this.escapeCode = value.charCodeAt(0);
      }
    }
  }

  private firstNonBlank(): number {
    let i = this.lineStart;
    for (let c = this.text.charCodeAt(i); i < this.lineEnd && (c === 32 || c === 9); c = this.text.charCodeAt(++i));
    return i;
  }

  /** End of the line's content when it ends with the escape character (trailing blanks allowed), else -1. */
  private continuation(from: number): number {
    let j = this.lineEnd;
    for (let c = this.text.charCodeAt(j - 1); j > from && (c === 32 || c === 9); c = this.text.charCodeAt(--j - 1));
    return j > from && this.text.charCodeAt(j - 1) === this.escapeCode ? j - 1 : -1;
  }

  private readInstruction(first: number): void {
    const text = this.text;
    const startLine = this.lineNo;
    let k = first;
    for (let c = text.charCodeAt(k); k < this.lineEnd && c !== 32 && c !== 9; c = text.charCodeAt(++k));
    const word = text.slice(first, k);
    const keyword = KEYWORDS.get(word) ?? word.toUpperCase();
    for (let c = text.charCodeAt(k); k < this.lineEnd && (c === 32 || c === 9); c = text.charCodeAt(++k));
    let cont = this.continuation(k);
    let args = text.slice(k, cont < 0 ? this.lineEnd : cont);
    let pieces = NO_PIECES;
    let end = this.lineEnd;
    if (cont >= 0) {
      // Continuation lines: collect the pieces, join once.
      const parts = [args];
      const more: ArgPiece[] = [];
      let length = args.length;
      while (this.nextContinuationLine()) {
        cont = this.continuation(this.lineStart);
        const pieceEnd = cont < 0 ? this.lineEnd : cont;
        if (pieceEnd > this.lineStart) {
          more.push({ at: length, offset: this.lineStart });
          parts.push(text.slice(this.lineStart, pieceEnd));
          length += pieceEnd - this.lineStart;
        }
        end = this.lineEnd;
        if (cont < 0) break;
      }
      args = parts.join('');
      pieces = more;
    }
    args = args.trimEnd();
    this.lastEnd = end;
    const heredocs = HEREDOC_KEYWORDS.has(keyword) && args.includes('<<') ? this.readHeredocs(args) : NO_HEREDOCS;
    const stage = keyword === 'FROM' ? this.stages.length : this.stages.length - 1;
    const instruction: Instruction = {
      keyword, args, line: startLine, endLine: this.lineNo, start: first, end: Math.max(this.lastEnd, first), stage, heredocs,
      argsStart: k, pieces,
    };
    this.instructions.push(instruction);
    if (keyword === 'FROM') this.addStage(instruction);
  }

  /** Moves to the next line that continues an instruction: blank and comment lines are skipped. */
  private nextContinuationLine(): boolean {
    while (this.nextLine()) {
      const first = this.firstNonBlank();
      if (first !== this.lineEnd && this.text.charCodeAt(first) !== 35) return true;
    }
    return false;
  }

  private readHeredocs(args: string): Heredoc[] {
    const heredocs: Heredoc[] = [];
    HEREDOC.lastIndex = 0;
    for (let m = HEREDOC.exec(args); m; m = HEREDOC.exec(args)) {
      const delimiter = (m[2] ?? m[3] ?? m[4]) as string;
      const stripTabs = m[1] === '-';
      const bodyStart = this.pos;
      const bodyLine = this.lineNo + 1;
      let bodyEnd = this.text.length;
      while (this.nextLine()) {
        let s = this.lineStart;
        if (stripTabs) while (s < this.lineEnd && this.text[s] === '\t') s++;
        if (this.lineEnd - s === delimiter.length && this.text.startsWith(delimiter, s)) {
          bodyEnd = this.lineStart;
          this.lastEnd = this.lineEnd;
          break;
        }
        this.lastEnd = this.lineEnd;
      }
      const body = this.text.slice(bodyStart, Math.max(bodyStart, bodyEnd)).replace(/\r?\n$/, '');
      heredocs.push({ delimiter, body, bodyStart, line: bodyLine });
    }
    return heredocs;
  }
  private addStage(from: Instruction): void {
    const words = splitWords(from.args, this.escape).filter((w) => !w.value.startsWith('--'));
    const base = words[0]?.value ?? '';
    const alias = words[1]?.value.toLowerCase() === 'as' ? words[2]?.value.toLowerCase() : undefined;
    const lower = base.toLowerCase();
    const parent = this.stageByName.get(lower);
    if (alias) this.stageByName.set(alias, this.stages.length);
    this.stages.push({
      index: this.stages.length,
      ...(alias ? { name: alias } : {}),
      base,
      ...(parent !== undefined ? { parent } : {}),
      line: from.line,
      from: this.instructions.length - 1,
    });
  }
}
