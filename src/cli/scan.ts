import { Command } from 'commander';
import type { CommandContext } from './main.js';
import { addReportOptions } from './options.js';
import type { RawScanOptions } from './prepare.js';

interface RawOptions extends RawScanOptions {
  allFiles: boolean;
}

export function registerScan(program: Command, ctx: CommandContext): void {
  const command = program
    .command('scan')
    .description('scan files and folders (default: the current folder); in a git work tree, what could be committed')
    .argument('[paths...]', 'files or folders to scan', ['.'])
    .option('--all-files', 'inside a git work tree, also scan files git ignores', false)
    .option('--max-file-size <size>', 'skip (and count) files larger than this', '10MiB');
  addReportOptions(command).action(async (paths: string[], raw: RawOptions) => {
    const [{ prepareScan, finishScan }, { fileSource, resolveScanRoot }, { runScan }] = await Promise.all([
      import('./prepare.js'),
      import('../sources/files.js'),
      import('../engine/scan.js'),
    ]);
    const resolved = paths.length > 0 ? paths : ['.'];
    const roots = await Promise.all(resolved.map((p) => resolveScanRoot(joinCwd(ctx.io.cwd, p))));
    const prepared = await prepareScan(raw, ctx.io, (roots[0] as { base: string }).base);
    const source = fileSource({
      paths: roots.map((r) => r.target),
      allFiles: raw.allFiles,
      maxFileSize: prepared.maxFileSize,
      exclude: prepared.exclude,
    });
    const result = await runScan(source, { detectors: prepared.detectors, reveal: prepared.report.reveal, filters: prepared.filters, fingerprintSalt: prepared.fingerprintSalt });
    ctx.setExitCode(await finishScan('scan', result, prepared, ctx.io));
  });
}

function joinCwd(cwd: string, p: string): string {
  return p.startsWith('/') ? p : `${cwd}/${p}`;
}
