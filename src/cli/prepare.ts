// What every scanning command (scan, staged, history, baseline) does before and after its source
// runs: read the config, choose detectors, load ignore rules, inline allows and the baseline, and
// render the reports (plus GitHub annotations and job summary inside GitHub Actions).
import { appendFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError, describeSystemError } from '../errors.js';
import { allDetectors } from '../../detectors/index.js';
import { configSelects, configuredCatalogue, loadBaselineKey, loadConfig } from '../config/load.js';
import { CONFIG_FILE, type Config } from '../config/schema.js';
import { DEFAULT_ARCHIVE_DEPTH, setArchiveDepth } from '../engine/archive.js';
import { EnvUsageFacts } from '../engine/env-usage-facts.js';
import { refineFindings } from '../engine/refine.js';
import type { FingerprintKey } from '../engine/finding.js';
import { baselineFilter, baselineKey, readBaseline } from '../filters/baseline.js';
import { inlineAllowFilter } from '../filters/inline-allow.js';
import { ignoreRulesFilter, NO_RULES, parseSecretsIgnore, pathExcluder, pathRulesFromList, type IgnoreRules, type PathRule, type UnusedReporter } from '../filters/secretsignore.js';
import { readTextFile } from '../filters/read-text.js';
import { GITLEAKS_IGNORE_FILTER } from '../filters/peers/gitleaks-ignore.js';
import { loadPeerSettings, type PeerSettings } from '../filters/peers/load.js';
import { HUMAN_FORMATS } from '../report/index.js';
import type { ReportInput } from '../report/types.js';
import type { Detector, Finding, FindingFilter, Narrowing, ScanResult, ScanStats, Warning } from '../types.js';
import { TOOL } from '../version.js';
import { printError, type CliIo } from './io.js';
import { displayPath } from './display-path.js';

export { displayPath };
import { describeNarrowing, pathCounter, type NarrowingSettings, type PathCounter } from './narrowing.js';
import { applyVerification, resolveVerify, type RawVerifyOptions, type VerifyPlan } from './verify.js';
import { DEFAULT_MAX_FILE_SIZE, parseArchiveDepth, parseSize, resolveReportOptions, writeReports, type RawReportOptions, type ReportOptions } from './options.js';

export const IGNORE_FILE = '.secretsignore';

export interface RawScanOptions extends RawReportOptions, RawVerifyOptions {
  maxFileSize?: string;
  maxArchiveDepth?: string;
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
  /** The baseline the settings name (the config's "baseline"), used or not: where `baseline create`/`update` write. */
  readonly baselineSetting?: string;
  /** How secrets are fingerprinted: the baseline's salt and scheme (see engine/finding.ts); absent: the legacy salt. */
  readonly fingerprints?: FingerprintKey;
  /** What the settings loaded here narrowed in a scan with these stats (see Narrowing). */
  readonly narrowing: (stats: ScanStats) => Narrowing[];
  /** With --report-unused-allows: what can list allow comments and rules that silenced nothing. */
  readonly unused: readonly UnusedReporter[];
  /**
   * `filters` for a scan that fingerprints with another salt (a new baseline's): the .gitleaksignore
   * entries that name a commit are matched by fingerprint, so they are resolved again for it.
   */
  readonly filtersForKey: (key: FingerprintKey) => Promise<readonly FindingFilter[]>;
  /** Whether the repository uses env files (gitignore-missing-env applies only then): give `observe` to runScan as observePath. */
  readonly envFacts: EnvUsageFacts;
  /** --verify: give `verify.vault` to runScan as secretVault; finishScan then verifies. */
  readonly verify?: VerifyPlan;
}

export interface PrepareOptions {
  /** False for commands that make baselines: they must see every finding. */
  readonly useBaseline?: boolean;
}

