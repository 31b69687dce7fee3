import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const TOKEN = (githubToken.examples.positive[0] as { text: string }).text.match(/ghp_\w+/)?.[0] as string;

describe('secret-hygiene scan', () => {
  it('exits 1 with the finding at the right place, and 0 on a clean folder', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'src/a.js': `// config\nconst token = "${TOKEN}";\n`, 'README.md': 'nothing here\n' });
    const r = await runCli(['scan', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/a.js:2:16');
    expect(r.stdout).toContain('github-token');
    expect(r.stdout).not.toContain(TOKEN);
    expect(r.stdout).toMatch(/Scanned 2 files .*1 finding: 1 critical/);
    const clean = tmpDir();
    writeTree(clean, { 'a.txt': 'hello\n' });
    expect((await runCli(['scan', clean])).code).toBe(0);
  });

  it('writes the versioned JSON schema, and reveals only with --reveal', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `x = "${TOKEN}"\n` });
    const r = await runCli(['scan', dir, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { version: number; tool: { name: string }; findings: Record<string, unknown>[]; stats: { filesScanned: number } };
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('secret-hygiene');
    expect(report.stats.filesScanned).toBe(1);
    expect(report.findings[0]).toMatchObject({ detectorId: 'github-token', path: 'a.js', line: 1, column: 6, endLine: 1, endColumn: 6 + TOKEN.length, redacted: 'ghp_Zk…', policy: 'no-committed-credentials', severity: 'critical' });
    expect(report.findings[0]?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(r.stdout).not.toContain(TOKEN);
    const revealed = await runCli(['scan', dir, '--format', 'json', '--reveal']);
    expect(revealed.stdout).toContain(TOKEN);
  });

  it('keeps the fingerprint when the secret moves to another line', async () => {
    const a = tmpDir();
    const b = tmpDir();
    writeTree(a, { 'x.js': `t = "${TOKEN}"\n` });
    writeTree(b, { 'x.js': `\n\n// moved\nt = "${TOKEN}"\n` });
    const fa = JSON.parse((await runCli(['scan', a, '-f', 'json'])).stdout).findings[0].fingerprint;
    const fb = JSON.parse((await runCli(['scan', b, '-f', 'json'])).stdout).findings[0].fingerprint;
    expect(fa).toBe(fb);
  });

  it('honours --fail-on', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `x = "${TOKEN}"\n` });
    expect((await runCli(['scan', dir, '--fail-on', 'critical'])).code).toBe(1);
    const r = await runCli(['scan', dir, '--fail-on', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on nope/);
  });

  it('gives one line and exit 2 for each bad input', async () => {
    const dir = tmpDir();
    const cases: [string[], RegExp][] = [
      [['scan', join(dir, 'missing')], /missing: no such file or directory/],
      [['scan', dir, '--no-such-option'], /unknown option '--no-such-option'/],
      [['scan', dir, '--detector', 'nope'], /--detector nope: unknown detector/],
      [['scan', dir, '--policy', 'nope'], /--policy nope: unknown policy/],
      [['scan', dir, '--output', join(dir, 'no/such/dir/out.json')], /--output .*cannot write/],
      [['scan', dir, '--format', 'yaml'], /--format yaml: unknown format/],
      [['scan', dir, '--max-file-size', 'big'], /--max-file-size big/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('writes to --output and keeps stdout for another format', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `x = "${TOKEN}"\n` });
    const out = join(tmpDir(), 'r.json');
    const r = await runCli(['scan', dir, '-f', 'text', '-o', '-', '-f', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('github-token');
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(out, 'utf8')).findings).toHaveLength(1);
  });

  it('selects detectors by --detector and --policy', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `x = "${TOKEN}"\n` });
    expect((await runCli(['scan', dir, '--detector', 'github-fine-grained-token'])).code).toBe(0);
    expect((await runCli(['scan', dir, '--detector', 'github-token'])).code).toBe(1);
    expect((await runCli(['scan', dir, '--policy', 'tls-verified'])).code).toBe(0);
  });

  it('colours only a TTY and respects NO_COLOR', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `x = "${TOKEN}"\n` });
    expect((await runCli(['scan', dir])).stdout).not.toContain('\u001b[');
    expect((await runCli(['scan', dir], { tty: true })).stdout).toContain('\u001b[');
    expect((await runCli(['scan', dir], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('in a git work tree scans tracked and untracked files, not ignored ones unless --all-files', async () => {
    const repo = tmpRepo({ '.gitignore': 'ignored.js\n', 'tracked.js': `a = "${TOKEN}"\n` });
    writeTree(repo, { 'untracked.js': `b = "${TOKEN}"\n`, 'ignored.js': `c = "${TOKEN}"\n` });
    const paths = (r: { stdout: string }) => (JSON.parse(r.stdout).findings as { path: string }[]).map((f) => f.path);
    expect(paths(await runCli(['scan', repo, '-f', 'json', '--detector', 'github-token']))).toEqual(['tracked.js', 'untracked.js']);
    expect(paths(await runCli(['scan', repo, '-f', 'json', '--all-files', '--detector', 'github-token']))).toEqual(['ignored.js', 'tracked.js', 'untracked.js']);
    git(repo, ['status']);
  });

  it('outside a repository honours the .gitignore files it meets', async () => {
    const dir = tmpDir();
    writeTree(dir, { '.gitignore': '*.log\n', 'sub/.gitignore': 'secret.js\n', 'sub/secret.js': `x = "${TOKEN}"\n`, 'a.log': `x = "${TOKEN}"\n`, 'sub/b.js': `x = "${TOKEN}"\n` });
    const r = JSON.parse((await runCli(['scan', dir, '-f', 'json', '--detector', 'github-token'])).stdout) as { findings: { path: string }[] };
    expect(r.findings.map((f) => f.path)).toEqual(['sub/b.js']);
  });

  it('counts binary, oversize, unreadable and symlinked-out files instead of dropping them silently', async () => {
    const dir = tmpDir();
    const outside = tmpDir();
    writeTree(outside, { 'secret.js': `x = "${TOKEN}"\n` });
    writeTree(dir, { 'bin.dat': Buffer.from([1, 2, 0, 3]), 'big.js': `x = "${TOKEN}"\n${'a'.repeat(2048)}\n`, 'locked.js': `x = "${TOKEN}"\n`, 'bad-utf8.js': Buffer.concat([Buffer.from([0xff, 0xfe, 0x41, 0x0a]), Buffer.from(`x = "${TOKEN}"\n`)]) });
    symlinkSync(join(outside, 'secret.js'), join(dir, 'link.js'));
    chmodSync(join(dir, 'locked.js'), 0o000);
    const r = await runCli(['scan', dir, '-f', 'json', '--max-file-size', '1KiB']);
    const report = JSON.parse(r.stdout) as { findings: { path: string; line: number }[]; stats: { skipped: Record<string, number> }; warnings: { path: string }[] };
    expect(report.stats.skipped.binary).toBe(1);
    expect(report.stats.skipped.oversize).toBe(1);
    expect(report.stats.skipped['symlink-outside-root']).toBe(1);
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toContain('bad-utf8.js:2');
    expect(report.findings.map((f) => f.path)).not.toContain('link.js');
    if (process.getuid?.() !== 0) {
      expect(report.stats.skipped.unreadable).toBe(1);
      expect(report.warnings[0]?.path).toBe('locked.js');
    }
    chmodSync(join(dir, 'locked.js'), 0o644);
  });

  it('lists detectors as text and json, and explains one', async () => {
    const text = await runCli(['detectors']);
    expect(text.stdout).toMatch(/github-token\s+no-committed-credentials\s+critical\s+GitHub token/);
    expect(text.stdout).toMatch(/detectors, credentials of \d+ vendors\.\nBy policy: no-committed-credentials \d+, .*\nBy kind: /);
    const json = JSON.parse((await runCli(['detectors', '--format', 'json'])).stdout) as {
      summary: { detectors: number; byPolicy: Record<string, number>; vendors: number };
      detectors: { id: string; policy: string; severity: string; title: string }[];
    };
    expect(json.detectors.find((d) => d.id === 'github-token')).toMatchObject({ policy: 'no-committed-credentials', severity: 'critical', kind: 'ci-and-dev-tools', vendor: 'GitHub' });
    expect(json.summary.detectors).toBe(json.detectors.length);
    expect(json.summary.byPolicy['no-committed-credentials']).toBe(json.detectors.filter((d) => d.policy === 'no-committed-credentials').length);
    const explain = await runCli(['detectors', '--explain', 'github-token']);
    expect(explain.stdout).toContain('What to do:');
    expect((await runCli(['detectors', '--explain', 'nope'])).code).toBe(2);
  });
});

describe('repository posture', () => {
  it('reports a missing .env ignore only in a repository that uses env files, at the right place', async () => {
    const scan = async (dir: string) => JSON.parse((await runCli(['scan', dir, '-f', 'json', '--detector', 'gitignore-missing-env'])).stdout) as { findings: { path: string; line: number; column: number; message: string }[] };
    // a C project without .gitignore and without env files: nothing to leak, nothing reported
    expect((await scan(tmpRepo({ 'main.c': 'int main(void) { return 0; }\n' }))).findings).toEqual([]);
    expect((await scan(tmpRepo({ 'main.c': 'int main(void) { return 0; }\n', '.gitignore': 'build/\n' }))).findings).toEqual([]);
    // env files in use, .gitignore without .env: at .gitignore
    const used = tmpRepo({ '.gitignore': 'build/\n', '.env.example': 'API_URL=http://localhost\n' });
    expect((await scan(used)).findings).toMatchObject([{ path: '.gitignore', line: 1 }]);
    expect((await scan(used)).findings[0]?.message, 'the evidence is said').toMatch(/ignores "\.env" at the repository root, and \.env\.example is an env file$/);
    writeTree(used, { '.gitignore': '.env\n' });
    expect((await runCli(['scan', used, '--detector', 'gitignore-missing-env'])).code).toBe(0);
    // dotenv in use and no .gitignore at all: at the evidence, not at a file that does not exist
    const noIgnore = tmpRepo({ 'package.json': '{\n  "name": "x",\n  "dependencies": {\n    "dotenv": "^16.0.0"\n  }\n}\n' });
    const r = await scan(noIgnore);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: 'package.json', line: 4, column: 5 });
    expect(r.findings[0]?.message).toMatch(/no \.gitignore.*depends on dotenv/);
    const sub = tmpRepo({ 'pkg/a.txt': 'x\n', 'pkg/.env.example': 'A=1\n' });
    expect((await runCli(['scan', join(sub, 'pkg'), '--detector', 'gitignore-missing-env'])).code, 'only when the whole repository is scanned').toBe(0);
  });
});
