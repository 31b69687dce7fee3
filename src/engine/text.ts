// Bytes to text, and text offsets to line/column, computed only for the blobs that have matches.

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
