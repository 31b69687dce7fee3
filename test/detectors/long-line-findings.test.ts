// A hostile (or minified) file can hold thousands of real matches on one line. What a detector reads
// around each match must stay bounded: a search back to the start of the line for every match is
// quadratic (1 MiB of one detector's own example, repeated, took 2-3 s, 2 MiB four times that; 10 MiB, the size limit, would
// take minutes). The detectors below each had such a look-back.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';

const MiB = 1024 * 1024;
const IDS = [
  'typesense-api-key', 'meilisearch-api-key', 'rollbar-access-token', 'rollbar-client-access-token', 'openshift-oauth-access-token',
  'password-hash-md5-crypt', 'password-hash-mysql-native', 'password-hash-sha-crypt', 'jwt', 'generic-secret-assignment',
];

describe('a line of thousands of matches', () => {
  it.each(IDS)('%s stays linear', (id) => {
    const d = allDetectors.find((x) => x.id === id);
    const example = d?.examples.positive.find((e) => e.text.length < 300 && !e.text.includes('\n'));
    if (!d || !example) throw new Error(`${id}: no one-line positive example`);
    const text = `${example.text} ; `.repeat(Math.ceil((2 * MiB) / (example.text.length + 3)));
    const started = performance.now();
    const found = [...d.detect({ path: example.path ?? 'a.txt', text })].length;
    expect(found).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(3000); // linear: well under a second; quadratic: seconds
  });
});
