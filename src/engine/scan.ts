// The pipeline in one place: source → (binary sniff, prefilter, detectors) → findings → filters.
import { overrunMessage, setOverrunListener } from '../../detectors/kit/pattern.js';
import { readFileRef } from '../sources/read-file.js';
import type { Blob, Detector, FileRef, Finding, FindingFilter, Origin, ScanResult, ScanStats, SkipReason, Source, Warning } from '../types.js';
import { detectAround } from './added-lines.js';
import { CopyTable } from './copy-table.js';
import { detectChanged, VersionCache } from './delta.js';
import { compileDetectors, detectBlob, detectByName, pathClass, type BlobOutcome, type CompiledDetectors, type RawFinding } from './detect-blob.js';
import { findingMessage, fingerprintKnown, practiceFingerprint, recordEarlierFingerprint, redact, secretFingerprint, slowBudget, slowBudgetWarning, type FingerprintKey, type SlowBudget } from './finding.js';
import { compareFindings } from './order.js';
import { createDetectPool, defaultPoolSize, type DetectPool } from './pool.js';
import { readAndScan, type FileResult } from './read-and-scan.js';
import { now } from './clock.js';
import { lowerSeverity } from './test-context.js';

/**
 * Worker threads start only once a scan has seen this many bytes: a pre-commit scan of a few
 * files finishes before a worker could even load, while a tree gains from every core. A worker
 * takes 150-250 ms to load; started at 8 MiB instead, it joined a 40 MB tree after a third of it.
 */
const POOL_THRESHOLD_BYTES = 1024 * 1024;

/** Blobs go to workers in batches (one message each way per batch, not per file). */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 256;
/**
 * Working-tree files per batch (their sizes are unknown before reading). A worker holds two
 * batches: with 256 files (4 MB of node_modules, ~300 ms of work) the main thread ran dry and
 * waited for the last ones; 32 files keep that tail near 40 ms.
 */
const FILE_BATCH = 32;

const FILE: Origin = { kind: 'file' };

/** How long the main thread scans files of a batch itself before it looks again for an idle worker. */
const INLINE_SLICE_MS = 20;

/**
 * Bytes of earlier history versions kept for comparison with their later versions (the oldest go
 * first; their later versions are then scanned whole). curl's history filled 64 MiB of a 96 MiB
 * budget and bitnami/charts' 72: with 40 they dropped 27 and 154 MiB of versions, found the same,
 * in the same time (33.4 / 33.3 s; 72.3 / 69.5 s), and peaked 33 and 66 MB lower (357 -> 324,
 * 459 -> 393 MB). 24 MiB lowered neither peak further and cost bitnami/charts 4 s of versions
 * scanned whole.
 */
const VERSION_CACHE_BYTES = 40 * 1024 * 1024;

export interface ScanProgress {
  readonly blobs: number;
  readonly bytes: number;
  readonly findings: number;
}

export interface ScanOptions {
  readonly detectors: readonly Detector[];
  /** Put the secret in clear into findings (`--reveal`). */
  readonly reveal?: boolean;
  /** Applied in order to every finding; each counts what it drops. */
  readonly filters?: readonly FindingFilter[];
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Allow worker threads (default true; they are used only when the bundled worker exists). */
  readonly workers?: boolean;
  /** Cores the source keeps busy itself (a history's git cat-file): that many fewer workers. */
  readonly sourceCores?: number;
  /** How secrets are fingerprinted: the baseline's salt and scheme (finding.ts); absent: the legacy salt. */
  readonly fingerprints?: FingerprintKey | undefined;
  /** Told every path the source names, scanned or skipped (repository facts: which files exist). */
  readonly observePath?: (path: string) => void;
  /** --verify: fingerprint → secret, for the verifiers after the scan; kept in memory only, never reported. */
  readonly secretVault?: Map<string, string>;
  /**
   * Keep only findings whose secret this process has fingerprinted already (and practice findings):
   * for a scan that looks for what an earlier one found, where a new secret would cost a slow
   * fingerprint (~8 ms of scrypt) only to be thrown away.
   */
  readonly knownSecretsOnly?: boolean;
  /** The most scrypt fingerprints this scan computes (default SLOW_FINGERPRINT_BUDGET, finding.ts). */
  readonly slowFingerprints?: number;
}

