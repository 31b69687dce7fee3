// What the staged change is, from ONE `git diff --cached --patch-with-raw -z -U0` call: each staged
// file's new path, index blob and status (the raw part, NUL-separated so paths are exact) and the
// line numbers the change adds (the patch part's hunks).
import { SourceError } from '../errors.js';
import { isRegularFileMode, runGit } from '../git.js';

export interface StagedFile {
  readonly path: string;
  /** The blob in the index: what the commit will record. */
  readonly oid: string;
  /** A (added), M (modified), R (renamed: `path` is the new one), T (type changed). */
  readonly status: string;
  /** Line numbers (1-based, in the staged blob) the change adds; 'all' for an added file. */
  readonly added: ReadonlySet<number> | 'all';
}

/** readStagedChanges' one git call. */
export const STAGED_DIFF_ARGS: readonly string[] = [
  'diff', '--cached', '--patch-with-raw', '-z', '-U0', '--inter-hunk-context=0', '--no-color', '--no-abbrev', '--full-index',
  '--find-renames', '--diff-filter=AMRT', '--ignore-submodules=all',
];

/** The diff of the index against HEAD (or the empty tree before the first commit). */
export async function readStagedChanges(top: string): Promise<StagedFile[]> {
  const r = await runGit(top, STAGED_DIFF_ARGS);
  if (r.code !== 0) throw new SourceError(`${top}: git diff --cached failed: ${r.stderr.split('\n')[0] ?? `exit code ${r.code}`}`);
  return parseStagedDiff(r.stdout);
}

interface RawEntry {
  readonly path: string;
  readonly oldOid: string;
  readonly oid: string;
  readonly mode: string;
  readonly status: string;
}

/** Parses `--patch-with-raw -z` output: raw records, an empty record, then the patch text. */
export function parseStagedDiff(out: Buffer): StagedFile[] {
  const entries: RawEntry[] = [];
  let pos = 0;
  const next = (): string => {
    const nul = out.indexOf(0, pos);
    const end = nul < 0 ? out.length : nul;
    const token = out.subarray(pos, end).toString('utf8');
    pos = end + 1;
    return token;
  };
  while (pos < out.length && out[pos] === 58 /* ':' */) {
    const [, mode = '', oldOid = '', oid = '', status = ''] = next().slice(1).split(' ');
    const first = next();
    const path = status.startsWith('R') || status.startsWith('C') ? next() : first;
    entries.push({ path, oldOid, oid, mode, status: status.charAt(0) });
  }
  if (out[pos] === 0) pos++; // the empty record between the raw part and the patch
  const added = addedLinesByBlob(out.subarray(pos).toString('latin1'));
  const files: StagedFile[] = [];
  for (const e of entries) {
    // a section has an `index` line only when the content changed (not for a pure rename or mode change)
    const lines = e.oldOid !== e.oid ? added.get(e.oid)?.shift() : undefined;
    if (!isRegularFileMode(e.mode) || /^0+$/.test(e.oid)) continue; // symlinks, submodules
    files.push({ path: e.path, oid: e.oid, status: e.status, added: e.status === 'A' ? 'all' : (lines ?? new Set<number>()) });
  }
  return files;
}

/**
 * The added line numbers of each patch section, keyed by the section's new blob id (from its
 * `index <old>..<new>` line), in order: two staged files with the same content take one each.
 */
export function addedLinesByBlob(patch: string): Map<string, Set<number>[]> {
  const byBlob = new Map<string, Set<number>[]>();
  let current: Set<number> | undefined;
  let inHunk = false;
  let line = 0;
  for (const text of patch.split('\n')) {
    if (text.startsWith('diff --git ')) {
      current = undefined;
      inHunk = false;
    } else if (!inHunk && text.startsWith('index ')) {
      const blob = /^index [0-9a-f]+\.\.([0-9a-f]+)/.exec(text)?.[1];
      if (blob === undefined) continue;
      current = new Set<number>();
      const list = byBlob.get(blob);
      if (list) list.push(current);
      else byBlob.set(blob, [current]);
    } else if (text.startsWith('@@')) {
      const start = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)?.[1];
      inHunk = start !== undefined;
      line = Number(start);
    } else if (inHunk && current) {
      if (text.startsWith('+')) current.add(line++);
      else if (text.startsWith(' ')) line++;
    }
  }
  return byBlob;
}
