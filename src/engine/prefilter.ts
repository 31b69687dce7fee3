// One multi-keyword automaton for all detectors (automaton.ts): a byte-level, ASCII case-folding
// Aho–Corasick DFA over the raw bytes. A blob with no keyword is never decoded for keyword detectors.
//
// The bundle ships the automaton of the built-in keywords (dist/prefilter.bin), which every thread
// reads instead of building it. Without it (running from sources, or custom detectors' keywords), the
// automaton costs 25–30 ms to build, longer than a pre-commit scan of a few small files: the first
// DIRECT_BYTES of such a run are then searched keyword by keyword (a string search per keyword, about
// a microsecond each on a small file), and the automaton is built when more text comes.
import { buildTables, bundledTables, distinctKeywords, keywordBinding, keywordListsSignature, type AutomatonTables } from './automaton.js';

/** Keyword starts kept per detector before the list is given up on (the detector then searches itself). */
const MAX_POSITIONS = 20_000;

/** Bytes searched keyword by keyword before the automaton is built (see the top of this file). */
const DIRECT_BYTES = 64 * 1024;
/** A blob longer than this goes to the automaton even before DIRECT_BYTES are spent. */
const DIRECT_BLOB_BYTES = 16 * 1024;

/** Independent automaton runs interleaved over a blob's parts (see runThree). */
const CHAINS = 3;
/** Blobs shorter than this run as one chain. */
const SPLIT_BYTES = 1024;

export interface PrefilterHits {
  /** Indices (into the detector list given at build time) of detectors whose keywords occur. */
  readonly detectors: number[];
  /**
   * Where each detector's keywords start, ascending and distinct, as offsets in the decoded text
   * (UTF-16 code units, counted from the UTF-8 bytes); absent for a detector with more than
   * MAX_POSITIONS of them.
   */
  readonly starts: Map<number, number[]>;
  /** The text length those offsets assume: when it differs from the decoded text (invalid UTF-8), they are unusable. */
  readonly units: number;
}

export interface Prefilter {
  /** `eligible[d] === 1` for detectors that may run on this blob (path gates passed); others are not recorded. */
  hits(bytes: Uint8Array, eligible?: Uint8Array): PrefilterHits;
}

type HitsOf = (bytes: Uint8Array, eligible?: Uint8Array) => PrefilterHits;

/**
 * The prefilter over each detector's lowercase keywords (detectors without keywords are not
 * included). `direct`: 'auto' uses `tables` (by default the bundled ones) when they hold every
 * keyword, else searches keyword by keyword until DIRECT_BYTES and then builds the automaton;
 * 'always' and 'never' pin one way (tests check all give the same hits).
 */
export function buildPrefilter(
  keywordLists: readonly (readonly string[])[],
  direct: 'auto' | 'always' | 'never' = 'auto',
  tables: AutomatonTables | undefined = direct === 'auto' ? bundledTables() : undefined,
): Prefilter {
  const given = tables && direct !== 'always' ? bindOutputs(tables, keywordLists) : undefined;
  let automaton: HitsOf | undefined = given && tables ? automatonHits(tables, given, keywordLists.length) : undefined;
  let searcher: HitsOf | undefined;
  let directBytes = direct === 'auto' ? 0 : direct === 'always' ? -Infinity : Infinity;
  return {
    hits(bytes: Uint8Array, eligible?: Uint8Array): PrefilterHits {
      if (!automaton && (direct === 'always' || (bytes.length <= DIRECT_BLOB_BYTES && directBytes + bytes.length <= DIRECT_BYTES))) {
        directBytes += bytes.length;
        searcher ??= searchEach(keywordLists);
        return searcher(bytes, eligible);
      }
      automaton ??= ownAutomaton(keywordLists);
      return automaton(bytes, eligible);
    },
  };
}

