// An inline SVG bar chart: credentials first committed per month, drawn here (no library).
import type { RotationEntry } from '../audit/model.js';
import { escapeHtml } from './audit-html-escape.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Counts per month index (year * 12 + month, UTC), from the first to the last month with an entry. */
export function perMonth(rotation: readonly RotationEntry[]): { readonly start: number; readonly counts: readonly number[] } {
  const months = rotation.flatMap((e) => {
    const t = e.date ? Date.parse(e.date) : NaN;
    if (Number.isNaN(t)) return [];
    const d = new Date(t);
    return [d.getUTCFullYear() * 12 + d.getUTCMonth()];
  });
  if (months.length === 0) return { start: 0, counts: [] };
  const start = Math.min(...months);
  const counts = new Array<number>(Math.max(...months) - start + 1).fill(0);
  for (const m of months) counts[m - start] = (counts[m - start] ?? 0) + 1;
  return { start, counts };
}

export function renderTimeline(rotation: readonly RotationEntry[]): string {
  const { start, counts } = perMonth(rotation);
  if (counts.length === 0) return '<p class="empty">No committed credential: nothing to chart.</p>';
  const height = 160;
  const left = 34;
  const bottom = 24;
  const barWidth = Math.max(4, Math.min(28, Math.floor(900 / counts.length)));
  const width = Math.max(320, left + counts.length * barWidth + 60);
  const max = Math.max(...counts);
  const scale = (height - bottom - 10) / max;
  const parts: string[] = [];
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const y = height - bottom - tick * scale;
    parts.push(`<line x1="${left - 4}" x2="${width}" y1="${y}" y2="${y}" stroke="#d9dee7"/><text x="${left - 8}" y="${y + 4}" text-anchor="end">${tick}</text>`);
  }
  const labelEvery = Math.max(1, Math.ceil(56 / barWidth), Math.ceil(counts.length / 12)); // a label is ~50px wide
  counts.forEach((n, i) => {
    const m = start + i;
    const label = `${MONTHS[m % 12]} ${Math.floor(m / 12)}`;
    const x = left + i * barWidth;
    const h = n * scale;
    if (n > 0) parts.push(`<rect class="bar" x="${x + 1}" y="${height - bottom - h}" width="${barWidth - 2}" height="${h}"><title>${escapeHtml(`${label}: ${n} introduced`)}</title></rect>`);
    if (i % labelEvery === 0) parts.push(`<text x="${x}" y="${height - 8}">${escapeHtml(label)}</text>`);
  });
  const total = counts.reduce((a, b) => a + b, 0);
  return `<svg role="img" aria-label="${escapeHtml(`${total} credentials introduced over ${counts.length} months`)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
