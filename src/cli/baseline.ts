// `baseline create` records today's findings so that the gate fails only on new ones;
// `baseline update` adds new findings and drops those no longer found, keeping what people wrote.
import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { FingerprintKey } from '../engine/finding.js';
import type { Baseline } from '../filters/baseline.js';
import type { ScanResult } from '../types.js';
import type { CommandContext } from './main.js';
import { addSelectionOptions, ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP } from './options.js';
import type { PreparedScan, RawScanOptions } from './prepare.js';

/** The options of a scan that writes a baseline: selection only, no report options. */
type RawSelection = Omit<RawScanOptions, 'format' | 'output' | 'baseline'> & { allFiles?: boolean };

/**
 * A working-tree scan of `paths` (as `scan` does) without any baseline, for commands that write one.
 * `keyFor` decides, once the settings are loaded and before anything is scanned, how the fingerprints
 * are made (salt and scheme): as the baseline's own, so that the written file matches later scans.
 */
export async function scanWorkTree(
  paths: readonly string[],
  raw: RawSelection,
  ctx: CommandContext,
  keyFor: (prepared: PreparedScan) => Promise<FingerprintKey>,
  /** Keep each finding's secret in memory (never written): for `import`, which compares them with another tool's. */
  withSecrets = false,
): Promise<{ prepared: PreparedScan; result: ScanResult; inScope: (path: string) => boolean; key: FingerprintKey }> {
  const [{ prepareScan }, { fileSource, resolveScanRoots }, { runScan }] = await Promise.all([import('./prepare.js'), import('../sources/files.js'), import('../engine/scan.js')]);
  const roots = await resolveScanRoots(ctx.io.cwd, paths.length > 0 ? paths : ['.']);
  const base = (roots[0] as { base: string }).base;
  const prepared = await prepareScan({ ...raw, format: [], output: [] }, ctx.io, base, { useBaseline: false });
  const source = fileSource({ paths: roots.map((r) => r.target), resolved: roots, allFiles: raw.allFiles === true, maxFileSize: prepared.maxFileSize, exclude: prepared.exclude });
  const key = await keyFor(prepared);
  const filters = await prepared.filtersForKey(key);
  const scanned = await runScan(source, { detectors: prepared.detectors, reveal: withSecrets, filters, fingerprints: key, observePath: prepared.envFacts.observe });
  // the findings scan would report (posture rules where they apply), so that the baseline accepts exactly those
  const result = { ...scanned, findings: await prepared.envFacts.apply(scanned.findings, prepared.root) };
  const scopes = roots.map((r) => relative(base, r.target).split(sep).join('/'));
  const inScope = (path: string): boolean => scopes.some((s) => s === '' || path === s || path.startsWith(`${s}/`));
  return { prepared, result, inScope, key };
}

/** The baseline file: a flag (relative to the current folder), else the config's, else .secrets-baseline.json at the root. */
async function baselineTarget(flag: string | undefined, prepared: PreparedScan, cwd: string): Promise<{ file: string; shown: string }> {
  const [{ DEFAULT_BASELINE_FILE }, { displayPath }] = await Promise.all([import('../filters/baseline.js'), import('./prepare.js')]);
  // the config's "baseline" is used also with --no-repo-config
  const file = flag !== undefined ? resolve(cwd, flag) : (prepared.baselineSetting ?? join(prepared.root, DEFAULT_BASELINE_FILE));
  return { file, shown: displayPath(cwd, file) };
}

function addScanOptions(command: Command): Command {
  command
    .argument('[paths...]', 'files or folders to scan (default: the current folder)')
    .option('--all-files', 'inside a git work tree, also scan files git ignores', false)
    .option('--max-file-size <size>', 'skip (and count) files larger than this (default: 10MiB, or "maxFileSize" in the config)')
    .option(ARCHIVE_DEPTH_FLAGS, ARCHIVE_DEPTH_HELP);
  return addSelectionOptions(command);
}

