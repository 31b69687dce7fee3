// Warnings as a person reads them in a terminal: a partial clone can miss hundreds of objects, each
// its own warning (a version of a file git cannot read), which buried the findings. The text reports
// say each kind of warning once per path, with how many times it came, and at most WARNINGS_SHOWN
// lines in all; the JSON, SARIF and JUnit reports keep every warning as it was.
import type { Warning } from '../types.js';

/** Lines of warnings a text report shows before it says how many more there are. */
export const WARNINGS_SHOWN = 10;

/** A git object id in a message: warnings that differ only by one are the same warning. */
const OBJECT_ID = /\b[0-9a-f]{40}(?:[0-9a-f]{24})?\b/g;

/** `warning: path: message` lines: one per (path, message less its object ids), counted; at most `shown`. */
export function warningLines(warnings: readonly Warning[], shown = WARNINGS_SHOWN): string[] {
  const groups = new Map<string, { path: string; message: string; count: number }>();
  for (const w of warnings) {
    const general = w.message.replace(OBJECT_ID, '…');
    const key = `${w.path}\0${general}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.message = general;
    } else groups.set(key, { path: w.path, message: w.message, count: 1 });
  }
  const all = [...groups.values()];
  const lines = all.slice(0, shown).map((g) => `warning: ${g.path}: ${g.message}${g.count > 1 ? ` (${g.count} times)` : ''}`);
  const rest = all.slice(shown).reduce((n, g) => n + g.count, 0);
  if (rest > 0) lines.push(`warning: ${rest} more ${rest === 1 ? 'warning' : 'warnings'}, each in the JSON report (--format json)`);
  return lines;
}
