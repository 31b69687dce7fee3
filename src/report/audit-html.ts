// The audit as ONE self-contained HTML file: inline CSS and script, no network (a CSP forbids it),
// opens from disk. Rows are rendered here (escaped); the script only sorts and filters them. The
// whole model is embedded as JSON for tools that read the page.
import { verificationPhrase } from './verification.js';
import { CONTEXT_WORDS } from '../engine/test-context.js';
import { createHash } from 'node:crypto';
import { acceptedMark, acceptedPhrase } from '../audit/accepted.js';
import { reportsOf, type AuditDocument, type AuditFinding, type AuditReport, type PolicySummary, type RotationEntry } from '../audit/model.js';
import { AUDIT_CSS, AUDIT_JS } from './audit-html-assets.js';
import { renderTimeline } from './audit-html-chart.js';
import { isGateSetting, narrowingPhrase } from './narrowing.js';
import { escapeHtml as e, scriptJson } from './audit-html-escape.js';
import { warningLines } from './warning-lines.js';

/** The page's policy: no network, and only our own stylesheet and script run, by their hashes (never 'unsafe-inline'). */
export function contentSecurityPolicy(style: string, script: string): string {
  return `default-src 'none'; style-src ${sha256Source(style)}; script-src ${sha256Source(script)}; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** A CSP hash source for the exact text of an inline element. */
function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const short = (oid: string | undefined | null): string => (oid ? oid.slice(0, 12) : '');
const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '');
/** Sort key of a severity: 4 for critical … 1 for low (0 for anything else). */
const severityKey = (severity: string): number => ((SEVERITIES as readonly string[]).includes(severity) ? 4 - (SEVERITIES as readonly string[]).indexOf(severity) : 0);

export function renderAuditHtml(doc: AuditDocument): string {
  const reports = reportsOf(doc);
  const reveal = reports.some((r) => r.reveal);
  const title = reports.length === 1 ? `Secret audit: ${(reports[0] as AuditReport).repository.name}` : `Secret audit: ${reports.length} repositories`;
  const banner = reveal
    ? '<div class="banner" id="reveal-warning" role="alert">Warning: this report shows secrets in clear (--reveal). Do not share or keep it; delete it once the credentials are rotated.</div>'
    : '';
  const totals = doc.kind === 'secret-hygiene-audit' ? '' : `<section class="repo" id="totals"><h2>Totals over ${reports.length} repositories</h2>${summaryCard(doc.summary, 'totals')}</section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(AUDIT_CSS, AUDIT_JS)}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${AUDIT_CSS}</style></head>
<body><header class="page"><h1>${e(title)}</h1><p>${e(`${doc.tool.name} ${doc.tool.version} · generated ${doc.generatedAt}`)}</p></header>${banner}
<main>${totals}${reports.map((r, i) => repoSection(r, i)).join('\n')}</main>
<script type="application/json" id="audit-data">${scriptJson(doc)}</script>
<script>${AUDIT_JS}</script></body></html>
`;
}

function repoSection(r: AuditReport, index: number): string {
  const repo = r.repository;
  const meta = `${repo.path} · HEAD ${short(repo.head) || 'none'} · ${repo.branches.length} branches · ${repo.commits} commits · ${r.findings.length} findings · ${r.rotation.length} credentials to rotate`;
  const notes = [...warningLines(r.warnings), ...r.notes.map((n) => `note: ${n}`)];
  return `<section class="repo" id="repo-${index}" data-repo="${e(repo.name)}"><h2>${e(repo.name)}</h2><p class="meta">${e(meta)}</p>
