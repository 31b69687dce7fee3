// The benchmark generator's repository as a test fixture: where the generator is, how its planted
// kinds map to our detectors, and one call that builds a repository and reads its manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allDetectors } from '../../detectors/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATOR = resolve(ROOT, '../shared/bench/make-history-repo.mjs');

/** The manifest's kinds → the detectors that may report them (the first registered one counts). */
export const KIND_DETECTORS: Readonly<Record<string, readonly string[]>> = {
  'aws-access-key': ['aws-access-key-id'],
  'github-token': ['github-token'],
  'gitlab-token': ['gitlab-token'],
  'slack-token': ['slack-token'],
  'stripe-key': ['stripe-secret-key'],
  'google-api-key': ['google-api-key'],
  'npm-token': ['npm-token', 'npmrc-auth-token'],
  'sendgrid-key': ['sendgrid-api-key'],
  'openai-key': ['openai-api-key'],
  'anthropic-key': ['anthropic-api-key'],
  jwt: ['jwt', 'authorization-bearer-token', 'log-file-secret'],
  'private-key': ['private-key', 'private-key-file'],
  'password-assignment': ['generic-secret-assignment'],
  'connection-string': ['connection-string-password', 'url-credentials'],
  'dotenv-file': ['dotenv-file'],
};

/** Reported once per file (a committed .env), not per value. */
export const FILE_LEVEL: ReadonlySet<string> = new Set(['dotenv-file']);

export interface Planted {
  readonly kind: string;
  readonly expect: 'finding' | 'none';
  readonly path: string;
  readonly line: number;
  readonly commit: string;
  readonly date: string;
  readonly author: string;
  readonly inHead: boolean;
}

const registered = new Set(allDetectors.map((d) => d.id));

/** The registered detectors that may report a kind, from a kind → ids table. */
export function detectorsOf(kind: string, table: Readonly<Record<string, readonly string[]>> = KIND_DETECTORS): string[] {
  return (table[kind] ?? []).filter((id) => registered.has(id));
}

/**
 * A generator repository of `commits` commits and its manifest, built once per test run: the test files that
 * read it (history-bench, audit/bench) only read it, and each build costs the generator and git fast-import
 * 2-3 s. Workers are processes of one vitest run and share its pid as their parent, so the folder is named for
 * that pid, the commit count and the generator's own text; a worker builds into a folder of its own and renames
 * it into place (when another got there first, its copy is dropped). Folders of runs that have ended go.
 */
export function buildBenchRepo(commits: number): { repo: string; planted: Planted[] } {
  const key = createHash('sha256').update(readFileSync(GENERATOR)).update(`\0${commits}`).digest('hex').slice(0, 16);
  const shared = join(tmpdir(), `sh-bench-run-${process.ppid}-${key}`);
  if (!existsSync(join(shared, 'h.manifest.json'))) {
    removeEndedRuns();
    const own = mkdtempSync(join(tmpdir(), 'sh-bench-build-'));
    execFileSync(process.execPath, [GENERATOR, '--out', join(own, 'h'), '--commits', String(commits)], { stdio: 'ignore' });
    try {
      renameSync(own, shared);
    } catch {
      rmSync(own, { recursive: true, force: true }); // built by another worker meanwhile
    }
  }
  const repo = join(shared, 'h');
  const planted = (JSON.parse(readFileSync(`${repo}.manifest.json`, 'utf8')) as { planted: Planted[] }).planted;
  return { repo, planted };
}

/** Removes the shared repositories of test runs whose vitest process has ended. */
function removeEndedRuns(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = /^sh-bench-run-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.ppid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}
