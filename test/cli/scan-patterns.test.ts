// `scan` with glob patterns the shell did not expand (Windows shells, quoted in CI configs).
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN } from '../filters/example-secrets.js';

interface JsonReport {
  findings: { path: string; detectorId: string }[];
  stats: { filesScanned: number };
}

const report = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const paths = (r: JsonReport): string[] => [...new Set(r.findings.map((f) => f.path))].sort();

describe('scan with glob patterns', () => {
  it('scans what a quoted pattern matches, dot files and nested folders included', async () => {
    const dir = tmpDir();
    writeTree(dir, {
      'services/api/config.yml': `token: ${GITHUB_TOKEN}\n`,
      'services/web/.hidden/config.yml': `aws_access_key_id: ${AWS_KEY_ID}\n`,
      'services/web/app.js': `const token = "${GITHUB_TOKEN}";\n`,
      'other/config.yml': `token: ${GITHUB_TOKEN}\n`,
    });
    const r = await runCli(['scan', 'services/**/*.yml', '-f', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(paths(report(r.stdout))).toEqual(['services/api/config.yml', 'services/web/.hidden/config.yml']);
  });

  it('takes the same patterns in baseline create, whose baseline then accepts what scan finds', async () => {
    const repo = tmpRepo({ 'deploy/a/values.yml': `token: ${GITHUB_TOKEN}\n`, 'deploy/b/values.yml': `aws_access_key_id: ${AWS_KEY_ID}\n`, 'README.md': 'hi\n' });
    const created = await runCli(['baseline', 'create', 'deploy/**/*.yml'], { cwd: repo });
    expect(created.code, created.stderr).toBe(0);
    const r = await runCli(['scan', 'deploy/**/*.yml', '--baseline', '.secrets-baseline.json', '-f', 'json'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(report(r.stdout).findings).toEqual([]);
  });

  it('stops with one line naming a pattern that matches nothing, and exit code 2', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.txt': 'hello\n' });
    const r = await runCli(['scan', 'config/**/*.env'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(["secret-hygiene: config/**/*.env: no file or folder matches this pattern; check it, or pass existing files or folders"]);
  });

  it('takes an existing path with glob characters in its name as that path (a Next.js route)', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'pages/[id].js': `const token = "${GITHUB_TOKEN}";\n`, 'pages/i.js': `const token = "${GITHUB_TOKEN}";\n` });
    const r = await runCli(['scan', 'pages/[id].js', '-f', 'json'], { cwd: dir });
    expect(paths(report(r.stdout))).toEqual(['pages/[id].js']); // not pages/i.js, which [id] would match as a pattern
  });

  it('scans a file once when the pattern matches it and its folder', async () => {
    const repo = tmpRepo({ 'src/app/main.js': `const token = "${GITHUB_TOKEN}";\n`, 'src/lib.js': 'export {};\n' });
    const r = await runCli(['scan', 'src/**', '-f', 'json'], { cwd: repo });
    const found = report(r.stdout);
    expect(found.findings.filter((f) => f.path === 'src/app/main.js')).toHaveLength(1);
    expect(found.stats.filesScanned).toBe(2);
  });

  it('does not follow a symbolic link to a folder outside', async () => {
    const dir = tmpDir();
    const outside = tmpDir();
    writeTree(outside, { 'secrets/config.yml': `token: ${GITHUB_TOKEN}\n` });
    mkdirSync(join(dir, 'conf'));
    writeTree(dir, { 'conf/app.yml': 'name: app\n' });
    symlinkSync(join(outside, 'secrets'), join(dir, 'conf', 'linked'));
    const r = await runCli(['scan', 'conf/**/*.yml', '-f', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(report(r.stdout).findings).toEqual([]);
  });
});
