// What narrowed a scan, and who controls it: the record every report carries (see Narrowing in
// src/types.ts). Built from the settings prepareScan loaded and the stats the engine counted, so
// nothing is counted twice: only excluded paths are attributed to the file whose rule excluded them.
import type { Config } from '../config/schema.js';
import { severityRank } from '../engine/order.js';
import { matchIgnoreRules } from '../filters/ignore-rules.js';
import type { PathRule } from '../filters/secretsignore.js';
import type { Detector, Narrowing, ScanStats } from '../types.js';
import { DEFAULT_MAX_FILE_SIZE } from './options.js';

type Control = Narrowing['controlledBy'];

/** Path rules from one file, and who controls that file. */
export interface PathRuleSource {
  readonly source: string;
  readonly controlledBy: Control;
  readonly rules: readonly PathRule[];
}

export interface NarrowingSettings {
  readonly config?: Config;
  /** The config is the scanned root's own file (not --config FILE). */
  readonly configControl: Control;
  /** The ignore file as shown, and who controls it; absent when none was read. */
  readonly ignoreFile?: { readonly source: string; readonly controlledBy: Control };
  readonly flags: { readonly detector?: readonly string[]; readonly policy?: readonly string[]; readonly maxFileSize: boolean; readonly failOn: boolean };
  readonly builtins: readonly Detector[];
  readonly maxFileSize: number;
  readonly baseline?: { readonly source: string; readonly controlledBy: Control };
  readonly paths: PathCounter;
}

/** Wraps the walk-time exclusion to tell which file's rule excluded each path. */
export interface PathCounter {
  readonly exclude: (path: string) => boolean;
  /** Excluded files per source, given the engine's total. */
  counts(total: number): { readonly source: PathRuleSource; readonly files: number }[];
}

export function pathCounter(exclude: (path: string) => boolean, sources: readonly PathRuleSource[]): PathCounter {
  const active = sources.filter((s) => s.rules.length > 0);
  if (active.length <= 1) {
    // one file's rules: the engine's count of 'ignored-by-rule' skips is that file's
    return { exclude, counts: (total) => (active[0] && total > 0 ? [{ source: active[0], files: total }] : []) };
  }
  const owner = new Map<PathRule, number>();
  active.forEach((s, i) => s.rules.forEach((r) => owner.set(r, i)));
  const all = active.flatMap((s) => s.rules);
  const seen = active.map(() => new Set<string>());
  return {
    exclude(path) {
      const excluded = exclude(path);
      const rule = excluded ? matchIgnoreRules(all, path)?.rule : undefined;
      if (rule) seen[owner.get(rule as PathRule) ?? 0]?.add(path);
      return excluded;
    },
    counts: () => active.map((source, i) => ({ source, files: seen[i]?.size ?? 0 })).filter((c) => c.files > 0),
  };
}

/** Everything that narrowed a finished scan, most fundamental first: checks off, files unread, findings silenced. */
export function describeNarrowing(s: NarrowingSettings, stats: ScanStats): Narrowing[] {
  return [...selectionNarrowing(s), ...gateNarrowing(s), ...pathNarrowing(s, stats), ...findingNarrowing(s, stats)];
}

function selectionNarrowing(s: NarrowingSettings): Narrowing[] {
  const out: Narrowing[] = [];
  const c = s.config;
  const fromConfig = (kind: Narrowing['kind'], ids: readonly string[] | undefined): void => {
    if (c && ids && (ids.length > 0 || kind.endsWith('-only'))) out.push({ kind, controlledBy: s.configControl, source: c.shown, ids: [...ids] });
  };
  if (s.flags.policy?.length) out.push({ kind: 'policies-only', controlledBy: 'user', source: '--policy', ids: [...s.flags.policy] });
  else {
    fromConfig('policies-only', c?.policies.only);
    fromConfig('policies-disabled', c?.policies.disable);
  }
  if (s.flags.detector?.length) out.push({ kind: 'detectors-only', controlledBy: 'user', source: '--detector', ids: [...s.flags.detector] });
  else {
    fromConfig('detectors-only', c?.detectors.only);
    fromConfig('detectors-disabled', c?.detectors.disable);
  }
  return out;
}

