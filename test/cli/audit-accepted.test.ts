// Issue 17, item 2: a baseline, an ignore rule or an allow comment accepts a finding for the gate; it
// does not un-leak a credential. The audit keeps accepted credentials on the rotation checklist,
// marked with who accepted them, and its gate still ignores them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport, CombinedAudit, RotationEntry } from '../../src/audit/model.js';
import { AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const SECRETS = [AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN];
/** Credential files that hold no secret value (from the detectors' own examples): a key store kept in LFS, a Terraform state. */
const KEYSTORE = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 2236\n';
const TFSTATE = '{"version":3,"modules":[{"path":["root"],"resources":{"aws_iam_access_key.ci":{}}}]}\n';

function noSecretIn(output: string): void {
  for (const s of SECRETS) expect(output).not.toContain(s);
}

/**
 * Five credentials: an AWS key and a key store accepted by the committed baseline, a Terraform state
 * silenced by a fingerprint rule, a token with an allow comment, and one token nothing accepts.
 */
async function acceptingRepo(): Promise<string> {
  const repo = tmpRepo({
    '.gitignore': '.env\n',
    'config/aws.ini': `[default]\naws_access_key_id = ${AWS_KEY_ID}\n`,
    'android/release.keystore': KEYSTORE,
  });
  expect((await runCli(['baseline', 'create'], { cwd: repo })).code).toBe(0);
  writeTree(repo, { '.secret-hygiene.json': `${JSON.stringify({ baseline: '.secrets-baseline.json' })}\n` });
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'adopt a baseline']);
  writeTree(repo, { 'infra/terraform.tfstate': TFSTATE });
  const scan = await runCli(['scan', '--format', 'json', 'infra/terraform.tfstate'], { cwd: repo });
  const fingerprint = (JSON.parse(scan.stdout) as { findings: { fingerprint: string }[] }).findings[0]?.fingerprint;
  expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
  writeTree(repo, {
    '.secretsignore': `fingerprint:${fingerprint}  # state of a torn-down stack\n`,
    'src/client.js': `export const token = "${GITHUB_TOKEN}";\n`,
    'src/widget.js': `export const sample = "${OTHER_GITHUB_TOKEN}"; // secret-hygiene:allow documented sample\n`,
  });
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'more']);
  return repo;
}

async function auditJson(repo: string, extra: readonly string[] = []): Promise<{ code: number; report: AuditReport; stdout: string }> {
  const r = await runCli(['audit', '--format', 'json', ...extra], { cwd: repo });
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as AuditReport, stdout: r.stdout };
}

const byDetector = (rotation: readonly RotationEntry[]): Record<string, RotationEntry['accepted'] | null> =>
  Object.fromEntries(rotation.map((e) => [`${e.detectorId} ${e.paths.join(',')}`, e.accepted ?? null]));

