// The pipeline in one place: source → (binary sniff, prefilter, detectors) → findings → filters.
import type { Blob, Detector, Finding, FindingFilter, Origin, ScanResult, ScanStats, SkipReason, Source, Warning } from '../types.js';
import { detectChanged, VersionCache } from './delta.js';
import * as crypto from 'node:crypto';
import { compileDetectors, detectBlob, detectByName, pathClass, type BlobOutcome, type CompiledDetectors, type RawFinding } from './detect-blob.js';
import { findingMessage, practiceFingerprint, redact, secretFingerprint } from './finding.js';
import { compareFindings } from './order.js';
import { createDetectPool, defaultPoolSize, type DetectPool } from './pool.js';

/**
 * Worker threads start only once a scan has seen this many bytes: a pre-commit scan of a few
 * files finishes before a worker could even load, while a tree gains from every core.
 */
const POOL_THRESHOLD_BYTES = 8 * 1024 * 1024;

/** Files smaller than this are scanned again rather than hashed (a hash costs about what a scan of a few bytes does). */
const MIN_COPY_BYTES = 256;

/** SHA-1 of a file's bytes (native, ~1.5 GB/s): only to find identical files within one scan. */
function contentHash(bytes: Buffer): string {
  // crypto.hash (one call, no Hash object) exists from Node 20.12
  const oneShot = (crypto as { hash?: (algorithm: string, data: Buffer, encoding: 'base64') => string }).hash;
  return oneShot ? oneShot('sha1', bytes, 'base64') : crypto.createHash('sha1').update(bytes).digest('base64');
}

/** Blobs go to workers in batches (one message each way per batch, not per file). */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 256;

/** Bytes of earlier history versions kept for comparison with their later versions. */
const VERSION_CACHE_BYTES = 96 * 1024 * 1024;

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
}

