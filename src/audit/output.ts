// Renders an audit document in the chosen format and writes it to stdout or a file.
import { access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { UsageError, describeSystemError, isKnownError } from '../errors.js';
import { assertSafeWriteTarget, writeFileSafely } from '../fs/safe-write.js';
import type { CliIo } from '../cli/io.js';
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
  try {
    // Before the audit runs, so that a link planted in the repository stops it at once.
    await assertSafeWriteTarget(file, output, { within: io.cwd });
    await access(dirname(file), constants.W_OK);
  } catch (error) {
    if (isKnownError(error)) throw error;
    throw new UsageError(`--output ${output}: cannot write there (${describeSystemError(error)}); choose a writable path`);
  }
  return { format: f as AuditFormat, file };
}

export async function writeAudit(doc: AuditDocument, target: AuditTarget, io: CliIo): Promise<void> {
  const text = await render(doc, target.format);
  if (target.file === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeFileSafely(target.file, text, target.file, { within: io.cwd });
  } catch (error) {
    if (isKnownError(error)) throw error; // a refused link says so itself
    throw new UsageError(`--output ${target.file}: cannot write (${describeSystemError(error)}); choose a writable path`);
  }
}

async function render(doc: AuditDocument, format: AuditFormat): Promise<string> {
  if (format === 'json') return (await import('../report/audit-json.js')).renderAuditJson(doc);
  if (format === 'html') return (await import('../report/audit-html.js')).renderAuditHtml(doc);
  return (await import('../report/audit-text.js')).renderAuditText(doc);
}
