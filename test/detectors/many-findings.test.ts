// A hostile (or minified, or generated) file can hold thousands of real matches: on one line, or on
// as many lines. What a detector reads around each match must stay bounded: a search back to the start
// of the line for every match, a search of the whole file for every match, or a search of every earlier
// build stage for every FROM is quadratic (1 MiB of one detector's own example, repeated, took 1-10 s;
// 2 MiB four times that; 10 MiB, the size limit, would take minutes). The detectors below each had one.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { scaledTime } from '../helpers/timing.js';

const MiB = 1024 * 1024;
/** Detector id, and the positive example (by its first characters) repeated on one line (' ; ') or on lines ('\n'). */
const CASES: readonly (readonly [string, string, string])[] = [
  ['typesense-api-key', '', ' ; '],
  ['meilisearch-api-key', '', ' ; '],
  ['rollbar-access-token', '', ' ; '],
  ['rollbar-client-access-token', '', ' ; '],
  ['openshift-oauth-access-token', '', ' ; '],
  ['password-hash-md5-crypt', '', ' ; '],
  ['password-hash-mysql-native', '', ' ; '],
  ['password-hash-sha-crypt', '', ' ; '],
  ['jwt', '', ' ; '],
  ['generic-secret-assignment', '', ' ; '],
  ['php-ini-default-password', '', '\n'],
  ['logging-call-secret', 'export DB_PASSWORD', '\n'],
  ['dockerfile-copies-secret-file', 'FROM python', '\n'],
];

describe('a file of thousands of matches', () => {
  it.each(CASES)('%s stays linear (example %j, joined by %j)', (id, start, joiner) => {
    const d = allDetectors.find((x) => x.id === id);
    const example = d?.examples.positive.find((e) => e.text.startsWith(start) && e.text.length < 300 && (joiner === '\n' || !e.text.includes('\n')));
    if (!d || !example) throw new Error(`${id}: no such positive example`);
    const unit = `${example.text.replace(/\n$/, '')}${joiner}`;
    // linear: well under a second; quadratic: seconds, every time (the best of up to three runs: a busy
    // machine or a collection of the worker's heap slows one run only). Timed on 128 KiB first, on up to
    // 2 MiB while that is not clearly linear.
    const textOf = (size: number): string => unit.repeat(Math.ceil(size / unit.length));
    const { ms, result: found, size } = scaledTime((t) => [...d.detect({ path: example.path ?? 'a.txt', text: t })].length, textOf, 2 * MiB, 3000);
    // a flood of matches on whichever size was timed last (a sixteenth of 2 MiB holds a thousand repetitions of
    // an example of 128 characters); the engine's cap of findings per file may stop a detector past that
    expect(found).toBeGreaterThanOrEqual(Math.min(1000, Math.floor(size / unit.length)));
    expect(size / unit.length).toBeGreaterThan(400);
    expect(ms).toBeLessThan(3000);
  });
});
