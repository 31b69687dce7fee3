// The current tree (HEAD): what "still in the tree" is decided against.
import { isRegularFileMode, runGit } from '../git.js';

/** The files of HEAD's tree: `oid\0path` pairs, and the paths of each blob. */
export interface HeadTree {
  has(oid: string, path: string): boolean;
  /** Blob ids with their paths, for scanning what the history pass did not. */
  readonly byBlob: ReadonlyMap<string, readonly string[]>;
}

/** HEAD's regular files, or undefined when HEAD names no commit (unborn branch). */
export async function readHeadTree(repo: string): Promise<HeadTree | undefined> {
  const r = await runGit(repo, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
  if (r.code !== 0) return undefined;
  const byBlob = new Map<string, string[]>();
  const pairs = new Set<string>();
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || oid === undefined || !isRegularFileMode(mode)) continue;
    const path = entry.slice(tab + 1);
    pairs.add(`${oid}\0${path}`);
    const paths = byBlob.get(oid);
    if (paths) paths.push(path);
    else byBlob.set(oid, [path]);
  }
  return { has: (oid, path) => pairs.has(`${oid}\0${path}`), byBlob };
}
