// Encoded text inside a blob, decoded so that every detector also sees secrets committed encoded:
// base64 and hex runs (a Kubernetes Secret's `data:`, a Docker `auth`, a base64'd PEM key or .env
// blob), and lines with percent-encoding, backslash escapes or HTML entities (decode-escapes.ts).
// A piece is kept only when it decodes to text (valid UTF-8, almost no control characters); pieces
// are looked for again inside decoded text, one layer deeper (base64 of base64).
//
// Cheap when there is nothing to decode: runs are found by a skipping byte loop (under 1 ns a byte
// on source code), escapes by the prefilter's automaton pass (ESCAPE_KEYWORDS), and a run is judged
// by its first 48 decoded bytes before it is decoded whole. Bounded per call: 2 layers, 1 MiB of
// decoded bytes, 1024 decoded pieces and 65,536 candidates looked at, so megabytes of hostile base64
// cost little more than the prefilter.
import { backslashEscape, findEscapeUnits, writeUtf8, type Escaping } from './decode-escapes.js';
import { completeUtf8, isText } from './text.js';

export interface DecodeLimits {
  /** Decoding layers: 2 finds base64 inside base64. */
  readonly layers: number;
  /** Decoded bytes kept, all layers together. */
  readonly bytes: number;
  /** Pieces that decoded to text. */
  readonly pieces: number;
  /** Runs and escape lines looked at, text or not. */
  readonly candidates: number;
}

export const DECODE_LIMITS: DecodeLimits = { layers: 2, bytes: 1 << 20, pieces: 1024, candidates: 1 << 16 };

/** [start, end) byte offsets. */
export type ByteRange = readonly [number, number];

/** One piece of encoded text, decoded. */
export interface Decoded {
  /** The decoded text as UTF-8 (always valid). */
  readonly bytes: Buffer;
  /** Its encodings from the file inwards, '/'-joined: 'base64', 'percent/base64'. */
  readonly encoding: string;
  /** Where to report what decoded bytes [a, b) hold, in the input: a base64 or hex run is reported whole. */
  report(a: number, b: number): ByteRange;
  /** The input bytes that decoded bytes [a, b) came from (for overlap with plain findings). */
  source(a: number, b: number): ByteRange;
}

/** A piece decoded from its parent's bytes (the input itself at the first layer). */
abstract class Piece implements Decoded {
  readonly encoding: string;

  constructor(
    readonly bytes: Buffer,
    name: string,
    private readonly parent: Piece | undefined,
  ) {
    this.encoding = parent ? `${parent.encoding}/${name}` : name;
  }

  report(a: number, b: number): ByteRange {
    const [x, y] = this.localReport(a, b);
    return this.parent ? this.parent.report(x, y) : [x, y];
  }

  source(a: number, b: number): ByteRange {
    const [x, y] = this.localSource(a, b);
    return this.parent ? this.parent.source(x, y) : [x, y];
  }

  /** In the parent's bytes. */
  abstract localReport(a: number, b: number): ByteRange;
  abstract localSource(a: number, b: number): ByteRange;
}

/** A base64 (6 bits a character) or hex (4) run: reported whole, decoded bytes map to whole groups. */
class RunPiece extends Piece {
  constructor(
    bytes: Buffer,
    private readonly name: 'base64' | 'hex',
    parent: Piece | undefined,
    private readonly start: number,
    private readonly end: number,
    /** End of the run with its '=' padding. */
    private readonly padded: number,
  ) {
    super(bytes, name, parent);
  }

  localReport(): ByteRange {
    return [this.start, this.padded];
  }

  localSource(a: number, b: number): ByteRange {
    if (this.name === 'hex') return [this.start + 2 * a, Math.min(this.end, this.start + 2 * b)];
    return [this.start + Math.floor(a / 3) * 4, Math.min(this.end, this.start + Math.ceil(b / 3) * 4)];
  }
}

/** A line (or part of one) with its escapes decoded: each decoded byte knows the input token it came from. */
class EscapedPiece extends Piece {
  constructor(
    bytes: Buffer,
    name: Escaping | 'notebook',
    parent: Piece | undefined,
    /** origin[i]: input offset of the token decoded byte i came from; origin[bytes.length]: the unit's end. */
    private readonly origin: Int32Array,
  ) {
    super(bytes, name, parent);
  }

