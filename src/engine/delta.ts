// Scanning what is new, once: a history blob is mostly its path's previous version plus an edit.
// Its bytes are compared with that version's (native memcmp over the common prefix and suffix), the
// detectors run only over the changed lines with a margin around them, and the previous version's
// findings are carried over the unchanged parts with their line numbers moved. A version in which a
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

/** Findings of `bytes` (a later version of `base` at `path`), scanning only what changed. */
export function detectChanged(compiled: CompiledDetectors, path: string, bytes: Buffer, base: Version): BlobOutcome {
  if (base.wholeFile || isBinary(bytes)) return detectBlob(compiled, path, bytes); // (a kept version is text)
  const prose = isProsePath(path);
  const window = changedWindow(base, bytes, prose);
  if (!window) return { kind: 'scanned', findings: base.findings, wholeFile: false };
  const { from, to } = window;
  // lines after the window keep their meaning only if it leaves the same fence open (or none)
  if (prose && fenceAt(bytes, to).marker !== fenceAt(base.bytes, to - (bytes.length - base.bytes.length)).marker) return detectBlob(compiled, path, bytes);
  if (from === 0 && to === bytes.length) return detectBlob(compiled, path, bytes);

  // The version's keywords are the base's (none for a whole-file detector) plus the window's.
  const part = detectRange(compiled, path, bytes, from, to);
  if (part.wholeFile) return detectBlob(compiled, path, bytes);
  const shift = bytes.length - base.bytes.length;
  const aTo = to - shift;
  const findings: RawFinding[] = [];
  let lineShift: number | undefined;
  for (const f of base.findings) {
    if (f.end <= from) findings.push(f);
    else if (f.start >= aTo) {
      // (changedWindow widened the window over every finding it touched)
      lineShift ??= countNewlines(bytes, from, to) - countNewlines(base.bytes, from, aTo);
      findings.push({ ...f, start: f.start + shift, end: f.end + shift, line: f.line + lineShift, endLine: f.endLine + lineShift });
    }
  }
  findings.push(...part.findings);
  return { kind: 'scanned', findings, wholeFile: false };
}

/**
 * The lines of `b` to scan: the bytes that differ from `base` plus a margin, widened over any base
 * finding they touch and any PEM block they cut, and in a prose file back to the opener of a fenced
 * block it would start inside. Undefined when the contents are equal.
 */
export function changedWindow(base: Version, b: Buffer, prose = false): { from: number; to: number } | undefined {
  const a = base.bytes;
  const prefix = commonPrefix(a, b);
  if (prefix === a.length && prefix === b.length) return undefined;
  const suffix = commonSuffix(a, b, Math.min(a.length, b.length) - prefix);
  const shift = b.length - a.length;
  let from = back(b, prefix);
  let to = forward(b, b.length - suffix);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of base.findings) {
      // f is in a's coordinates: before the window it is where it was, after it moved by `shift`.
      // A finding the window touches is rescanned with its own margin (a logging call's finding
      // sits lines after the call's start).
      if (f.end <= from || f.start >= to - shift) continue;
      const before = back(b, f.start);
      const after = forward(b, f.end + shift);
      if (before < from) (from = before), (changed = true);
      if (after > to) (to = after), (changed = true);
    }
    const window = { from, to };
    if (widenOverBlocks(b, window, prose)) ({ from, to } = window), (changed = true);
  }
  return { from, to };
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
