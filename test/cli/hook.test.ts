import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { hookScript, MARKER } from '../../src/sources/git-hooks.js';
import { runCli } from '../helpers/run-cli.js';
import { BUILT } from '../helpers/built.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/secret-hygiene.js');

describe('secret-hygiene hook', () => {
  it('installs an executable pre-commit hook with our marker, and uninstall removes it', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    const file = join(dir, '.git/hooks/pre-commit');
    const r = await runCli(['hook', 'install', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`installed pre-commit hook ${file}`);
    const script = readFileSync(file, 'utf8');
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain(MARKER);
    expect(script).toContain('secret_hygiene staged');
    expect(statSync(file).mode & 0o111).toBe(0o111);
    expect((await runCli(['hook', 'install', dir])).stdout).toContain('updated pre-commit hook');
    const u = await runCli(['hook', 'uninstall', dir]);
    expect(u.code).toBe(0);
    expect(existsSync(file)).toBe(false);
    expect((await runCli(['hook', 'uninstall', dir])).stdout).toContain('nothing to remove');
  });

  it('installs into core.hooksPath when the repository sets it', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    git(dir, ['config', 'core.hooksPath', 'tools/hooks']);
    const sub = join(dir, 'deep/er');
    writeTree(dir, { 'deep/er/x.txt': 'x\n' });
    expect((await runCli(['hook', 'install'], { cwd: sub })).code).toBe(0);
    expect(readFileSync(join(dir, 'tools/hooks/pre-commit'), 'utf8')).toContain(MARKER);
    expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(false);
  });

  it('refuses to replace a hook it did not write unless --force, keeps it, and restores it on uninstall', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    const file = join(dir, '.git/hooks/pre-commit');
    writeFileSync(file, '#!/bin/sh\necho mine\n', { mode: 0o755 });
    const refused = await runCli(['hook', 'install', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pre-commit hook that secret-hygiene did not write.*--force/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    const notOurs = await runCli(['hook', 'uninstall', dir]);
    expect(notOurs.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho mine\n');

    const forced = await runCli(['hook', 'install', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('pre-commit.before-secret-hygiene');
    expect(readFileSync(file, 'utf8')).toContain(MARKER);
    expect((await runCli(['hook', 'uninstall', dir])).stdout).toContain('restored the previous one');
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho mine\n');
  });

  it('installs the pre-push hook with --pre-push, and rejects an unknown action or a non-repository', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    expect((await runCli(['hook', 'install', dir, '--pre-push'])).code).toBe(0);
    const script = readFileSync(join(dir, '.git/hooks/pre-push'), 'utf8');
    expect(script).toContain(MARKER);
    expect(script).toContain('history --range "$remote_sha..$local_sha"');
    expect(script).toContain('--exclude-remotes');
    expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(false);
    const bad = await runCli(['hook', 'frobnicate', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/hook frobnicate: unknown action/);
    const outside = await runCli(['hook', 'install', tmpDir()]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not a git repository/);
  });

  it('writes a shell script that sh can parse, quoting the recorded paths', () => {
    for (const hook of ['pre-commit', 'pre-push'] as const) {
      const script = hookScript(hook, { node: "/opt/no'de/bin/node", bin: '/opt/x y/bin/secret-hygiene.js' });
      expect(script).toContain(`'/opt/no'\\''de/bin/node'`);
      execFileSync('sh', ['-n', '-c', script]);
    }
  });

  it('without the scanner anywhere, blocks and says how to install it, naming no registry package (issue 17, item 1)', () => {
    const script = hookScript('pre-commit', undefined);
    // a PATH with sh and nothing else: no secret-hygiene, no npx
    const bin = tmpDir();
    symlinkSync(execFileSync('sh', ['-c', 'command -v sh'], { encoding: 'utf8' }).trim(), join(bin, 'sh'));
    const r = spawnSync(join(bin, 'sh'), ['-c', script], { env: { PATH: bin }, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/secret-hygiene: not found; install it from its checkout \(npm ci && npm install -g \.\)/);
    expect(r.stderr).not.toMatch(/npm install (--save-dev )?secret-hygiene|npx --yes/);
  });

  describe.skipIf(!BUILT)('end to end through git (needs npm run build)', () => {
    /** The combined output of a git command that must fail. */
    function failing(run: () => unknown): string {
      try {
        run();
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string };
        return `${e.stdout ?? ''}${e.stderr ?? ''}`;
      }
      throw new Error('expected the command to fail');
    }

    /** A PATH whose `secret-hygiene` runs this checkout's built CLI. */
    function shimPath(): string {
      const bin = tmpDir();
      writeFileSync(join(bin, 'secret-hygiene'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`, { mode: 0o755 });
      return `${bin}:${process.env.PATH ?? ''}`;
    }

    it('blocks a commit that adds a secret and lets a clean one through', async () => {
      const dir = tmpRepo({ 'a.txt': 'a\n' });
      const env = { PATH: shimPath() };
      expect((await runCli(['hook', 'install', dir])).code).toBe(0);
      writeTree(dir, { 'k.js': `t = "${fakeGithubToken(301)}"\n` });
      git(dir, ['add', 'k.js']);
      expect(failing(() => git(dir, ['commit', '-q', '-m', 'leak'], env))).toMatch(/k\.js:1:6[\s\S]*How to proceed/);
      git(dir, ['rm', '-q', '--cached', 'k.js']);
      writeTree(dir, { 'b.txt': 'fine\n' });
      git(dir, ['add', 'b.txt']);
      git(dir, ['commit', '-q', '-m', 'clean'], env);
      expect(git(dir, ['log', '--format=%s']).trim().split('\n')).toEqual(['clean', 'initial']);
    });

    it('blocks a push whose commits add a secret, on a new branch and on an existing one', async () => {
      const remote = tmpDir();
      git(remote, ['init', '-q', '--bare']);
      const dir = tmpRepo({ 'a.txt': 'a\n' });
      const env = { PATH: shimPath() };
      git(dir, ['remote', 'add', 'origin', remote]);
      git(dir, ['push', '-q', 'origin', 'main'], env);
      expect((await runCli(['hook', 'install', dir, '--pre-push'])).code).toBe(0);
      git(dir, ['commit', '-q', '--allow-empty', '-m', 'empty'], env);
      git(dir, ['push', '-q', 'origin', 'main'], env); // clean: goes through
      writeTree(dir, { 'k.js': `t = "${fakeGithubToken(302)}"\n` });
      git(dir, ['add', 'k.js']);
      git(dir, ['commit', '-q', '-m', 'leak'], env);
      expect(failing(() => git(dir, ['push', '-q', 'origin', 'main'], env))).toMatch(/k\.js:1:6[\s\S]*introduced/);
      expect(failing(() => git(dir, ['push', '-q', 'origin', 'main:refs/heads/other'], env))).toMatch(/k\.js:1:6/);
      expect(git(remote, ['branch', '--list']).trim()).toBe('main');
    });
  });
});
