import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { CommandContext } from './main.js';
import { addBaselineOption, addSelectionOptions, ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP, repeated } from './options.js';
import { addVerifyOptions } from './verify.js';
import type { RawScanOptions } from './prepare.js';

interface RawOptions extends Omit<RawScanOptions, 'format' | 'output'> {
  format?: string[];
  output?: string[];
  repos?: string;
  concurrency?: string;
}

/** How many repositories `--repos` audits at once by default (each runs several git processes). */
const DEFAULT_CONCURRENCY = 2;

export function registerAudit(program: Command, ctx: CommandContext): void {
  const command = program
    .command('audit')
    .description('one-off audit of a repository: full history, working tree and posture, with a rotation checklist (text, json or a self-contained html page)')
    .argument('[repo]', 'the repository (default: the current folder)')
    .option('-f, --format <name>', 'report format: text, json, html, markdown (repeat with --output to write several reports; default: from the --output file name, .json .html .md .txt)', repeated)
    .option('-o, --output <file>', 'write the report to FILE (- for stdout); pairs with the --format at the same position', repeated)
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above: critical, high, medium, low (default: low, or "failOn" in the config)')
    .option('--reveal', 'show secrets in clear in the report (never the default; the HTML then carries a warning banner)', false)
    .option('--repos <dir>', 'audit every git repository directly under DIR into one combined report')
    .option('--concurrency <n>', `with --repos: how many repositories at once (default ${DEFAULT_CONCURRENCY})`)
    .option('--max-file-size <size>', 'skip (and count) blobs larger than this', '10MiB')
    .option(ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP)
    .option('--fail-on-test-context', 'findings in test, fixture, example and docs paths and vendored code can fail the gate (the default, or "failOnTestContext" in the config)')
    .option('--no-fail-on-test-context', 'findings in test, fixture, example and docs paths and vendored code are reported but never fail the gate');
  addBaselineOption(command);
  addVerifyOptions(command);
  addSelectionOptions(command).action(async (repo: string | undefined, raw: RawOptions) => {
    const [{ auditRepository, auditExitCode }, { resolveAuditTargets, writeAudit }] = await Promise.all([
      import('../audit/run-audit.js'),
      import('../audit/output.js'),
    ]);
    const targets = await resolveAuditTargets(raw.format, raw.output, ctx.io);
    const { format: _f, output: _o, repos, concurrency, ...rest } = raw;
    const selection: RawScanOptions = rest;
    if (repos !== undefined) {
      if (repo !== undefined) throw new UsageError(`--repos ${repos}: give either a repository or --repos DIR, not both`);
      const { auditMany } = await import('../audit/many.js');
      const many = await auditMany(repos, selection, ctx.io, parseConcurrency(concurrency));
      for (const target of targets) await writeAudit(many.doc, target, ctx.io);
      ctx.setExitCode(many.exitCode);
      return;
    }
    const run = await auditRepository(repo ?? '.', selection, ctx.io);
    for (const target of targets) await writeAudit(run.report, target, ctx.io);
    ctx.setExitCode(auditExitCode(run.report.findings, run.prepared.report.failOn, run.prepared.report.failOnTestContext));
  });
}

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--concurrency ${value}: not a whole number from 1 to 64`);
  return n;
}
