// `audit --repos DIR`: every git repository directly under DIR, a few at a time, into one report.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pLimit from 'p-limit';
import type { CliIo } from '../cli/io.js';
import type { RawScanOptions } from '../cli/prepare.js';
import { describeSystemError, UsageError } from '../errors.js';
import { runGit } from '../git.js';
import { TOOL } from '../version.js';
import { combineAudits } from './merge.js';
import type { CombinedAudit } from './model.js';
import { auditExitCode, auditRepository } from './run-audit.js';

export interface ManyAudits {
  readonly doc: CombinedAudit;
  readonly exitCode: number;
}

export async function auditMany(dir: string, raw: RawScanOptions, io: CliIo, concurrency: number): Promise<ManyAudits> {
  const repos = await repositoriesUnder(resolve(io.cwd, dir), dir);
  const limit = pLimit(concurrency);
  const runs = await Promise.all(repos.map((repo) => limit(() => auditRepository(repo, raw, io))));
  const exitCode = Math.max(0, ...runs.map((r) => auditExitCode(r.report.findings, r.prepared.report.failOn)));
  return { doc: combineAudits(runs.map((r) => r.report), TOOL), exitCode };
}

/** Folders directly under `dir` that are the top of a git work tree or a bare repository, sorted. */
async function repositoriesUnder(dir: string, shown: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch (error) {
    throw new UsageError(`--repos ${shown}: ${describeSystemError(error)}; pass a folder that holds git repositories`);
  }
  const found: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const r = await runGit(path, ['rev-parse', '--show-prefix', '--is-bare-repository']);
    const [prefix, bare] = r.stdout.toString('utf8').split('\n');
    if (r.code === 0 && (bare === 'true' || (prefix === '' && bare === 'false'))) {
      // a subfolder of an enclosing repository is not a repository of its own
      const top = await runGit(path, ['rev-parse', '--show-toplevel']);
      if (bare === 'true' || resolve(top.stdout.toString('utf8').trim()) === resolve(path)) found.push(path);
    }
  }
  if (found.length === 0) throw new UsageError(`--repos ${shown}: no git repository directly under this folder; pass the folder that holds the clones`);
  return found;
}
