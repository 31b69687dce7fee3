// Streams object contents through one long-lived `git cat-file --batch`, with backpressure both
// ways: ids are written only as fast as git reads them, and git runs at most READ_AHEAD bytes ahead
// of the consumer. Memory holds that much plus one blob, however large the repository.
import type { Readable, Writable } from 'node:stream';
import { SourceError } from '../errors.js';
import { spawnGit } from '../git.js';

export type BlobRead<T> =
  | { readonly kind: 'blob'; readonly item: T; readonly bytes: Buffer }
  | { readonly kind: 'oversize'; readonly item: T; readonly size: number }
  | { readonly kind: 'missing'; readonly item: T };

/**
 * Output of git taken ahead of the consumer: git inflates and resolves deltas on one core while the
 * detectors run on the other, and neither waits for the other on each 64 KiB pipe buffer.
 */
const READ_AHEAD = 32 * 1024 * 1024;

type Parsed = { readonly kind: 'blob'; readonly bytes: Buffer } | { readonly kind: 'oversize'; readonly size: number } | { readonly kind: 'missing' };

/** Reads the blob each item names, in order. Blobs over `maxSize` are reported, never held. */
export async function* readBlobs<T>(
  cwd: string,
  items: Iterable<T> | AsyncIterable<T>,
  oidOf: (item: T) => string,
  maxSize: number,
): AsyncGenerator<BlobRead<T>> {
  const child = spawnGit(cwd, ['cat-file', '--batch', '--buffer']);
  const pending: T[] = [];
  let head = 0;
  let stopped = false;
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => void (stderr += b.toString('utf8')));
  child.stdin.on('error', () => undefined); // git died: reported by the reader below
  const closed = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  let spawnError: Error | undefined;
  child.on('error', (e) => (spawnError = e));

  const writing = (async () => {
    for await (const item of items) {
      if (stopped) return;
      pending.push(item);
      if (!child.stdin.write(`${oidOf(item)}\n`)) await drained(child.stdin);
    }
    child.stdin.end();
  })();
  let writeError: unknown;
  writing.catch((e: unknown) => {
    writeError = e;
    child.kill();
  });

  const parser = new BatchParser(maxSize);
  let finished = false;
  try {
    for await (const chunk of readAhead(child.stdout, READ_AHEAD)) {
      for (const parsed of parser.push(chunk)) {
        if (head >= pending.length) throw new SourceError(`git cat-file in ${cwd}: answered more objects than asked`);
        const item = pending[head] as T;
        head++;
        if (head > 4096 && head * 2 > pending.length) {
          pending.splice(0, head);
          head = 0;
        }
        yield { ...parsed, item };
      }
    }
    finished = true;
  } finally {
    if (!finished) {
      stopped = true;
      child.kill();
    }
  }
  await writing.catch(() => undefined);
  if (writeError !== undefined) throw writeError;
  const code = await closed;
  if (spawnError) throw new SourceError(`cannot run git (${spawnError.message}): install git and put it on PATH`);
  if (code !== 0 || head < pending.length) {
    throw new SourceError(`git cat-file failed in ${cwd}: ${stderr.trim().split('\n')[0] || `exit code ${code}`}`);
  }
}

/** The stream's chunks, read eagerly while fewer than `limit` bytes wait for the consumer. */
export async function* readAhead(stream: Readable, limit: number): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let head = 0;
  let queued = 0;
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const onData = (chunk: Buffer): void => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= limit) stream.pause();
    notify();
  };
  const onEnd = (): void => {
    ended = true;
    notify();
  };
  const onError = (e: Error): void => {
    failure = e;
    notify();
  };
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('close', onEnd);
  stream.on('error', onError);
  try {
    for (;;) {
      if (head < queue.length) {
        const chunk = queue[head] as Buffer;
        queue[head++] = EMPTY;
        if (head > 1024 && head * 2 > queue.length) queue.splice(0, head), (head = 0);
        queued -= chunk.length;
        if (queued < limit / 2 && stream.isPaused()) stream.resume();
        yield chunk;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('close', onEnd);
    stream.off('error', onError);
  }
}

const EMPTY = Buffer.alloc(0);

function drained(stream: Writable): Promise<void> {
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

interface Body {
  readonly size: number;
  /** Bytes still to read, the trailing LF included. */
  remaining: number;
  /** Where the content goes; undefined for objects skipped unread (oversize, not a blob). */
  readonly target: Buffer | undefined;
  readonly skipped: Parsed;
}

/** Parses `<oid> <type> <size>\n<content>\n` records (and `<name> missing\n`) across chunk boundaries. */
export class BatchParser {
  private header: Buffer[] = [];
  private body: Body | undefined;

  constructor(private readonly maxSize: number) {}

  push(chunk: Buffer): Parsed[] {
    const out: Parsed[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      if (this.body) {
        pos = this.fill(this.body, chunk, pos, out);
        continue;
      }
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        this.header.push(chunk.subarray(pos));
        break;
      }
      const line = this.header.length === 0 ? chunk.toString('latin1', pos, nl) : Buffer.concat([...this.header, chunk.subarray(pos, nl)]).toString('latin1');
      this.header = [];
      pos = nl + 1;
      const start = this.start(line);
      if ('kind' in start) {
        out.push(start);
        continue;
      }
      const remaining = start.size + 1;
      if (start.wanted && chunk.length - pos >= remaining) {
        out.push({ kind: 'blob', bytes: chunk.subarray(pos, pos + start.size) }); // whole body in this chunk: no copy
        pos += remaining;
        continue;
      }
      this.body = { size: start.size, remaining, target: start.wanted ? Buffer.allocUnsafe(start.size) : undefined, skipped: start.skipped };
    }
    return out;
  }

  private start(line: string): Parsed | { readonly size: number; readonly wanted: boolean; readonly skipped: Parsed } {
    const parts = line.split(' ');
    if (parts.length !== 3) return { kind: 'missing' };
    const size = Number(parts[2]);
    if (!Number.isSafeInteger(size) || size < 0) throw new SourceError(`git cat-file: unexpected answer '${line.slice(0, 80)}'`);
    if (parts[1] !== 'blob') return { size, wanted: false, skipped: { kind: 'missing' } };
    if (size > this.maxSize) return { size, wanted: false, skipped: { kind: 'oversize', size } };
    return { size, wanted: true, skipped: { kind: 'missing' } };
  }

  private fill(body: Body, chunk: Buffer, pos: number, out: Parsed[]): number {
    const n = Math.min(body.remaining, chunk.length - pos);
    const done = body.size + 1 - body.remaining;
    if (body.target && done < body.size) chunk.copy(body.target, done, pos, pos + Math.min(n, body.size - done));
    body.remaining -= n;
    if (body.remaining === 0) {
      out.push(body.target ? { kind: 'blob', bytes: body.target } : body.skipped);
      this.body = undefined;
    }
    return pos + n;
  }
}
