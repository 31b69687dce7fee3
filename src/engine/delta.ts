// Scanning what is new, once: a history blob is mostly its path's previous version plus edits.
// Its bytes are compared with that version's (native memcmp over the common prefix and suffix, and
// anchors found again between edits far apart), the detectors run only over the changed lines with a
// margin around them, and the previous version's findings are carried over the unchanged parts with
// their line numbers moved. A version in which a
// detector that judges whole files runs (Detector.reach), and binary blobs, are scanned whole. In a
// prose file, where code lines are those inside fenced blocks, the window starts outside any fence
// (at the opener of the one it would cut), and a change that leaves a fence open or closed
// differently after it (so lines it did not touch change meaning) is scanned whole.
import { isProsePath } from '../../detectors/kit/prose.js';
import { countNewlines, detectBlob, detectRange, type BlobOutcome, type CompiledDetectors, type RawFinding } from './detect-blob.js';
import { isBinary } from './text.js';

/** A scanned version, kept for the versions made from it. */
export interface Version {
  readonly bytes: Buffer;
  readonly findings: readonly RawFinding[];
  /** A detector judging whole files ran on it. */
  readonly wholeFile: boolean;
}

/**
 * Context scanned on each side of a change. A match must have everything it depends on inside the
 * window: keyword windows reach 2 lines, a logging call's keyword 1 line back and 5 on, a Python
 * argument's enclosing call 400 characters back, a Java method body 800 on; base findings the window
 * touches get the same margin around them. What this does not cover: an edit deep inside a logging
 * call whose arguments run over more than 8 lines (its call start is then outside the window) —
 * such a version is judged only where it changed. 12 lines / 2 KiB cost 7% more time on the bench
 * history and found nothing more there.
 */
const MARGIN_LINES = 8;
const MARGIN_BYTES = 1024;
/** How far a PEM block's header or footer is looked for outside the window. */
const PEM_REACH = 64 * 1024;
const PEM_BEGIN = Buffer.from('-----BEGIN');
const PEM_END = Buffer.from('-----END');
const DASHES = Buffer.from('-----');

/** Findings of `bytes` (a later version of `base` at `path`), scanning only what changed. */
export function detectChanged(compiled: CompiledDetectors, path: string, bytes: Buffer, base: Version): BlobOutcome {
  if (base.wholeFile || isBinary(bytes)) return detectBlob(compiled, path, bytes); // (a kept version is text)
  const prose = isProsePath(path);
  const plan = changePlan(base, bytes, prose);
  if (!plan) return { kind: 'scanned', findings: base.findings, wholeFile: false };
  const { windows, stretches } = plan;
  const first = windows[0] as Window;
  if (windows.length === 1 && first.from === 0 && first.to === bytes.length) return detectBlob(compiled, path, bytes);
  if (prose) {
    // lines after the window keep their meaning only if it leaves the same fence open (or none)
    const shift = bytes.length - base.bytes.length;
    if (fenceAt(bytes, first.to).marker !== fenceAt(base.bytes, first.to - shift).marker) return detectBlob(compiled, path, bytes);
  }

  // The version's keywords are the base's (none for a whole-file detector) plus the windows'.
  const findings: RawFinding[] = [];
  for (const w of windows) {
    const part = detectRange(compiled, path, bytes, w.from, w.to);
    if (part.wholeFile) return detectBlob(compiled, path, bytes);
    for (const f of part.findings) findings.push(f);
  }
  // the base's findings in unchanged stretches (changePlan widened the windows over every one they touch)
  const lineShift = lineShifts(base.bytes, bytes, stretches);
  for (const f of base.findings) {
    const k = stretchHolding(stretches, f.start, f.end);
    if (k < 0) continue;
    const { shift } = stretches[k] as Stretch;
    if (overlapsAny(windows, f.start + shift, f.end + shift)) continue;
    const lines = lineShift(k);
    findings.push(shift === 0 && lines === 0 ? f : { ...f, start: f.start + shift, end: f.end + shift, line: f.line + lines, endLine: f.endLine + lines });
  }
  return { kind: 'scanned', findings, wholeFile: false };
}

