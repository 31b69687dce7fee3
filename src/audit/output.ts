// Renders an audit document in the chosen format and writes it to stdout or a file.
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIo } from '../cli/io.js';
import { assertOutputWritable, writeOutputFile } from '../cli/output-file.js';
import type { AuditDocument } from './model.js';

export const AUDIT_FORMATS = ['text', 'json', 'html'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface AuditTarget {
  readonly format: AuditFormat;
  readonly file?: string;
}

/** What an audit file's name says it holds, when no --format is given. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, AuditFormat>> = { '.json': 'json', '.html': 'html', '.htm': 'html' };

/** Validates --format and --output before any work is done. */
export async function resolveAuditTarget(format: string | undefined, output: string | undefined, io: CliIo): Promise<AuditTarget> {
  // without --format, the file name says: audit.html, audit.json
  const f = format ?? (output !== undefined ? FORMAT_BY_EXTENSION[extname(output).toLowerCase()] : undefined) ?? 'text';
  if (!(AUDIT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format ${f}: unknown audit format; use one of ${AUDIT_FORMATS.join(', ')}`);
  if (output === undefined || output === '-') return { format: f as AuditFormat };
  const file = resolve(io.cwd, output);
  await assertOutputWritable(file, output, io.cwd);
  return { format: f as AuditFormat, file };
}

export async function writeAudit(doc: AuditDocument, target: AuditTarget, io: CliIo): Promise<void> {
  const text = await render(doc, target.format);
  if (target.file === undefined) {
    io.stdout(text);
    return;
  }
  await writeOutputFile(target.file, text, io.cwd);
}

async function render(doc: AuditDocument, format: AuditFormat): Promise<string> {
  if (format === 'json') return (await import('../report/audit-json.js')).renderAuditJson(doc);
  if (format === 'html') return (await import('../report/audit-html.js')).renderAuditHtml(doc);
  return (await import('../report/audit-text.js')).renderAuditText(doc);
}
