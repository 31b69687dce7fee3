// Issue 13 (items 1, 2, 4): the scanner runs in CI on untrusted repositories, so links committed
// in them must not redirect its writes or its reads, writes must be atomic, and no byte of a file
// it refuses may reach the output.
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, truncateSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuditFile } from '../../src/audit/merge.js';
import { jsonErrorOffset } from '../../src/config/json-position.js';
import { ConfigError, SourceError } from '../../src/errors.js';
import { readBaseline, writeBaseline } from '../../src/filters/baseline.js';
import { writeFileSafely } from '../../src/fs/safe-write.js';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';
import { mulberry32Ints } from '../helpers/random.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo } from '../helpers/tmp.js';

const VICTIM = 'precious content, not ours to replace\n';

/** A file outside every scanned repository that an attacker's link points at. */
function victim(name = 'victim.txt', content = VICTIM): string {
  const file = join(tmpDir('sh-victim-'), name);
  writeFileSync(file, content);
  return file;
}

/** A repository holding a committed link `name` → `target`, plus a leaked token so that reports have content. */
function repoWithLink(name: string, target: string, files: Record<string, string> = {}): string {
  const repo = tmpRepo({ 'src/app.js': `const token = "${GITHUB_TOKEN}";\n`, ...files });
  symlinkSync(target, join(repo, name));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'plant a link']);
  return repo;
}

