// The files a team brings from gitleaks, read on their own: .gitleaksignore lines, .gitleaks.toml
// path allowlists, and the RE2 patterns those hold (translated, and refused when JavaScript's
// backtracking engine could hang on them).
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { gitleaksPathExcluder, parseGitleaksPaths } from '../../src/filters/peers/gitleaks-config.js';
import { gitleaksIgnoreFilter, parseGitleaksIgnore } from '../../src/filters/peers/gitleaks-ignore.js';
import { compileRe2, Re2Error, translateRe2 } from '../../src/filters/peers/re2.js';
import type { Finding } from '../../src/types.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const CTX = { lineText: '', prevLineText: '' };

function finding(over: Partial<Finding>): Finding {
  return { detectorId: 'github-token', title: 'GitHub token', policy: 'no-committed-credentials', severity: 'critical', path: 'src/a.js', line: 1, column: 1, endLine: 1, endColumn: 5, fingerprint: 'a'.repeat(32), redacted: '', message: 'm', ...over };
}

function configError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('.gitleaksignore', () => {
  it('reads both fingerprint forms from the right, skipping comments and blank lines', () => {
    const text = ['# accepted in 2024', '', 'src/a.js:github-pat:3', `${COMMIT.toUpperCase()}:docs/a:b.md:generic-api-key:12`, '  ./config\\app.ini:aws-access-token:7  ', 'C:\\x.js:r:1'].join('\r\n');
    expect(parseGitleaksIgnore(text, '.gitleaksignore')).toEqual([
      { path: 'src/a.js', rule: 'github-pat', line: 3, where: '.gitleaksignore:3' },
      { commit: COMMIT, path: 'docs/a:b.md', rule: 'generic-api-key', line: 12, where: '.gitleaksignore:4' },
      { path: 'config/app.ini', rule: 'aws-access-token', line: 7, where: '.gitleaksignore:5' },
      { path: 'C:/x.js', rule: 'r', line: 1, where: '.gitleaksignore:6' },
    ]);
  });

  it('rejects a line that is no fingerprint with file:line and the fix, without echoing it', () => {
    for (const bad of ['just-a-path.js', 'a.js:rule:0', 'a.js:rule:x', ':rule:3', `${COMMIT}::rule:3`, 'a.js:ru le:3']) {
      const message = configError(() => parseGitleaksIgnore(`# ok\n${bad}\n`, '.gitleaksignore'));
      expect(message).toMatch(/^\.gitleaksignore:2: not a gitleaks fingerprint: write <file>:<rule-id>:<line> or <commit>:<file>:<rule-id>:<line>/);
      expect(message).not.toContain(bad);
    }
  });

  it('accepts findings whose lines cover an entry without a commit, whatever the detector, and lists unused entries', () => {
    const filter = gitleaksIgnoreFilter(parseGitleaksIgnore('src/a.js:some-rule:3\nsrc/b.js:x:9\n', '.gitleaksignore'), []);
    expect(filter.keep(finding({ line: 3, endLine: 3, detectorId: 'aws-access-key-id' }), CTX)).toBe(false);
    expect(filter.keep(finding({ line: 1, endLine: 5, detectorId: 'private-key' }), CTX)).toBe(false); // a block spanning the line
    expect(filter.keep(finding({ line: 4, endLine: 4 }), CTX)).toBe(true);
    expect(filter.keep(finding({ path: 'other/a.js', line: 3, endLine: 3 }), CTX)).toBe(true);
    expect(filter.silencedWhere(finding({ line: 3, endLine: 3 }), CTX)).toBe('.gitleaksignore:1');
    expect(filter.unused()).toEqual([{ path: '.gitleaksignore', message: 'line 2: gitleaks fingerprint silenced no finding; remove it' }]);
  });

  it('accepts a commit entry by the identities it resolved to, at any line, and nothing by its line alone', () => {
    const entries = parseGitleaksIgnore(`${COMMIT}:src/a.js:rule:3\n`, '.gitleaksignore');
    const filter = gitleaksIgnoreFilter(entries, [{ detectorId: 'github-token', fingerprint: 'b'.repeat(32), path: 'src/a.js', entry: entries[0] as (typeof entries)[number] }]);
    expect(filter.keep(finding({ line: 40, endLine: 40, fingerprint: 'b'.repeat(32) }), CTX)).toBe(false);
    expect(filter.keep(finding({ line: 3, endLine: 3 }), CTX)).toBe(true); // another secret on that line
    expect(filter.keep(finding({ path: 'src/b.js', fingerprint: 'b'.repeat(32) }), CTX)).toBe(true); // the same secret in another file
  });
});

