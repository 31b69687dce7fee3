// The per-blob step of the pipeline: prefilter, detectors, decoded text, positions, de-duplication.
// Pure and synchronous (bytes in, raw findings out) so that it can run in a worker thread.
import { LOG_FILE_GLOBS } from '../../detectors/kit/log-files.js';
import { inExampleField } from '../../detectors/kit/example-field.js';
import { inTestRunnerEnv, isVitestConfig } from '../../detectors/kit/test-runner-env.js';
import { own } from '../../detectors/kit/own.js';
import type { Detector, DetectorInput, Match, PolicyId } from '../types.js';
import { ArchiveBudget, archiveDepth, archiveKind, archiveMembers } from './archive.js';
import { sha1 } from './copy-table.js';
import { compilePathGates, compilePathMatcher, type PathGates } from './path-match.js';
import { decodeEncoded, isNotebookPath, notebookPieces } from './decode.js';
import { blockPieces, mayHoldPairs, mayNest, nestedPieces, pairPieces } from './pairs.js';
import { ESCAPE_KEYWORDS } from './decode-escapes.js';
import { describeEncoding, detectDecoded, escapeStarts, placeDecoded, type Found } from './detect-decoded.js';
import { inDocCommentExample, opensWithFillInNote } from './doc-examples.js';
import { isPerlFile, perlPodSections } from './perl-pod.js';
import { rustTestModules } from './rust-tests.js';
import { cappedWarning, takeMatches } from './match-cap.js';
import { breakBefore, namesItsFormat, outsidePemBlocks, printableRuns, stringsBearingKind } from './binary-strings.js';
import { buildPrefilter, type Prefilter, type PrefilterHits } from './prefilter.js';
import { inQuotedTestSource, isJsonDataPath } from './quoted-source.js';
import { decodeText, decodeUtf16, isBinary, LineIndex, utf16Form } from './text.js';

const MAX_CONTEXT_LINE = 4096;

export interface CompiledDetectors {
  readonly detectors: readonly Detector[];
  /** The detectors' keywords, and ESCAPE_KEYWORDS under the index detectors.length. */
  readonly prefilter: Prefilter;
  readonly alwaysRun: readonly number[];
  readonly binaryCapable: readonly number[];
  /** Detectors with `paths`: which apply to a given path. */
  readonly gated: ReadonlySet<number>;
  readonly gates: PathGates;
  readonly isLogPath: (path: string) => boolean;
  /** 1 for detectors that judge whole files (`reach`), 2 for those that read prose files' fenced code (see delta.ts). */
  readonly reach: Uint8Array;
  /** A whole-file detector's `fileKeywords`: it needs the whole file only when the blob holds one of them. */
  readonly fileKeywords: readonly (readonly Buffer[] | undefined)[];
  /** Whole-file detectors' `wholeFilePaths`: which of them may need the whole file at a given path (none listed: all may). */
  readonly wholeFileGates: PathGates;
  /** 1 for detectors that run on decoded text: those without `paths` (decoded text is no file of its own); 0 for the escapes' index. */
  readonly decodable: Uint8Array;
  /** Decodable detectors without keywords. */
  readonly decodableAlways: readonly number[];
  /**
   * 1 for vendor detectors with a keyword that is a name (`twilio`, `datadog`), not only a token's prefix (`re_`,
   * `eaa`): where one of their keywords stands, pairs.ts reads the settings the vendor's name opens or is written in.
   */
  readonly vendor: Uint8Array;
  /** The generic assignment detector's index (its keywords are the key words of a setting's name), or -1. */
  readonly keyWords: number;
  /**
   * The common words vendor detectors name their vendor by only glued to a key word (`canny` of `canny_api`,
   * `cannykey`: the vendor-token kit's compound names): a mapping one of them opens is read by nestedPieces.
   */
  readonly compoundVendors: ReadonlySet<string>;
}

/** A compound keyword: a vendor's word glued to a key word (vendor-token.ts, COMPOUND_WORDS and its joins). */
const COMPOUND_KEYWORD = /^([a-z][a-z0-9]{2,})[._-]?(?:api|key|token|secret|access|private|client)$/;

/**
 * A keyword that can be a vendor's name: 4+ letters and digits first, words joined by `_`, `-` or `.`, perhaps the
 * join to a key word (`canny_`). Not a short token prefix (`re_`, `ser.`, `eaa`, `pat`): those are everywhere in code.
 */
