// Escaped text, decoded line by line: percent-encoding (`%2B`), backslash escapes (`\u002B`, `\x2b`,
// with the `\n`, `\"`, `\/`... around them) and HTML character references (`&#43;`, `&quot;`). A line
// is decoded only when it holds an escape of a printable ASCII character (what hides a token's `+`,
// `=` or `-----BEGIN`; escapes of accented letters or of control characters in regex classes do
// not), and each family on its own, so that a printf `%02d` does not spoil the `\u` escapes of the
// same line. Lines longer than MAX_LINE are decoded in windows around their escapes. Every decoded
// byte keeps the input offset of the token it came from, so a finding maps back to exactly the
// escaped characters it was written as.

export type Escaping = 'percent' | 'backslash' | 'entity';

export interface EscapeUnit {
  /** Input range decoded. */
  readonly start: number;
  readonly end: number;
  readonly escaping: Escaping;
  /** Decoded bytes (not yet judged as text). */
  readonly bytes: Buffer;
  /** origin[i]: input offset of the token decoded byte i came from; origin[bytes.length] = end. */
  readonly origin: Int32Array;
}

const MAX_LINE = 2048;
/** Context kept on each side of an escape in a long line. */
const WINDOW = 256;
const MAX_UNIT = 16 * 1024;

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = HEX['0123456789ABCDEF'.charCodeAt(i)] = i;

/** An escaped character that starts decoding: printable ASCII but the space. */
const printable = (cp: number): boolean => cp > 0x20 && cp < 0x7f;

const hexAt = (b: Buffer, i: number, count: number): number => {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const d = HEX[b[i + k] ?? 0] as number;
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
};

/**
 * A family: the byte its escapes start with, what the escapes that start decoding start with (when
 * the prefilter's pass did not find them, memchr/memmem does), whether such an escape starts at i,
 * and its decoder.
 */
interface Family {
  readonly escaping: Escaping;
  readonly lead: number;
  readonly needles: readonly Buffer[];
  trigger(b: Buffer, i: number): boolean;
  /** Decodes the token at i (< end): [code point, or -1 to copy the byte, or -2 - byte for a percent-encoded byte; token length]. */
  token(b: Buffer, i: number, end: number): readonly [number, number];
}

const BACKSLASH_SIMPLE: Record<number, number> = { 0x2f: 0x2f, 0x5c: 0x5c, 0x22: 0x22, 0x27: 0x27, 0x6e: 10, 0x72: 13, 0x74: 9 };
const ENTITIES: readonly (readonly [string, number])[] = [['quot;', 0x22], ['apos;', 0x27], ['amp;', 0x26], ['lt;', 0x3c], ['gt;', 0x3e]];
const QUOTES = ['quot;', 'apos;'];
/** Not a token: the byte is copied. */
const RAW = [-1, 1] as const;

/** `%40` stays: an '@' decoded in a URL's password would end the password there (`user:p%40ss@host`). */
const percentByte = (b: Buffer, i: number): number => {
  const v = hexAt(b, i + 1, 2);
  return v === 0x40 ? -1 : v;
};

const percent: Family = {
  escaping: 'percent',
  lead: 0x25,
  needles: [Buffer.from('%')],
  trigger: (b, i) => printable(percentByte(b, i)),
  // a percent escape is a byte: sequences of them make UTF-8, checked with the whole unit
  token: (b, i, end) => (i + 3 <= end && percentByte(b, i) >= 0 ? [-2 - percentByte(b, i), 3] : RAW),
};

