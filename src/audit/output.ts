// Renders an audit document in the chosen format and writes it to stdout or a file.
import { UsageError } from '../errors.js';
import type { CliIo } from '../cli/io.js';
import { writeOutputFile } from '../cli/output-file.js';
import { resolveTargets, type Target, type TargetKinds } from '../cli/report-targets.js';
import type { AuditDocument } from './model.js';

export const AUDIT_FORMATS = ['text', 'json', 'html', 'markdown'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export type AuditTarget = Target<AuditFormat>;

/** Audit reports by file name: audit.html, audit.json, audit.md, audit.txt. */
const AUDIT_KINDS: TargetKinds<AuditFormat> = {
  byExtension: { '.json': 'json', '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text' },
  validate: (format) => {
    if (!(AUDIT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format}: unknown audit format; use one of ${AUDIT_FORMATS.join(', ')}`);
    return format as AuditFormat;
  },
  extensions: '.json, .html, .md or .txt',
};

/** Validates every --format/--output pair before any work is done (report-targets.ts). */
export function resolveAuditTargets(formats: readonly string[] | string | undefined, outputs: readonly string[] | string | undefined, io: CliIo): Promise<AuditTarget[]> {
  const list = (v: readonly string[] | string | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);
  return resolveTargets(list(formats), list(outputs), io, AUDIT_KINDS);
}

/** Validates one --format and --output. */
export async function resolveAuditTarget(format: string | undefined, output: string | undefined, io: CliIo): Promise<AuditTarget> {
  return (await resolveAuditTargets(format, output, io))[0] as AuditTarget;
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
  if (format === 'markdown') return (await import('../report/audit-markdown.js')).renderAuditMarkdown(doc);
  return (await import('../report/audit-text.js')).renderAuditText(doc);
}
