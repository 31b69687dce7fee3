// Coming from gitleaks through the CLI, on real files and git repositories: .gitleaksignore entries
// (with and without a commit) and .gitleaks.toml path allowlists in scan, history and audit, counted
// and recorded as the repository's narrowing, ignored with --no-repo-config, and refused in one line
// with exit 2 when malformed.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/model.js';
import { gitlabToken } from '../../detectors/secrets/ci-and-dev-tools/gitlab.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from './example-secrets.js';

const GITLAB_TOKEN = gitlabToken.examples.positive.map((e) => e.text).join('\n').match(/glpat-[\w-]{20}\b/)?.[0] as string;
const SECRETS = [GITHUB_TOKEN, OTHER_GITHUB_TOKEN, AWS_KEY_ID, GITLAB_TOKEN];
const DETECTORS = ['--detector', 'github-token,aws-access-key-id,gitlab-token'];

interface Json {
  findings: { path: string; line: number; detectorId: string; commit?: string }[];
  stats: { skipped: Record<string, number>; suppressed: Record<string, number> };
  narrowing: { kind: string; source: string; controlledBy: string; files?: number; findings?: number }[];
  warnings: { path: string; message: string }[];
}

async function scanJson(cwd: string, args: readonly string[] = [], command = 'scan'): Promise<{ code: number; json: Json; stderr: string }> {
  const r = await runCli([command, ...DETECTORS, '-f', 'json', ...args], { cwd });
  expect(r.stderr).toBe('');
  for (const s of SECRETS) expect(r.stdout).not.toContain(s);
  return { code: r.code, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

const places = (j: Json): string[] => j.findings.map((f) => `${f.path}:${f.line}`);
const commitOf = (repo: string, rev = 'HEAD'): string => git(repo, ['rev-parse', rev]).trim();

describe('.gitleaksignore in a working-tree scan', () => {
  it('accepts findings at an entry’s file and line, whatever the detector; counts them and records the narrowing', async () => {
    const repo = tmpRepo({
      'src/a.js': `// config\nconst t = "${GITHUB_TOKEN}";\nconst k = "${AWS_KEY_ID}";\n`,
      'src/b.js': `const t = "${OTHER_GITHUB_TOKEN}";\n`,
    });
    writeTree(repo, { '.gitleaksignore': '# accepted when we used gitleaks\n./src/a.js:github-pat:2\nsrc/b.js:github-pat:2\n' });
    const { code, json } = await scanJson(repo);
    expect(code).toBe(1);
    expect(places(json)).toEqual(['src/a.js:3', 'src/b.js:1']); // line 3 and b.js:1 are not listed
    expect(json.stats.suppressed).toEqual({ gitleaksignore: 1 });
    expect(json.narrowing).toContainEqual({ kind: 'rule-silenced', controlledBy: 'repository', source: '.gitleaksignore', findings: 1 });
    const text = await runCli(['scan', ...DETECTORS, '--report-unused-allows'], { cwd: repo });
    expect(text.stdout).toMatch(/Narrowed by repository settings: \.gitleaksignore silenced 1 finding — run with --no-repo-config to ignore them/);
    expect(text.stdout).toMatch(/line 3: gitleaks fingerprint silenced no finding; remove it/);
    const untrusted = await scanJson(repo, ['--no-repo-config']);
    expect(places(untrusted.json)).toEqual(['src/a.js:2', 'src/a.js:3', 'src/b.js:1']);
    expect(untrusted.json.stats.suppressed).toEqual({});
  });

  it('applies to the staged check too', async () => {
    const repo = tmpRepo({ 'README.md': 'hello\n' });
    writeTree(repo, { 'a.js': `// a\nconst t = "${GITHUB_TOKEN}";\n`, '.gitleaksignore': 'a.js:github-pat:2\n' });
    git(repo, ['add', 'a.js']);
    const staged = await scanJson(repo, [], 'staged');
    expect(staged.code).toBe(0);
    expect(staged.json.stats.suppressed).toEqual({ gitleaksignore: 1 });
    expect((await scanJson(repo, ['--no-repo-config'], 'staged')).code).toBe(1);
  });

  it('stops with exit 2 and one line naming file:line for a line that is no fingerprint', async () => {
    const repo = tmpRepo({ 'a.js': `t = "${GITHUB_TOKEN}"\n` });
    writeTree(repo, { '.gitleaksignore': `a.js:github-pat:1\n${GITHUB_TOKEN}\n` });
    const r = await runCli(['scan', ...DETECTORS], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\.gitleaksignore:2: not a gitleaks fingerprint/);
    expect(r.stderr).not.toContain(GITHUB_TOKEN);
    expect((await runCli(['scan', ...DETECTORS, '--no-repo-config'], { cwd: repo })).code).toBe(1); // not read at all
  });
});

describe('.gitleaksignore entries with a commit', () => {
  /** c1 adds a token on line 2 of app.js; c2 puts two lines above it and adds another token. */
  function movedRepo(): { repo: string; c1: string; c2: string } {
    const repo = tmpRepo({ 'app.js': `// app\nconst t = "${GITHUB_TOKEN}";\n` });
    const c1 = commitOf(repo);
    writeTree(repo, { 'app.js': `// app\n// more\n// and more\nconst t = "${GITHUB_TOKEN}";\nconst u = "${GITLAB_TOKEN}";\n` });
    git(repo, ['commit', '-qam', 'second']);
    return { repo, c1, c2: commitOf(repo) };
  }

  it('accept the secret that commit added on that line, in every version of the file and in the tree', async () => {
    const { repo, c1, c2 } = movedRepo();
    writeTree(repo, { '.gitleaksignore': `${c1}:app.js:github-pat:2\n` });
    const history = await scanJson(repo, [], 'history');
    expect(history.json.findings.map((f) => `${f.detectorId} ${f.commit}`)).toEqual([`gitlab-token ${c2}`]);
    expect(history.json.stats.suppressed).toEqual({ gitleaksignore: 2 }); // both versions of app.js
    expect(history.json.narrowing).toContainEqual({ kind: 'rule-silenced', controlledBy: 'repository', source: '.gitleaksignore', findings: 2 });
    const tree = await scanJson(repo);
    expect(places(tree.json)).toEqual(['app.js:5']); // the token moved to line 4: still accepted
    expect(tree.json.stats.suppressed).toEqual({ gitleaksignore: 1 });
    const untrusted = await scanJson(repo, ['--no-repo-config'], 'history');
    expect(untrusted.json.findings).toHaveLength(2);
  });

  it('leave out of a new baseline what they accept (resolved again with the new baseline’s salt)', async () => {
    const { repo, c1 } = movedRepo();
    writeTree(repo, { '.gitleaksignore': `${c1}:app.js:github-pat:2\n` });
    const r = await runCli(['baseline', 'create', ...DETECTORS], { cwd: repo });
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(join(repo, '.secrets-baseline.json'), 'utf8')) as { findings: { detector: string }[] };
    expect(written.findings.map((f) => f.detector)).toEqual(['gitlab-token']);
    const untrusted = await runCli(['baseline', 'create', ...DETECTORS, '--no-repo-config', '--force'], { cwd: repo });
    expect(untrusted.stdout).toMatch(/^Wrote \.secrets-baseline\.json: 2 findings accepted/);
  });

  it('accept nothing when the commit did not add that line, or the line holds no finding', async () => {
    const { repo, c1, c2 } = movedRepo();
    // c2 moved the token to line 4 without adding it; c1's line 1 is a comment; an unknown commit
    writeTree(repo, { '.gitleaksignore': `${c2}:app.js:github-pat:4\n${c1}:app.js:github-pat:1\n${'f'.repeat(40)}:app.js:github-pat:2\n` });
    const history = await scanJson(repo, ['--report-unused-allows'], 'history');
    expect(history.json.findings).toHaveLength(2);
    expect(history.json.stats.suppressed).toEqual({});
    expect(history.json.warnings.filter((w) => w.path === '.gitleaksignore').map((w) => w.message.slice(0, 7))).toEqual(['line 1:', 'line 2:', 'line 3:']);
  });

  it('are marked accepted in the audit, with the entry as where, and keep the gate green', async () => {
    const { repo, c1 } = movedRepo();
    writeTree(repo, { '.gitleaksignore': `${c1}:app.js:github-pat:2\napp.js:gitlab-pat:5\n` });
    const r = await runCli(['audit', '--format', 'json'], { cwd: repo });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as AuditReport;
    const token = report.rotation.find((e) => e.detectorId === 'github-token');
    expect(token?.accepted).toEqual({ by: 'secretsignore', where: '.gitleaksignore:1' });
    const gitlab = report.rotation.find((e) => e.detectorId === 'gitlab-token');
    expect(gitlab?.accepted).toEqual({ by: 'secretsignore', where: '.gitleaksignore:2' }); // an entry without a commit: by file and line
    const untrusted = JSON.parse((await runCli(['audit', '--format', 'json', '--no-repo-config'], { cwd: repo })).stdout) as AuditReport;
    expect(untrusted.rotation.find((e) => e.detectorId === 'github-token')?.accepted).toBeUndefined();
  });
});

describe('.gitleaks.toml path allowlists', () => {
  const TOML = [
    '[allowlist]',
    'description = "from our gitleaks days"',
    "paths = ['''(^|/)fixtures/''']",
    '[[allowlists]]',
    "paths = ['''(?i)\\.snap$''']",
    '[[allowlists]]',
    'targetRules = ["github-pat"]',
    "paths = ['''^src/''']",
  ].join('\n');

  function allowlistRepo(): string {
    return tmpRepo({
      '.gitleaks.toml': `${TOML}\n`,
      '.secretsignore': 'generated/\n',
      'fixtures/keys.js': `k = "${AWS_KEY_ID}"\n`,
      'test/__snapshots__/a.SNAP': `t = "${GITHUB_TOKEN}"\n`,
      'generated/out.js': `t = "${OTHER_GITHUB_TOKEN}"\n`,
      'src/app.js': `t = "${GITLAB_TOKEN}"\n`,
    });
  }

  it('excludes matching files from the walk, counted apart from .secretsignore; rule-limited tables are left out with a note', async () => {
    const repo = allowlistRepo();
    const { code, json } = await scanJson(repo);
    expect(code).toBe(1);
    expect(places(json)).toEqual(['src/app.js:1']);
    expect(json.stats.skipped['ignored-by-rule']).toBe(3);
    expect(json.narrowing.filter((n) => n.kind === 'paths-ignored')).toEqual([
      { kind: 'paths-ignored', controlledBy: 'repository', source: '.secretsignore', files: 1 },
      { kind: 'paths-ignored', controlledBy: 'repository', source: '.gitleaks.toml', files: 2 },
    ]);
    const text = await runCli(['scan', ...DETECTORS], { cwd: repo });
    expect(text.stdout).toMatch(/\.secretsignore excluded 1 file; \.gitleaks\.toml excluded 2 files/);
    expect(text.stdout).toMatch(/\.gitleaks\.toml: allowlists\[1\] not applied: limited to gitleaks rules/);
  });

  it('applies in history too, and not at all with --no-repo-config', async () => {
    const repo = allowlistRepo();
    const history = await scanJson(repo, [], 'history');
    expect(history.json.findings.map((f) => f.path)).toEqual(['src/app.js']);
    expect(history.json.narrowing).toContainEqual({ kind: 'paths-ignored', controlledBy: 'repository', source: '.gitleaks.toml', files: 2 });
    const untrusted = await scanJson(repo, ['--no-repo-config']);
    expect(places(untrusted.json).sort()).toEqual(['fixtures/keys.js:1', 'generated/out.js:1', 'src/app.js:1', 'test/__snapshots__/a.SNAP:1']);
  });

  it('are read only as regular files: a link at the root is refused, never followed', async () => {
    const outside = join(tmpDir(), 'credentials');
    writeFileSync(outside, `[allowlist]\npaths = ['''.*''']\n# ${GITHUB_TOKEN}\n`);
    for (const name of ['.gitleaks.toml', '.gitleaksignore']) {
      const repo = tmpRepo({ 'a.js': `t = "${GITLAB_TOKEN}"\n` });
      symlinkSync(outside, join(repo, name));
      const r = await runCli(['scan', ...DETECTORS], { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(`secret-hygiene: ${name}: is a symbolic link; the gitleaks ${name === '.gitleaksignore' ? 'ignore file' : 'config'} is read only from a regular file in the repository: replace the link with the file itself`);
    }
  });

  it('stops with exit 2 and one line for malformed TOML or an unsafe pattern, and --no-repo-config does not read it', async () => {
    for (const [content, message] of [
      [`[allowlist]\npaths = ['''fixtures/'''\nsecret = "${GITHUB_TOKEN}"\n`, /^secret-hygiene: \.gitleaks\.toml:\d+:\d+: not valid TOML \(.*\); fix the file, or remove it if gitleaks is no longer used$/],
      ["[[allowlists]]\npaths = ['''^(a|aa)+$''']\n", /^secret-hygiene: \.gitleaks\.toml: allowlists\[0\]\.paths\[0\]: the path regular expression can backtrack catastrophically/],
      ['allowlist = 3\n', /^secret-hygiene: \.gitleaks\.toml: allowlist must be a table; fix the file or remove it$/],
    ] as const) {
      const repo = tmpRepo({ 'a.js': `t = "${GITLAB_TOKEN}"\n`, '.gitleaks.toml': content });
      const r = await runCli(['scan', ...DETECTORS], { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stderr).not.toContain(GITHUB_TOKEN);
      expect((await runCli(['scan', ...DETECTORS, '--no-repo-config'], { cwd: repo })).code).toBe(1);
    }
  });
});
