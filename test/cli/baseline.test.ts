import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';

const DETECTORS = ['--detector', 'github-token,aws-access-key-id'];

interface Baseline {
  tool: string;
  version: number;
  findings: { path: string; detector: string; fingerprint: string; line: number }[];
}
const read = (file: string): Baseline => JSON.parse(readFileSync(file, 'utf8')) as Baseline;
const paths = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as { findings: { path: string; line: number }[] }).findings.map((f) => `${f.path}:${f.line}`);

describe('secret-hygiene baseline', () => {
  it('create records current findings sorted, without any secret, and refuses to overwrite', async () => {
    const repo = tmpRepo({ 'b.js': `t = "${GITHUB_TOKEN}"\n`, 'a.env': `K=${AWS_KEY_ID}\nT=${OTHER_GITHUB_TOKEN}\n` });
    const r = await runCli(['baseline', 'create', ...DETECTORS], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote \.secrets-baseline\.json: 3 findings accepted \(no secret stored\)/);
    const text = readFileSync(join(repo, '.secrets-baseline.json'), 'utf8');
    for (const secret of [GITHUB_TOKEN, OTHER_GITHUB_TOKEN, AWS_KEY_ID, GITHUB_TOKEN.slice(0, 8)]) expect(text).not.toContain(secret);
    const b = read(join(repo, '.secrets-baseline.json'));
    expect(b).toMatchObject({ tool: 'secret-hygiene', version: 3, salt: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(b.findings.map((f) => `${f.path} ${f.detector} ${f.line}`)).toEqual(['a.env aws-access-key-id 1', 'a.env github-token 2', 'b.js github-token 1']);
    const again = await runCli(['baseline', 'create', ...DETECTORS], { cwd: repo });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/\.secrets-baseline\.json: a baseline already exists; run 'secret-hygiene baseline update'.*--force/);
    expect((await runCli(['baseline', 'create', ...DETECTORS, '--force', '--output', 'other.json'], { cwd: repo })).code).toBe(0);
    expect(read(join(repo, 'other.json')).findings).toHaveLength(3);
  });

  it('scan --baseline fails only on new findings; moved lines still match; the same secret elsewhere does not', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `t = "${GITHUB_TOKEN}"\n` });
    const file = join(tmpDir(), 'b.json');
    expect((await runCli(['baseline', 'create', dir, ...DETECTORS, '--output', file])).code).toBe(0);
    expect((await runCli(['scan', dir, ...DETECTORS, '--baseline', file])).code).toBe(0);
    writeTree(dir, { 'a.js': `// moved down\n\nt = "${GITHUB_TOKEN}"\n` });
    const moved = await runCli(['scan', dir, ...DETECTORS, '--baseline', file, '-f', 'json']);
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.stdout).stats.suppressed).toEqual({ baseline: 1 });
    writeTree(dir, { 'copy.js': `t = "${GITHUB_TOKEN}"\n`, 'a.js': `// moved down\n\nt = "${GITHUB_TOKEN}"\nu = "${OTHER_GITHUB_TOKEN}"\n` });
    const fresh = await runCli(['scan', dir, ...DETECTORS, '--baseline', file, '-f', 'json']);
    expect(fresh.code).toBe(1);
    expect(paths(fresh)).toEqual(['a.js:4', 'copy.js:1']);
    expect(paths(await runCli(['scan', dir, ...DETECTORS, '--baseline', file, '--no-baseline', '-f', 'json']))).toEqual(['a.js:3', 'a.js:4', 'copy.js:1']);
  });

  it('update adds new findings, drops fixed ones, keeps notes people wrote, and keeps order stable', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `t = "${GITHUB_TOKEN}"\n`, 'z.js': `k = "${AWS_KEY_ID}"\n` });
    const file = join(dir, '.secrets-baseline.json');
    await runCli(['baseline', 'create', dir, ...DETECTORS]);
    const b = read(file);
    (b.findings[0] as Record<string, unknown>).reason = 'test fixture, revoked';
    writeFileSync(file, JSON.stringify(b));
    writeTree(dir, { 'z.js': 'k = process.env.KEY\n', 'm.js': `u = "${OTHER_GITHUB_TOKEN}"\n` });
    const r = await runCli(['baseline', 'update', dir, ...DETECTORS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 added, 1 removed, 1 kept \(2 in total\)/);
    const after = read(file);
    expect(after.findings.map((f) => f.path)).toEqual(['a.js', 'm.js']);
    expect(after.findings[0]).toMatchObject({ reason: 'test fixture, revoked' });
    const again = readFileSync(file, 'utf8');
    await runCli(['baseline', 'update', dir, ...DETECTORS]);
    expect(readFileSync(file, 'utf8')).toBe(again); // a no-op update changes nothing
  });

  it('update of one folder of a repository keeps the entries of the others', async () => {
    const dir = tmpRepo({ 'src/a.js': `t = "${GITHUB_TOKEN}"\n`, 'docs/b.md': `t = "${OTHER_GITHUB_TOKEN}"\n` });
    await runCli(['baseline', 'create', dir, ...DETECTORS]);
    writeTree(dir, { 'src/a.js': 'fixed\n' });
    const r = await runCli(['baseline', 'update', 'src', ...DETECTORS, '--baseline', '.secrets-baseline.json'], { cwd: dir });
    expect(r.stdout).toMatch(/0 added, 1 removed, 0 kept/);
    expect(read(join(dir, '.secrets-baseline.json')).findings.map((f) => f.path)).toEqual(['docs/b.md']);
  });

  it('a corrupt, foreign or missing baseline is exit 2 with one line naming it', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': 'x\n', 'corrupt.json': '{"tool": "secret-hy', 'foreign.json': '{"version": "1.4.0", "results": {}}', 'old.json': '{"tool": "secret-hygiene", "version": 9, "findings": []}' });
    const cases: [string[], RegExp][] = [
      [['scan', '.', '--baseline', 'corrupt.json'], /^secret-hygiene: corrupt\.json: not a JSON baseline/],
      [['scan', '.', '--baseline', 'foreign.json'], /^secret-hygiene: foreign\.json: not a secret-hygiene baseline/],
      [['scan', '.', '--baseline', 'old.json'], /^secret-hygiene: old\.json: baseline version 9 is not supported/],
      [['scan', '.', '--baseline', 'none.json'], /^secret-hygiene: none\.json: cannot read the baseline \(no such file or directory\); create one with/],
      [['baseline', 'update', '.', '--baseline', 'corrupt.json'], /^secret-hygiene: corrupt\.json: not a JSON baseline/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv, { cwd: dir });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
