// End to end on the benchmark generator's history: every planted secret whose kind has a detector
// registered today is reported at its path and line, attributed to the commit that planted it, with
// inTree = "still in HEAD"; no decoy is reported. Data-driven, so that catalogue changes don't break it.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBenchRepo, detectorsOf, FILE_LEVEL, GENERATOR, KIND_DETECTORS, type Planted } from '../helpers/bench-repo.js';
import { runCli } from '../helpers/run-cli.js';

interface Found {
  readonly detectorId: string;
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
  readonly commit: string;
  readonly inTree: boolean;
}

describe.skipIf(!existsSync(GENERATOR))('history on make-history-repo.mjs --commits 300', () => {
  let planted: Planted[] = [];
  let found: Found[] = [];
  const ids = [...new Set(Object.keys(KIND_DETECTORS).flatMap((kind) => detectorsOf(kind)))];

  beforeAll(async () => {
    const built = buildBenchRepo(300);
    const { repo } = built;
    planted = built.planted;
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