const VENDOR_NAME = /^(?=[a-z0-9]{4})[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*[-_.]?$/i;

/** Compiled once per detector list: a list compiles to the same tables every time (20 ms of start-up). */
const compiledLists = new WeakMap<readonly Detector[], CompiledDetectors>();

export function compileDetectors(detectors: readonly Detector[]): CompiledDetectors {
  let compiled = compiledLists.get(detectors);
  if (!compiled) compiledLists.set(detectors, (compiled = compile(detectors)));
  return compiled;
}

/** The prefilter's keyword lists: each detector's, then the escapes' (decode-escapes.ts). */
export function prefilterKeywords(detectors: readonly Detector[]): (readonly string[])[] {
  return [...detectors.map((d) => d.keywords), ESCAPE_KEYWORDS];
}

function compile(detectors: readonly Detector[]): CompiledDetectors {
  const indices = detectors.map((_, i) => i);
  const gated = new Set(indices.filter((i) => ((detectors[i] as Detector).paths?.length ?? 0) > 0));
  const decodable = Uint8Array.from([...indices, detectors.length], (i) => (i < detectors.length && !gated.has(i) ? 1 : 0));
  return {
    detectors,
    prefilter: buildPrefilter(prefilterKeywords(detectors)),
    alwaysRun: indices.filter((i) => (detectors[i] as Detector).keywords.length === 0),
    binaryCapable: indices.filter((i) => (detectors[i] as Detector).includeBinary === true),
    gated,
    gates: compilePathGates(detectors.map((d) => d.paths)),
    isLogPath: compilePathMatcher(LOG_FILE_GLOBS), // a vendor key in a committed log breaks the logging policy
    reach: Uint8Array.from(detectors, (d, i) => {
      const reach = d.reach ?? (gated.has(i) ? 'file' : 'lines');
      return reach === 'file' ? 1 : reach === 'code-lines' ? 2 : 0;
    }),
    fileKeywords: detectors.map((d) => d.fileKeywords?.map((k) => Buffer.from(k))),
    wholeFileGates: compilePathGates(detectors.map((d) => d.wholeFilePaths)),
    decodable,
    decodableAlways: indices.filter((i) => decodable[i] === 1 && (detectors[i] as Detector).keywords.length === 0),
    vendor: Uint8Array.from(detectors, (d, i) => (d.vendor !== undefined && decodable[i] === 1 && d.keywords.some((k) => VENDOR_NAME.test(k)) ? 1 : 0)),
    keyWords: detectors.findIndex((d) => d.id === 'generic-secret-assignment'),
    compoundVendors: new Set(detectors.flatMap((d) => (d.vendor === undefined ? [] : d.keywords.flatMap((k) => COMPOUND_KEYWORD.exec(k)?.[1] ?? [])))),
  };
}

/** A match placed in its file, before fingerprinting and filtering. */
export interface RawFinding {
  readonly detector: number;
  readonly policy: PolicyId;
  /** Byte offsets of the match in the blob. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly secret?: string;
  readonly detail?: string;
  /**
   * Set when the match was found in decoded text: its encodings from the file inwards, '/'-joined
   * ('base64', 'percent/base64'); the positions are then those of the encoded text (decode.ts).
   */
  readonly encoding?: string;
  /** Policies of other detectors that saw the same secret here (dropped for this one by dedupe). */
  readonly alsoPolicies?: readonly PolicyId[];
  /** The detector's Match.sample: named a fake or example value in the code. */
  readonly sample?: true;
  /**
   * Set when the match is inside a member of an archive (archive.ts): its path in the archive, and
   * in an archive nested in it '!/'-joined ('lib/app.jar!/config.properties'). Positions are then the member's.
   */
  readonly member?: string;
  /** The finding's line and the one before: for inline allow comments. */
  readonly lineText: string;
  readonly prevLineText: string;
}

export type BlobOutcome =
  | {
      readonly kind: 'scanned';
      readonly findings: readonly RawFinding[];
      /** A detector that judges whole files ran (its keywords occur): a later version must be scanned whole. */
      readonly wholeFile: boolean;
      /** An archive not read to its end: why (its budget or member count ran out). */
      readonly warning?: string;
      /** For an archive: the members whose bytes were scanned, in every layer. */
      readonly members?: number;
    }
  | { readonly kind: 'binary'; readonly findings: readonly RawFinding[] };

/**
 * Scans one blob's bytes. UTF-16 text (which has NUL bytes, so isBinary calls it binary) is decoded
 * and scanned whole: its findings' line and column are those of the text, their byte offsets those
 * of the UTF-16 code units (BOM + 2 × offset), and a later version of it is always scanned whole.
 * An archive (zip, tar, gzip: archive.ts) is opened and each member scanned as the file it is, up to
 * archiveDepth() layers deep; its findings carry the member's name and positions.
 */
export function detectBlob(compiled: CompiledDetectors, path: string, bytes: Buffer): BlobOutcome {
  return detectLayer(compiled, path, bytes, 0, undefined);
}

/** detectBlob at `depth` archive layers down, within the outermost archive's budget. */
function detectLayer(compiled: CompiledDetectors, path: string, bytes: Buffer, depth: number, budget: ArchiveBudget | undefined): BlobOutcome {
  if (isBinary(bytes)) {
    const form = utf16Form(bytes);
    if (!form) {
      const archive = depth < archiveDepth() ? archiveKind(bytes) : undefined;
      if (!archive) {
        const strings = stringsBearingKind(path, bytes);
        return strings ? detectStrings(compiled, path, bytes, strings) : { kind: 'binary', findings: detectByName(compiled, path) };
      }
      // an archive: its members are scanned as the files they are, at `path!/member`
      const own = budget ?? new ArchiveBudget(bytes.length);
      const findings = detectByName(compiled, path);
      let members = 0;
      let stopped: string | undefined; // (the first member where a detector stopped at its bound)
      for (const member of archiveMembers(archive, bytes, own, path)) {
        const at = `${path}!/${member.name}`;
        let found: readonly RawFinding[];
        if (member.bytes) {
          const scanned = detectMember(compiled, at, member.bytes, depth + 1, own);
          found = scanned.findings;
          members += scanned.members;
          if (scanned.warning !== undefined && !scanned.warning.startsWith('archive: ')) stopped ??= `${member.name}: ${scanned.warning}`;
        } else found = detectByName(compiled, at);
        for (const f of found) findings.push({ ...f, member: f.member === undefined ? member.name : `${member.name}!/${f.member}` });
      }
      const warning = [budget === undefined && own.stopped !== undefined ? `archive: ${own.stopped}` : undefined, stopped].filter((w) => w !== undefined).join('; ');
      return { kind: 'scanned', findings, wholeFile: true, members, ...(warning ? { warning } : {}) };
    }
    const text = decodeUtf16(bytes, form);
    const utf8 = Buffer.from(text, 'utf8');
    return scannedWhole(compiled, detectPart(compiled, path, utf8, { bytes: utf8, from: 0, text, utf16Bom: form.bom }), true);
  }
  const whole = detectRange(compiled, path, bytes, 0, bytes.length);
  return scannedWhole(compiled, whole, whole.wholeFile);
}

/**
 * Findings of the members already scanned, by content and path class (pathClass): the same file in
 * many archives (every release of a Helm chart kept side by side, a library in several jars) is
 * scanned once. Cleared when full.
 */
const memberFindings = new WeakMap<CompiledDetectors, Map<string, ScannedMember>>();
const MEMBER_CACHE_ENTRIES = 8192;

/** A member's findings, and how many files it counts as (itself, or an archive's members). */
interface ScannedMember {
  readonly findings: readonly RawFinding[];
  readonly members: number;
  /** A nested layer's warning (a detector stopped at its bound; a nested archive's budget). */
  readonly warning?: string;
}

function detectMember(compiled: CompiledDetectors, path: string, bytes: Buffer, depth: number, budget: ArchiveBudget): ScannedMember {
  let cache = memberFindings.get(compiled);
  if (!cache) memberFindings.set(compiled, (cache = new Map()));
  // the layers still to open are part of the key: a nested archive's findings depend on them
  const key = `${sha1(bytes).toString('base64')}\0${archiveDepth() - depth}\0${pathClass(compiled, path)}`;
  const known = cache.get(key);
  if (known) return known;
  const outcome = detectLayer(compiled, path, bytes, depth, budget);
  // a member that is an archive counts as its own members; a binary one was not scanned
  const members = outcome.kind === 'binary' ? 0 : (outcome.members ?? 1);
  const warning = outcome.kind === 'binary' ? undefined : outcome.warning;
  const scanned = { findings: outcome.findings, members, ...(warning !== undefined ? { warning } : {}) };
  if (cache.size >= MEMBER_CACHE_ENTRIES) cache.clear();
  cache.set(key, scanned);
  return scanned;
}

/**
 * Scans bytes [from, to) of a text blob, whole lines (`from` at a line start, `to` after a newline
 * or at the end): detectors see only that part, positions are the blob's. `wholeFile` tells that a
 * detector judging whole files was selected: a part's findings are then not the file's.
 */
export function detectRange(
  compiled: CompiledDetectors,
  path: string,
  bytes: Buffer,
  from: number,
  to: number,
): PartFindings {
  const part = from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to);
  return detectPart(compiled, path, part, { bytes, from });
}