export function registerBaseline(program: Command, ctx: CommandContext): void {
  const baseline = program.command('baseline').description('record accepted findings so that scans fail only on new ones');
  addScanOptions(
    baseline
      .command('create')
      .description('scan and record every current finding (no secret is stored: detector, path, fingerprint, line)')
      .option('-o, --output <file>', 'where to write it (default: "baseline" in the config, else .secrets-baseline.json at the root)')
      .option('--force', 'overwrite an existing baseline file', false),
  ).action(async (paths: string[], raw: RawSelection & { output?: string; force?: boolean }) => {
    const { output, ...selection } = raw;
    const [{ entriesFromFindings, writeBaseline }, { newRepositorySalt }] = await Promise.all([import('../filters/baseline.js'), import('../engine/finding.js')]);
    let target = { file: '', shown: '' };
    // a new baseline gets a new repository salt (a dictionary made for another repository is useless here)
    const { result, key } = await scanWorkTree(paths, selection, ctx, async (prepared) => {
      target = await baselineTarget(output, prepared, ctx.io.cwd);
      if (existsSync(target.file) && raw.force !== true) throw new UsageError(`${target.shown}: a baseline already exists; run 'secret-hygiene baseline update' to refresh it, or add --force to replace it`);
      return { salt: newRepositorySalt() };
    });
    const { file, shown } = target;
    const entries = entriesFromFindings(result.findings);
    await writeBaseline(file, shown, entries, key);
    ctx.io.stdout(`Wrote ${shown}: ${entries.length} finding${entries.length === 1 ? '' : 's'} accepted (no secret stored). Commit it; scans now fail only on new findings.\n`);
    if (entries.length > 0) ctx.io.stdout('Accepted secrets are still exposed: rotate them, then run `secret-hygiene baseline update`.\n');
  });
  registerImport(baseline, ctx);
  addScanOptions(
    baseline
      .command('update')
      .description('add new findings to a baseline and drop those no longer found (order stays stable)')
      .option('--baseline <file>', 'the baseline to update (default: "baseline" in the config, else .secrets-baseline.json at the root)'),
  ).action(async (paths: string[], raw: RawSelection & { baseline?: string }) => {
    const { baseline: flag, ...selection } = raw;
    const { baselineKey, readBaseline, updateEntries, writeBaseline } = await import('../filters/baseline.js');
    let target = { file: '', shown: '' };
    let old: Baseline = { entries: [], version: 3 };
    // the file keeps its salt and version (a version-1 file the legacy salt), so its fingerprints stay valid
    const { result, inScope, key } = await scanWorkTree(paths, selection, ctx, async (prepared) => {
      target = await baselineTarget(flag, prepared, ctx.io.cwd);
      old = await readBaseline(target.file, target.shown);
      return baselineKey(old);
    });
    const { file, shown } = target;
    const update = updateEntries(old.entries, result.findings, inScope);
    await writeBaseline(file, shown, update.entries, key);
    ctx.io.stdout(`Updated ${shown}: ${update.added} added, ${update.removed} removed, ${update.kept} kept (${update.entries.length} in total).\n`);
  });
}

/**
 * `baseline import --from detect-secrets|gitleaks FILE [paths...]`: scans like `create`, and writes a
 * baseline (the same file, with a new salt) of the findings that the other tool's file accepted.
 * Secrets are compared in memory only; the output gives counts, never a secret.
 */
function registerImport(baseline: Command, ctx: CommandContext): void {
  const command = baseline
    .command('import')
    .description("write a baseline of the current findings that another scanner's file accepted: a detect-secrets baseline or a gitleaks JSON report")
    .requiredOption('--from <tool>', 'the tool that wrote FILE: detect-secrets or gitleaks')
    .argument('<file>', "the other tool's file: detect-secrets' .secrets.baseline, or gitleaks' --report-format json report")
    .option('-o, --output <file>', 'where to write it (default: "baseline" in the config, else .secrets-baseline.json at the root)')
    .option('--force', 'overwrite an existing baseline file', false);
  addScanOptions(command).action(async (peerFile: string, paths: string[], raw: RawSelection & { from: string; output?: string; force?: boolean }) => {
    const { from, output, force, ...selection } = raw;
    const [{ PEER_TOOLS, readPeerAcceptance }, { entriesFromFindings, writeBaseline }, { newRepositorySalt }, { displayPath }] = await Promise.all([
      import('../filters/peers/peer-acceptance.js'),
      import('../filters/baseline.js'),
      import('../engine/finding.js'),
      import('./display-path.js'),
    ]);
    const tool = PEER_TOOLS.find((t) => t === from);
    if (tool === undefined) throw new UsageError(`--from: unknown tool; use one of ${PEER_TOOLS.join(', ')}`);
    const peerShown = displayPath(ctx.io.cwd, resolve(ctx.io.cwd, peerFile));
    const peer = await readPeerAcceptance(tool, resolve(ctx.io.cwd, peerFile), peerShown);
    let target = { file: '', shown: '' };
    const { result, key } = await scanWorkTree(
      paths,
      selection,
      ctx,
      async (prepared) => {
        target = await baselineTarget(output, prepared, ctx.io.cwd);
        if (existsSync(target.file) && force !== true) throw new UsageError(`${target.shown}: a baseline already exists; add --force to replace it, or --output to write another file`);
        return { salt: newRepositorySalt() };
      },
      true,
    );
    // entries hold path, detector, fingerprint and line: the secrets kept for the comparison end here
    const entries = entriesFromFindings(result.findings.filter((f) => peer.accepts(f)));
    await writeBaseline(target.file, target.shown, entries, key);
    const matched = peer.matched();
    const missed = peer.entries - matched;
    const why = tool === 'gitleaks' ? 'no finding of this scan at that file and line with that secret' : 'no finding of this scan in that file with that secret';
    ctx.io.stdout(`${peerShown} (${peer.kind}): ${matched} of ${peer.entries} ${peer.entries === 1 ? 'entry' : 'entries'} matched a finding; ${missed} did not${missed > 0 ? ` (${why})` : ''}.\n`);
    ctx.io.stdout(`Wrote ${target.shown}: ${entries.length} finding${entries.length === 1 ? '' : 's'} accepted (no secret stored). Commit it; scans now fail only on findings not in it.\n`);
  });
}
