// One repository's audit: the full history (every ref), the working tree and the posture checks,
// then the second git pass that says which commits hold each secret.
import { basename } from 'node:path';
import { runScan } from '../engine/scan.js';
import { runGit } from '../git.js';
import { scanHistory, planHistory } from '../history/scan-history.js';
import { fileSource } from '../sources/files.js';
import { resolveRepository } from '../sources/repository.js';
import type { CliIo } from '../cli/io.js';
import { mergeNarrowing } from '../cli/narrowing.js';
import { applyVerification } from '../cli/verify.js';
import { displayPath, prepareScan, type PreparedScan, type RawScanOptions } from '../cli/prepare.js';
import { fileOf } from '../engine/finding.js';
import { severityRank } from '../engine/order.js';
import { isGateSetting } from '../report/narrowing.js';
import type { Finding, FindingFilter, Narrowing, ScanResult, Severity } from '../types.js';
import { historyAcceptance, recordAcceptance } from './accepted.js';
import { TOOL } from '../version.js';
import { buildAudit, needsRotation, secretKey } from './build.js';
import type { AuditFinding, AuditReport, AuditRepository } from './model.js';
import { buildPosture, envIgnored, findHooks, type PostureScope } from './posture.js';
import { secretPresence } from './presence.js';

export interface AuditRun {
  readonly report: AuditReport;
  readonly prepared: PreparedScan;
}

/** Audits the repository at `repo` (relative to io.cwd). `raw` carries the selection options (no formats). */
export async function auditRepository(repo: string, raw: RawScanOptions, io: CliIo, now: Date = new Date()): Promise<AuditRun> {
  const repository = await resolveRepository(io.cwd, repo, false);
  const plan = planHistory(repository.dir, { all: true });
  plan.catch(() => undefined); // awaited below: runs while the detectors load
  const prepared = await prepareScan(raw, io, repository.top ?? repository.gitDir);
  // what the baseline, ignore rules and allow comments accept is kept and marked, not dropped (see accepted.ts)
  const baselineWhere = prepared.baselineFile !== undefined ? displayPath(io.cwd, prepared.baselineFile) : undefined;
  const historyAccepted = recordAcceptance(prepared.filters, baselineWhere);
  const treeAccepted = recordAcceptance(prepared.filters, baselineWhere);
  const history = await scanHistory(await plan, {
    detectors: prepared.detectors,
    filters: [historyAccepted.filter],
    exclude: prepared.exclude,
    maxFileSize: prepared.maxFileSize,
    reveal: prepared.report.reveal,
    fingerprints: prepared.fingerprints,
    secretVault: prepared.verify?.vault,
  });
  const scannedTree = repository.top === undefined ? undefined : await scanWorkTree(repository.top, prepared, treeAccepted.filter);
  // posture rules where they apply, as scan reports them (gitignore-missing-env only where env files are used)
  const top = repository.top;
  const tree = scannedTree && top !== undefined ? { ...scannedTree, findings: await prepared.envFacts.apply(scannedTree.findings, top) } : scannedTree;
  let historyFindings = top !== undefined ? await prepared.envFacts.apply(history.findings, top) : history.findings;
  let treeFindings = tree?.findings ?? [];
  const notes = [...history.notes];
  if (prepared.verify) {
    // one run over both, so that a credential in history and in the tree is asked about once
    const verified = await applyVerification([...historyFindings, ...treeFindings], { ...prepared.verify, onlyLive: false }, { root: prepared.root, repo: repository.dir }, io);
    historyFindings = verified.findings.slice(0, historyFindings.length);
    treeFindings = verified.findings.slice(historyFindings.length);
    notes.push(verified.note);
  }
  const presence = await secretPresence(repository.dir, presencePairs(history.occurrences ?? []));
  const [hooks, ignored, info] = await Promise.all([
    findHooks(repository.dir, repository.top),
    envIgnored(repository.top),
    describeRepository(repository.dir, repository.top ?? repository.gitDir, (await (await plan).table).commitCount),
  ]);
  // the posture's .env check applies as the rule does: only where env files are in use
  const envFilesUsed = top === undefined || (await prepared.envFacts.used(top));
  const narrowing = mergeNarrowing(prepared.narrowing(historyAccepted.withSuppressed(history.stats)), tree ? prepared.narrowing(treeAccepted.withSuppressed(tree.stats)) : []);
  const report = buildAudit({
    tool: TOOL, repository: info, generatedAt: now.toISOString(), reveal: prepared.report.reveal,
    history: historyFindings, tree: treeFindings, presence,
    postureOf: (findings) => buildPosture(hooks, ignored, findings, postureScope(prepared, narrowing), envFilesUsed),
    warnings: [...history.warnings, ...(tree?.warnings ?? [])],
    notes,
    narrowing,
    ...(prepared.verify?.onlyLive ? { keep: (f: AuditFinding) => f.verification?.status === 'live' } : {}),
    acceptedInHistory: historyAcceptance(history.occurrences ?? [], historyAccepted.acceptanceOf),
    acceptedInTree: treeAccepted.acceptanceOf,
  });
  return { report, prepared };
}

/** Which policies the selected detectors enforce, and whether anything hid part of the repository. */
function postureScope(prepared: PreparedScan, narrowing: readonly Narrowing[]): PostureScope {
  const policies = new Set(prepared.detectors.map((d) => d.policy));
  return { checked: (policy) => policies.has(policy), narrowed: narrowing.some((n) => !isGateSetting(n)) };
}

async function scanWorkTree(top: string, prepared: PreparedScan, filter: FindingFilter): Promise<ScanResult> {
  const source = fileSource({ paths: [top], maxFileSize: prepared.maxFileSize, exclude: prepared.exclude });
  return runScan(source, { detectors: prepared.detectors, reveal: prepared.report.reveal, filters: [filter], fingerprints: prepared.fingerprints, observePath: prepared.envFacts.observe, secretVault: prepared.verify?.vault });
}

/** `${blob}\0${path}` → the keys of the rotation-worthy secrets found there. */
function presencePairs(occurrences: readonly Finding[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  for (const f of occurrences) {
    if (f.blob === undefined || !needsRotation(f)) continue;
    const pair = `${f.blob}\0${fileOf(f)}`;
    const key = secretKey(f);
    const keys = pairs.get(pair);
    if (!keys) pairs.set(pair, [key]);
    else if (!keys.includes(key)) keys.push(key);
  }
  return pairs;
}

async function describeRepository(dir: string, shownPath: string, commits: number): Promise<AuditRepository> {
  const [head, refs] = await Promise.all([
    runGit(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']),
    runGit(dir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/']),
  ]);
  const headId = head.code === 0 ? head.stdout.toString('utf8').trim() : '';
  const branches = refs.stdout.toString('utf8').split('\n').filter((l) => l.length > 0);
  const name = basename(shownPath.replace(/\/\.git$/, '')) || shownPath;
  return { name, path: shownPath, head: headId || null, branches, commits };
}

/**
 * 1 when any finding not accepted by the repository's settings is at or above `failOn` (leaving out
 * test-context findings when `failOnTestContext` is false), else 0.
 */
export function auditExitCode(findings: readonly AuditFinding[], failOn: Severity, failOnTestContext = true): number {
  const floor = severityRank(failOn);
  return findings.some((f) => f.accepted === undefined && severityRank(f.severity) >= floor && (failOnTestContext || f.context === undefined)) ? 1 : 0;
}
