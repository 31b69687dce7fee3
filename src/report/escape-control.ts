// Text from the scanned data (paths, author names, commit subjects, messages, redacted values,
// warnings) must not drive the reader's terminal: an author named `Evil\e]0;TITLE\a\e[2J` would
// retitle and clear it, a bidi override in a file name ("Trojan Source") would reorder what is shown.
// Every text renderer escapes each such field with escapeControl before adding its own line breaks
// and colour codes.
import type { ReportInput } from './types.js';

/** C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The visible escape of one control character: `\x1b` below U+0100, `\u202e` above. */
function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control and bidi control character replaced by its visible escape; ordinary text unchanged. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, visible);
}

/** A copy of a record with escapeControl applied to each of its string fields (a finding, a warning). */
export function escapeFields<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = typeof field === 'string' ? escapeControl(field) : field;
  return out as T;
}

/** The report's findings, warnings and notes with their text fields escaped; for renderers of text streams. */
export function escapeReportInput<T extends ReportInput>(input: T): T {
  return {
    ...input,
    findings: input.findings.map((f) => escapeFields(f)),
    warnings: input.warnings.map((w) => escapeFields(w)),
    ...(input.notes !== undefined ? { notes: input.notes.map(escapeControl) } : {}),
  };
}