/** A part of a version to scan: bytes [from, to), whole lines. */
export interface Window {
  from: number;
  to: number;
}

/** Bytes [bFrom, bTo) of a version equal to its base's [bFrom - shift, bTo - shift). */
export interface Stretch {
  readonly bFrom: number;
  readonly bTo: number;
  readonly shift: number;
}

/**
 * How many lines further down each stretch's lines are in the version than in the base, counted over
 * the changed regions before it when first asked (most versions carry no finding and never ask).
 */
export function lineShifts(a: Buffer, b: Buffer, stretches: readonly Stretch[]): (k: number) => number {
  const known = [0];
  return (k) => {
    for (let j = known.length; j <= k; j++) {
      const before = stretches[j - 1] as Stretch;
      const s = stretches[j] as Stretch;
      known.push((known[j - 1] as number) + countNewlines(b, before.bTo, s.bFrom) - countNewlines(a, before.bTo - before.shift, s.bFrom - s.shift));
    }
    return known[k] as number;
  };
}

/**
 * A changed region at least this long is searched for stretches its base holds unchanged (code moved
 * or kept between two edits far apart): each becomes a window of its own. A shorter one is one window.
 */
const SPLIT_BYTES = 16 * 1024;
/** Bytes of the version (from a line start) looked for in the base to find where they match again. */
const ANCHOR_BYTES = 48;
/** An equal stretch shorter than this is scanned with the windows around it (their margins would eat it). */
const MIN_STRETCH = 4 * 1024;
/** How far before or past the place where an anchor would be with no change of length it is looked for. */
const SEARCH_REACH = 64 * 1024;
/** Distance of the first anchor from a change; doubled after each anchor not found (new text costs few searches). */
const FIRST_STEP = 1024;

/**
 * What to scan in `b`, a later version of `base`: the windows (the changed bytes plus a margin,
 * widened over every base finding they touch, any PEM block they cut and, in a prose file, back to
 * the opener of a fenced block they would start inside), and the stretches of `b` equal to the base,
 * where the base's findings stand moved. Undefined when the contents are equal. In a prose file,
 * where a fence far above gives a line its meaning, and for a changed region under SPLIT_BYTES, the
 * changed bytes are one window from the first difference to the last.
 */
export function changePlan(base: Version, b: Buffer, prose = false): { windows: Window[]; stretches: Stretch[] } | undefined {
  const a = base.bytes;
  const prefix = commonPrefix(a, b);
  if (prefix === a.length && prefix === b.length) return undefined;
  const suffix = commonSuffix(a, b, Math.min(a.length, b.length) - prefix);
  const stretches: Stretch[] = [{ bFrom: 0, bTo: prefix, shift: 0 }];
  if (!prose && b.length - suffix - prefix >= SPLIT_BYTES) stretches.push(...matchedStretches(a, b, prefix, a.length - suffix, prefix, b.length - suffix));
  stretches.push({ bFrom: b.length - suffix, bTo: b.length, shift: b.length - a.length });
  let windows: Window[] = [];
  for (let k = 1; k < stretches.length; k++) windows.push({ from: back(b, (stretches[k - 1] as Stretch).bTo), to: forward(b, (stretches[k] as Stretch).bFrom) });
  windows = merged(windows);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of base.findings) {
      // f is in a's coordinates; a finding a window touches, or one the changes cut, is rescanned with
      // its own margin (a logging call's finding sits lines after the call's start)
      const k = stretchHolding(stretches, f.start, f.end);
      let from: number;
      let to: number;
      if (k >= 0) {
        const { shift } = stretches[k] as Stretch;
        if (!overlapsAny(windows, f.start + shift, f.end + shift)) continue;
        from = f.start + shift;
        to = f.end + shift;
      } else ({ from, to } = spanIn(stretches, f.start, f.end));
      const wanted = { from: back(b, from), to: forward(b, to) };
      if (windows.some((w) => w.from <= wanted.from && w.to >= wanted.to)) continue;
      windows = merged([...windows, wanted]);
      changed = true;
    }
    // (one search for the markers' dashes within their reach of the windows rules most versions out)
    if (prose || dashesNear(b, windows)) for (const w of windows) if (widenOverBlocks(b, w, prose)) changed = true;
    if (changed) windows = merged(windows);
  }
  return { windows, stretches };
}

