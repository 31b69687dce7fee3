// The path allowlists of a `.gitleaks.toml` at the scanned root, for teams coming from gitleaks:
// `[allowlist] paths = [...]` and the newer `[[allowlists]]` tables. Each is a Go RE2 regular
// expression matched against the repository-relative path; a matching file is excluded while the
// source walks, like a .secretsignore path rule, so it is never read. Only paths are read: an
// allowlist limited to some gitleaks rules (targetRules) or one whose paths count only together with
// other keys (condition = "AND") is left out, since applying its paths alone would silence more.
import { createRequire } from 'node:module';
import { ConfigError } from '../../errors.js';
import { compileRe2, Re2Error } from './re2.js';

export const GITLEAKS_CONFIG_FILE = '.gitleaks.toml';
/** Paths longer than this are never allowlisted (scanned): a backtracking engine's time on one path stays bounded. */
export const MAX_PATH_LENGTH = 4096;
/** Keys of an allowlist that restrict it: with condition AND, its paths alone say nothing. */
const OTHER_CRITERIA = ['regexes', 'stopwords', 'commits'] as const;

export interface GitleaksPathRule {
  readonly regex: RegExp;
  /** Where it is written, for messages: '.gitleaks.toml: allowlists[1].paths[0]'. */
  readonly where: string;
}

export interface GitleaksPaths {
  readonly rules: readonly GitleaksPathRule[];
  /** Allowlists that have paths but were left out (targetRules, condition AND with other keys), as 'allowlists[2]'. */
  readonly skipped: readonly string[];
}

/**
 * Reads the path allowlists of a .gitleaks.toml text. A malformed file, a `paths` that is not a list
 * of strings, or a pattern that cannot be used is a ConfigError naming the file (and line, or key)
 * and the fix, never quoting the file.
 */
export function parseGitleaksPaths(text: string, shown: string): GitleaksPaths {
  const data = parseToml(text, shown);
  const tables: [string, unknown][] = [];
  if (data.allowlist !== undefined) tables.push(['allowlist', data.allowlist]);
  if (data.allowlists !== undefined) {
    if (!Array.isArray(data.allowlists)) throw new ConfigError(`${shown}: allowlists must be an array of tables ([[allowlists]]); fix the file or remove it`);
    data.allowlists.forEach((t, i) => tables.push([`allowlists[${i}]`, t]));
  }
  const rules: GitleaksPathRule[] = [];
  const skipped: string[] = [];
  for (const [key, table] of tables) {
    if (!isTable(table)) throw new ConfigError(`${shown}: ${key} must be a table; fix the file or remove it`);
    if (table.paths === undefined) continue;
    const paths = table.paths;
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) throw new ConfigError(`${shown}: ${key}.paths must be a list of strings (regular expressions); fix the file or remove it`);
    const and = typeof table.condition === 'string' && table.condition.toUpperCase() === 'AND' && OTHER_CRITERIA.some((k) => Array.isArray(table[k]) && table[k].length > 0);
    if (table.targetRules !== undefined || and) {
      skipped.push(key);
      continue;
    }
    paths.forEach((p: string, i) => rules.push({ regex: compilePath(p, `${shown}: ${key}.paths[${i}]`), where: `${shown}: ${key}.paths[${i}]` }));
  }
  return { rules, skipped };
}

type SmolToml = typeof import('smol-toml');
let toml: SmolToml | undefined;

function parseToml(text: string, shown: string): Record<string, unknown> {
  // loaded on the first .gitleaks.toml only (synchronously, its CommonJS build), so that no other run pays for it
  toml ??= createRequire(import.meta.url)('smol-toml') as SmolToml;
  try {
    return toml.parse(text, { unsafeKeyBehaviour: 'drop', maxDepth: 64 }) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof toml.TomlError)) throw error;
    // smol-toml's message ends with a code excerpt of the file: only its first line, a fixed phrase, is shown
    const phrase = /^Invalid TOML document: ([a-z][a-z0-9 ,.:'-]{0,80})$/i.exec(error.message.split('\n')[0] ?? '')?.[1];
    throw new ConfigError(`${shown}:${error.line}:${error.column}: not valid TOML (${phrase ?? 'syntax error'}); fix the file, or remove it if gitleaks is no longer used`);
  }
}

function compilePath(pattern: string, where: string): RegExp {
  try {
    return compileRe2(pattern);
  } catch (error) {
    if (!(error instanceof Re2Error)) throw error;
    throw new ConfigError(`${where}: the path regular expression ${error.message}`);
  }
}

/** The walk-time exclusion for the path rules; remembers what it excluded, for the narrowing record. */
export function gitleaksPathExcluder(paths: GitleaksPaths): { exclude: (path: string) => boolean; excluded: () => number } {
  const seen = new Set<string>();
  return {
    exclude(path) {
      if (paths.rules.length === 0 || path.length > MAX_PATH_LENGTH) return false;
      if (!paths.rules.some((r) => r.regex.test(path))) return false;
      seen.add(path);
      return true;
    },
    excluded: () => seen.size,
  };
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
