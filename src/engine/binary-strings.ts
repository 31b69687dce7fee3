// Binary files that keep their strings in clear: a SQLite database's text columns, a Java class's or
// an Android DEX file's constants, an Android app's compiled resources and manifest (a Maps API key
// from strings.xml), an executable's data (a Go binary built with a key in it), Python bytecode and pickles
// (token.pickle), a Redis dump. A token committed inside one is as exposed as in a text file, and
// `strings` shows it; scanned as text, such a file is binary and was judged by its name only.
// Their printable runs are scanned as lines of text, and only a finding whose secret holds one of its
// detector's keywords is kept: a token that names its own format (`ghp_`, `AKIA`, `xoxb-`, a PEM
// armour line, `eyJ`), never a value judged by a name beside it, which in a binary is chance.

/** What a blob is, when it is one of the binary formats that store strings in clear. */
export function stringsBearingKind(path: string, bytes: Uint8Array): string | undefined {
  const b = (i: number): number => bytes[i] ?? -1;
  const ascii = (text: string): boolean => [...text].every((ch, i) => b(i) === ch.charCodeAt(0));
  if (ascii('SQLite format 3\0')) return 'SQLite database';
  if (b(0) === 0xca && b(1) === 0xfe && b(2) === 0xba && b(3) === 0xbe) return 'Java class or Mach-O executable';
  if (ascii('dex\n')) return 'Android DEX file';
  // the chunk type and header size of an app's resources.arsc and of its compiled AndroidManifest.xml
  if (b(0) === 0x02 && b(1) === 0 && b(2) === 0x0c && b(3) === 0) return 'Android resource table';
  if (b(0) === 0x03 && b(1) === 0 && b(2) === 0x08 && b(3) === 0) return 'Android binary XML file';
  if (ascii('\x7fELF')) return 'ELF executable';
  if ((b(0) === 0xfe && b(1) === 0xed && b(2) === 0xfa && (b(3) === 0xce || b(3) === 0xcf)) || ((b(0) === 0xce || b(0) === 0xcf) && b(1) === 0xfa && b(2) === 0xed && b(3) === 0xfe)) {
    return 'Mach-O executable';
  }
  if (ascii('MZ')) return 'Windows executable';
  if (ascii('REDIS00')) return 'Redis dump';
  if (path.endsWith('.pyc')) return 'Python bytecode file';
  // a pickle (protocol 2-5): Google's API quickstarts keep OAuth credentials in token.pickle, refresh token in clear
  if (b(0) === 0x80 && b(1) >= 2 && b(1) <= 5 && (b(2) === 0x95 || /\.(?:pkl|pickle)$/.test(path))) return 'Python pickle';
  return undefined;
}

/** A printable run shorter than this holds no token worth reading (the shortest self-named ones are 20). */
export const MIN_RUN = 16;
/** At most this much text of one binary is scanned (a 10 MiB executable holds 2–4 MiB of strings). */
const MAX_TEXT = 16 * 1024 * 1024;

export interface PrintableRuns {
  /** The runs, each ended by a newline (a run may hold line breaks of its own: a PEM block). */
  readonly text: string;
  /** The byte offset in the blob of each line of `text` (line i + 1 starts at offsets[i]). */
  readonly offsets: readonly number[];
  /** Bytes per character of each line: 1, or 2 for a run of UTF-16LE (Windows resources, Android string pools). */
  readonly widths: readonly number[];
}

/** 1 for the bytes a run is made of: printable ASCII, tab and line breaks. */
const PRINTABLE = new Uint8Array(256);
for (let c = 0x20; c < 0x7f; c++) PRINTABLE[c] = 1;
for (const c of [0x09, 0x0a, 0x0d]) PRINTABLE[c] = 1;

/**
 * The runs of printable ASCII (tabs and line breaks too) of at least MIN_RUN characters, as `strings`
 * lists them, then those of UTF-16LE (`strings -el`). Any such run covers a multiple of its length in
 * bytes: only those bytes are looked at first, and a run is grown from one that is printable; most of
 * a binary is passed over at one read in MIN_RUN bytes.
 */
export function printableRuns(bytes: Uint8Array): PrintableRuns {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Runs = { parts: [], offsets: [], widths: [], size: 0 };
  narrowRuns(buffer, out);
  for (const parity of [0, 1]) wideRuns(buffer, parity, out);
  return { text: out.parts.join(''), offsets: out.offsets, widths: out.widths };
}

interface Runs {
  parts: string[];
  offsets: number[];
  widths: number[];
  size: number;
}

/** Adds a run (its characters, at byte `start`, `width` bytes each); false once the text is full. */
function addRun(out: Runs, run: string, start: number, width: number): boolean {
  if (out.size + run.length + 1 > MAX_TEXT) return false;
  out.parts.push(run.endsWith('\n') ? run : `${run}\n`);
  out.offsets.push(start);
  out.widths.push(width);
  for (let at = run.indexOf('\n'); at >= 0 && at < run.length - 1; at = run.indexOf('\n', at + 1)) {
    out.offsets.push(start + (at + 1) * width);
    out.widths.push(width);
  }
  out.size += run.length + 1;
  return true;
}

