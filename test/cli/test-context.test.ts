// Test and fixture material on real files: findings in test, fixture, example and docs paths are
// reported with `context: "test"`, one severity step lower, and a setting can keep them out of the gate.
import { describe, expect, it } from 'vitest';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';
import type { Finding, Narrowing } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';
import { GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';

interface JsonReport {
  findings: Finding[];
  narrowing: Narrowing[];
}

async function scanJson(dir: string, ...args: string[]): Promise<{ code: number; report: JsonReport }> {
  const r = await runCli(['scan', dir, '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

/** The same token in application code and in test, fixture, example and docs material. */
function mixedTree(): string {
  const dir = tmpDir();
  const line = (token: string): string => `const token = "${token}";\n`;
  writeTree(dir, {
    'src/client.js': line(GITHUB_TOKEN),
    'test/client.test.js': line(GITHUB_TOKEN),
    'spec/fixtures/api.js': line(GITHUB_TOKEN),
    'docs/setup.md': `Set \`GITHUB_TOKEN=${GITHUB_TOKEN}\`\n`,
    'config/.env.example': `GITHUB_TOKEN=${GITHUB_TOKEN}\n`,
    'pkg/client_test.go': `var token = "${GITHUB_TOKEN}"\n`,
  });
  return dir;
}

describe('test and fixture context', () => {
  it('marks findings in test, fixture, example and docs paths and lowers them one severity step; the rest stay as the detector says', async () => {
    expect(githubToken.severity).toBe('critical');
    const { report } = await scanJson(mixedTree());
    const tokens = report.findings.filter((f) => f.detectorId === 'github-token');
    const byPath = Object.fromEntries(tokens.map((f) => [f.path, [f.severity, f.context ?? null]]));
    expect(byPath).toEqual({
      'src/client.js': ['critical', null],
      'test/client.test.js': ['high', 'test'],
      'spec/fixtures/api.js': ['high', 'test'],
      'docs/setup.md': ['high', 'test'],
      'config/.env.example': ['high', 'test'],
      'pkg/client_test.go': ['high', 'test'],
    });
    // the fingerprint is the secret's, wherever it is
    expect(new Set(tokens.map((f) => f.fingerprint)).size).toBe(1);
    // practice findings too: the example env file's own finding is marked
    expect(report.findings.find((f) => f.detectorId !== 'github-token')).toMatchObject({ path: 'config/.env.example', context: 'test' });
  });

  it('says so in SARIF (properties.context, the lowered level) and in text (a marker)', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'tests/api.py': `TOKEN = "${GITHUB_TOKEN}"\n`, 'app/api.py': `TOKEN = "${OTHER_GITHUB_TOKEN}"\n` });
    const sarif = JSON.parse((await runCli(['scan', dir, '--format', 'sarif'])).stdout) as { runs: { results: { level: string; properties: Record<string, unknown>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const results = sarif.runs[0]?.results ?? [];
    const of = (uri: string) => results.find((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === uri);
    expect(of('tests/api.py')?.properties).toMatchObject({ severity: 'high', context: 'test' });
    expect(of('app/api.py')?.properties.context).toBeUndefined();
    expect(of('app/api.py')?.properties.severity).toBe('critical');
    const text = (await runCli(['scan', dir])).stdout;
    expect(text).toMatch(/tests\/api\.py:1:\d+ {2}high {5}github-token {2}ghp_\S* {2}\(test context\)/);
    expect(text).toMatch(/app\/api\.py:1:\d+ {2}critical github-token {2}gh\S*\n/);
  });

  it('--fail-on sees the lowered severity; --no-fail-on-test-context keeps test findings out of the gate, still reported', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'test/fixtures/token.js': `module.exports = "${GITHUB_TOKEN}";\n` });
    expect((await scanJson(dir)).code).toBe(1); // real keys get committed in tests too
    expect((await scanJson(dir, '--fail-on', 'critical')).code).toBe(0); // critical → high
    const off = await scanJson(dir, '--no-fail-on-test-context');
    expect(off.code).toBe(0);
    expect(off.report.findings).toHaveLength(1);
    expect(off.report.narrowing).toEqual([]); // the user's own flag, like --fail-on
    // a finding outside test material still fails
    writeTree(dir, { 'lib/token.js': `module.exports = "${OTHER_GITHUB_TOKEN}";\n` });
    expect((await scanJson(dir, '--no-fail-on-test-context')).code).toBe(1);
  });

  it('the config\'s "failOnTestContext": false does the same, is recorded as narrowing the gate, and the flag overrides it', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'examples/client.js': `const t = "${GITHUB_TOKEN}";\n`, '.secret-hygiene.json': '{ "failOnTestContext": false }\n' });
    const off = await scanJson(dir);
    expect(off.code).toBe(0);
    expect(off.report.narrowing).toHaveLength(1);
    expect(off.report.narrowing[0]).toMatchObject({ kind: 'test-context-ungated', controlledBy: 'repository' });
    expect(off.report.narrowing[0]?.source).toMatch(/\.secret-hygiene\.json$/);
    const text = await runCli(['scan', dir]);
    expect(text.stdout).toContain('keeps findings in test, fixture, example and docs paths out of the gate');
    expect((await scanJson(dir, '--fail-on-test-context')).code).toBe(1);
    expect((await scanJson(dir, '--no-repo-config')).code).toBe(1);
    writeTree(dir, { '.secret-hygiene.json': '{ "failOnTestContext": "no" }\n' });
    const bad = await runCli(['scan', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('failOnTestContext: must be true or false');
  });

  it('audit gates the same way: its exit code leaves test material out with the flag or the config', async () => {
    const { tmpRepo } = await import('../helpers/tmp.js');
    const dir = tmpRepo({ 'test/client.test.js': `const t = "${GITHUB_TOKEN}";\n` });
    const audit = async (...args: string[]) => (await runCli(['audit', dir, '--format', 'json', '--detector', 'github-token', ...args])).code;
    expect(await audit()).toBe(1);
    expect(await audit('--no-fail-on-test-context')).toBe(0);
    writeTree(dir, { '.secret-hygiene.json': '{ "failOnTestContext": false }\n' });
    expect(await audit()).toBe(0);
    expect(await audit('--fail-on-test-context')).toBe(1);
  });
});

describe('vendored third-party code', () => {
  it('is marked vendored and one step lower, by scan, text and --no-fail-on-test-context alike', async () => {
    const dir = tmpDir();
    writeTree(dir, {
      'vendor/github.com/acme/sdk/client.go': `package sdk\n\nvar defaultToken = "${GITHUB_TOKEN}"\n`,
      'third_party/acme/transport.go': 'package acme\n\nvar cfg = &tls.Config{InsecureSkipVerify: true}\n',
    });
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.path, f.detectorId, f.severity, f.context]).sort()).toEqual([
      ['third_party/acme/transport.go', 'tls-insecure-skip-verify', 'medium', 'vendored'],
      ['vendor/github.com/acme/sdk/client.go', 'github-token', 'high', 'vendored'],
    ]);
    const text = await runCli(['scan', dir]);
    expect(text.stdout).toContain('(vendored code)');
    expect(text.stdout).not.toContain('(test context)');
    const ungated = await scanJson(dir, '--no-fail-on-test-context');
    expect([ungated.code, ungated.report.findings.length]).toEqual([0, 2]);
  });
});
