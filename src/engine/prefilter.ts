// One multi-keyword automaton for all detectors: a byte-level, ASCII case-folding Aho–Corasick
// DFA over the raw bytes. A blob with no keyword is never decoded for keyword detectors.

const ALPHABET = 256;

export interface Prefilter {
  /** Indices (into the detector list given at build time) of detectors whose keywords occur. */
  hits(bytes: Uint8Array): number[];
  readonly keywordCount: number;
}

/** Builds the automaton from each detector's lowercase keywords (detectors without keywords are not included). */
export function buildPrefilter(keywordLists: readonly (readonly string[])[]): Prefilter {
  // 1. Trie over lowercase UTF-8 bytes.
  const goto: Map<number, number>[] = [new Map()];
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
      const out = outputs[state] as number[];
      if (!out.includes(detector)) out.push(detector);
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
    (outputs[state] as number[]).push(...(outputs[f] as number[]).filter((d) => !(outputs[state] as number[]).includes(d)));
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

  const hasOutput = new Uint8Array(states);
  outputs.forEach((o, s) => (hasOutput[s] = o.length > 0 ? 1 : 0));
  const seen = new Uint32Array(states);
  let generation = 0;

  return {
    keywordCount,
    hits(bytes: Uint8Array): number[] {
      generation = (generation + 1) >>> 0 || 1;
      const found = new Set<number>();
      let s = 0;
      for (let i = 0, n = bytes.length; i < n; i++) {
        s = delta[(s << 8) | (bytes[i] as number)] as number;
        if (hasOutput[s] === 1 && seen[s] !== generation) {
          seen[s] = generation;
          for (const d of outputs[s] as number[]) found.add(d);
        }
      }
      return [...found];
    },
  };
}