/** Where a scanned part sits: the blob's bytes and the part's offset in them, or UTF-16 text re-encoded. */
interface PartOf {
  readonly bytes: Buffer;
  readonly from: number;
  /** The part's text, when it was decoded already (UTF-16). */
  readonly text?: string;
  /** Set for UTF-16 text: the blob's BOM length; byte offsets are then BOM + 2 × text offset. */
  readonly utf16Bom?: number;
}

function detectPart(compiled: CompiledDetectors, path: string, part: Buffer, where: PartOf): PartFindings {
  const { eligible, alwaysRun } = eligibility(compiled, path);
  const selected = new Set<number>(alwaysRun);
  const hits = compiled.prefilter.hits(part, eligible);
  const escapes = compiled.detectors.length;
  for (const i of hits.detectors) if (i !== escapes) selected.add(i);
  const runnable = [...selected].sort((a, b) => a - b);
  // (detectors reading code lines of prose files, reach 'code-lines', need the fences before a part:
  // a later version's changed lines are widened to whole fenced blocks, see delta.ts)
  const wholeFile = runnable.some((i) => compiled.reach[i] === 1 && needsWholeFile(compiled, i, path, where.bytes));
  const pieces = decodeEncoded(part, escapeStarts(hits, escapes, part.length));
  // a notebook's cells are JSON strings: decoded, they are the code (and output) they stand for
  if (isNotebookPath(path)) pieces.push(...notebookPieces(part));
  // a setting written as a name field and a value field (a Kubernetes env list): the vendor detectors read it as one line
  // (and a setting written in another syntax, on a line that names a vendor: setting-forms.ts)
  let decodedText = where.text; // (decoded here only when a non-ASCII part's keyword starts need byte offsets)
  /** Keyword starts (the part's text offsets, ascending) as byte offsets in the part; none when its UTF-8 is invalid. */
  const inBytes = (offsets: readonly number[]): readonly number[] => {
    if (offsets.length === 0 || hits.units === part.length) return offsets;
    decodedText ??= decodeText(part);
    return hits.units === decodedText.length ? byteOffsets(decodedText, offsets) : [];
  };
  const names = inBytes(vendorNames(compiled, hits));
  if (names.length > 0 || mayHoldPairs(path)) pieces.push(...pairPieces(part, path, names));
  // a block a vendor's name opens (`acme:` then `  api_key: …`): its settings as `acme_api_key=…`
  if (names.length > 0) pieces.push(...blockPieces(part, names));
  // and a key-like setting under a parent a vendor called by a common word names (`canny:` / `  api_key: …`)
  if (compiled.keyWords >= 0 && mayNest(path)) {
    const keys = inBytes(hits.starts.get(compiled.keyWords) ?? []);
    if (keys.length > 0) pieces.push(...nestedPieces(part, keys, compiled.compoundVendors));
  }
  let capped: number | undefined; // (a detector stopped at its bound: the first one)
  const cap = (i: number): void => void (capped ??= i);
  const decoded = pieces.length > 0 ? detectDecoded(compiled, path, pieces, cap) : [];
  if (runnable.length === 0 && decoded.length === 0) return outcome([], wholeFile, capped);
  const text = decodedText ?? decodeText(part);
  // The automaton counted UTF-16 offsets as valid UTF-8 decodes; invalid UTF-8 (a Latin-1 name in a
  // changelog) decodes to another length. The text's own UTF-8 then gives the keyword starts: one
  // more automaton pass, where each detector would otherwise search the whole text itself.
  const starts = hits.units === text.length ? hits.starts : compiled.prefilter.hits(Buffer.from(text, 'utf8'), eligible).starts;
  const matches: Found[] = [];
  // (only a text with a line of OPAQUE_RUN characters can hold an opaque run: most parts skip the test)
  const opaque = hasLineOf(text, OPAQUE_RUN);
  for (const i of runnable) {
    let own = starts.get(i);
    if (opaque && own && !alwaysRun.includes(i)) {
      // a keyword found only inside long runs of base64 (an embedded image, a recorded response)
      // is chance: no name stands there, and every token ends at a boundary, so the detector skips
      const keywords = (compiled.detectors[i] as Detector).keywords;
      own = own.filter((at) => !inOpaqueRun(text, at) || opensLongKeyword(keywords, text, at));
      if (own.length === 0) continue;
    }
    const input: DetectorInput = own ? { path, text, keywordStarts: own } : { path, text };
    if (takeMatches(compiled.detectors[i] as Detector, input, (match) => matches.push({ detector: i, match }))) cap(i);
  }
  if (decoded.length > 0) for (const found of placeDecoded(decoded, part, text)) if (!publishedInPlace(compiled, found, text)) matches.push(found);
  if (matches.length === 0) return outcome([], wholeFile, capped);
  const placer = new Placer(compiled, text, where.utf16Bom ?? (part.length === text.length ? 'ascii' : 'utf8'), path, where.bytes, where.from);
  return outcome(dedupe(compiled, matches).map((found) => placer.place(found)), wholeFile, capped);
}

