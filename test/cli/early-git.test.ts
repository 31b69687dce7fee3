// `staged` as the pre-commit hook starts its two git calls before the CLI bundle loads
// (src/cli/early-git.ts, bin/run-cli.js): each answers only the later call it was started for.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startStagedGit } from '../../src/cli/early-git.js';
import { adoptEarlyGitRuns, gitEnv, hardenedArgs, locateRepository, setGitRunner } from '../../src/git.js';
import { readStagedChanges, STAGED_DIFF_ARGS } from '../../src/sources/staged-diff.js';
import { BUILT, builtPath } from '../helpers/built.js';
import { randomRun } from '../helpers/random.js';
import { installGitRunner } from '../helpers/relay.js';
import { git, tmpRepo, writeTree } from '../helpers/tmp.js';

/** Counts the git calls that reach the runner (the early runs are taken before it), then runs them here. */
function countCalls(): { readonly calls: string[] } {
  const seen = { calls: [] as string[] };
  setGitRunner((_cwd, args) => {
    seen.calls.push(args.find((a) => a === 'diff' || a === 'rev-parse') ?? '?');
    return undefined;
  });
  return seen;
}

afterEach(() => {
  adoptEarlyGitRuns([]);
  installGitRunner();
});

describe('early git calls', () => {
  it('answer the calls they were started for, once each, with what git said', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    writeTree(dir, { 'a.txt': 'a\nb\n' });
    git(dir, ['add', 'a.txt']);
    const seen = countCalls();
    adoptEarlyGitRuns(startStagedGit(dir));
    expect((await readStagedChanges(dir)).map((f) => [f.path, [...(f.added as Set<number>)]])).toEqual([['a.txt', [2]]]);
    expect((await locateRepository(dir))?.top).toBeDefined();
    expect(seen.calls, 'both answered early').toEqual([]);
    await readStagedChanges(dir);
    expect(seen.calls, 'a second call runs git').toEqual(['diff']);
  });

  it('answer no call of another folder, other arguments or another environment', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    const other = tmpRepo({ 'b.txt': 'b\n' });
    writeTree(other, { 'b.txt': 'b\nc\n' });
    git(other, ['add', 'b.txt']);
    const seen = countCalls();
    // a result no git would give, for the other folder's call: never used for this one
    const fake = { stdout: Buffer.from(''), stderr: '', code: 0 };
    adoptEarlyGitRuns([
      { cwd: dir, args: hardenedArgs(STAGED_DIFF_ARGS), env: gitEnv(), result: Promise.resolve(fake) },
      { cwd: other, args: hardenedArgs(['diff', '--cached']), env: gitEnv(), result: Promise.resolve(fake) },
      { cwd: other, args: hardenedArgs(STAGED_DIFF_ARGS), env: { ...gitEnv(), GIT_INDEX_FILE: '/elsewhere' }, result: Promise.resolve(fake) },
    ]);
    expect((await readStagedChanges(other)).map((f) => f.path)).toEqual(['b.txt']);
    expect(seen.calls).toEqual(['diff']);
  });
});

describe.skipIf(!BUILT)('the hook command with its git calls started early', () => {
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [builtPath('bin/secret-hygiene.js'), ...args], { encoding: 'utf8', cwd, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } });

  it('blocks a staged secret and passes a clean change, as before', () => {
    const dir = tmpRepo({ 'app.py': 'x = 1\n' });
    writeTree(dir, { 'app.py': `x = 1\nAPI_SECRET = "${randomRun('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 32, 77)}"\n` });
    git(dir, ['add', 'app.py']);
    const blocked = run(['staged', '--quiet'], dir);
    expect(blocked.status, blocked.stderr).toBe(1);
    expect(blocked.stdout).toContain('app.py:2:');
    git(dir, ['reset', '-q']);
    writeTree(dir, { 'app.py': 'x = 2\n' });
    git(dir, ['add', 'app.py']);
    expect(run(['staged', '--quiet'], dir).status).toBe(0);
  });
});
