// End to end on the benchmark generator's history: every planted secret whose kind has a detector
// registered today is reported at its path and line, attributed to the commit that planted it, with
// inTree = "still in HEAD"; no decoy is reported. Data-driven, so that catalogue changes don't break it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir } from '../helpers/tmp.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATOR = resolve(ROOT, '../shared/bench/make-history-repo.mjs');

/** The manifest's kinds → the detectors that may report them (the first registered one counts). */
const KIND_DETECTORS: Record<string, readonly string[]> = {
  'aws-access-key': ['aws-access-key-id'],
  'github-token': ['github-token'],
  'gitlab-token': ['gitlab-token'],
  'slack-token': ['slack-token'],
  'stripe-key': ['stripe-secret-key'],
  'google-api-key': ['google-api-key'],
  'npm-token': ['npm-token', 'npmrc-auth-token'],
  'sendgrid-key': ['sendgrid-api-key'],
  'openai-key': ['openai-api-key'],
  'anthropic-key': ['anthropic-api-key'],
  jwt: ['jwt', 'authorization-bearer-token', 'log-file-secret'],
  'private-key': ['private-key', 'private-key-file'],
  'password-assignment': ['generic-secret-assignment'],
  'connection-string': ['connection-string-password', 'url-credentials'],
  'dotenv-file': ['dotenv-file'],
};
/** Practice detectors report the file, once per path: only that the path is reported is checked. */
const FILE_LEVEL = new Set(['dotenv-file']);

interface Planted {
  readonly kind: string;
  readonly expect: 'finding' | 'none';
  readonly path: string;
  readonly line: number;
  readonly commit: string;
  readonly inHead: boolean;
}
interface Found {
  readonly detectorId: string;
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
  readonly commit: string;
  readonly inTree: boolean;
}

const registered = new Set(allDetectors.map((d) => d.id));
const detectorsOf = (kind: string): string[] => (KIND_DETECTORS[kind] ?? []).filter((id) => registered.has(id));

describe.skipIf(!existsSync(GENERATOR))('history on make-history-repo.mjs --commits 300', () => {
  let planted: Planted[] = [];
  let found: Found[] = [];
  const ids = [...new Set(Object.keys(KIND_DETECTORS).flatMap(detectorsOf))];

  beforeAll(async () => {
    const repo = join(tmpDir('sh-bench-'), 'h');
    execFileSync(process.execPath, [GENERATOR, '--out', repo, '--commits', '300'], { stdio: 'ignore' });
    planted = (JSON.parse(readFileSync(`${repo}.manifest.json`, 'utf8')) as { planted: Planted[] }).planted;
    const r = await runCli(['history', repo, '--format', 'json', '--detector', ids.join(',')]);
    expect(r.stderr).toBe('');
    found = (JSON.parse(r.stdout) as { findings: Found[] }).findings;
  }, 180_000);

  it('has kinds with registered detectors to check', () => {
    expect(ids.length).toBeGreaterThan(3);
    expect(planted.filter((p) => p.expect === 'finding' && detectorsOf(p.kind).length > 0).length).toBeGreaterThan(10);
  });

  it('reports every planted secret at the commit that planted it, with inTree = still in HEAD', () => {
    const problems: string[] = [];
    for (const p of planted.filter((x) => x.expect === 'finding')) {
      const by = detectorsOf(p.kind);
      if (by.length === 0) continue;
      const here = found.filter((f) => f.path === p.path && by.includes(f.detectorId));
      if (FILE_LEVEL.has(by[0] as string)) {
        if (here.length === 0) problems.push(`${p.kind} ${p.path}: not reported`);
        continue;
      }
      const atLine = here.filter((f) => f.line <= p.line && p.line <= f.endLine);
      if (atLine.length === 0) problems.push(`${p.kind} ${p.path}:${p.line}: not reported (${by.join('/')})`);
      else if (!atLine.some((f) => f.commit === p.commit)) problems.push(`${p.kind} ${p.path}:${p.line}: commit ${atLine[0]?.commit} instead of ${p.commit}`);
      else if (!atLine.some((f) => f.commit === p.commit && f.inTree === p.inHead)) problems.push(`${p.kind} ${p.path}:${p.line}: inTree should be ${p.inHead}`);
    }
    expect(problems).toEqual([]);
  });

  it('reports no decoy', () => {
    const decoys = planted.filter((p) => p.expect === 'none');
    expect(decoys.length).toBeGreaterThan(5);
    const reported = decoys.flatMap((d) => found.filter((f) => f.path === d.path && f.line === d.line).map((f) => `${d.path}:${d.line} by ${f.detectorId}`));
    expect(reported).toEqual([]);
  });
});