/** A value read in a rewritten setting (no encoding) that its detector says the file publishes where it stands. */
function publishedInPlace(compiled: CompiledDetectors, found: Found, text: string): boolean {
  if (found.encoding !== undefined) return false;
  const published = (compiled.detectors[found.detector] as Detector).isPublishedAt;
  return published !== undefined && published(text, found.match.start, found.match.end);
}

/** Where vendor detectors' keywords (vendor names) start in the part's text, ascending and distinct. */
function vendorNames(compiled: CompiledDetectors, hits: PrefilterHits): number[] {
  const all: number[] = [];
  for (const i of hits.detectors) if (compiled.vendor[i] === 1) for (const at of hits.starts.get(i) ?? []) all.push(at);
  if (all.length < 2) return all;
  all.sort((a, b) => a - b);
  return all.filter((at, k) => k === 0 || at !== all[k - 1]);
}

/** Offsets in a text (UTF-16 units, ascending) as offsets in its UTF-8 bytes. */
function byteOffsets(text: string, offsets: readonly number[]): number[] {
  let unit = 0;
  let byte = 0;
  return offsets.map((at) => {
    byte += Buffer.byteLength(text.slice(unit, at), 'utf8');
    unit = at;
    return byte;
  });
}

/**
 * A part's findings. A part where a detector stopped at its bound (match-cap.ts) says so, and counts
 * as judged whole: a history's later versions are then scanned whole, each keeping the same first
 * matches, rather than finding in a changed window what the bound left out of the base.
 */
function outcome(findings: RawFinding[], wholeFile: boolean, capped: number | undefined): PartFindings {
  return capped === undefined ? { findings, wholeFile } : { findings, wholeFile: true, capped };
}

/** What detectRange gives: `capped`, a detector that stopped at its bound in the part. */
export interface PartFindings {
  readonly findings: RawFinding[];
  readonly wholeFile: boolean;
  readonly capped?: number;
}

/** A whole blob's outcome from its part's findings (the bound's warning, when a detector stopped). */
function scannedWhole(compiled: CompiledDetectors, part: PartFindings, wholeFile: boolean, warning?: string): BlobOutcome {
  const stopped = part.capped === undefined ? undefined : cappedWarning(compiled.detectors[part.capped] as Detector);
  const said = [warning, stopped].filter((w) => w !== undefined).join('; ');
  return { kind: 'scanned', findings: part.findings, wholeFile, ...(said ? { warning: said } : {}) };
}

/** Characters of base64 and base64url (with padding): the alphabet of an opaque run. */
const OPAQUE = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') OPAQUE[c.charCodeAt(0)] = 1;
/** An opaque run is at least this long, and a keyword at least OPAQUE_DEPTH into it: a token the keyword opens (or ends near) is never one. */
const OPAQUE_RUN = 256;
const OPAQUE_DEPTH = 64;

/** Whether some line of the text is at least `length` characters long (newline to newline, found natively). */
function hasLineOf(text: string, length: number): boolean {
  if (text.length < length) return false;
  let from = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
    if (nl - from >= length) return true;
    from = nl + 1;
  }
  return text.length - from >= length;
}

/** Keywords this long are no chance hit, even inside base64: they are meant to be found there (an issuer encoded in a JWT's payload). */
const LONG_KEYWORD = 10;

/** Whether one of the detector's keywords of LONG_KEYWORD characters or more begins at `at` (keywords are lowercase; the text is compared folded). */
function opensLongKeyword(keywords: readonly string[], text: string, at: number): boolean {
  return keywords.some((k) => k.length >= LONG_KEYWORD && text.slice(at, at + k.length).toLowerCase() === k);
}

