import { SEVERITIES } from '../engine/order.js';
import { CONTEXT_WORDS } from '../engine/test-context.js';
import type { Finding, ScanStats, Severity } from '../types.js';
import { escapeReportInput } from './escape-control.js';
import { repositoryNarrowingLine } from './narrowing.js';
import { verificationMark } from './verification.js';
import { warningLines } from './warning-lines.js';
import { historyState, type ReportInput } from './types.js';

const ANSI = { red: 31, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1, cyan: 36 } as const;
type Colour = keyof typeof ANSI;

const SEVERITY_COLOUR: Record<Severity, Colour> = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'blue' };

export function renderText(raw: ReportInput): string {
  const input = escapeReportInput(raw); // scanned text never drives the terminal
  const paint = (colour: Colour, s: string): string => (input.color ? `\u001b[${ANSI[colour]}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const note of input.notes ?? []) lines.push(paint('gray', `note: ${note}`));
  for (const line of warningLines(input.warnings)) lines.push(paint('yellow', line));
  if (lines.length > 0) lines.push('');

  let currentPath: string | undefined;
  const repeats = repeatsOf(input.findings);
  for (const f of input.findings) {
    const others = repeats.get(f);
    if (others === null) continue; // shown under the first place of the same secret
    if (f.path !== currentPath) {
      if (currentPath !== undefined) lines.push('');
      lines.push(paint('bold', f.path));
      currentPath = f.path;
    }
    lines.push(formatFinding(f, paint));
    if (others) lines.push(`      ${paint('gray', repeatLine(others))}`);
  }
  if (input.findings.length > 0) lines.push('');
  lines.push(summaryLine(input.findings, input.stats));
  const narrowed = repositoryNarrowingLine(input.narrowing);
  if (narrowed) lines.push(paint('yellow', narrowed));
  return `${lines.join('\n')}\n`;
}

function formatFinding(f: Finding, paint: (c: Colour, s: string) => string): string {
  const where = paint('cyan', `${f.path}:${f.line}:${f.column}`);
  const severity = paint(SEVERITY_COLOUR[f.severity], f.severity.padEnd(8));
  const value = f.secret !== undefined ? paint('red', f.secret) : f.redacted;
  const context = f.context ? `  ${paint('gray', `(${CONTEXT_WORDS[f.context]})`)}` : '';
  const mark = verificationMark(f.verification);
  const verified = mark ? `  ${f.verification?.status === 'live' ? paint('red', paint('bold', mark)) : paint('gray', mark)}` : '';
  const head = `  ${where}  ${severity} ${f.detectorId}${value ? `  ${value}` : ''}${verified}${context}`;
  const history = f.commit ? `\n      ${f.inTree !== false ? 'in tree' : paint('red', historyState(f))} · introduced ${f.commit.slice(0, 12)} by ${f.author ?? '?'} on ${f.date?.slice(0, 10) ?? '?'}` : '';
  return `${head}\n      ${paint('gray', `${f.message} [${(f.policies ?? [f.policy]).join(', ')}]`)}${history}`;
}

/** The marker of a finding in test, fixture, example or docs material (its severity is one step lower); vendored code has its own. */
export const TEST_MARK = `(${CONTEXT_WORDS.test})`;

/** Other places of a repeated secret shown under its first one. */
export const REPEAT_PLACES_SHOWN = 3;

/**
 * One secret found at many places (the same fake key in 183 test files) is shown once, under its
 * first place, with a count and the next few places (in a history, places the same commit introduced);
 * JSON and SARIF keep every place. A finding maps
 * to the other places of its secret (first place), to null (shown under the first), or is absent
 * (found once). Practice findings are never grouped: each place is a thing to fix.
 */
function repeatsOf(findings: readonly Finding[]): Map<Finding, readonly Finding[] | null> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.redacted === '') continue;
    // what the grouped line says must hold for every place: severity, context, policies, and in a history the commit
    const key = [f.detectorId, f.fingerprint, f.severity, f.context ?? '', f.verification?.status ?? '', (f.policies ?? [f.policy]).join(','), f.commit ?? '', f.inTree ?? ''].join('\0');
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const out = new Map<Finding, readonly Finding[] | null>();
  for (const [first, ...rest] of groups.values()) {
    if (!first || rest.length === 0) continue;
    out.set(first, rest);
    for (const f of rest) out.set(f, null);
  }
  return out;
}

/** 'same secret at 182 more places: test/b.js:4:12, test/c.js:9:3, test/d.js:1:1, …' */
function repeatLine(others: readonly Finding[]): string {
  const shown = others.slice(0, REPEAT_PLACES_SHOWN).map((o) => `${o.path}:${o.line}:${o.column}`);
  const more = others.length > REPEAT_PLACES_SHOWN ? ', …' : '';
  return `same secret at ${others.length} more place${others.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`;
}

/** 'Scanned 120 files (1.2 MB), skipped 3 (2 binary, 1 oversize); 2 findings: 1 critical, 1 high; 0.08 s' */
export function summaryLine(findings: readonly Finding[], stats: ScanStats): string {
  const skippedParts = Object.entries(stats.skipped)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([reason, n]) => `${n} ${reason}`);
  const skipped = stats.filesSkipped > 0 ? `, skipped ${stats.filesSkipped} (${skippedParts.join(', ')})` : '';
  const suppressedTotal = Object.values(stats.suppressed).reduce((a, b) => a + b, 0);
  const suppressed = suppressedTotal > 0 ? `; ${suppressedTotal} suppressed (${Object.entries(stats.suppressed).map(([k, n]) => `${n} ${k}`).join(', ')})` : '';
  const bySeverity = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const found = findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${bySeverity.join(', ')}`;
  const members = stats.archiveMembers ? `, ${stats.archiveMembers} file${stats.archiveMembers === 1 ? '' : 's'} in archives` : '';
  return `Scanned ${stats.filesScanned} file${stats.filesScanned === 1 ? '' : 's'} (${formatBytes(stats.bytesScanned)}${members})${skipped}; ${found}${suppressed}; ${(stats.durationMs / 1000).toFixed(2)} s`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
