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

describe('startsWithKeyword', () => {
  it('anchors only patterns whose every match begins with a keyword', async () => {
    const { startsWithKeyword } = await import('../../../detectors/kit/pattern.js');
    expect(startsWithKeyword(/(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})/, ['pat'])).toBe(true);
    expect(startsWithKeyword(/(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22})/, ['github_pat_'])).toBe(true);
    expect(startsWithKeyword(/(?<secret>SG\.[\w-]{22}\.[\w-]{43})/, ['sg.'])).toBe(true);
    expect(startsWithKeyword(/(?<secret>gh[pousr]_[A-Za-z0-9]{36})/, ['ghp_', 'gho_']), 'a class right after the literal').toBe(false);
    expect(startsWithKeyword(/(?<secret>xox[bp]-\d+|xapp-\d+)/, ['xoxb-', 'xapp-']), 'alternation').toBe(false);
    expect(startsWithKeyword(/token\s*=\s*(?<secret>\w+)/, ['secret']), 'keyword not at the start').toBe(false);
    expect(startsWithKeyword(/pa?t(?<secret>\w+)/, ['pat']), 'optional character').toBe(false);
    expect(startsWithKeyword(/pa+t(?<secret>\w+)/, ['pat']), 'repeated character').toBe(false);
  });

  it('finds the same matches anchored as windowed', () => {
    const d = patternDetector({
      id: 'anchored-probe', title: 'probe', severity: 'high', keywords: ['zq'],
      pattern: /(?<![A-Za-z0-9])(?<secret>zq[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
      remediation: 'a probe used only by this test file', examples: { positive: [], negative: [] },
    });
    const text = `zq zq ${SECRET} xzq${SECRET.slice(2)} ${SECRET}zz\n${SECRET}`;
    const viaSearch = [...d.detect({ path: 'a', text })];
    const viaStarts = [...d.detect({ path: 'a', text, keywordStarts: [...text.matchAll(/zq/gi)].map((m) => m.index) })];
    expect(viaSearch.map((m) => m.start)).toEqual([6, text.lastIndexOf(SECRET)]);
    expect(viaStarts).toEqual(viaSearch);
  });
});

describe('patternDetector keyword spans', () => {
  const spanned = patternDetector({
    id: 'span-probe',
    title: 'span probe',
    severity: 'high',
    keywords: ['-zz'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{8}-zz[0-9]{1,2})(?![A-Za-z0-9_-])/,
    keywordSpan: { before: 8, after: 5 },
    remediation: 'a probe used only by this test file',
    examples: { positive: [], negative: [] },
  });
  const find = (text: string): string[] => [...spanned.detect({ path: 'a', text })].map((m) => m.secret ?? '');

  it('finds what the pattern finds over the whole text, at the text edges and with keywords close together', () => {
    expect(find('0123abcd-zz7')).toEqual(['0123abcd-zz7']);
    expect(find('k=0123abcd-zz7 and 89abcdef-zz12.')).toEqual(['0123abcd-zz7', '89abcdef-zz12']);
    expect(find('x 0123abcd-zz7-zz 89abcdef-zz12')).toEqual(['89abcdef-zz12']);
  });

  it('sees the character before and after a span: a longer run is no match', () => {
    expect(find('f0123abcd-zz7')).toEqual([]); // nine hex digits: the lookbehind must see the first
    expect(find('0123abcd-zz123')).toEqual([]); // three digits: the lookahead must see the third
    expect(find('_0123abcd-zz7 ')).toEqual([]);
  });

  it('never reports a match cut short by a span declared too small', () => {
    const tooSmall = patternDetector({
      id: 'span-probe-small',
      title: 'span probe',
      severity: 'high',
      keywords: ['-zz'],
      pattern: /(?<![0-9a-f])(?<secret>[0-9a-f]{8,12}-zz)/,
      keywordSpan: { before: 8, after: 3 }, // wrong: a match may start 12 characters before
      remediation: 'a probe used only by this test file',
      examples: { positive: [], negative: [] },
    });
    // the span starts inside the 12-digit run: '3456789ab-zz' would be a truncated secret
    expect([...tooSmall.detect({ path: 'a', text: '0123456789ab-zz' })]).toEqual([]);
  });
});
