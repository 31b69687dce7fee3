// Options shared by the scanning commands, declared once as data so that --help, parsing and
// validation cannot drift.
import type { Command } from 'commander';
import { parseSizeText } from '../config/size.js';
import { UsageError } from '../errors.js';
import { SEVERITIES, severityRank } from '../engine/order.js';
import { FORMAT_NAMES, loadReporter } from '../report/index.js';
import type { ReportInput } from '../report/types.js';
import type { Detector, Finding, PolicyId, Severity } from '../types.js';
import { useColor, type CliIo } from './io.js';
import { writeOutputFile } from './output-file.js';
import { resolveTargets, type Target, type TargetKinds } from './report-targets.js';
import { addVerifyOptions } from './verify.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Ids given comma-separated or repeated (`--detector a,b --detector c`). */
const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
/** A repeated option taken as given: a file name may hold a comma. */
export const repeated = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Adds the options every scanning command shares: reports, then what to scan and what to silence. */
export function addReportOptions(command: Command): Command {
  command
    .option('-f, --format <name>', `report format: ${FORMAT_NAMES.join(', ')} (repeat with --output to write several reports in one run; default: from the --output file name, .json .sarif .xml (junit) .md (markdown) .txt)`, repeated)
    .option('-o, --output <file>', 'write the report to FILE (- for stdout); pairs with the --format at the same position', repeated)
    .option('--fail-on <severity>', `exit 1 when a finding is at or above: ${SEVERITIES.join(', ')} (default: low, or "failOn" in the config)`)
    .option('--fail-on-test-context', 'findings in test, fixture, example and docs paths and vendored code (reported one severity step lower) can fail the gate (the default, or "failOnTestContext" in the config)')
    .option('--no-fail-on-test-context', 'findings in test, fixture, example and docs paths and vendored code are reported but never fail the gate')
    .option('--reveal', 'print secrets in clear in text and JSON reports (never the default)', false)
    .option('-q, --quiet', 'print nothing when there are no findings', false);
  addVerifyOptions(command);
  addBaselineOption(command);
  return addSelectionOptions(command).option('--report-unused-allows', 'warn about allow comments, .secretsignore rules and .gitleaksignore entries that silenced nothing', false);
}

/** --baseline FILE (overrides the config's "baseline") and --no-baseline (ignore any baseline). */
export function addBaselineOption(command: Command): Command {
  return command
    .option('--baseline <file>', 'report and fail only on findings not in this baseline (default: "baseline" in the config)')
    .option('--no-baseline', "ignore the config's baseline and report every finding");
}

/** What to scan with: config, ignore file, detector and policy selection. Shared with `baseline`. */
export function addSelectionOptions(command: Command): Command {
  return command
    .option('--config <file>', 'read settings from FILE (default: .secret-hygiene.json at the scanned root)')
    .option('--ignore-file <file>', 'read ignore rules from FILE (default: .secretsignore at the scanned root)')
    .option(
      '--no-repo-config',
      "for CI on untrusted code: ignore the scanned root's .secret-hygiene.json, .secretsignore, .gitleaksignore and .gitleaks.toml and allow comments in scanned files; --config, --ignore-file and the baseline (--baseline, else the config's \"baseline\" key) still apply",
    )
    .option('--policy <id>', 'run only detectors of these policies (comma-separated or repeated)', collect)
    .option('--detector <id>', 'run only these detectors (comma-separated or repeated)', collect)
    .hook('preAction', (_command, action) => {
      // A flag's default must not hide the config file's value: forget defaults of --max-file-size.
      if (action.getOptionValueSource('maxFileSize') === 'default') action.setOptionValue('maxFileSize', undefined);
    });
}

export interface RawReportOptions {
  format?: string[];
  output?: string[];
  failOn?: string;
  /** --fail-on-test-context (true), --no-fail-on-test-context (false), or neither (the config's choice). */
  failOnTestContext?: boolean;
  reveal?: boolean;
  policy?: string[];
  detector?: string[];
  quiet?: boolean;
  config?: string;
  ignoreFile?: string;
  /** False for --no-repo-config: the scanned repository's own settings and allow comments are ignored. */
  repoConfig?: boolean;
  /** A file, false for --no-baseline, undefined for the config's choice. */
  baseline?: string | false;
  reportUnusedAllows?: boolean;
}

/** Defaults the config file gives where no flag does. */
export interface ReportDefaults {
  readonly failOn?: Severity;
  readonly failOnTestContext?: boolean;
  readonly selects?: DetectorSelection;
}

export interface DetectorSelection {
  readonly detector: (d: Detector) => boolean;
  readonly policy: (d: Detector) => boolean;
}

export type ReportTarget = Target<string>;

export interface ReportOptions {
  readonly targets: readonly ReportTarget[];
  readonly failOn: Severity;
  /** False: findings with `context: "test"` never fail the gate. */
  readonly failOnTestContext: boolean;
  readonly reveal: boolean;
  readonly quiet: boolean;
  readonly detectors: readonly Detector[];
}

