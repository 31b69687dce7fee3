// Detection on every core: a pool of worker threads, each with its own compiled copy of the
// detectors, fed with backpressure (at most a few blobs in flight per worker). Results come back
// in completion order; the engine sorts findings at the end, so output stays deterministic.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Detector, FileRef } from '../types.js';
import { archiveDepth } from './archive.js';
import type { BlobOutcome } from './detect-blob.js';
import type { FileResult } from './read-and-scan.js';

/** Set once by the CLI entry when the bundled worker script exists (dist/worker.cjs). */
let workerScript: URL | undefined;

export function setWorkerScript(url: URL | undefined): void {
  workerScript = url;
}

export interface DetectPool {
  /** Resolves with each blob's outcome, in order; callers send a batch only while `idle` > 0. */
  detectBatch(blobs: readonly { readonly path: string; readonly bytes: Buffer }[]): Promise<BlobOutcome[]>;
  /** Working-tree files the worker reads itself: each one's outcome, skip, or null (nothing to scan), in order. */
  detectFiles(files: readonly FileRef[]): Promise<FileResult[]>;
  /** Batches the workers can take now without waiting. */
  readonly idle: number;
  close(): Promise<void>;
}

export interface WorkerInit {
  readonly detectorIds: readonly string[];
  /** Archive layers to open (archive.ts: the scan's --max-archive-depth). */
  readonly archiveDepth: number;
  /** The scan's table of identical files (CopyTable.share()), claimed in by every thread. */
  readonly copies: SharedArrayBuffer;
  /** For the loader of a CommonJS worker bundle: the bundle, the folder where its compiled code is kept, and bin/compiled-code.cjs. */
  readonly code?: { readonly file: string; readonly cacheFolder: string | undefined; readonly helper: string };
}

/** Where bin/run-cli.js says compiled code is kept (the user's cache folder), if anywhere. */
const CODE_CACHE = Symbol.for('secret-hygiene.compile-cache');

/**
 * For a worker on the CommonJS bundle (dist/worker.cjs), started the way bin/run-cli.js starts the
 * CLI (through WORKER_LOADER, below, and bin/compiled-code.cjs beside dist/), its part of
 * WorkerInit; undefined for another script (ESM), which starts as it is. The bundle is compiled
 * with the code V8 kept from an earlier run (60-70 ms of each worker's start), which the worker
 * writes when the pool closes (its code warm from the scan) if there was none or V8 rejected it.
 */
function startWorkerCode(script: URL): WorkerInit['code'] {
  const helper = new URL('../bin/compiled-code.cjs', script);
  if (!script.pathname.endsWith('.cjs') || !existsSync(helper)) return undefined;
  const folder = (globalThis as Record<symbol, unknown>)[CODE_CACHE];
  return { file: fileURLToPath(script), cacheFolder: typeof folder === 'string' ? folder : undefined, helper: fileURLToPath(helper) };
}

