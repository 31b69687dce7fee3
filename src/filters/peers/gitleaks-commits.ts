// Resolving .gitleaksignore entries that name a commit: which of our findings is the one gitleaks
// reported at `<commit>:<file>:<line>`? gitleaks reports a secret in the commit whose patch adds it,
// at its line in that commit's version of the file. So an entry counts only when that commit's
// patch adds that line, and then it stands for the secrets our detectors find on that line of that
// version, as (detector, fingerprint, path): the same secret is then accepted in every version of the
// file (a history finding is attributed to the commit that introduced it) and in the working tree,
// wherever it moved. Costs, only when such entries exist: one `git diff-tree` per (commit, file),
// one `git cat-file --batch`, and a scan of those file versions before the scan proper.
import pLimit from 'p-limit';
import { runGit } from '../../git.js';
import { readBlobs } from '../../sources/blob-reader.js';
import type { Detector } from '../../types.js';
import type { FingerprintKey } from '../../engine/finding.js';
import type { GitleaksIgnoreEntry, ResolvedIdentity } from './gitleaks-ignore.js';

export interface ResolveOptions {
  readonly detectors: readonly Detector[];
  /** How this run fingerprints (the baseline's salt and scheme), so that identities compare with its findings. */
  readonly fingerprints: FingerprintKey | undefined;
  readonly maxFileSize: number;
}

/** The identities of the commit entries that name a line their commit added; entries that do not resolve give none. */
export async function resolveCommitEntries(repo: string, entries: readonly GitleaksIgnoreEntry[], options: ResolveOptions): Promise<ResolvedIdentity[]> {
  const byVersion = new Map<string, GitleaksIgnoreEntry[]>();
  for (const e of entries) {
    if (e.commit === undefined || e.path.includes('\n')) continue; // (a name cat-file --batch cannot take)
    const key = `${e.commit}:${e.path}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), e]);
  }
  if (byVersion.size === 0 || (await runGit(repo, ['rev-parse', '--git-dir'])).code !== 0) return [];
  const limit = pLimit(2);
  const added = await Promise.all([...byVersion.values()].map((list) => limit(() => addedLines(repo, list[0] as GitleaksIgnoreEntry))));
  const wanted = [...byVersion.entries()]
    .map(([key, list], i) => ({ key, entries: list.filter((e) => (added[i] ?? []).some(([from, to]) => e.line >= from && e.line <= to)) }))
    .filter((v) => v.entries.length > 0);
  if (wanted.length === 0) return [];
  return identitiesIn(repo, wanted, options);
}

/** The new-side line ranges the commit's patch adds to the file ([] for a merge, an unknown commit or an untouched file). */
async function addedLines(repo: string, entry: GitleaksIgnoreEntry): Promise<[number, number][]> {
  const args = ['diff-tree', '-p', '-U0', '--root', '--no-renames', '--no-color', '--no-ext-diff', entry.commit as string, '--', `:(literal)${entry.path}`];
  const r = await runGit(repo, args);
  if (r.code !== 0) return [];
  const ranges: [number, number][] = [];
  for (const m of r.stdout.toString('latin1').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const from = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push([from, from + count - 1]);
  }
  return ranges;
}

/** Reads each (commit, file) version and scans it; the findings on an entry's line are its identities. */
async function identitiesIn(repo: string, wanted: readonly { key: string; entries: readonly GitleaksIgnoreEntry[] }[], options: ResolveOptions): Promise<ResolvedIdentity[]> {
  const [{ memorySource, runScan }] = await Promise.all([import('../../engine/scan.js')]);
  const blobs = [];
  for await (const read of readBlobs(repo, wanted, (w) => w.key, options.maxFileSize)) {
    const path = read.item.entries[0]?.path as string;
    // the version's key stands in for its blob id: it tells the findings of each version apart
    if (read.kind === 'blob') blobs.push({ path, bytes: read.bytes, origin: { kind: 'git-blob', oid: read.item.key } as const });
  }
  const result = await runScan(memorySource(blobs, 'gitleaksignore'), { detectors: options.detectors, fingerprints: options.fingerprints, workers: false });
  const byKey = new Map(wanted.map((w) => [w.key, w.entries] as const));
  const identities: ResolvedIdentity[] = [];
  for (const f of result.findings) {
    for (const entry of byKey.get(f.blob ?? '') ?? []) {
      if (entry.line >= f.line && entry.line <= f.endLine) identities.push({ detectorId: f.detectorId, fingerprint: f.fingerprint, path: f.path, entry });
    }
  }
  return identities;
}
