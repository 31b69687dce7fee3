// Markdown for pull-request comments and the GitHub job summary: a headline, one table row per
// finding (capped so a comment stays under size limits) and what to do per detector. Redacted always.
import { SEVERITIES } from '../engine/order.js';
import { CONTEXT_WORDS } from '../engine/test-context.js';
import type { Finding } from '../types.js';
import { escapeControl } from './escape-control.js';
import { NARROWED_HEAD, repositoryNarrowing } from './narrowing.js';
import { summaryLine } from './text.js';
import { verificationMark } from './verification.js';
import { historyState, type ReportInput } from './types.js';
import { warningLines } from './warning-lines.js';

/** Rows shown before '… and N more': keeps a PR comment well under GitHub's 65,536 characters. */
export const MAX_ROWS = 200;

export function renderMarkdown(input: ReportInput): string {
  const { findings } = input;
  const lines = [`### ${headline(input)}`, ''];
  if (findings.length > 0) {
    lines.push('| Severity | Detector | Location | Policy | Finding |', '| --- | --- | --- | --- | --- |');
    for (const f of findings.slice(0, MAX_ROWS)) lines.push(row(f));
    if (findings.length > MAX_ROWS) lines.push('', `… and ${findings.length - MAX_ROWS} more: see the full report.`);
    lines.push('', ...howToFix(input));
  }
  for (const line of warningLines(input.warnings)) lines.push(`> **warning:** ${cell(line.slice('warning: '.length))}  `);
  const narrowed = repositoryNarrowing(input.narrowing);
  if (narrowed) lines.push('', `> **${NARROWED_HEAD}:** ${cell(narrowed)}`);
  lines.push('', `<sub>${cell(summaryLine(findings, input.stats))} · ${cell(`${input.tool.name} ${input.tool.version}`)}</sub>`, '');
  return lines.join('\n');
}

function headline(input: ReportInput): string {
  const { findings } = input;
  if (findings.length === 0 && repositoryNarrowing(input.narrowing)) return `⚠️ ${input.tool.name} ${input.command}: no findings in what was scanned (narrowed by repository settings)`;
  if (findings.length === 0) return `✅ ${input.tool.name} ${input.command}: no findings`;
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return `❌ ${input.tool.name} ${input.command}: ${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts})`;
}

function row(f: Finding): string {
  const where = `${f.path}:${f.line}:${f.column}`;
  const history = f.commit ? ` · introduced in ${f.commit.slice(0, 12)}${f.inTree === false ? `, ${historyState(f)}` : ''}` : '';
  const context = f.context ? ` · ${CONTEXT_WORDS[f.context]}` : '';
  const verified = f.verification ? ` · ${verificationMark(f.verification)}` : '';
  return `| ${f.severity} | ${code(f.detectorId)} | ${code(where)} | ${cell((f.policies ?? [f.policy]).join(', '))} | ${cell(f.message)}${cell(verified)}${cell(history)}${cell(context)} |`;
}

/** One remediation per detector that found something. */
function howToFix(input: ReportInput): string[] {
  const fired = new Set(input.findings.map((f) => f.detectorId));
  const out = ['<details><summary>What to do</summary>', ''];
  for (const d of input.detectors.filter((x) => fired.has(x.id))) out.push(`- ${code(d.id)}: ${cell(d.remediation)}`);
  out.push('', '</details>');
  return out;
}

/** Text safe inside a table cell: no HTML, no pipes, no line breaks, no control characters. */
export function cell(text: string): string {
  return escapeControl(text.replace(/\r?\n|\r/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`);
}

/** Inline code that survives backticks and pipes in paths. */
function code(text: string): string {
  return `<code>${escapeControl(text.replace(/\r?\n|\r/g, ' ')).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')}</code>`;
}
