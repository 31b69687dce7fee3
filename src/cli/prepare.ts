// What every scanning command (scan, staged, history) does before and after its source runs:
// choose detectors, load ignore rules and filters, and render the reports.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allDetectors } from '../../detectors/index.js';
import { describeSystemError, ConfigError } from '../errors.js';
import { matchIgnoreRules, parseIgnoreLines } from '../filters/ignore-rules.js';
import type { Detector, FindingFilter, ScanResult } from '../types.js';
import { TOOL } from '../version.js';
import type { CliIo } from './io.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize, resolveReportOptions, writeReports, type RawReportOptions, type ReportOptions } from './options.js';

export interface RawScanOptions extends RawReportOptions {
  maxFileSize?: string;
}

export interface PreparedScan {
  readonly report: ReportOptions;
  readonly detectors: readonly Detector[];
  readonly filters: readonly FindingFilter[];
  /** Path rules applied while walking: an excluded file is never read. */
  readonly exclude: (path: string) => boolean;
  readonly maxFileSize: number;
  readonly notes: string[];
}

/** Validates options and loads the project's .secretsignore from `root` (the repository or folder scanned). */
export async function prepareScan(raw: RawScanOptions, io: CliIo, root: string): Promise<PreparedScan> {
  const report = await resolveReportOptions(raw, allDetectors, io);
  const maxFileSize = raw.maxFileSize !== undefined ? parseSize(raw.maxFileSize) : DEFAULT_MAX_FILE_SIZE;
  const rules = await loadIgnoreFile(join(root, '.secretsignore'));
  const exclude = (path: string): boolean => matchIgnoreRules(rules, path)?.ignored === true;
  return { report, detectors: report.detectors, filters: [], exclude, maxFileSize, notes: [] };
}

async function loadIgnoreFile(file: string): Promise<ReturnType<typeof parseIgnoreLines>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw new ConfigError(`${file}: ${describeSystemError(error)}: make it readable or remove it`);
  }
  return parseIgnoreLines(text);
}

/** Renders the reports of a finished scan and returns the exit code. */
export async function finishScan(command: string, result: ScanResult, prepared: PreparedScan, io: CliIo): Promise<number> {
  return writeReports(
    {
      tool: TOOL,
      command,
      findings: result.findings,
      stats: result.stats,
      warnings: result.warnings,
      detectors: prepared.detectors,
      reveal: prepared.report.reveal,
      notes: prepared.notes,
    },
    prepared.report,
    io,
  );
}