/** The automaton built for this list's own keywords. */
function ownAutomaton(keywordLists: readonly (readonly string[])[]): HitsOf {
  const tables = buildTables(distinctKeywords(keywordLists));
  return automatonHits(tables, bindOutputs(tables, keywordLists) as OutputsOf, keywordLists.length);
}

/**
 * The same hits as the automaton, found by one search per distinct keyword over an ASCII
 * lowercased copy of the bytes: no table to build, and fast on a few KiB.
 */
function searchEach(keywordLists: readonly (readonly string[])[]): HitsOf {
  // keyed and searched as latin1 strings (one character per byte, the keyword's UTF-8): V8's string
  // search, without a call into C++ per keyword
  const byText = new Map<string, { text: string; detectors: number[] }>();
  keywordLists.forEach((list, detector) => {
    for (const keyword of new Set(list.map((k) => k.toLowerCase()))) {
      if (keyword === '') continue;
      const text = Buffer.from(keyword, 'utf8').toString('latin1');
      const entry = byText.get(text);
      if (entry) entry.detectors.push(detector);
      else byText.set(text, { text, detectors: [detector] });
    }
  });
  const keywords = [...byText.values()];
  const detectorCount = keywordLists.length;
  const lists: number[][] = Array.from({ length: detectorCount }, () => []);
  const overflow = new Uint8Array(detectorCount);
  return (bytes, eligible) => {
    const n = bytes.length;
    const lower = Buffer.allocUnsafe(n);
    let ascii = true;
    for (let i = 0; i < n; i++) {
      const b = bytes[i] as number;
      lower[i] = b >= 65 && b <= 90 ? b + 32 : b;
      if (b >= 0x80) ascii = false;
    }
    // UTF-16 offset of each byte offset, counted as the automaton counts (see run)
    let units = n;
    let unitAt: Int32Array | undefined;
    if (!ascii) {
      unitAt = new Int32Array(n + 1);
      let adjust = 0;
      for (let i = 0; i < n; i++) {
        unitAt[i] = i + adjust;
        const b = bytes[i] as number;
        if (b >= 0x80) adjust += (b & 0xc0) === 0x80 ? -1 : b >= 0xf0 ? 1 : 0;
      }
      unitAt[n] = units = n + adjust;
    }
    const haystack = lower.toString('latin1');
    const touched: number[] = [];
    for (const { text: keyword, detectors } of keywords) {
      let at = haystack.indexOf(keyword);
      if (at === -1) continue;
      for (; at !== -1; at = haystack.indexOf(keyword, at + 1)) {
        const start = unitAt ? (unitAt[at] as number) : at;
        for (const d of detectors) {
          if (eligible && eligible[d] !== 1) continue;
          const list = lists[d] as number[];
          if (list.length === 0 && overflow[d] === 0) touched.push(d);
          if (list.length < MAX_POSITIONS) list.push(start);
          else overflow[d] = 1;
        }
      }
    }
    return collectStarts(touched, lists, overflow, units);
  };
}

/** Hands out the start lists of the detectors touched (ascending; none for an overflowed one) and resets them. */
function collectStarts(touched: readonly number[], lists: number[][], overflow: Uint8Array, units: number): PrefilterHits {
  const starts = new Map<number, number[]>();
  for (const d of touched) {
    const list = lists[d] as number[];
    lists[d] = [];
    if (overflow[d] === 1) {
      overflow[d] = 0;
      continue;
    }
    // keywords ending together or overlapping can arrive out of start order, and two keywords of one
    // detector can start at one place ('pass', 'password'): ascending and distinct, as detectors take them
    let sorted = true;
    let distinct = true;
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1] as number;
      const b = list[k] as number;
      if (b < a) sorted = false;
      else if (b === a) distinct = false;
    }
    if (!sorted) list.sort((x, y) => x - y);
    if (!sorted || !distinct) {
      let n = 0;
      for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[n - 1]) list[n++] = list[k] as number;
      list.length = n;
    }
    starts.set(d, list);
  }
  return { detectors: [...touched], starts, units };
}

