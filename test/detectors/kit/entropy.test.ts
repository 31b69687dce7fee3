// Shannon entropy gates many detectors' matches: the ASCII fast path must give the very number the
// general count gives (a threshold compares it), and the known values.
import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../../detectors/kit/entropy.js';
import { mulberry32 } from '../../helpers/random.js';

/** The general count: a Map of characters, terms added in first-occurrence order. */
function reference(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

describe('shannonEntropy', () => {
  it('gives the known values', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
  });

  it('gives exactly the general count on random ASCII and non-ASCII strings', () => {
    const random = mulberry32(11);
    const alphabet = 'abcABC0123456789+/=_-xyzXYZ!é😀\ud800';
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      const size = Math.floor(random() * 80);
      const letters = 1 + Math.floor(random() * alphabet.length);
      for (let j = 0; j < size; j++) s += alphabet[Math.floor(random() * letters)];
      expect(shannonEntropy(s)).toBe(reference(s));
    }
  });
});
