// Shannon entropy gates many detectors' matches: the ASCII fast path must give the very number the
// general count gives (a threshold compares it), and both the known values.
import { describe, expect, it } from 'vitest';
import { countedEntropy as reference, shannonEntropy } from '../../../detectors/kit/entropy.js';
import { mulberry32 } from '../../helpers/random.js';

describe('shannonEntropy', () => {
  it('gives the known values, by either count', () => {
    for (const entropy of [shannonEntropy, reference]) {
      expect(entropy('')).toBe(0);
      expect(entropy('aaaa')).toBe(0);
      expect(entropy('abab')).toBe(1);
      expect(entropy('abcd')).toBe(2);
      expect(entropy('0123456789abcdef')).toBe(4);
    }
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