/**
 * Outputs of each state for this detector list: flat pairs (detector, keyword byte length), from the
 * tables' keyword indices, each state's made when a scan first reaches it (binding all 9,000 states
 * up front was 3 ms of a pre-commit hook's run, which reaches a few dozen); undefined when a keyword
 * of the list is not in the tables.
 */
function bindOutputs(tables: AutomatonTables, keywordLists: readonly (readonly string[])[]): OutputsOf | undefined {
  // the built-in lists come bound in the tables (dist/prefilter.bin); others are bound now
  const given = tables.binding;
  const binding = given && given.signature === keywordListsSignature(keywordLists) ? given : keywordBinding(tables.keywords, keywordLists);
  if (!binding) return undefined;
  const { keywords, outStart, outKeys } = tables;
  const { start, detectors } = binding;
  const bound: number[][] = [];
  return (state) => {
    let pairs = bound[state];
    if (pairs) return pairs;
    pairs = [];
    for (let o = outStart[state] as number, to = outStart[state + 1] as number; o < to; o++) {
      const k = outKeys[o] as number;
      const length = Buffer.byteLength(keywords[k] as string);
      for (let j = start[k] as number, end = start[k + 1] as number; j < end; j++) pairs.push(detectors[j] as number, length);
    }
    bound[state] = pairs;
    return pairs;
  };
}

/** A state's outputs: flat pairs (detector, keyword byte length). */
type OutputsOf = (state: number) => readonly number[];

