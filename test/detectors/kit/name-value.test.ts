// The bounded line look-arounds detectors use instead of a search to either end of a long line.
import { describe, expect, it } from 'vitest';
import { lineEndNear, lineStartNear } from '../../../detectors/kit/name-value.js';

describe('lineStartNear and lineEndNear', () => {
  const text = 'first line\nsecond line here\nthird';
  it('find the line around an offset when it is within reach', () => {
    const at = text.indexOf('line here');
    expect(text.slice(lineStartNear(text, at, 100), lineEndNear(text, at, 100))).toBe('second line here');
    expect(lineEndNear(text, text.indexOf('third'), 100)).toBe(text.length);
    expect(lineStartNear(text, 3, 100)).toBe(0);
  });
  it('stop at the reach on a longer line, never past either end of the text', () => {
    const long = `a\n${'x'.repeat(5000)}\nb`;
    expect(lineStartNear(long, 3000, 300)).toBe(2700);
    expect(lineEndNear(long, 3000, 300)).toBe(3300);
    expect(lineEndNear(long, long.length - 1, 300)).toBe(long.length);
  });
});
