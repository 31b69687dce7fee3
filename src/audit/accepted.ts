// What the repository's settings accepted, kept in the audit: a baseline, a .secretsignore detector
// or fingerprint rule, or an allow comment accepts a finding for the gate; it does not un-leak a
// credential. So the audit runs the same filters as a scan, in the same order, but a finding one of
// them would drop is kept and marked with who accepted it (and counted as suppressed, as before, for
// the narrowing record). Path rules are not filters: a file they exclude is never read, so nothing
// in it can be marked.
import type { RuleLocator } from '../filters/secretsignore.js';
import type { Finding, FindingFilter, ScanStats } from '../types.js';
import type { Acceptance, AcceptedBy } from './model.js';

/**
 * The filters of prepareScan that accept findings, by their names. A .gitleaksignore entry is an
 * ignore rule, as a .secretsignore one is: its mark says so, and `where` names its file and line.
 */
const ACCEPTING: Readonly<Record<string, AcceptedBy>> = { baseline: 'baseline', secretsignore: 'secretsignore', gitleaksignore: 'secretsignore', 'inline-allow': 'inline-allow' };

export interface AcceptanceRecorder {
  /** One filter standing for all of them: drops what a non-accepting filter drops, keeps and marks the rest. */
  readonly filter: FindingFilter;
  /** The acceptance recorded for a finding this run returned (by identity). */
  acceptanceOf(finding: Finding): Acceptance | undefined;
  /** The scan's stats with the accepted findings counted as suppressed by their filter, as a scan counts them. */
  withSuppressed(stats: ScanStats): ScanStats;
}

/**
 * Wraps `filters` (the prepared scan's, in order) for one scan. `baselineWhere` names the baseline
 * file in the marks. The first filter that would drop a finding decides, as in the engine: later
 * ones are not asked (their unused-allow tracking stays as in a scan).
 */
export function recordAcceptance(filters: readonly FindingFilter[], baselineWhere?: string): AcceptanceRecorder {
  const marks = new WeakMap<Finding, Acceptance>();
  const counts: Record<string, number> = {};
  const observers = filters.filter((f) => f.observeText !== undefined);
  const filter: FindingFilter = {
    name: 'audit-accepted',
    keep(finding, context) {
      for (const inner of filters) {
        if (inner.keep(finding, context)) continue;
        counts[inner.name] = (counts[inner.name] ?? 0) + 1;
        const by = ACCEPTING[inner.name];
        if (by === undefined) return false; // not an acceptance: dropped as in a scan
        const where = by === 'baseline' ? baselineWhere : (inner as FindingFilter & Partial<RuleLocator>).silencedWhere?.(finding, context);
        marks.set(finding, { by, ...(where !== undefined ? { where } : {}) });
        return true;
      }
      return true;
    },
    ...(observers.length > 0 ? { observeText: (path: string, bytes: Buffer) => observers.forEach((o) => o.observeText?.(path, bytes)) } : {}),
    ...(filters.some((f) => f.matchesEarlierFingerprints === true) ? { matchesEarlierFingerprints: true } : {}),
  };
  return {
    filter,
    acceptanceOf: (finding) => marks.get(finding),
    withSuppressed(stats) {
      const { [filter.name]: _dropped, ...suppressed } = stats.suppressed; // counted below under the inner filter's name
      for (const [name, n] of Object.entries(counts)) suppressed[name] = (suppressed[name] ?? 0) + n;
      return { ...stats, suppressed };
    },
  };
}

/**
 * For history findings, attributed one per (detector, secret, path) from their occurrences (one per
 * blob): accepted only when every occurrence was (one unaccepted version keeps it reported, as a
 * scan would); the mark is the attributed occurrence's, else the first one's.
 */
export function historyAcceptance(occurrences: readonly Finding[], acceptanceOf: (f: Finding) => Acceptance | undefined): (f: Finding) => Acceptance | undefined {
  const group = (f: Finding): string => `${f.detectorId}\0${f.fingerprint}\0${f.path}`;
  const place = (f: Finding): string => `${group(f)}\0${f.blob ?? ''}\0${f.line}\0${f.column}`;
  const reported = new Set<string>();
  const first = new Map<string, Acceptance>();
  const byPlace = new Map<string, Acceptance>();
  for (const f of occurrences) {
    const a = acceptanceOf(f);
    if (!a) {
      reported.add(group(f));
      continue;
    }
    if (!first.has(group(f))) first.set(group(f), a);
    byPlace.set(place(f), a);
  }
  return (f) => (reported.has(group(f)) ? undefined : (byPlace.get(place(f)) ?? first.get(group(f))));
}

const ORDER: readonly AcceptedBy[] = ['baseline', 'secretsignore', 'inline-allow'];
const BY_WORDS: Record<AcceptedBy, (n: number) => string> = {
  baseline: () => 'by the baseline',
  secretsignore: (n) => (n === 1 ? 'by an ignore rule' : 'by ignore rules'),
  'inline-allow': (n) => (n === 1 ? 'by an allow comment' : 'by allow comments'),
};

/** "3 of them accepted: 2 by the baseline, 1 by an allow comment" ("2 of them accepted by the baseline"), or '' when none is. */
export function acceptedPhrase(items: readonly { readonly accepted?: Acceptance | undefined }[]): string {
  const counts = new Map<AcceptedBy, number>();
  for (const x of items) if (x.accepted) counts.set(x.accepted.by, (counts.get(x.accepted.by) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return '';
  const kinds = ORDER.filter((by) => counts.has(by));
  if (kinds.length === 1) return `${total} of them accepted ${BY_WORDS[kinds[0] as AcceptedBy](total)}`;
  return `${total} of them accepted: ${kinds.map((by) => `${counts.get(by)} ${BY_WORDS[by](counts.get(by) as number)}`).join(', ')}`;
}

/** "accepted (baseline)": the mark on one entry. */
export function acceptedMark(a: Acceptance): string {
  return `accepted (${a.by})`;
}
