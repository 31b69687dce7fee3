// The hostile-input suites' timer: a scan quadratic in its input is still timed at full size (and
// fails its budget), a linear one is timed on a quarter of it, or on half when the machine is busy.
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
  it('times a linear scan on a sixteenth of the size only', () => {
    const { sizes, scan } = scanOf((n) => n);
    const { ms } = scaledTime(scan, (n) => 'a'.repeat(n), 64 << 10, 1000);
    expect(ms).toBeLessThan(1000 / 256);
    expect(new Set(sizes)).toEqual(new Set([4 << 10]));
  });

  it('stops at half the size when a linear scan is slow on a quarter but within budget on half (a busy machine)', () => {
    // a scan that takes 160 ms per Mi characters, waited out on the clock: 10 ms on a sixteenth (over 400/256),
    // 40 ms on a quarter MiB (over 400/16), 80 ms on half (under 400/4), never run on the whole MiB
    const sizes: number[] = [];
    const scan = (text: string): number => {
      sizes.push(text.length);
      const until = performance.now() + (160 * text.length) / (1 << 20);
      while (performance.now() < until);
      return text.length;
    };
    const { result } = scaledTime(scan, (n) => 'a'.repeat(n), 1 << 20, 400);
    expect(result).toBe(1 << 19);
    expect(sizes).not.toContain(1 << 20);
  });

  it('times a quadratic scan at full size, where it is over budget', () => {
    // 1.7·10^7 steps at 4 Ki characters (tens of ms), a sixteenth of that on a quarter, 1/256 on a sixteenth
    const { sizes, scan } = scanOf((n) => n * n);
    const { ms } = scaledTime(scan, (n) => 'a'.repeat(n), 4 << 10, 10);
    expect(sizes).toEqual(expect.arrayContaining([256, 1 << 10, 2 << 10, 4 << 10]));
    expect(ms).toBeGreaterThanOrEqual(10);
  });
});
