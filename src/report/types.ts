import type { Detector, Finding, Narrowing, ScanStats, Warning } from '../types.js';

/** Everything a reporter may render. Reporters are pure: input → string. */
export interface ReportInput {
  readonly tool: { readonly name: string; readonly version: string };
  readonly command: string;
  readonly findings: readonly Finding[];
  readonly stats: ScanStats;
  readonly warnings: readonly Warning[];
  /** The detectors that ran (SARIF rules, help text). */
  readonly detectors: readonly Detector[];
  /** ANSI colour (a TTY without NO_COLOR). */
  readonly color: boolean;
  readonly reveal: boolean;
  /** Notes for the reader ("no commits yet", "shallow clone"). */
  readonly notes?: readonly string[];
  /** What settings narrowed the scan, and who controls them (absent: nothing did). */
  readonly narrowing?: readonly Narrowing[];
}

export type Reporter = (input: ReportInput) => string;

/**
 * A history finding's state for the reader: a credential no longer in the tree must still be rotated;
 * a practice finding (no secret: a Dockerfile's root user, disabled TLS) only left the tree.
 */
export function historyState(f: Finding): string {
  if (f.inTree !== false) return 'in tree';
  return f.redacted ? 'history only: rotate it' : 'history only';
}
