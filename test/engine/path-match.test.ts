// Path gates compile each glob list into one regular expression: they must answer as picomatch
// does for every glob the detectors declare, on paths built from those globs' own parts.
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { LOG_FILE_GLOBS } from '../../detectors/kit/log-files.js';
import { compilePathGates, compilePathMatcher } from '../../src/engine/path-match.js';

const LISTS = [
  ...allDetectors.map((d) => d.paths ?? []).filter((globs) => globs.length > 0),
  LOG_FILE_GLOBS,
  // the syntax a config's custom detector may use: classes, braces, extglobs, ? and nested **
  ['src/**/*.{ts,js}', 'a?c/**', '**/[0-9][0-9]-*.env', '+(x|y)/z.txt', '**/.config/**/token', 'deep/er/**/z'],
];

/** Paths near the globs: their literal parts, in and out of folders, with and without dots. */
function pathsFor(globs: readonly string[]): string[] {
  const words = new Set<string>(['a', '.hidden', 'logs', 'x.log', 'README.md', 'src/index.js']);
  for (const glob of globs) {
    for (const part of glob.split('/')) {
      words.add(part.replace(/\*\*/g, 'deep/er').replace(/\*/g, 'any').replace(/\[0-9\]/g, '7').replace(/[{}?[\]]/g, ''));
      words.add(part.replace(/\*/g, ''));
    }
  }
  const out: string[] = [];
  for (const w of words) out.push(w, `x/${w}`, `${w}/y`, `.git/${w}`, `deep/er/${w}/z`);
  return out.filter((p) => p.length > 0 && !p.startsWith('/') && !p.includes('//'));
}

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const reference = (globs: readonly string[]) => {
  const base = globs.filter((g) => !g.includes('/'));
  const full = globs.filter((g) => g.includes('/'));
  const b = base.length ? picomatch(base, { dot: true }) : () => false;
  const f = full.length ? picomatch(full, { dot: true }) : () => false;
  return (path: string) => f(path) || b(basename(path));
};

describe('path matching', () => {
  it('answers as picomatch does for every detector glob list and the log-file globs', () => {
    let checked = 0;
    let matched = 0;
    for (const globs of LISTS) {
      const ours = compilePathMatcher(globs);
      const theirs = reference(globs);
      for (const path of pathsFor(globs)) {
        expect([globs, path, ours(path)]).toEqual([globs, path, theirs(path)]);
        checked++;
        if (theirs(path)) matched++;
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(matched).toBeGreaterThan(50); // the paths do reach the globs
  });

  it('tells which gated detectors apply to a path, by file name and by folder', () => {
    const gates = compilePathGates([['*.pem'], undefined, ['**/.aws/credentials'], ['logs/**', '*.log']]);
    expect([...gates.applicable('certs/server.pem')]).toEqual([0]);
    expect([...gates.applicable('home/.aws/credentials')]).toEqual([2]);
    expect([...gates.applicable('logs/app.txt')]).toEqual([3]);
    expect([...gates.applicable('deep/app.log')]).toEqual([3]);
    expect([...gates.applicable('src/index.js')]).toEqual([]);
  });
});
