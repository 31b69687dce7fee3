// A value counted out end to end (hex digits in order, or each written a few times) is a docs' stand-in for the
// generic detectors (under a vendor's name and format it is still reported); a random value of the same shape, or
// a prefix before a counted body, is not one.
import { describe, expect, it } from 'vitest';
import { isPlaceholder, isStandIn } from '../../../detectors/kit/placeholders.js';
import { randomRun } from '../../helpers/random.js';

const HEX = '0123456789abcdef';

describe('counted-out values', () => {
  it('are stand-ins', () => {
    const counted = HEX.repeat(3).slice(0, 40);
    const quads = [...HEX].map((c) => c.repeat(4)).join('');
    const pairs = [...'0123456789'].map((c) => c.repeat(2)).join('');
    for (const v of [counted, quads, pairs, counted.toUpperCase()]) {
      expect(isPlaceholder(v), v).toBe(true);
      expect(isStandIn(v), `${v}: a vendor's detector still reports it`).toBe(false);
    }
  });

  it('are not random values, longer repeats, or a prefix before a count', () => {
    for (let seed = 1; seed <= 50; seed++) expect(isPlaceholder(randomRun(HEX, 40, seed))).toBe(false);
    const fives = [...HEX].map((c) => c.repeat(5)).join('');
    expect(isPlaceholder(fives)).toBe(false);
    expect(isPlaceholder(`tok_${[...HEX].map((c) => c.repeat(4)).join('')}`)).toBe(false);
    expect(isPlaceholder('13572468abcdbdca')).toBe(false); // steps of more than one
  });
});

describe('two counts typed in turn', () => {
  it('are stand-ins: a digit and a letter, each stepping one place, for eight characters or more', () => {
    for (const v of ['7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f', '8b7c6d5e4f3a2b1c', 'b41f09d7e3c25a6e4d3c2b1a', '0a1b2c3d4e5f6a7b', 'Q9x4r1M3c4D5e6F7']) {
      expect(isPlaceholder(v), v).toBe(true);
      expect(isStandIn(v), `${v}: a vendor's detector still reports it`).toBe(false);
    }
  });

  it('are not random values, shorter runs, or counts of one kind', () => {
    for (let seed = 1; seed <= 200; seed++) expect(isPlaceholder(randomRun(HEX, 32, seed)), `seed ${seed}`).toBe(false);
    expect(isPlaceholder('9e41c3d4e5b07f2a')).toBe(false); // c3d4e5: six characters
    expect(isPlaceholder('a3c5e7b9d1f2a4c6')).toBe(false); // steps of two
    expect(isPlaceholder('13572468acegbdfh')).toBe(false);
    expect(isPlaceholder('x4m3n2o1p0q9r8s7')).toBe(false); // beyond hex: left to the sequences
  });
});
