// GitHub Actions workflow commands: one annotation per finding (`::error file=…,line=…::message`),
// shown on the pull request's diff. Emitted automatically when GITHUB_ACTIONS=true, or with
// `--format github`. Redacted always.
import type { Finding, Severity } from '../types.js';
import { escapeControl } from './escape-control.js';
import type { ReportInput } from './types.js';

const COMMAND: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

export function renderGithub(input: ReportInput): string {
  return input.findings.map(annotation).join('');
}

export function annotation(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.path)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`${f.title} [${f.detectorId}]`)}`,
  ].join(',');
  return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}\n`;
}

/**
 * Message text: '%', CR and LF are encoded as the runner decodes them (%25, %0D, %0A), so that one
 * annotation stays one line; other control characters (the log viewer renders ANSI sequences) and
 * bidi controls become visible escapes.
 */
export function escapeData(text: string): string {
  return escapeControl(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values: as data, plus ':' and ',' which separate properties (so no '::' ends them early). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
