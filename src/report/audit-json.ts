import type { AuditDocument } from '../audit/model.js';

/** The audit's own JSON schema (version 1, documented in the README). */
export function renderAuditJson(doc: AuditDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
