// A detection worker: compiles the detectors named by the pool once, then turns batches into
// outcomes: blobs whose bytes come in the message, or working-tree files it reads itself.
import { parentPort, workerData } from 'node:worker_threads';
import { allDetectors } from '../../detectors/index.js';
import { readFileRef } from '../sources/read-file.js';
import type { Detector } from '../types.js';
import { CopyTable } from './copy-table.js';
import { compileDetectors, detectBlob, pathClass } from './detect-blob.js';
import type { FileResult, WorkerInit, WorkerMessage } from './pool.js';

const init = workerData as WorkerInit;
const byId = new Map(allDetectors.map((d) => [d.id, d]));
const compiled = compileDetectors(init.detectorIds.map((id) => byId.get(id) as Detector));

const copies = new CopyTable(init.copies);

/** Files are read into this and scanned at once: nothing of their bytes outlives the scan. */
const scratch = Buffer.allocUnsafe(1 << 20);

parentPort?.on('message', (msg: WorkerMessage) => {
  if (msg.kind === 'files') {
    parentPort?.postMessage({ id: msg.id, results: msg.files.map(readAndDetect) });
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

function readAndDetect(file: Parameters<typeof readFileRef>[0]): FileResult {
  const event = readFileRef(file, scratch);
  if (!event) return null;
  if (event.type === 'skip') return { skip: event.reason, ...(event.message !== undefined ? { message: event.message } : {}) };
  const { path, bytes } = event.blob;
  const claim = copies.claim(bytes, () => pathClass(compiled, path));
  if (!claim.first) return { bytes: bytes.length, copyOf: claim.slot };
  return { bytes: bytes.length, outcome: detectBlob(compiled, path, bytes), slot: claim.slot };
}
