/** A line of a text and the offset where it starts (without its `\n` or `\r\n`). */
export interface Line {
  readonly text: string;
  readonly start: number;
}

/** The lines of a text, in order, in linear time. */
export function* lines(text: string): Iterable<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    yield { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start };
    start = end + 1;
  }
}

/** The value after `=` or `:` with its offset: surrounding whitespace and one pair of quotes removed. */
export function valueAt(line: Line, from: number): { readonly value: string; readonly start: number } {
  let s = from;
  let e = line.text.length;
  while (s < e && /\s/.test(line.text[s] as string)) s++;
  while (e > s && /\s/.test(line.text[e - 1] as string)) e--;
  const q = line.text[s];
  if (e - s >= 2 && (q === '"' || q === "'") && line.text[e - 1] === q) {
    s++;
    e--;
  }
  return { value: line.text.slice(s, e), start: line.start + s };
}
