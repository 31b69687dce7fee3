import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB, buildHistoryRepo, CAROL, commitAt, fakeGithubToken, type HistoryFixture } from '../../fixtures/repos/history.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo } from '../helpers/tmp.js';

interface JsonFinding {
  detectorId: string;
  path: string;
  line: number;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  inTree?: boolean;
  blob?: string;
}
interface JsonReport {
  findings: JsonFinding[];
  stats: { filesScanned: number; skipped: Record<string, number> };
  warnings: { message: string }[];
  notes?: string[];
}

async function historyJson(args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await runCli(['history', ...args, '--format', 'json', '--detector', 'github-token']);
  expect(r.stderr, r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

describe('secret-hygiene history', () => {
  let fx: HistoryFixture;
  beforeAll(() => {
    fx = buildHistoryRepo();
  });

  it('reports each secret once, at the commit that introduced it, with author, date and inTree', async () => {
    const { code, report } = await historyJson([fx.dir]);
    expect(code).toBe(1);
    const byPath = new Map(report.findings.map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual(['config.js', 'keep.js', 'lib-keep.js', 'many.txt', 'merged.js', 'side.js']);
    expect(report.findings).toHaveLength(6);
    expect(byPath.get('config.js')).toMatchObject({
      line: 2, commit: fx.commits.removedAdded, author: ALICE.name, email: ALICE.email, date: '2021-01-05T10:00:00+01:00', inTree: false,
    });
    expect(byPath.get('keep.js')).toMatchObject({ line: 3, commit: fx.commits.keptAdded, author: CAROL.name, inTree: true });
    expect(byPath.get('lib-keep.js')).toMatchObject({ line: 3, commit: fx.commits.renamed, author: ALICE.name, inTree: true });
    expect(byPath.get('side.js')).toMatchObject({ commit: fx.commits.sideAdded, author: BOB.name, inTree: false });
    expect(byPath.get('many.txt')).toMatchObject({ line: 1, commit: fx.commits.manyFirst, author: CAROL.name, date: '2021-06-01T10:00:00+00:00', inTree: true });
    expect(byPath.get('merged.js')).toMatchObject({ commit: fx.commits.merge, author: CAROL.name, inTree: true });
    expect(report.stats.skipped.binary).toBe(1); // img.bin, whose bytes hold a token: skipped and counted
    const dates = report.findings.map((f) => Date.parse(f.date as string));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('never prints a secret, and its text report lists the oldest finding first and marks history-only ones', async () => {
    const r = await runCli(['history', fx.dir, '--detector', 'github-token']);
    expect(r.code).toBe(1);
    for (const token of Object.values(fx.tokens)) expect(r.stdout).not.toContain(token);
    const order = ['config.js:2', 'keep.js:3', 'lib-keep.js:3', 'side.js:1', 'many.txt:1', 'merged.js:1'].map((p) => r.stdout.indexOf(`  ${p}:`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(r.stdout).toMatch(/config\.js:2:\d+[^\n]*\n[^\n]*\n\s+history only: rotate it · introduced [0-9a-f]{12} by Alice Example on 2021-01-05/);
    expect(r.stdout).toMatch(/Scanned \d+ files .*skipped 1 \(1 binary\); 6 findings/);
  });

  it('--branch scans only what the branch reaches; --range only what its commits added or changed', async () => {
    const main = await historyJson([fx.dir, '--branch', 'main']);
    expect(main.report.findings.map((f) => f.path)).not.toContain('side.js');
    const feature = await historyJson([fx.dir, '--branch', 'feature']);
    expect(feature.report.findings.map((f) => f.path).sort()).toEqual(['config.js', 'keep.js', 'side.js']);
    expect(feature.report.findings.find((f) => f.path === 'keep.js')?.inTree).toBe(true);

    const range = await historyJson([fx.dir, '--range', `${fx.commits.removedGone}..main`]);
    expect(range.report.findings.map((f) => f.path).sort()).toEqual(['keep.js', 'lib-keep.js', 'many.txt', 'merged.js']);
    const single = await historyJson([fx.dir, '--range', fx.commits.keptAdded]); // = keptAdded..HEAD
    expect(single.report.findings.map((f) => f.path).sort()).toEqual(['lib-keep.js', 'many.txt', 'merged.js']);
    expect(single.report.findings.find((f) => f.path === 'lib-keep.js')?.commit).toBe(fx.commits.renamed);
    const since = await historyJson([fx.dir, '--since', '2021-05-15']);
    expect(since.report.findings.map((f) => f.path).sort()).toEqual(['many.txt', 'merged.js']);
  });

  it('decides inTree against the whole HEAD tree even when the range does not reach it', async () => {
    // the range holds the commit that added the many.txt secret, but HEAD also holds it: inTree
    const r = await historyJson([fx.dir, '--range', `${fx.commits.manyFirst}~1..${fx.commits.manyFirst}`]);
    expect(r.report.findings.map((f) => [f.path, f.inTree])).toEqual([['many.txt', true]]);
    const side = await historyJson([fx.dir, '--range', `main..feature`]);
    expect(side.report.findings.map((f) => [f.path, f.inTree])).toEqual([['side.js', false]]);
  });

  it('scans each (blob, path) once however many commits hold it', async () => {
    const { report } = await historyJson([fx.dir]);
    const pairs = new Set<string>();
    for (const commit of git(fx.dir, ['rev-list', '--all']).trim().split('\n')) {
      for (const entry of git(fx.dir, ['ls-tree', '-r', commit]).trim().split('\n')) pairs.add(entry.split(' ')[2] as string);
    }
    const commits = git(fx.dir, ['rev-list', '--all', '--count']).trim();
    expect(Number(commits)).toBeGreaterThan(10);
    expect(report.stats.filesScanned + (report.stats.skipped.binary ?? 0)).toBe(pairs.size);
  });

  it('leaves out what a remote-tracking branch already holds with --exclude-remotes', async () => {
    const clone = join(tmpDir(), 'clone');
    git(fx.dir, ['clone', '-q', fx.dir, clone]);
    const fresh = fakeGithubToken(77);
    const added = commitAt(clone, { date: '2022-01-01T00:00:00Z', files: { 'new.js': `t = "${fresh}"\n` } });
    const r = await historyJson([clone, '--branch', 'HEAD', '--exclude-remotes']);
    expect(r.report.findings.map((f) => [f.path, f.commit])).toEqual([['new.js', added]]);
  });

  it('warns on a shallow clone and scans what is there', async () => {
    const shallow = join(tmpDir(), 'shallow');
    git(fx.dir, ['clone', '-q', '--depth', '1', `file://${fx.dir}`, shallow]);
    const head = git(shallow, ['rev-parse', 'HEAD']).trim();
    const r = await historyJson([shallow]);
    expect(r.report.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^shallow clone: .*git fetch --unshallow/)]);
    expect(r.report.findings.map((f) => [f.path, f.commit, f.inTree]).sort()).toEqual([
      ['lib-keep.js', head, true], ['many.txt', head, true], ['merged.js', head, true],
    ]);
    const text = await runCli(['history', shallow, '--detector', 'github-token']);
    expect(text.stdout.split('\n').filter((l) => l.includes('shallow clone'))).toHaveLength(1);
  });

  it('audits a bare mirror, and sees commits that refs/replace would hide', async () => {
    const bare = join(tmpDir(), 'mirror.git');
    git(fx.dir, ['clone', '-q', '--mirror', fx.dir, bare]);
    const mirrored = await historyJson([bare]);
    expect(mirrored.report.findings.map((f) => f.path).sort()).toEqual(['config.js', 'keep.js', 'lib-keep.js', 'many.txt', 'merged.js', 'side.js']);
    const dir = tmpRepo();
    const leak = commitAt(dir, { date: '2022-01-01T00:00:00Z', files: { 'a.js': `t = "${fakeGithubToken(88)}"\n` } });
    commitAt(dir, { date: '2022-02-01T00:00:00Z', remove: ['a.js'], files: { 'b.txt': 'b\n' } });
    const decoy = git(dir, ['commit-tree', '-m', 'nothing to see', git(dir, ['hash-object', '-t', 'tree', '-w', '/dev/null']).trim()]).trim();
    git(dir, ['replace', leak, decoy]);
    expect(git(dir, ['log', '--all', '--format=%s'])).toContain('nothing to see'); // plain git is fooled
    const r = await historyJson([dir]);
    expect(r.report.findings.map((f) => [f.path, f.commit, f.inTree])).toEqual([['a.js', leak, false]]);
  });

  it('marks a secret in the tree when HEAD holds it only under a path rule, and reports nothing from there', async () => {
    const dir = tmpRepo();
    const moved = fakeGithubToken(91);
    const fixtureOnly = fakeGithubToken(92);
    const leak = commitAt(dir, { date: '2022-01-01T00:00:00Z', files: { '.secretsignore': 'fixtures/\n', 'a.js': `t = "${moved}"\n` } });
    commitAt(dir, { date: '2022-02-01T00:00:00Z', remove: ['a.js'], files: { 'fixtures/a.js': `t = "${moved}"\n`, 'fixtures/b.js': `t = "${fixtureOnly}"\n` } });
    const r = await historyJson([dir]);
    expect(r.report.findings.map((f) => [f.path, f.commit, f.inTree])).toEqual([['a.js', leak, true]]);
  });

  it('exits 0 with a note on an empty repository', async () => {
    const empty = tmpRepo();
    const r = await runCli(['history', empty]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('note: no commits yet: nothing to scan');
    const json = await historyJson([empty]);
    expect(json.report.notes).toEqual(['no commits yet: nothing to scan']);
  });

  it('gives one line and exit 2 for a non-repository, a missing path and unknown refs', async () => {
    const plain = tmpDir();
    const cases: [string[], RegExp][] = [
      [['history', plain], /not a git repository/],
      [['history', join(plain, 'missing')], /missing: no such file or directory/],
      [['history', fx.dir, '--branch', 'no-such-branch'], /--branch no-such-branch: unknown ref 'no-such-branch'/],
      [['history', fx.dir, '--range', 'main..nope'], /--range main\.\.nope: unknown ref 'nope'/],
      [['history', fx.dir, '--range', 'nope'], /--range nope: unknown ref 'nope'/],
      [['history', fx.dir, '--range', '--output=/tmp/x'], /is not a ref|unknown option/],
      [['history', fx.dir, '--branch', 'main', '--range', 'main'], /--branch and --range/],
      [['history', fx.dir, '--since', ''], /--since/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    const quiet = await runCli(['history', fx.dir, '--detector', 'github-token']);
    expect(quiet.stderr).toBe('');
    const tty = await runCli(['history', fx.dir, '--detector', 'github-token'], { tty: true, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    // (the total shows once git has listed the blobs: a first line drawn before that, on a busy machine, has none yet)
    expect(tty.stderr).toMatch(/history: \d+(?:\/\d+)? blobs, [\d.]+ MB\/s, \d+ findings? so far/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});
