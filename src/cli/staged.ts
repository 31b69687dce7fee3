import { resolve } from 'node:path';
import type { Command } from 'commander';
import { prefetchBundledTables } from '../engine/automaton.js';
import type { CommandContext } from './main.js';
import { addReportOptions, ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP } from './options.js';
import type { RawScanOptions } from './prepare.js';
import type { EarlyGitRun } from '../git.js';

/** Where bin/run-cli.js leaves git calls it started early (src/cli/early-git.ts). */
const EARLY_GIT = Symbol.for('secret-hygiene.early-git');

interface RawOptions extends RawScanOptions {
  wholeFiles: boolean;
}

/** Printed after the findings (text on stdout only): what to do before committing again. */
export const HOW_TO_PROCEED = `How to proceed:
  - Remove the secret from the file and read it from the environment or a secret store instead;
    then stage the file again (git add). If the secret was ever shared or pushed, rotate it.
  - Not a secret? Add a 'secret-hygiene:allow' comment on its line, or a rule to .secretsignore.
  - Last resort: git commit --no-verify skips this check.
`;

export function registerStaged(program: Command, ctx: CommandContext): void {
  const command = program
    .command('staged')
    .description('scan what the next commit records (the index, not the work tree): by default only the lines the staged change adds')
    .argument('[repo]', 'the repository (default: the current folder)')
    .option('--whole-files', 'report every finding in the staged files, not only those on added lines', false)
    .option('--max-file-size <size>', 'skip (and count) files larger than this', '10MiB')
    .option(ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP);
  addReportOptions(command).action(async (repo: string | undefined, raw: RawOptions) => {
    prefetchBundledTables();
    const [{ resolveRepository }, { readStagedChanges }, { adoptEarlyGitRuns }] = await Promise.all([import('../sources/repository.js'), import('../sources/staged-diff.js'), import('../git.js')]);
    // the calls bin/run-cli.js started before the CLI loaded (early-git.ts), each used only by the call it was started for
    const early = (globalThis as Record<symbol, unknown>)[EARLY_GIT];
    if (Array.isArray(early)) {
      delete (globalThis as Record<symbol, unknown>)[EARLY_GIT];
      adoptEarlyGitRuns(early as EarlyGitRun[]);
    }
    // git runs while the detectors load: this is the pre-commit hook, start-up is most of its time
    const dir = resolve(ctx.io.cwd, repo ?? '.');
    const changes = readStagedChanges(dir).then((files) => ({ files }), (error: unknown) => ({ error }));
    const repository = resolveRepository(ctx.io.cwd, repo ?? '.', true).then((r) => ({ r }), (error: unknown) => ({ error }));
    const [{ prepareScan, finishScan }, { gitStagedSource, addedLinesFilter }, { runScan }] = await Promise.all([
      import('./prepare.js'),
      import('../sources/git-staged.js'),
      import('../engine/scan.js'),
    ]);
    const resolved = await repository;
    if ('error' in resolved) throw resolved.error; // not a repository: this message, not git diff's
    const staged = await changes;
    if ('error' in staged) throw staged.error;
    const root = resolved.r.top ?? resolved.r.dir; // always the top: a bare repository was refused
    const prepared = await prepareScan(raw, ctx.io, root);
    const source = gitStagedSource(root, staged.files, { exclude: prepared.exclude, maxFileSize: prepared.maxFileSize, onlyAdded: !raw.wholeFiles });
    const filters = raw.wholeFiles ? prepared.filters : [addedLinesFilter(staged.files), ...prepared.filters];
    const result = await runScan(source, { detectors: prepared.detectors, reveal: prepared.report.reveal, filters, fingerprints: prepared.fingerprints, observePath: prepared.envFacts.observe, secretVault: prepared.verify?.vault });
    ctx.setExitCode(await finishScan('staged', result, prepared, ctx.io));
    const textOnStdout = prepared.report.targets.some((t) => t.format === 'text' && t.file === undefined);
    if (textOnStdout && result.findings.length > 0) ctx.io.stdout(`\n${HOW_TO_PROCEED}`);
  });
}
