import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { baselineFilter, baselineKey, entriesFromFindings, parseBaseline, serializeBaseline, updateEntries, type BaselineEntry } from '../../src/filters/baseline.js';
import type { Finding } from '../../src/types.js';
import { fastFingerprint, scryptFingerprintSync } from '../../src/engine/finding.js';
import { randomRun } from '../helpers/random.js';

const fp = (c: string): string => c.repeat(32);

function finding(path: string, detectorId: string, fingerprint: string, line = 1): Finding {
  return { detectorId, title: 't', policy: 'no-committed-credentials', severity: 'high', path, line, column: 1, endLine: line, endColumn: 2, fingerprint, redacted: 'ab…', message: 'm' };
}

const CTX = { lineText: '', prevLineText: '' };

describe('baseline files', () => {
  it('rejects corrupt and foreign files with one clear line', () => {
    const cases: [string, RegExp][] = [
      ['{ not json', /^b\.json: not a JSON baseline; recreate it with 'secret-hygiene baseline create'$/],
      ['[]', /^b\.json: not a secret-hygiene baseline/],
      ['{"version":"1.4.0","plugins_used":[],"results":{}}', /^b\.json: not a secret-hygiene baseline/],
      ['{"tool":"secret-hygiene","version":4,"findings":[]}', /^b\.json: baseline version 4 is not supported \(this version reads 1, 2 and 3\)/],
      ['{"tool":"secret-hygiene","version":"AKIA-not-echoed","findings":[]}', /^b\.json: baseline version that is not a number is not supported/],
      ['{"tool":"secret-hygiene","version":2,"findings":[]}', /^b\.json: a version-2 baseline needs its "salt"/],
      ['{"tool":"secret-hygiene","version":2,"salt":"short","findings":[]}', /^b\.json: "salt" must be 32 lowercase hex digits/],
      ['{"tool":"secret-hygiene","version":1}', /^b\.json: "findings" must be a list/],
      ['{"tool":"secret-hygiene","version":1,"findings":[{"path":"a","detector":"d","fingerprint":"xyz"}]}', /^b\.json: findings\[0\]\.fingerprint: must be 32 lowercase hex digits$/],
      [`{"tool":"secret-hygiene","version":1,"findings":[{"path":"a","detector":"d","fingerprint":"${fp('a')}","line":0}]}`, /^b\.json: findings\[0\]\.line: must be a positive whole number$/],
      [`{"tool":"secret-hygiene","version":1,"findings":[{"detector":"d","fingerprint":"${fp('a')}"}]}`, /^b\.json: findings\[0\]\.path: must be a non-empty string$/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseBaseline(text, 'b.json'), text).toThrow(ConfigError);
      expect(() => parseBaseline(text, 'b.json'), text).toThrow(message);
    }
  });

  it('writes sorted entries without secrets, one per detector, path and fingerprint, and reads them back', () => {
    const entries = entriesFromFindings([
      finding('src/b.js', 'github-token', fp('b'), 9),
      finding('src/a.js', 'slack-token', fp('c'), 3),
      finding('src/a.js', 'github-token', fp('d'), 4),
      finding('src/a.js', 'github-token', fp('d'), 12), // the same secret twice in one file: one entry, first line
    ]);
    const text = serializeBaseline(entries, { allScrypt: true });
    expect(text).not.toContain('ab…');
    const back = parseBaseline(text, 'b.json').entries;
    expect(back.map((e) => `${e.path} ${e.detector} ${e.fingerprint[0]} ${e.line}`)).toEqual(['src/a.js github-token d 4', 'src/a.js slack-token c 3', 'src/b.js github-token b 9']);
    expect(JSON.parse(text)).toMatchObject({ tool: 'secret-hygiene', version: 1 });
  });

  it('writes its version from how the fingerprints were made, and reads salt and scheme back', () => {
    const entries = entriesFromFindings([finding('a.js', 'github-token', fp('a'))]);
    const salt = '0123456789abcdef'.repeat(2);
    const v3 = serializeBaseline(entries, { salt });
    expect(JSON.parse(v3)).toMatchObject({ tool: 'secret-hygiene', version: 3, salt });
    expect(baselineKey(parseBaseline(v3, 'b.json'))).toMatchObject({ salt });
    expect(baselineKey(parseBaseline(v3, 'b.json'))).not.toHaveProperty('allScrypt');
    const places = baselineKey(parseBaseline(v3, 'b.json')).baselined;
    expect([places?.entries, places?.has('github-token', 'a.js'), places?.has('github-token', 'b.js'), places?.has('jwt', 'a.js')]).toEqual([1, true, false, false]);
    // scrypt alone with a salt: version 2, as baselines were written before the fast hash
    const v2 = serializeBaseline(entries, { salt, allScrypt: true });
    expect(JSON.parse(v2)).toMatchObject({ version: 2, salt });
    expect(baselineKey(parseBaseline(v2, 'b.json'))).toMatchObject({ salt, allScrypt: true });
    const v1 = serializeBaseline(entries, { allScrypt: true });
    expect(JSON.parse(v1)).not.toHaveProperty('salt');
    expect(parseBaseline(v1, 'b.json')).toEqual({ entries, version: 1 });
    expect(baselineKey(parseBaseline(v1, 'b.json'))).toMatchObject({ allScrypt: true });
    expect(baselineKey(parseBaseline(v1, 'b.json'))).not.toHaveProperty('salt');
    expect(() => parseBaseline(JSON.stringify({ tool: 'secret-hygiene', version: 3, findings: [] }), 'b.json')).toThrow(/^b\.json: a version-3 baseline needs its "salt"/);
  });

  it('matches on fingerprint + detector + path, not on the line', () => {
    const filter = baselineFilter({ entries: [{ path: 'a.js', detector: 'github-token', fingerprint: fp('a'), line: 1 }], version: 3, salt: fp('s') });
    expect(filter.keep(finding('a.js', 'github-token', fp('a'), 40), CTX)).toBe(false); // moved
    expect(filter.keep(finding('b.js', 'github-token', fp('a')), CTX)).toBe(true); // another path
    expect(filter.keep(finding('a.js', 'other-token', fp('a')), CTX)).toBe(true); // another detector
    expect(filter.keep(finding('a.js', 'github-token', fp('b')), CTX)).toBe(true); // another secret
  });

  it('accepts a finding a newer version reports under another detector: the same secret at the same path', () => {
    const salt = fp('5');
    const key = { salt };
    const generated = randomRun('abcdef0123456789', 32, 41); // a key a service made: the fast hash
    const chosen = randomRun('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz', 14, 42); // a password: scrypt
    const filter = baselineFilter({
      entries: [
        { path: 'k8s/app.yaml', detector: 'generic-secret-assignment', fingerprint: fastFingerprint('generic-secret-assignment', generated, key) },
        { path: 'config/db.yml', detector: 'weak-credential-literal', fingerprint: scryptFingerprintSync('weak-credential-literal', chosen, key) },
      ],
      version: 3,
      salt,
    });
    const now = (path: string, detector: string, secret: string): boolean =>
      filter.keep(finding(path, detector, fastFingerprint(detector, secret, key)), { ...CTX, secret });
    expect(now('k8s/app.yaml', 'datadog-api-key', generated)).toBe(false); // relabelled: accepted
    expect(now('config/db.yml', 'generic-secret-assignment', chosen)).toBe(false); // relabelled, a scrypt entry
    expect(now('k8s/other.yaml', 'datadog-api-key', generated)).toBe(true); // another path
    expect(now('k8s/app.yaml', 'datadog-api-key', randomRun('abcdef0123456789', 32, 43))).toBe(true); // another secret
    expect(filter.keep(finding('k8s/app.yaml', 'datadog-api-key', fp('d')), CTX)).toBe(true); // no secret to compare
  });

  it('spends a bounded number of scrypt fingerprints on relabelled findings, however many entries a path has', () => {
    const salt = fp('6');
    const entries = Array.from({ length: 40 }, (_, i) => ({ path: 'a.env', detector: `old-detector-${i}`, fingerprint: fp('e') }));
    const filter = baselineFilter({ entries, version: 3, salt });
    const started = performance.now();
    for (let i = 0; i < 100; i++) {
      const secret = randomRun('abcdefghijkmnpqrstuvwxyz', 12, 100 + i);
      expect(filter.keep(finding('a.env', 'new-detector', fp('f')), { ...CTX, secret })).toBe(true);
    }
    // 64 scrypt fingerprints at most (~8 ms each: ~0.5 s), not 100 findings x 8 candidates (~6 s)
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('update adds new findings, drops gone ones in scope, keeps out-of-scope entries and what people wrote', () => {
    const old: BaselineEntry[] = [
      { path: 'src/a.js', detector: 'github-token', fingerprint: fp('a'), line: 1, extra: { reason: 'test key, revoked' } },
      { path: 'src/gone.js', detector: 'github-token', fingerprint: fp('b'), line: 1 },
      { path: 'docs/x.md', detector: 'github-token', fingerprint: fp('c'), line: 1 },
    ];
    const current = [finding('src/a.js', 'github-token', fp('a'), 7), finding('src/new.js', 'github-token', fp('e'), 2)];
    const u = updateEntries(old, current, (p) => p.startsWith('src/'));
    expect([u.added, u.removed, u.kept]).toEqual([1, 1, 1]);
    expect(u.entries.map((e) => e.path)).toEqual(['docs/x.md', 'src/a.js', 'src/new.js']);
    expect(u.entries[1]).toEqual({ path: 'src/a.js', detector: 'github-token', fingerprint: fp('a'), line: 7, extra: { reason: 'test key, revoked' } });
    expect(serializeBaseline(u.entries, { salt: fp('s') })).toContain('"reason": "test key, revoked"');
  });
});
