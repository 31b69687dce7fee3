// Attacks through what a scanned repository controls (its config, attributes and files under .git),
// and broken inputs that must end in one clear line (exit 2), never a stack trace or a false "clean".
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const TOKEN_LINE = `const token = "${GITHUB_TOKEN}";\n`;

interface Json {
  findings: { path: string; detectorId: string }[];
  stats: { skipped: Record<string, number> };
  warnings: { path: string; message: string }[];
}

const json = (stdout: string): Json => JSON.parse(stdout) as Json;

/** One line on stderr naming `what`, no stack frame, no secret. */
function expectOneLine(stderr: string, what: string): void {
  expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
  expect(stderr).toContain(what);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain(GITHUB_TOKEN);
}

/** A repository whose history once held the token (in s.js, removed by the second commit). */
function repoWithRemovedSecret(): string {
  const dir = tmpRepo({ 's.js': TOKEN_LINE, 'a.txt': 'a\n' });
  git(dir, ['rm', '-q', 's.js']);
  git(dir, ['commit', '-q', '-m', 'remove']);
  return dir;
}

/** Deletes the loose object file of the first commit: a corrupt repository. */
function corrupt(dir: string): void {
  const first = git(dir, ['rev-list', '--max-parents=0', 'HEAD']).trim();
  rmSync(join(dir, '.git', 'objects', first.slice(0, 2), first.slice(2)));
}

describe('core.worktree: the work tree is the folder holding .git', () => {
  function attack(): { repo: string; outside: string } {
    const outside = tmpDir();
    writeTree(outside, { 'leak.js': TOKEN_LINE });
    const repo = tmpRepo({ 'a.txt': 'a\n' });
    git(repo, ['config', 'core.worktree', outside]);
    return { repo, outside };
  }

  it('scan reads the repository folder, not the folder its config names', async () => {
    const { repo } = attack();
    writeTree(repo, { 'mine.js': '// nothing\n' });
    const r = await runCli(['scan', repo, '--format', 'json', '--detector', 'github-token']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings).toEqual([]);
  });

  it('audit does not report the outside folder, and names the repository folder', async () => {
    const { repo, outside } = attack();
    const r = await runCli(['audit', repo, '--format', 'json', '--detector', 'github-token']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { repository: { path: string }; findings: unknown[] };
    expect(doc.findings).toEqual([]);
    expect(doc.repository.path).not.toContain(outside);
  });

  it('still finds a secret in the repository folder itself (the work tree is pinned there)', async () => {
    const { repo } = attack();
    writeTree(repo, { 'untracked.js': TOKEN_LINE });
    const r = await runCli(['scan', repo, '--format', 'json', '--detector', 'github-token']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.path)).toEqual(['untracked.js']);
  });

  it('keeps linked worktrees (.git is a file) working', async () => {
    const repo = tmpRepo({ 'a.txt': 'a\n' });
    const linked = join(tmpDir(), 'linked');
    git(repo, ['worktree', 'add', '-q', linked]);
    writeTree(linked, { 'new.js': TOKEN_LINE });
    const r = await runCli(['scan', linked, '--format', 'json', '--detector', 'github-token']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.path)).toEqual(['new.js']);
  });
});

describe('history that the repository hides', () => {
  it('info/grafts does not cut the history short', async () => {
    const dir = repoWithRemovedSecret();
    writeFileSync(join(dir, '.git', 'info', 'grafts'), `${git(dir, ['rev-parse', 'HEAD']).trim()}\n`);
    const r = await runCli(['history', dir, '--format', 'json', '--detector', 'github-token']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.path)).toEqual(['s.js']);
  });

  it('diff.relative does not limit history to the folder it runs in', async () => {
    const dir = tmpRepo({ 's.js': TOKEN_LINE, 'sub/a.txt': 'a\n' });
    git(dir, ['config', 'diff.relative', 'true']);
    const r = await runCli(['history', join(dir, 'sub'), '--format', 'json', '--detector', 'github-token']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.path)).toEqual(['s.js']);
  });

  it('a shallow repository is scanned as far as it goes, with a warning', async () => {
    const dir = repoWithRemovedSecret();
    writeFileSync(join(dir, '.git', 'shallow'), `${git(dir, ['rev-parse', 'HEAD']).trim()}\n`);
    const r = await runCli(['history', dir, '--format', 'json', '--detector', 'github-token']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).warnings.map((w) => w.message).join('\n')).toMatch(/shallow/);
  });

  it('a repository that borrows objects from another folder (objects/info/alternates) says so', async () => {
    const lender = repoWithRemovedSecret();
    const borrower = join(tmpDir(), 'borrower');
    git(lender, ['clone', '-q', '--shared', lender, borrower]);
    const r = await runCli(['history', borrower, '--format', 'json', '--detector', 'github-token']);
    expect(json(r.stdout).warnings.map((w) => w.message).join('\n')).toMatch(/borrows objects from other folders \(objects\/info\/alternates\)/);
    const own = await runCli(['history', lender, '--format', 'json', '--detector', 'github-token']);
    expect(json(own.stdout).warnings).toEqual([]);
  });
});

