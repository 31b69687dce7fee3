// The history's tables in typed arrays (src/history/compact-tables.ts): object ids found and given
// back exactly however many are added, commits given back as git wrote them.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CommitTable, isoDate, OidTable } from '../../src/history/compact-tables.js';

const oidOf = (n: number): string => createHash('sha1').update(String(n)).digest('hex');

describe('OidTable', () => {
  it('numbers ids in order, finds each again across growth, and gives back its hex', () => {
    const table = new OidTable();
    const ids = Array.from({ length: 20_000 }, (_, n) => oidOf(n));
    ids.forEach((id, n) => expect(table.add(id)).toBe(n));
    expect(table.count).toBe(ids.length);
    for (const [n, id] of ids.entries()) {
      expect(table.find(id)).toBe(n);
      expect(table.hex(n)).toBe(id);
    }
    expect(table.add(ids[123] as string)).toBe(123); // added once
    expect(table.find(oidOf(-1))).toBe(-1);
    expect(table.find('not an id')).toBe(-1);
  });

  it('keeps ids of another length (a SHA-256 repository) as strings, numbered with the rest', () => {
    const table = new OidTable();
    const long = createHash('sha256').update('x').digest('hex');
    expect(table.add(oidOf(1))).toBe(0);
    expect(table.add(long)).toBe(1);
    expect(table.add(oidOf(2))).toBe(2);
    expect([table.find(long), table.hex(1), table.find(oidOf(2))]).toEqual([1, long, 2]);
  });
});

describe('CommitTable', () => {
  const own = (s: string): string => s;

  it('gives each commit back as git wrote it: id, author, e-mail, date with its offset, time', () => {
    const table = new CommitTable(own);
    const commits = [
      [oidOf(1), 'Alice', 'alice@example.com', '2017-07-14T04:35:51+02:00', 1500000000 - 7200 + 3351],
      [oidOf(2), 'Bob', 'bob@example.com', '2020-02-29T23:59:59-05:30', 1583040599 + 19800],
      [oidOf(3), 'Alice', 'alice@example.com', '1970-01-01T00:00:00+00:00', 0],
      [oidOf(4), 'Carol', 'carol@example.com', '2024-06-01T12:00:00-00:00', 1717243200], // "-00:00": kept as written
      [createHash('sha256').update('c').digest('hex'), 'Dan', 'dan@example.com', '2021-01-01T00:00:00+14:00', 1609408800],
    ] as const;
    for (const [oid, author, email, date, time] of commits) table.add(oid, author, email, date, time);
    expect(table.count).toBe(commits.length);
    commits.forEach(([oid, author, email, date, time], n) => expect(table.get(n)).toEqual({ oid, author, email, date, time }));
    expect(table.time(1)).toBe(commits[1][4]);
  });

  it('writes dates as git does: the local time of the offset, then the offset', () => {
    expect(isoDate(0, 0)).toBe('1970-01-01T00:00:00+00:00');
    expect(isoDate(3600, 90)).toBe('1970-01-01T02:30:00+01:30');
    expect(isoDate(3600, -330)).toBe('1969-12-31T19:30:00-05:30');
  });
});
