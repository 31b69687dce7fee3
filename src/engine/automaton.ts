// The prefilter's keyword automaton as tables: a byte-level, ASCII case-folding Aho–Corasick DFA over
// a list of keywords. Building it costs 25–30 ms of cold code in every thread that scans (a third of
// a pre-commit hook's work), so the build writes the tables for the built-in keywords beside the
// bundle (dist/prefilter.bin) and each thread reads them. A detector list whose keywords the file
// lacks (custom detectors) builds its own. A row has a power of two of entries, one per class (each
// character keywords hold): 64 classes fit rows of 64, a 65th doubles the table (8.6 MB against 4.3,
// 4 ms against 2 of a hook's start, and twice the cache lines the scan touches), so the built-in
// keywords keep rare punctuation out (test/engine/prefilter.test.ts holds them to 64).
import { closeSync, fstatSync, openSync, read, readFileSync } from 'node:fs';

const ALPHABET = 256;
const MAGIC = 'secret-hygiene automaton 1';

export interface AutomatonTables {
  /** The keywords, lowercase; outputs name them by index. */
  readonly keywords: readonly string[];
  /** Byte → class: every byte a keyword holds has its own class (an uppercase letter its lowercase twin's); all others 0. */
  readonly classOf: Uint8Array;
  /** A row holds 1 << shift entries, one per class. */
  readonly shift: number;
  /**
   * Entry (row | class) → the next state's row offset (state << shift), bitwise-negated when keywords
   * end in that state: one load per byte both moves and tells whether to record.
   */
  readonly table: Int32Array;
  /** Keywords ending in each state (inherited through failure links included): outKeys[outStart[s] .. outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly outKeys: Int32Array;
  /** Which lists hold each keyword, for the keyword lists whose signature is `signature` (the file's: the built-in ones). */
  readonly binding?: KeywordBinding & { readonly signature: string };
}

/**
 * The keyword lists (one per detector) that hold each keyword: lists detectors[start[k] .. start[k + 1]) hold keyword k,
 * ascending. Binding the built-in detectors' 4,000 keywords to the automaton's 3,300 cost a pre-commit hook about 4 ms
 * of maps and sets; the build writes it into dist/prefilter.bin, with the signature of the lists it binds.
 */
export interface KeywordBinding {
  readonly start: Int32Array;
  readonly detectors: Int32Array;
}

/**
 * What identifies keyword lists for a binding: the lists themselves as JSON (about 50 KB for the built-in detectors).
 * Written natively and compared natively: a hash computed in JavaScript ran interpreted at start-up, as slowly as the
 * binding it was to spare. A list a configuration changed (a detector left out, custom keywords) differs, and its
 * keywords are bound again.
 */
export function keywordListsSignature(keywordLists: readonly (readonly string[])[]): string {
  return JSON.stringify(keywordLists);
}

/** The binding of `keywordLists` to `keywords` (the automaton's), or undefined when a list holds a keyword the automaton lacks. */
export function keywordBinding(keywords: readonly string[], keywordLists: readonly (readonly string[])[]): KeywordBinding | undefined {
  const index = new Map(keywords.map((k, i) => [k, i]));
  const listsOf: number[][] = [];
  for (const [list, words] of keywordLists.entries()) {
    for (const keyword of new Set(words.map((k) => k.toLowerCase()))) {
      if (keyword === '') continue;
      const k = index.get(keyword);
      if (k === undefined) return undefined;
      (listsOf[k] ??= []).push(list);
    }
  }
  const start = new Int32Array(keywords.length + 1);
  for (let k = 0; k < keywords.length; k++) start[k + 1] = (start[k] as number) + (listsOf[k]?.length ?? 0);
  const detectors = new Int32Array(start[keywords.length] as number);
  for (let k = 0; k < keywords.length; k++) detectors.set(listsOf[k] ?? [], start[k] as number);
  return { start, detectors };
}

/** The distinct non-empty keywords of the lists, lowercase, sorted (the same tables every build). */
export function distinctKeywords(keywordLists: readonly (readonly string[])[]): string[] {
  return [...new Set(keywordLists.flat().map((k) => k.toLowerCase()))].filter((k) => k !== '').sort();
}

