import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { parseJson } from '../../src/config/load.js';
import { validateConfig } from '../../src/config/schema.js';
import { starterConfig } from '../../src/config/starter.js';
import { ConfigError } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN } from '../filters/example-secrets.js';

const validate = (data: unknown): ReturnType<typeof validateConfig> => validateConfig(data, '/x/.secret-hygiene.json', '.secret-hygiene.json', allDetectors);

const CUSTOM = { id: 'acme-api-key', title: 'ACME API key', pattern: '\\b(acme_[a-f0-9]{32})\\b', keywords: ['acme_'], severity: 'high', minEntropy: 3 };

interface Json {
  findings: { path: string; detectorId: string; severity: string }[];
  stats: { skipped: Record<string, number> };
}

async function scan(files: Record<string, string>, config: unknown, extra: string[] = []): Promise<{ code: number; report: Json; stderr: string }> {
  const dir = tmpDir();
  writeTree(dir, { ...files, '.secret-hygiene.json': JSON.stringify(config) });
  const r = await runCli(['scan', '.', '-f', 'json', ...extra], { cwd: dir });
  return { code: r.code, report: (r.stdout ? JSON.parse(r.stdout) : { findings: [], stats: { skipped: {} } }) as Json, stderr: r.stderr };
}

describe('config validation', () => {
  it('accepts the starter file and a full example', () => {
    expect(() => validate(JSON.parse(starterConfig('.secrets-baseline.json')))).not.toThrow();
    const c = validate({
      $comment: 'x',
      detectors: { disable: ['jwt'], only: ['github-token', 'acme-api-key'], severity: { 'github-token': 'low', 'acme-api-key': 'medium' }, custom: [CUSTOM] },
      policies: { disable: ['tls-verified'] },
      ignore: ['vendor/'],
      maxFileSize: '1MiB',
      failOn: 'high',
      baseline: 'b.json',
    });
    expect(c.detectors.custom.map((d) => [d.id, d.policy, d.severity])).toEqual([['acme-api-key', 'no-committed-credentials', 'high']]);
    expect(c.maxFileSize).toBe(1024 * 1024);
    expect(c.detectors.severity).toEqual({ 'github-token': 'low', 'acme-api-key': 'medium' });
  });

  it('names the key and the fix for every mistake', () => {
    const custom = (over: Record<string, unknown>): unknown => ({ detectors: { custom: [CUSTOM, { ...CUSTOM, id: 'acme-two', ...over }] } });
    const cases: [unknown, RegExp][] = [
      [[], /^\.secret-hygiene\.json: must hold a JSON object/],
      [{ detectors: null }, /^\.secret-hygiene\.json: detectors: must be an object$/],
      [{ policies: [] }, /^\.secret-hygiene\.json: policies: must be an object$/],
      [{ detectors: { custom: {} } }, /detectors\.custom: must be a list of detector objects/],
      [{ detectors: { custom: ['x'] } }, /detectors\.custom\[0\]: must be an object/],
      [{ detector: {} }, /^\.secret-hygiene\.json: detector: unknown key; known keys here: detectors, policies/],
      [{ detectors: { disable: ['nope'] } }, /^\.secret-hygiene\.json: detectors\.disable\[0\]: unknown detector 'nope'/],
      [{ detectors: { severity: { 'github-token': 'urgent' } } }, /detectors\.severity\.github-token: must be one of critical, high, medium, low/],
      [{ detectors: { severity: { nope: 'low' } } }, /detectors\.severity\.nope: unknown detector/],
      [{ policies: { only: ['be-nice'] } }, /policies\.only\[0\]: unknown policy 'be-nice'/],
      [{ maxFileSize: 'huge' }, /maxFileSize: must be a positive number of bytes or a size/],
      [{ failOn: 'never' }, /failOn: must be one of critical, high, medium, low/],
      [{ ignore: 'vendor/' }, /ignore: must be a list of strings/],
      [custom({ pattern: '(acme_[a-f0-9' }), /^\.secret-hygiene\.json: detectors\.custom\[1\]\.pattern: does not compile \((?!.*acme_)[^)]*\); remember/],
      [custom({ pattern: 'acme_[a-f0-9]{32}' }), /detectors\.custom\[1\]\.pattern: needs a capture group around the secret/],
      [custom({ pattern: '(acme_)?' }), /detectors\.custom\[1\]\.pattern: matches the empty string/],
      [custom({ keywords: [] }), /detectors\.custom\[1\]\.keywords: must not be empty/],
      [custom({ keywords: ['ACME_'] }), /detectors\.custom\[1\]\.keywords\[0\]: must be lowercase/],
      [custom({ keywords: ['ac'] }), /detectors\.custom\[1\]\.keywords\[0\]: is too short/],
      [custom({ policy: 'whatever' }), /detectors\.custom\[1\]\.policy: must be one of no-committed-credentials/],
      [custom({ severity: undefined }), /detectors\.custom\[1\]\.severity: is required/],
      [custom({ id: 'github-token' }), /detectors\.custom\[1\]\.id: 'github-token' is already taken by a built-in detector/],
      [custom({ id: 'acme-api-key' }), /detectors\.custom\[1\]\.id: 'acme-api-key' is already taken by another custom detector/],
      [custom({ id: 'Acme Key' }), /detectors\.custom\[1\]\.id: must be kebab-case/],
      [custom({ minEntropy: 9 }), /detectors\.custom\[1\]\.minEntropy: must be a number of bits per character between 0 and 8/],
      [custom({ pattern: '(\\w+\\s?)*=(\\w+)' }), /^\.secret-hygiene\.json: detectors\.custom\[1\]\.pattern: can backtrack catastrophically \(e\.g\. on "[^"]+…[^"]*"\): rewrite the nested quantifier/],
      [custom({ flags: 'g' }), /detectors\.custom\[1\]\.flags: may hold only the letters i, m, s and u/],
      [custom({ colour: 'red' }), /detectors\.custom\[1\]\.colour: unknown key/],
    ];
    for (const [data, message] of cases) {
      expect(() => validate(data), JSON.stringify(data)).toThrow(ConfigError);
      expect(() => validate(data), JSON.stringify(data)).toThrow(message);
    }
  });

  it('shows of a catastrophic pattern only the pumped characters, never its literal text', () => {
    const data = { detectors: { custom: [{ ...CUSTOM, pattern: 'zq7Kp2Xv9Lm4((a+)+)b', keywords: ['zq7kp2'] }] } };
    expect(() => validate(data)).toThrow(/pattern: can backtrack catastrophically \(e\.g\. on "aaaa…b"\)/);
    expect(() => validate(data)).not.toThrow(/zq7K/);
  });

  it('lets through a pattern that backtracks only polynomially: its time limit per file bounds it', () => {
    expect(() => validate({ detectors: { custom: [{ ...CUSTOM, pattern: 'acme_(\\d+)\\d*!' }] } })).not.toThrow();
  });

  it('reports JSON syntax errors by line and column without echoing the file', () => {
    expect(() => parseJson('{\n  "failOn": "low",\n}\n', 'c.json')).toThrow(/^c\.json:3:1: not valid JSON; fix the syntax there/);
    expect(() => parseJson('', 'c.json')).toThrow(/^c\.json: not valid JSON \(the file is empty\)/);
    expect(() => parseJson('{"a": xsecretvalue}', 'c.json')).not.toThrow(/xsecretvalue/);
  });
});

