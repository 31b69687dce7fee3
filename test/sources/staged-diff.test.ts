import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedLinesByBlob, readStagedChanges } from '../../src/sources/staged-diff.js';
import { git, tmpRepo, writeTree } from '../helpers/tmp.js';

const summary = (files: Awaited<ReturnType<typeof readStagedChanges>>): unknown[] =>
  files.map((f) => [f.status, f.path, f.added === 'all' ? 'all' : [...f.added]]);

describe('readStagedChanges', () => {
  it('lists added, modified and renamed files with the lines the change adds; skips deletions and symlinks', async () => {
    const dir = tmpRepo({ 'mod.txt': 'a\nb\nc\nd\n', 'gone.txt': 'bye\n', 'move.txt': 'one\ntwo\nthree\nfour\nfive\n' });
    writeTree(dir, { 'mod.txt': 'a\nNEW\nc\nd\nTAIL1\nTAIL2\n', 'new dir/new "file".txt': 'x\ny\n' });
    git(dir, ['rm', '-q', 'gone.txt']);
    git(dir, ['mv', 'move.txt', 'moved.txt']);
    writeTree(dir, { 'moved.txt': 'one\ntwo\nthree\nfour\nfive\nsix\n' });
    symlinkSync('mod.txt', join(dir, 'link'));
    git(dir, ['add', '-A']);
    const files = await readStagedChanges(dir);
    expect(summary(files)).toEqual([
      ['M', 'mod.txt', [2, 5, 6]],
      ['R', 'moved.txt', [6]],
      ['A', 'new dir/new "file".txt', 'all'],
    ]);
    const oid = git(dir, ['rev-parse', ':mod.txt']).trim();
    expect(files[0]?.oid).toBe(oid);
  });

  it('works before the first commit', async () => {
    const dir = tmpRepo();
    writeTree(dir, { 'a.txt': 'a\n' });
    git(dir, ['add', 'a.txt']);
    expect(summary(await readStagedChanges(dir))).toEqual([['A', 'a.txt', 'all']]);
  });
});

describe('addedLinesByBlob', () => {
  it('counts context lines inside fused hunks and ignores removed and no-newline lines', () => {
    const patch = [
      'diff --git a/x b/x',
      'index 1111111111111111111111111111111111111111..2222222222222222222222222222222222222222 100644',
      '--- a/x',
      '+++ b/x',
      '@@ -3,2 +3,3 @@ heading',
      '-old',
      '+new3',
      ' context4',
      '+new5',
      '\\ No newline at end of file',
      '@@ -20 +21,0 @@',
      '-gone',
      '@@ -30,0 +31 @@',
      '++++ looks like a header',
    ].join('\n');
    expect([...(addedLinesByBlob(patch).get('2'.repeat(40))?.[0] ?? [])]).toEqual([3, 5, 31]);
  });
});