/** Builds the automaton over `keywords` (distinct, non-empty, lowercase). */
export function buildTables(keywords: readonly string[]): AutomatonTables {
  const encoded = keywords.map((k) => Buffer.from(k, 'utf8'));

  // 1. Byte classes: with today's catalogue about 55 classes in rows of 64 instead of 256, so the
  // table is a quarter of the size to keep in cache while scanning.
  const classOf = new Uint8Array(ALPHABET);
  let classes = 1;
  let keywordBytes = 0;
  for (const bytes of encoded) {
    keywordBytes += bytes.length;
    for (const b of bytes) if (classOf[b] === 0) classOf[b] = classes++;
  }
  for (let b = 65; b <= 90; b++) classOf[b] = classOf[b + 32] as number;
  let shift = 0;
  while (1 << shift < classes) shift++;
  const width = 1 << shift;

  // 2. The trie, written straight into the table (0 = no edge: no edge leads back to the root).
  const delta = new Int32Array((keywordBytes + 1) * width);
  const outputs: (number[] | undefined)[] = [];
  let states = 1;
  encoded.forEach((bytes, k) => {
    let state = 0;
    for (const b of bytes) {
      const at = state * width + (classOf[b] as number);
      if (delta[at] === 0) delta[at] = states++;
      state = delta[at] as number;
    }
    (outputs[state] ??= []).push(k);
  });

  // 3. Breadth-first failure links, folded into a full DFA: a missing edge takes the failure
  // state's transition, which breadth-first order has already completed.
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let c = 0; c < classes; c++) if (delta[c] !== 0) queue[tail++] = delta[c] as number;
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    const f = fail[state] as number;
    const inherited = outputs[f];
    if (inherited) outputs[state] = outputs[state] ? [...(outputs[state] as number[]), ...inherited] : inherited;
    const row = state * width;
    const failRow = f * width;
    for (let c = 0; c < classes; c++) {
      const child = delta[row + c] as number;
      if (child === 0) delta[row + c] = delta[failRow + c] as number;
      else {
        fail[child] = delta[failRow + c] as number;
        queue[tail++] = child;
      }
    }
  }

  // 4. Row offsets, negated where keywords end (written over `delta` in place).
  const table = delta.subarray(0, states * width);
  for (let k = 0; k < table.length; k++) {
    const next = table[k] as number;
    table[k] = outputs[next] ? ~(next << shift) : next << shift;
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = (outStart[s] as number) + (outputs[s]?.length ?? 0);
  const outKeys = new Int32Array(outStart[states] as number);
  for (let s = 0; s < states; s++) outKeys.set(outputs[s] ?? [], outStart[s] as number);
  return { keywords, classOf, shift, table, outStart, outKeys };
}