/**
 * Whether a keyword start lies deep inside an unbroken run of base64 characters (a data: URI, a
 * recorded HTTP body, a key blob), where short case-folded keywords (`akid`, `nral`, `vsts`, `ibm`)
 * turn up by chance every few hundred kilobytes and would wake detectors that read the whole file.
 * Reads at most OPAQUE_RUN characters, whatever the text.
 */
function inOpaqueRun(text: string, at: number): boolean {
  const member = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c < 128 && OPAQUE[c] === 1;
  };
  if (!member(at)) return false;
  let left = at;
  while (left > 0 && at - left < OPAQUE_RUN && member(left - 1)) left--;
  if (at - left < OPAQUE_DEPTH) return false;
  let right = at + 1;
  while (right < text.length && right - left < OPAQUE_RUN && member(right)) right++;
  return right - left >= OPAQUE_RUN;
}

/**
 * Whether whole-file detector `i` needs all of `blob` at `path`: at a path its `wholeFilePaths` allow
 * (all when it lists none), always or when the blob holds one of its fileKeywords (searched in the
 * whole blob, not the part).
 */
function needsWholeFile(compiled: CompiledDetectors, i: number, path: string, blob: Buffer): boolean {
  if ((compiled.detectors[i] as Detector).wholeFilePaths !== undefined && !compiled.wholeFileGates.applicable(path).has(i)) return false;
  const fileKeywords = compiled.fileKeywords[i];
  return fileKeywords === undefined || fileKeywords.some((k) => blob.includes(k));
}

const gateKeys = new WeakMap<ReadonlySet<number>, string>();

/**
 * Everything the engine and the detectors may read from a path (Detector.detect's contract): its file
 * name, whether it is at the root, which detectors' `paths` globs it matches, whether it is a log
 * file, and whether it sits in a .git folder. Equal bytes under paths of one class have equal findings.
 */
export function pathClass(compiled: CompiledDetectors, path: string): string {
  const slash = path.lastIndexOf('/');
  const applicable = compiled.gates.applicable(path);
  let gates = gateKeys.get(applicable);
  if (gates === undefined) gateKeys.set(applicable, (gates = [...applicable].sort((a, b) => a - b).join(',')));
  return `${path.slice(slash + 1)}\0${slash < 0 ? 'root' : ''}\0${gates}\0${compiled.isLogPath(path) ? 'log' : ''}\0${path.includes('.git/') ? 'git' : ''}`;
}

/** Per set of applicable gates (one object per file name, see compilePathGates): which detectors may run. */
const eligibilityCache = new WeakMap<CompiledDetectors, WeakMap<ReadonlySet<number>, { eligible: Uint8Array; alwaysRun: number[] }>>();

const ungated = new WeakMap<CompiledDetectors, Uint8Array>();

/** 1 for every detector without `paths` (and the escapes' index): the same for every file, built once. */
function ungatedOf(compiled: CompiledDetectors): Uint8Array {
  let base = ungated.get(compiled);
  if (!base) {
    base = new Uint8Array(compiled.detectors.length + 1);
    for (let i = 0; i < base.length; i++) base[i] = compiled.gated.has(i) ? 0 : 1;
    ungated.set(compiled, base);
  }
  return base;
}

function eligibility(compiled: CompiledDetectors, path: string): { eligible: Uint8Array; alwaysRun: number[] } {
  const applicable = compiled.gates.applicable(path);
  let byGates = eligibilityCache.get(compiled);
  if (!byGates) eligibilityCache.set(compiled, (byGates = new WeakMap()));
  let found = byGates.get(applicable);
  if (!found) {
    const eligible = ungatedOf(compiled).slice(); // + the escapes' index; then this path's gated detectors
    for (const i of applicable) eligible[i] = 1;
    found = { eligible, alwaysRun: compiled.alwaysRun.filter((i) => eligible[i] === 1) };
    byGates.set(applicable, found);
  }
  return found;
}

/**
 * A binary file that keeps strings in clear (binary-strings.ts): its printable runs scanned as lines,
 * keeping the findings whose secret names its own format. Each is placed at its byte offset (line 1,
 * that offset + 1 as its column), and says where it was found.
 */
function detectStrings(compiled: CompiledDetectors, path: string, bytes: Buffer, kind: string): BlobOutcome {
  const findings = detectByName(compiled, path);
  const found = printableRuns(bytes);
  if (found.text === '') return { kind: 'scanned', findings, wholeFile: true };
  const hits = compiled.prefilter.hits(Buffer.from(found.text, 'latin1'), eligibility(compiled, path).eligible);
  const runs = breakBefore(found, outsidePemBlocks(found.text, [...hits.starts.values()].flat()));
  const text = Buffer.from(runs.text, 'latin1');
  const byteAt = (line: number, column: number): number => (runs.offsets[line - 1] as number) + (column - 1) * (runs.widths[line - 1] as number);
  const part = detectPart(compiled, path, text, { bytes: text, from: 0 });
  for (const f of part.findings) {
    if (f.secret === undefined || f.encoding !== undefined) continue; // (decoded layers of chance bytes: not read)
    if (!namesItsFormat(f.secret, (compiled.detectors[f.detector] as Detector).keywords)) continue;
    const start = byteAt(f.line, f.column);
    const end = byteAt(f.endLine, f.endColumn);
    const where = `in the strings of a ${kind} (byte ${start})`;
    findings.push({ ...f, start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, detail: f.detail ? `${f.detail}, ${where}` : where, encoding: 'binary' });
  }
  return scannedWhole(compiled, { ...part, findings }, true);
}