  localReport(a: number, b: number): ByteRange {
    return this.localSource(a, b);
  }

  localSource(a: number, b: number): ByteRange {
    const o = this.origin;
    const n = this.bytes.length;
    const start = o[Math.min(a, n)] as number;
    if (b <= a) return [start, start];
    const last = o[b - 1] as number;
    let j = b;
    while (j < n && o[j] === last) j++; // a token decoded to several bytes ends where the next begins
    return [start, o[j] as number];
  }

  /** True when decoded bytes [a, b) are the input's bytes unchanged (no escape among them). */
  unchanged(a: number, b: number): boolean {
    const [x, y] = this.localSource(a, b);
    return y - x === b - a;
  }
}

interface Budget {
  bytes: number;
  pieces: number;
  candidates: number;
}

/**
 * Every piece of encoded text in `bytes` that decodes to text, layer by layer; [] in the common
 * case. `escapeStarts`: where ESCAPE_KEYWORDS occur in `bytes` (byte offsets, ascending), when known.
 */
export function decodeEncoded(bytes: Buffer, escapeStarts?: readonly number[], limits: DecodeLimits = DECODE_LIMITS): Decoded[] {
  const budget: Budget = { bytes: limits.bytes, pieces: limits.pieces, candidates: limits.candidates };
  const out: Decoded[] = [];
  collect(bytes, undefined, limits.layers, budget, out, escapeStarts);
  return out;
}

function collect(bytes: Buffer, parent: Piece | undefined, layers: number, budget: Budget, out: Decoded[], escapeStarts?: readonly number[]): void {
  if (layers <= 0) return;
  const found: Piece[] = [];
  const fresh = (a: number, b: number): boolean => !(parent instanceof EscapedPiece && parent.unchanged(a, b));
  findRuns(bytes, budget, (start, end) => {
    if (!fresh(start, end)) return; // seen, as it is, one layer up
    const piece = decodeRun(bytes, start, end, parent, budget);
    if (piece) found.push(piece);
  });
  for (const unit of findEscapeUnits(bytes, budget, escapeStarts)) {
    if (budget.pieces <= 0 || unit.bytes.length > budget.bytes || !fresh(unit.start, unit.end)) continue;
    if (!isText(unit.bytes, unit.bytes.length)) continue;
    budget.pieces--;
    budget.bytes -= unit.bytes.length;
    found.push(new EscapedPiece(unit.bytes, unit.escaping, parent, unit.origin));
  }
  for (const piece of found) {
    out.push(piece);
    collect(piece.bytes, piece, layers - 1, budget, out);
  }
}

/** Base64 alphabet values (the standard and the URL-safe one), -1 elsewhere. */
const B64 = new Int8Array(256).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (let i = 0; i < 64; i++) B64[ALPHABET.charCodeAt(i)] = i;
B64[0x2d] = 62; // '-'
B64[0x5f] = 63; // '_'
/** 1 for bytes of either alphabet: the run finder's table (a 0/1 test is cheaper than a sign test). */
const IN_RUN = Uint8Array.from(B64, (v) => (v >= 0 ? 1 : 0));
const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = HEX['0123456789ABCDEF'.charCodeAt(i)] = i;

/** Shortest base64 run looked at (18 decoded bytes) and shortest hex run (16). */
export const MIN_BASE64 = 24;
export const MIN_HEX = 32;
/** Characters of a run decoded to judge it before decoding it whole. */
const PROBE = 64;

/**
 * Calls `take` for each maximal run of base64-alphabet bytes at least MIN_BASE64 long. Skips: when
 * the byte MIN_BASE64 - 1 ahead is not in the alphabet, no run can cover it; otherwise it looks back
 * for one that is not.
 */
function findRuns(bytes: Buffer, budget: Budget, take: (start: number, end: number) => void): void {
  const n = bytes.length;
  let start = 0; // always just after a byte outside the alphabet, or 0
  while (start + MIN_BASE64 <= n && budget.candidates > 0) {
    const probe = start + MIN_BASE64 - 1;
    if (IN_RUN[bytes[probe] as number] === 0) {
      start = probe + 1;
      continue;
    }
    let back = probe - 1;
    while (back >= start && IN_RUN[bytes[back] as number] === 1) back--;
    if (back >= start) {
      start = back + 1;
      continue;
    }
    let end = probe + 1;
    while (end < n && IN_RUN[bytes[end] as number] === 1) end++;
    budget.candidates--;
    take(start, end);
    start = end + 1;
  }
}

