// Findings from history blobs → one finding per (detector, secret, path), attributed to the commit
// that first introduced it, with whether the secret is still in the current tree.
import { fileOf } from '../engine/finding.js';
import { compareFindings } from '../engine/order.js';
import type { Finding } from '../types.js';
import type { Introductions } from './introductions.js';

/** The identity "is this credential still in the tree" is decided on: detector and fingerprint, any path. */
export function treeKey(finding: Finding): string {
  return `${finding.detectorId}\0${finding.fingerprint}`;
}

/**
 * Keeps, for each (detector, fingerprint, path), the finding of the blob introduced first, and adds
 * the introducing commit, its author and date, and `inTree`. Sorted oldest first, then by place.
 */
export function attributeFindings(findings: readonly Finding[], table: Introductions, inTree: ReadonlySet<string>): Finding[] {
  const best = new Map<string, { finding: Finding; commit: number }>();
  for (const finding of findings) {
    const commit = finding.blob === undefined ? undefined : table.commitOf(finding.blob, fileOf(finding));
    if (commit === undefined) continue;
    const key = `${treeKey(finding)}\0${finding.path}`;
    const known = best.get(key);
    const better =
      !known || table.earlier(commit, known.commit) || (commit === known.commit && compareFindings(finding, known.finding) < 0);
    if (better) best.set(key, { finding, commit });
  }
  const attributed = [...best.values()].map(({ finding, commit }) => {
    const c = table.commit(commit);
    return {
      time: c.time,
      finding: { ...finding, commit: c.oid, author: c.author, email: c.email, date: c.date, inTree: inTree.has(treeKey(finding)) },
    };
  });
  attributed.sort((a, b) => a.time - b.time || compareFindings(a.finding, b.finding));
  return attributed.map((a) => a.finding);
}
