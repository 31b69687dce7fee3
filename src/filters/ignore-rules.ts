// gitignore semantics over picomatch, shared by the folder walker (.gitignore files met outside a
// repository) and .secretsignore path rules.
import picomatch from 'picomatch';

export interface IgnoreRule {
  readonly pattern: string; // as written, for messages
  readonly negated: boolean;
  readonly dirOnly: boolean;
  readonly line: number;
  readonly test: (path: string) => boolean;
}

/** Parses one gitignore-style pattern; undefined for blank and comment lines. */
export function parseIgnorePattern(raw: string, line: number): IgnoreRule | undefined {
  let p = raw.replace(/(?<!\\)\s+$/, '');
  if (p === '' || p.startsWith('#')) return undefined;
  const negated = p.startsWith('!');
  if (negated) p = p.slice(1);
  p = p.replace(/^\\([#!])/, '$1');
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  if (p === '') return undefined;
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const glob = anchored ? p : `**/${p}`;
  const test = picomatch(glob, { dot: true });
  return { pattern: raw.trim(), negated, dirOnly, line, test };
}

/** Parses the lines of an ignore file (blank lines and # comments skipped). */
export function parseIgnoreLines(text: string): IgnoreRule[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => parseIgnorePattern(l, i + 1))
    .filter((r): r is IgnoreRule => r !== undefined);
}

/**
 * Decides a relative path against rules (last match wins; a file inside an ignored directory stays
 * ignored, as in git). Returns the rule that decided it, or undefined when no rule applies.
 */
export function matchIgnoreRules(rules: readonly IgnoreRule[], path: string, isDir = false): { ignored: boolean; rule: IgnoreRule } | undefined {
  if (rules.length === 0) return undefined;
  const parts = path.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    const dir = parts.slice(0, depth).join('/');
    const decided = lastMatch(rules, dir, true);
    if (decided && !decided.negated) return { ignored: true, rule: decided };
  }
  const decided = lastMatch(rules, path, isDir);
  return decided ? { ignored: !decided.negated, rule: decided } : undefined;
}

function lastMatch(rules: readonly IgnoreRule[], path: string, isDir: boolean): IgnoreRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as IgnoreRule;
    if (rule.dirOnly && !isDir) continue;
    if (rule.test(path)) return rule;
  }
  return undefined;
}