const probeBuffer = Buffer.alloc((PROBE / 4) * 3);

/** The run [start, end) decoded, when it is hex or base64 of text within the budget. */
function decodeRun(bytes: Buffer, start: number, end: number, parent: Piece | undefined, budget: Budget): Piece | undefined {
  if (budget.pieces <= 0 || budget.bytes <= 0) return undefined;
  const length = end - start;
  let hex = length >= MIN_HEX;
  for (let i = start; hex && i < end; i++) hex = (HEX[bytes[i] as number] as number) >= 0;
  let padded = end;
  while (padded < bytes.length && padded - end < 2 && bytes[padded] === 0x3d) padded++; // '='
  if (hex) {
    if (length % 2 !== 0) return undefined;
    const probe = Math.min(length, PROBE);
    if (!isText(Buffer.from(bytes.toString('latin1', start, start + probe), 'hex'), probe / 2, probe < length)) return undefined;
    const chars = Math.min(length, 2 * budget.bytes);
    const decoded = Buffer.from(bytes.toString('latin1', start, start + chars), 'hex');
    return keep(decoded, chars < length, budget, (text) => new RunPiece(text, 'hex', parent, start, end, end));
  }
  // judge the first PROBE characters before decoding the rest
  const probe = Math.min(length, PROBE) & ~3;
  const probed = probeQuads(bytes, start, probe, probeBuffer);
  if (probed < 0 || !isText(probeBuffer, probed, probe < length)) return undefined;
  const chars = Math.min(length, Math.floor(budget.bytes / 3) * 4);
  const decoded = chars === probe ? Buffer.from(probeBuffer.subarray(0, probed)) : Buffer.from(bytes.toString('latin1', start, start + chars), 'base64');
  return keep(decoded, chars < length, budget, (text) => new RunPiece(text, 'base64', parent, start, end, padded));
}

/**
 * Decodes `count` (a multiple of 4) base64 characters at `from` into `out`: the number of bytes
 * written, or -1 at the first byte that cannot be text (a control character, a byte UTF-8 does not
 * allow where it stands), which for most runs that are not base64 of text is in the first group.
 */
function probeQuads(bytes: Buffer, from: number, count: number, out: Buffer): number {
  let w = 0;
  let continuations = 0; // UTF-8 continuation bytes still expected
  for (let i = from; i < from + count; i += 4) {
    const v = ((B64[bytes[i] as number] as number) << 18) | ((B64[bytes[i + 1] as number] as number) << 12) | ((B64[bytes[i + 2] as number] as number) << 6) | (B64[bytes[i + 3] as number] as number);
    for (let shift = 16; shift >= 0; shift -= 8) {
      const c = (v >> shift) & 0xff;
      if (continuations > 0) {
        if ((c & 0xc0) !== 0x80) return -1;
        continuations--;
      } else if (c < 0x80) {
        if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c === 0x7f) return -1;
      } else if (c >= 0xc2 && c <= 0xf4) continuations = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
      else return -1;
      out[w++] = c;
    }
  }
  return w;
}

/**
 * A decoded run kept as text: valid UTF-8, or with a rare invalid byte (a Latin-1 letter, a damaged
 * character) replaced by U+FFFD. Replacement shifts later decoded offsets a little, which only
 * blurs the `source` of a match after it (the run is reported whole).
 */
function keep(decoded: Buffer, truncated: boolean, budget: Budget, make: (text: Buffer) => Piece): Piece | undefined {
  let length = truncated ? completeUtf8(decoded, decoded.length) : decoded.length;
  // a C string's terminator encoded with it (FreeRDP's proxy config: a PEM key, base64 of its bytes and the NUL after)
  while (!truncated && length > 0 && decoded[length - 1] === 0) length--;
  if (length === 0) return undefined;
  let text: Buffer | undefined = length === decoded.length ? decoded : decoded.subarray(0, length);
  if (!isText(text, length)) text = lossyText(text);
  if (text === undefined) return undefined;
  budget.pieces--;
  budget.bytes -= text.length;
  return make(text);
}

