// Issue 13, item 15: fingerprints in published baselines and SARIF must not be testable against a
// dictionary precomputed once for every repository. A baseline made by `baseline create` carries its
// own random salt, every scan reading it fingerprints with that salt, and version-1 baselines (the
// fixed legacy salt) stay readable.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretFingerprint } from '../../src/engine/finding.js';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpRepo } from '../helpers/tmp.js';

/** A weak password as a developer would commit it: the case a dictionary attack targets. */
const WEAK = 'Summer2024!x';
const SECRET_DETECTORS = ['generic-secret-assignment', 'github-token'];
const FILES = { 'app/settings.py': `DB_PASSWORD = "${WEAK}"\ntoken = "${GITHUB_TOKEN}"\n` };

interface BaselineFile {
  version: number;
  salt?: string;
  findings: { detector: string; fingerprint: string }[];
}

async function createBaseline(repo: string): Promise<BaselineFile> {
  const made = await runCli(['baseline', 'create'], { cwd: repo });
  expect(made.code, made.stderr).toBe(0);
  return JSON.parse(readFileSync(join(repo, '.secrets-baseline.json'), 'utf8')) as BaselineFile;
}

async function jsonFindings(repo: string, args: readonly string[]): Promise<{ detectorId: string; fingerprint: string }[]> {
  const r = await runCli(['scan', '.', '-f', 'json', ...args], { cwd: repo });
  return (JSON.parse(r.stdout) as { findings: { detectorId: string; fingerprint: string }[] }).findings;
}

describe('per-repository fingerprint salt', () => {
  it('gives the same secret different fingerprints in two repositories, neither the legacy one', async () => {
    const [a, b] = [await createBaseline(tmpRepo(FILES)), await createBaseline(tmpRepo(FILES))];
    expect(a.version).toBe(3);
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(b.salt).not.toBe(a.salt);
    const password = a.findings.find((f) => f.detector === 'generic-secret-assignment');
    expect(password, JSON.stringify(a.findings)).toBeDefined();
    const precomputed = await secretFingerprint({ id: 'generic-secret-assignment' }, WEAK);
    expect(a.findings.map((f) => f.fingerprint)).not.toContain(precomputed);
    expect(b.findings.map((f) => f.fingerprint)).not.toContain(precomputed);
    // secret findings differ; practice findings (no secret: a hash of detector and path) may not
    const secrets = (x: BaselineFile): string[] => x.findings.filter((f) => SECRET_DETECTORS.includes(f.detector)).map((f) => f.fingerprint);
    expect(secrets(a)).toHaveLength(2);
    for (const print of secrets(a)) expect(secrets(b)).not.toContain(print);
  });

  it('matches its own baseline in later scans, and reports and SARIF use the baseline salt', async () => {
    const repo = tmpRepo(FILES);
    const baseline = await createBaseline(repo);
    expect(baseline.salt).toMatch(/^[0-9a-f]{32}$/);
    writeFileSync(join(repo, '.secret-hygiene.json'), JSON.stringify({ baseline: '.secrets-baseline.json' }));
    const gated = await runCli(['scan', '.'], { cwd: repo });
    expect(gated.code, gated.stdout + gated.stderr).toBe(0);
    // --no-baseline reports everything, with fingerprints comparable to the baseline's
    const all = await jsonFindings(repo, ['--no-baseline']);
    expect(all.map((f) => f.fingerprint).sort()).toEqual(baseline.findings.map((f) => f.fingerprint).sort());
    const sarif = await runCli(['scan', '.', '--no-baseline', '-f', 'sarif'], { cwd: repo });
    const prints = (JSON.parse(sarif.stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }).runs[0]?.results.map((r) => Object.values(r.partialFingerprints)[0]);
    expect(prints?.sort()).toEqual(baseline.findings.map((f) => f.fingerprint).sort());
  });

  it('keeps reading and updating a version-1 baseline with the legacy salt', async () => {
    const repo = tmpRepo(FILES);
    // version 1: the legacy salt, and scrypt for every secret (the fast hash came with version 3)
    const legacy = await secretFingerprint({ id: 'github-token', vendor: 'GitHub' }, GITHUB_TOKEN, { allScrypt: true });
    const v1 = { tool: 'secret-hygiene', version: 1, findings: [{ path: 'app/settings.py', detector: 'github-token', fingerprint: legacy, reason: 'revoked' }] };
    writeFileSync(join(repo, 'old-baseline.json'), JSON.stringify(v1));
    const r = await runCli(['scan', '.', '--baseline', 'old-baseline.json', '--detector', 'github-token'], { cwd: repo });
    expect(r.code, r.stdout).toBe(0);
    const updated = await runCli(['baseline', 'update', '--baseline', 'old-baseline.json', '--detector', 'github-token'], { cwd: repo });
    expect(updated.code, updated.stderr).toBe(0);
    const after = JSON.parse(readFileSync(join(repo, 'old-baseline.json'), 'utf8')) as BaselineFile & { findings: { reason?: string }[] };
    expect(after.version).toBe(1);
    expect(after.findings).toEqual([expect.objectContaining({ fingerprint: legacy, reason: 'revoked' })]);
  });

  it('baseline update keeps the salt of a version-2 baseline', async () => {
    const repo = tmpRepo(FILES);
    const before = await createBaseline(repo);
    expect(before.salt).toMatch(/^[0-9a-f]{32}$/);
    writeFileSync(join(repo, 'app/more.py'), `API_TOKEN = "${GITHUB_TOKEN}"\n`);
    const updated = await runCli(['baseline', 'update'], { cwd: repo });
    expect(updated.code, updated.stderr).toBe(0);
    const after = JSON.parse(readFileSync(join(repo, '.secrets-baseline.json'), 'utf8')) as BaselineFile;
    expect(after.salt).toBe(before.salt);
    expect(after.findings.length).toBe(before.findings.length + 1);
    for (const f of before.findings) expect(after.findings.map((g) => g.fingerprint)).toContain(f.fingerprint);
  });
});
