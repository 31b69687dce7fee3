import { describe, expect, it } from 'vitest';
import { gitignoreMissingEnv, lastMatchingRule } from '../../../detectors/files/gitignore-missing-env.js';

const ignored = (gitignore: string): boolean => {
  const rule = lastMatchingRule(gitignore, '.env');
  return rule !== undefined && !rule.negate;
};

describe('gitignore-missing-env', () => {
  it.each([
    ['.env', true], ['.env*', true], ['*.env', true], ['**/.env', true], ['/.env', true], ['/**/.env', true], ['*', true],
    ['**', true], ['.en?', true], ['.[e]nv', true], ['.[!x]nv', true], ['.env   ', true], ['*env*', true], ['.e*v', true],
    ['.env.*', false], ['.env.local', false], ['.env/', false], ['src/.env', false], ['.env/**', false], ['\\!.env', false],
    ['#.env', false], ['.[!e]nv', false], ['env', false], ['.envrc', false], ['', false],
    ['.env\n!.env', false], ['*\n!.env', false], ['.env*\n!.env.example', true], ['!.env\n.env', true], ['*\n!src/', true],
    ['.env\n!*', false], ['.env\n!.env/', true],
  ])('%j ignores a root .env: %s', (gitignore, expected) => {
    expect(ignored(gitignore)).toBe(expected);
  });

  it('reports once at the top of the root .gitignore with the cause', () => {
    expect([...gitignoreMissingEnv.detect({ path: '.gitignore', text: 'dist/\n' })]).toEqual([
      { start: 0, end: 0, detail: 'no pattern in .gitignore ignores ".env" at the repository root' },
    ]);
    expect([...gitignoreMissingEnv.detect({ path: '.gitignore', text: '.env*\n!.env\n' })]).toEqual([
      { start: 0, end: 0, detail: '".env" is re-included by "!.env"' },
    ]);
    expect([...gitignoreMissingEnv.detect({ path: 'web/.gitignore', text: 'dist/\n' })]).toEqual([]);
    // Next.js's and Vite's convention: only the local variants are ignored, .env is committed with defaults
    expect([...gitignoreMissingEnv.detect({ path: '.gitignore', text: '/.next/\n.env*.local\n' })][0]?.detail).toMatch(/only its local variants \(".env\*\.local", the convention of Next\.js and Vite/);
  });

  it('matches hostile patterns in linear time', () => {
    const near = ['*?'.repeat(2000), '['.repeat(4000), '[]'.repeat(2000), `${'a*'.repeat(2000)}b`, `${'*'.repeat(4000)}x`];
    const huge = ['*?'.repeat(50_000), '['.repeat(100_000), '[]'.repeat(50_000), '*'.repeat(200_000), '\\'.repeat(10_000)];
    const t0 = performance.now();
    expect([...gitignoreMissingEnv.detect({ path: '.gitignore', text: [...near, ...huge].join('\n') })]).toHaveLength(1);
    const ms = performance.now() - t0;
    console.log(`gitignore hostile patterns: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(3000); // backtracking globs take minutes
  });
});
