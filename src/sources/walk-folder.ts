// The walk of a folder outside git: every file not ignored by the .gitignore files met, in name
// order, with names that are not valid UTF-8 kept as bytes to be opened by.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { compileIgnoreRules, parseIgnoreLines, type IgnoreMatcher } from '../filters/ignore-rules.js';
import { rawPath } from './read-file.js';

/** A file whose path is not valid UTF-8: `path` is decoded lossily, for reports; `raw` opens it. */
export interface RawNamedFile {
  readonly path: string;
  readonly raw: Uint8Array;
}

/** A folder the walk could not list: reported, not skipped silently. */
export interface UnlistedFolder {
  readonly folder: string;
  readonly error: unknown;
}

/** What the walk yields: a path (the common case), a file named by bytes, or a folder it could not list. */
export type WalkedItem = string | RawNamedFile | UnlistedFolder;

/** Whether bytes decoded as UTF-8 give them back (a name with U+FFFD of its own does). */
export function roundTrips(decoded: string, bytes: Uint8Array): boolean {
  return !decoded.includes('\uFFFD') || Buffer.from(decoded, 'utf8').equals(bytes);
}

interface ScopedRules {
  readonly folder: string; // relative to the walk's start, '' for the start itself
  readonly matcher: IgnoreMatcher;
}

/** A folder entry: a Dirent, or one re-listed by bytes because its name is not valid UTF-8. */
interface Entry {
  readonly name: string;
  readonly raw?: Buffer;
  isDirectory(): boolean;
  isFile(): boolean;
}

/** A folder being walked: its sorted entries and the next one to take. */
interface Frame {
  readonly folder: string; // relative to the walk's start, '' for the start itself
  readonly raw: Buffer | undefined; // the folder's relative path as bytes, when a name in it is not valid UTF-8
  readonly scoped: readonly ScopedRules[];
  readonly entries: readonly Entry[];
  next: number;
}

/**
 * Walks a folder outside git one level at a time with readdirSync (fast-glob's per-call setup cost
 * 2.5x the listing itself on a tree of 22k files, and its matching is not used: pruning follows the
 * .gitignore files met), reading each folder's .gitignore before its entries, so that ignored
 * folders are pruned, never walked, and nested .gitignore files apply below them. Paths are relative
 * to `start`, which is the scan's root outside git. Depth-first in name order, with a stack of its
 * own (a generator per level would pass every path up through each level, and overflow the stack on
 * a deep enough tree).
 */
export function* walkFolder(start: string, allFiles: boolean): Generator<WalkedItem> {
  const stack: Frame[] = [];
  const first = openFrame(start, '', undefined, [], allFiles);
  if (first && 'error' in first) yield first;
  else if (first) stack.push(first);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const entry = frame.entries[frame.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    const isDir = entry.isDirectory();
    if (isDir && entry.name === '.git') continue;
    const rel = frame.folder ? `${frame.folder}/${entry.name}` : entry.name;
    // The walk enters only folders it kept, so only the entry itself needs deciding.
    if (isGitIgnored(frame.scoped, rel, entry.name, isDir)) continue;
    const raw = frame.raw || entry.raw ? childBytes(frame, entry) : undefined;
    if (!isDir) {
      yield raw ? { path: rel, raw: new Uint8Array(raw) } : rel;
      continue;
    }
    const opened = openFrame(start, rel, raw, frame.scoped, allFiles);
    if (opened && 'error' in opened) yield opened;
    else if (opened) stack.push(opened);
  }
}

/** Lists a folder and reads its .gitignore: a frame to walk, an unlisted folder to report, or nothing (deleted meanwhile). */
function openFrame(start: string, folder: string, raw: Buffer | undefined, inherited: readonly ScopedRules[], allFiles: boolean): Frame | UnlistedFolder | undefined {
  const abs = raw ? rawPath(start, raw) : folder ? join(start, folder) : start;
  let entries: Entry[];
  try {
    entries = readdirSync(abs, { withFileTypes: true });
    // a name that is not valid UTF-8 decodes with U+FFFD: list again by bytes (rare: the common path stays one call)
    if (entries.some((e) => e.name.includes('\uFFFD'))) entries = rawEntries(abs);
  } catch (error) {
    // deleted since its parent was listed: nothing to scan, as for a file
    if ((error as { code?: string }).code !== 'ENOENT') return { folder: folder || '.', error };
    return undefined;
  }
  let scoped = inherited;
  if (!allFiles && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    try {
      const file = typeof abs === 'string' ? join(abs, '.gitignore') : Buffer.concat([abs, Buffer.from(`${sep}.gitignore`)]);
      const rules = parseIgnoreLines(readFileSync(file, 'utf8'));
      if (rules.length > 0) scoped = [...inherited, { folder, matcher: compileIgnoreRules(rules) }];
    } catch {
      // an unreadable .gitignore ignores nothing; the file itself is reported when it is read
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { folder, raw, scoped, entries, next: 0 };
}

function rawEntries(abs: string | Buffer): Entry[] {
  return readdirSync(abs, { withFileTypes: true, encoding: 'buffer' }).map((d) => {
    const name = d.name.toString('utf8');
    if (roundTrips(name, d.name)) return { name, isDirectory: () => d.isDirectory(), isFile: () => d.isFile() };
    return { name, raw: d.name, isDirectory: () => d.isDirectory(), isFile: () => d.isFile() };
  });
}

/** An entry's path relative to the walk's start, as bytes. */
function childBytes(frame: Frame, entry: Entry): Buffer {
  const name = entry.raw ?? Buffer.from(entry.name, 'utf8');
  if (!frame.folder) return name;
  return Buffer.concat([frame.raw ?? Buffer.from(frame.folder, 'utf8'), Buffer.from('/'), name]);
}

/**
 * Whether the entry `path` (named `name`) is ignored by the .gitignore files above it: the deepest
 * file with a matching rule decides, as in git. Only rules anchored to a folder need the path below
 * that folder; the others read the name alone.
 */
function isGitIgnored(scoped: readonly ScopedRules[], path: string, name: string, isDir: boolean): boolean {
  for (let k = scoped.length - 1; k >= 0; k--) {
    const { folder, matcher } = scoped[k] as ScopedRules;
    const subject = !matcher.needsPath ? name : folder ? path.slice(folder.length + 1) : path;
    const rule = matcher.lastMatch(subject, isDir);
    if (rule) return !rule.negated;
  }
  return false;
}
