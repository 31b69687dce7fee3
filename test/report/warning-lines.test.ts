// Text reports say each kind of warning once per path, counted, and at most WARNINGS_SHOWN lines in all.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { warningLines, WARNINGS_SHOWN } from '../../src/report/warning-lines.js';
import type { ReportInput } from '../../src/report/types.js';
import type { Warning } from '../../src/types.js';

const oid = (n: number): string => n.toString(16).padStart(40, '0');
const missing = (path: string, n: number): Warning => ({ path, message: `object ${oid(n)} is missing from the repository (a partial or shallow clone?): fetch the full history (git fetch --unshallow, or --refetch without the clone's filter) to scan this version` });

describe('warning lines of a text report', () => {
  it('says a warning that differs only by its object id once per path, with its count', () => {
    const lines = warningLines([missing('gen/assets.go', 1), missing('gen/assets.go', 2), missing('gen/assets.go', 3), missing('vendor/big.c', 4), { path: 'a.bin', message: 'cannot be read' }]);
    expect(lines).toEqual([
      `warning: gen/assets.go: ${missing('gen/assets.go', 1).message.replace(oid(1), '…')} (3 times)`,
      `warning: vendor/big.c: ${missing('vendor/big.c', 4).message}`,
      'warning: a.bin: cannot be read',
    ]);
  });

  it('shows the first lines and counts the rest, which the JSON report lists', () => {
    const warnings = Array.from({ length: WARNINGS_SHOWN + 5 }, (_, i) => missing(`file${i}.go`, i));
    const lines = warningLines(warnings);
    expect(lines).toHaveLength(WARNINGS_SHOWN + 1);
    expect(lines.at(-1)).toBe('warning: 5 more warnings, each in the JSON report (--format json)');
  });

  it('is what the text report prints above the findings', () => {
    const warnings = [missing('gen/assets.go', 1), missing('gen/assets.go', 2)];
    const input: ReportInput = {
      tool: { name: 'secret-hygiene', version: '0.1.0' }, command: 'history', findings: [], warnings, detectors: [], color: false, reveal: false,
      stats: { filesScanned: 1, bytesScanned: 1, filesSkipped: 2, skipped: {}, suppressed: {}, durationMs: 1 },
    };
    const text = renderText(input);
    expect(text.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([warningLines(warnings)[0]]);
    // a job summary or PR comment too
    const markdown = renderMarkdown(input).split('\n').filter((l) => l.includes('**warning:**'));
    expect(markdown).toHaveLength(1);
    expect(markdown[0]).toContain('(2 times)');
  });
});