describe('config in a scan', () => {
  it('runs custom detectors, and only on values that match them', async () => {
    const key = `acme_${randomBytes(16).toString('hex')}`;
    const r = await scan({ 'a.js': `k = "${key}"\nplaceholder = "acme_${'0'.repeat(32)}"\n` }, { detectors: { only: ['acme-api-key'], custom: [CUSTOM] } });
    expect(r.code).toBe(1);
    expect(r.report.findings).toEqual([expect.objectContaining({ path: 'a.js', detectorId: 'acme-api-key', severity: 'high' })]);
    expect(JSON.stringify(r.report)).not.toContain(key);
  });

  it('overrides severities, disables detectors and policies; flags override the file', async () => {
    const files = { 'a.js': `t = "${GITHUB_TOKEN}"\nk = "${AWS_KEY_ID}"\n` };
    const ids = (r: { report: Json }): string[] => r.report.findings.map((f) => `${f.detectorId}:${f.severity}`);
    const sev = await scan(files, { detectors: { only: ['github-token'], severity: { 'github-token': 'low' } } });
    expect(ids(sev)).toEqual(['github-token:low']);
    expect((await scan(files, { detectors: { only: ['github-token'], severity: { 'github-token': 'low' } }, failOn: 'high' })).code).toBe(0);
    expect((await scan(files, { detectors: { only: ['github-token'], severity: { 'github-token': 'low' } }, failOn: 'high' }, ['--fail-on', 'low'])).code).toBe(1);
    const disabled = await scan(files, { detectors: { only: ['github-token', 'aws-access-key-id'], disable: ['github-token'] } });
    expect(ids(disabled)).toEqual(['aws-access-key-id:high']);
    const flag = await scan(files, { detectors: { disable: ['github-token'] } }, ['--detector', 'github-token']);
    expect(ids(flag)).toEqual(['github-token:critical']);
    const policy = await scan(files, { detectors: { only: ['github-token'] }, policies: { disable: ['no-committed-credentials'] } });
    expect(policy.report.findings).toEqual([]);
    const policyFlag = await scan(files, { detectors: { only: ['github-token'] }, policies: { disable: ['no-committed-credentials'] } }, ['--policy', 'no-committed-credentials']);
    expect(ids(policyFlag)).toEqual(['github-token:critical']);
  });

  it('applies ignore globs and maxFileSize, with --max-file-size winning', async () => {
    const files = { 'vendor/a.js': `t = "${GITHUB_TOKEN}"\n`, 'big.js': `t = "${GITHUB_TOKEN}"\n${'x'.repeat(3000)}\n` };
    const r = await scan(files, { detectors: { only: ['github-token'] }, ignore: ['vendor/'], maxFileSize: '2KiB' });
    expect(r.report.findings).toEqual([]);
    expect(r.report.stats.skipped).toMatchObject({ 'ignored-by-rule': 1, oversize: 1 });
    const flag = await scan(files, { detectors: { only: ['github-token'] }, ignore: ['vendor/'], maxFileSize: '2KiB' }, ['--max-file-size', '1MiB']);
    expect(flag.report.findings.map((f) => f.path)).toEqual(['big.js']);
  });

  it('--config names another file; a missing or invalid one is exit 2 naming it', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `t = "${GITHUB_TOKEN}"\n`, 'ci.json': JSON.stringify({ detectors: { disable: ['github-token'] } }), 'bad.json': '{"detectors": {"custom": [{"id": "x"}]}}' });
    expect((await runCli(['scan', '.', '--config', 'ci.json'], { cwd: dir })).code).toBe(0);
    const bad = await runCli(['scan', '.', '--config', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("secret-hygiene: bad.json: detectors.custom[0].pattern: must be a non-empty string\n");
    const missing = await runCli(['scan', '.', '--config', join(dir, 'none.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: cannot read the config \(no such file or directory\)/);
  });
});
