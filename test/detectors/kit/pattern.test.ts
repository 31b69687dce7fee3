import { describe, expect, it } from 'vitest';
import { patternDetector } from '../../../detectors/kit/pattern.js';

const probe = (multiline = false) =>
  patternDetector({
    id: 'probe',
    title: 'probe',
    severity: 'high',
    keywords: ['vendor'],
    pattern: /(?<![A-Za-z0-9])(?<secret>zq[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
    multiline,
    remediation: 'a probe used only by this test file',
    examples: { positive: [], negative: [] },
  });
const SECRET = 'zqR7kP2mX9vL4tB8nW3cY6';

describe('patternDetector keyword windows', () => {
  it('finds a secret up to two lines from a keyword, at the right offset', () => {
    const text = `vendor config\nline\nkey = ${SECRET}\n`;
    const matches = [...probe().detect({ path: 'a', text })];
    expect(matches).toEqual([{ start: text.indexOf(SECRET), end: text.indexOf(SECRET) + SECRET.length, secret: SECRET }]);
  });

  it('does not look further than two lines from every keyword, unless multiline', () => {
    const text = `vendor\n1\n2\n3\nkey = ${SECRET}\n`;
    expect([...probe().detect({ path: 'a', text })]).toEqual([]);
    expect([...probe(true).detect({ path: 'a', text })]).toHaveLength(1);
  });

  it('finds every secret once when keyword windows overlap', () => {
    const text = `vendor ${SECRET}\nvendor\nvendor ${SECRET}\n\n\n\n\nvendor ${SECRET}`;
    expect([...probe().detect({ path: 'a', text })].map((m) => m.start)).toEqual([7, 51, 81].map((_, i) => [...text.matchAll(new RegExp(SECRET, 'g'))][i]?.index));
  });

  it('stays linear on a 1 MiB line of keywords', () => {
    const text = 'vendor '.repeat(150_000);
    const started = performance.now();
    expect([...probe().detect({ path: 'a', text })]).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000); // quadratic would take minutes
  });
});

describe('inKeywordWindows', () => {
  it('parses only windows near both keyword sets, whole, with offsets mapped back', async () => {
    const { inKeywordWindows, keywordRegExp } = await import('../../../detectors/kit/pattern.js');
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
