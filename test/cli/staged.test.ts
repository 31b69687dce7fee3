import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, randomBase62 } from '../../fixtures/repos/history.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const OLD = fakeGithubToken(101);
const NEW = fakeGithubToken(102);
const OTHER = fakeGithubToken(103);

interface Report {
  findings: { path: string; line: number; detectorId: string }[];
  stats: { filesScanned: number; suppressed: Record<string, number> };
}

async function stagedJson(dir: string, ...extra: string[]): Promise<Report> {
  const r = await runCli(['staged', dir, '--format', 'json', '--detector', 'github-token', ...extra]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

const places = (r: Report): string[] => r.findings.map((f) => `${f.path}:${f.line}`);

/** A repository whose last commit holds OLD in app.js line 2 (debt already committed). */
function repoWithDebt(): string {
  return tmpRepo({ 'app.js': `// app\nconst a = "${OLD}";\nconst b = 1;\n`, 'README.md': 'readme\n' });
}

describe('secret-hygiene staged', () => {
  it('reports only the lines the staged change adds, and everything with --whole-files', async () => {
    const dir = repoWithDebt();
    writeTree(dir, { 'app.js': `// app\nconst a = "${OLD}";\nconst b = 1;\nconst c = "${NEW}";\n` });
    git(dir, ['add', 'app.js']);
    const added = await stagedJson(dir);
    expect(places(added)).toEqual(['app.js:4']);
    expect(added.stats.suppressed['unchanged-lines']).toBe(1);
    expect(places(await stagedJson(dir, '--whole-files'))).toEqual(['app.js:2', 'app.js:4']);
  });

  it('scans the index, not the work tree: staged-then-deleted is caught, unstaged is not', async () => {
    const dir = repoWithDebt();
    writeTree(dir, { 'new.js': `x = "${NEW}"\n` });
    git(dir, ['add', 'new.js']);
    rmSync(join(dir, 'new.js')); // deleted from the work tree, still staged
    writeFileSync(join(dir, 'README.md'), `readme\nunstaged = "${OTHER}"\n`); // changed, not staged
    const r = await runCli(['staged', dir, '--detector', 'github-token']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('new.js:1:6');
    expect(r.stdout).not.toContain('README.md');
    expect(r.stdout).not.toContain(NEW);
  });

  it('scans what was staged of a file changed again since: the index, not the work tree', async () => {
    const dir = repoWithDebt();
    writeTree(dir, { 'app.js': `// app\nconst a = "${OLD}";\nconst b = 1;\nconst c = "${NEW}";\n` });
    git(dir, ['add', 'app.js']);
    writeTree(dir, { 'app.js': `// app\nconst a = "${OLD}";\nconst b = 1;\nconst c = "${OTHER}";\nconst d = 2;\n` });
    const r = await runCli(['staged', dir, '--format', 'json', '--detector', 'github-token', '--reveal']);
    const report = JSON.parse(r.stdout) as { findings: { line: number; secret?: string }[] };
    expect(report.findings.map((f) => [f.line, f.secret])).toEqual([[4, NEW]]);
  });

  it('reports every finding of an added file, none of a deleted one, and a renamed file only on added lines', async () => {
    const dir = repoWithDebt();
    writeTree(dir, { 'lib/fresh.js': `\n\n\nconst t = "${NEW}";\n` });
    git(dir, ['add', 'lib/fresh.js']);
    git(dir, ['rm', '-q', 'README.md']);
    git(dir, ['mv', 'app.js', 'src-app.js']);
    expect(places(await stagedJson(dir))).toEqual(['lib/fresh.js:4']);
    expect(places(await stagedJson(dir, '--whole-files'))).toEqual(['lib/fresh.js:4', 'src-app.js:2']);
    writeFileSync(join(dir, 'src-app.js'), `// app\nconst a = "${OLD}";\nconst b = 1;\nconst d = "${OTHER}";\n`);
    git(dir, ['add', 'src-app.js']);
    expect(places(await stagedJson(dir))).toEqual(['lib/fresh.js:4', 'src-app.js:4']);
  });

  it('reports a new .env file as a file-level finding', async () => {
    const dir = repoWithDebt();
    writeTree(dir, { '.env': `PORT=3000\nAPI_SECRET=${randomBase62(5, 32)}\n` });
    git(dir, ['add', '.env']);
    const r = await runCli(['staged', dir, '--format', 'json', '--detector', 'dotenv-file']);
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => [f.path, f.detectorId])).toEqual([['.env', 'dotenv-file']]);
  });

  it('works before the first commit and with nothing staged', async () => {
    const dir = tmpRepo();
    expect((await runCli(['staged', dir])).code).toBe(0);
    writeTree(dir, { 'a.js': `t = "${NEW}"\n` });
    git(dir, ['add', 'a.js']);
    expect(places(await stagedJson(dir))).toEqual(['a.js:1']);
  });

  it('prints how to proceed after the findings, in the text format only', async () => {
    const dir = repoWithDebt();
    writeTree(dir, { 'b.js': `t = "${NEW}"\n` });
    git(dir, ['add', 'b.js']);
    const text = await runCli(['staged', dir, '--detector', 'github-token']);
    expect(text.stdout).toMatch(/b\.js:1:6[\s\S]*How to proceed:[\s\S]*environment[\s\S]*secret-hygiene:allow[\s\S]*\.secretsignore[\s\S]*git commit --no-verify/);
    expect(text.stdout.indexOf('How to proceed')).toBeGreaterThan(text.stdout.indexOf('Scanned'));
    const json = await runCli(['staged', dir, '--detector', 'github-token', '--format', 'json']);
    expect(json.stdout).not.toContain('How to proceed');
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    git(dir, ['reset', '-q', 'b.js']);
    const clean = await runCli(['staged', dir, '--detector', 'github-token']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).not.toContain('How to proceed');
  });

  it('gives one line and exit 2 outside a repository', async () => {
    const r = await runCli(['staged', tmpDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a git repository/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('scans the temporary index git gives a hook (GIT_INDEX_FILE), as with git commit -a', async () => {
    const dir = repoWithDebt();
    const index = join(tmpDir(), 'index');
    copyFileSync(join(dir, '.git', 'index'), index);
    writeTree(dir, { 'c.js': `t = "${NEW}"\n` });
    git(dir, ['add', 'c.js'], { GIT_INDEX_FILE: index });
    const saved = process.env.GIT_INDEX_FILE;
    process.env.GIT_INDEX_FILE = index;
    try {
      expect(places(await stagedJson(dir))).toEqual(['c.js:1']);
    } finally {
      if (saved === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = saved;
    }
    expect(places(await stagedJson(dir))).toEqual([]);
  });
});
