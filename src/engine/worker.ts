// A detection worker: compiles the detectors named by the pool once, then turns blobs into outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import { allDetectors } from '../../detectors/index.js';
import type { Detector } from '../types.js';
import { compileDetectors, detectBlob } from './detect-blob.js';
import type { WorkerInit } from './pool.js';

const init = workerData as WorkerInit;
const byId = new Map(allDetectors.map((d) => [d.id, d]));
const compiled = compileDetectors(init.detectorIds.map((id) => byId.get(id) as Detector));

parentPort?.on('message', (msg: { id: number; path: string; bytes: Uint8Array }) => {
  const bytes = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength);
  parentPort?.postMessage({ id: msg.id, outcome: detectBlob(compiled, msg.path, bytes) });
});
