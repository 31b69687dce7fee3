import { describe, expect, it } from 'vitest';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import { zipOf } from '../helpers/archives.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifErrors } from '../helpers/sarif-schema.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN } from '../filters/example-secrets.js';

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string }; properties: Record<string, unknown>; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; level: string; message: { text: string }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
  }[];
}

describe('SARIF report', () => {
  // the official SARIF 2.1.0 schema, as shipped by Microsoft's SARIF Multitool (see fixtures/sarif/README.md)
  const validate = sarifErrors;

  it('validates against the SARIF 2.1.0 schema with zero errors, and the validator does catch mistakes', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'src/app config.js': `// x\nconst t = "${GITHUB_TOKEN}";\n`, 'k.env': `K=${AWS_KEY_ID}\n`, 'd/Dockerfile': 'FROM node:20\nCMD ["node"]\n' });
    const r = await runCli(['scan', dir, '-f', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validate(log)).toEqual([]);
    expect(log.runs[0]?.results.length).toBeGreaterThanOrEqual(2);
    const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    (broken.runs[0]?.results[0] as { level: string }).level = 'fatal';
    expect(validate(broken).length).toBeGreaterThan(0);
    // uniqueItems (checked by canonical JSON, test/helpers/sarif-schema.ts): a rule listed twice, its keys in another order
    const twice = structuredClone(log) as unknown as { runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[] };
    const rules = twice.runs[0]?.tool.driver.rules as Record<string, unknown>[];
    rules.push(Object.fromEntries(Object.entries(rules[0] as Record<string, unknown>).reverse()));
    expect(validate(twice)).toContain('/runs/0/tool/driver/rules must NOT have duplicate items');
  });

  it('has one rule per detector that ran with help and policy, and results with region, level and our fingerprint', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'src/a.js': `// x\nconst t = "${GITHUB_TOKEN}";\n` });
    const r = await runCli(['scan', dir, '-f', 'sarif', '--detector', 'github-token,aws-access-key-id', '--reveal']);
    const log = JSON.parse(r.stdout) as SarifLog;
    const run = log.runs[0] as SarifLog['runs'][0];
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(['aws-access-key-id', 'github-token']);
    // no link to a package registry page: the name is not ours there, and whoever takes it would be linked
    expect(JSON.stringify(run.tool.driver)).not.toMatch(/npmjs\.com|informationUri/);
    const rule = run.tool.driver.rules[1];
    expect(rule?.help.text).toBe(githubToken.remediation);
    expect(rule?.properties).toMatchObject({ policy: 'no-committed-credentials', 'security-severity': '9.5' });
    expect(rule?.defaultConfiguration.level).toBe('error');
    const json = JSON.parse((await runCli(['scan', dir, '-f', 'json', '--detector', 'github-token'])).stdout) as { findings: Finding[] };
    const f = json.findings[0] as Finding;
    expect(run.results).toEqual([
      expect.objectContaining({
        ruleId: 'github-token',
        level: 'error',
        message: { text: 'GitHub token (ghp_Zk…)' },
        partialFingerprints: { 'secretHygiene/v1': f.fingerprint },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 12, endLine: 2, endColumn: 12 + GITHUB_TOKEN.length } } }],
      }),
    ]);
    expect(r.stdout).not.toContain(GITHUB_TOKEN); // never in SARIF, even with --reveal
  });

  it('stays valid with odd paths, history metadata and warnings', () => {
    const finding: Finding = {
      detectorId: 'github-token', title: 'GitHub token', policy: 'no-committed-credentials', severity: 'low', path: 'we ird/%20#?ü.js', line: 3, column: 1, endLine: 3, endColumn: 1,
      fingerprint: 'a'.repeat(32), redacted: '', message: 'm', commit: 'c'.repeat(40), date: '2024-01-02T03:04:05Z', inTree: false, author: 'A', email: 'a@example.com',
    };
    const text = renderSarif({
      tool: { name: 'secret-hygiene', version: '0.1.0' }, command: 'history', findings: [finding], warnings: [{ path: 'x', message: 'unreadable' }], notes: ['shallow clone'],
      stats: { filesScanned: 1, bytesScanned: 1, filesSkipped: 0, skipped: {}, suppressed: {}, durationMs: 1 }, detectors: [githubToken], color: false, reveal: false,
    });
    const log = JSON.parse(text) as SarifLog;
    expect(validate(log)).toEqual([]);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('we%20ird/%2520%23%3F%C3%BC.js');
    expect(text).not.toContain('a@example.com');
  });

  it('locates a finding inside an archive at the archive, without a region, and stays valid', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'dist/bundle.zip': zipOf([{ name: 'conf/app.env', data: `X=1\nGITHUB_TOKEN=${GITHUB_TOKEN}\n` }]) });
    const r = await runCli(['scan', dir, '-f', 'sarif', '--detector', 'github-token']);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validate(log)).toEqual([]);
    const [result] = log.runs[0]?.results ?? [];
    expect(result?.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'dist/bundle.zip', uriBaseId: '%SRCROOT%' } } }]);
    expect(result?.message.text).toMatch(/\(in conf\/app\.env, line 2\)$/);
  });
});
