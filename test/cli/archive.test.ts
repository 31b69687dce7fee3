// Committed archives from the command line: scan, staged and history open zip, jar, tar and gzip
// files (git's own archiver writes the real ones here), report a credential at `archive!/member`,
// attribute it in history to the commit that added the archive, and --max-archive-depth 0 turns it off.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { zipOf } from '../helpers/archives.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const TOKEN = fakeGithubToken(301);
const LATER = fakeGithubToken(302);

interface Report {
  findings: { path: string; archive?: string; line: number; context?: string; commit?: string; inTree?: boolean }[];
  warnings: { path: string; message: string }[];
  stats: { filesScanned: number; archiveMembers?: number };
}

const parse = (stdout: string): Report => JSON.parse(stdout) as Report;
const places = (r: Report): string[] => r.findings.map((f) => `${f.path}:${f.line}${f.context === 'test' ? ' (test)' : ''}`).sort();

/** Archives git itself writes (git archive): a zip and a .tar.gz of a small project with a token in its .env. */
function gitArchives(): { zip: Buffer; tgz: Buffer } {
  const project = tmpRepo({ 'service/.env': `PORT=8080\nGITHUB_TOKEN=${TOKEN}\n`, 'service/README.md': 'a service\n' });
  const out = tmpDir();
  git(project, ['archive', '--format=zip', '-o', join(out, 'a.zip'), 'HEAD']);
  git(project, ['archive', '--format=tar.gz', '-o', join(out, 'a.tar.gz'), 'HEAD']);
  return { zip: readFileSync(join(out, 'a.zip')), tgz: readFileSync(join(out, 'a.tar.gz')) };
}

describe('archives on the command line', () => {
  it('scan reports a token inside a zip and a .tar.gz written by git archive, in test context when either path says so', async () => {
    const { zip, tgz } = gitArchives();
    const dir = tmpDir();
    writeTree(dir, { 'release/service.zip': zip, 'backups/service.tar.gz': tgz, 'test/fixtures/service.zip': zip });
    const r = await runCli(['scan', dir, '--format', 'json', '--detector', 'github-token']);
    expect(r.code).toBe(1);
    const report = parse(r.stdout);
    expect(places(report)).toEqual([
      'backups/service.tar.gz!/service/.env:2',
      'release/service.zip!/service/.env:2',
      'test/fixtures/service.zip!/service/.env:2 (test)',
    ]);
    expect(report.findings.find((f) => f.path.startsWith('release/'))?.archive).toBe('release/service.zip');
    expect(r.stdout).not.toContain(TOKEN);
    // three archives of two files each (service/.env, service/README.md), the folders aside
    expect(report.stats).toMatchObject({ filesScanned: 3, archiveMembers: 6 });
    const text = await runCli(['scan', join(dir, 'release'), '--detector', 'github-token']);
    expect(text.stdout).toMatch(/service\.zip!\/service\/\.env:2:14/);
    expect(text.stdout).toMatch(/Scanned 1 file \([\d.]+ (?:B|KiB), 2 files in archives\)/);
  });

  it('--max-archive-depth 0 leaves archives unopened; a depth that is not a number is a one-line usage error', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'bundle.zip': gitArchives().zip });
    const off = await runCli(['scan', dir, '--format', 'json', '--detector', 'github-token', '--max-archive-depth', '0']);
    expect([off.code, parse(off.stdout).findings]).toEqual([0, []]);
    const bad = await runCli(['scan', dir, '--max-archive-depth', 'deep']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--max-archive-depth deep: not a depth; use a whole number from 0/);
  });

  it('a decompression bomb is a warning naming the archive, and the other files are still scanned', async () => {
    const dir = tmpDir();
    const bomb = zipOf(Array.from({ length: 40 }, (_, i) => ({ name: `zeros${i}.txt`, data: Buffer.alloc(1024 * 1024) })));
    writeTree(dir, { 'bomb.zip': bomb, 'app.env': `GITHUB_TOKEN=${TOKEN}\n` });
    const r = await runCli(['scan', dir, '--format', 'json', '--detector', 'github-token']);
    const report = parse(r.stdout);
    expect(places(report)).toEqual(['app.env:1']);
    expect(report.warnings).toEqual([{ path: 'bomb.zip', message: expect.stringContaining('decompression bomb') }]);
  });

  it('staged blocks a commit that adds an archive holding a token', async () => {
    const repo = tmpRepo({ 'README.md': 'readme\n' });
    writeFileSync(join(repo, 'handover.zip'), zipOf([{ name: 'notes/creds.txt', data: `github token: ${TOKEN}\n` }]));
    git(repo, ['add', 'handover.zip']);
    const r = await runCli(['staged', repo, '--format', 'json', '--detector', 'github-token']);
    expect([r.code, places(parse(r.stdout))]).toEqual([1, ['handover.zip!/notes/creds.txt:1']]);
  });

  it('history attributes a token in an archive to the commit that added it, and knows when the archive left the tree', async () => {
    const repo = tmpRepo({ 'README.md': 'readme\n' });
    writeFileSync(join(repo, 'deploy.zip'), zipOf([{ name: '.env', data: `GITHUB_TOKEN=${TOKEN}\n` }]));
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'add deploy bundle']);
    const added = git(repo, ['rev-parse', 'HEAD']).trim();
    writeFileSync(join(repo, 'deploy.zip'), zipOf([{ name: '.env', data: `GITHUB_TOKEN=${LATER}\n` }]));
    git(repo, ['commit', '-q', '-am', 'new token']);
    const first = parse((await runCli(['history', repo, '--format', 'json', '--detector', 'github-token'])).stdout);
    // the first token was replaced (history only), the second is in the tree
    expect(first.findings.map((f) => `${f.path} ${f.commit === added ? 'added' : 'later'} ${f.inTree ? 'in tree' : 'history only'}`).sort()).toEqual([
      'deploy.zip!/.env added history only',
      'deploy.zip!/.env later in tree',
    ]);
    rmSync(join(repo, 'deploy.zip'));
    git(repo, ['commit', '-q', '-am', 'drop the bundle']);
    const after = parse((await runCli(['history', repo, '--format', 'json', '--detector', 'github-token'])).stdout);
    expect(after.findings.map((f) => f.inTree)).toEqual([false, false]);
  });
});