describe('staged: the repository does not decide what is binary', () => {
  async function stagedToken(setup: (dir: string) => void): Promise<void> {
    const dir = tmpRepo({ 'notes.txt': 'hello\n' });
    setup(dir);
    writeFileSync(join(dir, 'notes.txt'), `hello\n${TOKEN_LINE}`);
    git(dir, ['add', '-A']);
    const r = await runCli(['staged', dir, '--format', 'json', '--detector', 'github-token']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.path)).toEqual(['notes.txt']);
  }

  it('a -diff attribute does not hide a staged token', async () => {
    await stagedToken((dir) => writeFileSync(join(dir, '.gitattributes'), '*.txt -diff\n'));
  });

  it('core.bigFileThreshold does not hide a staged token', async () => {
    await stagedToken((dir) => git(dir, ['config', 'core.bigFileThreshold', '10']));
  });
});

describe('broken inputs: exit 2, one line', () => {
  it('history of a corrupt repository names it and says to run git fsck', async () => {
    const dir = repoWithRemovedSecret();
    corrupt(dir);
    const r = await runCli(['history', dir, '--detector', 'github-token']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, dir);
    expect(r.stderr).toContain('git fsck');
  });

  it('audit --repos with one corrupt repository reports the others and marks it', async () => {
    const parent = tmpDir();
    for (const name of ['a', 'b', 'c']) cpSync(repoWithRemovedSecret(), join(parent, name), { recursive: true });
    corrupt(join(parent, 'b'));
    const out = join(tmpDir(), 'audit.json');
    const r = await runCli(['audit', '--repos', parent, '--format', 'json', '--output', out, '--detector', 'github-token']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, join(parent, 'b'));
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      repositories: { repository: { name: string }; findings: unknown[]; warnings: { message: string }[]; summary: { status: string }[] }[];
    };
    const byName = new Map(doc.repositories.map((x) => [x.repository.name, x]));
    expect([...byName.keys()]).toEqual(['a', 'b', 'c']);
    expect(byName.get('a')?.findings).toHaveLength(1);
    expect(byName.get('c')?.findings).toHaveLength(1);
    expect(byName.get('b')?.warnings.map((w) => w.message).join('\n')).toMatch(/not audited: .*git fsck/);
    expect(byName.get('b')?.summary.every((s) => s.status === 'unknown')).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('a FIFO or /dev/zero as the path of scan is refused in one line', async () => {
    const dir = tmpDir();
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const path of [fifo, '/dev/zero']) {
      const r = await Promise.race([
        runCli(['scan', path]),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`scan ${path} hangs`)), 5000)),
      ]);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr, path);
      expect(r.stderr).toContain('not a regular file or folder');
    }
  }, 15000);

  it('scan of a bare repository says it is bare and what to run instead', async () => {
    const source = tmpRepo({ 's.js': TOKEN_LINE });
    const bare = join(tmpDir(), 'bare.git');
    execFileSync('git', ['clone', '-q', '--bare', source, bare]);
    const r = await runCli(['scan', bare]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, 'bare repository');
    expect(r.stderr).toContain('secret-hygiene history');
  });

  it('a submodule in the index is reported as skipped, with a reason and a message', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    const nested = join(dir, 'nested');
    mkdirSync(nested);
    git(nested, ['init', '-q', '-b', 'main']);
    writeTree(nested, { 'n.js': TOKEN_LINE });
    git(nested, ['add', '-A']);
    git(nested, ['commit', '-q', '-m', 'n']);
    git(dir, ['add', 'nested']); // a gitlink, as an embedded clone or a submodule is
    expect(git(dir, ['ls-files', '-s', 'nested'])).toMatch(/^160000 /);
    const r = await runCli(['scan', dir, '--format', 'json', '--detector', 'github-token']);
    expect(json(r.stdout).stats.skipped.submodule).toBe(1);
    expect(existsSync(join(nested, '.git'))).toBe(true);
    const text = await runCli(['scan', dir, '--detector', 'github-token']);
    expect(text.stdout).toMatch(/skipped 1 \(1 submodule\)/);
  });
});
