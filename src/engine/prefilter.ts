// One multi-keyword automaton for all detectors: a byte-level, ASCII case-folding Aho–Corasick
// DFA over the raw bytes. A blob with no keyword is never decoded for keyword detectors.

const ALPHABET = 256;

/** Keyword starts kept per detector before the list is given up on (the detector then searches itself). */
const MAX_POSITIONS = 20_000;

export interface PrefilterHits {
  /** Indices (into the detector list given at build time) of detectors whose keywords occur. */
  readonly detectors: number[];
  /**
   * Where each detector's keywords start, ascending, as offsets in the decoded text (UTF-16 code
   * units, counted from the UTF-8 bytes); absent for a detector with more than MAX_POSITIONS of them.
   */
  readonly starts: Map<number, number[]>;
  /** The text length those offsets assume: when it differs from the decoded text (invalid UTF-8), they are unusable. */
  readonly units: number;
}

export interface Prefilter {
  /** `eligible[d] === 1` for detectors that may run on this blob (path gates passed); others are not recorded. */
  hits(bytes: Uint8Array, eligible?: Uint8Array): PrefilterHits;
  readonly keywordCount: number;
}

/** Builds the automaton from each detector's lowercase keywords (detectors without keywords are not included). */
export function buildPrefilter(keywordLists: readonly (readonly string[])[]): Prefilter {
  // 1. Trie over lowercase UTF-8 bytes.
  const goto: Map<number, number>[] = [new Map()];
  // per state: flat pairs (detector, keyword byte length) of every keyword ending there
  const outputs: number[][] = [[]];
  let keywordCount = 0;
  keywordLists.forEach((keywords, detector) => {
    for (const keyword of new Set(keywords)) {
      const bytes = Buffer.from(keyword.toLowerCase(), 'utf8');
      if (bytes.length === 0) continue;
      keywordCount++;
      let state = 0;
      for (const b of bytes) {
        let next = goto[state]?.get(b);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          outputs.push([]);
          goto[state]?.set(b, next);
        }
        state = next;
      }
      (outputs[state] as number[]).push(detector, bytes.length);
    }
  });

  // 2. Breadth-first failure links, folded into a full DFA table.
  const states = goto.length;
  const delta = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let b = 0; b < ALPHABET; b++) {
    const next = goto[0]?.get(b);
    if (next !== undefined) {
      delta[b] = next;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const f = fail[state] as number;
    (outputs[state] as number[]).push(...(outputs[f] as number[]));
    for (let b = 0; b < ALPHABET; b++) {
      const next = goto[state]?.get(b);
      if (next !== undefined) {
        fail[next] = delta[f * ALPHABET + b] as number;
        delta[state * ALPHABET + b] = next;
        queue.push(next);
      } else {
        delta[state * ALPHABET + b] = delta[f * ALPHABET + b] as number;
      }
    }
  }
  // 3. ASCII case folding: an uppercase byte moves like its lowercase twin.
  for (let s = 0; s < states; s++) {
    for (let b = 65; b <= 90; b++) delta[s * ALPHABET + b] = delta[s * ALPHABET + b + 32] as number;
  }

  // 4. The scan's table: an entry is the next state's row offset (state << 8), bitwise-negated when
  // keywords end in that state, so one load per byte both moves and tells whether to record.
  const table = new Int32Array(states * ALPHABET);
  for (let k = 0; k < table.length; k++) {
    const next = delta[k] as number;
    table[k] = (outputs[next] as number[]).length > 0 ? ~(next << 8) : next << 8;
  }

  // Per-detector start lists, reused across blobs: a list handed out is replaced by a fresh one.
  const lists: number[][] = keywordLists.map(() => []);
  const overflow = new Uint8Array(keywordLists.length);

  return {
    keywordCount,
    hits(bytes: Uint8Array, eligible?: Uint8Array): PrefilterHits {
      const touched: number[] = [];
      let row = 0; // the current state's row offset in `table`
      // UTF-16 offset = byte offset + adjust: a continuation byte adds no code unit, a 4-byte lead two.
      let adjust = 0;
      for (let i = 0, n = bytes.length; i < n; i++) {
        const byte = bytes[i] as number;
        if (byte >= 0x80) adjust += (byte & 0xc0) === 0x80 ? -1 : byte >= 0xf0 ? 1 : 0;
        row = table[row | byte] as number;
        if (row < 0) {
          row = ~row;
          const out = outputs[row >> 8] as number[];
          for (let k = 0; k < out.length; k += 2) {
            const d = out[k] as number;
            if (eligible && eligible[d] !== 1) continue;
            const list = lists[d] as number[];
            if (list.length === 0 && overflow[d] === 0) touched.push(d);
            if (list.length < MAX_POSITIONS) list.push(i + 1 + adjust - (out[k + 1] as number));
            else overflow[d] = 1;
          }
        }
      }
      const starts = new Map<number, number[]>();
      for (const d of touched) {
        const list = lists[d] as number[];
        lists[d] = [];
        if (overflow[d] === 1) {
          overflow[d] = 0;
          continue;
        }
        // keywords ending together or overlapping can arrive out of start order
        for (let k = 1; k < list.length; k++) {
          if ((list[k] as number) < (list[k - 1] as number)) {
            list.sort((x, y) => x - y);
            break;
          }
        }
        starts.set(d, list);
      }
      return { detectors: touched, starts, units: bytes.length + adjust };
    },
  };
}
