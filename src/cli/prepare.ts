// What every scanning command (scan, staged, history, baseline) does before and after its source
// runs: read the config, choose detectors, load ignore rules, inline allows and the baseline, and
// render the reports (plus GitHub annotations and job summary inside GitHub Actions).
import { appendFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { allDetectors } from '../../detectors/index.js';
import { configSelects, configuredCatalogue, loadConfig } from '../config/load.js';
import { CONFIG_FILE, type Config } from '../config/schema.js';
import { baselineFilter, readBaseline } from '../filters/baseline.js';
import { inlineAllowFilter } from '../filters/inline-allow.js';
import { ignoreRulesFilter, NO_RULES, parseSecretsIgnore, pathExcluder, pathRulesFromList, type IgnoreRules, type UnusedReporter } from '../filters/secretsignore.js';
import { readTextFile } from '../filters/read-text.js';
import { HUMAN_FORMATS } from '../report/index.js';
import type { ReportInput } from '../report/types.js';
import type { Detector, FindingFilter, ScanResult } from '../types.js';
import { TOOL } from '../version.js';
import type { CliIo } from './io.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize, resolveReportOptions, writeReports, type RawReportOptions, type ReportOptions } from './options.js';

export const IGNORE_FILE = '.secretsignore';

export interface RawScanOptions extends RawReportOptions {
  maxFileSize?: string;
}

export interface PreparedScan {
  readonly report: ReportOptions;
  readonly detectors: readonly Detector[];
  readonly filters: readonly FindingFilter[];
  /** Path rules applied while walking: an excluded file is never read. Every source must call it for every path. */
  readonly exclude: (path: string) => boolean;
  readonly maxFileSize: number;
  readonly notes: string[];
  /** The scanned root that paths, .secretsignore and .secret-hygiene.json are relative to. */
  readonly root: string;
  /** Every detector known to this run: built-ins and custom ones, with severity overrides. */
  readonly catalogue: readonly Detector[];
  readonly config?: Config;
  /** The baseline file in use, if any. */
  readonly baselineFile?: string;
  /** With --report-unused-allows: what can list allow comments and rules that silenced nothing. */
  readonly unused: readonly UnusedReporter[];
}

export interface PrepareOptions {
  /** False for commands that make baselines: they must see every finding. */
  readonly useBaseline?: boolean;
}

/** Validates options and loads config, .secretsignore and baseline for a scan of `root`. */
export async function prepareScan(raw: RawScanOptions, io: CliIo, root: string, options: PrepareOptions = {}): Promise<PreparedScan> {
  const config = await loadConfig(...fileChoice(raw.config, CONFIG_FILE, io, root), allDetectors);
  const catalogue = configuredCatalogue(allDetectors, config);
  const report = await resolveReportOptions(raw, catalogue, io, { ...(config?.failOn ? { failOn: config.failOn } : {}), selects: configSelects(config) });
  const maxFileSize = raw.maxFileSize !== undefined ? parseSize(raw.maxFileSize) : (config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  const knownIds = new Set(catalogue.map((d) => d.id));
  const rules = await loadIgnoreRules(raw.ignoreFile, io, root, knownIds);
  const excluder = pathExcluder([...(config ? pathRulesFromList(config.ignore, config.shown) : []), ...rules.paths]);
  const track = raw.reportUnusedAllows === true;
  const ruleFilter = ignoreRulesFilter(rules);
  const allowFilter = inlineAllowFilter({ knownIds, trackUnused: track });
  const filters: FindingFilter[] = [ruleFilter, allowFilter];
  const baselineFile = options.useBaseline === false ? undefined : chooseBaseline(raw.baseline, config, io);
  if (baselineFile) filters.push(baselineFilter(await readBaseline(baselineFile, displayPath(io.cwd, baselineFile))));
  return {
    report,
    detectors: report.detectors,
    filters,
    exclude: excluder.exclude,
    maxFileSize,
    notes: [],
    root,
    catalogue,
    ...(config ? { config } : {}),
    ...(baselineFile ? { baselineFile } : {}),
    unused: track ? [excluder, ruleFilter, allowFilter] : [],
  };
}

/** [absolute file, shown name, required]: a flag's file must exist; the default one at the root may not. */
function fileChoice(flag: string | undefined, defaultName: string, io: CliIo, root: string): [string, string, boolean] {
  const file = flag !== undefined ? resolve(io.cwd, flag) : join(root, defaultName);
  return [file, displayPath(io.cwd, file), flag !== undefined];
}

async function loadIgnoreRules(flag: string | undefined, io: CliIo, root: string, knownIds: ReadonlySet<string>): Promise<IgnoreRules> {
  const [file, shown, required] = fileChoice(flag, IGNORE_FILE, io, root);
  const text = await readTextFile(file, shown, required, 'the ignore file', "check --ignore-file, or remove it to use the root's .secretsignore");
  return text === undefined ? NO_RULES : parseSecretsIgnore(text, shown, knownIds);
}

/** --baseline FILE, else --no-baseline, else the config's "baseline" (relative to the config file). */
function chooseBaseline(flag: string | false | undefined, config: Config | undefined, io: CliIo): string | undefined {
  if (flag === false) return undefined;
  if (flag !== undefined) return resolve(io.cwd, flag);
  return config?.baseline !== undefined ? resolve(dirname(config.file), config.baseline) : undefined;
}

/** A path as the user would type it: relative to the current folder when inside it. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Renders the reports of a finished scan and returns the exit code. */
export async function finishScan(command: string, result: ScanResult, prepared: PreparedScan, io: CliIo): Promise<number> {
  const input: Omit<ReportInput, 'color'> = {
    tool: TOOL,
    command,
    findings: result.findings,
    stats: result.stats,
    warnings: [...result.warnings, ...prepared.unused.flatMap((u) => u.unused())],
    detectors: prepared.detectors,
    reveal: prepared.report.reveal,
    notes: prepared.notes,
  };
  const code = await writeReports(input, prepared.report, io);
  if (io.env.GITHUB_ACTIONS === 'true') await reportToGithub(input, prepared.report, io);
  return code;
}

/**
 * Inside GitHub Actions: annotations for the diff view (on stdout, or on stderr when stdout
 * carries a machine-readable report; the runner reads both) and a Markdown job summary.
 */
async function reportToGithub(input: Omit<ReportInput, 'color'>, report: ReportOptions, io: CliIo): Promise<void> {
  const stdoutTarget = report.targets.find((t) => t.file === undefined);
  if (stdoutTarget?.format !== 'github') {
    const { renderGithub } = await import('../report/github.js');
    const annotations = renderGithub({ ...input, color: false });
    const toStderr = stdoutTarget !== undefined && !HUMAN_FORMATS.includes(stdoutTarget.format);
    if (annotations) (toStderr ? io.stderr : io.stdout)(annotations);
  }
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (!summary) return;
  const { renderMarkdown } = await import('../report/markdown.js');
  try {
    await appendFile(summary, `${renderMarkdown({ ...input, color: false })}\n`);
  } catch (error) {
    io.stderr(`secret-hygiene: warning: cannot append the job summary to GITHUB_STEP_SUMMARY (${(error as Error).message.split('\n')[0]})\n`);
  }
}
