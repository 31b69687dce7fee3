// Shared by the install tests: run a program as a user would (a child process, asynchronously, so a
// slow npm or pre-commit does not block the worker thread), with an environment cleaned of what
// `npm test` and CI put there, and a clone of this checkout to install from.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { git, writeTree } from '../helpers/tmp.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The install tests that each install the scanner once more from scratch (npm ci of every
 * dependency: 5 s on an idle machine, 15 s on a busy one) run only when
 * SECRET_HYGIENE_INSTALL_TESTS=all; `npm test` and .ci/run leave them out (run them when changing
 * the install scripts).
 */
export const ALL_INSTALL_TESTS = process.env.SECRET_HYGIENE_INSTALL_TESTS === 'all';
export const ALL_INSTALL_TESTS_NOTE = 'runs with SECRET_HYGIENE_INSTALL_TESTS=all, which .ci/run leaves out: one more install from scratch';

/**
 * Temp folders for one test file, all under one root removed after the file. Called at a file's top
 * level. (test/helpers/tmp.ts registers its clean-up once per worker, and these folders hold
 * installs of 60 to 170 MB each.)
 */
export function tempRoot(prefix: string): { dir(name: string): string; repo(files: Record<string, string>): string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const dir = (name: string): string => {
    const path = join(root, `${name}-${++n}`);
    mkdirSync(path);
    return path;
  };
  return {
    dir,
    /** A repository (branch main) with one commit of `files`. */
    repo(files) {
      const path = dir('repo');
      git(path, ['init', '-q', '-b', 'main']);
      writeTree(path, files);
      git(path, ['add', '-A']);
      git(path, ['commit', '-q', '-m', 'initial']);
      return path;
    },
  };
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr, for messages */
  readonly output: string;
}

/** Whether `program --version` runs. */
export function available(program: string): boolean {
  const r = spawnSync(program, ['--version'], { stdio: 'ignore', env: cleanEnv() });
  return r.error === undefined && r.status === 0;
}

/**
 * process.env without what `npm test` adds (npm_config_*, npm_package_*, npm_lifecycle_*: a child
 * npm would take them as its own configuration) and without GitHub Actions' variables (the CLI
 * would print annotations and write a job summary); `extra` on top.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:npm_|INIT_CWD$|GITHUB_|RUNNER_)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Runs a program to its end; never throws for a non-zero exit. */
export function run(program: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, output: `${stdout}\n${stderr}` }));
  });
}

/** Like run, but a non-zero exit is an error naming the command and its output. */
export async function runOk(program: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  const r = await run(program, args, options);
  if (r.code !== 0) throw new Error(`${program} ${args.join(' ')} exited ${r.code}:\n${r.output}`);
  return r;
}

/**
 * A clone of this checkout's HEAD at `dir`, with the working tree's version of `overlay` (files this
 * checkout may change before committing them) committed on top, and — when `linkModules` — the
 * checkout's node_modules linked in, so that `prepare` (the esbuild build) runs without an install.
 * Never builds in the checkout itself: its dist/ is in use by other runs.
 */
export function cloneCheckout(dir: string, overlay: readonly string[], linkModules: boolean): string {
  git(dirname(dir), ['clone', '--quiet', ROOT, dir]);
  for (const path of overlay) {
    const from = join(ROOT, path);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(from, join(dir, path));
    git(dir, ['add', `--chmod=${statSync(from).mode & 0o100 ? '+' : '-'}x`, '--', path]);
  }
  if (git(dir, ['status', '--porcelain']).trim() !== '') git(dir, ['commit', '--quiet', '-m', 'the working tree of the files under test']);
  if (linkModules) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
