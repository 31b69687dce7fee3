// Just enough YAML for manifests: lines with their indentation and list markers, the block of the
// mapping a key belongs to, and plain or quoted scalars. Every walk is bounded.
import { lines, type Line } from '../../files/lines.js';

export interface YamlLine extends Line {
  /** Column of the first non-blank character; -1 for blank and comment lines. */
  readonly col: number;
  /** Column of the key: after a `- ` list marker when there is one. */
  readonly keyCol: number;
  readonly dash: boolean;
}

export function yamlLines(text: string): YamlLine[] {
  const out: YamlLine[] = [];
  for (const line of lines(text)) {
    const t = line.text;
    let i = 0;
    while (i < t.length && i < 200 && (t[i] === ' ' || t[i] === '\t')) i++;
    let keyCol = i;
    const dash = t[i] === '-' && (t[i + 1] === ' ' || t[i + 1] === '\t');
    if (dash) for (keyCol = i + 1; keyCol < t.length && keyCol - i < 9 && (t[keyCol] === ' ' || t[keyCol] === '\t'); ) keyCol++;
    const blank = !dash && (i === t.length || t[i] === '#');
    out.push({ text: t, start: line.start, col: blank ? -1 : i, keyCol: blank ? -1 : keyCol, dash });
  }
  return out;
}

/**
 * [first, end) line indices of the mapping that holds the `kind:` line `i`, whose keys sit at column k;
 * the walk back stops at `floor` (the end of the mapping found before), so each line is walked a bounded number of times.
 */
export function mappingAround(ls: readonly YamlLine[], i: number, k: number, floor: number): [number, number] {
  const isBoundary = (l: YamlLine): boolean => /^(?:---|\.\.\.)(?:\s|$)/.test(l.text);
  let first = i;
  if (!(ls[i] as YamlLine).dash) {
    for (let j = i - 1; j >= floor && i - j < 2000; j--) {
      const l = ls[j] as YamlLine;
      if (isBoundary(l)) break;
      if (l.col < 0) continue;
      if (l.dash && l.keyCol === k) {
        first = j;
        break;
      }
      if (l.col < k) break;
      first = j;
    }
  }
  let end = i + 1;
  for (; end < ls.length && end - i < 5000; end++) {
    const l = ls[end] as YamlLine;
    if (isBoundary(l)) break;
    if (l.col >= 0 && l.col < k) break; // a sibling list item (`- ` at k - 2) or a shallower key
  }
  return [first, end];
}

/** The scalar after `key:` on a line, unquoted, with its offset; undefined for block scalars and flow collections. */
export function scalarAfter(line: Line, from: number): { value: string; start: number } | undefined {
  const rest = line.text.slice(from);
  const m = /^[ \t]{0,64}(?:"([^"\\]{1,8192})"|'([^']{1,8192})'|([^\s#|>&*!{[\]"'][^#]{0,8191}?))[ \t]{0,64}(?:#.{0,2000})?$/.exec(rest);
  if (!m) return undefined;
  const value = (m[1] ?? m[2] ?? m[3]) as string;
  const trimmed = value.trimEnd();
  return { value: trimmed, start: line.start + from + m[0].indexOf(value) };
}
