// The hostile-input suites' timer: a scan quadratic in its input is still timed at full size (and
// fails its budget), a linear one is timed on a quarter of it only.
import { describe, expect, it } from 'vitest';
import { scaledTime } from './timing.js';

/** Sizes the scan was given, and a scan that costs `work(n)` steps of real work. */
function scanOf(work: (n: number) => number): { sizes: number[]; scan: (text: string) => number } {
  const sizes: number[] = [];
  return {
    sizes,
    scan: (text) => {
      sizes.push(text.length);
      let x = 0;
      for (let i = work(text.length); i > 0; i--) x = (x * 31 + i) | 0;
      return x;
    },
  };
}

describe('scaledTime', () => {
  it('times a linear scan on a quarter of the size only', () => {
    const { sizes, scan } = scanOf((n) => n);
    const { ms } = scaledTime(scan, (n) => 'a'.repeat(n), 64 << 10, 1000);
    expect(ms).toBeLessThan(1000 / 16);
    expect(new Set(sizes)).toEqual(new Set([16 << 10]));
  });

  it('times a quadratic scan at full size, where it is over budget', () => {
    // 1.7·10^7 steps at 4 Ki characters (tens of ms), a sixteenth of that on a quarter
    const { sizes, scan } = scanOf((n) => n * n);
    const { ms } = scaledTime(scan, (n) => 'a'.repeat(n), 4 << 10, 10);
    expect(sizes).toContain(4 << 10);
    expect(ms).toBeGreaterThanOrEqual(10);
  });
});
