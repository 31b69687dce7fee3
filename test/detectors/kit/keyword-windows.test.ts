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

describe('stickyMatches', () => {
  it('finds what a global search finds when every match starts at a keyword, skipping starts inside a match', async () => {
    const { stickyMatches } = await import('../../../detectors/kit/keyword-windows.js');
    const text = 'pwd=a1 x pwd=pwd=b2 pwd= password=c3';
    const starts = [0, 9, 13, 20, 25];
    const sticky = [...stickyMatches(/(?:password|pwd)=\w+/y, text, starts)].map((m) => [m.index, m[0]]);
    const global = [...text.matchAll(/(?:password|pwd)=\w+/g)].map((m) => [m.index, m[0]]);
    expect(sticky).toEqual(global);
    expect(sticky).toEqual([
      [0, 'pwd=a1'],
      [9, 'pwd=pwd'],
      [25, 'password=c3'],
    ]);
  });
});