describe('audit: accepted credentials stay on the rotation checklist', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await acceptingRepo();
  });

  it('lists every credential, marked with who accepted it (JSON)', async () => {
    const { code, report, stdout } = await auditJson(repo);
    expect(code).toBe(1); // the token nothing accepts
    noSecretIn(stdout);
    expect(byDetector(report.rotation)).toEqual({
      'aws-access-key-id config/aws.ini': { by: 'baseline', where: '.secrets-baseline.json' },
      'private-key-file android/release.keystore': { by: 'baseline', where: '.secrets-baseline.json' },
      'terraform-state-file infra/terraform.tfstate': { by: 'secretsignore', where: '.secretsignore:1' },
      'github-token src/widget.js': { by: 'inline-allow', where: 'src/widget.js:1' },
      'github-token src/client.js': null,
    });
    // findings[] carry the same marks; only the unaccepted one is unmarked
    const unaccepted = report.findings.filter((f) => f.accepted === undefined && f.redacted !== '');
    expect(unaccepted.map((f) => f.path)).toEqual(['src/client.js']);
    expect(report.findings.filter((f) => f.accepted?.by === 'baseline').map((f) => f.path).sort()).toEqual(['android/release.keystore', 'config/aws.ini']);
    // the narrowing record still counts what each setting accepted
    const narrowed = Object.fromEntries((report.narrowing ?? []).map((n) => [n.kind, n.findings]));
    expect(narrowed).toMatchObject({ baseline: 2, 'rule-silenced': 1, 'inline-allow': 1 });
    const rotate = report.summary.find((s) => s.policy === 'rotate-exposed-credentials');
    expect(rotate?.total).toBe(5);
    expect(rotate?.verdict).toContain('4 of them accepted: 2 by the baseline, 1 by an ignore rule, 1 by an allow comment');
  });

  it('prints the marks and the count line in text and HTML', async () => {
    const text = await runCli(['audit'], { cwd: repo });
    expect(text.code).toBe(1);
    noSecretIn(text.stdout);
    expect(text.stdout).toContain('Rotation checklist: 5 credentials, 4 of them accepted: 2 by the baseline, 1 by an ignore rule, 1 by an allow comment\n');
    expect(text.stdout.match(/accepted \(baseline\)/g)).toHaveLength(2);
    expect(text.stdout).toMatch(/terraform-state-file .*accepted \(secretsignore\)\n.*accepted at \.secretsignore:1/);
    expect(text.stdout).toMatch(/github-token .*accepted \(inline-allow\)\n.*accepted at src\/widget\.js:1/);
    expect(text.stdout).toMatch(/github-token [^\n]*IN TREE\n/); // the unaccepted token: no mark

    const out = tmpDir();
    const html = await runCli(['audit', '--format', 'html', '--output', join(out, 'a.html')], { cwd: repo });
    expect(html.code).toBe(1);
    const page = readFileSync(join(out, 'a.html'), 'utf8');
    noSecretIn(page);
    expect(page).toContain('5 credentials, 4 of them accepted: 2 by the baseline, 1 by an ignore rule, 1 by an allow comment.');
    expect(page.match(/<tr data-fingerprint="[0-9a-f]+" data-accepted="baseline">/g)).toHaveLength(2);
    expect(page).toContain('accepted (inline-allow)');
  });

  it('--no-baseline gives the same list, with only the rules and comments accepting', async () => {
    const withBaseline = await auditJson(repo);
    const { code, report, stdout } = await auditJson(repo, ['--no-baseline']);
    expect(code).toBe(1);
    noSecretIn(stdout);
    expect(report.rotation.map((e) => e.fingerprint).sort()).toEqual(withBaseline.report.rotation.map((e) => e.fingerprint).sort());
    expect(byDetector(report.rotation)).toEqual({
      'aws-access-key-id config/aws.ini': null,
      'private-key-file android/release.keystore': null,
      'terraform-state-file infra/terraform.tfstate': { by: 'secretsignore', where: '.secretsignore:1' },
      'github-token src/widget.js': { by: 'inline-allow', where: 'src/widget.js:1' },
      'github-token src/client.js': null,
    });
    const text = await runCli(['audit', '--no-baseline'], { cwd: repo });
    expect(text.stdout).toContain('Rotation checklist: 5 credentials, 2 of them accepted: 1 by an ignore rule, 1 by an allow comment\n');
  });

  it('fails the gate only on findings nothing accepted', async () => {
    // the AWS key is accepted by the baseline: listed, not failing
    const aws = await auditJson(repo, ['--detector', 'aws-access-key-id']);
    expect(aws.code).toBe(0);
    expect(aws.report.rotation).toHaveLength(1);
    expect(aws.report.rotation[0]?.accepted?.by).toBe('baseline');
    expect((await auditJson(repo, ['--detector', 'aws-access-key-id', '--no-baseline'])).code).toBe(1);
    // the secret in the allow comment and the Terraform state: both accepted, by other settings
    const rules = await auditJson(repo, ['--detector', 'github-token,terraform-state-file']);
    expect(rules.code).toBe(1); // src/client.js
    const allowed = rules.report.findings.filter((f) => f.accepted !== undefined);
    expect(allowed.map((f) => f.accepted?.by).sort()).toEqual(['inline-allow', 'secretsignore']);
    expect((await auditJson(repo, ['--detector', 'terraform-state-file'])).code).toBe(0);
    expect((await auditJson(repo, ['--detector', 'terraform-state-file', '--no-repo-config'])).code).toBe(1);
  });

  it('an allow comment removed in an uncommitted edit no longer accepts the credential', async () => {
    const dir = tmpRepo({ 'src/widget.js': `export const sample = "${OTHER_GITHUB_TOKEN}"; // secret-hygiene:allow\n` });
    expect((await auditJson(dir, ['--detector', 'github-token'])).code).toBe(0);
    writeTree(dir, { 'src/widget.js': `export const sample = "${OTHER_GITHUB_TOKEN}";\n` });
    const { code, report } = await auditJson(dir, ['--detector', 'github-token']);
    expect(code).toBe(1);
    expect(report.rotation).toHaveLength(1);
    expect(report.rotation[0]?.accepted).toBeUndefined();
    // one place, one finding: the tree's (not accepted), attributed to the commit that introduced it
    expect(report.findings.map((f) => [f.origin, f.accepted?.by ?? null, f.commit !== undefined])).toEqual([['history', null, true]]);
  });

  it('report merge keeps the marks, and refuses an unknown "by"', async () => {
    const out = tmpDir();
    const file = join(out, 'a.json');
    expect((await runCli(['audit', '--output', file], { cwd: repo })).code).toBe(1);
    const merged = await runCli(['report', 'merge', file, '--format', 'json'], { cwd: out });
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    noSecretIn(merged.stdout);
    const combined = JSON.parse(merged.stdout) as CombinedAudit;
    const original = JSON.parse(readFileSync(file, 'utf8')) as AuditReport;
    expect(combined.repositories[0]?.rotation).toEqual(original.rotation);
    expect(combined.repositories[0]?.findings).toEqual(original.findings);
    expect(byDetector(combined.repositories[0]?.rotation ?? [])['aws-access-key-id config/aws.ini']).toEqual({ by: 'baseline', where: '.secrets-baseline.json' });

    const text = await runCli(['report', 'merge', file], { cwd: out });
    expect(text.stdout).toContain('Rotation checklist: 5 credentials, 4 of them accepted');

    const forged = { ...original, rotation: original.rotation.map((e, i) => (i === 0 ? { ...e, accepted: { by: '<script>' } } : e)) };
    writeFileSync(join(out, 'forged.json'), JSON.stringify(forged));
    const refused = await runCli(['report', 'merge', join(out, 'forged.json'), '--format', 'json'], { cwd: out });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('rotation[0].accepted.by is not one of baseline, secretsignore, inline-allow');
  });
});
