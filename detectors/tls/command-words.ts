// The words of one shell command, read from a given offset up to the next command separator
// (`;`, `&`, `|`, `)`, a backquote, an unescaped line break or a `#` comment). Quotes group, `\`
// escapes, `\` + line break continues. Bounded: at most `limit` characters are read.

export interface CommandWord {
  /** The word with quotes and escapes removed. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const SEPARATORS = new Set([';', '&', '|', ')', '`', '\n']);

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Reads the command's words; `end` is where reading stopped. */
export function commandWords(text: string, from: number, limit = 4096): { words: CommandWord[]; end: number } {
  const max = Math.min(text.length, from + limit);
  const words: CommandWord[] = [];
  let i = from;
  for (;;) {
    for (;;) {
      if (isBlank(text[i])) i++;
      else if (text[i] === '\\' && text[i + 1] === '\n') i += 2;
      else if (text[i] === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') i += 3;
      else break;
    }
    if (i >= max || SEPARATORS.has(text[i] as string) || text[i] === '#') return { words, end: i };
    const start = i;
    let value = '';
    let quote = '';
    for (; i < max; i++) {
      const c = text[i] as string;
      if (quote) {
        if (c === quote) quote = '';
        else if (c === '\n') return { words, end: i };
        else if (c === '\\' && quote === '"' && i + 1 < max) value += text[++i];
        else value += c;
      } else if (isBlank(c) || SEPARATORS.has(c)) break;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) break;
      else if (c === '\\' && i + 1 < max) value += text[++i];
      else value += c;
    }
    words.push({ value, start, end: i });
  }
}
