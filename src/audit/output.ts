// Renders an audit document in the chosen format and writes it to stdout or a file.
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIo } from '../cli/io.js';
import { assertOutputWritable, writeOutputFile } from '../cli/output-file.js';
import type { AuditDocument } from './model.js';

export const AUDIT_FORMATS = ['text', 'json', 'html', 'markdown'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface AuditTarget {
  readonly format: AuditFormat;
  readonly file?: string;
}

/** What an audit file's name says it holds, when no --format is given. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, AuditFormat>> = { '.json': 'json', '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text' };

/** The format a file name says, or a usage error when it says none we write. */
function formatOfFile(output: string): AuditFormat {
  if (output === '-') return 'text';
  const ext = extname(output).toLowerCase();
  const f = FORMAT_BY_EXTENSION[ext];
  if (f === undefined) throw new UsageError(`--output ${output}: cannot tell the audit format from "${ext || 'no extension'}"; name it .json, .html, .md or .txt, or pass --format`);
  return f;
}

/**
 * Validates every --format/--output pair before any work is done: the Nth --format goes with the
 * Nth --output (a missing format comes from the file's name), at most one report to stdout.
 */
export async function resolveAuditTargets(formats: readonly string[] | string | undefined, outputs: readonly string[] | string | undefined, io: CliIo): Promise<AuditTarget[]> {
  const fs = formats === undefined ? [] : typeof formats === 'string' ? [formats] : formats;
  const os = outputs === undefined ? [] : typeof outputs === 'string' ? [outputs] : outputs;
  if (fs.length > Math.max(os.length, 1)) throw new UsageError(`--format ${fs.join(', ')}: ${fs.length} formats for ${os.length} --output files; give each report an --output`);
  const targets: AuditTarget[] = [];
  for (let i = 0; i < Math.max(fs.length, os.length, 1); i++) targets.push(await resolveAuditTarget(fs[i], os[i], io));
  if (targets.filter((t) => t.file === undefined).length > 1) throw new UsageError(`--output: only one audit report can go to stdout; give the others a file`);
  return targets;
}

/** Validates one --format and --output. */
export async function resolveAuditTarget(format: string | undefined, output: string | undefined, io: CliIo): Promise<AuditTarget> {
  // without --format, the file name says: audit.html, audit.json, audit.md
  const f = format ?? (output !== undefined ? formatOfFile(output) : 'text');
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
  if (format === 'markdown') return (await import('../report/audit-markdown.js')).renderAuditMarkdown(doc);
  return (await import('../report/audit-text.js')).renderAuditText(doc);
}
