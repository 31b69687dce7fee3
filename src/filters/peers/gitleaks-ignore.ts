// `.gitleaksignore` at the scanned root, for teams coming from gitleaks: each line is a gitleaks
// finding fingerprint, `<file>:<rule-id>:<line>` (a directory scan) or
// `<commit>:<file>:<rule-id>:<line>` (a git scan). gitleaks' rule ids are not ours, so an entry
// accepts whatever our detectors find at that place:
// - without a commit: our findings at that file whose lines cover that line;
// - with a commit: the secrets our detectors find on that line of the file as that commit wrote it
//   (a line the commit added, as gitleaks reports it), wherever they are in that file: in every
//   version of its history, and in the working tree. Those are resolved before the scan
//   (gitleaks-commits.ts) into (detector, fingerprint, path) identities, as a baseline matches.
import { ConfigError } from '../../errors.js';
import type { Finding, FindingFilter, Warning } from '../../types.js';
import type { RuleLocator, UnusedReporter } from '../secretsignore.js';

export const GITLEAKS_IGNORE_FILE = '.gitleaksignore';
/** The filter's name: what stats.suppressed counts its findings under. */
export const GITLEAKS_IGNORE_FILTER = 'gitleaksignore';

/** A commit id: 40 (SHA-1) or 64 (SHA-256) hex digits. */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** gitleaks rule ids: letters, digits, '-', '_', '.'. */
const RULE_ID = /^[A-Za-z0-9][\w.-]*$/;

export interface GitleaksIgnoreEntry {
  readonly commit?: string;
  readonly path: string;
  readonly rule: string;
  readonly line: number;
  /** '.gitleaksignore:4' */
  readonly where: string;
}

/**
 * Parses a .gitleaksignore. Blank lines and lines starting with '#' are skipped; any other line must be
 * a fingerprint, read from the right (a path may hold ':'). A malformed line is a ConfigError naming
 * `file:line` and the fix, never the line's text.
 */
export function parseGitleaksIgnore(text: string, shown: string): GitleaksIgnoreEntry[] {
  const entries: GitleaksIgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${shown}:${i + 1}`;
    const parts = line.split(':');
    const lineNo = parts.pop() ?? '';
    const rule = parts.pop() ?? '';
    const commit = parts.length > 1 && COMMIT.test(parts[0] as string) ? (parts.shift() as string).toLowerCase() : undefined;
    const path = normalisePath(parts.join(':'));
    if (!/^[1-9]\d{0,8}$/.test(lineNo) || !RULE_ID.test(rule) || path === '') {
      throw new ConfigError(`${where}: not a gitleaks fingerprint: write <file>:<rule-id>:<line> or <commit>:<file>:<rule-id>:<line> as gitleaks reports it, or start the line with # to make it a comment`);
    }
    entries.push({ ...(commit ? { commit } : {}), path, rule, line: Number(lineNo), where });
  });
  return entries;
}

/** gitleaks writes paths as it found them: './a' and Windows separators become 'a' and '/'. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** A secret a commit entry resolved to: our detector, its fingerprint (this run's salt) and the path. */
export interface ResolvedIdentity {
  readonly detectorId: string;
  readonly fingerprint: string;
  readonly path: string;
  readonly entry: GitleaksIgnoreEntry;
}

export function identityKey(f: { readonly detectorId: string; readonly fingerprint: string; readonly path: string }): string {
  return `${f.detectorId}\0${f.fingerprint}\0${f.path}`;
}

/**
 * The filter: entries without a commit by file and line, entries with one by the identities they
 * resolved to. Records which entries silenced something, for --report-unused-allows.
 */
export function gitleaksIgnoreFilter(entries: readonly GitleaksIgnoreEntry[], identities: readonly ResolvedIdentity[]): FindingFilter & UnusedReporter & RuleLocator {
  const byPath = new Map<string, GitleaksIgnoreEntry[]>();
  for (const e of entries) if (e.commit === undefined) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const byIdentity = new Map<string, GitleaksIgnoreEntry>();
  for (const id of identities) if (!byIdentity.has(identityKey(id))) byIdentity.set(identityKey(id), id.entry);
  const used = new Set<GitleaksIgnoreEntry>();
  const entryFor = (f: Finding): GitleaksIgnoreEntry | undefined =>
    byPath.get(f.path)?.find((e) => e.line >= f.line && e.line <= f.endLine) ?? (byIdentity.size > 0 ? byIdentity.get(identityKey(f)) : undefined);
  return {
    name: GITLEAKS_IGNORE_FILTER,
    keep(finding) {
      const entry = entryFor(finding);
      if (!entry) return true;
      used.add(entry);
      return false;
    },
    silencedWhere: (finding) => entryFor(finding)?.where,
    unused: (): Warning[] =>
      entries
        .filter((e) => !used.has(e))
        .map((e) => {
          const [path, line] = splitWhere(e.where);
          return { path, message: `line ${line}: gitleaks fingerprint silenced no finding${e.commit ? ' (a commit entry matches only a secret on a line that commit added)' : ''}; remove it` };
        }),
  };
}

function splitWhere(where: string): [string, string] {
  const at = where.lastIndexOf(':');
  return [where.slice(0, at), where.slice(at + 1)];
}