${summaryCard(r.summary, `repo-${index}`)}
${narrowingCard(r)}
<div class="card"><h3>Posture</h3><ul class="checks">${r.posture.checks.map((c) => `<li class="ok-${e(String(c.ok))}" data-check="${e(c.id)}">${e(c.sentence)}</li>`).join('')}</ul></div>
<div class="card"><h3>Credentials introduced per month</h3>${renderTimeline(r.rotation)}</div>
${rotationCard(r)}
${testCredentialsCard(r)}
${findingsCard(r)}
${notes.length ? `<div class="card"><h3>Notes</h3><ul>${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></div>` : ''}
</section>`;
}

/** What the scans did not look at or did not count, and who decided it. */
function narrowingCard(r: AuditReport): string {
  const narrowing = r.narrowing ?? [];
  if (narrowing.length === 0) return '';
  const items = narrowing.map((n) => `<li data-narrowing="${e(n.kind)}" data-controlled-by="${e(n.controlledBy)}">${e(`${n.controlledBy === 'repository' ? 'Repository setting' : 'Your setting'}${isGateSetting(n) ? ' (what fails the gate)' : ''}: ${narrowingPhrase(n)}`)}</li>`);
  return `<div class="card not-scanned"><h3>Not scanned</h3><ul class="narrowing">${items.join('')}</ul></div>`;
}

function summaryCard(summary: readonly PolicySummary[], scope: string): string {
  const rows = summary.map((s) => `<tr data-policy="${e(s.policy)}"><td><span class="status status-${e(s.status)}">${e(s.status)}</span></td><td><code>${e(s.policy)}</code></td>${SEVERITIES.map(
    (sev) => `<td class="num" data-count="${e(`${scope}:${s.policy}:${sev}`)}">${e(String(s.counts[sev]))}</td>`,
  ).join('')}<td>${e(s.verdict)}</td></tr>`);
  return `<div class="card"><h3>Summary by policy</h3><table class="summary"><thead><tr><th></th><th>Policy</th>${SEVERITIES.map((s) => `<th class="num">${s}</th>`).join('')}<th>Verdict</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

const ROTATION_COLUMNS: readonly [string, boolean][] = [
  ['Severity', false], ['Detector', false], ['Secret', false], ['First commit', false], ['Author', false], ['First seen', false],
  ['Last commit', false], ['Last seen', false], ['Where', false], ['Commits', true], ['Paths', false],
];

function rotationCard(r: AuditReport): string {
  if (r.rotation.length === 0) return '<div class="card"><h3>Rotation checklist</h3><p class="empty">Nothing to rotate.</p></div>';
  const head = ROTATION_COLUMNS.map(([name, num]) => `<th${num ? ' class="num"' : ''}><button type="button">${e(name)}</button></th>`).join('');
  const accepted = acceptedPhrase(r.rotation);
  const count = accepted ? `<p class="accepted-count">${e(`${r.rotation.length} ${r.rotation.length === 1 ? 'credential' : 'credentials'}, ${accepted}. Accepting a credential does not un-leak it: rotate it too.`)}</p>` : '';
  return `<div class="card"><h3>Rotation checklist (${r.rotation.length})</h3>${count}<table class="sortable rotation"><thead><tr>${head}</tr></thead><tbody>${r.rotation.map((x) => rotationRow(x, r.reveal)).join('')}</tbody></table></div>`;
}

/** Credentials found only in test, fixture, example and docs paths or vendored code: listed apart from the checklist. */
function testCredentialsCard(r: AuditReport): string {
  const list = r.testCredentials;
  if (list.length === 0) return '';
  const head = ROTATION_COLUMNS.map(([name, num]) => `<th${num ? ' class="num"' : ''}><button type="button">${e(name)}</button></th>`).join('');
  const note = `${list.length} ${list.length === 1 ? 'credential' : 'credentials'} found only in test, fixture, example and docs paths or vendored third-party code, not on the rotation checklist: rotate any that is real.`;
  return `<div class="card"><h3>Test and fixture credentials (${list.length})</h3><p class="accepted-count">${e(note)}</p><table class="sortable rotation test-credentials"><thead><tr>${head}</tr></thead><tbody>${list.map((x) => rotationRow(x, r.reveal)).join('')}</tbody></table></div>`;
}

