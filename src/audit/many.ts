// `audit --repos DIR`: every git repository directly under DIR, a few at a time, into one report.
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { printError, type CliIo } from '../cli/io.js';
import type { RawScanOptions } from '../cli/prepare.js';
import { describeSystemError, isKnownError, UsageError } from '../errors.js';
import { runGit } from '../git.js';
import { TOOL } from '../version.js';
import { buildAudit } from './build.js';
import { combineAudits } from './merge.js';
import type { AuditReport, CombinedAudit } from './model.js';
import { buildPosture } from './posture.js';
import { auditExitCode, auditRepository } from './run-audit.js';

export interface ManyAudits {
  readonly doc: CombinedAudit;
  readonly exitCode: number;
}

export async function auditMany(dir: string, raw: RawScanOptions, io: CliIo, concurrency: number): Promise<ManyAudits> {
  const repos = await repositoriesUnder(resolve(io.cwd, dir), dir);
  const limit = pLimit(concurrency);
  const runs = await Promise.all(repos.map((repo) => limit(() => auditOrFailure(repo, raw, io))));
  // a repository that could not be audited is in the report, marked, and the run exits 2 at the end
  const exitCode = Math.max(0, ...runs.map((r) => ('error' in r ? 2 : auditExitCode(r.report.findings, r.prepared.report.failOn, r.prepared.report.failOnTestContext))));
  return { doc: combineAudits(runs.map((r) => r.report), TOOL), exitCode };
}

type Outcome = Awaited<ReturnType<typeof auditRepository>> | { readonly report: AuditReport; readonly error: string };

/** One repository's audit; a known error (a corrupt repository...) is said on stderr and becomes a report marking it. */
async function auditOrFailure(repo: string, raw: RawScanOptions, io: CliIo): Promise<Outcome> {
  try {
    return await auditRepository(repo, raw, io);
  } catch (error) {
    if (!isKnownError(error)) throw error;
    printError(io, error.message);
    return { report: failedAudit(repo, error.message, raw.reveal === true), error: error.message };
  }
}

/** The report of a repository that could not be audited: no finding, every verdict 'unknown', the error as a warning. */
export function failedAudit(repo: string, message: string, reveal: boolean, now: Date = new Date()): AuditReport {
  const report = buildAudit({
    tool: TOOL,
    repository: { name: basename(repo), path: repo, head: null, branches: [], commits: 0 },
    generatedAt: now.toISOString(),
    reveal,
    history: [], tree: [], presence: new Map(),
    postureOf: (findings) => buildPosture([], null, findings),
    warnings: [{ path: repo, message: `not audited: ${message}` }],
    notes: [],
  });
  const verdict = `Not audited: ${message}`;
  return {
    ...report,
    summary: report.summary.map((s) => ({ ...s, status: 'unknown', verdict })),
    posture: { ...report.posture, checks: report.posture.checks.map((c) => ({ ...c, ok: null, sentence: 'Not audited.' })) },
  };
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
