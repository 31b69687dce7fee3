// The test relay (./relay.ts) runs programs as spawn would: output, exit codes, input, failures to
// start; and the scanner's own git calls reach it through src/git.ts setGitRunner.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runGit, setGitRunner, type GitRunner } from '../../src/git.js';
import { installGitRunner, runAsync, runGitRelayed, runSync } from './relay.js';
import { git, tmpDir, tmpRepo } from './tmp.js';

const env = { PATH: process.env.PATH };

describe('the relay', () => {
  it('returns what the program printed, its exit code and what it read', () => {
    const cwd = tmpdir();
    const ok = runSync('sh', ['-c', 'cat; echo err >&2; exit 3'], { cwd, env, input: 'piped\n' });
    expect([ok.status, ok.stdout.toString(), ok.stderr.toString()]).toEqual([3, 'piped\n', 'err\n']);
    const binary = runSync('head', ['-c', '4', '/dev/zero'], { cwd, env });
    expect([...binary.stdout]).toEqual([0, 0, 0, 0]);
  });

  it('reports a program that cannot start', async () => {
    const sync = runSync('no-such-program-xyz', [], { cwd: tmpdir(), env });
    expect(sync.error?.code).toBe('ENOENT');
    const later = await runAsync('no-such-program-xyz', [], { cwd: tmpdir(), env });
    expect(later.error?.code).toBe('ENOENT');
  });

  it('runs concurrent requests and matches each reply to its request', async () => {
    const runs = await Promise.all([3, 1, 2].map((n) => runAsync('sh', ['-c', `sleep 0.0${n}; echo ${n}`], { cwd: tmpdir(), env })));
    expect(runs.map((r) => r.stdout.toString().trim())).toEqual(['3', '1', '2']);
  });

  it("git() of the test helpers throws git's message on failure", () => {
    const repo = tmpRepo({ 'a.txt': 'a\n' });
    expect(git(repo, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
    expect(() => git(repo, ['checkout', 'no-such-branch'])).toThrow(/Command failed: git checkout no-such-branch\n.*no-such-branch/);
  });
});

describe("the scanner's git calls", () => {
  afterEach(installGitRunner);

  it('go through the installed runner, hardened, and spawn directly without one', async () => {
    const repo = tmpRepo({ 'a.txt': 'a\n' });
    const seen: string[][] = [];
    const counting: GitRunner = (cwd, args, childEnv, input) => {
      seen.push([...args]);
      return runGitRelayed(cwd, args, childEnv, input);
    };
    setGitRunner(counting);
    expect((await runGit(repo, ['ls-files'])).stdout.toString()).toBe('a.txt\n');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('core.hooksPath=/dev/null');
    setGitRunner(undefined);
    expect((await runGit(repo, ['ls-files'])).stdout.toString()).toBe('a.txt\n');
    expect(seen).toHaveLength(1);
  });

  it('leave a cwd that is no folder to spawn, whose error the scanner reports', async () => {
    const file = join(tmpDir(), 'file');
    writeFileSync(file, 'x');
    expect(runGitRelayed(file, ['status'], env, undefined)).toBeUndefined();
    await expect(runGit(file, ['status'])).rejects.toThrow(/cannot run git there/);
  });
});
