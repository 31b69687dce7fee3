// The CI gate end to end: adopt on a repository with existing findings (init + commit), the gate
// passes; one new secret fails it with exactly that finding in every report format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';

/** A repository with years of debt: a token in code, a key in config, a root container. */
function adoptedRepo(): string {
  const repo = tmpRepo({
    'src/client.js': `// legacy\nconst token = "${GITHUB_TOKEN}";\n`,
    'config/aws.ini': `[default]\naws_access_key_id = ${AWS_KEY_ID}\n`,
    'Dockerfile': 'FROM node:20\nCOPY . /app\nCMD ["node", "/app/index.js"]\n',
    'README.md': '# app\n',
  });
  return repo;
}

interface JsonReport {
  findings: { path: string; line: number; detectorId: string }[];
}
interface SarifLog {
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
}

describe('the CI gate', () => {
  it('init + commit makes the gate pass; one new secret fails it with exactly that finding in text, JSON, SARIF and JUnit', async () => {
    const repo = adoptedRepo();
    const before = await runCli(['scan', '-f', 'json'], { cwd: repo });
    expect(before.code).toBe(1);
    const debt = (JSON.parse(before.stdout) as JsonReport).findings.length;
    expect(debt).toBeGreaterThanOrEqual(3);

    const init = await runCli(['init'], { cwd: repo });
    expect(init.code).toBe(0);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'adopt secret-hygiene']);
    const pass = await runCli(['scan'], { cwd: repo });
    expect(pass.stderr).toBe('');
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(new RegExp(`no findings; ${debt} suppressed \\(${debt} baseline\\)`));

    writeTree(repo, { 'src/new.js': `export const key = "${OTHER_GITHUB_TOKEN}";\n` });
    const out = tmpDir();
    const [json, sarif, junit] = ['r.json', 'r.sarif', 'r.xml'].map((f) => join(out, f)) as [string, string, string];
    const fail = await runCli(['scan', '-f', 'text', '-f', 'json', '-o', '-', '-o', json, '-f', 'sarif', '-o', sarif, '-f', 'junit', '-o', junit], { cwd: repo });
    expect(fail.code).toBe(1);

    expect(fail.stdout).toMatch(/^src\/new\.js\n {2}src\/new\.js:1:21 {2}critical github-token/);
    expect(fail.stdout).toMatch(/; 1 finding: 1 critical; /);
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.detectorId}`)).toEqual(['src/new.js:1 github-token']);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as SarifLog;
    expect(log.runs[0]?.results.map((r) => `${r.locations[0]?.physicalLocation.artifactLocation.uri}:${r.locations[0]?.physicalLocation.region.startLine} ${r.ruleId}`)).toEqual(['src/new.js:1 github-token']);
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml).toContain('name="github-token at src/new.js:1:21"');
    for (const text of [fail.stdout, readFileSync(json, 'utf8'), readFileSync(sarif, 'utf8'), xml]) expect(text).not.toContain(OTHER_GITHUB_TOKEN);
  });

  it('the same baseline gates staged changes and history', async () => {
    const repo = adoptedRepo();
    await runCli(['init'], { cwd: repo });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'adopt secret-hygiene']);
    writeTree(repo, { 'src/new.js': `export const key = "${OTHER_GITHUB_TOKEN}";\n`, 'src/client.js': `// legacy, moved\n\n\nconst token = "${GITHUB_TOKEN}";\n` });
    git(repo, ['add', '-A']);
    const staged = await runCli(['staged', '--whole-files', '-f', 'json'], { cwd: repo });
    expect(staged.stderr).toBe('');
    expect((JSON.parse(staged.stdout) as JsonReport).findings.map((f) => `${f.path} ${f.detectorId}`)).toEqual(['src/new.js github-token']);
    expect(staged.code).toBe(1);
    git(repo, ['commit', '-q', '-m', 'new secret']);
    const history = await runCli(['history', '-f', 'json'], { cwd: repo });
    expect(history.stderr).toBe('');
    expect((JSON.parse(history.stdout) as JsonReport).findings.map((f) => `${f.path} ${f.detectorId}`)).toEqual(['src/new.js github-token']);
    expect(history.code).toBe(1);
  });
});
