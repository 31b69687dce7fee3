// History findings + working-tree findings + presence + posture → one repository's audit model.
import { severityRank } from '../engine/order.js';
import { withTestContext } from '../engine/test-context.js';
import type { Finding, Narrowing, Warning } from '../types.js';
import type { Verification } from '../verify/types.js';
import { AUDIT_KIND, AUDIT_VERSION, type Acceptance, type AuditFinding, type AuditReport, type AuditRepository, type Posture, type RotationEntry } from './model.js';
import { CREDENTIAL_FILE_DETECTORS } from './posture.js';
import type { Presence } from './presence.js';
import { summarize } from './summary.js';

/** The identity of one secret (or credential file): detector and fingerprint. */
export function secretKey(f: { readonly detectorId: string; readonly fingerprint: string }): string {
  return `${f.detectorId}\0${f.fingerprint}`;
}

/** Findings that go on the rotation checklist: a secret value, or a committed credential file. */
export function needsRotation(f: { readonly redacted: string; readonly detectorId: string }): boolean {
  return f.redacted !== '' || CREDENTIAL_FILE_DETECTORS.has(f.detectorId);
}

export interface AuditParts {
  readonly tool: { readonly name: string; readonly version: string };
  readonly repository: AuditRepository;
  readonly generatedAt: string;
  readonly reveal: boolean;
  /** Attributed history findings (one per detector, secret and path). */
  readonly history: readonly Finding[];
  /** Working-tree findings. */
  readonly tree: readonly Finding[];
  readonly presence: ReadonlyMap<string, Presence>;
  /** The posture, from the repository's facts and the merged findings. */
  readonly postureOf: (findings: readonly AuditFinding[]) => Posture;
  readonly warnings: readonly Warning[];
  readonly notes: readonly string[];
  /** What settings narrowed the history and working-tree scans. */
  readonly narrowing?: readonly Narrowing[];
  /** Which history / working-tree findings the repository's settings accepted (kept, marked; see accepted.ts). */
  readonly acceptedInHistory?: (f: Finding) => Acceptance | undefined;
  readonly acceptedInTree?: (f: Finding) => Acceptance | undefined;
  /** --verify-only-live: which findings the report keeps (the posture still judges them all). */
  readonly keep?: (f: AuditFinding) => boolean;
}

export function buildAudit(parts: AuditParts): AuditReport {
  const merged = mergeFindings(parts.history, parts.tree, parts.acceptedInHistory ?? none, parts.acceptedInTree ?? none);
  // accepted findings count in the posture as in the summary: a baselined key file is still committed
  const posture = parts.postureOf(merged);
  const findings = parts.keep ? merged.filter(parts.keep) : merged;
  const { rotation, testCredentials } = buildRotation(findings, parts.presence);
  return {
    version: AUDIT_VERSION,
    kind: AUDIT_KIND,
    tool: parts.tool,
    repository: parts.repository,
    generatedAt: parts.generatedAt,
    reveal: parts.reveal,
    summary: summarize({ findings, rotation, testCredentials, postures: [posture], narrowing: parts.narrowing ?? [] }),
    rotation,
    testCredentials,
    findings,
    posture,
    warnings: parts.warnings,
    notes: parts.notes,
    narrowing: parts.narrowing ?? [],
  };
}

const none = (): undefined => undefined;

/**
 * The current tree as the working-tree scan saw it, every place on its own (as `scan` counts them),
 * each one attributed to the commit that introduced it when history holds it at that path; then
 * the history findings no longer in the tree. A history finding the working-tree scan did not
 * see again (an uncommitted deletion, or no working tree) stays as history found it. The findings
 * that are not accepted are exactly those a scan with the same settings would report, plus
 * history's.
 */
function mergeFindings(history: readonly Finding[], tree: readonly Finding[], acceptedInHistory: (f: Finding) => Acceptance | undefined, acceptedInTree: (f: Finding) => Acceptance | undefined): AuditFinding[] {
  const place = (f: { readonly detectorId: string; readonly fingerprint: string; readonly path: string }): string => `${secretKey(f)}\0${f.path}`;
  const treePlaces = new Set(tree.map(place));
  const introducedBy = new Map<string, Finding>();
  const out: AuditFinding[] = [];
  for (const f of history) {
    if (treePlaces.has(place(f))) introducedBy.set(place(f), f);
    else out.push(toAuditFinding(f, 'history', acceptedInHistory(f)));
  }
  const inTreeKeys = new Set(history.filter((f) => f.inTree).map(secretKey));
  for (const f of tree) {
    const commit = introducedBy.get(place(f));
    const attributed = commit ? { ...f, commit: commit.commit, author: commit.author, email: commit.email, date: commit.date, inTree: true } : f;
    out.push(toAuditFinding(attributed, commit ? 'history' : 'working-tree', acceptedInTree(f)));
    inTreeKeys.add(secretKey(f));
  }
  // a secret still in the working tree under another path is still in the tree
  return out.map((f) => (!f.inTree && inTreeKeys.has(secretKey(f)) ? { ...f, inTree: true } : f));
}

