// One detector's matches in one scanned part are bounded. A dump, a generated file or a hostile one
// can hold hundreds of thousands of matches on a line (36 bytes each: 290,000 in 10 MiB); every
// match becomes a finding with its fingerprint and placement, ~2 KB and 30 µs each, and findings are
// kept to the end of the scan: 8 such files took 57 s and 2.9 GB, a few more ran the heap out. Past
// the first thousands they tell nothing more (reports list 10,000 findings of a file: prepare.ts).
import type { Detector, DetectorInput, Match } from '../types.js';

/** The most matches one detector gives in one scanned part (a file, a history window, a decoded layer). */
export const MAX_MATCHES_PER_DETECTOR = 10_000;

/** Hands `detector`'s matches in `input` to `take`, at most MAX_MATCHES_PER_DETECTOR; true when it had more. */
export function takeMatches(detector: Detector, input: DetectorInput, take: (match: Match) => void): boolean {
  let n = 0;
  for (const match of detector.detect(input)) {
    if (n === MAX_MATCHES_PER_DETECTOR) return true; // (leaving the loop closes the generator)
    take(match);
    n++;
  }
  return false;
}

/** The warning for a file where `detector` stopped at the bound. */
export function cappedWarning(detector: Detector): string {
  const n = MAX_MATCHES_PER_DETECTOR.toLocaleString('en-US');
  return `${detector.id}: more than ${n} findings in this file, the first ${n} kept (a dump, a bundle or a generated file? remove it, or exclude it in .secretsignore and scan it on its own)`;
}
