// Options shared by the scanning commands, declared once as data so that --help, parsing and
// validation cannot drift.
import { access, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError, describeSystemError } from '../errors.js';
import { SEVERITIES, severityRank } from '../engine/order.js';
import { FORMAT_NAMES, loadReporter } from '../report/index.js';
import type { ReportInput } from '../report/types.js';
import type { Detector, Finding, PolicyId, Severity } from '../types.js';
import { useColor, type CliIo } from './io.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

/** Adds the options every scanning command shares. */
export function addReportOptions(command: Command): Command {
  return command
    .option('-f, --format <name>', `report format: ${FORMAT_NAMES.join(', ')} (repeat with --output to write several reports in one run)`, collect)
    .option('-o, --output <file>', 'write the report to FILE (- for stdout); pairs with the --format at the same position', collect)
    .option('--fail-on <severity>', `exit 1 when a finding is at or above: ${SEVERITIES.join(', ')}`, 'low')
    .option('--reveal', 'print secrets in clear (never the default)', false)
    .option('--policy <id>', 'run only detectors of these policies (comma-separated or repeated)', collect)
    .option('--detector <id>', 'run only these detectors (comma-separated or repeated)', collect)
    .option('-q, --quiet', 'print nothing when there are no findings', false);
}

export interface RawReportOptions {
  format?: string[];
  output?: string[];
  failOn: string;
  reveal: boolean;
  policy?: string[];
  detector?: string[];
  quiet: boolean;
}

export interface ReportTarget {
  readonly format: string;
  /** Absolute path, or undefined for stdout. */
  readonly file?: string;
}

export interface ReportOptions {
  readonly targets: readonly ReportTarget[];
  readonly failOn: Severity;
  readonly reveal: boolean;
  readonly quiet: boolean;
  readonly detectors: readonly Detector[];
}

/** Validates the shared options; bad values are UsageErrors naming the option and the fix. */
export async function resolveReportOptions(raw: RawReportOptions, all: readonly Detector[], io: CliIo): Promise<ReportOptions> {
  if (!(SEVERITIES as readonly string[]).includes(raw.failOn)) {
    throw new UsageError(`--fail-on ${raw.failOn}: unknown severity; use one of ${SEVERITIES.join(', ')}`);
  }
  const targets = await resolveTargets(raw.format ?? [], raw.output ?? [], io);
  return { targets, failOn: raw.failOn as Severity, reveal: raw.reveal, quiet: raw.quiet, detectors: selectDetectors(all, raw.policy, raw.detector) };
}

/** --policy and --detector narrow the catalogue; unknown ids are usage errors. */
export function selectDetectors(all: readonly Detector[], policies: readonly string[] | undefined, ids: readonly string[] | undefined): Detector[] {
  const knownPolicies = new Set<string>(all.map((d) => d.policy));
  for (const p of policies ?? []) {
    if (!knownPolicies.has(p)) throw new UsageError(`--policy ${p}: unknown policy; run 'secret-hygiene detectors' to list policies`);
  }
  const knownIds = new Set(all.map((d) => d.id));
  for (const id of ids ?? []) {
    if (!knownIds.has(id)) throw new UsageError(`--detector ${id}: unknown detector; run 'secret-hygiene detectors' to list ids`);
  }
  return all.filter(
    (d) => (!policies?.length || policies.includes(d.policy as PolicyId)) && (!ids?.length || ids.includes(d.id)),
  );
}

async function resolveTargets(formats: readonly string[], outputs: readonly string[], io: CliIo): Promise<ReportTarget[]> {
  if (outputs.length > Math.max(formats.length, 1)) {
    throw new UsageError(`--output ${outputs[outputs.length - 1]}: more --output than --format options; give one --format per --output`);
  }
  const list = formats.length > 0 ? formats : ['text'];
  const targets: ReportTarget[] = [];
  for (const [i, format] of list.entries()) {
    await loadReporter(format); // validates the name
    const out = outputs[i];
    if (out === undefined || out === '-') {
      targets.push({ format });
      continue;
    }
    const file = resolve(io.cwd, out);
    await assertWritable(file, out);
    targets.push({ format, file });
  }
  if (targets.filter((t) => t.file === undefined).length > 1) {
    throw new UsageError(`--format ${list.join(', ')}: only one report can go to stdout; give the others an --output file`);
  }
  return targets;
}

async function assertWritable(file: string, shown: string): Promise<void> {
  try {
    await access(dirname(file), constants.W_OK);
  } catch (error) {
    throw new UsageError(`--output ${shown}: cannot write there (${describeSystemError(error)}); choose a writable path`);
  }
}

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
    try {
      await writeFile(target.file, text);
    } catch (error) {
      throw new UsageError(`--output ${target.file}: cannot write (${describeSystemError(error)}); choose a writable path`);
    }
  }
  return exitCodeFor(input.findings, options.failOn);
}

/** 1 when any finding is at or above the --fail-on severity, else 0. */
export function exitCodeFor(findings: readonly Finding[], failOn: Severity): number {
  const floor = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) >= floor) ? 1 : 0;
}

/** Parses sizes like 10MiB, 512k, 2000000. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-file-size ${value}: not a size; use bytes or a unit like 512KiB, 10MiB`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const scale = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}
