// The staged source: the blobs in the index that the staged change adds or modifies, read through
// one `git cat-file --batch` (never the work tree), and the filter that keeps only findings on the
// lines the change adds.
import type { Finding, FindingFilter, Source, SourceEvent } from '../types.js';
import { readBlobs } from './blob-reader.js';
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
        if (options.exclude?.(file.path)) yield { type: 'skip', path: file.path, reason: 'ignored-by-rule' };
        else wanted.push(file);
      }
      for await (const read of readBlobs(top, wanted, (f) => f.oid, options.maxFileSize)) {
        const { path, oid } = read.item;
        const origin = { kind: 'index', oid } as const;
        if (read.kind === 'blob') {
          // a renamed or retyped file is scanned whole: its practice findings are about its new path
          const { added, status } = read.item;
          const ranges = options.onlyAdded && added !== 'all' && status === 'M' ? lineRanges(read.bytes, added) : undefined;
          yield { type: 'blob', blob: { path, bytes: read.bytes, origin, ...(ranges ? { ranges } : {}) } };
        }
        else if (read.kind === 'oversize') yield { type: 'skip', path, reason: 'oversize', origin };
        else yield { type: 'skip', path, reason: 'unreadable', origin, message: `staged object ${oid} is missing; run git add again` };
      }
    },
  };
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
