import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runSync } from './relay.js';

const made: string[] = [];

/** Removes the folders tmpDir made; run after each test file by test/setup.ts. */
export function removeTmpDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh temporary folder, removed after the test file's run. */
export function tmpDir(prefix = 'sh-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes files (path → content) under dir, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  // no `git maintenance run --auto` after each commit: a process per commit the tests never need
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'maintenance.auto',
  GIT_CONFIG_VALUE_0: 'false',
};

/**
 * Runs git in a test repository with a fixed identity and no user config, and returns its output;
 * throws with git's message on failure (as execFileSync does). Run by the relay (./relay.ts).
 */
export function git(dir: string, args: readonly string[], env: Record<string, string> = {}): string {
  const r = runSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV, ...env } });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const stderr = r.stderr.toString('utf8');
    throw Object.assign(new Error(`Command failed: git ${args.join(' ')}\n${stderr}`), { status: r.status, signal: r.signal, stdout: r.stdout.toString('utf8'), stderr });
  }
  return r.stdout.toString('utf8');
}

/** A new git repository (branch main) in a temp folder, optionally with a first commit of `files`. */
export function tmpRepo(files?: Record<string, string | Buffer>): string {
  const dir = tmpDir('sh-repo-');
  git(dir, ['init', '-q', '-b', 'main']);
  if (files) {
    writeTree(dir, files);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'initial']);
  }
  return dir;
}
