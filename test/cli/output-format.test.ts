// Issue 17, items 3 and 4: `-o out.json` without `-f` wrote text into out.json, and
// `history --since "garbage date"` scanned nothing and exited 0 (git reads any date it cannot parse as "now").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpRepo } from '../helpers/tmp.js';

const FILES = { 'app.js': `const token = "${GITHUB_TOKEN}";\n` };

describe('the report format follows the output file name when --format is absent', () => {
  it('writes JSON, SARIF, JUnit and Markdown by extension, one report per --output', async () => {
    const repo = tmpRepo(FILES);
    const r = await runCli(['scan', '.', '--detector', 'github-token', '-o', 'r.json', '-o', 'r.sarif', '-o', 'r.xml', '-o', 'r.md'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(join(repo, 'r.json'), 'utf8')) as { findings: unknown[] };
    expect(json.findings).toHaveLength(1);
    expect((JSON.parse(readFileSync(join(repo, 'r.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(readFileSync(join(repo, 'r.xml'), 'utf8')).toMatch(/^<\?xml[^>]*>\s*<testsuites/);
    expect(readFileSync(join(repo, 'r.md'), 'utf8')).toMatch(/^### .*secret-hygiene scan: 1 finding/);
    for (const f of ['r.json', 'r.sarif', 'r.xml', 'r.md']) expect(readFileSync(join(repo, f), 'utf8')).not.toContain(GITHUB_TOKEN);
  });

  it('keeps text for other names and for stdout, and an explicit --format wins', async () => {
    const repo = tmpRepo(FILES);
    expect((await runCli(['scan', '.', '--detector', 'github-token', '-o', 'report.txt'], { cwd: repo })).code).toBe(1);
    expect(readFileSync(join(repo, 'report.txt'), 'utf8')).toMatch(/app\.js:1:\d+ +critical +github-token/);
    expect((await runCli(['scan', '.', '--detector', 'github-token', '-f', 'text', '-o', 'forced.json'], { cwd: repo })).code).toBe(1);
    expect(() => JSON.parse(readFileSync(join(repo, 'forced.json'), 'utf8'))).toThrow();
  });

  it('audit -o audit.html writes the HTML page, audit.json the JSON document', async () => {
    const repo = tmpRepo(FILES);
    await runCli(['audit', '-o', 'audit.html'], { cwd: repo });
    expect(readFileSync(join(repo, 'audit.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    await runCli(['audit', '-o', 'audit.json'], { cwd: repo });
    expect((JSON.parse(readFileSync(join(repo, 'audit.json'), 'utf8')) as { kind: string }).kind).toBe('secret-hygiene-audit');
  });
});

describe('history --since takes only dates git reads as meant', () => {
  it('refuses a file name that says no format we write, with one line naming it, and writes nothing', async () => {
    const repo = tmpRepo(FILES);
    for (const [command, name] of [['scan', 'report.html'], ['scan', 'report'], ['audit', 'audit.xyz']] as const) {
      const r = await runCli([command, '.', '-o', name], { cwd: repo });
      expect(r.code, name).toBe(2);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).toContain(name);
    }
  });

  it('takes an --output name with a comma as one file', async () => {
    const repo = tmpRepo(FILES);
    expect((await runCli(['scan', '.', '--detector', 'github-token', '-o', 'a,b.json'], { cwd: repo })).stderr).toBe('');
    expect((JSON.parse(readFileSync(join(repo, 'a,b.json'), 'utf8')) as { findings: unknown[] }).findings).toHaveLength(1);
  });

  it('audit writes several reports in one run, each format from its file name or its --format', async () => {
    const repo = tmpRepo(FILES);
    const r = await runCli(['audit', '-o', 'a.json', '-o', 'a.html', '-o', 'a.md'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect((JSON.parse(readFileSync(join(repo, 'a.json'), 'utf8')) as { kind: string }).kind).toBe('secret-hygiene-audit');
    expect(readFileSync(join(repo, 'a.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    const md = readFileSync(join(repo, 'a.md'), 'utf8');
    expect(md).toMatch(/^# secret-hygiene audit of /);
    expect(md).toMatch(/\| FAIL \| no-committed-credentials \| 1 \|/);
    expect(md).toContain('## Rotation checklist: 1 credential');
    for (const f of ['a.json', 'a.html', 'a.md']) expect(readFileSync(join(repo, f), 'utf8')).not.toContain(GITHUB_TOKEN);
    await runCli(['audit', '-f', 'json', '-o', 'one.txt', '-f', 'markdown', '-o', 'two.txt'], { cwd: repo });
    expect((JSON.parse(readFileSync(join(repo, 'one.txt'), 'utf8')) as { kind: string }).kind).toBe('secret-hygiene-audit');
    expect(readFileSync(join(repo, 'two.txt'), 'utf8')).toMatch(/^# secret-hygiene audit/);
  });

  it('refuses a date git would read as "now", with one line and exit 2', async () => {
    const repo = tmpRepo(FILES);
    for (const since of ['garbage date', 'last blue moon', '2024-13-45', '6 mnths ago']) {
      const r = await runCli(['history', repo, '--since', since]);
      expect(r.code, since).toBe(2);
      expect(r.stderr, since).toMatch(/^secret-hygiene: --since .*: not a date; use e\.g\. 2024-01-31/);
      expect(r.stderr.trim().split('\n'), since).toHaveLength(1);
    }
  });

  it('accepts ISO dates and times, Unix times and "N units ago"', async () => {
    const repo = tmpRepo(FILES);
    for (const since of ['2000-01-31', '2000-01-31T12:00:00Z', '2000-01-31 12:00', '@946684800', '30 years ago', '1 year, 2 months ago', 'yesterday']) {
      const r = await runCli(['history', repo, '--since', since, '--detector', 'github-token', '-q'], { cwd: repo });
      expect(r.stderr, since).toBe('');
      expect(r.code, since).toBe(1); // the commit was made just now: every one of these reaches it
    }
  });
});

describe('scan - reads standard input (issue 17, item 7)', () => {
  it('scans piped text as one file, at --stdin-name, and never prints the secret', async () => {
    const dir = tmpRepo();
    const r = await runCli(['scan', '-', '-f', 'json', '--detector', 'github-token'], { cwd: dir, stdin: `x = 1\ntoken = "${GITHUB_TOKEN}"\n` });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { path: string; line: number }[] };
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['stdin:2']);
    expect(r.stdout).not.toContain(GITHUB_TOKEN);
    const named = await runCli(['scan', '-', '--stdin-name', 'deploy/.env', '-f', 'json'], { cwd: dir, stdin: `API_TOKEN=${GITHUB_TOKEN}\n` });
    expect((JSON.parse(named.stdout) as { findings: { path: string; detectorId: string }[] }).findings.map((f) => f.path)).toContain('deploy/.env');
  });

  it('refuses - beside other paths, and a terminal or no input at all, with one line', async () => {
    const dir = tmpRepo();
    const mixed = await runCli(['scan', '-', '.'], { cwd: dir, stdin: 'x' });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^secret-hygiene: -: standard input is scanned on its own/);
    const none = await runCli(['scan', '-'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^secret-hygiene: -: standard input is a terminal/);
  });

  it('counts input over --max-file-size as oversize instead of reading it all', async () => {
    const r = await runCli(['scan', '-', '--max-file-size', '1KiB', '-f', 'json'], { cwd: tmpRepo(), stdin: 'a'.repeat(4096) });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { stats: { skipped: Record<string, number> } }).stats.skipped).toEqual({ oversize: 1 });
  });
});
