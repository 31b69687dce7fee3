import type { Command } from 'commander';
import type { CommandContext } from './main.js';
import { addReportOptions, ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP } from './options.js';
import type { RawScanOptions } from './prepare.js';

interface RawOptions extends RawScanOptions {
  all?: boolean;
  branch?: string[];
  range?: string;
  since?: string;
  excludeRemotes?: boolean;
}

const repeat = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerHistory(program: Command, ctx: CommandContext): void {
  const command = program
    .command('history')
    .description('scan every blob in the git history once; each finding names the commit that introduced it and whether it is still in the tree')
    .argument('[repo]', 'the repository (default: the current folder)')
    .option('--all', 'every branch, tag and other ref (the default)')
    .option('--branch <ref>', 'only the history reachable from this branch or commit (repeatable)', repeat)
    .option('--range <A..B>', 'only what the commits in A..B added or changed (a single ref R means R..HEAD): the CI gate for a pull request')
    .option('--since <date>', 'only commits made after this date (2024-01-31, "6 months ago")')
    .option('--exclude-remotes', 'leave out commits reachable from any remote-tracking branch (what a push would add)')
    .option('--max-file-size <size>', 'skip (and count) blobs larger than this', '10MiB')
    .option(ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP);
  addReportOptions(command).action(async (repo: string | undefined, raw: RawOptions) => {
    const [{ resolveRepository }, { planHistory, scanHistory }, { progressLine }] = await Promise.all([
      import('../sources/repository.js'),
      import('../history/scan-history.js'),
      import('../history/progress.js'),
    ]);
    const repository = await resolveRepository(ctx.io.cwd, repo ?? '.', false);
    const selection = { all: raw.all, branches: raw.branch, range: raw.range, since: raw.since, excludeRemotes: raw.excludeRemotes };
    const planned = planHistory(repository.dir, selection); // git log runs while the detectors load
    planned.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
    const { prepareScan, finishScan } = await import('./prepare.js');
    const prepared = await prepareScan(raw, ctx.io, repository.top ?? repository.gitDir);
    const plan = await planned;
    // a failed log pass is reported by scanHistory: the total is then never shown
    const progress = progressLine(ctx.io, 'history', plan.table.then((t) => t.pairCount, () => 0));
    const result = await scanHistory(plan, {
      detectors: prepared.detectors,
      filters: prepared.filters,
      exclude: prepared.exclude,
      maxFileSize: prepared.maxFileSize,
      reveal: prepared.report.reveal,
      fingerprints: prepared.fingerprints,
      secretVault: prepared.verify?.vault,
      onProgress: (p) => progress.update(p),
    });
    progress.done();
    prepared.notes.push(...result.notes);
    ctx.setExitCode(await finishScan('history', result, prepared, ctx.io));
  });
}