/** Exit 2 with exactly one line on stderr that names the file and says why. */
function expectOneLineRefusal(r: CliRun, name: string, why: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(why);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('writes do not follow links committed in the scanned repository', () => {
  it('scan -o through a committed link to an outside file: refused, the file untouched', async () => {
    const target = victim();
    const repo = repoWithLink('secret-hygiene.sarif', target);
    const r = await runCli(['scan', '-f', 'text', '-o', '-', '-f', 'sarif', '-o', 'secret-hygiene.sarif'], { cwd: repo });
    expectOneLineRefusal(r, 'secret-hygiene.sarif', /symbolic link; refusing to write through it/);
    expect(readFileSync(target, 'utf8')).toBe(VICTIM);
  });

  it('scan -o into a committed folder link: refused, nothing written outside', async () => {
    const outside = tmpDir('sh-outside-');
    writeFileSync(join(outside, 'out.sarif'), VICTIM);
    const repo = repoWithLink('reports', outside);
    const r = await runCli(['scan', '-f', 'sarif', '-o', 'reports/out.sarif'], { cwd: repo });
    expectOneLineRefusal(r, 'reports', /symbolic link; refusing to write through it/);
    expect(readFileSync(join(outside, 'out.sarif'), 'utf8')).toBe(VICTIM);
    expect(readdirSync(outside)).toEqual(['out.sarif']);
  });

  it('audit -o through a committed link: refused, the file untouched', async () => {
    const target = victim();
    const repo = repoWithLink('audit.json', target);
    const r = await runCli(['audit', '--format', 'json', '-o', 'audit.json', '--detector', 'github-token'], { cwd: repo });
    expectOneLineRefusal(r, 'audit.json', /symbolic link; refusing to write through it/);
    expect(readFileSync(target, 'utf8')).toBe(VICTIM);
  });

  it('init does not create files through a dangling link, with or without --force', async () => {
    const outside = tmpDir('sh-outside-');
    const repo = repoWithLink('.secrets-baseline.json', join(outside, 'created-by-link.json'));
    // The link counts as existing; the config init writes then names it, and a config's baseline may not be a link.
    expectOneLineRefusal(await runCli(['init'], { cwd: repo }), '.secrets-baseline.json', /symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
    const forced = await runCli(['init', '--force'], { cwd: repo });
    expectOneLineRefusal(forced, '.secrets-baseline.json', /symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('init --force refuses a dangling .secretsignore link', async () => {
    const outside = tmpDir('sh-outside-');
    const repo = repoWithLink('.secretsignore', join(outside, 'created-by-link'));
    const r = await runCli(['init', '--force'], { cwd: repo });
    expectOneLineRefusal(r, '.secretsignore', /symbolic link; refusing to write through it/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('baseline create --force through a committed link: refused, the file untouched', async () => {
    const target = victim('victim.json');
    const repo = repoWithLink('.secrets-baseline.json', target);
    const r = await runCli(['baseline', 'create', '--force'], { cwd: repo });
    expectOneLineRefusal(r, '.secrets-baseline.json', /symbolic link; refusing to write through it/);
    expect(readFileSync(target, 'utf8')).toBe(VICTIM);
  });

  it('baseline update through a committed link to a valid outside baseline: refused, the file untouched', async () => {
    const empty = `${JSON.stringify({ tool: 'secret-hygiene', version: 1, findings: [] }, null, 2)}\n`;
    const target = victim('baseline.json', empty);
    const repo = repoWithLink('.secrets-baseline.json', target);
    const r = await runCli(['baseline', 'update'], { cwd: repo });
    expectOneLineRefusal(r, '.secrets-baseline.json', /symbolic link; refusing to write through it/);
    expect(readFileSync(target, 'utf8')).toBe(empty);
  });

  it('a baseline named by the repository config must stay inside the repository', async () => {
    const outside = victim('baseline.json', `${JSON.stringify({ tool: 'secret-hygiene', version: 1, findings: [] })}\n`);
    const repo = tmpRepo({ '.secret-hygiene.json': JSON.stringify({ baseline: outside }), 'a.txt': 'hello\n' });
    const r = await runCli(['scan'], { cwd: repo });
    expectOneLineRefusal(r, '.secret-hygiene.json', /baseline: must name a file inside the repository/);
    const escape = tmpRepo({ '.secret-hygiene.json': JSON.stringify({ baseline: '../../../../../../../etc/passwd' }), 'a.txt': 'hello\n' });
    expectOneLineRefusal(await runCli(['scan'], { cwd: escape }), '.secret-hygiene.json', /baseline: must name a file inside the repository/);
  });
});

describe('writes are atomic', () => {
  it('replaces the report by rename: a hard link to the old file keeps the old content, the mode is kept', async () => {
    const repo = tmpRepo({ 'src/app.js': `const token = "${GITHUB_TOKEN}";\n` });
    const out = join(repo, 'report.json');
    writeFileSync(out, VICTIM);
    chmodSync(out, 0o640);
    const other = join(tmpDir(), 'hard-link');
    try {
      linkSync(out, other);
    } catch {
      return; // another file system: the rename is still checked by the tests below
    }
    const r = await runCli(['scan', '-f', 'json', '-o', 'report.json'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{/);
    expect(readFileSync(other, 'utf8')).toBe(VICTIM); // the old inode was never truncated
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a write that fails after the temporary file exists leaves the old content and no temporary file', async () => {
    const dir = tmpDir();
    const file = join(dir, '.secrets-baseline.json');
    writeFileSync(file, VICTIM);
    // Node writes an iterable chunk by chunk: the first chunk lands in the file, then the disk "fills".
    async function* halfThenFail(): AsyncGenerator<string> {
      yield '{ "tool": "secret-hygiene", ';
      throw new Error('no space left on device');
    }
    const poisoned = halfThenFail() as unknown as string;
    await expect(writeFileSafely(file, poisoned, '.secrets-baseline.json', { within: dir })).rejects.toThrow(/no space left/);
    expect(readFileSync(file, 'utf8')).toBe(VICTIM);
    expect(readdirSync(dir)).toEqual(['.secrets-baseline.json']);
  });

  it('still writes to a device such as /dev/null in place', async () => {
    const repo = tmpRepo({ 'a.txt': 'hello\n' });
    const r = await runCli(['scan', '-f', 'json', '-o', '/dev/null'], { cwd: repo });
    expect(r.code).toBeLessThan(2);
    expect(r.stderr).toBe('');
  });
});

describe('project files are read only as regular files inside the repository, under a size cap', () => {
  it('a .secretsignore linked to an outside credentials file: refused in one line, the credential never shown', async () => {
    const credentials = victim('.git-credentials', `https://someone:${GITHUB_TOKEN}@github.com\nroot:${GITHUB_TOKEN}:19000:0:99999:7:::\n`);
    const repo = repoWithLink('.secretsignore', credentials);
    const r = await runCli(['scan'], { cwd: repo });
    expectOneLineRefusal(r, '.secretsignore', /is a symbolic link/);
    expect(r.stdout + r.stderr).not.toContain(GITHUB_TOKEN);
    expect(r.stdout + r.stderr).not.toContain(GITHUB_TOKEN.slice(0, 10));
  });

  it('a config linked to /dev/zero is refused at once', { timeout: 10_000 }, async () => {
    const repo = repoWithLink('.secret-hygiene.json', '/dev/zero');
    expectOneLineRefusal(await runCli(['scan'], { cwd: repo }), '.secret-hygiene.json', /is a symbolic link/);
    const named = await runCli(['scan', '--config', '/dev/zero'], { cwd: repo });
    expectOneLineRefusal(named, '/dev/zero', /not a regular file/);
  });

  it('a config that is a FIFO is refused at once instead of waiting for a writer', { timeout: 10_000 }, async () => {
    const repo = tmpRepo({ 'a.txt': 'hello\n' });
    execFileSync('mkfifo', [join(repo, '.secret-hygiene.json')]);
    expectOneLineRefusal(await runCli(['scan'], { cwd: repo }), '.secret-hygiene.json', /not a regular file/);
    const fifo = join(tmpDir(), 'config.fifo');
    execFileSync('mkfifo', [fifo]);
    expectOneLineRefusal(await runCli(['scan', '--config', fifo], { cwd: repo }), 'config.fifo', /not a regular file/);
  });

  it('an oversize config is refused', async () => {
    const repo = tmpRepo({ '.secret-hygiene.json': JSON.stringify({ $comment: 'x'.repeat(2 * 1024 * 1024) }), 'a.txt': 'hello\n' });
    expectOneLineRefusal(await runCli(['scan'], { cwd: repo }), '.secret-hygiene.json', /larger than 1 MiB/);
  });

  it('a malformed config holding a token: line and column only, never the text', async () => {
    const text = `{\n  "$comment": "${GITHUB_TOKEN}",\n  "failOn": ${GITHUB_TOKEN}\n}\n`;
    const repo = tmpRepo({ '.secret-hygiene.json': text, 'a.txt': 'hello\n' });
    const r = await runCli(['scan'], { cwd: repo });
    expectOneLineRefusal(r, '.secret-hygiene.json:3:13', /not valid JSON/);
    expect(r.stdout + r.stderr).not.toContain(GITHUB_TOKEN.slice(0, 10));
  });

  it('config values that are not id-shaped are never echoed in validation errors', async () => {
    for (const config of [{ detectors: { disable: [GITHUB_TOKEN] } }, { [GITHUB_TOKEN]: 1 }, { detectors: { severity: { [GITHUB_TOKEN]: 'low' } } }]) {
      const repo = tmpRepo({ '.secret-hygiene.json': JSON.stringify(config), 'a.txt': 'hello\n' });
      const r = await runCli(['scan'], { cwd: repo });
      expectOneLineRefusal(r, '.secret-hygiene.json', /unknown (key|detector)/);
      expect(r.stderr).not.toContain(GITHUB_TOKEN.slice(0, 10));
    }
  });

  it('a file named by a flag may be a link (the user chose it) but still must be a regular file', async () => {
    const repo = tmpRepo({ 'a.txt': 'hello\n' });
    const real = victim('ignore.txt', 'a.txt\n');
    const link = join(tmpDir(), 'my-ignore');
    symlinkSync(real, link);
    const r = await runCli(['scan', '--ignore-file', link], { cwd: repo });
    expect(r.code).toBeLessThan(2);
    expect(r.stdout).toMatch(/1 ignored-by-rule/);
    expectOneLineRefusal(await runCli(['scan', '--ignore-file', tmpDir()], { cwd: repo }), 'cannot read the ignore file', /not a regular file/);
  });
});

describe('baseline and report files', () => {
  it('reads a baseline only from a regular file under 16 MiB', async () => {
    const dir = tmpDir();
    await expect(readBaseline(dir, 'b.json')).rejects.toThrow(ConfigError);
    await expect(readBaseline(dir, 'b.json')).rejects.toThrow(/^b\.json: cannot read the baseline \(not a regular file/);
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 17 * 1024 * 1024); // sparse: no disk used
    await expect(readBaseline(huge, 'huge.json')).rejects.toThrow(/^huge\.json: cannot read the baseline \(larger than 16 MiB, the limit\)/);
  });

  it('writeBaseline refuses a link with a SourceError and leaves its target alone', async () => {
    const target = victim();
    const link = join(tmpDir(), '.secrets-baseline.json');
    symlinkSync(target, link);
    await expect(writeBaseline(link, '.secrets-baseline.json', [], { salt: '0'.repeat(32) })).rejects.toThrow(SourceError);
    expect(readFileSync(target, 'utf8')).toBe(VICTIM);
  });

  it('report merge refuses a device instead of reading it forever', { timeout: 10_000 }, async () => {
    await expect(readAuditFile('/dev/zero', '/dev/zero')).rejects.toThrow(/^\/dev\/zero: cannot read the report \(not a regular file/);
  });
});

describe('JSON error positions are our own', () => {
  it('agrees with JSON.parse on what is valid, over many mutations of a config', () => {
    const base = JSON.stringify({ $comment: 'a \\"quoted\\" \\u00e9 note', failOn: 'high', maxFileSize: 1.5e3, ignore: ['a/', 'b'], detectors: { disable: [], only: null, x: [true, false, -0.25, {}] } }, null, 2);
    const next = mulberry32Ints(13);
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '1', '-', 'e', '.', 'true', 'nul', '\u0001', 'x'];
    for (let n = 0; n < 3000; n++) {
      const at = next() % (base.length + 1);
      const cut = next() % 3;
      const text = base.slice(0, at) + (pieces[next() % pieces.length] as string).repeat(next() % 2) + base.slice(at + cut);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === undefined, text).toBe(valid);
    }
  });

  it('handles deep nesting without recursion', () => {
    expect(jsonErrorOffset('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});
