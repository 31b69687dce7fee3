// The project scans itself clean: every fake secret it carries (detector examples, fixtures, simulated
// vendors) sits where its own .secretsignore excludes it, and tests make theirs at run time. A literal
// added anywhere else is a finding here, as it would be in the README's first command (`scan .`).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('secret-hygiene scan . on this repository', () => {
  it('finds nothing and exits 0', async () => {
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: root });
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; line: number; detectorId: string }[] }).findings;
    expect(findings.map((f) => `${f.path}:${f.line} ${f.detectorId}`)).toEqual([]);
    expect(r.code).toBe(0);
  }, 60_000);
});
