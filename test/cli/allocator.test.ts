// `history` and `audit` on Linux start themselves again with at most two glibc arenas (MALLOC_ARENA_MAX=2) (bin/allocator.cjs):
// the child does the work with the setting, the parent exits as the child did, and nothing else restarts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { BUILT } from '../helpers/built.js';
import { tmpDir, tmpRepo } from '../helpers/tmp.js';

const BIN = new URL('../../bin/secret-hygiene.js', import.meta.url).pathname;

/** Runs the installed command with a preload that records, per node process, the allocator setting it started with. */
function run(args: readonly string[], extraEnv: Record<string, string> = {}): { status: number | null; stdout: string; processes: string[] } {
  const dir = tmpDir();
  const trace = join(dir, 'trace');
  const preload = join(dir, 'trace.cjs');
  writeFileSync(trace, '');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(trace)}, (process.env.MALLOC_ARENA_MAX ?? '-') + '\\n'));\n`);
  const env = { PATH: process.env.PATH ?? '', HOME: dir, NODE_OPTIONS: `--require ${preload}`, ...extraEnv };
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, processes: readFileSync(trace, 'utf8').split('\n').filter(Boolean).sort() };
}

describe.skipIf(!BUILT || process.platform !== 'linux')('the allocator setting of long runs', () => {
  const token = fakeGithubToken(404);
  const repo = (): string => tmpRepo({ 'app.env': `GITHUB_TOKEN=${token}\n` });

  it('history runs in a child started with MALLOC_ARENA_MAX=2, and exits with its code and output', () => {
    const r = run(['history', repo(), '--format', 'json', '--detector', 'github-token']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['app.env']);
    expect(r.processes).toEqual(['-', '2']);
  });

  it('scan starts once; a history whose environment sets it already starts once, with the value given', () => {
    const dir = repo();
    expect(run(['scan', dir, '--detector', 'github-token', '-q']).processes).toEqual(['-']);
    const preset = run(['history', dir, '--detector', 'github-token', '-q'], { MALLOC_ARENA_MAX: '4' });
    expect([preset.status, preset.processes]).toEqual([1, ['4']]);
  });
});
