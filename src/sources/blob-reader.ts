// Streams object contents through one long-lived `git cat-file --batch`, with backpressure both
// ways: ids are written only as fast as git reads them, and git runs at most READ_AHEAD bytes ahead
// of the consumer. Memory holds that much plus one blob, however large the repository.
import { SourceError } from '../errors.js';
import { BLOB_PACK_CONFIG } from '../git.js';
import { startGitPipe } from './pump.js';

export type BlobRead<T> =
  | { readonly kind: 'blob'; readonly item: T; readonly bytes: Buffer }
  | { readonly kind: 'oversize'; readonly item: T; readonly size: number }
  | { readonly kind: 'missing'; readonly item: T };

/**
 * Output of git taken ahead of the consumer: git inflates and resolves deltas on one core while the
 * detectors run on the other. With the pump worker draining git's pipe, 16 MiB ahead keeps git busy
 * (32 MiB was no faster and held 20-30 MB more at peak in a 20k-commit history).
 */
const READ_AHEAD = 16 * 1024 * 1024;

type Parsed = { readonly kind: 'blob'; readonly bytes: Buffer } | { readonly kind: 'oversize'; readonly size: number } | { readonly kind: 'missing' };

/** Reads the blob each item names, in order. Blobs over `maxSize` are reported, never held. */
export async function* readBlobs<T>(
  cwd: string,
  items: Iterable<T> | AsyncIterable<T>,
  oidOf: (item: T) => string,
  maxSize: number,
  options: { readonly pumped?: boolean } = {},
): AsyncGenerator<BlobRead<T>> {
  // a long read (a history) keeps git's pipe drained from a worker thread and bounds the pack mapped
  // (BLOB_PACK_CONFIG); a short one (a commit's staged files) would only wait for the worker to start
  const git = startGitPipe(cwd, ['cat-file', '--batch', '--buffer'], READ_AHEAD, options.pumped === true, options.pumped === true ? BLOB_PACK_CONFIG : []);
  const pending: T[] = [];
  let head = 0;
  let stopped = false;

  const writing = (async () => {
    for await (const item of items) {
      if (stopped) return;
      pending.push(item);
      const full = git.write(`${oidOf(item)}\n`);
      if (full) await full;
    }
    git.end();
  })();
  let writeError: unknown;
  writing.catch((e: unknown) => {
    writeError = e;
    git.kill();
  });

  const parser = new BatchParser(maxSize);
  let finished = false;
  try {
    for await (const chunk of git.output) {
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
      git.kill();
    }
  }
  await writing.catch(() => undefined);
  if (writeError !== undefined) throw writeError;
  const { code, stderr, spawnError } = await git.closed;
  if (spawnError !== undefined) throw new SourceError(`cannot run git (${spawnError}): install git and put it on PATH`);
  if (code !== 0 || head < pending.length) {
    throw new SourceError(`git cat-file failed in ${cwd}: ${stderr.trim().split('\n')[0] || `exit code ${code}`}; run 'git fsck' there to check the repository`);
  }
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