/** Text with at most one replaced or control character in 256 bytes, re-encoded; undefined for anything else. */
function lossyText(bytes: Buffer): Buffer | undefined {
  const allowed = bytes.length >> 8;
  let odd = 0;
  for (const c of bytes) {
    if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c === 0x7f) {
      if (c === 0 || ++odd > allowed) return undefined;
    }
  }
  const text = bytes.toString('utf8');
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) if (++odd > allowed) return undefined;
  return Buffer.from(text, 'utf8');
}

// --- Jupyter notebooks ---

/** A line longer than this (a base64 image, a wide table printed by a cell) is left to the plain scan. */
const NOTEBOOK_LINE = 4096;

/** True for a Jupyter notebook, whose cells are JSON strings. */
export function isNotebookPath(path: string): boolean {
  return /\.ipynb$/i.test(path);
}

/**
 * A Jupyter notebook keeps each line of a cell's code, and of what the cell printed, as a JSON string
 * on a line of its own (`    "DB_PASSWORD = \"s3cr3t\"\n",`): detectors reading the file see escaped
 * quotes where the code had quotes. Each run of such lines is decoded into the text it stands for, one
 * piece per run, every decoded byte knowing the file offset it came from, so that a match is placed on
 * the file's own line and columns. Linear, and bounded by the part: a decoded line is never longer than
 * its line in the file.
 *
 * Notebooks written on one line (Kaggle's downloads, course exporters: `{"cells":[{"cell_type":"code",…`) and cells
 * whose source is one string (`"source": "import os\nKEY = \"…\"\n"`) put a cell's text inside a longer line: there,
 * the strings under a `"source"`, `"text"` or `"text/plain"` key are decoded, one piece per key (see keyedStrings).
 */
export function notebookPieces(bytes: Buffer): Decoded[] {
  const out: Decoded[] = [];
  const run = new DecodedRun();
  const flush = (): void => {
    if (run.length === 0) return;
    const [text, origin] = run.take();
    out.push(new EscapedPiece(text, 'notebook', undefined, origin));
  };
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    if (end - start > NOTEBOOK_LINE || !decodeStringLine(bytes, start, end, run)) {
      flush();
      keyedStrings(bytes, start, end, run, flush);
    }
    start = end + 1;
  }
  flush();
  return out;
}

/** The keys whose values are a cell's code or markdown and what it printed; an image's base64 is under others. */
const CELL_TEXT_KEYS = ['"source"', '"text"', '"text/plain"'].map((k) => Buffer.from(k));
/** A keyed string longer than this (a whole printed table) is left to the plain scan. */
const KEYED_STRING = 65_536;

/**
 * In line [start, end), each value of a cell-text key that is a JSON string or an array of them: the strings decoded
 * into the run (a newline after each that lacks one), then flushed as one piece. Each key is searched for once per
 * line from where the last one ended, and each byte after a key is read once: linear.
 */
function keyedStrings(bytes: Buffer, start: number, end: number, run: DecodedRun, flush: () => void): void {
  const line = bytes.subarray(start, end); // (searched within the line only: a line without a key costs its own length)
  const find = (j: number, from: number): number => {
    const n = line.indexOf(CELL_TEXT_KEYS[j] as Buffer, from - start);
    return n < 0 ? -1 : start + n;
  };
  const next = CELL_TEXT_KEYS.map((_, j) => find(j, start));
  for (let at = start; ; ) {
    let k = -1;
    for (let j = 0; j < next.length; j++) {
      if ((next[j] as number) >= 0 && (next[j] as number) < at) next[j] = find(j, at);
      const n = next[j] as number;
      if (n >= 0 && (k < 0 || n < (next[k] as number))) k = j;
    }
    if (k < 0) return;
    let i = skipBlanks(bytes, (next[k] as number) + (CELL_TEXT_KEYS[k] as Buffer).length, end);
    at = i;
    if (bytes[i] !== 0x3a) continue; // `"text"` as a value, not a key
    i = skipBlanks(bytes, i + 1, end);
    if (bytes[i] === 0x22) {
      at = appendString(bytes, i, end, run);
    } else if (bytes[i] === 0x5b) {
      for (i = skipBlanks(bytes, i + 1, end); bytes[i] === 0x22; ) {
        const after = appendString(bytes, i, end, run);
        if (after <= i) break;
        i = skipBlanks(bytes, after, end);
        if (bytes[i] !== 0x2c) break;
        i = skipBlanks(bytes, i + 1, end);
      }
      at = Math.max(at, i);
    }
    flush();
    at = Math.max(at, (next[k] as number) + 1);
  }
}

