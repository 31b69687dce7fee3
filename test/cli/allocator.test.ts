// `history` and `audit` on Linux start themselves again with at most two glibc arenas (MALLOC_ARENA_MAX=2) (bin/allocator.cjs):
// the child does the work with the setting, the parent exits as the child did, and nothing else restarts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { BUILT } from '../helpers/built.js';
import { tmpDir, tmpRepo } from '../helpers/tmp.js';

const BIN = new URL('../../bin/secret-hygiene.js', import.meta.url).pathname;

/** Runs the installed command with a preload that records, per node process, the allocator setting it started with. */
function run(args: readonly string[], extraEnv: Record<string, string> = {}, cwd?: string): { status: number | null; stdout: string; processes: string[] } {
  const dir = tmpDir();
  const trace = join(dir, 'trace');
  const preload = join(dir, 'trace.cjs');
  writeFileSync(trace, '');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(trace)}, (process.env.MALLOC_ARENA_MAX ?? '-') + '/' + (process.env.MALLOC_MMAP_THRESHOLD_ ?? '-') + '\\n'));\n`);
  const env = { PATH: process.env.PATH ?? '', HOME: dir, NODE_OPTIONS: `--require ${preload}`, ...extraEnv };
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, timeout: 60_000, ...(cwd !== undefined ? { cwd } : {}) });
  return { status: r.status, stdout: r.stdout, processes: readFileSync(trace, 'utf8').split('\n').filter(Boolean).sort() };
}

const spawnHistory = (cwd: string) => run(['history', '--detector', 'github-token', '-q'], {}, cwd);

describe.skipIf(!BUILT || process.platform !== 'linux')('the allocator setting of long runs', () => {
  const token = fakeGithubToken(404);
  const repo = (): string => tmpRepo({ 'app.env': `GITHUB_TOKEN=${token}\n` });
  /** A repository whose object store looks large: a 100 MB pack (sparse, and without an index, which git ignores). */
  const largeRepo = (): string => {
    const dir = repo();
    const pack = join(dir, '.git', 'objects', 'pack', 'pack-0000000000000000000000000000000000000000.pack');
    writeFileSync(pack, '');
    truncateSync(pack, 100 * 1024 * 1024);
    return dir;
  };

  it('history of a large repository runs in a child started with MALLOC_ARENA_MAX=2, and exits with its code and output', () => {
    const r = run(['history', largeRepo(), '--format', 'json', '--detector', 'github-token']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['app.env']);
    expect(r.processes).toEqual(['-/-', '2/65536']);
  });

  it('history of a small repository (objects under 64 MB) starts once', () => {
    const dir = repo();
    const r = run(['history', '--format', 'json', dir, '--detector', 'github-token']);
    expect([r.status, r.processes]).toEqual([1, ['-/-']]);
    // named by the current folder, a folder inside the work tree
    const inside = join(dir, 'sub');
    mkdirSync(inside);
    expect(spawnHistory(inside).processes).toEqual(['-/-']);
  });

  it('scan starts once; a history whose environment sets it already starts once, with the value given', () => {
    const dir = repo();
    expect(run(['scan', dir, '--detector', 'github-token', '-q']).processes).toEqual(['-/-']);
    const preset = run(['history', dir, '--detector', 'github-token', '-q'], { MALLOC_ARENA_MAX: '4' });
    expect([preset.status, preset.processes]).toEqual([1, ['4/-']]);
    // a threshold the user set is kept
    const threshold = run(['history', largeRepo(), '--detector', 'github-token', '-q'], { MALLOC_MMAP_THRESHOLD_: '262144' });
    expect([threshold.status, threshold.processes]).toEqual([1, ['-/262144', '2/262144']]);
  });
});

describe('the size of the object store a history reads', () => {
  const { objectStoreBytes } = createRequire(import.meta.url)('../../bin/allocator.cjs') as { objectStoreBytes: (args: readonly string[], cwd?: string) => number | undefined };

  it('sums the packs of the repository named, through a worktree\'s gitfile or in a bare repository', () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    const pack = join(dir, '.git', 'objects', 'pack', 'pack-1111111111111111111111111111111111111111.pack');
    writeFileSync(pack, '');
    truncateSync(pack, 5_000_000);
    const bytes = objectStoreBytes(['--format', 'json', dir]) as number;
    expect(bytes).toBeGreaterThanOrEqual(5_000_000);
    expect(bytes).toBeLessThan(6_000_000);
    const worktree = join(tmpDir(), 'wt');
    spawnSync('git', ['-C', dir, 'worktree', 'add', '-q', worktree], { encoding: 'utf8' });
    expect(objectStoreBytes([], worktree)).toBe(bytes);
    const bare = join(tmpDir(), 'bare.git');
    spawnSync('git', ['clone', '-q', '--bare', dir, bare], { encoding: 'utf8' });
    expect(objectStoreBytes([bare])).toBeGreaterThan(0);
  });

  it('is unknown outside a repository and for objects borrowed from another one (the run is then tuned)', () => {
    expect(objectStoreBytes([], tmpDir())).toBeUndefined();
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    writeFileSync(join(dir, '.git', 'objects', 'info', 'alternates'), '/elsewhere/objects\n');
    expect(objectStoreBytes([dir])).toBeUndefined();
  });
});
