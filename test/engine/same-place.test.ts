// The folding rules on their own (the CLI tests in test/cli/same-place.test.ts run them on real files).
import { describe, expect, it } from 'vitest';
import { mergeSamePlace } from '../../src/engine/same-place.js';
import type { Finding } from '../../src/types.js';

function finding(over: Partial<Finding>): Finding {
  return {
    detectorId: 'x', title: 'X', policy: 'no-committed-credentials', severity: 'high', path: 'a.txt', line: 1, column: 1, endLine: 1, endColumn: 10,
    fingerprint: over.detectorId ?? 'x', redacted: '', message: 'X', ...over,
  };
}

const secret = (over: Partial<Finding> = {}): Finding => finding({ detectorId: 'url-credentials', redacted: 'Xk…', column: 20, endColumn: 32, ...over });
const http = (over: Partial<Finding> = {}): Finding => finding({ detectorId: 'credentials-over-http', policy: 'tls-verified', severity: 'medium', column: 5, endColumn: 12, ...over });

describe('mergeSamePlace', () => {
  it('folds an overlapping practice finding into the secret: its policies named, the higher severity, the rest the secret\'s', () => {
    const s = secret({ severity: 'medium' });
    const p = finding({ detectorId: 'key-file', policy: 'credentials-from-environment', severity: 'critical', column: 25, endColumn: 40 });
    expect(mergeSamePlace([s, p])).toEqual([{ ...s, severity: 'critical', policies: ['no-committed-credentials', 'credentials-from-environment'] }]);
  });

  it('never folds two practice findings, nor findings of different files, versions or places', () => {
    const a = finding({ detectorId: 'a', policy: 'tls-verified' });
    const b = finding({ detectorId: 'b', policy: 'no-secrets-in-logs' });
    expect(mergeSamePlace([a, b])).toEqual([a, b]);
    const s = secret();
    const elsewhere = [finding({ detectorId: 'p', path: 'b.txt', column: 20, endColumn: 30 }), finding({ detectorId: 'q', column: 20, endColumn: 30, commit: 'c1' }), finding({ detectorId: 'r', column: 40, endColumn: 45 })];
    expect(mergeSamePlace([s, ...elsewhere])).toEqual([s, ...elsewhere]);
  });

  it('a file-level finding (an empty span at 1:1) folds into nothing', () => {
    const s = secret({ column: 1, endColumn: 30 });
    const file = finding({ detectorId: 'state-file', policy: 'credentials-from-environment', endColumn: 1 });
    expect(mergeSamePlace([file, s])).toEqual([file, s]);
  });

  it('credentials-over-http folds into the password after it, not across another URL', () => {
    const s = secret();
    const p = http();
    expect(mergeSamePlace([p, s])).toEqual([{ ...s, policies: ['no-committed-credentials', 'tls-verified'] }]);
    // a second http:// between them: the first one's password is not this one
    const p2 = http({ column: 15, endColumn: 22, fingerprint: 'second' });
    expect(mergeSamePlace([p, p2, s])).toEqual([p, { ...s, policies: ['no-committed-credentials', 'tls-verified'] }]);
    // too far, or on another line
    expect(mergeSamePlace([http(), secret({ column: 12 + 130, endColumn: 150 })])).toHaveLength(2);
    expect(mergeSamePlace([http(), secret({ line: 2, endLine: 2 })])).toHaveLength(2);
  });

  it('a finding spanning many lines (a key) takes a practice finding on any of them', () => {
    const key = secret({ detectorId: 'private-key', line: 1, column: 1, endLine: 400, endColumn: 30 });
    const header = finding({ detectorId: 'private-key-file', policy: 'credentials-from-environment', line: 300, endLine: 300, column: 1, endColumn: 5 });
    expect(mergeSamePlace([key, header])).toEqual([{ ...key, policies: ['no-committed-credentials', 'credentials-from-environment'] }]);
  });
});