/** Runs a source through the detectors and filters and returns sorted findings with stats. */
export async function runScan(source: Source, options: ScanOptions): Promise<ScanResult> {
  const started = now();
  const compiled = compileDetectors(options.detectors);
  const stats: ScanStats = { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: {}, suppressed: {}, durationMs: 0 };
  const warnings: Warning[] = [];
  const pending: Promise<Finding | undefined>[] = [];
  const filters = options.filters ?? [];
  const key = options.fingerprints ?? {};
  const budget = slowBudget(options.slowFingerprints, key.baselined);
  const earlier = filters.some((f) => f.matchesEarlierFingerprints === true);
  const observers = filters.filter((f) => f.observeText !== undefined);
  let findingCount = 0;

  const skip = (path: string, reason: SkipReason, message?: string): void => {
    stats.filesSkipped++;
    stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1;
    // a file that could not be read, or a submodule (another repository), is left out visibly
    if (reason === 'unreadable' || reason === 'submodule') warnings.push({ path, message: message ?? 'cannot be read' });
  };
  const collect = (path: string, origin: Origin | undefined, raws: readonly RawFinding[]): void => {
    for (const raw of raws) {
      if (options.knownSecretsOnly && raw.secret !== undefined && !fingerprintKnown(compiled.detectors[raw.detector] as Detector, raw.secret, key)) continue;
      findingCount++;
      pending.push(finish(compiled, raw, path, origin, options.reveal === true, key, budget, options.secretVault, earlier).then((f) => applyFilters(f, raw, filters, stats)));
    }
  };

  /** Counts a scanned file and takes its findings; `blob` is absent when a worker read the file. */
  const handle = (path: string, origin: Origin, length: number, outcome: BlobOutcome, blob?: Blob): void => {
    if (outcome.kind === 'binary') skip(path, 'binary');
    else {
      stats.filesScanned++;
      stats.bytesScanned += length;
      if (outcome.warning !== undefined) warnings.push({ path, message: outcome.warning });
      if (outcome.members !== undefined) stats.archiveMembers = (stats.archiveMembers ?? 0) + outcome.members;
      if (blob) for (const observer of observers) observer.observeText?.(path, blob.bytes);
    }
    collect(path, origin, outcome.findings);
    options.onProgress?.({ blobs: stats.filesScanned + stats.filesSkipped, bytes: stats.bytesScanned, findings: findingCount });
  };

  let pool: DetectPool | undefined | null = options.workers === false ? undefined : null; // null: not started yet
  const inFlight = new Set<Promise<void>>();
  let seenBytes = 0;
  const versions = new VersionCache(VERSION_CACHE_BYTES);
  // Identical files (vendored copies, several node_modules) are scanned once: the first claim of a
  // (content, path class) key in the shared table scans the file, in whichever thread reads it; later
  // copies take its outcome, or wait for it.
  let copyTable: CopyTable | undefined;
  /** Made on first use: 8 MiB of shared memory (untouched pages cost nothing until claimed in). */
  const copies = (): CopyTable => (copyTable ??= new CopyTable());
  const slotOutcomes = new Map<number, BlobOutcome>();
  /** Copies whose first file a worker still has; `blob` only while a filter must see every file's text. */
  const slotWaiting = new Map<number, { path: string; origin: Origin; length: number; blob?: Blob }[]>();
  const slotOf = new WeakMap<Blob, number>();
  const settleSlot = (slot: number, outcome: BlobOutcome): void => {
    slotOutcomes.set(slot, outcome);
    for (const copy of slotWaiting.get(slot) ?? []) handle(copy.path, copy.origin, copy.length, outcome, copy.blob);
    slotWaiting.delete(slot);
  };
  const copyOf = (slot: number, path: string, origin: Origin, length: number, blob?: Blob): void => {
    const outcome = slotOutcomes.get(slot);
    if (outcome) handle(path, origin, length, outcome, blob);
    else {
      const copy = { path, origin, length, ...(blob && observers.length > 0 ? { blob } : {}) };
      const waiting = slotWaiting.get(slot);
      if (waiting) waiting.push(copy);
      else slotWaiting.set(slot, [copy]);
    }
  };
  const settle = (blob: Blob, outcome: BlobOutcome): void => {
    keep(blob, outcome);
    handle(blob.path, blob.origin, blob.bytes.length, outcome, blob);
    const slot = slotOf.get(blob);
    if (slot !== undefined) settleSlot(slot, outcome);
  };
  /** A source's skip event, or a file's read here or in a worker. */
  const skipped = (path: string, reason: SkipReason, origin: Origin | undefined, message?: string): void => {
    skip(path, reason, message);
    if (reason === 'oversize') collect(path, origin, detectByName(compiled, path));
  };
  /** What became of a working-tree file read in a worker or, for a batch no worker could take, here. */
  const took = (ref: FileRef, result: FileResult): void => {
    if (result === null) return;
    if ('skip' in result) skipped(ref.path, result.skip, FILE, result.message);
    else if ('copyOf' in result) copyOf(result.copyOf, ref.path, FILE, result.bytes);
    else {
      handle(ref.path, FILE, result.bytes, result.outcome);
      if (result.slot >= 0) settleSlot(result.slot, result.outcome);
    }
  };
  /** Whether a working-tree blob is to be scanned: the first of its content and path class, or untracked. */
  const claim = (blob: Blob): boolean => {
    if (blob.origin.kind !== 'file') return true;
    const { slot, first } = copies().claim(blob.bytes, () => pathClass(compiled, blob.path));
    if (first) {
      if (slot >= 0) slotOf.set(blob, slot);
      return true;
    }
    copyOf(slot, blob.path, blob.origin, blob.bytes.length, blob);
    return false;
  };
  let batch: Blob[] = [];
  let batchBytes = 0;
  /**
   * Lets worker replies in (they are events: finished workers then count as idle again) and hands
   * `items` to an idle worker, if there is one; false when every worker is busy.
   */
  const offer = async <I, R>(workers: DetectPool, items: readonly I[], send: (items: readonly I[]) => Promise<R[]>, take: (item: I, result: R) => void): Promise<boolean> => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (workers.idle === 0) return false;
    const job: Promise<void> = send(items).then((results) => {
      inFlight.delete(job);
      results.forEach((result, i) => take(items[i] as I, result));
    });
    inFlight.add(job);
    return true;
  };
  /** A batch of blobs goes to a worker with room for it, or is scanned here when every worker is busy. */
  const flush = async (workers: DetectPool): Promise<void> => {
    const blobs = batch;
    batch = [];
    batchBytes = 0;
    if (blobs.length === 0 || (await offer(workers, blobs, (b) => workers.detectBatch(b), settle))) return;
    for (const blob of blobs) settle(blob, detectBlob(compiled, blob.path, blob.bytes));
  };
  const keep = (blob: Blob, outcome: BlobOutcome): void => {
    if (blob.lineage && blob.lineage.uses > 0 && outcome.kind === 'scanned') {
      // a blob read whole from one pipe chunk is a view of that chunk: keep only its own bytes
      const bytes = blob.bytes.buffer.byteLength > 2 * blob.bytes.length ? Buffer.from(blob.bytes) : blob.bytes;
      versions.put(blob.lineage.key, { bytes, findings: outcome.findings, wholeFile: outcome.wholeFile }, blob.lineage);
    }
  };
  // Working-tree files go to the workers unread, in batches; the worker reads each one. The main
  // thread reads them itself before the pool starts, when every worker is busy, and when a filter
  // must see the text of every file (--report-unused-allows).
  let files: FileRef[] = [];
  const scratch = Buffer.allocUnsafe(1 << 20);
  const flushFiles = async (workers: DetectPool): Promise<void> => {
    const refs = files;
    files = [];
    if (refs.length === 0 || (await offer(workers, refs, (r) => workers.detectFiles(r), took))) return;
    // file sizes are not known before reading: after a slice of time, what is left of the batch goes
    // back to the queue, so that a worker that has run dry gets it
    const deadline = now() + INLINE_SLICE_MS;
    for (let k = 0; k < refs.length; k++) {
      if (k > 0 && now() > deadline) {
        files = refs.slice(k);
        return;
      }
      const ref = refs[k] as FileRef;
      took(ref, readAndScan(ref, compiled, copies(), scratch));
    }
  };
  // a custom detector that gives up on a file (its time limit) is a warning of this scan, in every report
  setOverrunListener((o) => warnings.push({ path: o.path, message: overrunMessage(o) }));
  try {
    for await (const event of source.events()) {
      options.observePath?.(event.type === 'file' ? event.file.path : event.type === 'blob' ? event.blob.path : event.path);
      if (event.type === 'file' && pool && observers.length === 0) {
        files.push(event.file);
        if (files.length >= FILE_BATCH) await flushFiles(pool);
        continue;
      }
      // (into the scratch buffer: the blob is scanned before the next read, or copied when it waits for a worker;
      // a fresh buffer per file cost a page fault per 4 KiB read, and its collection)
      const read = event.type === 'file' ? readFileRef(event.file, observers.length === 0 ? scratch : undefined) : event;
      if (!read) continue;
      if (read.type === 'skip') {
        skipped(read.path, read.reason, read.origin, read.message);
        continue;
      }
      const { blob } = read;
      // a staged file reported only on its added lines: scanned only around them (unless a filter
      // must see every line's text, as --report-unused-allows does)
      if (blob.ranges && observers.length === 0) {
        settle(blob, detectAround(compiled, blob.path, blob.bytes, blob.ranges));
        continue;
      }
      // a later version of a file scanned earlier in this run: only what changed is scanned, here
      const base = blob.lineage?.base !== undefined ? versions.take(blob.lineage.base) : undefined;
      if (base) {
        settle(blob, detectChanged(compiled, blob.path, blob.bytes, base));
        continue;
      }
      if (!claim(blob)) continue;
      seenBytes += blob.bytes.length;
      if (pool === null && seenBytes > POOL_THRESHOLD_BYTES) pool = await startPool(options.detectors, copies().share(), options.sourceCores ?? 0);
      if (!pool) {
        settle(blob, detectBlob(compiled, blob.path, blob.bytes));
        continue;
      }
      batch.push(blob.bytes.buffer === scratch.buffer ? { ...blob, bytes: Buffer.from(blob.bytes) } : blob);
      batchBytes += blob.bytes.length;
      if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) await flush(pool);
    }
    if (pool) {
      await flush(pool);
      while (files.length > 0) await flushFiles(pool);
    }
    await Promise.all(inFlight);
  } finally {
    setOverrunListener(undefined);
    await pool?.close();
  }

  const findings = (await Promise.all(pending)).filter((f): f is Finding => f !== undefined).sort(compareFindings);
  if (budget.over > 0) warnings.push({ path: budget.firstOver ?? '', message: slowBudgetWarning(budget, options.slowFingerprints) });
  stats.durationMs = Math.round(now() - started);
  // workers report in completion order: warnings are listed by path
  warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { findings, stats, warnings };
}