/** The scan over automaton tables, with each state's outputs bound to this detector list. */
function automatonHits(tables: AutomatonTables, outputsOf: OutputsOf, detectorCount: number): HitsOf {
  const { classOf, shift, table } = tables;
  let maxKeyword = 1;
  for (const keyword of tables.keywords) maxKeyword = Math.max(maxKeyword, Buffer.byteLength(keyword));

  // Per-detector start lists, reused across blobs: a list handed out is replaced by a fresh one.
  const lists: number[][] = Array.from({ length: detectorCount }, () => []);
  const overflow = new Uint8Array(detectorCount);
  // Per chain: the hits it met, as (byte end, that end plus the chain's own UTF-16 adjustment, state).
  const found = Array.from({ length: CHAINS }, () => new Int32Array(3 * 256));
  const foundCount = new Int32Array(CHAINS);
  const rows = new Int32Array(CHAINS); // each chain's current row offset in `table`
  const adjusts = new Int32Array(CHAINS); // each chain's UTF-16 units minus bytes so far

  const record = (chain: number, end: number, end16: number, state: number): void => {
    let list = found[chain] as Int32Array;
    const at = 3 * (foundCount[chain] as number);
    if (at + 3 > list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      found[chain] = list = grown;
    }
    list[at] = end;
    list[at + 1] = end16;
    list[at + 2] = state;
    foundCount[chain] = (foundCount[chain] as number) + 1;
  };

  /** Runs one chain over bytes [from, to), from the row and adjustment it stopped at. */
  const run = (bytes: Uint8Array, chain: number, from: number, to: number): void => {
    let row = rows[chain] as number;
    // UTF-16 offset = byte offset + adjust: a continuation byte adds no code unit, a 4-byte lead two.
    let adjust = adjusts[chain] as number;
    for (let i = from; i < to; i++) {
      const byte = bytes[i] as number;
      if (byte >= 0x80) adjust += (byte & 0xc0) === 0x80 ? -1 : byte >= 0xf0 ? 1 : 0;
      row = table[row | (classOf[byte] as number)] as number;
      if (row < 0) {
        row = ~row;
        record(chain, i + 1, i + 1 + adjust, row >> shift);
      }
    }
    rows[chain] = row;
    adjusts[chain] = adjust;
  };

  /**
   * Three chains over three thirds of the bytes, interleaved: each byte's step waits for the table
   * load of the step before it, and three independent chains keep three loads in flight (1.1 ns per
   * byte against 2.1 for one chain, measured on node_modules text).
   */
  const runThree = (bytes: Uint8Array, q: number): void => {
    let r0 = 0;
    let r1 = 0;
    let r2 = 0;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    const q2 = 2 * q;
    for (let i = 0; i < q; i++) {
      const b0 = bytes[i] as number;
      const b1 = bytes[i + q] as number;
      const b2 = bytes[i + q2] as number;
      if ((b0 | b1 | b2) >= 0x80) {
        if (b0 >= 0x80) a0 += (b0 & 0xc0) === 0x80 ? -1 : b0 >= 0xf0 ? 1 : 0;
        if (b1 >= 0x80) a1 += (b1 & 0xc0) === 0x80 ? -1 : b1 >= 0xf0 ? 1 : 0;
        if (b2 >= 0x80) a2 += (b2 & 0xc0) === 0x80 ? -1 : b2 >= 0xf0 ? 1 : 0;
      }
      r0 = table[r0 | (classOf[b0] as number)] as number;
      r1 = table[r1 | (classOf[b1] as number)] as number;
      r2 = table[r2 | (classOf[b2] as number)] as number;
      if ((r0 | r1 | r2) < 0) {
        if (r0 < 0) {
          r0 = ~r0;
          record(0, i + 1, i + 1 + a0, r0 >> shift);
        }
        if (r1 < 0) {
          r1 = ~r1;
          record(1, i + q + 1, i + q + 1 + a1, r1 >> shift);
        }
        if (r2 < 0) {
          r2 = ~r2;
          record(2, i + q2 + 1, i + q2 + 1 + a2, r2 >> shift);
        }
      }
    }
    rows[0] = r0;
    rows[1] = r1;
    rows[2] = r2;
    adjusts[0] = a0;
    adjusts[1] = a1;
    adjusts[2] = a2;
  };

  return (bytes, eligible) => {
    const n = bytes.length;
    const chains = n >= SPLIT_BYTES ? CHAINS : 1;
    const q = Math.floor(n / chains);
    foundCount.fill(0);
    rows.fill(0);
    adjusts.fill(0);
    if (chains === CHAINS) runThree(bytes, q);
    const touched: number[] = [];
    let before = 0; // UTF-16 units minus bytes in the parts before chain c
    for (let c = 0; c < chains; c++) {
      // chain c covers bytes [c*q, end): the last one also the remainder, which it runs alone
      const last = c === chains - 1;
      const end = last ? n : (c + 1) * q;
      run(bytes, c, chains === CHAINS ? c * q + q : 0, end);
      const partAdjust = adjusts[c] as number;
      // a keyword that starts in this chain's part and ends in the next one's: only this chain sees
      // its start, so it reads on past its end far enough for the longest keyword
      if (!last) run(bytes, c, end, Math.min(n, end + maxKeyword - 1));
      const list16 = found[c] as Int32Array;
      const limit = last ? n + 1 : end;
      for (let h = 0, count = foundCount[c] as number; h < count; h++) {
        const hitEnd = list16[3 * h] as number;
        const end16 = (list16[3 * h + 1] as number) + before;
        const out = outputsOf(list16[3 * h + 2] as number);
        for (let k = 0; k < out.length; k += 2) {
          const d = out[k] as number;
          const length = out[k + 1] as number;
          if (hitEnd - length >= limit) continue; // starts in the next chain's part: that chain has it
          if (eligible && eligible[d] !== 1) continue;
          const list = lists[d] as number[];
          if (list.length === 0 && overflow[d] === 0) touched.push(d);
          if (list.length < MAX_POSITIONS) list.push(end16 - length);
          else overflow[d] = 1;
        }
      }
      before += partAdjust;
    }
    return collectStarts(touched, lists, overflow, n + before);
  };
}