/** Validates the shared options; bad values are UsageErrors naming the option and the fix. Flags win over `defaults`. */
export async function resolveReportOptions(raw: RawReportOptions, all: readonly Detector[], io: CliIo, defaults: ReportDefaults = {}): Promise<ReportOptions> {
  if (raw.failOn !== undefined && !(SEVERITIES as readonly string[]).includes(raw.failOn)) {
    throw new UsageError(`--fail-on ${raw.failOn}: unknown severity; use one of ${SEVERITIES.join(', ')}`);
  }
  const failOn = (raw.failOn as Severity | undefined) ?? defaults.failOn ?? 'low';
  const targets = await resolveTargets(raw.format ?? [], raw.output ?? [], io, REPORT_KINDS);
  const detectors = selectDetectors(all, raw.policy, raw.detector, defaults.selects);
  const failOnTestContext = raw.failOnTestContext ?? defaults.failOnTestContext ?? true;
  return { targets, failOn, failOnTestContext, reveal: raw.reveal === true, quiet: raw.quiet === true, detectors };
}

/**
 * --policy and --detector narrow the catalogue (unknown ids are usage errors); where a flag is
 * absent, the config's selection applies.
 */
export function selectDetectors(all: readonly Detector[], policies: readonly string[] | undefined, ids: readonly string[] | undefined, fallback?: DetectorSelection): Detector[] {
  const knownPolicies = new Set<string>(all.map((d) => d.policy));
  for (const p of policies ?? []) {
    if (!knownPolicies.has(p)) throw new UsageError(`--policy ${p}: unknown policy; run 'secret-hygiene detectors' to list policies`);
  }
  const knownIds = new Set(all.map((d) => d.id));
  for (const id of ids ?? []) {
    if (!knownIds.has(id)) throw new UsageError(`--detector ${id}: unknown detector; run 'secret-hygiene detectors' to list ids`);
  }
  const byPolicy = (d: Detector): boolean => (policies?.length ? policies.includes(d.policy as PolicyId) : (fallback?.policy(d) ?? true));
  const byId = (d: Detector): boolean => (ids?.length ? ids.includes(d.id) : (fallback?.detector(d) ?? true));
  return all.filter((d) => byPolicy(d) && byId(d));
}

/** Scan reports by file name: `-o results.sarif` writes SARIF; an HTML page is the audit's. */
const REPORT_KINDS: TargetKinds<string> = {
  byExtension: { '.json': 'json', '.sarif': 'sarif', '.xml': 'junit', '.md': 'markdown', '.txt': 'text', '.text': 'text' },
  validate: async (format) => {
    await loadReporter(format); // an unknown name is a usage error
    return format;
  },
  extensions: '.json, .sarif, .xml (JUnit), .md or .txt',
  elsewhere: { '.html': "an HTML report is the audit's: secret-hygiene audit -o report.html", '.htm': "an HTML report is the audit's: secret-hygiene audit -o report.html" },
};

/** Renders every requested report and returns the exit code for the findings. */
export async function writeReports(input: Omit<ReportInput, 'color'>, options: ReportOptions, io: CliIo): Promise<number> {
  for (const target of options.targets) {
    const reporter = await loadReporter(target.format);
    const color = target.file === undefined && useColor(io, io.stdoutIsTTY);
    const text = reporter({ ...input, color });
    if (target.file === undefined) {
      if (!(options.quiet && input.findings.length === 0)) io.stdout(text);
      continue;
    }
    await writeOutputFile(target.file, text, io.cwd);
  }
  return exitCodeFor(input.findings, options.failOn, options.failOnTestContext);
}

/** 1 when any finding is at or above the --fail-on severity (leaving out test-context findings when `failOnTestContext` is false), else 0. */
export function exitCodeFor(findings: readonly Finding[], failOn: Severity, failOnTestContext = true): number {
  const floor = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) >= floor && (failOnTestContext || f.context === undefined)) ? 1 : 0;
}

/** --max-archive-depth N: how many archive layers to open (archive.ts). Added beside --max-file-size. */
export const ARCHIVE_DEPTH_FLAGS = '--max-archive-depth <n>';
export const ARCHIVE_DEPTH_HELP = 'open archives (zip, jar, docx, tar, gzip...) up to N layers deep and scan their files; 0 leaves archives unopened (default: 4)';

/** A --max-archive-depth value: a whole number 0-16. */
export function parseArchiveDepth(value: string): number {
  if (!/^\d{1,2}$/.test(value.trim()) || Number(value) > 16) throw new UsageError(`--max-archive-depth ${value}: not a depth; use a whole number from 0 (open no archive) to 16`);
  return Number(value);
}

/** Parses sizes like 10MiB, 512k, 2000000. */
export function parseSize(value: string): number {
  const size = parseSizeText(value);
  if (size === undefined) throw new UsageError(`--max-file-size ${value}: not a size; use bytes or a unit like 512KiB, 10MiB`);
  return size;
}
