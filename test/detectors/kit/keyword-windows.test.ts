import { describe, expect, it } from 'vitest';
import { inKeywordWindows, keywordRegExp, keywordStarts } from '../../../detectors/kit/keyword-windows.js';

describe('inKeywordWindows', () => {
  it('parses only windows near both keyword sets, whole, with offsets mapped back', () => {
    const text = 'secret here\nnothing\nnothing\nnothing\nnothing\nlog and secret\n';
    const seen: string[] = [];
    const matches = [
      ...inKeywordWindows({ path: 'a', text }, keywordRegExp(['secret']), (region) => {
        seen.push(region);
        const at = region.indexOf('secret');
        return [{ start: at, end: at + 6 }];
      }, keywordRegExp(['log'])),
    ];
    expect(seen).toEqual(['nothing\nnothing\nlog and secret\n']); // the window around line 1 holds no 'log'
    expect(matches).toEqual([{ start: text.lastIndexOf('secret'), end: text.lastIndexOf('secret') + 6 }]);
  });
});


describe('keywordStarts', () => {
  it('takes the engine\'s starts as given (the prefilter makes them distinct), else searches case-insensitively', () => {
    const finder = keywordRegExp(['key', 'keyring']);
    expect(keywordStarts('a KEY and a keyring', undefined, finder)).toEqual([2, 12]); // one start where two keywords begin
    const given = [3, 9];
    expect(keywordStarts('ignored', given, finder)).toBe(given);
  });
});