/** The audit's view of a finding; in test, fixture, example or docs paths marked and one severity step lower, as a scan reports it. */
function toAuditFinding(finding: Finding, origin: AuditFinding['origin'], accepted: Acceptance | undefined): AuditFinding {
  const f = withTestContext(finding);
  return {
    detectorId: f.detectorId, title: f.title, policy: f.policy, severity: f.severity, path: f.path, line: f.line, column: f.column,
    fingerprint: f.fingerprint, redacted: f.redacted, message: f.message,
    ...(f.secret !== undefined ? { secret: f.secret } : {}),
    ...(f.commit !== undefined ? { commit: f.commit, author: f.author ?? '', email: f.email ?? '', date: f.date ?? '' } : {}),
    inTree: origin === 'working-tree' ? true : f.inTree === true,
    origin,
    ...(accepted ? { accepted } : {}),
    ...(f.context ? { context: f.context } : {}),
    ...(f.verification ? { verification: f.verification } : {}),
  };
}

/**
 * One entry per distinct secret: first seen where its oldest finding is; most severe first, then
 * oldest. A credential-file finding at the very place a secret was found (a key file and the key in
 * it) is left to the secret's entry. Secrets found only in test, fixture, example and docs paths and
 * vendored third-party code are listed apart (`testCredentials`); one found anywhere else too is a
 * credential to rotate.
 */
function buildRotation(findings: readonly AuditFinding[], presence: ReadonlyMap<string, Presence>): { rotation: RotationEntry[]; testCredentials: RotationEntry[] } {
  const secretAt = new Set(findings.filter((f) => f.redacted !== '').map((f) => `${f.path}\0${f.line}`));
  const groups = new Map<string, AuditFinding[]>();
  for (const f of findings) {
    if (!needsRotation(f) || (f.redacted === '' && secretAt.has(`${f.path}\0${f.line}`))) continue;
    const key = secretKey(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const entries = [...groups].map(([key, list]) => rotationEntry(list, presence.get(key)));
  entries.sort((a, b) => liveFirst(a) - liveFirst(b) || severityRank(b.severity) - severityRank(a.severity) || (a.date ?? '~').localeCompare(b.date ?? '~') || a.fingerprint.localeCompare(b.fingerprint));
  return { rotation: entries.filter((e) => e.context === undefined), testCredentials: entries.filter((e) => e.context !== undefined) };
}

/** Live credentials lead the checklist: they are the ones an attacker can use today. */
function liveFirst(e: RotationEntry): number {
  return e.verification?.status === 'live' ? 0 : 1;
}

/** An entry's verification: live when any of its findings is, else revoked when any is, else the first one's. */
function entryVerification(list: readonly AuditFinding[]): Verification | undefined {
  const all = list.map((f) => f.verification).filter((v): v is Verification => v !== undefined);
  return all.find((v) => v.status === 'live') ?? all.find((v) => v.status === 'revoked') ?? all[0];
}

function rotationEntry(list: readonly AuditFinding[], seen: Presence | undefined): RotationEntry {
  const verification = entryVerification(list);
  const committed = list.filter((f) => f.commit !== undefined).sort((a, b) => Date.parse(a.date ?? '') - Date.parse(b.date ?? ''));
  const first = committed[0] ?? (list[0] as AuditFinding);
  // the highest of its findings: a test copy of a real key (one step lower) does not lower it
  const severity = list.reduce((top, f) => (severityRank(f.severity) > severityRank(top) ? f.severity : top), first.severity);
  return {
    detectorId: first.detectorId, title: first.title, policy: first.policy, severity, fingerprint: first.fingerprint,
    redacted: first.redacted,
    ...(first.secret !== undefined ? { secret: first.secret } : {}),
    ...(first.commit !== undefined ? { firstCommit: first.commit, author: first.author ?? '', email: first.email ?? '', date: first.date ?? '' } : {}),
    ...(seen ? { lastCommit: seen.lastCommit, lastDate: new Date(seen.lastTime * 1000).toISOString() } : {}),
    inTree: list.some((f) => f.inTree),
    paths: [...new Set(list.map((f) => f.path))].sort(),
    commits: seen?.commits ?? 0,
    ...(acceptance(list, first) ?? {}),
    ...(list.every((f) => f.context !== undefined) ? { context: list.every((f) => f.context === 'vendored') ? ('vendored' as const) : ('test' as const) } : {}),
    ...(verification ? { verification } : {}),
  };
}

/** An entry is accepted when every finding of it is; the mark is its first finding's, else the first accepted one's. */
function acceptance(list: readonly AuditFinding[], first: AuditFinding): { accepted: Acceptance } | undefined {
  if (list.some((f) => f.accepted === undefined)) return undefined;
  const accepted = first.accepted ?? list[0]?.accepted;
  return accepted ? { accepted } : undefined;
}