/** Validates options and loads config, .secretsignore and baseline for a scan of `root`. */
export async function prepareScan(raw: RawScanOptions, io: CliIo, root: string, options: PrepareOptions = {}): Promise<PreparedScan> {
  // --no-repo-config: the root's own files are not read; files named by flags are the user's
  const repoFiles = raw.repoConfig !== false;
  const configChoice = fileChoice(raw.config, CONFIG_FILE, io, root);
  const config = repoFiles || raw.config !== undefined ? await loadConfig(...configChoice, allDetectors) : undefined;
  const catalogue = configuredCatalogue(allDetectors, config);
  const report = await resolveReportOptions(raw, catalogue, io, {
    ...(config?.failOn ? { failOn: config.failOn } : {}),
    ...(config?.failOnTestContext !== undefined ? { failOnTestContext: config.failOnTestContext } : {}),
    selects: configSelects(config),
  });
  const maxFileSize = raw.maxFileSize !== undefined ? parseSize(raw.maxFileSize) : (config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  setArchiveDepth(raw.maxArchiveDepth !== undefined ? parseArchiveDepth(raw.maxArchiveDepth) : DEFAULT_ARCHIVE_DEPTH);
  const knownIds = new Set(catalogue.map((d) => d.id));
  const ignoreChoice = fileChoice(raw.ignoreFile, IGNORE_FILE, io, root);
  const rules = repoFiles || raw.ignoreFile !== undefined ? await loadIgnoreRules(ignoreChoice, knownIds) : NO_RULES;
  const control = whoControls(raw);
  const { excluder, paths } = pathRules(config, control.config, rules, { source: ignoreChoice[1], controlledBy: control.ignoreFile });
  const track = raw.reportUnusedAllows === true;
  // (a fingerprint rule follows its secret to another detector of its family: the scan's key is known below)
  const ruleFilter = ignoreRulesFilter(rules, { detectors: catalogue, key: () => fingerprints });
  const allowFilter = inlineAllowFilter({ knownIds, trackUnused: track });
  // allow comments are written by whoever wrote the scanned files: --no-repo-config ignores them
  const filters: FindingFilter[] = repoFiles ? [ruleFilter, allowFilter] : [ruleFilter];
  const baselineSetting = await configuredBaseline(config, repoFiles, configChoice, root);
  const baselineFile = options.useBaseline === false ? undefined : chooseBaseline(raw.baseline, baselineSetting, io);
  const baseline = baselineFile ? await readBaseline(baselineFile, displayPath(io.cwd, baselineFile)) : undefined;
  const fingerprints = baseline ? baselineKey(baseline) : options.useBaseline === false ? undefined : await settingKey(baselineSetting, io);
  // .gitleaksignore and .gitleaks.toml are the repository's settings too
  const peers = repoFiles ? await loadPeerSettings({ root, shown: (file) => displayPath(io.cwd, file), detectors: report.detectors, fingerprints, maxFileSize }) : undefined;
  if (peers?.ignore) filters.push(peers.ignore.filter);
  if (baseline) filters.push(baselineFilter(baseline));
  const walk = withPeerPaths(paths, peers);
  const verify = await resolveVerify(raw, io, config);
  const settings: NarrowingSettings = {
    ...(config ? { config } : {}),
    configControl: control.config,
    ...(rules !== NO_RULES ? { ignoreFile: { source: ignoreChoice[1], controlledBy: control.ignoreFile } } : {}),
    flags: { ...(raw.detector ? { detector: raw.detector } : {}), ...(raw.policy ? { policy: raw.policy } : {}), maxFileSize: raw.maxFileSize !== undefined, failOn: raw.failOn !== undefined },
    builtins: allDetectors,
    maxFileSize,
    ...(baselineFile ? { baseline: { source: displayPath(io.cwd, baselineFile), controlledBy: control.baseline } } : {}),
    paths,
  };
  return {
    report,
    detectors: report.detectors,
    filters,
    exclude: walk.exclude,
    maxFileSize,
    notes: [...(peers?.notes ?? [])],
    root,
    catalogue,
    ...(config ? { config } : {}),
    ...(baselineFile ? { baselineFile } : {}),
    ...(baselineSetting ? { baselineSetting } : {}),
    ...(fingerprints !== undefined ? { fingerprints } : {}),
    narrowing: (stats) => withPeerNarrowing([...describeNarrowing(settings, walk.ownStats(stats)), ...testContextGate(config, raw, control.config)], peers, stats),
    unused: track ? [excluder, ruleFilter, ...(repoFiles ? [allowFilter] : []), ...(peers?.ignore ? [peers.ignore.filter] : [])] : [],
    envFacts: new EnvUsageFacts(),
    ...(verify ? { verify } : {}),
    filtersForKey: async (key) => {
      const ignore = peers?.ignore;
      if (!ignore || (key.salt === fingerprints?.salt && key.allScrypt === fingerprints?.allScrypt)) return filters;
      const again = await ignore.forKey(key);
      return filters.map((f) => (f === ignore.filter ? again : f));
    },
  };
}

/**
 * The walk-time exclusion with .gitleaks.toml's path allowlists after our own path rules. Our rules'
 * count of excluded files is then theirs alone: `ownStats` gives describeNarrowing the stats it
 * would have seen without the gitleaks paths (their unique files, which is what it counts with
 * several sources anyway).
 */
function withPeerPaths(paths: PathCounter, peers: PeerSettings | undefined): { exclude: (path: string) => boolean; ownStats: (stats: ScanStats) => ScanStats } {
  const peer = peers?.paths;
  if (!peer) return { exclude: paths.exclude, ownStats: (stats) => stats };
  const own = new Set<string>();
  return {
    exclude(path) {
      if (paths.exclude(path)) {
        own.add(path);
        return true;
      }
      return peer.exclude(path);
    },
    ownStats: (stats) => ({ ...stats, skipped: { ...stats.skipped, 'ignored-by-rule': own.size } }),
  };
}

/** What .gitleaks.toml excluded (after the other path rules) and what .gitleaksignore silenced (before the allows and the baseline). */
function withPeerNarrowing(list: Narrowing[], peers: PeerSettings | undefined, stats: ScanStats): Narrowing[] {
  if (!peers) return list;
  const extra: Narrowing[] = [];
  const files = peers.paths?.excluded() ?? 0;
  if (peers.paths && files > 0) extra.push({ kind: 'paths-ignored', controlledBy: 'repository', source: peers.paths.shown, files });
  const silenced = stats.suppressed[GITLEAKS_IGNORE_FILTER] ?? 0;
  if (peers.ignore && silenced > 0) extra.push({ kind: 'rule-silenced', controlledBy: 'repository', source: peers.ignore.shown, findings: silenced });
  const rank = (n: Narrowing): number => (n.kind === 'inline-allow' || n.kind === 'baseline' ? 3 : n.kind === 'rule-silenced' ? 2 : n.kind === 'paths-ignored' || n.kind === 'oversize' ? 1 : 0);
  return [...list, ...extra].map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i).map(({ n }) => n);
}

