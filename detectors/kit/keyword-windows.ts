// Where a detector's keywords occur and which lines around them are worth looking at. The engine's
// automaton hands detectors their keyword starts (`DetectorInput.keywordStarts`); a detector called
// without them (tests, the examples suite) finds them with one case-insensitive regex instead.
import type { DetectorInput, Match } from '../../src/types.js';

/** Lines of context on each side of a keyword occurrence that a single-line pattern is run over. */
export const WINDOW_LINES = 2;

/** The keywords each finder was made from (lowercase), for the plain-search fallback below. */
const finderKeywords = new WeakMap<RegExp, { readonly list: readonly string[]; readonly key: string }>();

/** A case-insensitive, global finder for any of the keywords. */
export function keywordRegExp(keywords: readonly string[]): RegExp {
  const unique = [...new Set(keywords.map((k) => k.toLowerCase()))];
  const escaped = [...unique].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const finder = new RegExp(escaped.join('|'), 'gi');
  finderKeywords.set(finder, { list: unique, key: unique.join('\0') });
  return finder;
}

/** The last fallback search (several variants of one detector ask for the same text in a row). */
let last: { text: string; key: string; starts: readonly number[] } | undefined;

/**
 * Keyword starts, ascending and distinct: the engine's when given, else every occurrence of every
 * keyword (overlapping ones too, as the engine's automaton gives them), found by plain search of the
 * lowercased text. A regex match per occurrence cost 75 ms on 1 MiB of one keyword repeated.
 */
export function keywordStarts(text: string, given: readonly number[] | undefined, finder: RegExp): readonly number[] {
  if (given) return given; // the engine's are ascending and distinct (prefilter.ts)
  const keywords = finderKeywords.get(finder);
  if (!keywords) return distinct(Array.from(text.matchAll(finder), (m) => m.index));
  if (last && last.text === text && last.key === keywords.key) return last.starts;
  const lower = text.toLowerCase();
  // a character whose lowercase is longer (İ) would move every offset after it: search with the regex
  const starts = lower.length !== text.length ? distinct(Array.from(text.matchAll(finder), (m) => m.index)) : plainStarts(lower, keywords.list);
  last = { text, key: keywords.key, starts };
  return starts;
}

function plainStarts(lower: string, keywords: readonly string[]): readonly number[] {
  let merged: number[] = [];
  for (const keyword of keywords) {
    const found: number[] = [];
    for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) found.push(at);
    if (found.length > 0) merged = merged.length === 0 ? found : mergeSorted(merged, found);
  }
  return distinct(merged);
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push((a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number));
  while (i < a.length) out.push(a[i++] as number);
  while (j < b.length) out.push(b[j++] as number);
  return out;
}

function distinct(sorted: readonly number[]): number[] {
  return sorted.filter((at, i) => i === 0 || at !== sorted[i - 1]);
}

/**
 * The regions worth looking at: `after` lines after and `before` lines before each keyword's line,
 * merged. Linear on hostile input: each line is looked at a bounded number of times, and further
 * keywords on a line already windowed are skipped. On large files with few keywords this skips most
 * of the text, which matters for patterns that start with a character class (V8 has no literal
 * prefix to skip ahead with there).
 */
export function keywordWindows(
  { text, keywordStarts: given }: DetectorInput,
  finder: RegExp,
  after = WINDOW_LINES,
  before = after,
): (readonly [number, number])[] {
  const windows: [number, number][] = [];
  const length = text.length;
  let lineEnd = -1;
  for (const at of keywordStarts(text, given, finder)) {
    if (at < lineEnd) continue; // this line is windowed already
    lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = length;
    let to = lineEnd;
    for (let n = 0; n < after && to < length; n++) {
      const nl = text.indexOf('\n', to + 1);
      to = nl === -1 ? length : nl;
    }
    const last = windows[windows.length - 1];
    if (last && at <= last[1]) {
      last[1] = Math.max(last[1], to);
      continue;
    }
    const floor = last ? last[1] : 0;
    let from = text.lastIndexOf('\n', at - 1) + 1; // start of the keyword's line
    for (let n = 0; n < before && from > floor; n++) from = text.lastIndexOf('\n', from - 2) + 1;
    windows.push([Math.max(from, floor), to]);
  }
  return windows;
}

/**
 * Matches of a sticky pattern tried at each keyword start, left to right, none starting inside an
 * earlier one: what a global search finds when every match starts with a keyword.
 */
export function* stickyMatches(re: RegExp, text: string, starts: readonly number[]): Iterable<RegExpExecArray> {
  let done = 0;
  for (const at of starts) {
    if (at < done) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    done = at + Math.max(1, m[0].length);
    yield m;
  }
}

/**
 * Runs a hand-written detect function only over the keyword windows and maps its offsets back; with
 * `alsoIn`, only windows that also hold one of those keywords are parsed (a logging call must print
 * a secret-named identifier).
 */
export function* inKeywordWindows(
  input: DetectorInput,
  finder: RegExp,
  detect: (region: string) => Iterable<Match>,
  alsoIn?: RegExp,
  after = WINDOW_LINES,
  before = after,
): Iterable<Match> {
  const { text } = input;
  for (const [from, to] of keywordWindows(input, finder, after, before)) {
    const region = from === 0 && to === text.length ? text : text.slice(from, to);
    if (alsoIn) {
      alsoIn.lastIndex = 0;
      if (!alsoIn.test(region)) continue;
    }
    for (const m of detect(region)) yield from === 0 ? m : { ...m, start: m.start + from, end: m.end + from };
  }
}
