// The commented-line check that quietOnSamplesInTests asks for every match: read incrementally over
// ascending offsets, it must answer as the direct check does, on short and long lines alike.
import { describe, expect, it } from 'vitest';
import { commentedLines, onCommentedLine } from '../../../detectors/kit/test-material.js';

/** A deterministic text of comment markers, blanks, words and line breaks, with some lines over 4 KiB. */
function textOf(seed: number, length: number): string {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pieces = ['# ', '// ', '-- ', '; ', '<!-- ', '  ', '\t', 'key: ', 'x'.repeat(700), 'value', '\n', '\n', '$apr1$abc'];
  let out = '';
  while (out.length < length) out += pieces[Math.floor(next() * pieces.length)];
  return out;
}

describe('commentedLines', () => {
  it('answers as onCommentedLine for ascending offsets, repeated ones and a step back', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = textOf(seed, 12_000);
      const commented = commentedLines(text);
      const offsets: number[] = [];
      for (let at = 0; at < text.length; at += 1 + ((at * 7 + seed) % 97)) offsets.push(at);
      offsets.push(offsets[offsets.length - 1] as number, 5, text.length - 1); // the same offset again, then back
      for (const at of offsets) expect(commented(at), `seed ${seed}, offset ${at}`).toBe(onCommentedLine(text, at));
    }
  });

  it('says a value more than 4 KiB after its line comment marker is not commented out', () => {
    const text = `# ${'a'.repeat(5000)} $apr1$x`;
    const commented = commentedLines(text);
    expect(commented(10)).toBe(true);
    expect(commented(text.length - 3)).toBe(false);
  });
});