/** Path-only detectors for blobs whose content is not scanned (binary or oversize). */
export function detectByName(compiled: CompiledDetectors, path: string): RawFinding[] {
  const input: DetectorInput = { path, text: '', binary: true };
  const placer = new Placer(compiled, '', 'ascii', path, Buffer.alloc(0), 0);
  const out: RawFinding[] = [];
  const applicable = compiled.gates.applicable(path);
  for (const i of compiled.binaryCapable) {
    if (compiled.gated.has(i) && !applicable.has(i)) continue;
    for (const match of (compiled.detectors[i] as Detector).detect(input)) out.push(placer.place({ detector: i, match }));
  }
  return out;
}

/**
 * Text offsets of a scanned part → lines, columns and byte offsets in the whole blob. `bytesPer`
 * tells how text offsets become byte offsets: 'ascii' (equal), 'utf8' (counted), or the BOM length
 * of UTF-16 text (BOM + 2 × offset).
 */
class Placer {
  private readonly lines: LineIndex;
  private readonly isLog: boolean;
  private readonly isPython: boolean;
  private readonly isRust: boolean;
  private readonly isPerl: boolean;
  private readonly isYaml: boolean;
  /** A JSON data file: a string in it may quote a test's source (inQuotedTestSource). */
  private readonly isJsonData: boolean;
  /** Values inQuotedTestSource may still read back from (up to 16 KiB each): a JSON file of many findings is read for its first ones. */
  private quotedChecks = 2048;
  /** A page a documentation generator built (isGeneratedDocPage): what it shows is documentation. */
  private readonly isDocPage: boolean;
  /** A Vitest configuration (isVitestConfig): the variables of its `env: {` block are what the tests run with. */
  private readonly isTestRunnerConfig: boolean;
  private readonly path: string;
  /** The file opens with a note to fill in one's own values (opensWithFillInNote); read when a secret is first placed. */
  private template: boolean | undefined;
  private lineBase = -1;
  /**
   * The own copy (up to MAX_CONTEXT_LINE characters) of each line findings were placed on, shared by them:
   * 291,000 findings on one 10 MiB line held two 4 KiB copies each (2.6 GB) before.
   */
  private readonly lineCopies = new Map<number, string>();

  constructor(
    private readonly compiled: CompiledDetectors,
    private readonly text: string,
    private readonly bytesPer: 'ascii' | 'utf8' | number,
    path: string,
    private readonly bytes: Buffer,
    private readonly from: number,
  ) {
    this.lines = new LineIndex(text);
    this.isLog = compiled.isLogPath(path);
    this.isPython = path.endsWith('.py');
    this.isRust = path.endsWith('.rs');
    this.isPerl = isPerlFile(path, bytes);
    this.isYaml = /\.ya?ml$/.test(path);
    this.isJsonData = isJsonDataPath(path);
    this.path = path;
    this.isDocPage = (/\.html?$/i.test(path) && isGeneratedDocPage(bytes)) || isManualPage(path, bytes) || isHelpFile(path, bytes);
    this.isTestRunnerConfig = isVitestConfig(path, () => bytes.subarray(0, 4096).toString('latin1'));
  }

  private isTemplate(): boolean {
    return (this.template ??= opensWithFillInNote(this.bytes));
  }

  place({ detector, match, encoding, alsoPolicies }: Found): RawFinding {
    const d = this.compiled.detectors[detector] as Detector;
    const detail = encoding === undefined ? match.detail : match.detail ? `${match.detail}, ${describeEncoding(encoding)}` : describeEncoding(encoding);
    const start = this.lines.position(match.start);
    const end = this.lines.position(Math.max(match.start, match.end));
    const base = this.baseLine();
    const prev = start.line > 1 ? this.lineCopy(start.line - 1) : this.from > 0 ? own(this.lineBefore().slice(0, MAX_CONTEXT_LINE)) : '';
    const at = this.from + this.byteOffset(match.start);
    // a documentation comment's example shows code as well as values: a practice finding there (a TLS switch in a
    // docstring's literal block, `curl -k` in a shell session) is sample material too
    const sample =
      match.sample === true ||
      (match.secret !== undefined &&
        (this.isDocPage ||
          inExampleField(this.text, match.start) ||
          (this.isTestRunnerConfig && inTestRunnerEnv(this.text, match.start)) ||
          ((this.isPython || this.isYaml) && this.inDocumentation(at)) ||
          (this.isRust && this.inRustTests(at)) ||
          (this.isPerl && this.inPod(at)) ||
          (this.isJsonData && this.quotedChecks-- > 0 && inQuotedTestSource(this.text, match.start)) ||
          this.isTemplate())) ||
      inDocCommentExample((n) => this.lines.lineText(n), start.line, start.column - 1, this.path);
    return {
      detector,
      policy: this.isLog && d.policy === 'no-committed-credentials' ? 'no-secrets-in-logs' : d.policy,
      start: at,
      end: this.from + this.byteOffset(Math.max(match.start, match.end)),
      line: base + start.line,
      column: start.column,
      endLine: base + end.line,
      endColumn: end.column,
      ...(match.secret !== undefined ? { secret: own(match.secret) } : {}),
      ...(detail !== undefined ? { detail: own(detail) } : {}),
      ...(encoding !== undefined ? { encoding } : {}),
      ...(alsoPolicies !== undefined ? { alsoPolicies } : {}),
      ...(sample ? { sample: true as const } : {}),
      lineText: this.lineCopy(start.line),
      prevLineText: prev,
    };
  }

  /** Whether a byte of the blob is inside a Rust file's `#[cfg(test)]` module (rustTestModules), found once per blob. */
  private inRustTests(at: number): boolean {
    return inRegions(RUST_TESTS, this.bytes, rustTestModules, at);
  }