const backslash: Family = {
  escaping: 'backslash',
  lead: 0x5c,
  needles: [Buffer.from('\\u00'), Buffer.from('\\x')],
  trigger: (b, i) => (b[i + 1] === 0x75 && printable(hexAt(b, i + 2, 4))) || (b[i + 1] === 0x78 && printable(hexAt(b, i + 2, 2))),
  token: (b, i, end) => {
    const c = b[i + 1];
    if (i + 2 > end || c === undefined) return RAW;
    if (c === 0x75 && i + 6 <= end) {
      const unit = hexAt(b, i + 2, 4);
      if (unit < 0) return RAW;
      if (unit >= 0xd800 && unit < 0xdc00 && i + 12 <= end && b[i + 6] === 0x5c && b[i + 7] === 0x75) {
        const low = hexAt(b, i + 8, 4);
        if (low >= 0xdc00 && low < 0xe000) return [0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), 12];
      }
      return [unit >= 0xd800 && unit < 0xe000 ? 0xfffd : unit, 6];
    }
    if (c === 0x78 && i + 4 <= end) {
      const v = hexAt(b, i + 2, 2);
      return v < 0 ? RAW : [v, 4];
    }
    const simple = BACKSLASH_SIMPLE[c];
    return simple === undefined ? RAW : [simple, 2];
  },
};

const entity: Family = {
  escaping: 'entity',
  lead: 0x26,
  needles: [Buffer.from('&#'), Buffer.from('&quot;'), Buffer.from('&apos;')],
  // a named reference starts decoding only when it quotes (&quot; and &apos; hide JSON in attributes)
  trigger: (b, i) =>
    b[i + 1] === 0x23 ? printable(numericEntity(b, i, b.length)[0]) : (b[i + 1] === 0x71 || b[i + 1] === 0x61) && QUOTES.includes(b.toString('latin1', i + 1, i + 6)),
  token: (b, i, end) => {
    if (b[i + 1] === 0x23) {
      const found = numericEntity(b, i, end);
      return found[0] > 0 ? found : RAW;
    }
    for (const [name, cp] of ENTITIES) if (i + 1 + name.length <= end && b.toString('latin1', i + 1, i + 1 + name.length) === name) return [cp, 1 + name.length];
    return RAW;
  },
};

