// The audit for a terminal: a one-screen summary per repository, then the rotation checklist.
import { verificationPhrase } from './verification.js';
import { acceptedMark, acceptedPhrase } from '../audit/accepted.js';
import { reportsOf, type AuditDocument, type AuditReport, type PolicySummary, type RotationEntry } from '../audit/model.js';
import type { Narrowing } from '../types.js';
import { isGateSetting, narrowingPhrase } from './narrowing.js';
import { escapeControl } from './escape-control.js';
import { warningLines } from './warning-lines.js';

const MARK: Record<PolicySummary['status'], string> = { pass: 'ok  ', fail: 'FAIL', warn: 'warn', unknown: '?   ' };
/** A commit id as reports show it (12 characters), or '-'. */
export const short = (oid: string | undefined | null): string => (oid ? oid.slice(0, 12) : '-');
/** The day of an ISO date, or '-'. */
export const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '-');

export function renderAuditText(doc: AuditDocument): string {
  const reports = reportsOf(doc);
  const out: string[] = [];
  if (doc.kind !== 'secret-hygiene-audit') {
    out.push(`secret-hygiene audit of ${reports.length} repositories (generated ${doc.generatedAt})`, '', 'Totals', ...summaryLines(doc.summary), '');
  }
  for (const report of reports) out.push(...reportLines(report), '');
  // every line carries data from the repository or a merged file: no control character reaches the terminal
  return `${out.map(escapeControl).join('\n').trimEnd()}\n`;
}

function reportLines(r: AuditReport): string[] {
  const repo = r.repository;
  const lines = [
    `secret-hygiene audit of ${repo.name} (${repo.path})`,
    `HEAD ${short(repo.head)} · ${repo.branches.length} branches · ${repo.commits} commits · ${r.findings.length} findings · generated ${r.generatedAt}`,
  ];
  if (r.reveal) lines.push('WARNING: secrets are shown in clear (--reveal): do not share this report.');
  lines.push('', ...summaryLines(r.summary), ...narrowingLines(r), '', 'Posture');
  for (const c of r.posture.checks) lines.push(`  ${c.ok === true ? 'ok  ' : c.ok === false ? 'FAIL' : 'warn'}  ${c.sentence}`);
  const accepted = acceptedPhrase(r.rotation);
  lines.push('', `Rotation checklist: ${r.rotation.length} ${r.rotation.length === 1 ? 'credential' : 'credentials'}${accepted ? `, ${accepted}` : ''}`);
  if (r.rotation.length === 0) lines.push('  nothing to rotate');
  for (const e of r.rotation) lines.push(...rotationLines(e, r.reveal));
  if (r.testCredentials.length > 0) {
    const n = r.testCredentials.length;
    lines.push('', `Test and fixture credentials: ${n} ${n === 1 ? 'credential' : 'credentials'} found only in test, fixture, example and docs paths or vendored third-party code, not on the checklist: rotate any that is real`);
    for (const e of r.testCredentials) lines.push(...rotationLines(e, r.reveal));
  }
  lines.push(...warningLines(r.warnings));
  for (const n of r.notes) lines.push(`note: ${n}`);
  return lines;
}

/** What the scans did not look at or did not count, and who decided it: never "Clean" without it. */
function narrowingLines(r: AuditReport): string[] {
  const narrowing = r.narrowing ?? [];
  if (narrowing.length === 0) return [];
  const line = (n: Narrowing): string => `  ${n.controlledBy === 'repository' ? 'repo' : 'you '}  ${narrowingPhrase(n)}`;
  const gate = narrowing.filter(isGateSetting);
  const hidden = narrowing.filter((n) => !isGateSetting(n));
  const lines = [...(hidden.length ? ['', 'Not scanned', ...hidden.map(line)] : []), ...(gate.length ? ['', 'Gate settings', ...gate.map(line)] : [])];
  if (narrowing.some((n) => n.controlledBy === 'repository' && n.kind !== 'baseline')) lines.push("  Run with --no-repo-config to ignore the repository's own settings and allow comments.");
  return lines;
}

function summaryLines(summary: readonly PolicySummary[]): string[] {
  const width = Math.max(...summary.map((s) => s.policy.length));
  const head = `       ${'policy'.padEnd(width)}  crit  high   med   low`;
  return [head, ...summary.map((s) => {
    const c = s.counts;
    const nums = [c.critical, c.high, c.medium, c.low].map((n) => String(n).padStart(4)).join('  ');
    return `  ${MARK[s.status]} ${s.policy.padEnd(width)}  ${nums}  ${s.verdict}`;
  })];
}

function rotationLines(e: RotationEntry, reveal: boolean): string[] {
  const value = reveal && e.secret !== undefined ? e.secret.split('\n')[0] : e.redacted || '(file)';
  const where = e.inTree ? 'IN TREE' : 'history only';
  const first = e.firstCommit ? `first ${short(e.firstCommit)} by ${e.author} on ${day(e.date)}` : 'not committed (working tree only)';
  const last = e.lastCommit ? ` · last in ${short(e.lastCommit)} (${day(e.lastDate)})` : '';
  const accepted = e.accepted ? `  ${acceptedMark(e.accepted)}` : '';
  const verified = e.verification ? `  ${verificationPhrase(e.verification)}` : '';
  const acceptedWhere = e.accepted?.where !== undefined ? ` · accepted at ${e.accepted.where}` : '';
  return [
    `  [ ] ${e.severity.padEnd(8)} ${e.detectorId}  ${value}  ${where}${verified}${accepted}`,
    `        ${first}${last} · ${e.commits} commits · ${e.paths.join(', ')}${acceptedWhere}`,
  ];
}