  /** Whether a byte of the blob is inside a Perl file's POD documentation (perlPodSections), found once per blob. */
  private inPod(at: number): boolean {
    return inRegions(PERL_POD, this.bytes, perlPodSections, at);
  }

  /** Line `line`'s text, its first MAX_CONTEXT_LINE characters, copied once for every finding placed on or under it. */
  private lineCopy(line: number): string {
    let copy = this.lineCopies.get(line);
    if (copy === undefined) this.lineCopies.set(line, (copy = own(this.lines.lineText(line).slice(0, MAX_CONTEXT_LINE))));
    return copy;
  }

  /** Whether a byte of the blob is inside an Ansible module's or plugin's documentation (ansibleDocumentation, ansibleYamlDocumentation), found once per blob. */
  private inDocumentation(at: number): boolean {
    return inRegions(DOCUMENTATION, this.bytes, this.isYaml ? ansibleYamlDocumentation : ansibleDocumentation, at);
  }

  private byteOffset(offset: number): number {
    if (typeof this.bytesPer === 'number') return this.bytesPer + 2 * offset;
    return this.bytesPer === 'ascii' ? offset : Buffer.byteLength(this.text.slice(0, offset), 'utf8');
  }

  /** Lines of the blob before the scanned part. */
  private baseLine(): number {
    if (this.lineBase < 0) this.lineBase = this.from === 0 ? 0 : countNewlines(this.bytes, 0, this.from);
    return this.lineBase;
  }

  /** The blob's line just before the scanned part (which starts at a line start). */
  private lineBefore(): string {
    const end = this.bytes[this.from - 2] === 13 ? this.from - 2 : this.from - 1;
    const start = this.from >= 2 ? this.bytes.lastIndexOf(10, this.from - 2) + 1 : 0; // a negative offset would count from the end
    return decodeText(this.bytes.subarray(start, Math.max(start, end)));
  }
}

