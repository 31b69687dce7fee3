// Detection on every core: a pool of worker threads, each with its own compiled copy of the
// detectors, fed with backpressure (at most a few blobs in flight per worker). Results come back
// in completion order; the engine sorts findings at the end, so output stays deterministic.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Detector } from '../types.js';
import type { BlobOutcome } from './detect-blob.js';

/** Set once by the CLI entry when the bundled worker script exists (dist/worker.js). */
let workerScript: URL | undefined;

export function setWorkerScript(url: URL | undefined): void {
  workerScript = url;
}

export interface DetectPool {
  /** Resolves with the blob's outcome; never more than `capacity` jobs are queued at once. */
  detect(path: string, bytes: Buffer): Promise<BlobOutcome>;
  readonly capacity: number;
  close(): Promise<void>;
}

export interface WorkerInit {
  readonly detectorIds: readonly string[];
}

interface Job {
  readonly resolve: (outcome: BlobOutcome) => void;
  readonly reject: (error: Error) => void;
}

/**
 * How many workers to use. Measured on 2 cores (npm run bench), two workers were slower than one
 * thread (each isolate compiles and tiers up ~250 patterns again, and the main thread is already
 * busy reading), so the pool starts only from 4 cores; SECRET_HYGIENE_WORKERS=N forces N (0: off).
 */
export function defaultPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.SECRET_HYGIENE_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced);
  const cores = availableParallelism();
  return cores >= 4 ? cores : 0;
}

/**
 * A pool over the built-in detectors given, or undefined when workers cannot help: no bundled
 * worker script (running from sources), too few cores, or detectors a worker cannot rebuild (custom
 * detectors from a config file are compiled only in the main thread).
 */
export function createDetectPool(detectors: readonly Detector[], builtInIds: ReadonlySet<string>, size = defaultPoolSize()): DetectPool | undefined {
  if (!workerScript || size < 1 || detectors.some((d) => !builtInIds.has(d.id))) return undefined;
  const init: WorkerInit = { detectorIds: detectors.map((d) => d.id) };
  const workers = Array.from({ length: size }, () => new Worker(workerScript as URL, { workerData: init }));
  const jobs = new Map<number, Job>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  let failure: Error | undefined;

  workers.forEach((worker, w) => {
    worker.on('message', (msg: { id: number; outcome: BlobOutcome }) => {
      load[w] = (load[w] ?? 1) - 1;
      const job = jobs.get(msg.id);
      jobs.delete(msg.id);
      job?.resolve(msg.outcome);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    });
  });

  return {
    capacity: size * 4,
    detect(path: string, bytes: Buffer): Promise<BlobOutcome> {
      if (failure) return Promise.reject(failure);
      const w = load.indexOf(Math.min(...load));
      load[w] = (load[w] ?? 0) + 1;
      const id = nextId++;
      // A copy: the source's buffer may be a view into a larger chunk that must not be detached.
      const copy = new Uint8Array(bytes.length);
      copy.set(bytes);
      return new Promise((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        (workers[w] as Worker).postMessage({ id, path, bytes: copy }, [copy.buffer]);
      });
    },
    async close(): Promise<void> {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