/** Settings that let findings through the gate: severities lowered, a raised "failOn". */
function gateNarrowing(s: NarrowingSettings): Narrowing[] {
  const c = s.config;
  if (!c) return [];
  const builtin = new Map(s.builtins.map((d) => [d.id, d.severity] as const));
  const lowered = Object.entries(c.detectors.severity)
    .filter(([id, level]) => builtin.has(id) && severityRank(level) < severityRank(builtin.get(id) ?? level))
    .map(([id]) => id)
    .sort();
  const out: Narrowing[] = [];
  if (lowered.length > 0) out.push({ kind: 'severity-lowered', controlledBy: s.configControl, source: c.shown, ids: lowered });
  if (!s.flags.failOn && c.failOn !== undefined && c.failOn !== 'low') out.push({ kind: 'fail-on', controlledBy: s.configControl, source: c.shown, severity: c.failOn });
  return out;
}

function pathNarrowing(s: NarrowingSettings, stats: ScanStats): Narrowing[] {
  const out: Narrowing[] = s.paths
    .counts(stats.skipped['ignored-by-rule'] ?? 0)
    .map(({ source, files }) => ({ kind: 'paths-ignored', controlledBy: source.controlledBy, source: source.source, files }));
  const oversize = stats.skipped.oversize ?? 0;
  if (oversize > 0) {
    const byConfig = !s.flags.maxFileSize && s.config?.maxFileSize !== undefined;
    const source = s.flags.maxFileSize ? '--max-file-size' : byConfig && s.config ? s.config.shown : 'default';
    // the config narrowed the scan only if it lowered the limit: files over the default are skipped anyway
    const lowered = byConfig && s.maxFileSize < DEFAULT_MAX_FILE_SIZE;
    out.push({ kind: 'oversize', controlledBy: lowered ? s.configControl : 'user', source, files: oversize, limit: s.maxFileSize });
  }
  return out;
}

function findingNarrowing(s: NarrowingSettings, stats: ScanStats): Narrowing[] {
  const out: Narrowing[] = [];
  const silenced = stats.suppressed.secretsignore ?? 0;
  if (silenced > 0 && s.ignoreFile) out.push({ kind: 'rule-silenced', ...s.ignoreFile, findings: silenced });
  const allowed = stats.suppressed['inline-allow'] ?? 0;
  if (allowed > 0) out.push({ kind: 'inline-allow', controlledBy: 'repository', source: 'allow comments', findings: allowed });
  const accepted = stats.suppressed.baseline ?? 0;
  if (accepted > 0 && s.baseline) out.push({ kind: 'baseline', ...s.baseline, findings: accepted });
  return out;
}

/**
 * One record for the scans of one audit (history, then the working tree), which mostly see the same
 * files and findings twice: each count is the larger of the two, not their sum.
 */
export function mergeNarrowing(...lists: readonly (readonly Narrowing[])[]): Narrowing[] {
  const byKey = new Map<string, Narrowing>();
  for (const n of lists.flat()) {
    const key = `${n.kind}\0${n.controlledBy}\0${n.source}`;
    const prev = byKey.get(key);
    byKey.set(key, prev ? larger(prev, n) : n);
  }
  return [...byKey.values()];
}

function larger(a: Narrowing, b: Narrowing): Narrowing {
  const max = (x?: number, y?: number): number | undefined => (x === undefined && y === undefined ? undefined : Math.max(x ?? 0, y ?? 0));
  const files = max(a.files, b.files);
  const findings = max(a.findings, b.findings);
  return { ...a, ...(files !== undefined ? { files } : {}), ...(findings !== undefined ? { findings } : {}) };
}
