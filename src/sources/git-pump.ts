// A worker thread that runs one long-lived git process and keeps its output pipe drained: the main
// thread's event loop stalls while it scans, and a pipe nobody reads holds 64 KiB, so git would
// wait on every 64 KiB. Here git's output gathers in batches sent (transferred) to the main thread,
// at most `readAhead` bytes beyond what it has taken.
import { parentPort, workerData } from 'node:worker_threads';
import { spawnGit } from '../git.js';
import type { PumpInit, PumpReply, PumpRequest } from './pump.js';

const { cwd, args, readAhead, config } = workerData as PumpInit;
const port = parentPort;
const BATCH = 1 << 20;
/** Below this many bytes sent and not yet taken, output goes to the main thread at once. */
const LOW_WATER = 4 << 20;

const child = spawnGit(cwd, args, config);
let stderr = '';
child.stderr.on('data', (b: Buffer) => void (stderr += b.toString('utf8')));
child.stdin.on('error', () => undefined); // git died: its exit code says so
child.on('error', (e) => post({ kind: 'spawn-error', message: e.message }));

let pending: Buffer[] = [];
let pendingBytes = 0;
let unacked = 0;
let scheduled = false;

function post(reply: PumpReply, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(reply, transfer);
}

/**
 * Sends the chunks read so far in one message. A chunk that is the whole of its memory (as pipe reads
 * are) is transferred, not copied: the main thread frees it when it has scanned it, while a copy left
 * here would wait for this thread's rare garbage collections (60 MB more peak memory in a history).
 */
function flush(): void {
  scheduled = false;
  if (pendingBytes === 0) return;
  const chunks: Uint8Array[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const chunk of pending) {
    const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer;
    const out = whole ? new Uint8Array(chunk.buffer, 0, chunk.byteLength) : Uint8Array.from(chunk);
    chunks.push(out);
    transfer.push(out.buffer as ArrayBuffer);
  }
  pending = [];
  pendingBytes = 0;
  post({ kind: 'data', chunks }, transfer);
}

child.stdout.on('data', (chunk: Buffer) => {
  pending.push(chunk);
  pendingBytes += chunk.length;
  unacked += chunk.length;
  // big batches while the main thread has plenty waiting (fewer messages), prompt ones when it runs low
  const waiting = unacked - pendingBytes;
  if (pendingBytes >= BATCH) flush();
  else if (!scheduled && waiting < LOW_WATER) {
    scheduled = true;
    setImmediate(flush);
  }
  if (unacked >= readAhead) child.stdout.pause();
});
child.stdout.on('end', flush);
child.on('close', (code) => {
  flush();
  post({ kind: 'end', code: code ?? 1, stderr });
});

port?.on('message', (request: PumpRequest) => {
  if (request.kind === 'ack') {
    unacked -= request.bytes;
    if (unacked < readAhead / 2 && child.stdout.isPaused()) child.stdout.resume();
  } else if (request.kind === 'write') child.stdin.write(request.text);
  else if (request.kind === 'end') child.stdin.end();
  else child.kill();
});