function narrowRuns(buffer: Buffer, out: Runs): void {
  const n = buffer.length;
  let done = 0; // bytes before this are judged
  for (let probe = MIN_RUN - 1; probe < n; probe += MIN_RUN) {
    if (probe < done || PRINTABLE[buffer[probe] as number] === 0) continue;
    let start = probe;
    while (start > done && PRINTABLE[buffer[start - 1] as number] === 1) start--;
    let end = probe + 1;
    while (end < n && PRINTABLE[buffer[end] as number] === 1) end++;
    done = end;
    if (end - start >= MIN_RUN && !addRun(out, buffer.toString('latin1', start, end), start, 1)) return;
  }
}

/** UTF-16LE runs whose characters start at bytes of this parity: a printable ASCII byte, then 0. */
function wideRuns(buffer: Buffer, parity: number, out: Runs): void {
  const n = buffer.length - 1;
  const wide = (at: number): boolean => PRINTABLE[buffer[at] as number] === 1 && buffer[at + 1] === 0;
  let done = parity;
  for (let probe = parity + 2 * (MIN_RUN - 1); probe < n; probe += 2 * MIN_RUN) {
    if (probe < done || !wide(probe)) continue;
    let start = probe;
    while (start - 2 >= done && wide(start - 2)) start -= 2;
    let end = probe + 2;
    while (end < n && wide(end)) end += 2;
    done = end;
    if ((end - start) / 2 >= MIN_RUN && !addRun(out, buffer.toString('utf16le', start, end), start, 2)) return;
  }
}

/** A PEM block in a binary's strings, header to footer (bounded: a key's body is a few KiB). */
const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]{1,40}-----[^]{0,16384}?-----END [A-Z0-9 ]{1,40}-----/g;

/**
 * The cuts that fall outside PEM blocks: a keyword inside a key's base64 body (`absk` of a Bedrock key, by chance)
 * would break the body's line, and the broken block decodes to no key (while the cut-off rest of the line reads as a
 * 40-character AWS secret beside an AKIA id: a key lost in an executable's strings, 1 random EC key in ~200).
 */
export function outsidePemBlocks(text: string, cuts: readonly number[]): readonly number[] {
  if (!text.includes('-----BEGIN ')) return cuts;
  const blocks = [...text.matchAll(PEM_BLOCK)].map((m) => [m.index, m.index + m[0].length] as const);
  if (blocks.length === 0) return cuts;
  // both ascending, read once together: many keys and many keyword starts stay linear
  const out: number[] = [];
  let k = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    while (k < blocks.length && (blocks[k] as readonly [number, number])[1] <= c) k++;
    const block = blocks[k];
    if (!block || c <= block[0]) out.push(c);
  }
  return out;
}

/**
 * A run that is a mangled symbol name (C++ and Rust's legacy `_ZN…E`, `__ZN` on macOS, Rust's v0 `_RN…`):
 * identifiers and hashes glued by their lengths, never a credential. A cut inside one made a token of a
 * name's tail (`compa|re_exchange_weak17h<hash>E`, a Resend key's shape).
 */
const MANGLED_SYMBOL = /^_{1,2}Z[NLZ]|^_R[NCMXYI]/;

/**
 * The runs with a line break put before each of `cuts` (text offsets) that a letter or digit
 * precedes: a database row or a constant pool glues a token to the text before it
 * (`github_tokenghp_…`), where a token detector wants a boundary. Never inside a mangled symbol.
 */
export function breakBefore(runs: PrintableRuns, cuts: Iterable<number>): PrintableRuns {
  const { text } = runs;
  const at = [...new Set(cuts)].filter((c) => c > 0 && c < text.length && /[A-Za-z0-9]/.test(text[c - 1] as string) && text[c] !== '\n').sort((a, b) => a - b);
  if (at.length === 0) return runs;
  const parts: string[] = [];
  const offsets: number[] = [];
  const widths: number[] = [];
  let line = 0;
  let lineStart = 0; // text offset of line `line`
  let from = 0;
  const nextLineStart = (): number => {
    const nl = text.indexOf('\n', lineStart);
    return nl < 0 ? text.length : nl + 1;
  };
  const keep = (offset: number): void => {
    offsets.push(offset);
    widths.push(runs.widths[line] as number);
  };
  let lineEnd = nextLineStart();
  keep(runs.offsets[0] as number);
  for (const cut of at) {
    while (cut >= lineEnd) {
      line++;
      lineStart = lineEnd;
      lineEnd = nextLineStart();
      keep(runs.offsets[line] as number);
    }
    if (MANGLED_SYMBOL.test(text.slice(lineStart, lineStart + 4))) continue;
    parts.push(text.slice(from, cut), '\n');
    keep((runs.offsets[line] as number) + (cut - lineStart) * (runs.widths[line] as number));
    from = cut;
  }
  while (lineEnd < text.length) {
    line++;
    lineStart = lineEnd;
    lineEnd = nextLineStart();
    keep(runs.offsets[line] as number);
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), offsets, widths };
}

/** Whether a secret holds one of its detector's keywords (lowercase): the token names its own format. */
export function namesItsFormat(secret: string, keywords: readonly string[]): boolean {
  const lower = secret.toLowerCase();
  return keywords.some((k) => k.length >= 3 && lower.includes(k));
}
