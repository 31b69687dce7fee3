import { describe, expect, it } from 'vitest';
import { listedPerFile, MAX_LISTED_PER_FILE } from '../../src/cli/prepare.js';
import type { Finding } from '../../src/types.js';

const finding = (path: string, line: number): Finding => ({ path, line, detectorId: 'generic-secret-assignment' }) as unknown as Finding;

describe('listedPerFile', () => {
  it('lists every finding of a file below the cap, and warns of nothing', () => {
    const findings = [finding('a.py', 1), finding('a.py', 2), finding('b.py', 1)];
    expect(listedPerFile(findings)).toEqual({ findings, warnings: [] });
  });

  it("keeps a file's first findings up to the cap, the other files' whole, and says how many the file had", () => {
    const many = Array.from({ length: MAX_LISTED_PER_FILE + 5 }, (_, i) => finding('dump.sql', i + 1));
    const { findings, warnings } = listedPerFile([finding('a.py', 3), ...many, finding('z.py', 1)]);
    expect(findings).toHaveLength(MAX_LISTED_PER_FILE + 2);
    expect(findings.filter((f) => f.path === 'dump.sql').at(-1)?.line).toBe(MAX_LISTED_PER_FILE);
    expect(findings.map((f) => f.path)).toContain('z.py');
    expect(warnings).toEqual([{ path: 'dump.sql', message: expect.stringContaining(`${(MAX_LISTED_PER_FILE + 5).toLocaleString('en-US')} findings in this file`) }]);
  });
});
