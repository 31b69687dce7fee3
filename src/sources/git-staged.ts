// The staged source: the blobs in the index that the staged change adds or modifies, and the filter
// that keeps only findings on the lines the change adds. A blob is read from the work tree when the
// file there hashes to its object id (the same bytes), else through one `git cat-file --batch`.
import { createHash } from 'node:crypto';
import type { Blob, Finding, FindingFilter, Source, SourceEvent } from '../types.js';
import { readBlobs } from './blob-reader.js';
import { readFileRef } from './read-file.js';
import type { StagedFile } from './staged-diff.js';

export interface StagedSourceOptions {
  readonly exclude?: (path: string) => boolean;
  readonly maxFileSize: number;
  /** Only findings on added lines are reported: modified files carry their added lines' byte ranges (Blob.ranges). */
  readonly onlyAdded?: boolean;
}

export function gitStagedSource(top: string, files: readonly StagedFile[], options: StagedSourceOptions): Source {
  return {
    name: 'staged',
    async *events(): AsyncGenerator<SourceEvent> {
      const wanted: StagedFile[] = [];
      for (const file of files) {
        if (options.exclude?.(file.path)) {
          yield { type: 'skip', path: file.path, reason: 'ignored-by-rule' };
          continue;
        }
        // a file staged whole is in the work tree as it is in the index: read there, no git process
        const bytes = sameInWorkTree(top, file, options.maxFileSize);
        if (bytes) yield { type: 'blob', blob: stagedBlob(file, bytes, options.onlyAdded) };
        else wanted.push(file);
      }
      if (wanted.length === 0) return;
      for await (const read of readBlobs(top, wanted, (f) => f.oid, options.maxFileSize)) {
        const { path, oid } = read.item;
        const origin = { kind: 'index', oid } as const;
        if (read.kind === 'blob') yield { type: 'blob', blob: stagedBlob(read.item, read.bytes, options.onlyAdded) };
        else if (read.kind === 'oversize') yield { type: 'skip', path, reason: 'oversize', origin };
        else yield { type: 'skip', path, reason: 'unreadable', origin, message: `staged object ${oid} is missing; run git add again` };
      }
    },
  };
}

/** The blob of a staged file; a modified one scanned around its added lines only (a renamed or retyped one whole: its practice findings are about its new path). */
function stagedBlob(file: StagedFile, bytes: Buffer, onlyAdded: boolean | undefined): Blob {
  const { path, oid, added, status } = file;
  const ranges = onlyAdded && added !== 'all' && status === 'M' ? lineRanges(bytes, added) : undefined;
  return { path, bytes, origin: { kind: 'index', oid }, ...(ranges ? { ranges } : {}) };
}

/**
 * The staged file's bytes read from the work tree when they are the index's blob: its git object id
 * (SHA-1, or SHA-256 in a repository of that format) computed over the file equals the staged one.
 * Sparing `git cat-file` spares a pre-commit hook a process (~5 ms) in the common case, a file staged
 * whole; a file changed again since `git add`, one a clean filter rewrites (autocrlf, LFS), a symlink
 * (never followed) or one over the size limit is read from the index as before.
 */
function sameInWorkTree(top: string, file: StagedFile, maxBytes: number): Buffer | undefined {
  if (file.oid.length !== 40 && file.oid.length !== 64) return undefined;
  const read = readFileRef({ root: top, path: file.path, maxBytes });
  if (read?.type !== 'blob') return undefined;
  const { bytes } = read.blob;
  const id = createHash(file.oid.length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  return id === file.oid ? bytes : undefined;
}

/**
 * Keeps findings on lines the staged change adds, every finding of an added file, and for a renamed
 * file its practice findings (about the file at its new path, e.g. a template renamed to `.env`).
 */
export function addedLinesFilter(files: readonly StagedFile[]): FindingFilter {
  const byPath = new Map(files.map((f) => [f.path, f]));
  return {
    name: 'unchanged-lines',
    keep(finding: Finding): boolean {
      const file = byPath.get(finding.path);
      if (!file || file.added === 'all') return true;
      if (file.status === 'R' && finding.redacted === '') return true;
      for (let line = finding.line; line <= finding.endLine; line++) if (file.added.has(line)) return true;
      return false;
    },
  };
}

/** Byte ranges [start, end) of the given 1-based lines of `bytes`, consecutive lines joined. */
export function lineRanges(bytes: Buffer, lines: ReadonlySet<number>): [number, number][] {
  const wanted = [...lines].sort((a, b) => a - b);
  const out: [number, number][] = [];
  let line = 1;
  let at = 0;
  for (const n of wanted) {
    while (line < n && at < bytes.length) {
      const nl = bytes.indexOf(10, at);
      at = nl < 0 ? bytes.length : nl + 1;
      line++;
    }
    if (line !== n || at >= bytes.length) break; // past the end
    const nl = bytes.indexOf(10, at);
    const end = nl < 0 ? bytes.length : nl + 1;
    const last = out[out.length - 1];
    if (last && last[1] === at) last[1] = end;
    else out.push([at, end]);
  }
  return out;
}
