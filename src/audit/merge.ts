// Combining audits: many repositories of one run (`audit --repos`), or JSON reports from separate
// machines (`report merge`). A file that is not an audit report of this tool is a ConfigError.
import { readFile } from 'node:fs/promises';
import { ConfigError, describeSystemError } from '../errors.js';
import { AUDIT_KIND, AUDIT_VERSION, COMBINED_KIND, reportsOf, type AuditDocument, type AuditReport, type CombinedAudit } from './model.js';
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
      postures: reports.map((r) => r.posture),
    }),
    repositories: reports,
  };
}

/** Reads one audit JSON file (single or combined) and returns its repositories' reports. */
export async function readAuditFile(file: string, shown: string): Promise<readonly AuditReport[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read (${describeSystemError(error)}); pass a JSON report written by 'secret-hygiene audit --format json'`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ConfigError(`${shown}: not JSON; pass a report written by 'secret-hygiene audit --format json'`);
  }
  return reportsOf(validate(doc, shown));
}

function validate(doc: unknown, shown: string): AuditDocument {
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
  return doc as AuditDocument;
}

function isReport(r: unknown): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  return typeof x.repository === 'object' && Array.isArray(x.findings) && Array.isArray(x.rotation) && Array.isArray(x.summary) && typeof x.posture === 'object';
}
