// Detection in decoded text (decode.ts finds and decodes the pieces): the prefilter and the detectors
// that apply to text of no particular file run over each piece, and each match is placed back on the
// encoded text it came from. A match keeps its detector and its decoded secret, so that it
// fingerprints like the same secret found plain.
import type { Detector, DetectorInput, Match, PolicyId } from '../types.js';
import type { ByteRange, Decoded } from './decode.js';
import type { CompiledDetectors } from './detect-blob.js';
import type { PrefilterHits } from './prefilter.js';
import { MAX_MATCHES_PER_DETECTOR, takeMatches } from './match-cap.js';
import { PAIR_ENCODING } from './pairs.js';
import { decodeText } from './text.js';

/** A detector's match in the scanned part's text offsets; `at` and `encoding` for matches in decoded text. */
export interface Found {
  readonly detector: number;
  readonly match: Match;
  /** The encoded text the match was decoded from (the match's own offsets are where it is reported: a whole run). */
  readonly at?: readonly [number, number];
  readonly encoding?: string;
  /** Policies of other detectors' matches of the same secret here, dropped for this one (dedupe). */
  readonly alsoPolicies?: readonly PolicyId[];
}

/** A match in a decoded piece, placed in the part's byte offsets. */
export interface DecodedMatch {
  readonly detector: number;
  readonly match: Match;
  readonly report: ByteRange;
  readonly source: ByteRange;
  readonly encoding: string;
}

/**
 * Where the escapes' keywords start, as byte offsets: the automaton's offsets when the part is ASCII
 * (they count UTF-16 units), [] when none occur; undefined (decode then looks itself) when the part
 * is not ASCII or they were too many to list.
 */
export function escapeStarts(hits: PrefilterHits, escapes: number, bytes: number): readonly number[] | undefined {
  if (hits.units !== bytes) return undefined;
  return hits.starts.get(escapes) ?? (hits.detectors.includes(escapes) ? undefined : []);
}

/** Runs the decodable detectors whose keywords occur (and those without keywords) over each piece. */
export function detectDecoded(compiled: CompiledDetectors, path: string, pieces: readonly Decoded[], capped: (detector: number) => void): DecodedMatch[] {
  const out: DecodedMatch[] = [];
  const counts = new Map<number, number>(); // (each detector's matches over all pieces, bounded as in plain text)
  for (const piece of pieces) {
    const hits = compiled.prefilter.hits(piece.bytes, compiled.decodable);
    if (hits.detectors.length === 0 && compiled.decodableAlways.length === 0) continue;
    const text = piece.bytes.toString('utf8'); // valid UTF-8: the automaton's offsets hold
    let runnable = [...new Set([...compiled.decodableAlways, ...hits.detectors])].sort((a, b) => a - b);
    // a name/value pair (pairs.ts) is read by the vendor detectors only: the others read it in the file
    if (piece.encoding === PAIR_ENCODING) runnable = runnable.filter((i) => (compiled.detectors[i] as Detector).vendor !== undefined);
    const found: { detector: number; match: Match }[] = [];
    for (const i of runnable) {
      const starts = hits.units === text.length ? hits.starts.get(i) : undefined;
      const input: DetectorInput = starts ? { path, text, keywordStarts: starts } : { path, text };
      const had = counts.get(i) ?? 0;
      if (had >= MAX_MATCHES_PER_DETECTOR) continue;
      let n = 0;
      if (takeMatches(compiled.detectors[i] as Detector, input, (match) => {
        if (had + n++ < MAX_MATCHES_PER_DETECTOR) found.push({ detector: i, match });
      }) || had + n > MAX_MATCHES_PER_DETECTOR) capped(i);
      counts.set(i, had + n);
    }
    if (found.length === 0) continue;
    const offsets = found.flatMap(({ match }) => [match.start, Math.max(match.start, match.end)]);
    const bytesAt = offsetMap(text.length === piece.bytes.length, offsets, (from, to) => Buffer.byteLength(text.slice(from, to), 'utf8'));
    for (const { detector, match } of found) {
      const a = bytesAt(match.start);
      const b = bytesAt(Math.max(match.start, match.end));
      out.push({ detector, match, report: piece.report(a, b), source: piece.source(a, b), encoding: piece.encoding });
    }
  }
  return out;
}

/** Decoded matches in the offsets of the part's text (`text` decoded from `part`). */
export function placeDecoded(matches: readonly DecodedMatch[], part: Buffer, text: string): Found[] {
  const wanted = matches.flatMap((m) => [...m.report, ...m.source]);
  const textAt = offsetMap(part.length === text.length, wanted, (from, to) => decodeText(part.subarray(from, to)).length);
  return matches.map(({ detector, match, report, source, encoding }) => ({
    detector,
    match: { ...match, start: textAt(report[0]), end: textAt(report[1]) },
    at: [textAt(source[0]), textAt(source[1])],
    // a pair's value is in the file as it stands: no encoding to tell
    ...(encoding !== PAIR_ENCODING ? { encoding } : {}),
  }));
}

/**
 * Converts offsets between two measures of the same text (UTF-16 units and UTF-8 bytes) in one pass
 * over them, ascending: `span(from, to)` measures the stretch between two offsets in the other unit.
 * The offsets are character boundaries, so stretches measure as the whole would.
 */
function offsetMap(identity: boolean, offsets: readonly number[], span: (from: number, to: number) => number): (offset: number) => number {
  if (identity) return (offset) => offset;
  const map = new Map<number, number>();
  let from = 0;
  let at = 0;
  for (const offset of [...new Set(offsets)].sort((a, b) => a - b)) {
    at += span(from, offset);
    map.set(offset, at);
    from = offset;
  }
  return (offset) => map.get(offset) as number;
}

const ENCODED: Readonly<Record<string, string>> = {
  base64: 'base64-encoded',
  hex: 'hex-encoded',
  percent: 'percent-encoded',
  backslash: 'backslash-escaped',
  entity: 'entity-encoded',
  notebook: 'in a notebook cell',
};

/** 'base64' → 'base64-encoded'; 'percent/base64' → 'base64-encoded inside percent'. */
export function describeEncoding(encoding: string): string {
  const layers = encoding.split('/');
  const inner = layers.pop() as string;
  return [ENCODED[inner] ?? `${inner}-encoded`, ...layers.reverse()].join(' inside ');
}
