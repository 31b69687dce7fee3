// The history audit in one place: choose the commits, map each (blob, path) to the commit that
// introduced it (one `git log --raw` pass), scan each unique blob once, then attribute findings
// and decide which are still in the current tree.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runScan, type ScanProgress } from '../engine/scan.js';
import { runGit } from '../git.js';
import { gitBlobSource, type HistoryBlob } from '../sources/git-history.js';
import type { Detector, Finding, FindingFilter, ScanResult, Warning } from '../types.js';
import { attributeFindings, treeKey } from './attribute.js';
import { readHeadTree, type HeadTree } from './head-tree.js';
import { streamIntroductions, type Introductions } from './introductions.js';
import { revisionArgs, type HistorySelection } from './revisions.js';
import { now } from '../engine/clock.js';
import { fileOf, type FingerprintKey } from '../engine/finding.js';

export interface HistoryScanOptions {
  readonly detectors: readonly Detector[];
  readonly filters: readonly FindingFilter[];
  readonly exclude: (path: string) => boolean;
  readonly maxFileSize: number;
  readonly reveal: boolean;
  readonly onProgress?: (progress: ScanProgress) => void;
  /** How secrets are fingerprinted (the baseline's salt and scheme); absent: the legacy salt. */
  readonly fingerprints?: FingerprintKey | undefined;
  /** --verify: fingerprint → secret (see ScanOptions.secretVault). */
  readonly secretVault?: Map<string, string>;
}

export interface HistoryScanResult extends ScanResult {
  /** For the reader: "no commits yet", ... */
  readonly notes: readonly string[];
  /** Every finding before attribution: one per (blob, path) that holds it, each with its `blob` (for the audit). */
  readonly occurrences?: readonly Finding[];
}

/** What to scan: the commits selected, each (blob, path) with the commit that introduced it, and HEAD. */
export interface HistoryPlan {
  readonly repo: string;
  readonly selected: boolean;
  /** Each (blob, path) of the selected history as the log pass finds it (read once, by scanHistory). */
  readonly blobs: AsyncIterable<HistoryBlob>;
  /** The whole table once the log pass is done. */
  readonly table: Promise<Introductions>;
  readonly head: HeadTree | undefined;
  readonly shallow: boolean;
  /** The object store lists other folders' objects as its own (objects/info/alternates). */
  readonly borrowsObjects: boolean;
  readonly started: number;
}

/** Validates the selection and starts the one `git log --raw` pass (blobs are read while it runs). */
export async function planHistory(repo: string, selection: HistorySelection): Promise<HistoryPlan> {
  const started = now();
  const revisions = await revisionArgs(repo, selection);
  const pass = streamIntroductions(repo, revisions);
  pass.table.catch(() => undefined); // awaited by scanHistory, which reports the failure
  const [head, { shallow, borrowsObjects }] = await Promise.all([readHeadTree(repo), objectStoreFacts(repo)]);
  const selected = selection.range !== undefined || (selection.branches?.length ?? 0) > 0 || selection.since !== undefined;
  return { repo, selected, blobs: pass.blobs, table: pass.table, head, shallow, borrowsObjects, started };
}

/** Scans each unique (blob, path) of the plan once and attributes the findings. */
export async function scanHistory(plan: HistoryPlan, options: HistoryScanOptions): Promise<HistoryScanResult> {
  const { repo, head } = plan;
  const warnings: Warning[] = [
    ...(plan.shallow ? [{ path: repo, message: 'shallow clone: commits before the shallow boundary are not scanned; run git fetch --unshallow for a full audit' }] : []),
    ...(plan.borrowsObjects ? [{ path: repo, message: "borrows objects from other folders (objects/info/alternates): what its refs reach may be another repository's history; audit a clone made without --shared or --reference" }] : []),
  ];

  const inTree = new Set<string>();
  const recorder: FindingFilter = {
    name: 'in-tree',
    keep: (f) => {
      if (head && f.blob !== undefined && head.has(f.blob, fileOf(f))) inTree.add(treeKey(f));
      return true;
    },
  };
  const source = gitBlobSource(repo, plan.blobs, { exclude: options.exclude, maxFileSize: options.maxFileSize, pumped: true });
  const result = await runScan(source, {
    detectors: options.detectors,
    reveal: options.reveal,
    filters: [recorder, ...options.filters],
    sourceCores: 1, // git cat-file inflating
    fingerprints: options.fingerprints,
    ...(options.secretVault ? { secretVault: options.secretVault } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const table = await plan.table;
  if (table.commitCount === 0) {
    return { findings: [], stats: emptyStats(), warnings, notes: [plan.selected ? 'no commits in the selected history: nothing to scan' : 'no commits yet: nothing to scan'] };
  }
  if (head) await scanRestOfHead(repo, { table, head, recorder, inTree, findings: result.findings, options });
  const findings = attributeFindings(result.findings, table, inTree);
  const notes = head ? [] : ['HEAD names no commit: no finding is marked as still in the tree'];
  const stats = { ...result.stats, durationMs: Math.round(now() - plan.started) };
  return { findings, stats, warnings: [...warnings, ...result.warnings], notes, occurrences: result.findings };
}

interface RestOfHead {
  readonly table: Introductions;
  readonly head: HeadTree;
  readonly recorder: FindingFilter;
  readonly inTree: ReadonlySet<string>;
  readonly findings: readonly Finding[];
  readonly options: HistoryScanOptions;
}

/**
 * When the selection (a range, a branch, --since, path rules) left some of HEAD's files unscanned,
 * a finding not seen in HEAD may still be there: scan those files with only the detectors of such
 * findings, to record what is in the tree. Nothing found here is reported.
 */
async function scanRestOfHead(repo: string, rest: RestOfHead): Promise<void> {
  const pending = new Set(rest.findings.filter((f) => !rest.inTree.has(treeKey(f))).map((f) => f.detectorId));
  if (pending.size === 0) return;
  const unscanned: HistoryBlob[] = [];
  for (const [oid, paths] of rest.head.byBlob) {
    const left = paths.filter((p) => rest.table.commitOf(oid, p) === undefined || rest.options.exclude(p));
    if (left.length > 0) unscanned.push({ oid, paths: left });
  }
  if (unscanned.length === 0) return;
  const detectors = rest.options.detectors.filter((d) => pending.has(d.id));
  // only the secrets already found matter here: any other secret in these files (a fixture folder the
  // path rules leave out) is dropped before it costs a fingerprint
  await runScan(gitBlobSource(repo, unscanned, { maxFileSize: rest.options.maxFileSize, name: 'head' }), {
    detectors,
    filters: [rest.recorder],
    fingerprints: rest.options.fingerprints,
    knownSecretsOnly: true,
  });
}

/**
 * Two facts about the object store that change what a history means, from one rev-parse: a shallow
 * clone stops at its boundary, and one whose objects/info/alternates names other folders reads their
 * objects as its own (a repository handed over with its .git could report another one's secrets).
 */
async function objectStoreFacts(repo: string): Promise<{ shallow: boolean; borrowsObjects: boolean }> {
  const r = await runGit(repo, ['rev-parse', '--is-shallow-repository', '--git-path', 'objects/info/alternates']);
  const [shallow, alternates] = r.stdout.toString('utf8').split('\n');
  const size = alternates ? (await stat(resolve(repo, alternates)).catch(() => undefined))?.size : undefined;
  return { shallow: shallow === 'true', borrowsObjects: (size ?? 0) > 0 };
}

function emptyStats(): ScanResult['stats'] {
  return { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: {}, suppressed: {}, durationMs: 0 };
}
