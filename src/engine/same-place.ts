// One finding per secret and place. The engine already keeps one secret finding where detectors of
// the same secret overlap (detect-blob.ts, `dedupe`); this step, after the filters, folds a practice
// finding (no secret: a key file, a URL sent over plain http) into the secret finding at the same
// place. The secret's detector, message, fingerprint and position stay as they are; the finding then
// names every policy it breaks (`policies`) and takes the higher severity. Two practice findings are
// never folded together: two different things wrong on one line are two things to fix.
//
// It runs after the filters on purpose: an allow comment, ignore rule or baseline entry keeps
// silencing exactly the finding it names, and folding can only remove findings, never add one.
import type { Finding, PolicyId } from '../types.js';
import { severityRank } from './order.js';

/**
 * Practice detectors that mark the start of what a secret detector reports further on the same line,
 * and how many columns may lie between the two: credentials-over-http points at the `http://` of a URL
 * whose password (after a user name of at most 128 characters and ':') url-credentials, or a vendor
 * detector, reports. (Were its span the whole `http://user:password@`, overlap alone would decide.)
 */
const LEADS_TO_SECRET: Readonly<Record<string, number>> = { 'credentials-over-http': 129 };

interface Position {
  readonly line: number;
  readonly column: number;
}

const compare = (a: Position, b: Position): number => a.line - b.line || a.column - b.column;
const endOf = (f: Finding): Position => ({ line: f.endLine, column: f.endColumn });
const isSecret = (f: Finding): boolean => f.redacted !== '';

/** Both spans are non-empty and share a character. A file-level finding (an empty span at 1:1) overlaps nothing. */
function overlaps(a: Finding, b: Finding): boolean {
  if (compare(a, endOf(a)) >= 0 || compare(b, endOf(b)) >= 0) return false;
  return compare(a, endOf(b)) < 0 && compare(b, endOf(a)) < 0;
}

/** `practice` marks the start of `secret` (LEADS_TO_SECRET), with no other finding of its detector between them. */
function leadsTo(practice: Finding, secret: Finding, group: readonly Finding[]): boolean {
  const gap = LEADS_TO_SECRET[practice.detectorId];
  if (gap === undefined || secret.line !== practice.endLine || practice.line !== practice.endLine) return false;
  const distance = secret.column - practice.endColumn;
  if (distance < 0 || distance > gap) return false;
  return !group.some((o) => o !== practice && o.detectorId === practice.detectorId && o.line === practice.line && o.column > practice.column && o.column <= secret.column);
}

/** Where a finding is: its file version (path, and blob or commit for findings from git objects). */
const versionKey = (f: Finding): string => `${f.path}\0${f.blob ?? ''}\0${f.commit ?? ''}`;

/**
 * Folds practice findings into the secret finding at the same place: spans that overlap (a key file's
 * header and the key), or a practice finding that marks where the secret's text starts (LEADS_TO_SECRET).
 * Order is kept; a practice finding is folded into the first secret finding of its file version that qualifies.
 */
export function mergeSamePlace(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = versionKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const folded = new Map<Finding, Finding[]>(); // secret → the practice findings folded into it
  const gone = new Set<Finding>();
  for (const group of groups.values()) {
    const secrets = group.filter(isSecret);
    if (secrets.length === 0 || secrets.length === group.length) continue;
    const onLines = lineIndex(secrets);
    for (const practice of group) {
      if (isSecret(practice)) continue;
      const into = onLines(practice).find((s) => overlaps(practice, s) || leadsTo(practice, s, group));
      if (!into) continue;
      const list = folded.get(into);
      if (list) list.push(practice);
      else folded.set(into, [practice]);
      gone.add(practice);
    }
  }
  if (gone.size === 0) return [...findings];
  return findings.filter((f) => !gone.has(f)).map((f) => {
    const parts = folded.get(f);
    return parts ? fold(f, parts) : f;
  });
}

/** Secrets spanning more lines than this are checked against every practice finding of their file. */
const MAX_INDEXED_LINES = 256;

/**
 * The secret findings that touch a practice finding's lines, in their order: each secret is listed
 * under every line it spans, so a file with many findings is not compared pair by pair.
 */
function lineIndex(secrets: readonly Finding[]): (practice: Finding) => Finding[] {
  const byLine = new Map<number, number[]>();
  const long: number[] = [];
  secrets.forEach((s, i) => {
    if (s.endLine - s.line > MAX_INDEXED_LINES) {
      long.push(i);
      return;
    }
    for (let line = s.line; line <= s.endLine; line++) {
      const at = byLine.get(line);
      if (at) at.push(i);
      else byLine.set(line, [i]);
    }
  });
  return (practice) => {
    if (practice.endLine - practice.line > MAX_INDEXED_LINES) return [...secrets];
    const found = new Set(long);
    for (let line = practice.line; line <= practice.endLine; line++) for (const i of byLine.get(line) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b).map((i) => secrets[i] as Finding);
  };
}

/** The secret finding naming every policy of its parts, at the highest severity among them. */
function fold(secret: Finding, parts: readonly Finding[]): Finding {
  const policies: PolicyId[] = [...new Set([...(secret.policies ?? [secret.policy]), ...parts.flatMap((p) => p.policies ?? [p.policy])])];
  const severity = parts.reduce((top, p) => (severityRank(p.severity) > severityRank(top) ? p.severity : top), secret.severity);
  return { ...secret, severity, ...(policies.length > 1 ? { policies } : {}) };
}
