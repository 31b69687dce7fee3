// The history pass: which commit introduced each (blob, path), and the source that reads each blob once.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildHistoryRepo, commitAt } from '../../fixtures/repos/history.js';
import { collectIntroductions, RawLogParser, streamIntroductions } from '../../src/history/introductions.js';
import { gitBlobSource } from '../../src/sources/git-history.js';
import { git, tmpRepo } from '../helpers/tmp.js';

const FORMAT = '--format=%x01%H%x00%an%x00%ae%x00%aI%x00%at';

describe('collectIntroductions', () => {
  it('gives the same table however the log output is chunked', async () => {
    const fx = buildHistoryRepo();
    const table = await collectIntroductions(fx.dir, ['--all']);
    const out = execFileSync('git', ['log', '--all', '--raw', '--no-abbrev', '--no-renames', '-c', '--root', '--topo-order', '-z', FORMAT], { cwd: fx.dir });
    for (const size of [1, 3, 97]) {
      const parser = new RawLogParser();
      for (let i = 0; i < out.length; i += size) parser.push(out.subarray(i, i + size));
      parser.end();
      const chunked = parser.table();
      expect(chunked.pairCount).toBe(table.pairCount);
      expect([...chunked.blobIds()]).toEqual([...table.blobIds()]);
      for (const oid of table.blobIds()) for (const p of table.pathsOf(oid)) expect(chunked.commitOf(oid, p)).toBe(table.commitOf(oid, p));
    }
    // the evil merge's own blob is attributed to the merge commit
    const merged = git(fx.dir, ['rev-parse', `${fx.commits.merge}:merged.js`]).trim();
    expect(table.commit(table.commitOf(merged, 'merged.js') as number).oid).toBe(fx.commits.merge);
    // a blob at two paths (a rename) has both, each with its own first commit
    const kept = git(fx.dir, ['rev-parse', `${fx.commits.keptAdded}:keep.js`]).trim();
    expect([...table.pathsOf(kept)].sort()).toEqual(['keep.js', 'lib-keep.js']);
    expect(table.commit(table.commitOf(kept, 'lib-keep.js') as number).oid).toBe(fx.commits.renamed);
  });

  it('keeps non-ASCII paths whole when a chunk ends inside one of their characters', async () => {
    const dir = tmpRepo({ 'données/clé.txt': 'one\n', '日本/設定.env': 'two\n' });
    const table = await collectIntroductions(dir, ['--all']);
    const out = execFileSync('git', ['log', '--all', '--raw', '--no-abbrev', '--no-renames', '-c', '--root', '--topo-order', '-z', FORMAT], { cwd: dir });
    const parser = new RawLogParser();
    for (let i = 0; i < out.length; i++) parser.push(out.subarray(i, i + 1));
    parser.end();
    const paths = (t: typeof table) => [...t.blobIds()].flatMap((oid) => [...t.pathsOf(oid)]).sort();
    expect(paths(parser.table())).toEqual(['données/clé.txt', '日本/設定.env']);
    expect(paths(table)).toEqual(['données/clé.txt', '日本/設定.env']);
  });

  it('attributes a blob added on two branches to the older author date', async () => {
    const dir = tmpRepo({ 'base.txt': 'base\n' });
    git(dir, ['checkout', '-q', '-b', 'late']);
    const late = commitAt(dir, { date: '2023-05-01T00:00:00Z', files: { 'same.txt': 'same content\n' } });
    git(dir, ['checkout', '-q', 'main']);
    const early = commitAt(dir, { date: '2020-05-01T00:00:00Z', files: { 'same.txt': 'same content\n' } });
    const table = await collectIntroductions(dir, ['--all']);
    const oid = git(dir, ['rev-parse', `${late}:same.txt`]).trim();
    expect(table.commit(table.commitOf(oid, 'same.txt') as number).oid).toBe(early);
  });
});

describe('gitBlobSource', () => {
  it('reads each blob once and yields it under each of its paths, skipping excluded ones', async () => {
    const dir = tmpRepo({ 'a.txt': 'same\n', 'b.txt': 'same\n', 'vendor/c.txt': 'same\n', 'd.txt': 'other\n' });
    const same = git(dir, ['rev-parse', 'HEAD:a.txt']).trim();
    const other = git(dir, ['rev-parse', 'HEAD:d.txt']).trim();
    const source = gitBlobSource(dir, [{ oid: same, paths: ['a.txt', 'b.txt', 'vendor/c.txt'] }, { oid: other, paths: ['d.txt'] }], {
      exclude: (p) => p.startsWith('vendor/'),
      maxFileSize: 100,
    });
    const events: string[] = [];
    const buffers = new Set<Buffer>();
    for await (const e of source.events()) {
      if (e.type === 'blob') {
        events.push(`${e.blob.path}=${e.blob.bytes.toString().trim()}@${e.blob.origin.kind}`);
        if (e.blob.path !== 'd.txt') buffers.add(e.blob.bytes);
      } else if (e.type === 'skip') events.push(`${e.path}:${e.reason}`);
    }
    expect(events.sort()).toEqual(['a.txt=same@git-blob', 'b.txt=same@git-blob', 'd.txt=other@git-blob', 'vendor/c.txt:ignored-by-rule']);
    expect(buffers.size).toBe(1); // one read, shared by both paths
  });
});

describe('the log pass runs ahead of the scan only so far', () => {
  it('leaves git waiting while that many records are unread, and finishes when they are read', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, `file ${i}\n`]));
    const dir = tmpRepo(files);
    const pass = streamIntroductions(dir, ['--all'], 5);
    let done = false;
    void pass.table.then(() => (done = true));
    const reader = pass.blobs[Symbol.asyncIterator]();
    await reader.next();
    await new Promise((resolve) => setTimeout(resolve, 200)); // git has long finished writing
    expect(done).toBe(false); // the pass waits for room: 29 records unread
    let read = 1;
    while (!(await reader.next()).done) read++;
    expect(read).toBe(30);
    expect((await pass.table).pairCount).toBe(30);
  });
});
