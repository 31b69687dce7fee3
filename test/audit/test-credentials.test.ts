// The audit lists credentials found only in test, fixture, example and docs paths apart from the
// credentials to rotate, and marks their findings; on a real repository.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport, CombinedAudit } from '../../src/audit/model.js';
import { auditExitCode } from '../../src/audit/run-audit.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, tmpRepo } from '../helpers/tmp.js';
import { GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';

/** GITHUB_TOKEN only in test material; OTHER_GITHUB_TOKEN in application code and in a test. */
function repo(extra: Record<string, string> = {}): string {
  return tmpRepo({
    'test/fixtures/client.js': `module.exports = "${GITHUB_TOKEN}";\n`,
    'test/app.test.js': `const t = "${OTHER_GITHUB_TOKEN}";\n`,
    'src/app.js': `const t = "${OTHER_GITHUB_TOKEN}";\n`,
    ...extra,
  });
}

async function audit(dir: string, ...args: string[]): Promise<{ code: number; report: AuditReport }> {
  const r = await runCli(['audit', dir, '--format', 'json', '--detector', 'github-token', ...args]);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as AuditReport };
}

describe('audit: test and fixture credentials', () => {
  it('keeps them off the rotation checklist, lists them apart, and marks their findings', async () => {
    const { report } = await audit(repo());
    expect(report.rotation.map((e) => [e.paths, e.severity, e.context ?? null])).toEqual([[['src/app.js', 'test/app.test.js'], 'critical', null]]);
    expect(report.testCredentials.map((e) => [e.paths, e.severity, e.context])).toEqual([[['test/fixtures/client.js'], 'high', 'test']]);
    expect(report.findings.map((f) => [f.path, f.severity, f.context ?? null]).sort()).toEqual([
      ['src/app.js', 'critical', null],
      ['test/app.test.js', 'high', 'test'],
      ['test/fixtures/client.js', 'high', 'test'],
    ]);
    const rotate = report.summary.find((s) => s.policy === 'rotate-exposed-credentials');
    expect(rotate).toMatchObject({ total: 1, status: 'fail' });
    expect(rotate?.verdict).toContain('1 test or fixture credential listed apart: rotate any that is real.');
  });

  it('with only test material, nothing is to rotate: a warning, not a failure, and the text and HTML list them apart', async () => {
    const dir = tmpRepo({ 'spec/fixtures/client.js': `module.exports = "${GITHUB_TOKEN}";\n` });
    const { report } = await audit(dir);
    expect(report.rotation).toEqual([]);
    expect(report.testCredentials).toHaveLength(1);
    // (--detector narrows the audit: the verdict is then 'unknown'; in full it is a warning)
    expect(report.summary.find((s) => s.policy === 'rotate-exposed-credentials')).toMatchObject({ status: 'unknown', total: 0 });
    const full = JSON.parse((await runCli(['audit', dir, '--format', 'json'])).stdout) as AuditReport;
    expect(full.summary.find((s) => s.policy === 'rotate-exposed-credentials')).toMatchObject({ status: 'warn', total: 0 });
    expect(full.summary.find((s) => s.policy === 'rotate-exposed-credentials')?.verdict).toBe('Nothing to rotate outside test and fixture material; 1 test or fixture credential listed apart: rotate any that is real.');
    const text = (await runCli(['audit', dir, '--detector', 'github-token'])).stdout;
    expect(text).toContain('Rotation checklist: 0 credentials\n  nothing to rotate\n\nTest and fixture credentials: 1 credential found only in test, fixture, example and docs paths');
    expect(text).toMatch(/\n {2}\[ \] high {5}github-token {2}ghp_\S+ {2}IN TREE\n/);
    const html = (await runCli(['audit', dir, '--detector', 'github-token', '--format', 'html'])).stdout;
    expect(html).toContain('<h3>Test and fixture credentials (1)</h3>');
  });

  it('survives report merge', async () => {
    const { report } = await audit(repo());
    const file = join(tmpDir(), 'a.json');
    writeFileSync(file, JSON.stringify(report));
    const merged = JSON.parse((await runCli(['report', 'merge', file, '--format', 'json'])).stdout) as CombinedAudit;
    expect(merged.repositories[0]?.testCredentials).toEqual(report.testCredentials);
    expect(merged.repositories[0]?.findings.filter((f) => f.context === 'test')).toHaveLength(2);
    expect(merged.summary.find((s) => s.policy === 'rotate-exposed-credentials')?.verdict).toContain('listed apart');
  });

  it('the gate: test findings count at their lowered severity, and not at all when failOnTestContext is false', async () => {
    const dir = tmpRepo({ 'test/fixtures/client.js': `module.exports = "${GITHUB_TOKEN}";\n` });
    expect((await audit(dir)).code).toBe(1);
    expect((await audit(dir, '--fail-on', 'critical')).code).toBe(0);
    const { report } = await audit(dir);
    expect(auditExitCode(report.findings, 'low', false)).toBe(0);
    expect(auditExitCode(report.findings, 'low')).toBe(1);
    // --repos reads each repository's config
    const parent = tmpDir();
    const child = join(parent, 'svc');
    const { execFileSync } = await import('node:child_process');
    execFileSync('git', ['clone', '-q', dir, child]);
    writeFileSync(join(child, '.secret-hygiene.json'), '{ "failOnTestContext": false }\n');
    const many = await runCli(['audit', '--repos', parent, '--format', 'json', '--detector', 'github-token']);
    expect(many.code).toBe(0);
    const doc = JSON.parse(many.stdout) as CombinedAudit;
    expect(doc.repositories[0]?.narrowing?.map((n) => n.kind)).toContain('test-context-ungated');
  });
});
