import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';
import type { AuditReport, CombinedAudit } from '../../src/audit/model.js';
import { MARKER } from '../../src/sources/git-hooks.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { randomRun } from '../helpers/random.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const TOKEN = /ghp_[A-Za-z0-9]{36}/.exec(githubToken.examples.positive[0]?.text ?? '')?.[0] as string;

/** A repository whose first commit adds a token, second removes it; .env ignored or not. */
function leakyRepo(ignoreEnv: boolean): string {
  const dir = tmpRepo({ 'app.js': `const t = "${TOKEN}";\n`, ...(ignoreEnv ? { '.gitignore': '.env\n' } : {}) });
  writeTree(dir, { 'app.js': 'const t = process.env.TOKEN;\n' });
  git(dir, ['commit', '-q', '-am', 'remove']);
  return dir;
}

async function auditJson(args: string[]): Promise<{ code: number; report: AuditReport }> {
  const r = await runCli(['audit', ...args, '--format', 'json', '--detector', 'github-token']);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as AuditReport };
}

describe('secret-hygiene audit', () => {
  it('lists a removed secret as history-only with first and last commit and the commits holding it', async () => {
    expect(TOKEN).toBeDefined();
    const dir = leakyRepo(true);
    const [removed, added] = git(dir, ['rev-list', 'HEAD']).trim().split('\n');
    const { code, report } = await auditJson([dir]);
    expect(code).toBe(1);
    expect(report.rotation).toHaveLength(1);
    expect(report.rotation[0]).toMatchObject({ detectorId: 'github-token', firstCommit: added, lastCommit: added, commits: 1, inTree: false, paths: ['app.js'] });
    expect(removed).toBeDefined();
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(report.posture.envIgnored).toBe(true);
    expect(report.posture.hooks).toEqual([]);
    expect((await runCli(['audit', dir, '--detector', 'github-token', '--fail-on', 'critical'])).code).toBe(githubToken.severity === 'critical' ? 1 : 0);
  });

  it('adds uncommitted working-tree secrets, and sees our hook and a pre-commit config', async () => {
    const dir = leakyRepo(false);
    writeTree(dir, { 'new.js': `x = "${TOKEN}"\n`, '.pre-commit-config.yaml': 'repos:\n  - repo: https://github.com/gitleaks/gitleaks\n' });
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\n${MARKER}\n`);
    const { report } = await auditJson([dir]);
    expect(report.findings.map((f) => [f.path, f.origin, f.inTree]).sort()).toEqual([['app.js', 'history', true], ['new.js', 'working-tree', true]]);
    expect(report.rotation).toHaveLength(1); // one secret, two paths
    expect(report.rotation[0]?.paths).toEqual(['app.js', 'new.js']);
    expect(report.posture.envIgnored).toBe(false);
    expect(report.posture.hooks).toEqual(['git pre-commit hook (secret-hygiene)', 'pre-commit framework (gitleaks)']);
  });

  it('counts the current tree as scan does: every place, repeats in one file included', async () => {
    // two identical TLS switches in one file share a fingerprint; the audit counted them once
    const dir = tmpRepo({
      'a.py': 'import requests\nrequests.get(u, verify=False)\nrequests.post(u, verify=False)\n',
      'c.js': `process.env.${'NODE_TLS_'}REJECT_UNAUTHORIZED = "0";\n`, // split: this file is scanned too
    });
    writeTree(dir, { 'b.py': 'requests.get(u, verify=False)\n' }); // uncommitted
    const scan = await runCli(['scan', dir, '--format', 'json', '--no-repo-config']);
    const scanned = (JSON.parse(scan.stdout) as { findings: { policy: string; path: string; line: number }[] }).findings.filter((f) => f.policy === 'tls-verified');
    const audit = await runCli(['audit', dir, '--format', 'json', '--no-repo-config']);
    const report = JSON.parse(audit.stdout) as AuditReport;
    const audited = report.findings.filter((f) => f.policy === 'tls-verified' && f.inTree);
    expect(scanned).toHaveLength(4);
    expect(audited.map((f) => [f.path, f.line]).sort()).toEqual(scanned.map((f) => [f.path, f.line]).sort());
    expect(report.summary.find((p) => p.policy === 'tls-verified')?.inTree).toBe(4);
    // committed places keep the commit that introduced them
    expect(audited.filter((f) => f.path === 'a.py').every((f) => f.commit !== undefined && f.origin === 'history')).toBe(true);
  });

  it('checks that .env is ignored only in a repository that uses env files, as scan does', async () => {
    const posture = async (dir: string) => {
      const r = await runCli(['audit', dir, '--format', 'json', '--no-repo-config']);
      const report = JSON.parse(r.stdout) as AuditReport;
      return { check: report.posture.checks.find((c) => c.id === 'env-ignored'), env: report.findings.filter((f) => f.detectorId === 'gitignore-missing-env') };
    };
    const c = await posture(tmpRepo({ 'main.c': 'int main(void) { return 0; }\n', '.gitignore': 'build/\n' }));
    expect(c.check).toMatchObject({ ok: true });
    expect(c.check?.sentence).toMatch(/No env files in use/);
    expect(c.env).toEqual([]);
    const used = await posture(tmpRepo({ '.env.example': 'TOKEN=\n', '.gitignore': 'build/\n' }));
    expect(used.check).toMatchObject({ ok: false });
    expect(used.env.length).toBeGreaterThan(0);
  });

  it('asks to rotate what committed .env files held only when one held a secret', async () => {
    const sentence = async (files: Record<string, string>) => {
      const r = await runCli(['audit', tmpRepo(files), '--format', 'json', '--no-repo-config']);
      return (JSON.parse(r.stdout) as AuditReport).posture.checks.find((c) => c.id === 'committed-env-files')?.sentence;
    };
    expect(await sentence({ 'web/.env': 'PORT=3000\nLOG_LEVEL=info\n', '.gitignore': 'node_modules/\n' })).toMatch(/^Committed \.env files: 1 path in the current tree\. Remove them from git \(they hold settings only: nothing to rotate\)\.$/);
    const secret = `API_SECRET=${randomRun(BASE62, 32, 31)}\n`;
    expect(await sentence({ 'web/.env': secret, 'api/.env': 'PORT=3000\n', '.gitignore': 'node_modules/\n' })).toMatch(/^Committed \.env files: 2 paths in the current tree\. Remove them from git and rotate what they held\.$/);
  });

  it('prints a text summary then the rotation checklist, without the secret', async () => {
    const r = await runCli(['audit', leakyRepo(true), '--detector', 'github-token']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/warn no-committed-credentials\s+\d+\s+\d+[^\n]*remains? in history/);
    expect(r.stdout.indexOf('Rotation checklist: 1 credential')).toBeGreaterThan(r.stdout.indexOf('Posture'));
    expect(r.stdout).toContain('history only');
    expect(r.stdout).not.toContain(TOKEN);
  });

  it('audits every repository under --repos and merges JSON reports', async () => {
    const parent = tmpDir();
    git(parent, ['clone', '-q', leakyRepo(true), join(parent, 'one')]);
    git(parent, ['clone', '-q', leakyRepo(false), join(parent, 'two')]);
    writeTree(parent, { 'not-a-repo/readme.txt': 'hi\n' });
    const r = await runCli(['audit', '--repos', parent, '--format', 'json', '--detector', 'github-token']);
    expect(r.code).toBe(1);
    const combined = JSON.parse(r.stdout) as CombinedAudit;
    expect(combined.repositories.map((x) => x.repository.name)).toEqual(['one', 'two']);
    expect(combined.summary.find((s) => s.policy === 'rotate-exposed-credentials')?.total).toBe(2);

    const out = tmpDir();
    for (const name of ['one', 'two']) {
      expect((await runCli(['audit', join(parent, name), '--format', 'json', '--output', join(out, `${name}.json`), '--detector', 'github-token'])).code).toBe(1);
    }
    const merged = await runCli(['report', 'merge', join(out, 'one.json'), join(out, 'two.json'), '--format', 'html', '--output', join(out, 'all.html')]);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    const html = readFileSync(join(out, 'all.html'), 'utf8');
    expect(html).toContain('Totals over 2 repositories');
    expect(html).not.toContain(TOKEN);
    const text = await runCli(['report', 'merge', join(out, 'one.json'), join(out, 'two.json')]);
    expect(text.stdout).toContain('secret-hygiene audit of 2 repositories');
  });

  it('refuses a foreign or scan report in merge, and bad options, with one line and exit 2', async () => {
    const out = tmpDir();
    const dir = leakyRepo(true);
    await runCli(['scan', dir, '--format', 'json', '--output', join(out, 'scan.json'), '--detector', 'github-token']);
    writeFileSync(join(out, 'other.json'), JSON.stringify({ version: 1, tool: { name: 'gitleaks' } }));
    writeFileSync(join(out, 'broken.json'), '{');
    for (const file of ['scan.json', 'other.json', 'broken.json', 'missing.json']) {
      const r = await runCli(['report', 'merge', join(out, file)]);
      expect(r.code, file).toBe(2);
      expect(r.stderr.trim().split('\n'), file).toHaveLength(1);
      expect(r.stderr).toContain(file);
    }
    const bad = await runCli(['audit', dir, '--format', 'sarif']);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toMatch(/--format sarif: unknown audit format/);
    expect((await runCli(['audit', tmpDir()])).code).toBe(2);
  });
});
