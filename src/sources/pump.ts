// The main thread's side of a git process run by a pump worker (git-pump.ts), or in this thread when
// the bundled worker script is absent (running from sources): the same interface either way.
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { spawnGit } from '../git.js';
import { AsyncQueue } from './async-queue.js';

export interface PumpInit {
  readonly cwd: string;
  readonly args: readonly string[];
  readonly readAhead: number;
  /** `-c` settings beyond the hardening (spawnGit). */
  readonly config?: readonly string[];
}

export type PumpRequest =
  | { readonly kind: 'write'; readonly text: string }
  | { readonly kind: 'end' }
  | { readonly kind: 'ack'; readonly bytes: number }
  | { readonly kind: 'kill' };

export type PumpReply =
  | { readonly kind: 'data'; readonly chunks: readonly Uint8Array[] }
  | { readonly kind: 'end'; readonly code: number; readonly stderr: string }
  | { readonly kind: 'spawn-error'; readonly message: string };

/** Exit code and stderr once git has exited; spawnError when it could not start. */
export interface GitExit {
  readonly code: number;
  readonly stderr: string;
  readonly spawnError?: string;
}

/** A running git process: write to its input, read its output, learn how it ended. */
export interface GitPipe {
  write(text: string): Promise<void> | undefined;
  end(): void;
  readonly output: AsyncIterable<Buffer>;
  kill(): void;
  readonly closed: Promise<GitExit>;
}

/** Set once by the CLI entry when the bundled pump script exists (dist/git-pump.js). */
let pumpScript: URL | undefined;

export function setPumpScript(url: URL | undefined): void {
  pumpScript = url;
}

/** Starts `git <args>`: in a pump worker when asked and one can be started, else in this thread. */
export function startGitPipe(cwd: string, args: readonly string[], readAheadBytes: number, pumped: boolean, config: readonly string[] = []): GitPipe {
  return pumped && pumpScript ? pumpedPipe(pumpScript, { cwd, args, readAhead: readAheadBytes, config }) : localPipe(cwd, args, readAheadBytes, config);
}

function localPipe(cwd: string, args: readonly string[], readAheadBytes: number, config: readonly string[]): GitPipe {
  const child = spawnGit(cwd, args, config);
  let stderr = '';
  let spawnError: string | undefined;
  child.stderr.on('data', (b: Buffer) => void (stderr += b.toString('utf8')));
  child.stdin.on('error', () => undefined); // git died: reported by the reader
  child.on('error', (e) => (spawnError = e.message));
  const closed = new Promise<GitExit>((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? 1, stderr, ...(spawnError !== undefined ? { spawnError } : {}) })),
  );
  return {
    write: (text) => (child.stdin.write(text) ? undefined : drained(child.stdin)),
    end: () => child.stdin.end(),
    output: readAhead(child.stdout, readAheadBytes),
    kill: () => child.kill(),
    closed,
  };
}

function pumpedPipe(script: URL, init: PumpInit): GitPipe {
  // loaded here, not on import (as in engine/pool.ts): a pre-commit hook's scan never starts a worker
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new Worker(script, { workerData: init });
  const queue = new AsyncQueue<Buffer>();
  let exit: GitExit | undefined;
  let spawnError: string | undefined;
  let resolveClosed: (value: GitExit) => void = () => undefined;
  const closed = new Promise<GitExit>((resolve) => (resolveClosed = resolve));
  const finish = (result: GitExit): void => {
    exit ??= result;
    resolveClosed(exit);
    queue.end();
    void worker.terminate();
  };
  worker.on('message', (reply: PumpReply) => {
    if (reply.kind === 'data') for (const c of reply.chunks) queue.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    else if (reply.kind === 'spawn-error') spawnError = reply.message;
    else finish({ code: reply.code, stderr: reply.stderr, ...(spawnError !== undefined ? { spawnError } : {}) });
  });
  worker.on('error', (error) => {
    queue.fail(error);
    finish({ code: 1, stderr: error.message });
  });
  const send = (request: PumpRequest): void => worker.postMessage(request);
  // lines written in one turn of the event loop go to the worker as one message
  let text = '';
  const flushText = (): void => {
    if (text) send({ kind: 'write', text });
    text = '';
  };
  let taken = 0; // bytes taken since the last ack
  const output = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of queue.drain()) {
      taken += chunk.length;
      if (taken >= ACK_BYTES) {
        send({ kind: 'ack', bytes: taken });
        taken = 0;
      }
      yield chunk;
    }
  };
  return {
    write: (line) => {
      if (!text) setImmediate(flushText);
      text += line;
      if (text.length >= 64 * 1024) flushText();
      return undefined;
    },
    end: () => {
      flushText();
      send({ kind: 'end' });
    },
    output: output(),
    kill: () => {
      send({ kind: 'kill' });
      finish({ code: 1, stderr: '' });
    },
    closed,
  };
}

/** The stream's chunks, read eagerly while fewer than `limit` bytes wait for the consumer. */
export async function* readAhead(stream: Readable, limit: number): AsyncGenerator<Buffer> {
  const queue = new AsyncQueue<Buffer>();
  let queued = 0;
  const onData = (chunk: Buffer): void => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= limit) stream.pause();
  };
  const onEnd = (): void => queue.end();
  const onError = (e: Error): void => queue.fail(e);
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('close', onEnd);
  stream.on('error', onError);
  try {
    for await (const chunk of queue.drain()) {
      queued -= chunk.length;
      if (queued < limit / 2 && stream.isPaused()) stream.resume();
      yield chunk;
    }
  } finally {
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('close', onEnd);
    stream.off('error', onError);
  }
}

/** The main thread tells the pump what it has taken in steps of this many bytes (one message each). */
const ACK_BYTES = 2 << 20;

function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