/** The tables as one file: a JSON header line (keywords, sizes), then the arrays, 4-byte aligned. */
export function encodeTables(t: AutomatonTables): Buffer {
  const bound = t.binding;
  const header = Buffer.from(
    `${JSON.stringify({
      magic: MAGIC,
      keywords: t.keywords,
      shift: t.shift,
      table: t.table.length,
      outStart: t.outStart.length,
      outKeys: t.outKeys.length,
      ...(bound ? { signature: bound.signature, bindStart: bound.start.length, bindDetectors: bound.detectors.length } : {}),
    })}\n`,
  );
  const pad = (4 - ((header.length + ALPHABET) % 4)) % 4;
  const bytes = (a: Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const binding = bound ? [bytes(bound.start), bytes(bound.detectors)] : [];
  return Buffer.concat([header, Buffer.from(t.classOf), Buffer.alloc(pad, 0x20), bytes(t.table), bytes(t.outStart), bytes(t.outKeys), ...binding]);
}

/** The tables in `file`, or undefined when it is not a table file of this version. */
export function decodeTables(file: Buffer): AutomatonTables | undefined {
  const nl = file.indexOf(10);
  if (nl < 0) return undefined;
  let header: { magic?: unknown; keywords?: unknown; shift?: unknown; table?: unknown; outStart?: unknown; outKeys?: unknown; signature?: unknown; bindStart?: unknown; bindDetectors?: unknown };
  try {
    header = JSON.parse(file.toString('utf8', 0, nl)) as typeof header;
  } catch {
    return undefined;
  }
  const { magic, keywords, shift, table, outStart, outKeys, signature, bindStart, bindDetectors } = header;
  if (magic !== MAGIC || !Array.isArray(keywords) || typeof shift !== 'number' || typeof table !== 'number' || typeof outStart !== 'number' || typeof outKeys !== 'number') return undefined;
  const bound = typeof signature === 'string' && typeof bindStart === 'number' && typeof bindDetectors === 'number' && bindStart === keywords.length + 1;
  const bindInts = bound ? bindStart + bindDetectors : 0;
  let at = nl + 1;
  const classOf = new Uint8Array(file.subarray(at, at + ALPHABET));
  at += ALPHABET;
  at += (4 - (at % 4)) % 4;
  if (file.length !== at + 4 * (table + outStart + outKeys + bindInts)) return undefined;
  // the arrays in place when aligned (a large file read whole is), else one aligned copy
  const count = table + outStart + outKeys + bindInts;
  let ints: Int32Array;
  if ((file.byteOffset + at) % 4 === 0) ints = new Int32Array(file.buffer, file.byteOffset + at, count);
  else {
    ints = new Int32Array(count);
    new Uint8Array(ints.buffer).set(file.subarray(at));
  }
  return {
    keywords: keywords as string[],
    classOf,
    shift,
    table: ints.subarray(0, table),
    outStart: ints.subarray(table, table + outStart),
    outKeys: ints.subarray(table + outStart, table + outStart + outKeys),
    ...(bound
      ? {
          binding: {
            signature: signature as string,
            start: ints.subarray(table + outStart + outKeys, table + outStart + outKeys + (bindStart as number)),
            detectors: ints.subarray(table + outStart + outKeys + (bindStart as number)),
          },
        }
      : {}),
  };
}

let bundledFile: URL | undefined;
let bundled: AutomatonTables | null | undefined; // null: looked for, none usable
/** The file's bytes read ahead by prefetchBundledTables, once they have arrived. */
let prefetched: Buffer | undefined;

/** Set by the bundle's entries (CLI, worker) when dist/prefilter.bin exists beside them. */
export function setBundledTables(url: URL | undefined): void {
  bundledFile = url;
  bundled = undefined;
  prefetched = undefined;
}

/**
 * Starts reading the bundled tables on a thread of libuv's pool, for a command that will scan in this
 * thread soon (the pre-commit hook): the 4-5 MB read (~3 ms) then overlaps the CLI's own start
 * instead of following it. bundledTables takes the bytes if they came, and reads the file itself if not.
 */
export function prefetchBundledTables(): void {
  const file = bundledFile;
  if (!file || bundled !== undefined || prefetched) return;
  // one read of the whole file (fs.readFile reads 512 KiB at a time, each next piece asked for from
  // this thread, which is busy loading the CLI)
  let fd: number;
  let bytes: Buffer;
  try {
    fd = openSync(file, 'r');
  } catch {
    return; // bundledTables says why not, or builds the automaton
  }
  try {
    bytes = Buffer.allocUnsafe(fstatSync(fd).size);
  } catch {
    closeSync(fd);
    return;
  }
  read(fd, bytes, 0, bytes.length, 0, (error, count) => {
    closeSync(fd);
    if (!error && count === bytes.length && file === bundledFile && bundled === undefined) prefetched = bytes;
  });
}

/** The bundled tables, read on first use; undefined when there are none or they cannot be read. */
export function bundledTables(): AutomatonTables | undefined {
  if (bundled === undefined) {
    bundled = null;
    if (bundledFile) {
      try {
        bundled = decodeTables(prefetched ?? readFileSync(bundledFile)) ?? null;
      } catch {
        bundled = null; // unreadable: the automaton is built instead, as from sources
      }
      prefetched = undefined;
    }
  }
  return bundled ?? undefined;
}