describe('.gitleaks.toml path allowlists', () => {
  it('reads [allowlist] and [[allowlists]] paths, leaving out rule-limited and AND-combined tables', () => {
    const toml = [
      'title = "our gitleaks config"',
      '[extend]',
      'useDefault = true',
      '[allowlist]',
      'description = "global"',
      "paths = ['''(^|/)fixtures/''', '''(?i)\\.snap$''']",
      "regexes = ['''EXAMPLE''']",
      '[[allowlists]]',
      "paths = ['''^vendor/''']",
      '[[allowlists]]',
      'targetRules = ["generic-api-key"]',
      "paths = ['''^docs/''']",
      '[[allowlists]]',
      'condition = "AND"',
      "paths = ['''^test/''']",
      "stopwords = ['''sample''']",
      '[[rules]]',
      'id = "ours"',
      "regex = '''ours_[a-z]{10}'''",
      '[rules.allowlist]',
      "paths = ['''^rules-only/''']",
    ].join('\n');
    const parsed = parseGitleaksPaths(toml, '.gitleaks.toml');
    expect(parsed.rules.map((r) => r.where)).toEqual(['.gitleaks.toml: allowlist.paths[0]', '.gitleaks.toml: allowlist.paths[1]', '.gitleaks.toml: allowlists[0].paths[0]']);
    expect(parsed.skipped).toEqual(['allowlists[1]', 'allowlists[2]']);
    const { exclude, excluded } = gitleaksPathExcluder(parsed);
    const verdicts = ['fixtures/a.js', 'src/fixtures/b.js', 'test/__snapshots__/x.SNAP', 'vendor/lib.js', 'docs/a.md', 'test/a.js', 'rules-only/a.js', 'src/myfixtures/a.js', 'src/vendor/a.js'].map(exclude);
    expect(verdicts).toEqual([true, true, true, true, false, false, false, false, false]);
    expect(excluded()).toBe(4);
    expect(exclude(`fixtures/${'a'.repeat(5000)}`)).toBe(false); // too long to match: scanned
  });

  it('reports malformed TOML as file:line:column without quoting the file', () => {
    const message = configError(() => parseGitleaksPaths('[allowlist]\npaths = [\'\'\'a\'\'\', "ghp_not_shown\n', '.gitleaks.toml'));
    expect(message).toMatch(/^\.gitleaks\.toml:2:\d+: not valid TOML \([^)]*\); fix the file, or remove it if gitleaks is no longer used$/);
    expect(message).not.toContain('ghp_not_shown');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('rejects paths that are not a list of strings, and unusable patterns, naming the key', () => {
    expect(configError(() => parseGitleaksPaths('[allowlist]\npaths = "fixtures/"\n', 'g.toml'))).toBe('g.toml: allowlist.paths must be a list of strings (regular expressions); fix the file or remove it');
    expect(configError(() => parseGitleaksPaths("[[allowlists]]\npaths = ['''ok''', '''(a+)+$''']\n", 'g.toml'))).toMatch(/^g\.toml: allowlists\[0\]\.paths\[1\]: the path regular expression can backtrack catastrophically in JavaScript \(exponential time\)/);
    expect(configError(() => parseGitleaksPaths("[allowlist]\npaths = ['''(?=x)y''']\n", 'g.toml'))).toMatch(/paths\[0\]: the path regular expression has a lookaround/);
    expect(configError(() => parseGitleaksPaths("[allowlist]\npaths = ['''a(b''']\n", 'g.toml'))).toMatch(/paths\[0\]: the path regular expression does not compile \(Unterminated group\)$/);
  });
});

describe('RE2 patterns in JavaScript', () => {
  it('rewrites what RE2 spells differently', () => {
    expect(translateRe2('(?i)\\Afoo\\.txt\\z')).toEqual({ source: '(?<![\\s\\S])foo\\.txt(?![\\s\\S])', flags: 'i' });
    expect(translateRe2('(?P<dir>[[:alpha:]_]+)/\\x{41}\\Q.*\\E[]a]')).toEqual({ source: '(?<dir>[a-zA-Z_]+)/\\u0041\\.\\*[\\]a]', flags: '' });
    const re = compileRe2('(?i)(^|/)[[:digit:]]+\\.LOG\\z');
    expect(['a/12.log', '12.LOG', 'a/12.log.bak', 'a/x12.log'].map((p) => re.test(p))).toEqual([true, true, false, false]);
  });

  it('refuses what RE2 refuses or JavaScript reads otherwise', () => {
    for (const [pattern, why] of [
      ['(a)\\1', /backreference/],
      ['a(?i)b', /leading \(\?i\)/],
      ['\\pL+', /Unicode class/],
      ['[[:nope:]]', /POSIX class/],
      ['\\e', /escape/],
      ['(.*a){2}.*b.*c$', /catastrophically/],
    ] as const) {
      expect(() => compileRe2(pattern)).toThrow(Re2Error);
      expect(() => compileRe2(pattern)).toThrow(why);
    }
    expect(compileRe2('(.*?)(jpg|gif|doc|pdf|bin)$').test('a/b.pdf')).toBe(true); // quadratic at worst on a bounded path: allowed
  });
});