/**
 * The stretches of b[bFrom, bTo) equal to some part of a[aFrom, aTo), in order in both, each at least
 * MIN_STRETCH long. An anchor (ANCHOR_BYTES from a line start of b) is looked for in a from the end
 * of the last stretch found; where it is, the match is grown both ways with native compares. The
 * bytes of a stretch are equal to the base's whatever anchor found it (a repeated line matched at
 * the wrong place only makes a stretch shorter or a window longer).
 */
function matchedStretches(a: Buffer, b: Buffer, aFrom: number, aTo: number, bFrom: number, bTo: number): Stretch[] {
  const out: Stretch[] = [];
  let pa = aFrom; // a is searched from here: the end of the last stretch found
  let pb = bFrom; // b's bytes before here are placed
  let step = FIRST_STEP;
  // bytes searched, at most twice the changed region's (anchors that match only briefly, in
  // repetitive or hostile text, would otherwise each search 128 KiB)
  let budget = 2 * (bTo - bFrom);
  for (let s = lineEnd(b, pb + step); s + ANCHOR_BYTES <= bTo && budget > 0; s = lineEnd(b, s + step)) {
    // where the anchor would be had the change kept the length; looked for there first, then around
    const expected = pa + (s - pb);
    const anchor = b.subarray(s, s + ANCHOR_BYTES);
    let at = expected + ANCHOR_BYTES <= aTo && a.compare(anchor, 0, ANCHOR_BYTES, expected, expected + ANCHOR_BYTES) === 0 ? expected : -1;
    if (at < 0) {
      const lo = Math.max(pa, expected - SEARCH_REACH);
      const hi = Math.min(aTo, expected + SEARCH_REACH + ANCHOR_BYTES);
      budget -= hi - lo;
      const found = hi - lo >= ANCHOR_BYTES ? a.subarray(lo, hi).indexOf(anchor) : -1;
      if (found < 0) {
        step = Math.min(2 * step, SEARCH_REACH);
        continue;
      }
      at = lo + found;
    }
    const before = commonSuffix(a.subarray(pa, at), b.subarray(pb, s), Math.min(at - pa, s - pb));
    const after = commonPrefix(a.subarray(at, aTo), b.subarray(s, bTo));
    if (after + before >= MIN_STRETCH) {
      out.push({ bFrom: s - before, bTo: s + after, shift: s - at });
      pa = at + after;
    }
    pb = s + after;
    step = FIRST_STEP;
    s = pb; // the next anchor is a step past the match
  }
  return out;
}

/** The index of the stretch whose base bytes hold [start, end), or -1. */
function stretchHolding(stretches: readonly Stretch[], start: number, end: number): number {
  for (let k = 0; k < stretches.length; k++) {
    const { bFrom, bTo, shift } = stretches[k] as Stretch;
    if (start >= bFrom - shift && end <= bTo - shift) return k;
  }
  return -1;
}

/** Where base bytes [start, end), cut by a change, lie in the version: each end through its stretch, or the edge of the changed region it falls in. */
function spanIn(stretches: readonly Stretch[], start: number, end: number): Window {
  let from = 0;
  let to = 0;
  for (let k = 0; k < stretches.length; k++) {
    const { bFrom, bTo, shift } = stretches[k] as Stretch;
    const aFrom = bFrom - shift;
    const aTo = bTo - shift;
    if (aFrom <= start) from = start < aTo ? start + shift : bTo;
    if (aFrom < end) to = end <= aTo ? end + shift : ((stretches[k + 1] as Stretch | undefined)?.bFrom ?? bTo);
  }
  return { from, to: Math.max(from, to) };
}

