// `baseline import`: what detect-secrets or gitleaks had accepted becomes our baseline, on real files
// and a real repository: the written file is the one `baseline create` writes, holds only the
// accepted findings and no secret, the counts are printed, and foreign or malformed input stops with
// one line and exit 2.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitlabToken } from '../../detectors/secrets/ci-and-dev-tools/gitlab.js';
import { AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, tmpRepo } from '../helpers/tmp.js';

const GITLAB_TOKEN = gitlabToken.examples.positive.map((e) => e.text).join('\n').match(/glpat-[\w-]{20}\b/)?.[0] as string;
const SECRETS = [GITHUB_TOKEN, OTHER_GITHUB_TOKEN, AWS_KEY_ID, GITLAB_TOKEN];
const DETECTORS = ['--detector', 'github-token,aws-access-key-id,gitlab-token'];
const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

interface Baseline {
  tool: string;
  version: number;
  salt: string;
  findings: { path: string; detector: string; fingerprint: string; line: number }[];
}

/** Four secrets in three files of a repository. */
function repo(): string {
  return tmpRepo({
    'src/a.py': `# settings\n\nTOKEN = "${GITHUB_TOKEN}"\nAWS = "${AWS_KEY_ID}"\n`,
    'src/b.py': `OTHER = "${OTHER_GITHUB_TOKEN}"\n`,
    'ci/c.yml': `token: ${GITLAB_TOKEN}\n`,
  });
}

function noSecretIn(...texts: string[]): void {
  for (const text of texts) for (const s of SECRETS) expect(text).not.toContain(s);
}

async function importing(cwd: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string; baseline?: Baseline }> {
  const r = await runCli(['baseline', 'import', ...args, ...DETECTORS], { cwd });
  const file = join(cwd, '.secrets-baseline.json');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  noSecretIn(r.stdout, r.stderr, text);
  return { ...r, ...(text ? { baseline: JSON.parse(text) as Baseline } : {}) };
}