/** `&#65;` or `&#x41;` at i: [code point, length], or [-1, 1]. */
function numericEntity(b: Buffer, i: number, end: number): readonly [number, number] {
  const isHex = b[i + 2] === 0x78 || b[i + 2] === 0x58;
  let k = i + (isHex ? 3 : 2);
  let cp = 0;
  const first = k;
  for (; k < end && k - first < 7; k++) {
    const c = b[k] as number;
    const d = isHex ? (HEX[c] as number) : c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
    if (d < 0) break;
    cp = cp * (isHex ? 16 : 10) + d;
  }
  if (k === first || k >= end || b[k] !== 0x3b || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return RAW;
  return [cp, k + 1 - i];
}

const FAMILIES: readonly Family[] = [percent, backslash, entity];

/**
 * What every escape that starts decoding begins with, as prefilter keywords (the automaton ignores
 * case): given their places from the blob's one automaton pass, findEscapeUnits needs no pass of its
 * own. '%2'...'%7': a percent-encoded printable character. `&quot` and `&apos` without their `;`
 * (the trigger reads it): a character no other keyword holds would widen every row of the automaton.
 */
export const ESCAPE_KEYWORDS: readonly string[] = ['%2', '%3', '%4', '%5', '%6', '%7', '\\u00', '\\x', '&#', '&quot', '&apos'];

/**
 * The lines (or windows of long lines) of `bytes` holding escapes, decoded, family by family.
 * `starts`: where ESCAPE_KEYWORDS occur (ascending byte offsets), when the prefilter found them.
 */
export function findEscapeUnits(bytes: Buffer, budget: { candidates: number }, starts?: readonly number[]): EscapeUnit[] {
  const units: EscapeUnit[] = [];
  if (starts?.length === 0) return units;
  for (const family of FAMILIES) {
    const triggers = starts ? starts.filter((at) => bytes[at] === family.lead && family.trigger(bytes, at)) : findTriggers(bytes, family, budget.candidates);
    const lines = new LineCursor(bytes);
    for (let k = 0; k < triggers.length && budget.candidates > 0; ) {
      const at = triggers[k] as number;
      budget.candidates--;
      const [lineStart, lineEnd] = lines.lineOf(at);
      let start = lineStart;
      let end = lineEnd;
      if (lineEnd - lineStart > MAX_LINE) {
        // a window around the escape, widened over the escapes that follow within its reach
        start = alignBack(bytes, Math.max(lineStart, at - WINDOW), lineStart);
        end = Math.min(lineEnd, at + WINDOW);
        for (let j = k + 1; j < triggers.length && (triggers[j] as number) < end && end - start < MAX_UNIT; j++) end = Math.min(lineEnd, (triggers[j] as number) + WINDOW);
        end = alignForward(bytes, end, lineEnd);
      }
      units.push(decodeUnit(bytes, start, end, family));
      while (k < triggers.length && (triggers[k] as number) < end) k++;
    }
  }
  return units;
}

/** Where the family's escapes that start decoding are, ascending (at most `max`). */
function findTriggers(bytes: Buffer, family: Family, max: number): number[] {
  const found: number[] = [];
  for (const needle of family.needles) {
    for (let at = bytes.indexOf(needle); at >= 0 && found.length < max; at = bytes.indexOf(needle, at + 1)) {
      if (family.trigger(bytes, at)) found.push(at);
    }
  }
  return family.needles.length > 1 ? found.sort((a, b) => a - b) : found;
}

function decodeUnit(bytes: Buffer, start: number, end: number, family: Family): EscapeUnit {
  const out = Buffer.allocUnsafe(end - start); // no token decodes to more bytes than it is written with
  const origin = new Int32Array(end - start + 1);
  let w = 0;
  for (let i = start; i < end; ) {
    const [cp, length] = bytes[i] === family.lead ? family.token(bytes, i, end) : RAW;
    if (cp === -1) {
      origin[w] = i;
      out[w++] = bytes[i] as number;
    } else if (cp <= -2) {
      origin[w] = i;
      out[w++] = -2 - cp; // a percent-encoded byte
    } else {
      const from = w;
      w = writeUtf8(out, w, cp);
      origin.fill(i, from, w);
    }
    i += length;
  }
  origin[w] = end;
  return { start, end, escaping: family.escaping, bytes: out.subarray(0, w), origin: origin.subarray(0, w + 1) };
}

/**
 * The backslash escape at i (< end) — `\uXXXX` (a surrogate pair as one), `\xHH`, `\n`, `\"`… — as
 * [code point, length], or [-1, 1] when no escape starts there. Shared with the notebook decoder (decode.ts).
 */
export function backslashEscape(b: Buffer, i: number, end: number): readonly [number, number] {
  return backslash.token(b, i, end);
}

/** Writes code point `cp` as UTF-8 into `out` at `w`; returns where the next byte goes. */
export function writeUtf8(out: Buffer, w: number, cp: number): number {
  if (cp < 0x80) out[w++] = cp;
  else if (cp < 0x800) {
    out[w++] = 0xc0 | (cp >> 6);
    out[w++] = 0x80 | (cp & 0x3f);
  } else if (cp < 0x10000) {
    out[w++] = 0xe0 | (cp >> 12);
    out[w++] = 0x80 | ((cp >> 6) & 0x3f);
    out[w++] = 0x80 | (cp & 0x3f);
  } else {
    out[w++] = 0xf0 | (cp >> 18);
    out[w++] = 0x80 | ((cp >> 12) & 0x3f);
    out[w++] = 0x80 | ((cp >> 6) & 0x3f);
    out[w++] = 0x80 | (cp & 0x3f);
  }
  return w;
}

/** Moves a window edge off a UTF-8 continuation byte. */
function alignBack(b: Buffer, i: number, min: number): number {
  while (i > min && ((b[i] as number) & 0xc0) === 0x80) i--;
  return i;
}

function alignForward(b: Buffer, i: number, max: number): number {
  while (i < max && ((b[i] as number) & 0xc0) === 0x80) i++;
  return i;
}

/** Line bounds of ascending offsets: a line is searched for once, however many escapes it holds. */
class LineCursor {
  private start = 0;
  private end = -1;

  constructor(private readonly bytes: Buffer) {}

  /** [start, end) of the line holding `at`, without its newline. */
  lineOf(at: number): readonly [number, number] {
    if (at > this.end) {
      this.start = at === 0 ? 0 : this.bytes.lastIndexOf(10, at - 1) + 1; // back to the line's own start only
      const newline = this.bytes.indexOf(10, at);
      this.end = newline < 0 ? this.bytes.length : newline;
    }
    return [this.start, this.end];
  }
}
