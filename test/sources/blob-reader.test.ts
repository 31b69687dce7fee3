import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchParser, readBlobs as readBlobsIn, type BlobRead } from '../../src/sources/blob-reader.js';
import { setPumpScript } from '../../src/sources/pump.js';
import { git, tmpRepo } from '../helpers/tmp.js';

const PUMP = join(resolve(import.meta.dirname, '../..'), 'dist/git-pump.js');

/** `cat-file --batch` records for these contents, as git writes them. */
function batch(contents: readonly (string | Buffer)[], type = 'blob'): Buffer {
  return Buffer.concat(
    contents.flatMap((c, i) => {
      const bytes = Buffer.isBuffer(c) ? c : Buffer.from(c);
      return [Buffer.from(`${String(i).padStart(40, '0')} ${type} ${bytes.length}\n`), bytes, Buffer.from('\n')];
    }),
  );
}

function parseInChunks(data: Buffer, size: number, maxSize = 1 << 20): unknown[] {
  const parser = new BatchParser(maxSize);
  const out: unknown[] = [];
  for (let i = 0; i < data.length; i += size) out.push(...parser.push(data.subarray(i, i + size)));
  return out.map((p) => (typeof p === 'object' && p && 'bytes' in p ? { kind: 'blob', text: (p as { bytes: Buffer }).bytes.toString('latin1') } : p));
}

describe('BatchParser', () => {
  const contents = ['hello\nworld\n', '', 'x'.repeat(300), Buffer.from([0, 1, 2, 10, 10])];
  const expected = contents.map((c) => ({ kind: 'blob', text: Buffer.isBuffer(c) ? c.toString('latin1') : c }));

  it('parses records split at every possible chunk size', () => {
    const data = batch(contents);
    for (const size of [1, 2, 3, 7, 41, 64, 1000, data.length]) expect(parseInChunks(data, size), `chunks of ${size}`).toEqual(expected);
  });

  it('reports oversize blobs, missing objects and non-blobs without holding them', () => {
    const data = Buffer.concat([batch(['small', 'y'.repeat(50)]), Buffer.from('abc missing\n'), batch(['tree bytes'], 'tree')]);
    expect(parseInChunks(data, 5, 10)).toEqual([{ kind: 'blob', text: 'small' }, { kind: 'oversize', size: 50 }, { kind: 'missing' }, { kind: 'missing' }]);
  });
});

// In this thread, and through the pump worker that keeps git's pipe drained (history scans).
/** 36 blobs of 1 MiB, more than the pump's read-ahead: built once, for both modes below. */
let big: { files: Record<string, string>; dir: string; ids: string[] } | undefined;
function bigRepo(): { files: Record<string, string>; dir: string; ids: string[] } {
  if (big) return big;
  const files: Record<string, string> = {};
  for (let i = 0; i < 36; i++) files[`f${i}.txt`] = `${i}\n${'0123456789abcdef'.repeat(65536)}`; // 1 MiB each, 36 MiB in all
  const dir = tmpRepo(files);
  const ids = git(dir, ['rev-parse', ...Object.keys(files).map((p) => `HEAD:${p}`)]).trim().split('\n');
  return (big = { files, dir, ids });
}

describe.each([
  { mode: 'in this thread', pumped: false },
  { mode: 'through the pump worker (needs npm run build)', pumped: true },
])('readBlobs $mode', ({ pumped }) => {
  const readBlobs: typeof readBlobsIn = (cwd, items, oidOf, maxSize) => readBlobsIn(cwd, items, oidOf, maxSize, { pumped });
  const skip = pumped && !existsSync(PUMP);
  beforeAll(() => setPumpScript(skip ? undefined : pathToFileURL(PUMP)));
  afterAll(() => setPumpScript(undefined));

  it.skipIf(skip)('reads blobs past the read-ahead limit whole and in order (git paused and resumed)', async () => {
    const { files, dir, ids } = bigRepo();
    const got: string[] = [];
    for await (const r of readBlobs(dir, ids, (id) => id, 2 << 20)) got.push(r.kind === 'blob' ? `${r.bytes.length}:${r.bytes.toString('latin1', 0, 3)}` : r.kind);
    expect(got).toEqual(Object.keys(files).map((_, i) => `${(files[`f${i}.txt`] as string).length}:${`${i}\n0`.slice(0, 3)}`));
  });

  it.skipIf(skip)('reads blobs in the order asked, through one cat-file, with oversize and missing ones reported', async () => {
    const dir = tmpRepo({ 'a.txt': 'alpha\n', 'b.txt': 'b'.repeat(5000), 'c.txt': 'gamma\n' });
    const ids = ['c.txt', 'a.txt', 'b.txt'].map((p) => git(dir, ['rev-parse', `HEAD:${p}`]).trim());
    const missing = 'f'.repeat(40);
    const got: BlobRead<string>[] = [];
    for await (const r of readBlobs(dir, [...ids, missing, ids[1] as string], (id) => id, 1000)) got.push(r);
    expect(got.map((r) => [r.item, r.kind, r.kind === 'blob' ? r.bytes.toString() : r.kind === 'oversize' ? r.size : null])).toEqual([
      [ids[0], 'blob', 'gamma\n'],
      [ids[1], 'blob', 'alpha\n'],
      [ids[2], 'oversize', 5000],
      [missing, 'missing', null],
      [ids[1], 'blob', 'alpha\n'],
    ]);
  });

  it.skipIf(skip)('stops git when the reader stops early, and streams many ids without deadlock', async () => {
    const dir = tmpRepo({ 'a.txt': 'alpha\n' });
    const id = git(dir, ['rev-parse', 'HEAD:a.txt']).trim();
    let n = 0;
    // 6,000 ids: 246 KB of requests, several times a pipe's 64 KiB, each way
    for await (const r of readBlobs(dir, Array.from({ length: 6000 }, () => id), (x) => x, 1000)) {
      expect(r.kind).toBe('blob');
      if (++n === 4500) break;
    }
    expect(n).toBe(4500);
    let all = 0;
    for await (const r of readBlobs(dir, Array.from({ length: 6000 }, () => id), (x) => x, 1000)) all += r.kind === 'blob' ? 1 : 0;
    expect(all).toBe(6000);
  });

  it.skipIf(skip)('fails with one clear error outside a repository', async () => {
    const run = async (): Promise<void> => {
      for await (const r of readBlobs('/', ['0'.repeat(40)], (x) => x, 10)) void r;
    };
    await expect(run()).rejects.toThrow(/git cat-file failed in \/: /);
  });
});