/** Whether `-----` occurs within PEM_REACH of the windows (where widenOverBlocks looks for markers). */
function dashesNear(b: Buffer, windows: readonly Window[]): boolean {
  const from = Math.max(0, (windows[0] as Window).from - PEM_REACH);
  const to = Math.min(b.length, (windows[windows.length - 1] as Window).to + PEM_REACH);
  return b.subarray(from, to).includes(DASHES);
}

function overlapsAny(windows: readonly Window[], start: number, end: number): boolean {
  for (const w of windows) if (start < w.to && end > w.from) return true;
  return false;
}

/** Windows sorted, with those that overlap or touch made one. */
function merged(windows: Window[]): Window[] {
  windows.sort((x, y) => x.from - y.from);
  const out: Window[] = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else out.push({ from: w.from, to: w.to });
  }
  return out;
}

/**
 * Widens a window over a PEM block it cuts and, in a prose file, back to the opener of a fenced
 * block it would start inside; true when it grew. Each search reads at most PEM_REACH bytes (a
 * whole-file search per version of a long file cost more than the rest of its window).
 */
export function widenOverBlocks(b: Buffer, w: { from: number; to: number }, prose: boolean): boolean {
  let grew = false;
  const begin = w.from > 0 ? lastStartIn(b, PEM_BEGIN, Math.max(0, w.from - PEM_REACH), w.from) : -1;
  if (begin >= 0 && firstStartIn(b, PEM_END, begin + 1, w.from) < 0) (w.from = back(b, begin)), (grew = true);
  const end = firstStartIn(b, PEM_END, w.to, w.to + PEM_REACH + 1);
  if (end >= 0 && firstStartIn(b, PEM_BEGIN, w.to, end + 1) < 0) (w.to = forward(b, end + PEM_END.length)), (grew = true);
  if (prose) {
    const { openedAt } = fenceAt(b, w.from);
    if (openedAt >= 0 && openedAt < w.from) (w.from = openedAt), (grew = true);
  }
  return grew;
}

/** The first place in [from, to) where `word` starts (it may end past `to`), or -1. */
function firstStartIn(b: Buffer, word: Buffer, from: number, to: number): number {
  const at = b.subarray(from, Math.min(b.length, to - 1 + word.length)).indexOf(word);
  return at < 0 ? -1 : from + at;
}

/** The last place in [from, to) where `word` starts (it may end past `to`), or -1. */
function lastStartIn(b: Buffer, word: Buffer, from: number, to: number): number {
  const at = b.subarray(from, Math.min(b.length, to - 1 + word.length)).lastIndexOf(word);
  return at < 0 ? -1 : from + at;
}

/** The start of the line MARGIN_LINES lines and at least MARGIN_BYTES bytes before `pos`. */
export function back(b: Buffer, pos: number): number {
  let x = lineStart(b, pos);
  for (let k = 0; k < MARGIN_LINES && x > 0; k++) x = lineStart(b, x - 1);
  return Math.min(x, lineStart(b, Math.max(0, pos - MARGIN_BYTES)));
}

/** The end (after its newline) of the line MARGIN_LINES lines and at least MARGIN_BYTES bytes after `pos`. */
export function forward(b: Buffer, pos: number): number {
  let x = lineEnd(b, pos);
  for (let k = 0; k < MARGIN_LINES && x < b.length; k++) x = lineEnd(b, x);
  return Math.max(x, lineEnd(b, Math.min(b.length, pos + MARGIN_BYTES)));
}

function lineStart(b: Buffer, pos: number): number {
  return pos <= 0 ? 0 : b.lastIndexOf(10, pos - 1) + 1;
}

