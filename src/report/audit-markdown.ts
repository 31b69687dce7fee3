// The audit as Markdown: for a CI job summary, a pull request comment or a ticket. The same
// content as the text report (summary per policy, posture, rotation checklist, test credentials),
// as tables; every cell escaped (markdown.ts `cell`), no secret unless the audit was run with --reveal.
import { verificationPhrase } from './verification.js';
import { acceptedMark, acceptedPhrase } from '../audit/accepted.js';
import { reportsOf, type AuditDocument, type AuditReport, type PolicySummary, type RotationEntry } from '../audit/model.js';
import { day, short } from './audit-text.js';
import { cell } from './markdown.js';
import { narrowingPhrase } from './narrowing.js';
import { warningLines } from './warning-lines.js';

const STATUS: Record<PolicySummary['status'], string> = { pass: 'ok', fail: 'FAIL', warn: 'warn', unknown: '?' };

export function renderAuditMarkdown(doc: AuditDocument): string {
  const reports = reportsOf(doc);
  const out: string[] = [];
  if (doc.kind !== 'secret-hygiene-audit') {
    out.push(`# secret-hygiene audit of ${reports.length} repositories`, '', `Generated ${cell(doc.generatedAt)}.`, '', '## Totals', '', ...summaryTable(doc.summary), '');
  }
  for (const report of reports) out.push(...reportLines(report, doc.kind === 'secret-hygiene-audit' ? '#' : '##'), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function reportLines(r: AuditReport, h: string): string[] {
  const repo = r.repository;
  const lines = [
    `${h} secret-hygiene audit of ${cell(repo.name)}`,
    '',
    `HEAD ${short(repo.head)} · ${repo.branches.length} branches · ${repo.commits} commits · ${r.findings.length} findings · generated ${cell(r.generatedAt)}`,
  ];
  if (r.reveal) lines.push('', '**Warning: secrets are shown in clear (--reveal): do not share this report.**');
  lines.push('', ...summaryTable(r.summary));
  if ((r.narrowing ?? []).length > 0) {
    lines.push('', `${h}# Not scanned or not gated`, '');
    for (const n of r.narrowing ?? []) lines.push(`- ${n.controlledBy === 'repository' ? 'repository' : 'you'}: ${cell(narrowingPhrase(n))}`);
  }
  lines.push('', `${h}# Posture`, '');
  for (const c of r.posture.checks) lines.push(`- ${c.ok === true ? 'ok' : c.ok === false ? '**FAIL**' : 'warn'}: ${cell(c.sentence)}`);
  const accepted = acceptedPhrase(r.rotation);
  lines.push('', `${h}# Rotation checklist: ${r.rotation.length} ${r.rotation.length === 1 ? 'credential' : 'credentials'}${accepted ? `, ${cell(accepted)}` : ''}`, '');
  if (r.rotation.length === 0) lines.push('Nothing to rotate.');
  else lines.push(...rotationTable(r.rotation, r.reveal));
  if (r.testCredentials.length > 0) {
    lines.push('', `${h}# Test and fixture credentials: ${r.testCredentials.length}`, '', 'Found only in test, fixture, example and docs paths or vendored third-party code, not on the checklist: rotate any that is real.', '');
    lines.push(...rotationTable(r.testCredentials, r.reveal));
  }
  if (r.warnings.length + r.notes.length > 0) lines.push('');
  for (const line of warningLines(r.warnings)) lines.push(`- warning: ${cell(line.slice('warning: '.length))}`);
  for (const n of r.notes) lines.push(`- note: ${cell(n)}`);
  return lines;
}

function summaryTable(summary: readonly PolicySummary[]): string[] {
  return [
    '| | policy | critical | high | medium | low | verdict |',
    '|---|---|---:|---:|---:|---:|---|',
    ...summary.map((s) => `| ${STATUS[s.status]} | ${cell(s.policy)} | ${s.counts.critical} | ${s.counts.high} | ${s.counts.medium} | ${s.counts.low} | ${cell(s.verdict)} |`),
  ];
}

function rotationTable(entries: readonly RotationEntry[], reveal: boolean): string[] {
  const rows = entries.map((e) => {
    const value = reveal && e.secret !== undefined ? (e.secret.split('\n')[0] ?? '') : e.redacted || '(file)';
    const first = e.firstCommit ? `${short(e.firstCommit)} by ${e.author} on ${day(e.date)}` : 'not committed';
    const last = e.lastCommit ? `${short(e.lastCommit)} (${day(e.lastDate)})` : '-';
    const accepted = e.accepted ? ` ${acceptedMark(e.accepted)}` : '';
    const verified = e.verification ? ` · ${e.verification.status === 'live' ? '**LIVE**' : verificationPhrase(e.verification)}` : '';
    return `| [ ] | ${e.severity} | ${cell(e.detectorId)} | ${cell(value)} | ${e.inTree ? '**in tree**' : 'history only'}${cell(verified)}${cell(accepted)} | ${cell(first)} | ${cell(last)} | ${e.commits} | ${cell(e.paths.join(', '))} |`;
  });
  return ['| | severity | detector | value | where | first commit | last commit | commits | paths |', '|---|---|---|---|---|---|---|---:|---|', ...rows];
}
