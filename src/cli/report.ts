import type { Command } from 'commander';
import type { CommandContext } from './main.js';
import { displayPath } from './display-path.js';

interface RawMergeOptions {
  format?: string;
  output?: string;
}

export function registerReport(program: Command, ctx: CommandContext): void {
  const report = program.command('report').description('work with saved reports');
  report
    .command('merge')
    .description('merge audit JSON reports (from `audit --format json`, e.g. one per CI job) into one report')
    .argument('<files...>', 'audit JSON reports')
    .option('-f, --format <name>', 'report format: text, json, html', 'text')
    .option('-o, --output <file>', 'write the report to FILE (- for stdout)')
    .action(async (files: string[], raw: RawMergeOptions) => {
      const [{ readAuditFile, combineAudits }, { resolveAuditTarget, writeAudit }, { resolve }, { TOOL }] = await Promise.all([
        import('../audit/merge.js'),
        import('../audit/output.js'),
        import('node:path'),
        import('../version.js'),
      ]);
      const target = await resolveAuditTarget(raw.format, raw.output, ctx.io);
      const reports = [];
      for (const file of files) {
        const abs = resolve(ctx.io.cwd, file);
        reports.push(...(await readAuditFile(abs, displayPath(ctx.io.cwd, abs))));
      }
      await writeAudit(combineAudits(reports, TOOL), target, ctx.io);
    });
}