function lineEnd(b: Buffer, pos: number): number {
  if (pos >= b.length) return b.length;
  const nl = b.indexOf(10, pos);
  return nl < 0 ? b.length : nl + 1;
}

const BACKTICKS = Buffer.from('```');
const TILDES = Buffer.from('~~~');

/**
 * The fenced code block open at `pos` in a prose file, as the TLS detectors read fences
 * (detectors/tls/context.ts): a line of up to 3 spaces then 3+ backticks or tildes opens one, and a
 * line of the same character, at least as many, closes it. `marker` is the open fence ('' when
 * none), `openedAt` the start of its opening line (-1 when none).
 */
export function fenceAt(b: Buffer, pos: number): { marker: string; openedAt: number } {
  let marker = '';
  let openedAt = -1;
  // markers are searched for before `pos` only (a search of the whole file for each version of a
  // long changelog edited at the top cost more than the rest of its scan)
  const before = b.subarray(0, Math.min(b.length, pos + 2));
  let tick = before.indexOf(BACKTICKS);
  let tilde = before.indexOf(TILDES);
  for (;;) {
    const at = tick < 0 ? tilde : tilde < 0 ? tick : Math.min(tick, tilde);
    if (at < 0 || at >= pos) break;
    const start = lineStart(b, at);
    let next = at + 3;
    if (at - start <= 3 && b.subarray(start, at).every((c) => c === 0x20)) {
      let end = at;
      while (end < b.length && b[end] === b[at]) end++;
      const run = b.toString('latin1', at, end);
      if (marker === '') {
        marker = run;
        openedAt = start;
      } else if (run[0] === marker[0] && run.length >= marker.length) {
        marker = '';
        openedAt = -1;
      }
      next = lineEnd(b, at); // the rest of a fence line is its info string
    }
    if (tick >= 0 && tick < next) tick = before.indexOf(BACKTICKS, next);
    if (tilde >= 0 && tilde < next) tilde = before.indexOf(TILDES, next);
  }
  return { marker, openedAt };
}

/** Chunk sizes compared natively (memcmp) before the last bytes are compared one by one. */
const CHUNKS = [65536, 4096, 256, 16];

/** Length of the common prefix. */
export function commonPrefix(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const size of CHUNKS) while (i + size <= n && a.compare(b, i, i + size, i, i + size) === 0) i += size;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Length of the common suffix, at most `max`. */
export function commonSuffix(a: Buffer, b: Buffer, max: number): number {
  const la = a.length;
  const lb = b.length;
  let k = 0;
  for (const size of CHUNKS) while (k + size <= max && a.compare(b, lb - k - size, lb - k, la - k - size, la - k) === 0) k += size;
  while (k < max && a[la - k - 1] === b[lb - k - 1]) k++;
  return k;
}

/**
 * The versions later blobs will be compared with, each kept until its last use; within a byte
 * budget (the oldest go first: their later versions are then scanned whole).
 */
export class VersionCache {
  private readonly entries = new Map<string, { version: Version; owner: { readonly uses: number }; taken: number }>();
  private bytes = 0;

  constructor(private readonly budget: number) {}

  /** Keeps `version` for `owner.uses` takes, read at each take: a count raised after the put still counts. */
  put(key: string, version: Version, owner: { readonly uses: number }): void {
    if (owner.uses <= 0 || version.bytes.length > this.budget || this.entries.has(key)) return;
    this.entries.set(key, { version, owner, taken: 0 });
    this.bytes += version.bytes.length;
    for (const [old, entry] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.drop(old, entry.version);
    }
  }

  /** The version under `key`, counting one use of it. */
  take(key: string): Version | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (++entry.taken >= entry.owner.uses) this.drop(key, entry.version);
    return entry.version;
  }

  private drop(key: string, version: Version): void {
    this.entries.delete(key);
    this.bytes -= version.bytes.length;
  }
}