function rotationRow(x: RotationEntry, reveal: boolean): string {
  const value = reveal && x.secret !== undefined ? x.secret : x.redacted || '(credential file)';
  const cells = [
    `<td data-v="${severityKey(x.severity)}"><span class="sev sev-${e(x.severity)}">${e(x.severity)}</span></td>`,
    `<td><code>${e(x.detectorId)}</code></td>`,
    `<td><code>${e(value)}</code></td>`,
    `<td><code title="${e(x.firstCommit ?? '')}">${e(short(x.firstCommit) || 'uncommitted')}</code></td>`,
    `<td>${e(x.author ? `${x.author} <${x.email ?? ''}>` : '')}</td>`,
    `<td class="nowrap" data-v="${e(x.date ?? '')}">${e(day(x.date))}</td>`,
    `<td><code title="${e(x.lastCommit ?? '')}">${e(short(x.lastCommit))}</code></td>`,
    `<td class="nowrap" data-v="${e(x.lastDate ?? '')}">${e(day(x.lastDate))}</td>`,
    `${x.inTree ? '<td class="tree">in tree' : '<td class="hist">history only'}${x.verification ? `<br><span class="${x.verification.status === 'live' ? 'live' : 'accepted'}">${e(verificationPhrase(x.verification))}</span>` : ''}${acceptedCell(x.accepted)}</td>`,
    `<td class="num">${e(String(x.commits))}</td>`,
    `<td class="paths">${x.paths.map((p) => `<code>${e(p)}</code>`).join('')}</td>`,
  ];
  return `<tr data-fingerprint="${e(x.fingerprint)}"${x.accepted ? ` data-accepted="${e(x.accepted.by)}"` : ''}>${cells.join('')}</tr>`;
}

/** "accepted (baseline)" under the Where cell, with the rule or comment as a tooltip. */
function acceptedCell(a: AuditFinding['accepted']): string {
  return a ? `<br><span class="accepted"${a.where !== undefined ? ` title="${e(a.where)}"` : ''}>${e(acceptedMark(a))}</span>` : '';
}

function findingsCard(r: AuditReport): string {
  const options = (name: string, label: string, values: readonly string[]): string =>
    `<label>${e(label)} <select name="${name}"><option value="">all</option>${values.map((v) => `<option value="${e(v)}">${e(v)}</option>`).join('')}</select></label>`;
  const uniq = (f: (x: AuditFinding) => string): string[] => [...new Set(r.findings.map(f))].sort();
  const form = `<form class="filters">${options('policy', 'Policy', uniq((f) => f.policy))}${options('severity', 'Severity', SEVERITIES.filter((s) => r.findings.some((f) => f.severity === s)))}${options('detector', 'Detector', uniq((f) => f.detectorId))}
<label><input type="checkbox" name="tree" checked> in tree</label><label><input type="checkbox" name="history" checked> history only</label><span class="count"></span></form>`;
  const head = ['Severity', 'Policy', 'Detector', 'Location', 'Secret', 'Commit', 'Date', 'Where'].map((h) => `<th><button type="button">${h}</button></th>`).join('');
  const rows = r.findings.map((f) => {
    const value = r.reveal && f.secret !== undefined ? f.secret : f.redacted;
    return `<tr data-policy="${e(f.policy)}" data-severity="${e(f.severity)}" data-detector="${e(f.detectorId)}" data-where="${f.inTree ? 'tree' : 'history'}"${f.accepted ? ` data-accepted="${e(f.accepted.by)}"` : ''}>`
      + `<td data-v="${severityKey(f.severity)}"><span class="sev sev-${e(f.severity)}">${e(f.severity)}</span></td><td>${e(f.policy)}</td><td><code>${e(f.detectorId)}</code></td>`
      + `<td><code>${e(`${f.path}:${f.line}`)}</code><br>${e(f.message)}</td><td><code>${e(value)}</code></td><td><code>${e(short(f.commit) || (f.origin === 'working-tree' ? 'uncommitted' : ''))}</code></td>`
      + `<td data-v="${e(f.date ?? '')}">${e(day(f.date))}</td><td>${f.inTree ? 'in tree' : 'history only'}${f.context ? `<br><span class="accepted">${CONTEXT_WORDS[f.context]}</span>` : ''}${acceptedCell(f.accepted)}</td></tr>`;
  });
  return `<div class="card findings-block"><h3>Findings (${r.findings.length})</h3>${form}<table class="sortable findings"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
