import type { Finding } from '../types.js';
import type { ReportInput } from './types.js';

/** Version of the JSON report schema (documented in the README); bumped on breaking changes. */
export const JSON_REPORT_VERSION = 1;

/** Field order of a finding in JSON: stable, so that diffs of reports stay readable. */
const FIELD_ORDER: readonly (keyof Finding)[] = [
  'detectorId', 'title', 'policy', 'policies', 'severity', 'context', 'path', 'archive', 'line', 'column', 'endLine', 'endColumn', 'fingerprint',
  'redacted', 'message', 'encoding', 'verification', 'secret', 'blob', 'commit', 'author', 'email', 'date', 'inTree',
];

export function orderFinding(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (finding[key] !== undefined) out[key] = finding[key];
  return out;
}

export function renderJson(input: ReportInput): string {
  const report = {
    version: JSON_REPORT_VERSION,
    tool: input.tool,
    command: input.command,
    findings: input.findings.map(orderFinding),
    stats: input.stats,
    narrowing: input.narrowing ?? [],
    warnings: input.warnings,
    ...(input.notes && input.notes.length > 0 ? { notes: input.notes } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
