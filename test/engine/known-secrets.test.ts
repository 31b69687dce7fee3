// A scan that only looks again for what an earlier scan found (a history's pass over the HEAD files
// its path rules left out) keeps only secrets already fingerprinted, so that the fake secrets of an
// excluded fixture folder cost no scrypt.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { fingerprintKnown, secretFingerprint } from '../../src/engine/finding.js';
import { memorySource, runScan } from '../../src/engine/scan.js';
import { fakeGithubToken } from '../../fixtures/repos/history.js';

const detectors = allDetectors.filter((d) => d.id === 'github-token' || d.id === 'tls-reject-unauthorized-disabled');
const blob = (path: string, text: string) => ({ path, bytes: Buffer.from(text), origin: { kind: 'file' as const } });

describe('runScan with knownSecretsOnly', () => {
  it('keeps the secrets this process has fingerprinted, and practice findings, and drops the rest unfingerprinted', async () => {
    const key = { salt: '00112233445566778899aabbccddeeff' };
    const github = detectors.find((d) => d.id === 'github-token')!;
    const known = fakeGithubToken(9101);
    const unknown = fakeGithubToken(9102);
    const fingerprint = await secretFingerprint(github, known, key);
    expect(fingerprintKnown(github, unknown, key)).toBe(false);
    const source = memorySource([
      blob('a.js', `const t = "${known}";\n`),
      blob('b.js', `const t = "${unknown}";\n`),
      blob('c.js', `process.env.NODE_TLS_${'REJECT'}_UNAUTHORIZED = "0";\n`), // (split: this file is scanned too)
    ]);
    const result = await runScan(source, { detectors, fingerprints: key, knownSecretsOnly: true, workers: false });
    expect(result.findings.map((f) => [f.path, f.detectorId])).toEqual([
      ['a.js', 'github-token'],
      ['c.js', 'tls-reject-unauthorized-disabled'],
    ]);
    expect(result.findings[0]?.fingerprint).toBe(fingerprint);
    // the dropped secret was never fingerprinted
    expect(fingerprintKnown(github, unknown, key)).toBe(false);
  });

  it('keeps every finding without the option', async () => {
    const source = memorySource([blob('b.js', `const t = "${fakeGithubToken(9103)}";\n`)]);
    const result = await runScan(source, { detectors, workers: false });
    expect(result.findings.map((f) => f.path)).toEqual(['b.js']);
  });
});