type Control = 'repository' | 'user';

/** A config's "failOnTestContext": false (and no flag overriding it) lets test-context findings through the gate: recorded as such. */
function testContextGate(config: Config | undefined, raw: RawScanOptions, controlledBy: Control): Narrowing[] {
  if (config?.failOnTestContext !== false || raw.failOnTestContext !== undefined) return [];
  return [{ kind: 'test-context-ungated', controlledBy, source: config.shown }];
}

/** The trust model: the root's own files are the repository's word; flags and the files they name are the user's. */
function whoControls(raw: RawScanOptions): { config: Control; ignoreFile: Control; baseline: Control } {
  const config: Control = raw.config === undefined ? 'repository' : 'user';
  return { config, ignoreFile: raw.ignoreFile === undefined ? 'repository' : 'user', baseline: typeof raw.baseline === 'string' ? 'user' : config };
}

/** The config's `ignore` and the ignore file's path rules, applied while walking; each exclusion is attributed to its file. */
function pathRules(config: Config | undefined, configControl: Control, rules: IgnoreRules, ignoreFile: { source: string; controlledBy: Control }): { excluder: ReturnType<typeof pathExcluder>; paths: PathCounter } {
  const configRules: PathRule[] = config ? pathRulesFromList(config.ignore, config.shown) : [];
  const excluder = pathExcluder([...configRules, ...rules.paths]);
  const paths = pathCounter(excluder.exclude, [{ source: config?.shown ?? '', controlledBy: configControl, rules: configRules }, { ...ignoreFile, rules: rules.paths }]);
  return { excluder, paths };
}

/**
 * The baseline the config names, relative to the config file. With --no-repo-config and no
 * --config, only the "baseline" key of the root's config is read: a committed baseline still applies.
 */
async function configuredBaseline(config: Config | undefined, repoFiles: boolean, [file, shown, required]: [string, string, boolean], root: string): Promise<string | undefined> {
  if (config) return config.baseline !== undefined ? resolve(dirname(config.file), config.baseline) : undefined;
  if (repoFiles || required) return undefined;
  const key = await loadBaselineKey(file, shown, root);
  return key !== undefined ? resolve(root, key) : undefined;
}

