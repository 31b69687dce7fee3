import type { Finding, Severity } from '../types.js';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Rank for comparisons: critical 3 … low 0. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}

/** Findings sort by path, line, column, detector id. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.detectorId !== b.detectorId) return a.detectorId < b.detectorId ? -1 : 1;
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}
