/**
 * The best of up to three timings of `scan` on `text`, the later ones on the text with a space or
 * two added (so that nothing keyed by the text is reused), run again only while over `budget`: a
 * super-linear detector is over budget every time, while a garbage collection of the test worker's
 * shared heap or a busy machine slows one run only.
 */
export function bestTime<T>(scan: (text: string) => T, text: string, budget: number): { ms: number; result: T } {
  let best = Infinity;
  let result: T | undefined;
  for (let i = 0; i < 3 && best >= budget; i++) {
    const input = i === 0 ? text : `${text}${' '.repeat(i)}`;
    const started = performance.now();
    result = scan(input);
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, result: result as T }; // (the loop runs at least once: best starts at Infinity)
}

/**
 * `bestTime` on a quarter of `size` first, then on half, then on the whole size, going on only while
 * the last one took a sixteenth, a quarter of `budget` or more. A scan at most quadratic that is over
 * budget at `size` takes at least a sixteenth of it on a quarter and a quarter of it on half, so it
 * reaches the whole size and fails as before; a linear one slowed by a busy machine (two cores shared
 * by three test workers) stops at half instead of costing the whole size up to three times. `textOf`
 * builds the input for a size.
 */
export function scaledTime<T>(scan: (text: string) => T, textOf: (size: number) => string, size: number, budget: number): { ms: number; result: T } {
  const quarter = bestTime(scan, textOf(size >> 2), budget / 16);
  if (quarter.ms < budget / 16) return quarter;
  const half = bestTime(scan, textOf(size >> 1), budget / 4);
  return half.ms < budget / 4 ? half : bestTime(scan, textOf(size), budget);
}
