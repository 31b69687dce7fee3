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
