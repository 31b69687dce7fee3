import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { ConfigError } from '../../src/errors.js';
import { ignoreRulesFilter, parseSecretsIgnore, pathExcluder } from '../../src/filters/secretsignore.js';
import { fastFingerprint, fastFingerprinted, scryptFingerprintSync } from '../../src/engine/finding.js';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { randomRun } from '../helpers/random.js';
import { tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from './example-secrets.js';

const IDS = new Set(['github-token', 'aws-access-key-id']);
const FP = 'a'.repeat(32);

function finding(over: Partial<Finding>): Finding {
  return { detectorId: 'github-token', title: 'GitHub token', policy: 'no-committed-credentials', severity: 'critical', path: 'src/a.js', line: 1, column: 1, endLine: 1, endColumn: 5, fingerprint: FP, redacted: '', message: 'm', ...over };
}

const CTX = { lineText: '', prevLineText: '' };

interface Json {
  findings: { path: string; detectorId: string; fingerprint: string; line: number }[];
  stats: { skipped: Record<string, number>; suppressed: Record<string, number> };
  warnings: { path: string; message: string }[];
}
const json = (r: { stdout: string }): Json => JSON.parse(r.stdout) as Json;

describe('.secretsignore parsing', () => {
  it('reads every line form, skipping comments and blank lines', () => {
    const rules = parseSecretsIgnore(
      ['# a comment', '', 'fixtures/', '!fixtures/keep.js', '*.pem   # keys for tests', 'github-token:test/**', `fingerprint:${FP.toUpperCase()}  # revoked in 2023`, 'docs\\:old/x.md'].join('\n'),
      '.secretsignore',
      IDS,
    );
    expect(rules.paths.map((r) => [r.pattern, r.negated, r.dirOnly, r.where])).toEqual([
      ['fixtures/', false, true, '.secretsignore:3'],
      ['!fixtures/keep.js', true, false, '.secretsignore:4'],
      ['*.pem', false, false, '.secretsignore:5'],
      ['docs\\:old/x.md', false, false, '.secretsignore:8'],
    ]);
    expect(rules.detectors.map((r) => [r.detectorId, r.glob, r.where])).toEqual([['github-token', 'test/**', '.secretsignore:6']]);
    expect(rules.fingerprints).toEqual([{ fingerprint: FP, reason: 'revoked in 2023', where: '.secretsignore:7' }]);
  });

  it('accepts every example in .secretsignore.example, and the project\'s own file excludes fixtures/ and detectors/', () => {
    const known = new Set(allDetectors.map((d) => d.id));
    const example = readFileSync(new URL('../../.secretsignore.example', import.meta.url), 'utf8');
    const lines = [...example.matchAll(/^# {3}(\S.*)$/gm)].map((m) => m[1] as string);
    expect(lines.length).toBeGreaterThanOrEqual(15);
    const rules = parseSecretsIgnore(lines.join('\n'), 'example', known);
    expect([rules.paths.length > 0, rules.detectors.length > 0, rules.fingerprints.length > 0]).toEqual([true, true, true]);
    expect(rules.paths.length + rules.detectors.length + rules.fingerprints.length).toBe(lines.length);
    const own = parseSecretsIgnore(readFileSync(new URL('../../.secretsignore', import.meta.url), 'utf8'), '.secretsignore', known);
    const { exclude } = pathExcluder(own.paths);
    expect([exclude('fixtures/sarif/x.json'), exclude('detectors/secrets/github.ts'), exclude('src/cli/main.ts'), exclude('test/cli/gate.test.ts')]).toEqual([true, true, false, false]);
  });

  it('rejects each malformed line with file:line and a fix', () => {
    const cases: [string, RegExp][] = [
      ['fingerprint:xyz', /^ignore:2: not a fingerprint: write fingerprint: followed by the 32 hex digits/],
      [`fingerprint:${FP}0`, /^ignore:2: .*not a fingerprint/],
      ['fingerprint:', /^ignore:2: .*not a fingerprint/],
      ['unknown-detector:src/**', /^ignore:2: an unknown detector id: use an id from 'secret-hygiene detectors'/],
      ['github-token:', /^ignore:2: the github-token: rule has no glob/],
      ['!github-token:src/**', /^ignore:2: '!' applies to path rules only/],
      ['src/[abc', /^ignore:2: not a valid glob/],
      ['github-token:a{b', /^ignore:2: not a valid glob/],
    ];
    for (const [line, message] of cases) {
      let error: unknown;
      try {
        parseSecretsIgnore(`# ok\n${line}\n`, 'ignore', IDS);
      } catch (e) {
        error = e;
      }
      expect(error, line).toBeInstanceOf(ConfigError);
      expect((error as Error).message, line).toMatch(message);
    }
  });

  it('path rules follow gitignore: folders, anchoring, basenames, negation, last match wins', () => {
    const rules = parseSecretsIgnore('fixtures/\n/build\n*.pem\n!keep.pem\nlogs/*.log\n', 'i', IDS);
    const { exclude } = pathExcluder(rules.paths);
    const ignored = ['fixtures/a.js', 'src/fixtures/deep/b.js', 'build/out.js', 'x/y/key.pem', 'logs/a.log'];
    const kept = ['fixtures.js', 'src/build/out.js', 'keep.pem', 'x/keep.pem', 'logs/sub/a.log', 'src/a.js'];
    for (const p of ignored) expect(exclude(p), p).toBe(true);
    for (const p of kept) expect(exclude(p), p).toBe(false);
  });

  it('detector rules silence that detector on matching paths only; fingerprint rules one finding anywhere', () => {
    const filter = ignoreRulesFilter(parseSecretsIgnore(`github-token:test/**\nfingerprint:${FP}\n`, 'i', IDS));
    expect(filter.keep(finding({ path: 'test/a.js', fingerprint: 'b'.repeat(32) }), CTX)).toBe(false);
    expect(filter.keep(finding({ path: 'src/a.js', fingerprint: 'b'.repeat(32) }), CTX)).toBe(true); // another path
    expect(filter.keep(finding({ path: 'test/a.js', detectorId: 'aws-access-key-id', fingerprint: 'b'.repeat(32) }), CTX)).toBe(true); // another detector
    expect(filter.keep(finding({ path: 'anywhere/deep/x.py' }), CTX)).toBe(false); // the fingerprint, anywhere
    expect(filter.keep(finding({ path: 'src/a.js', fingerprint: 'c'.repeat(32) }), CTX)).toBe(true); // another fingerprint
  });
});

describe('.secretsignore in a scan', () => {
  it('never reads ignored files, and applies detector and fingerprint rules after detection', async () => {
    const repo = tmpRepo({
      'vendor/locked.js': `t = "${GITHUB_TOKEN}"\n`,
      'test/a.js': `t = "${GITHUB_TOKEN}"\nk = "${AWS_KEY_ID}"\n`,
      'src/a.js': `t = "${GITHUB_TOKEN}"\n`,
      'src/b.js': `t = "${OTHER_GITHUB_TOKEN}"\n`,
    });
    chmodSync(join(repo, 'vendor/locked.js'), 0o000); // an ignored file is never opened: no 'unreadable' warning
    const argv = ['scan', repo, '-f', 'json', '--detector', 'github-token,aws-access-key-id'];
    const before = json(await runCli(argv));
    const fpOther = before.findings.find((f) => f.path === 'src/b.js')?.fingerprint as string;
    writeFileSync(join(repo, '.secretsignore'), `vendor/\ngithub-token:test/**\nfingerprint:${fpOther} # revoked\n`);
    const after = json(await runCli(argv));
    chmodSync(join(repo, 'vendor/locked.js'), 0o644);
    expect(after.findings.map((f) => `${f.path} ${f.detectorId}`)).toEqual(['src/a.js github-token', 'test/a.js aws-access-key-id']);
    expect(after.stats.skipped['ignored-by-rule']).toBe(1);
    expect(after.stats.suppressed).toEqual({ secretsignore: 2 });
    expect(after.warnings).toEqual([]);
  });

  it("follows a fingerprint rule's secret to another detector of its family, and says to write the new fingerprint", async () => {
    // a Datadog key a release reported as datadog-key (or the generic detector's) is datadog-api-key's now
    const key = randomRun('0123456789abcdef', 32, 77);
    const other = randomRun('0123456789abcdef', 32, 78);
    const dir = tmpDir();
    writeTree(dir, { 'src/telemetry.ts': `const datadogApiKey: string = "${key}";\nconst datadogAppKeySecret: string = "${other}";\n` });
    const argv = ['scan', '.', '-f', 'json', '--detector', 'datadog-api-key,datadog-key', '--report-unused-allows'];
    const before = json(await runCli(argv, { cwd: dir }));
    expect(before.findings.map((f) => `${f.detectorId} ${f.line}`)).toContain('datadog-api-key 1');
    const byId = (id: string) => allDetectors.find((d) => d.id === id) as (typeof allDetectors)[number];
    const printedBy = (id: string, secret: string): string =>
      fastFingerprinted(byId(id), secret) ? fastFingerprint(id, secret) : scryptFingerprintSync(id, secret);
    writeTree(dir, { '.secretsignore': `fingerprint:${printedBy('datadog-key', key)}\nfingerprint:${printedBy('generic-secret-assignment', key)}\n` });
    const after = json(await runCli(argv, { cwd: dir }));
    expect(after.findings.map((f) => f.line)).not.toContain(1);
    expect(after.stats.suppressed).toEqual({ secretsignore: 1 });
    const now = before.findings.find((f) => f.line === 1)?.fingerprint as string;
    expect(after.warnings.map((w) => w.message), JSON.stringify(after.warnings)).toContain(`line 1: rule 'fingerprint:${printedBy('datadog-key', key)}' names the fingerprint an earlier version printed; write 'fingerprint:${now}' instead`);
    // the other key on line 2 is not silenced by either rule: the rules name one secret
    expect(after.findings.length).toBe(before.findings.length - 1);
  });

  it('--ignore-file names another file; a missing or malformed one is exit 2 naming file:line', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `t = "${GITHUB_TOKEN}"\n`, 'rules.txt': 'a.js\n', 'bad.txt': '# fine\nfingerprint:nothex\n' });
    expect((await runCli(['scan', dir, '--detector', 'github-token'])).code).toBe(1);
    expect((await runCli(['scan', dir, '--detector', 'github-token', '--ignore-file', join(dir, 'rules.txt')])).code).toBe(0);
    const bad = await runCli(['scan', dir, '--ignore-file', 'bad.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^secret-hygiene: bad\.txt:2: not a fingerprint/);
    expect(bad.stderr).not.toContain('nothex');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['scan', dir, '--ignore-file', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: cannot read the ignore file \(no such file or directory\)/);
  });

  it('--report-unused-allows lists the rules that silenced nothing, and not those that did', async () => {
    const dir = tmpDir();
    writeTree(dir, {
      'a.js': `t = "${GITHUB_TOKEN}"\n`,
      'gen/x.js': 'nothing\n',
      '.secretsignore': `gen/\nnowhere/\ngithub-token:a.js\naws-access-key-id:a.js\nfingerprint:${FP}\n`,
      '.secret-hygiene.json': JSON.stringify({ ignore: ['gen/x.js', 'old/'] }),
    });
    const r = json(await runCli(['scan', '.', '-f', 'json', '--detector', 'github-token,aws-access-key-id', '--report-unused-allows'], { cwd: dir }));
    expect(r.findings).toEqual([]);
    expect(r.warnings.map((w) => `${w.path} ${w.message.split(':')[0]}`)).toEqual([
      '.secret-hygiene.json ignore[0]', // shadowed: the folder rule gen/ decides first
      '.secret-hygiene.json ignore[1]',
      '.secretsignore line 2', '.secretsignore line 4', '.secretsignore line 5']);
    const quiet = json(await runCli(['scan', dir, '-f', 'json', '--detector', 'github-token']));
    expect(quiet.warnings).toEqual([]);
  });
});