/**
 * With --no-baseline the configured baseline filters nothing, but its salt and scheme still make the
 * fingerprints, so that a report's fingerprints compare with the baseline's; a missing or
 * unreadable baseline gives none.
 */
async function settingKey(file: string | undefined, io: CliIo): Promise<FingerprintKey | undefined> {
  if (file === undefined) return undefined;
  try {
    return baselineKey(await readBaseline(file, displayPath(io.cwd, file)));
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

/** [absolute file, shown name, required]: a flag's file must exist; the default one at the root may not. */
function fileChoice(flag: string | undefined, defaultName: string, io: CliIo, root: string): [string, string, boolean] {
  const file = flag !== undefined ? resolve(io.cwd, flag) : join(root, defaultName);
  return [file, displayPath(io.cwd, file), flag !== undefined];
}

async function loadIgnoreRules([file, shown, required]: [string, string, boolean], knownIds: ReadonlySet<string>): Promise<IgnoreRules> {
  const text = await readTextFile(file, shown, required, 'the ignore file', "check --ignore-file, or remove it to use the root's .secretsignore");
  return text === undefined ? NO_RULES : parseSecretsIgnore(text, shown, knownIds);
}

/** --baseline FILE, else --no-baseline, else the config's "baseline". */
function chooseBaseline(flag: string | false | undefined, configured: string | undefined, io: CliIo): string | undefined {
  if (flag === false) return undefined;
  if (flag !== undefined) return resolve(io.cwd, flag);
  return configured;
}

/** Renders the reports of a finished scan and returns the exit code. */
export async function finishScan(command: string, result: ScanResult, prepared: PreparedScan, io: CliIo): Promise<number> {
  // history reads no working tree: its .gitignore versions are judged as they are
  const listed = listedPerFile(refineFindings(command === 'history' ? result.findings : await prepared.envFacts.apply(result.findings, prepared.root)));
  let findings = listed.findings;
  if (prepared.verify) {
    const verified = await applyVerification(findings, prepared.verify, { root: prepared.root, repo: prepared.root }, io);
    findings = verified.findings;
    prepared.notes.push(verified.note);
  }
  const input: Omit<ReportInput, 'color'> = {
    tool: TOOL,
    command,
    findings,
    stats: result.stats,
    narrowing: result.narrowing ?? prepared.narrowing(result.stats),
    warnings: [...result.warnings, ...listed.warnings, ...prepared.unused.flatMap((u) => u.unused())],
    detectors: prepared.detectors,
    reveal: prepared.report.reveal,
    notes: prepared.notes,
  };
  const code = await writeReports(input, prepared.report, io);
  if (io.env.GITHUB_ACTIONS === 'true') await reportToGithub(input, prepared.report, io);
  return code;
}

/**
 * Findings a report lists for one file at most. A file past it is a dump, a bundle or generated (a table of
 * 50,000 password hashes, one key repeated through a 10 MB line): the rest say nothing more, the report would
 * grow with the file (a hostile one made a 2 GB SARIF run), and GitHub code scanning takes 25,000 results a run.
 * The gate fails the same; `baseline create` records every finding.
 */
export const MAX_LISTED_PER_FILE = 10_000;

/** The first MAX_LISTED_PER_FILE findings of each file, and a warning for each file that had more. */
export function listedPerFile(findings: Finding[]): { findings: Finding[]; warnings: Warning[] } {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.path, (counts.get(f.path) ?? 0) + 1);
  const over = [...counts].filter(([, n]) => n > MAX_LISTED_PER_FILE);
  if (over.length === 0) return { findings, warnings: [] };
  const taken = new Map<string, number>();
  const kept = findings.filter((f) => {
    const n = (taken.get(f.path) ?? 0) + 1;
    taken.set(f.path, n);
    return n <= MAX_LISTED_PER_FILE;
  });
  const warnings = over.map(([path, n]) => ({
    path,
    message: `${n.toLocaleString('en-US')} findings in this file: the report lists the first ${MAX_LISTED_PER_FILE.toLocaleString('en-US')} (a dump, a bundle or a generated file? remove it, or exclude it in .secretsignore and scan it on its own)`,
  }));
  return { findings: kept, warnings };
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
    printError(io, `warning: cannot append the job summary to GITHUB_STEP_SUMMARY (${describeSystemError(error)})`);
  }
}
