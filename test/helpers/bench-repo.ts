// The benchmark generator's repository as a test fixture: where the generator is, how its planted
// kinds map to our detectors, and one call that builds a repository and reads its manifest.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allDetectors } from '../../detectors/index.js';
import { tmpDir } from './tmp.js';

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

/** Builds a generator repository of `commits` commits in a temp folder; returns it with its manifest. */
export function buildBenchRepo(commits: number): { repo: string; planted: Planted[] } {
  const repo = join(tmpDir('sh-bench-'), 'h');
  execFileSync(process.execPath, [GENERATOR, '--out', repo, '--commits', String(commits)], { stdio: 'ignore' });
  const planted = (JSON.parse(readFileSync(`${repo}.manifest.json`, 'utf8')) as { planted: Planted[] }).planted;
  return { repo, planted };
}