describe('baseline import --from detect-secrets', () => {
  it('accepts our findings whose secret has a listed SHA-1 for the same file, whatever the line', async () => {
    const dir = repo();
    const peer = {
      version: '1.5.0',
      plugins_used: [{ name: 'KeywordDetector' }],
      results: {
        'src/a.py': [
          { type: 'GitHub Token', filename: 'src/a.py', hashed_secret: sha1(GITHUB_TOKEN), is_verified: false, line_number: 1 }, // drifted: the hash decides
          { type: 'Secret Keyword', filename: 'src/a.py', hashed_secret: sha1(OTHER_GITHUB_TOKEN), is_verified: false, line_number: 4 }, // b.py's secret, not a.py's
        ],
        './ci/c.yml': [{ type: 'GitLab Token', filename: 'ci/c.yml', hashed_secret: sha1(GITLAB_TOKEN).toUpperCase(), is_verified: false, line_number: 1 }],
        'gone.py': [{ type: 'Secret Keyword', filename: 'gone.py', hashed_secret: sha1('not-here'), is_verified: false, line_number: 2 }],
      },
    };
    writeFileSync(join(dir, '.secrets.baseline'), JSON.stringify(peer, null, 2));
    const r = await importing(dir, ['--from', 'detect-secrets', '.secrets.baseline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '.secrets.baseline (detect-secrets baseline): 2 of 4 entries matched a finding; 2 did not (no finding of this scan in that file with that secret).\n' +
        'Wrote .secrets-baseline.json: 2 findings accepted (no secret stored). Commit it; scans now fail only on findings not in it.\n',
    );
    expect(r.baseline).toMatchObject({ tool: 'secret-hygiene', version: 3, salt: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(r.baseline?.findings.map((f) => `${f.path}:${f.line} ${f.detector}`)).toEqual(['ci/c.yml:1 gitlab-token', 'src/a.py:3 github-token']);
    // the written baseline is a real one: a scan with it reports only what detect-secrets had not accepted
    const scan = await runCli(['scan', ...DETECTORS, '--baseline', '.secrets-baseline.json', '-f', 'json'], { cwd: dir });
    expect(scan.code).toBe(1);
    const json = JSON.parse(scan.stdout) as { findings: { path: string; line: number }[]; stats: { suppressed: Record<string, number> } };
    expect(json.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['src/a.py:4', 'src/b.py:1']);
    expect(json.stats.suppressed).toEqual({ baseline: 2 });
  });

  it('refuses to overwrite a baseline without --force, and a file that is not a detect-secrets baseline', async () => {
    const dir = repo();
    writeFileSync(join(dir, '.secrets.baseline'), JSON.stringify({ results: {} }));
    expect((await importing(dir, ['--from', 'detect-secrets', '.secrets.baseline'])).stdout).toMatch(/0 of 0 entries matched a finding; 0 did not\.\nWrote \.secrets-baseline\.json: 0 findings/);
    const again = await importing(dir, ['--from', 'detect-secrets', '.secrets.baseline']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/\.secrets-baseline\.json: a baseline already exists; add --force/);
    expect((await importing(dir, ['--from', 'detect-secrets', '.secrets.baseline', '--force'])).code).toBe(0);
    for (const [content, message] of [
      [`TOKEN=${GITHUB_TOKEN}\n`, /^secret-hygiene: peer\.json: not JSON, so not the detect-secrets baseline; pass the \.secrets\.baseline that detect-secrets scan wrote$/],
      ['[{"File":"a.py","StartLine":1}]', /^secret-hygiene: peer\.json: not a detect-secrets baseline \(no "results" object\)/],
      ['{"results":{"a.py":[{"hashed_secret":"abc"}]}}', /^secret-hygiene: peer\.json: entry 1 of a file has no "hashed_secret" of 40 hex digits/],
    ] as const) {
      writeFileSync(join(dir, 'peer.json'), content);
      const r = await importing(dir, ['--from', 'detect-secrets', 'peer.json', '--force']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
    }
  });
});

describe('baseline import --from gitleaks', () => {
  it('accepts our finding at the same file and line, checking the secret unless redacted', async () => {
    const dir = repo();
    const at = (File: string, StartLine: number, Secret: string, RuleID = 'generic-api-key'): Record<string, unknown> => ({
      Description: 'a finding',
      StartLine,
      EndLine: StartLine,
      StartColumn: 1,
      EndColumn: 10,
      Match: Secret,
      Secret,
      File,
      RuleID,
      Commit: '',
      Fingerprint: `${File}:${RuleID}:${StartLine}`,
    });
    const report = [
      at('src/a.py', 3, 'REDACTED', 'github-pat'), // redacted: file and line decide
      at('src/a.py', 4, `"${AWS_KEY_ID}"`, 'aws-access-token'), // the same secret, captured with its quotes
      at('./src/b.py', 1, GITHUB_TOKEN, 'github-pat'), // another secret than ours on that line
      at('ci/c.yml', 2, 'REDACTED'), // no finding of ours on that line
    ];
    const peerFile = join(tmpDir(), 'gitleaks-report.json');
    writeFileSync(peerFile, JSON.stringify(report, null, 1));
    const r = await importing(dir, ['--from', 'gitleaks', peerFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\S*gitleaks-report\.json \(gitleaks report\): 2 of 4 entries matched a finding; 2 did not \(no finding of this scan at that file and line with that secret\)\.\nWrote \.secrets-baseline\.json: 2 findings accepted/);
    expect(r.baseline?.findings.map((f) => `${f.path}:${f.line} ${f.detector}`)).toEqual(['src/a.py:4 aws-access-key-id', 'src/a.py:3 github-token']);
  });

  it('scans with the same settings as create: --no-repo-config ignores .gitleaksignore, the default honours it', async () => {
    const dir = repo();
    writeFileSync(join(dir, '.gitleaksignore'), 'src/a.py:github-pat:3\n');
    const peerFile = join(dir, 'report.json');
    writeFileSync(peerFile, JSON.stringify([{ File: 'src/a.py', StartLine: 3, Secret: 'REDACTED', RuleID: 'github-pat' }]));
    const honoured = await importing(dir, ['--from', 'gitleaks', 'report.json']);
    expect(honoured.stdout).toMatch(/0 of 1 entry matched a finding; 1 did not/); // .gitleaksignore already silenced it
    const untrusted = await importing(dir, ['--from', 'gitleaks', 'report.json', '--no-repo-config', '--force']);
    expect(untrusted.stdout).toMatch(/1 of 1 entry matched a finding; 0 did not\./);
    expect(untrusted.baseline?.findings).toHaveLength(1);
  });

  it('stops with one line and exit 2 for an unknown tool or a file that is not a gitleaks report', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ results: {} }));
    const unknown = await importing(dir, ['--from', 'trufflehog', 'r.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('secret-hygiene: --from: unknown tool; use one of detect-secrets, gitleaks');
    const foreign = await importing(dir, ['--from', 'gitleaks', 'r.json']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr.trim()).toMatch(/^secret-hygiene: r\.json: not a gitleaks report \(a JSON list of findings\); pass the JSON report of gitleaks/);
    writeFileSync(join(dir, 'r.json'), JSON.stringify([{ File: 'a.py', StartLine: 0 }]));
    expect((await importing(dir, ['--from', 'gitleaks', 'r.json'])).stderr.trim()).toMatch(/^secret-hygiene: r\.json: finding 1 has no "File" and "StartLine"/);
    const missing = await importing(dir, ['--from', 'gitleaks', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, '.secrets-baseline.json'))).toBe(false);
  });
});
