// The benchmark generator's ground truth: every kind of secret it plants is reported by at least one
// secret detector, and none of its decoys is reported by any. Detectors run as the engine runs them:
// only when one of their keywords occurs in the text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretDetectors } from '../../../detectors/secrets/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const generator = path.resolve(repoRoot, '../shared/bench/make-history-repo.mjs');

interface Planted {
  readonly kind: string;
  readonly expect: 'finding' | 'none';
  readonly path: string;
  readonly line: number;
  readonly value: string;
  readonly commit: string;
}

/** Ids of the secret detectors that report something in `text`, keyword prefilter applied. */
function reporters(text: string, file: string): string[] {
  const lower = text.toLowerCase();
  return secretDetectors
    .filter((d) => d.keywords.length === 0 || d.keywords.some((k) => lower.includes(k)))
    .filter((d) => [...d.detect({ path: file, text })].length > 0)
    .map((d) => d.id);
}

describe.skipIf(!existsSync(generator))('benchmark kinds (make-history-repo.mjs)', () => {
  let dir = '';
  let repo = '';
  let planted: Planted[] = [];

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'secret-hygiene-bench-'));
    repo = path.join(dir, 'h');
    execFileSync('node', [generator, '--out', repo, '--commits', '200', '--secrets', '60', '--decoys', '40'], { stdio: 'ignore' });
    planted = (JSON.parse(readFileSync(`${repo}.manifest.json`, 'utf8')) as { planted: Planted[] }).planted;
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The whole PEM block whose first line the manifest records, read from the commit that planted it. */
  function pemBlock(p: Planted): string {
    const lines = execFileSync('git', ['-C', repo, 'show', `${p.commit}:${p.path}`], { encoding: 'utf8' }).split('\n');
    const first = p.line - 1;
    const last = lines.findIndex((l, i) => i > first && l.startsWith('-----END '));
    return lines.slice(first, last + 1).join('\n');
  }

  it('plants secrets and decoys', () => {
    expect(planted.filter((p) => p.expect === 'finding').length).toBeGreaterThan(30);
    expect(planted.filter((p) => p.expect === 'none').length).toBeGreaterThan(20);
  });

  it('reports every planted kind (except dotenv-file, owned by the .env file detector)', () => {
    const missed = planted
      .filter((p) => p.expect === 'finding' && p.kind !== 'dotenv-file')
      .filter((p) => reporters(p.kind === 'private-key' ? pemBlock(p) : p.value, p.path).length === 0)
      .map((p) => `${p.kind} ${p.path}: ${p.value.slice(0, 40)}`);
    expect(missed).toEqual([]);
  });

  it('reports no decoy', () => {
    const reported = planted
      .filter((p) => p.expect === 'none')
      .map((p) => ({ decoy: `${p.path}: ${p.value}`, by: reporters(p.value, p.path) }))
      .filter((r) => r.by.length > 0);
    expect(reported).toEqual([]);
  });
});
