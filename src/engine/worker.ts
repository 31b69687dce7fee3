// A detection worker: compiles the detectors named by the pool once, then turns batches into
// outcomes: blobs whose bytes come in the message, or working-tree files it reads itself.
import { parentPort, workerData } from 'node:worker_threads';
import { allDetectors } from '../../detectors/index.js';
import type { Detector } from '../types.js';
import { setArchiveDepth } from './archive.js';
import { setBundledTables } from './automaton.js';
import { CopyTable } from './copy-table.js';
import { compileDetectors, detectBlob } from './detect-blob.js';
import type { WorkerInit, WorkerMessage } from './pool.js';
import { readAndScan } from './read-and-scan.js';

setBundledTables(new URL('./prefilter.bin', import.meta.url));
const init = workerData as WorkerInit;
setArchiveDepth(init.archiveDepth);
const byId = new Map(allDetectors.map((d) => [d.id, d]));
const compiled = compileDetectors(init.detectorIds.map((id) => byId.get(id) as Detector));

const copies = new CopyTable(init.copies);

/** Files are read into this and scanned at once: nothing of their bytes outlives the scan. */
const scratch = Buffer.allocUnsafe(1 << 20);

parentPort?.on('message', (msg: WorkerMessage) => {
  if (msg.kind === 'keep-code') return; // the loader's (pool.ts)
  if (msg.kind === 'files') {
    parentPort?.postMessage({ id: msg.id, results: msg.files.map((file) => readAndScan(file, compiled, copies, scratch)) });
    return;
  }
  const all = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength);
  let start = 0;
  const results = msg.paths.map((path, i) => {
    const end = msg.ends[i] as number;
    const outcome = detectBlob(compiled, path, all.subarray(start, end));
    start = end;
    return outcome;
  });
  parentPort?.postMessage({ id: msg.id, results });
});
