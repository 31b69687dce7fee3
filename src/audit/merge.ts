// Combining audits: many repositories of one run (`audit --repos`), or JSON reports from separate
// machines (`report merge`). A file that is not an audit report of this tool is a ConfigError.
import { ConfigError } from '../errors.js';
import { MAX_AUDIT_REPORT_BYTES, readProjectFile } from '../fs/safe-read.js';
import { AUDIT_KIND, AUDIT_VERSION, COMBINED_KIND, type AuditReport, type CombinedAudit } from './model.js';
import { parseReport } from './parse-report.js';
import { summarize } from './summary.js';

export function combineAudits(reports: readonly AuditReport[], tool: CombinedAudit['tool'], now: Date = new Date()): CombinedAudit {
  return {
    version: AUDIT_VERSION,
    kind: COMBINED_KIND,
    tool,
    generatedAt: now.toISOString(),
    summary: summarize({
      findings: reports.flatMap((r) => r.findings),
      rotation: reports.flatMap((r) => r.rotation),
      testCredentials: reports.flatMap((r) => r.testCredentials),
      postures: reports.map((r) => r.posture),
      narrowing: reports.flatMap((r) => r.narrowing ?? []),
    }),
    repositories: reports,
  };
}

/** Reads one audit JSON file (single or combined) and returns its repositories' reports. */
export async function readAuditFile(file: string, shown: string): Promise<readonly AuditReport[]> {
  // Named on the command line, so a link is followed; a device, a pipe or a huge file is refused.
  const fix = "pass a JSON report written by 'secret-hygiene audit --format json'";
  const read = { shown, what: 'the report', fix, maxBytes: MAX_AUDIT_REPORT_BYTES, required: true, followLinks: true };
  const text = (await readProjectFile(file, read)) ?? '';
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ConfigError(`${shown}: not JSON; pass a report written by 'secret-hygiene audit --format json'`);
  }
  return validate(doc, shown);
}

/** The file's reports, each field checked (see parse-report.ts): a crafted file is refused, not rendered. */
function validate(doc: unknown, shown: string): readonly AuditReport[] {
  const fix = "pass a report written by 'secret-hygiene audit --format json'";
  if (typeof doc !== 'object' || doc === null) throw new ConfigError(`${shown}: not an audit report; ${fix}`);
  const d = doc as Record<string, unknown>;
  const tool = d.tool as Record<string, unknown> | undefined;
  if (tool?.name !== 'secret-hygiene' || (d.kind !== AUDIT_KIND && d.kind !== COMBINED_KIND)) {
    throw new ConfigError(`${shown}: not a secret-hygiene audit report (a scan report or another tool's file?); ${fix}`);
  }
  if (d.version !== AUDIT_VERSION) {
    throw new ConfigError(`${shown}: audit schema version ${String(d.version)} is not supported (this version reads ${AUDIT_VERSION}); re-run the audit with this version`);
  }
  const reports = d.kind === COMBINED_KIND ? d.repositories : [d];
  if (!Array.isArray(reports) || !reports.every((r) => isReport(r))) throw new ConfigError(`${shown}: an audit report with missing sections; ${fix}`);
  return d.kind === COMBINED_KIND ? reports.map((r, i) => parseReport(r, shown, `repositories[${i}]`)) : [parseReport(doc, shown, '')];
}

function isReport(r: unknown): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  return typeof x.repository === 'object' && Array.isArray(x.findings) && Array.isArray(x.rotation) && Array.isArray(x.summary) && typeof x.posture === 'object';
}
