// The git-history source: blobs are read from one `git cat-file --batch` and yielded once per path
// they are listed with (detectors that judge by path need the path; a blob kept unchanged through a
// thousand commits is still read and scanned once).
import type { Lineage, Source, SourceEvent } from '../types.js';
import { readBlobs } from './blob-reader.js';

export interface HistoryBlob {
  readonly oid: string;
  readonly paths: readonly string[];
  /** Per path: its place among the versions of that path (history scans only). */
  readonly lineage?: readonly Lineage[];
}

export interface GitBlobSourceOptions {
  /** Path rules (.secretsignore): an excluded path is never scanned; a blob with no path left is never read. */
  readonly exclude?: (path: string) => boolean;
  readonly maxFileSize: number;
  readonly name?: string;
  /** Keep git's output drained from a worker thread (long reads: a history). */
  readonly pumped?: boolean;
}

/** A source over git blobs (history or HEAD), read in the order given. */
export function gitBlobSource(repo: string, blobs: Iterable<HistoryBlob> | AsyncIterable<HistoryBlob>, options: GitBlobSourceOptions): Source {
  return {
    name: options.name ?? 'git-history',
    async *events(): AsyncGenerator<SourceEvent> {
      const excluded: string[] = [];
      const exclude = options.exclude;
      const wanted = async function* (): AsyncGenerator<HistoryBlob> {
        for await (const blob of blobs) {
          if (!exclude) {
            yield blob;
            continue;
          }
          const keep = blob.paths.map((p) => !exclude(p));
          const kept = blob.paths.filter((_, i) => keep[i]);
          if (kept.length < blob.paths.length) excluded.push(...blob.paths.filter((_, i) => !keep[i]));
          if (kept.length === blob.paths.length) yield blob;
          else if (kept.length > 0) yield { oid: blob.oid, paths: kept, ...(blob.lineage ? { lineage: blob.lineage.filter((_, i) => keep[i]) } : {}) };
        }
      };
      for await (const read of readBlobs(repo, wanted(), (b) => b.oid, options.maxFileSize, { pumped: options.pumped === true })) {
        yield* skipped(excluded);
        const origin = { kind: 'git-blob', oid: read.item.oid } as const;
        for (const [i, path] of read.item.paths.entries()) {
          const lineage = read.item.lineage?.[i];
          if (read.kind === 'blob') yield { type: 'blob', blob: lineage ? { path, bytes: read.bytes, origin, lineage } : { path, bytes: read.bytes, origin } };
          else if (read.kind === 'oversize') yield { type: 'skip', path, reason: 'oversize', origin };
          else yield { type: 'skip', path, reason: 'unreadable', origin, message: `object ${read.item.oid} is missing from the repository (a partial or shallow clone?): fetch the full history (git fetch --unshallow, or --refetch without the clone's filter) to scan this version` };
        }
      }
      yield* skipped(excluded);
    },
  };
}

function* skipped(paths: string[]): Generator<SourceEvent> {
  for (const path of paths.splice(0)) yield { type: 'skip', path, reason: 'ignored-by-rule' };
}
