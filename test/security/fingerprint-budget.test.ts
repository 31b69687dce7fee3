// One scan computes at most a budget of scrypt fingerprints (finding.ts SLOW_FINGERPRINT_BUDGET): a
// hostile file of thousands of distinct made-up secrets (35 bytes each) would otherwise cost ~8 ms of
// scrypt apiece and hold a CI gate for hours. Past the budget a secret gets the fast keyed hash, and
// the scan says so in a warning naming the file; below it, nothing changes.
import { createHmac, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { fastFingerprint, LEGACY_FINGERPRINT_SALT, SLOW_FINGERPRINT_BUDGET, type FingerprintKey } from '../../src/engine/finding.js';
import { baselineFilter, baselineKey, type Baseline } from '../../src/filters/baseline.js';
import type { FindingFilter } from '../../src/types.js';
import { memorySource, runScan } from '../../src/engine/scan.js';
import { randomRun } from '../helpers/random.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const generic = allDetectors.filter((d) => d.id === 'generic-secret-assignment');
const scryptOf = (id: string, secret: string, salt?: string): string =>
  scryptSync(`${id}\0${secret}`, salt === undefined ? LEGACY_FINGERPRINT_SALT : `secret-hygiene/fingerprint/v2/${salt}`, 16, { N: 1 << 12, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('hex');
const hmacOf = (id: string, secret: string): string => createHmac('sha256', LEGACY_FINGERPRINT_SALT).update(`${id}\0${secret}`).digest('hex').slice(0, 32);

/** A settings file of `count` distinct secrets of 20 base62 characters (too short to read as random: scrypt's). */
/** (Fingerprints are cached per process: each test draws its own secrets, from its own seeds.) */
function dump(count: number, seed: number): { text: string; secrets: string[] } {
  const secrets = Array.from({ length: count }, (_, i) => randomRun(BASE62, 20, seed + i));
  return { text: secrets.map((s, i) => `SERVICE_SECRET_${i} = "${s}"\n`).join(''), secrets };
}

async function scan(text: string | Record<string, string>, slowFingerprints?: number, more: { salt?: string; filters?: FindingFilter[]; key?: FingerprintKey } = {}) {
  const files = typeof text === 'string' ? { 'settings.py': text } : text;
  return runScan(memorySource(Object.entries(files).map(([path, t]) => ({ path, bytes: Buffer.from(t), origin: { kind: 'file' as const } }))), {
    detectors: generic,
    workers: false,
    reveal: true,
    ...(slowFingerprints !== undefined ? { slowFingerprints } : {}),
    ...(more.key !== undefined ? { fingerprints: more.key } : more.salt !== undefined ? { fingerprints: { salt: more.salt } } : {}),
    ...(more.filters ? { filters: more.filters } : {}),
  });
}

describe('the budget of slow fingerprints', () => {
  it('is far above a real repository and far below a hostile one', () => {
    expect(SLOW_FINGERPRINT_BUDGET).toBeGreaterThanOrEqual(2_000);
    expect(SLOW_FINGERPRINT_BUDGET).toBeLessThanOrEqual(5_000);
  });

  it('fingerprints past the budget with the fast hash, and warns naming the file', async () => {
    const { text, secrets } = dump(12, 100);
    const { findings, warnings } = await scan(text, 5);
    // (the generic detector leaves a few random draws, those without digits for one)
    const found = findings.length;
    expect(found).toBeGreaterThanOrEqual(8);
    for (const f of findings) expect(secrets).toContain(f.secret);
    const slow = findings.filter((f) => f.fingerprint === scryptOf(f.detectorId, f.secret!));
    const fast = findings.filter((f) => f.fingerprint === hmacOf(f.detectorId, f.secret!));
    expect(slow).toHaveLength(5);
    expect(fast).toHaveLength(found - 5);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toBe('settings.py');
    expect(warnings[0]!.message).toMatch(new RegExp(`^${found - 5} secrets past the first 5 .* fast hash`));
    for (const s of secrets) expect(warnings[0]!.message).not.toContain(s);
  });

  it('changes nothing below the budget', async () => {
    const { text } = dump(6, 200);
    const { findings, warnings } = await scan(text, 6);
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const f of findings) expect(f.fingerprint).toBe(scryptOf(f.detectorId, f.secret!));
    expect(warnings).toEqual([]);
  });

  it("keeps a baseline written past the budget accepted when a later scan gives the same secrets scrypt's fingerprint", async () => {
    const salt = randomRun('0123456789abcdef', 32, 7);
    const { text } = dump(5, 300);
    const first = await scan(text, 100, { salt });
    expect(first.findings.length).toBeGreaterThanOrEqual(3);
    // what a scan past its budget would have written: the fast keyed hash of each secret
    const entries = first.findings.map((f) => ({ path: f.path, detector: f.detectorId, fingerprint: fastFingerprint(f.detectorId, f.secret!, { salt }), line: f.line }));
    for (const f of first.findings) expect(f.fingerprint).not.toBe(fastFingerprint(f.detectorId, f.secret!, { salt }));
    const again = await scan(text, 100, { salt, filters: [baselineFilter({ entries, version: 3, salt })] });
    expect(again.findings).toEqual([]);
    // a baseline of other secrets' hashes accepts none of them
    const others = entries.map((e) => ({ ...e, fingerprint: fastFingerprint(e.detector, `${e.fingerprint}x`, { salt }) }));
    const other = await scan(text, 100, { salt, filters: [baselineFilter({ entries: others, version: 3, salt })] });
    expect(other.findings).toHaveLength(first.findings.length);
  });

  it("keeps a baseline of scrypt fingerprints accepted when a later scan goes past the budget before reaching its secrets", async () => {
    const accepted = dump(4, 400);
    // the baseline a scan within the budget wrote: every accepted secret's scrypt fingerprint (computed here, not by a
    // scan: fingerprints are cached per process, whichever hash a scan gave them)
    const baselineFor = (salt: string): Baseline => ({
      entries: accepted.secrets.map((secret) => ({ path: 'z/accepted.py', detector: 'generic-secret-assignment', fingerprint: scryptOf('generic-secret-assignment', secret, salt) })),
      version: 3,
      salt,
    });
    // later, a new file of many more secrets arrives first ('a/' before 'z/') and spends the budget of 5 on its own
    const added = { 'a/new.py': dump(12, 500).text, 'z/accepted.py': accepted.text };
    const reserved = baselineFor(randomRun('0123456789abcdef', 32, 8));
    const later = await scan(added, 5, { key: baselineKey(reserved), filters: [baselineFilter(reserved)] });
    expect(later.findings.filter((f) => f.path === 'z/accepted.py'), 'the accepted secrets stay accepted').toEqual([]);
    expect(later.findings.filter((f) => f.path === 'a/new.py').length).toBeGreaterThanOrEqual(8);
    expect(later.warnings).toHaveLength(1);
    // without the places the baseline lists (another salt: nothing cached), the same scan fails on the accepted debt
    const plain = baselineFor(randomRun('0123456789abcdef', 32, 18));
    const { baselined: _places, ...key } = baselineKey(plain);
    const unreserved = await scan(added, 5, { key, filters: [baselineFilter(plain)] });
    expect(unreserved.findings.filter((f) => f.path === 'z/accepted.py').length).toBeGreaterThanOrEqual(3);
  });

  it('gives the places a baseline lists no more scrypt than the baseline has entries', async () => {
    const salt = randomRun('0123456789abcdef', 32, 9);
    const { text, secrets } = dump(12, 600);
    // a baseline that lists the file once: a reserve of one, then the budget of 5, then the fast hash
    const baseline: Baseline = { entries: [{ path: 'settings.py', detector: 'generic-secret-assignment', fingerprint: '0'.repeat(32) }], version: 3, salt };
    const { findings } = await scan(text, 5, { key: baselineKey(baseline) });
    for (const f of findings) expect(secrets).toContain(f.secret);
    const slow = findings.filter((f) => f.fingerprint !== fastFingerprint(f.detectorId, f.secret!, { salt }));
    expect(slow).toHaveLength(6);
  });

  it('counts a secret once however often it repeats', async () => {
    const secret = randomRun(BASE62, 20, 99);
    const text = Array.from({ length: 9 }, (_, i) => `SERVICE_SECRET_${i} = "${secret}"\n`).join('');
    const { findings, warnings } = await scan(text, 1);
    expect(findings).toHaveLength(9);
    expect(new Set(findings.map((f) => f.fingerprint))).toEqual(new Set([scryptOf('generic-secret-assignment', secret)]));
    expect(warnings).toEqual([]);
  });
});
