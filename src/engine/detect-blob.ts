// The per-blob step of the pipeline: prefilter, detectors, positions, de-duplication. Pure and
// synchronous (bytes in, raw findings out) so that it can run in a worker thread.
import { LOG_FILE_GLOBS } from '../../detectors/kit/log-files.js';
import type { Detector, DetectorInput, Match, PolicyId } from '../types.js';
import { compilePathGates, compilePathMatcher, type PathGates } from './path-match.js';
import { buildPrefilter, type Prefilter } from './prefilter.js';
import { decodeText, isBinary, LineIndex } from './text.js';

const MAX_CONTEXT_LINE = 4096;

export interface CompiledDetectors {
  readonly detectors: readonly Detector[];
  readonly prefilter: Prefilter;
  readonly alwaysRun: readonly number[];
  readonly binaryCapable: readonly number[];
  /** Detectors with `paths`: which apply to a given path. */
  readonly gated: ReadonlySet<number>;
  readonly gates: PathGates;
  readonly isLogPath: (path: string) => boolean;
}

export function compileDetectors(detectors: readonly Detector[]): CompiledDetectors {
  const indices = detectors.map((_, i) => i);
  return {
    detectors,
    prefilter: buildPrefilter(detectors.map((d) => d.keywords)),
    alwaysRun: indices.filter((i) => (detectors[i] as Detector).keywords.length === 0),
    binaryCapable: indices.filter((i) => (detectors[i] as Detector).includeBinary === true),
    gated: new Set(indices.filter((i) => ((detectors[i] as Detector).paths?.length ?? 0) > 0)),
    gates: compilePathGates(detectors.map((d) => d.paths)),
    isLogPath: compilePathMatcher(LOG_FILE_GLOBS), // a vendor key in a committed log breaks the logging policy
  };
}

/** A match placed in its file, before fingerprinting and filtering. */
export interface RawFinding {
  readonly detector: number;
  readonly policy: PolicyId;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly secret?: string;
  readonly detail?: string;
  /** The finding's line and the one before: for inline allow comments. */
  readonly lineText: string;
  readonly prevLineText: string;
}

export type BlobOutcome =
  | { readonly kind: 'scanned'; readonly findings: readonly RawFinding[] }
  | { readonly kind: 'binary'; readonly findings: readonly RawFinding[] };

/** Scans one blob's bytes. */
export function detectBlob(compiled: CompiledDetectors, path: string, bytes: Buffer): BlobOutcome {
  if (isBinary(bytes)) return { kind: 'binary', findings: detectByName(compiled, path) };
  const applicable = compiled.gates.applicable(path);
  const eligible = new Uint8Array(compiled.detectors.length);
  for (let i = 0; i < eligible.length; i++) eligible[i] = !compiled.gated.has(i) || applicable.has(i) ? 1 : 0;
  const selected = new Set<number>(compiled.alwaysRun.filter((i) => eligible[i] === 1));
  const hits = compiled.prefilter.hits(bytes, eligible);
  for (const i of hits.detectors) selected.add(i);
  const runnable = [...selected].sort((a, b) => a - b);
  if (runnable.length === 0) return { kind: 'scanned', findings: [] };
  const text = decodeText(bytes);
  // The automaton counted UTF-16 offsets; invalid UTF-8 decodes to a different length, and then
  // detectors search for their keywords themselves.
  const startsUsable = hits.units === text.length;
  const matches: { detector: number; match: Match }[] = [];
  for (const i of runnable) {
    const starts = startsUsable ? hits.starts.get(i) : undefined;
    const input: DetectorInput = starts ? { path, text, keywordStarts: starts } : { path, text };
    for (const match of (compiled.detectors[i] as Detector).detect(input)) matches.push({ detector: i, match });
  }
  if (matches.length === 0) return { kind: 'scanned', findings: [] };
  const lines = new LineIndex(text);
  const isLog = compiled.isLogPath(path);
  const findings = dedupe(compiled, matches).map(({ detector, match }) => place(compiled, lines, detector, match, isLog));
  return { kind: 'scanned', findings };
}

/** Path-only detectors for blobs whose content is not scanned (binary or oversize). */
export function detectByName(compiled: CompiledDetectors, path: string): RawFinding[] {
  const input: DetectorInput = { path, text: '', binary: true };
  const lines = new LineIndex('');
  const out: RawFinding[] = [];
  const applicable = compiled.gates.applicable(path);
  for (const i of compiled.binaryCapable) {
    if (compiled.gated.has(i) && !applicable.has(i)) continue;
    for (const match of (compiled.detectors[i] as Detector).detect(input)) out.push(place(compiled, lines, i, match, false));
  }
  return out;
}

function place(compiled: CompiledDetectors, lines: LineIndex, detector: number, match: Match, isLog: boolean): RawFinding {
  const d = compiled.detectors[detector] as Detector;
  const start = lines.position(match.start);
  const end = lines.position(Math.max(match.start, match.end));
  return {
    detector,
    policy: isLog && d.policy === 'no-committed-credentials' ? 'no-secrets-in-logs' : d.policy,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...(match.secret !== undefined ? { secret: match.secret } : {}),
    ...(match.detail !== undefined ? { detail: match.detail } : {}),
    lineText: lines.lineText(start.line).slice(0, MAX_CONTEXT_LINE),
    prevLineText: start.line > 1 ? lines.lineText(start.line - 1).slice(0, MAX_CONTEXT_LINE) : '',
  };
}

/**
 * The same secret reported by two detectors at overlapping places is reported once, by the
 * detector with the higher priority (vendor detectors 50, generic ones 10); ties go to the
 * earlier id. Practice findings (no secret) are never merged with each other.
 */
function dedupe(compiled: CompiledDetectors, matches: { detector: number; match: Match }[]): { detector: number; match: Match }[] {
  const priority = (i: number): number => compiled.detectors[i]?.priority ?? 50;
  const order = matches.map((_, i) => i).filter((i) => matches[i]?.match.secret !== undefined);
  order.sort((a, b) => (matches[a] as { match: Match }).match.start - (matches[b] as { match: Match }).match.start || a - b);
  const dropped = new Set<number>();
  for (let x = 0; x < order.length; x++) {
    const ia = order[x] as number;
    const a = matches[ia] as { detector: number; match: Match };
    for (let y = x + 1; y < order.length; y++) {
      const ib = order[y] as number;
      const b = matches[ib] as { detector: number; match: Match };
      if (b.match.start >= a.match.end) break; // sorted by start: nothing later overlaps a
      const pa = priority(a.detector);
      const pb = priority(b.detector);
      const aWins = pa !== pb ? pa > pb : a.detector !== b.detector ? a.detector < b.detector : ia < ib;
      dropped.add(aWins ? ib : ia);
    }
  }
  return matches.filter((_, i) => !dropped.has(i));
}
