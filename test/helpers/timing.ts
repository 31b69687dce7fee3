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
 * A scan timed on a sixteenth of `size` first, then on a quarter, half and the whole size, going on only
 * while the last one took its share of `budget` or more: the square of its share of the size (1/256,
 * 1/16, 1/4). A scan at most quadratic (a·n² + b·n) that is over budget at `size` takes at least that
 * share on each smaller size, so it reaches the whole size and fails as before; a linear one stops on
 * the first size whose share it meets (most detectors on the sixteenth), and one slowed by a busy
 * machine (two cores shared by three test workers) at the quarter or half instead of costing the whole
 * size. The smaller sizes are timed once (a pause there only costs a step up); the whole size, where the
 * verdict is given, as `bestTime` does. `textOf` builds the input for a size; `size` is the size timed last.
 */
export function scaledTime<T>(scan: (text: string) => T, textOf: (size: number) => string, size: number, budget: number): { ms: number; result: T; size: number } {
  for (const shift of [4, 2, 1]) {
    const share = budget / (1 << (2 * shift));
    const text = textOf(size >> shift);
    const started = performance.now();
    const result = scan(text);
    const ms = performance.now() - started;
    if (ms < share) return { ms, result, size: text.length };
  }
  const text = textOf(size);
  return { ...bestTime(scan, text, budget), size: text.length };
}