/** Newlines in bytes [from, to). */
export function countNewlines(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buf.indexOf(10, from); i !== -1 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * The same secret reported by two detectors at overlapping places is reported once, by the
 * detector with the higher priority (vendor detectors 50, generic ones 10); ties go to a match in
 * plain text over one in decoded text, then to the earlier id. A decoded match's place is the
 * encoded text it came from. Practice findings (no secret) are never merged with each other, but
 * one in decoded text is dropped where the same detector found one in the plain text (an escaped
 * line decoded whole holds the plain text too). A dropped secret match of another policy (a token in
 * a Dockerfile ENV: secrets-not-in-images beside no-committed-credentials) leaves its policy on the
 * kept one (`alsoPolicies`, the finding's `policies`). A practice finding at a secret's place is
 * folded into the secret's finding later, after the filters (same-place.ts), so that each filter
 * still silences exactly the finding it names.
 */
function dedupe(compiled: CompiledDetectors, matches: readonly Found[]): Found[] {
  const priority = (i: number): number => compiled.detectors[i]?.priority ?? 50;
  const start = (f: Found): number => f.at?.[0] ?? f.match.start;
  const end = (f: Found): number => f.at?.[1] ?? f.match.end;
  const overlap = (a: Found, b: Found): boolean => start(a) < end(b) && start(b) < end(a);
  const order = matches.map((_, i) => i).filter((i) => matches[i]?.match.secret !== undefined);
  order.sort((a, b) => start(matches[a] as Found) - start(matches[b] as Found) || a - b);
  const dropped = new Set<number>();
  const alsoPolicies: (Set<PolicyId> | undefined)[] = [];
  for (let x = 0; x < order.length; x++) {
    const ia = order[x] as number;
    const a = matches[ia] as Found;
    for (let y = x + 1; y < order.length; y++) {
      const ib = order[y] as number;
      const b = matches[ib] as Found;
      if (start(b) >= end(a)) break; // sorted by start: nothing later overlaps a
      const pa = priority(a.detector);
      const pb = priority(b.detector);
      const plainA = a.encoding === undefined;
      const aWins = pa !== pb ? pa > pb : plainA !== (b.encoding === undefined) ? plainA : a.detector !== b.detector ? a.detector < b.detector : ia < ib;
      dropped.add(aWins ? ib : ia);
      // the secret breaks the dropped detector's policy too (a key in an image's ENV): the kept one names it
      const [winner, loser] = aWins ? [ia, ib] : [ib, ia];
      const lost = compiled.detectors[(matches[loser] as Found).detector]?.policy;
      if (lost !== undefined && lost !== compiled.detectors[(matches[winner] as Found).detector]?.policy) (alsoPolicies[winner] ??= new Set()).add(lost);
    }
  }
  const plainPractice = matches.filter((f) => f.match.secret === undefined && f.encoding === undefined);
  matches.forEach((f, i) => {
    if (f.match.secret === undefined && f.encoding !== undefined && plainPractice.some((p) => p.detector === f.detector && overlap(p, f))) dropped.add(i);
  });
  return matches.flatMap((f, i) => (dropped.has(i) ? [] : alsoPolicies[i] ? [{ ...f, alsoPolicies: [...(alsoPolicies[i] as Set<PolicyId>)] }] : [f]));
}

/**
 * The generator tag of a documentation generator's page (MkDocs, Sphinx, Docusaurus, VuePress, VitePress,
 * Antora, GitBook, Doxygen, javadoc, pdoc, TypeDoc; Pandoc, which renders a project's manual from its Markdown), in the page's head: the built documentation site a
 * repository publishes (a `gh-pages` branch, a committed `site/` folder). Its code samples are the docs'
 * own, as in docs/ (test context), wherever the build put the page.
 */
const DOC_GENERATOR = /<meta[ \t\r\n]+(?:name=["']generator["'][ \t\r\n]+content=["'](?:mkdocs|sphinx|docusaurus|vuepress|vitepress|antora|gitbook|doxygen|javadoc|pdoc|typedoc|pandoc)|content=["'](?:mkdocs|sphinx|docusaurus|vuepress|vitepress|antora|gitbook|doxygen|javadoc|pdoc|typedoc|pandoc)[^"'\n]{0,80}["'][ \t\r\n]+name=["']generator["'])/i;

/**
 * A Unix manual page: a name in a manual section (`rclone.1`, `sshd.8`, `SSL_read.3ssl`) whose roff source sets the
 * page's title (`.TH`, mdoc's `.Dd`) near its start. Documentation as a README is, often generated from one (Pandoc);
 * a rotated log (`app.log.1`, `syslog.1`) has no roff title.
 */
export function isManualPage(path: string, bytes: Buffer): boolean {
  return /\.[1-9][a-z]{0,4}$/.test(path) && /^\.(?:TH|Dd)[ \t]/m.test(bytes.subarray(0, 8192).toString('latin1'));
}

/**
 * A PowerShell help file (MAML: `Module-help.xml`, `System.Management.Automation.dll-Help.xml`, what `Get-Help` reads and
 * platyPS writes from Markdown): the cmdlets' descriptions and examples (`Publish-Module -NuGetApiKey "…"`), documentation
 * wherever a module ships it. Named `-help.xml`, with MAML's `<helpItems` root or namespace near its start.
 */
export function isHelpFile(path: string, bytes: Buffer): boolean {
  return /-help\.xml$/i.test(path) && /<helpItems\b|schemas\.microsoft\.com\/maml/.test(bytes.subarray(0, 4096).toString('latin1'));
}

/** True when the HTML page's head (its first 8 KiB) carries a documentation generator's tag. */
export function isGeneratedDocPage(bytes: Buffer): boolean {
  return DOC_GENERATOR.test(bytes.subarray(0, 8192).toString('latin1'));
}

/**
 * Whether byte `at` of a blob lies in one of the regions `find` marks in it: found once per blob and kept by its bytes
 * (the parts of one blob, a history's changed ranges, each have a placer; the blob is read once).
 */
function inRegions(cache: WeakMap<Buffer, readonly (readonly [number, number])[]>, bytes: Buffer, find: (bytes: Buffer) => readonly (readonly [number, number])[], at: number): boolean {
  let regions = cache.get(bytes);
  if (!regions) cache.set(bytes, (regions = find(bytes)));
  return regions.some(([from, to]) => at >= from && at < to);
}

/** The documentation strings of the blobs placed so far (by their bytes: a blob's parts share them). */
const DOCUMENTATION = new WeakMap<Buffer, readonly (readonly [number, number])[]>();
/** The test modules of the Rust blobs placed so far, likewise. */
const RUST_TESTS = new WeakMap<Buffer, readonly (readonly [number, number])[]>();
/** The POD sections of the Perl blobs whose parts are being placed. */
const PERL_POD = new WeakMap<Buffer, readonly (readonly [number, number])[]>();

/** `DOCUMENTATION:`, `EXAMPLES: |`, `RETURN:` as top-level keys of a YAML file, up to the end of the key's line. */
const ANSIBLE_YAML_DOC_KEY = /^(?:DOCUMENTATION|EXAMPLES|RETURN):[^\n]*/gm;

/**
 * Byte ranges of an Ansible plugin's documentation written as YAML (a filter's or test's `password_hash.yml` beside
 * its code): the value of each top-level DOCUMENTATION, EXAMPLES and RETURN key, to the next line that opens with
 * another top-level key. A YAML file without a top-level DOCUMENTATION key has none.
 */
export function ansibleYamlDocumentation(bytes: Buffer): [number, number][] {
  const text = bytes.toString('latin1');
  if (!/^DOCUMENTATION:/m.test(text)) return [];
  const regions: [number, number][] = [];
  ANSIBLE_YAML_DOC_KEY.lastIndex = 0;
  for (let m = ANSIBLE_YAML_DOC_KEY.exec(text); m; m = ANSIBLE_YAML_DOC_KEY.exec(text)) {
    const open = m.index + m[0].length;
    const next = /\n(?=[^\s#])/g;
    next.lastIndex = open;
    const end = next.exec(text)?.index ?? text.length;
    regions.push([open, end]);
    ANSIBLE_YAML_DOC_KEY.lastIndex = end;
  }
  return regions;
}

/** `DOCUMENTATION = r'''`, `EXAMPLES = '''`, `RETURN = r"""` at a line's start, up to its opening quotes. */
const ANSIBLE_DOC_START = /^(?:DOCUMENTATION|EXAMPLES|RETURN)[ \t]*=[ \t]*[rRuU]?('''|""")/gm;

/**
 * Byte ranges of an Ansible module's documentation strings: the options it takes, playbook examples and
 * the values it returns, shown with sample tokens and passwords (`api_key: 9775a026…`). A finding there
 * is documentation, as in docs/ (test context); the module's code around them is judged as code.
 */
export function ansibleDocumentation(bytes: Buffer): [number, number][] {
  const text = bytes.toString('latin1');
  const regions: [number, number][] = [];
  ANSIBLE_DOC_START.lastIndex = 0;
  for (let m = ANSIBLE_DOC_START.exec(text); m; m = ANSIBLE_DOC_START.exec(text)) {
    const open = m.index + m[0].length;
    const close = text.indexOf(m[1] as string, open);
    const end = close < 0 ? text.length : close;
    regions.push([open, end]);
    ANSIBLE_DOC_START.lastIndex = end;
  }
  return regions;
}
