// Warnings as a person reads them: a partial clone can miss hundreds of objects, each its own warning (a
// version of a file git cannot read), which buried the findings. The reports people read (text, Markdown,
// the audit's text, Markdown and HTML) say each kind of warning once per path, with how many times it
// came, and at most WARNINGS_SHOWN of them; the JSON, SARIF and JUnit reports keep every warning as it was.
import type { Warning } from '../types.js';

/** Warnings a report for people shows before it says how many more there are. */
export const WARNINGS_SHOWN = 10;

/** A git object id in a message: warnings that differ only by one are the same warning. */
const OBJECT_ID = /\b[0-9a-f]{40}(?:[0-9a-f]{24})?\b/g;

/** One kind of warning at one path: its message (object ids elided when it came more than once) and count. */
interface WarningGroup {
  path: string;
  message: string;
  count: number;
}

/** The first `shown` groups of warnings, and how many warnings the rest hold. */
function groupWarnings(warnings: readonly Warning[], shown: number): { groups: WarningGroup[]; more: number } {
  const groups = new Map<string, WarningGroup>();
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
  return { groups: all.slice(0, shown), more: all.slice(shown).reduce((n, g) => n + g.count, 0) };
}

/** `warning: path: message` lines: one per (path, message less its object ids), counted; at most `shown`. */
export function warningLines(warnings: readonly Warning[], shown = WARNINGS_SHOWN): string[] {
  const { groups, more } = groupWarnings(warnings, shown);
  const lines = groups.map((g) => `warning: ${g.path}: ${g.message}${g.count > 1 ? ` (${g.count} times)` : ''}`);
  if (more > 0) lines.push(`warning: ${more} more ${more === 1 ? 'warning' : 'warnings'}, each in the JSON report (--format json)`);
  return lines;
}