/** A worker's entry for the CommonJS bundle: bin/compiled-code.cjs runs it, and keeps its code when the pool closes. */
const WORKER_LOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const { file, cacheFolder, helper } = workerData.code;
const loaded = require(helper).runKept(file, cacheFolder, 'worker');
let needed = cacheFolder !== undefined && loaded.used === undefined;
parentPort.on('message', (msg) => {
  if (msg.kind !== 'keep-code') return;
  if (needed) {
    needed = false;
    loaded.keep();
  }
  parentPort.postMessage({ keptCode: true });
});
`;

export type WorkerMessage = BatchMessage | FilesMessage | KeepCodeMessage;

/** At the pool's close: the worker's loader writes the compiled code of the bundle if it must, then answers `{ keptCode: true }`. */
export interface KeepCodeMessage {
  readonly kind: 'keep-code';
}

/** Files for a worker to read and scan. */
export interface FilesMessage {
  readonly kind: 'files';
  readonly id: number;
  readonly files: readonly FileRef[];
}

/** One message to a worker: several blobs' bytes in one transferred buffer. */
export interface BatchMessage {
  readonly kind: 'blobs';
  readonly id: number;
  readonly paths: readonly string[];
  /** End offset of each blob in `bytes`. */
  readonly ends: readonly number[];
  readonly bytes: Uint8Array;
}

interface Job {
  readonly resolve: (results: unknown[]) => void;
  readonly reject: (error: Error) => void;
}

/** Batches a worker may hold (one being scanned, one waiting). */
const PER_WORKER = 2;

/**
 * How many workers to use: one fewer than the cores, since the main thread, between reading files,
 * scans every batch the workers are too busy to take, and fewer again by the cores the source keeps
 * busy itself (a history's git cat-file). None on two cores: there the main thread alone already keeps
 * V8's collector and compiler threads busy on the other core (1.3 cores of CPU for one scanning
 * thread), a worker compiles every detector's code again, and two processes scanning at once get 1.25
 * times the work of one done; a worker made every tree slower (node_modules 0.77 → 0.86 s, growthbook
 * 0.98 → 1.33 s, a 275 MB tree 1.41 → 1.60 s, 118 real repositories 20.2 → 21.2 s) and a history
 * too. SECRET_HYGIENE_WORKERS=N forces N (0: off).
 */
export function defaultPoolSize(env: NodeJS.ProcessEnv = process.env, sourceCores = 0, cores = availableParallelism()): number {
  const forced = env.SECRET_HYGIENE_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced);
  if (cores <= 2) return 0;
  return Math.max(0, cores - 1 - sourceCores);
}

/**
 * A pool over the built-in detectors given, or undefined when workers cannot help: no bundled
 * worker script (running from sources), a single core, or detectors a worker cannot rebuild (custom
 * detectors from a config file are compiled only in the main thread).
 */
export function createDetectPool(
  detectors: readonly Detector[],
  builtInIds: ReadonlySet<string>,
  copies: SharedArrayBuffer,
  size = defaultPoolSize(),
): DetectPool | undefined {
  if (!workerScript || size < 1 || detectors.some((d) => !builtInIds.has(d.id))) return undefined;
  const init: WorkerInit = { detectorIds: detectors.map((d) => d.id), archiveDepth: archiveDepth(), copies };
  const code = startWorkerCode(workerScript);
  // loaded here, not on import: a pre-commit hook's scan runs in one thread and never pays for it
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: size }, () => (code ? new Worker(WORKER_LOADER, { eval: true, workerData: { ...init, code } }) : new Worker(workerScript as URL, { workerData: init })));
  const jobs = new Map<number, Job>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  let failure: Error | undefined;

  workers.forEach((worker, w) => {
    worker.on('message', (msg: { id: number; results: unknown[] } | { keptCode: true }) => {
      if ('keptCode' in msg) return; // answered at close (below)
      load[w] = (load[w] ?? 1) - 1;
      const job = jobs.get(msg.id);
      jobs.delete(msg.id);
      job?.resolve(msg.results);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    });
  });

  /** Posts to the least loaded worker; resolves with its reply's results. */
  const send = <R>(message: (id: number) => WorkerMessage, transfer: ArrayBuffer[]): Promise<R[]> => {
    if (failure) return Promise.reject(failure);
    const w = load.indexOf(Math.min(...load));
    load[w] = (load[w] ?? 0) + 1;
    const id = nextId++;
    return new Promise<R[]>((resolve, reject) => {
      jobs.set(id, { resolve: (results) => resolve(results as R[]), reject });
      (workers[w] as Worker).postMessage(message(id), transfer);
    });
  };

  return {
    get idle(): number {
      return failure ? 0 : load.reduce((free, n) => free + Math.max(0, PER_WORKER - n), 0);
    },
    detectBatch(blobs): Promise<BlobOutcome[]> {
      // One copy into a buffer of its own, transferred: the sources' buffers may be views into larger chunks.
      let total = 0;
      for (const b of blobs) total += b.bytes.length;
      const bytes = new Uint8Array(total);
      const ends: number[] = [];
      let at = 0;
      for (const b of blobs) {
        bytes.set(b.bytes, at);
        at += b.bytes.length;
        ends.push(at);
      }
      return send<BlobOutcome>((id) => ({ kind: 'blobs', id, paths: blobs.map((b) => b.path), ends, bytes }), [bytes.buffer]);
    },
    detectFiles(files): Promise<FileResult[]> {
      return send<FileResult>((id) => ({ kind: 'files', id, files }), []);
    },
    async close(): Promise<void> {
      // a worker on the CommonJS bundle keeps its compiled code first (a round trip; the write once)
      if (code?.cacheFolder !== undefined && !failure) {
        const kept = workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.on('message', (msg: object) => void ('keptCode' in msg && resolve()));
              worker.postMessage({ kind: 'keep-code' } satisfies KeepCodeMessage);
            }),
        );
        await Promise.race([Promise.all(kept), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
