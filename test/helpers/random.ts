// Deterministic pseudo-random numbers (mulberry32): test inputs are the same on every run, and the
// benchmark generator seeds its fake keys the same way.

/** Unsigned 32-bit integers from `seed`. */
export function mulberry32Ints(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Numbers in [0, 1) from `seed`. */
export function mulberry32(seed: number): () => number {
  const next = mulberry32Ints(seed);
  return () => next() / 4294967296;
}

/**
 * `length` characters of `alphabet` picked from `seed`'s sequence. Built as bytes when the alphabet
 * is Latin-1 (every test's is): the hostile-input tests draw megabytes, 4 times faster than joining
 * one-character strings.
 */
export function randomRun(alphabet: string, length: number, seed: number): string {
  const next = mulberry32Ints(seed);
  const n = alphabet.length;
  if (/^[\x00-\xff]*$/.test(alphabet)) {
    const codes = Uint8Array.from(alphabet, (c) => c.charCodeAt(0));
    const out = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i++) out[i] = codes[next() % n] as number;
    return out.toString('latin1');
  }
  const out = new Array<string>(length);
  for (let i = 0; i < length; i++) out[i] = alphabet[next() % n] as string;
  return out.join('');
}