async function startPool(detectors: readonly Detector[], copies: SharedArrayBuffer, sourceCores: number): Promise<DetectPool | undefined> {
  const { allDetectors } = await import('../../detectors/index.js');
  return createDetectPool(detectors, new Set(allDetectors.map((d) => d.id)), copies, defaultPoolSize(process.env, sourceCores));
}

/** Raw finding → Finding: fingerprint, redaction, message; one in an archive's member is at `file!/member`. */
async function finish(compiled: CompiledDetectors, raw: RawFinding, file: string, origin: Origin | undefined, reveal: boolean, key: FingerprintKey, budget: SlowBudget, vault: Map<string, string> | undefined, earlier: boolean): Promise<Finding> {
  const d = compiled.detectors[raw.detector] as Detector;
  const path = raw.member === undefined ? file : `${file}!/${raw.member}`;
  const fingerprint =
    raw.secret !== undefined ? await secretFingerprint(d, raw.secret, key, budget, path) : practiceFingerprint(d.id, path, raw.detail);
  if (vault && raw.secret !== undefined) vault.set(fingerprint, raw.secret);
  const redacted = raw.secret !== undefined ? redact(raw.secret) : '';
  const finding: Finding = {
    detectorId: d.id,
    title: d.title,
    policy: raw.policy,
    // a value the code names a fake or an example is test material, as its path would make it (test-context.ts)
    severity: raw.sample ? lowerSeverity(d.severity) : d.severity,
    ...(raw.sample ? { context: 'test' as const } : {}),
    path,
    ...(raw.member !== undefined ? { archive: file } : {}),
    line: raw.line,
    column: raw.column,
    endLine: raw.endLine,
    endColumn: raw.endColumn,
    fingerprint,
    redacted,
    message: findingMessage(d.title, raw.detail, redacted),
    ...(raw.encoding !== undefined ? { encoding: raw.encoding } : {}),
    // its own policy first, as same-place.ts writes them
    ...(raw.alsoPolicies !== undefined ? { policies: [raw.policy, ...raw.alsoPolicies.filter((p) => p !== raw.policy)] } : {}),
    ...(reveal && raw.secret !== undefined ? { secret: raw.secret } : {}),
    ...(origin && (origin.kind === 'git-blob' || origin.kind === 'index') ? { blob: origin.oid } : {}),
  };
  if (earlier && raw.secret !== undefined) await recordEarlierFingerprint(finding, d, raw.secret, key, budget);
  return finding;
}

function applyFilters(finding: Finding, raw: RawFinding, filters: readonly FindingFilter[], stats: ScanStats): Finding | undefined {
  for (const filter of filters) {
    if (!filter.keep(finding, raw)) {
      stats.suppressed[filter.name] = (stats.suppressed[filter.name] ?? 0) + 1;
      return undefined;
    }
  }
  return finding;
}

/** A source over blobs already in memory (tests, stdin). */
export function memorySource(blobs: readonly Blob[], name = 'memory'): Source {
  return {
    name,
    async *events() {
      for (const blob of blobs) yield { type: 'blob', blob };
    },
  };
}

