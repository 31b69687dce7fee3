// Bytes to text (UTF-8, or UTF-16 for text files Windows tools wrote), and text offsets to
// line/column, computed only for the blobs that have matches.
import { isUtf8 } from 'node:buffer';

export const BINARY_SNIFF_BYTES = 8192;

/** A blob is binary when a NUL byte occurs in its first 8 KiB (git's own rule). */
export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  return Buffer.from(bytes.buffer, bytes.byteOffset, end).indexOf(0) !== -1; // native memchr
}

/** Decodes UTF-8 lossily: invalid sequences become U+FFFD, offsets stay consistent with the text. */
export function decodeText(bytes: Buffer): string {
  return bytes.toString('utf8');
}

/** How a blob that isBinary calls binary is UTF-16 text: its byte order and the length of its BOM. */
export interface Utf16Form {
  readonly order: 'le' | 'be';
  readonly bom: 0 | 2;
}

/**
 * Windows tools write text as UTF-16 (.ps1, .reg, .config files): with a byte order mark, or as
 * UTF-16LE without one, which for ASCII text is every other byte 0. The form when the blob is such
 * text (judged on its first 8 KiB: no NUL character, few control characters), undefined otherwise.
 */
export function utf16Form(bytes: Uint8Array): Utf16Form | undefined {
  if (bytes.length < 2) return undefined;
  let form: Utf16Form | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) form = bytes[2] === 0 && bytes[3] === 0 ? undefined : { order: 'le', bom: 2 }; // FF FE 00 00: UTF-32LE
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) form = { order: 'be', bom: 2 };
  else form = unmarkedUtf16(bytes);
  return form && isUtf16Text(bytes, form) ? form : undefined;
}

/** UTF-16 without a BOM: the high byte of (nearly) every code unit 0, the low byte never. */
function unmarkedUtf16(bytes: Uint8Array): Utf16Form | undefined {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1;
  if (end < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = end / 2;
  if (evenZeros === 0 && oddZeros >= units * 0.9) return { order: 'le', bom: 0 };
  if (oddZeros === 0 && evenZeros >= units * 0.9) return { order: 'be', bom: 0 };
  return undefined;
}

function isUtf16Text(bytes: Uint8Array, form: Utf16Form): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES + form.bom) & ~1;
  const [lo, hi] = form.order === 'le' ? [0, 1] : [1, 0];
  let controls = 0;
  for (let i = form.bom; i < end; i += 2) {
    const unit = (bytes[i + lo] as number) | ((bytes[i + hi] as number) << 8);
    if (unit >= 0x20 || unit === 9 || unit === 10 || unit === 13) continue;
    if (unit === 0) return false;
    controls++;
  }
  return controls <= (end - form.bom) >> 9; // one in 256 characters
}

/** The text of a UTF-16 blob (BOM left out, a last odd byte ignored, lone surrogates kept). */
export function decodeUtf16(bytes: Buffer, form: Utf16Form): string {
  const end = form.bom + ((bytes.length - form.bom) & ~1);
  if (form.order === 'le') return bytes.toString('utf16le', form.bom, end);
  return Buffer.from(bytes.subarray(form.bom, end)).swap16().toString('utf16le');
}

/**
 * True when the first `length` bytes are text: valid UTF-8 (a sequence cut at the end allowed when
 * `cut`), no NUL, and at most one other control character (not tab, CR or LF) in 256 bytes.
 */
export function isText(bytes: Uint8Array, length: number, cut = false): boolean {
  const end = cut ? completeUtf8(bytes, length) : length;
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const c = bytes[i] as number;
    if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c === 0x7f) {
      if (c === 0) return false;
      controls++;
    }
  }
  return controls <= end >> 8 && isUtf8(bytes.subarray(0, end));
}

/** `length` less a UTF-8 sequence cut short at the end. */
export function completeUtf8(bytes: Uint8Array, length: number): number {
  for (let k = 1; k <= 4 && k <= length; k++) {
    const c = bytes[length - k] as number;
    if (c < 0x80) return length;
    if (c >= 0xc0) return k < (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) ? length - k : length;
  }
  return length;
}

export interface Position {
  readonly line: number; // 1-based
  readonly column: number; // 1-based
}

/** Maps string offsets to 1-based line and column; builds its line table on first use. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  /** The text of a 1-based line without its line ending ('' past the end). */
  lineText(line: number): string {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }
}
