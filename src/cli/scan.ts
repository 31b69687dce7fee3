import { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { Source, SourceEvent } from '../types.js';
import type { CliIo } from './io.js';
import type { CommandContext } from './main.js';
import { addReportOptions, ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP } from './options.js';
import type { RawScanOptions } from './prepare.js';

interface RawOptions extends RawScanOptions {
  allFiles: boolean;
  stdinName: string;
}

/**
 * `scan -`: standard input as one blob at `name` (as gitleaks and TruffleHog read it), up to the
 * size limit; a terminal is refused rather than waited on.
 */
function stdinSource(io: CliIo, name: string, maxBytes: number): Source {
  const input = io.stdin;
  if (!input || input.isTTY === true) throw new UsageError('-: standard input is a terminal; pipe the text to scan into secret-hygiene scan -');
  return {
    name: 'stdin',
    async *events(): AsyncGenerator<SourceEvent> {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of input) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        size += bytes.length;
        if (size > maxBytes) {
          yield { type: 'skip', path: name, reason: 'oversize', origin: { kind: 'stdin' } };
          return;
        }
        chunks.push(bytes);
      }
      yield { type: 'blob', blob: { path: name, bytes: Buffer.concat(chunks), origin: { kind: 'stdin' } } };
    },
  };
}

export function registerScan(program: Command, ctx: CommandContext): void {
  const command = program
    .command('scan')
    .description('scan files and folders (default: the current folder); in a git work tree, what could be committed')
    .argument('[paths...]', 'files, folders or glob patterns (quoted: src/**/*.env) to scan; - reads standard input', ['.'])
    .option('--all-files', 'inside a git work tree, also scan files git ignores', false)
    .option('--stdin-name <path>', 'with -, the path standard input is reported at (and judged by: .env, Dockerfile...)', 'stdin')
    .option('--max-file-size <size>', 'skip (and count) files larger than this', '10MiB')
    .option(ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP);
  addReportOptions(command).action(async (paths: string[], raw: RawOptions) => {
    const [{ prepareScan, finishScan }, { fileSource, resolveScanRoots }, { runScan }] = await Promise.all([
      import('./prepare.js'),
      import('../sources/files.js'),
      import('../engine/scan.js'),
    ]);
    const resolved = paths.length > 0 ? paths : ['.'];
    const fromStdin = resolved.includes('-');
    if (fromStdin && resolved.length > 1) throw new UsageError('-: standard input is scanned on its own; run a second scan for the other paths');
    // patterns the shell left as they are (Windows, quoted in CI) are expanded
    const roots = await resolveScanRoots(ctx.io.cwd, fromStdin ? ['.'] : resolved);
    const prepared = await prepareScan(raw, ctx.io, (roots[0] as { base: string }).base);
    const source = fromStdin
      ? stdinSource(ctx.io, raw.stdinName, prepared.maxFileSize)
      : fileSource({ paths: roots.map((r) => r.target), resolved: roots, allFiles: raw.allFiles, maxFileSize: prepared.maxFileSize, exclude: prepared.exclude });
    const result = await runScan(source, { detectors: prepared.detectors, reveal: prepared.report.reveal, filters: prepared.filters, fingerprints: prepared.fingerprints, observePath: prepared.envFacts.observe, secretVault: prepared.verify?.vault });
    ctx.setExitCode(await finishScan('scan', result, prepared, ctx.io));
  });
}