/** Runs a source through the detectors and filters and returns sorted findings with stats. */
export async function runScan(source: Source, options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const compiled = compileDetectors(options.detectors);
  const stats: ScanStats = { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, skipped: {}, suppressed: {}, durationMs: 0 };
  const warnings: Warning[] = [];
  const pending: Promise<Finding | undefined>[] = [];
  const filters = options.filters ?? [];
  const observers = filters.filter((f) => f.observeText !== undefined);
  let findingCount = 0;

  const skip = (path: string, reason: SkipReason, message?: string): void => {
    stats.filesSkipped++;
    stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1;
    if (reason === 'unreadable') warnings.push({ path, message: message ?? 'cannot be read' });
  };
  const collect = (path: string, origin: Origin | undefined, raws: readonly RawFinding[]): void => {
    for (const raw of raws) {
      findingCount++;
      pending.push(finish(compiled, raw, path, origin, options.reveal === true).then((f) => applyFilters(f, raw, filters, stats)));
    }
  };

  const handle = (blob: Blob, outcome: BlobOutcome): void => {
    if (outcome.kind === 'binary') skip(blob.path, 'binary');
    else {
      stats.filesScanned++;
      stats.bytesScanned += blob.bytes.length;
      for (const observer of observers) observer.observeText?.(blob.path, blob.bytes);
    }
    collect(blob.path, blob.origin, outcome.findings);
    options.onProgress?.({ blobs: stats.filesScanned + stats.filesSkipped, bytes: stats.bytesScanned, findings: findingCount });
  };

  let pool: DetectPool | undefined | null = options.workers === false ? undefined : null; // null: not started yet
  const inFlight = new Set<Promise<void>>();
  let seenBytes = 0;
  const versions = new VersionCache(VERSION_CACHE_BYTES);
  // Identical files (vendored copies, several node_modules) are scanned once: later copies take the
  // first one's outcome, or wait for it while a worker has it.
  const copies = new Map<string, { outcome?: BlobOutcome; waiting: Blob[] }>();
  const copyKeys = new WeakMap<Blob, string>();
  const settle = (blob: Blob, outcome: BlobOutcome): void => {
    keep(blob, outcome);
    handle(blob, outcome);
    const key = copyKeys.get(blob);
    const entry = key === undefined ? undefined : copies.get(key);
    if (!entry) return;
    entry.outcome = outcome;
    for (const copy of entry.waiting.splice(0)) handle(copy, outcome);
  };
  let batch: Blob[] = [];
  let batchBytes = 0;
  /** A batch goes to a worker with room for it, or is scanned here when every worker is busy. */
  const flush = async (workers: DetectPool): Promise<void> => {
    const blobs = batch;
    batch = [];
    batchBytes = 0;
    // worker replies are events: let them in, so that finished workers count as idle again
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (blobs.length === 0) return;
    if (workers.idle > 0) {
      const job: Promise<void> = workers.detectBatch(blobs).then((outcomes) => {
        inFlight.delete(job);
        outcomes.forEach((outcome, i) => settle(blobs[i] as Blob, outcome));
      });
      inFlight.add(job);
      return;
    }
    for (const blob of blobs) settle(blob, detectBlob(compiled, blob.path, blob.bytes));
  };
  const keep = (blob: Blob, outcome: BlobOutcome): void => {
    if (blob.lineage && blob.lineage.uses > 0 && outcome.kind === 'scanned') {
      // a blob read whole from one pipe chunk is a view of that chunk: keep only its own bytes
      const bytes = blob.bytes.buffer.byteLength > 2 * blob.bytes.length ? Buffer.from(blob.bytes) : blob.bytes;
      versions.put(blob.lineage.key, { bytes, findings: outcome.findings, wholeFile: outcome.wholeFile }, blob.lineage.uses);
    }
  };
  try {
    for await (const event of source.events()) {
      if (event.type === 'skip') {
        skip(event.path, event.reason, event.message);
        if (event.reason === 'oversize') collect(event.path, event.origin, detectByName(compiled, event.path));
        continue;
      }
      const { blob } = event;
      // a later version of a file scanned earlier in this run: only what changed is scanned, here
      const base = blob.lineage?.base !== undefined ? versions.take(blob.lineage.base) : undefined;
      if (base) {
        settle(blob, detectChanged(compiled, blob.path, blob.bytes, base));
        continue;
      }
      if (blob.origin.kind === 'file' && blob.bytes.length >= MIN_COPY_BYTES) {
        const key = `${contentHash(blob.bytes)}\0${pathClass(compiled, blob.path)}`;
        const known = copies.get(key);
        if (known?.outcome) {
          handle(blob, known.outcome);
          continue;
        }
        if (known) {
          known.waiting.push(blob);
          continue;
        }
        copies.set(key, { waiting: [] });
        copyKeys.set(blob, key);
      }
      seenBytes += blob.bytes.length;
      if (pool === null && seenBytes > POOL_THRESHOLD_BYTES) pool = await startPool(options.detectors, options.sourceCores ?? 0);
      if (!pool) {
        settle(blob, detectBlob(compiled, blob.path, blob.bytes));
        continue;
      }
      batch.push(blob);
      batchBytes += blob.bytes.length;
      if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) await flush(pool);
    }
    if (pool) await flush(pool);
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }

  const findings = (await Promise.all(pending)).filter((f): f is Finding => f !== undefined).sort(compareFindings);
  stats.durationMs = Math.round(performance.now() - started);
  return { findings, stats, warnings };
}

async function startPool(detectors: readonly Detector[], sourceCores: number): Promise<DetectPool | undefined> {
  const { allDetectors } = await import('../../detectors/index.js');
  return createDetectPool(detectors, new Set(allDetectors.map((d) => d.id)), defaultPoolSize(process.env, sourceCores));
}

/** Raw finding → Finding: fingerprint, redaction, message. */
async function finish(compiled: CompiledDetectors, raw: RawFinding, path: string, origin: Origin | undefined, reveal: boolean): Promise<Finding> {
  const d = compiled.detectors[raw.detector] as Detector;
  const fingerprint =
    raw.secret !== undefined ? await secretFingerprint(d.id, raw.secret) : practiceFingerprint(d.id, path, raw.detail);
  const redacted = raw.secret !== undefined ? redact(raw.secret) : '';
  return {
    detectorId: d.id,
    title: d.title,
    policy: raw.policy,
    severity: d.severity,
    path,
    line: raw.line,
    column: raw.column,
    endLine: raw.endLine,
    endColumn: raw.endColumn,
    fingerprint,
    redacted,
    message: findingMessage(d.title, raw.detail, redacted),
    ...(reveal && raw.secret !== undefined ? { secret: raw.secret } : {}),
    ...(origin && (origin.kind === 'git-blob' || origin.kind === 'index') ? { blob: origin.oid } : {}),
  };
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

