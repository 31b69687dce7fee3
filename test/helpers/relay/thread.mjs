// The relay's thread in the test worker: forwards each synchronous request to its relay process
// and wakes the waiting test thread when the reply is in.
import { workerData } from 'node:worker_threads';
import { startRelay } from './client.mjs';

const { port, flag } = workerData;
const wake = new Int32Array(flag);
const deliver = (message) => {
  port.postMessage(message);
  Atomics.store(wake, 0, 1);
  Atomics.notify(wake, 0);
};
const relay = startRelay(deliver, (how) => deliver({ id: -1, relayExit: how }));
port.on('message', (request) => relay.send(request));
