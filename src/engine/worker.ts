// A detection worker: compiles the detectors named by the pool once, then turns blobs into outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import { allDetectors } from '../../detectors/index.js';
import type { Detector } from '../types.js';
import { compileDetectors, detectBlob } from './detect-blob.js';
import type { BatchMessage, WorkerInit } from './pool.js';

const init = workerData as WorkerInit;
const byId = new Map(allDetectors.map((d) => [d.id, d]));
const compiled = compileDetectors(init.detectorIds.map((id) => byId.get(id) as Detector));

parentPort?.on('message', (msg: BatchMessage) => {
  const all = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength);
  let start = 0;
  const outcomes = msg.paths.map((path, i) => {
    const end = msg.ends[i] as number;
    const outcome = detectBlob(compiled, path, all.subarray(start, end));
    start = end;
    return outcome;
  });
  parentPort?.postMessage({ id: msg.id, outcomes });
});