function skipBlanks(bytes: Buffer, i: number, end: number): number {
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d)) i++;
  return i;
}

/** The JSON string opening at `quote`, decoded into the run with a newline if it lacks one; where it ends, or `quote` when it is broken or too long. */
function appendString(bytes: Buffer, quote: number, end: number, run: DecodedRun): number {
  const mark = run.length;
  const close = decodeJsonString(bytes, quote, Math.min(end, quote + 1 + KEYED_STRING), run);
  if (close < 0) {
    run.length = mark;
    return quote;
  }
  if (run.length === mark || run.last() !== 0x0a) run.push(0x0a, close);
  return close + 1;
}

/** Decoded bytes and the file offset each came from, in arrays that double as they fill. */
class DecodedRun {
  private text = new Uint8Array(256);
  private origin = new Int32Array(256);
  length = 0;

  push(byte: number, from: number): void {
    if (this.length === this.text.length) {
      const text = new Uint8Array(this.length * 2);
      text.set(this.text);
      const origin = new Int32Array(this.length * 2);
      origin.set(this.origin);
      this.text = text;
      this.origin = origin;
    }
    this.text[this.length] = byte;
    this.origin[this.length++] = from;
  }

  last(): number | undefined {
    return this.length > 0 ? this.text[this.length - 1] : undefined;
  }

  /** The run's bytes and offsets (with the end offset after them), and a fresh start. */
  take(): [Buffer, Int32Array] {
    const bytes = Buffer.from(this.text.subarray(0, this.length));
    const origin = new Int32Array(this.length + 1);
    origin.set(this.origin.subarray(0, this.length));
    origin[this.length] = this.origin[this.length - 1] as number;
    this.length = 0;
    return [bytes, origin];
  }
}

/**
 * Appends the decoded JSON string that line [start, end) holds alone (blanks, the string, maybe a
 * comma) to the run, each byte with its file offset, and a newline when the string does not end
 * with one; false (nothing appended) for any other line.
 */
function decodeStringLine(bytes: Buffer, start: number, end: number, run: DecodedRun): boolean {
  let i = start;
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x22) return false;
  const mark = run.length;
  const undo = (): false => {
    run.length = mark; // not a JSON string after all
    return false;
  };
  i = decodeJsonString(bytes, i, end, run);
  if (i < 0) return undo();
  let j = i + 1;
  while (j < end && (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === 0x0d)) j++;
  if (bytes[j] === 0x2c) j++;
  while (j < end && (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === 0x0d)) j++;
  if (j < end) return undo();
  if (run.length === mark || run.last() !== 0x0a) run.push(0x0a, i);
  return true;
}

/**
 * Appends the JSON string opening at `quote` to the run, decoded, each byte with its file offset; the offset of its
 * closing quote, or -1 when it is not closed before `end` or holds an invalid escape (the caller undoes the run).
 */
function decodeJsonString(bytes: Buffer, quote: number, end: number, run: DecodedRun): number {
  for (let i = quote + 1; i < end; i++) {
    const c = bytes[i] as number;
    if (c === 0x22) return i;
    if (c !== 0x5c) {
      run.push(c, i);
      continue;
    }
    // JSON's escapes are the backslash family's, with \b and \f (which that family leaves alone: `\b` in a regex)
    const e = bytes[i + 1];
    const [cp, length] = e === 0x62 ? [0x08, 2] : e === 0x66 ? [0x0c, 2] : backslashEscape(bytes, i, end);
    if (cp < 0) return -1;
    const n = writeUtf8(UTF8_SCRATCH, 0, cp);
    for (let k = 0; k < n; k++) run.push(UTF8_SCRATCH[k] as number, i);
    i += length - 1;
  }
  return -1;
}

/** One code point's UTF-8 bytes, written by writeUtf8. */
const UTF8_SCRATCH = Buffer.alloc(4);
