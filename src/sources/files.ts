// The working-tree source: what could be committed (git ls-files) inside a work tree, or every
// file not ignored by the .gitignore files met (a readdirSync walk) outside one.
import { lstatSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeSystemError, UsageError } from '../errors.js';
import { locateRepository, runGit, type GitLocation } from '../git.js';
import type { Source, SourceEvent } from '../types.js';
import { rawPath, symlinkReason } from './read-file.js';
import { roundTrips, walkFolder, type RawNamedFile, type UnlistedFolder } from './walk-folder.js';

export interface FileSourceOptions {
  /** Files or folders to scan (absolute or relative to the current directory). */
  readonly paths: readonly string[];
  /** Also scan files git ignores. */
  readonly allFiles?: boolean;
  readonly maxFileSize: number;
  /** Path rules applied while walking: an excluded file is never read. Gets the reported path. */
  readonly exclude?: (path: string) => boolean;
  /** `paths` as resolveScanRoot already resolved them (the command did, to find the root): not asked of git again. */
  readonly resolved?: readonly ResolvedRoot[];
}

export type ResolvedRoot = ScanRoot & { readonly target: string; readonly isFile: boolean };

/** Where the reported paths are relative to, and how the files under it are listed. */
export interface ScanRoot {
  readonly base: string; // absolute; reported paths are relative to it
  readonly git: boolean; // base is the top of a git work tree
}

/**
 * Resolves what a path argument is; throws a UsageError for a path that does not exist. `locate`
 * finds the repository holding a folder (a command resolving many paths memoises it per folder);
 * `cwd`, the current folder, which a file outside git is reported relative to.
 */
export async function resolveScanRoot(path: string, locate: (dir: string) => Promise<GitLocation | undefined> = locateRepository, cwd?: string): Promise<ResolvedRoot> {
  const target = resolve(path);
  let isFile: boolean;
  try {
    const stats = await stat(target);
    isFile = stats.isFile();
    if (!isFile && !stats.isDirectory()) throw new UsageError(`${path}: not a regular file or folder (a FIFO, socket or device); pass files or folders`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: ${describeSystemError(error)}: pass an existing file or folder`);
  }
  const location = await locate(isFile ? dirname(target) : target);
  if (location?.top) return { base: location.top, target: await realpath(target), isFile, git: true };
  if (location?.bare && !isFile) {
    throw new UsageError(`${path}: a bare repository (no work tree to scan); run 'secret-hygiene history ${path}' to scan its commits`);
  }
  // a file outside git is reported as the user named it, relative to the current folder when it is
  // inside it (two files of one name from a pattern, a/.env and b/.env, stay apart)
  const base = isFile ? (cwd !== undefined && target.startsWith(resolve(cwd) + sep) ? resolve(cwd) : dirname(target)) : target;
  return { base, target, isFile, git: false };
}

/**
 * Resolves a command's path arguments (relative to `cwd`), patterns the shell left as they are
 * expanded first (patterns.ts); the repository of each folder is asked of git once, a few at a time.
 */
export async function resolveScanRoots(cwd: string, args: readonly string[]): Promise<ResolvedRoot[]> {
  const [{ expandPatterns }, { default: pLimit }] = await Promise.all([import('./patterns.js'), import('p-limit')]);
  const located = new Map<string, Promise<GitLocation | undefined>>();
  const locate = (dir: string): Promise<GitLocation | undefined> => {
    let found = located.get(dir);
    if (!found) located.set(dir, (found = locateRepository(dir)));
    return found;
  };
  const limit = pLimit(8);
  return Promise.all((await expandPatterns(cwd, args)).map((p) => limit(() => resolveScanRoot(resolve(cwd, p), locate, cwd))));
}

export function fileSource(options: FileSourceOptions): Source {
  return {
    name: 'files',
    async *events(): AsyncGenerator<SourceEvent> {
      for (const [i, arg] of options.paths.entries()) {
        const root = options.resolved?.[i] ?? (await resolveScanRoot(arg));
        const listed = root.isFile ? [relPath(root.base, root.target)] : listFiles(root, root.target, options.allFiles === true);
        let sawRootGitignore = false;
        for await (const item of listed) {
          if (typeof item !== 'string') {
            yield listedEvent(root.base, item, options);
            continue;
          }
          if (item === '.gitignore') sawRootGitignore = true;
          yield fileEvent(root.base, item, options);
        }
        // Repository posture: a work tree without a root .gitignore ignores no .env file. Scanned as
        // an empty .gitignore, so the detector that judges the file reports it, and filters apply.
        if (root.git && !root.isFile && root.target === root.base && !sawRootGitignore && !options.exclude?.('.gitignore')) {
          yield { type: 'blob', blob: { path: '.gitignore', bytes: Buffer.alloc(0), origin: { kind: 'file' } } };
        }
      }
    },
  };
}

/** What a listing yields: a path (the common case), or one of these. */
type Listed = string | RawNamedFile | LinkedFile | UnlistedFolder;

/** A listed file under a folder that is a symbolic link: counted, never opened. */
interface LinkedFile {
  readonly path: string;
  readonly reason: 'symlink' | 'symlink-outside-root';
}

function listedEvent(base: string, item: RawNamedFile | LinkedFile | UnlistedFolder, options: FileSourceOptions): SourceEvent {
  if ('folder' in item) {
    const message = `folder cannot be listed (${describeSystemError(item.error)}): fix its permissions or exclude it in .secretsignore`;
    return { type: 'skip', path: item.folder, reason: 'unreadable', message };
  }
  if ('raw' in item) return fileEvent(base, item.path, options, item.raw);
  if (options.exclude?.(item.path)) return { type: 'skip', path: item.path, reason: 'ignored-by-rule' };
  return { type: 'skip', path: item.path, reason: item.reason, origin: { kind: 'file' } };
}

async function* listFiles(root: ScanRoot, dir: string, allFiles: boolean): AsyncGenerator<Listed> {
  if (root.git) {
    const spec = relPath(root.base, dir) || '.';
    const args = ['ls-files', '-z', '--cached', '--others', '--deduplicate', ...(allFiles ? [] : ['--exclude-standard']), '--', spec];
    const r = await runGit(root.base, args);
    if (r.code !== 0) throw new UsageError(`${dir}: git ls-files failed (${r.stderr.split('\n')[0]}): check the repository`);
    yield* gitListed(root.base, r.stdout);
    return;
  }
  yield* walkFolder(dir, allFiles);
}

/**
 * The paths of `git ls-files -z`. git lists index paths without looking at the work tree, so a path
 * under a folder since replaced by a symbolic link would be read through the link (O_NOFOLLOW guards
 * only the last component): each folder is lstat'ed once, and the files under a linked one are
 * skipped. Names are decoded as UTF-8; one that is not valid UTF-8 keeps its bytes to be opened by.
 */
function* gitListed(base: string, out: Buffer): Generator<Listed> {
  const text = out.toString('utf8');
  const linked = new LinkedFolders(base);
  if (!text.includes('\uFFFD')) {
    for (const path of text.split('\0')) {
      if (!path) continue;
      const reason = linked.reasonFor(path);
      yield reason ? { path, reason } : path;
    }
    return;
  }
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf(0, at);
    if (end < 0) end = out.length;
    const bytes = out.subarray(at, end);
    at = end + 1;
    if (bytes.length === 0) continue;
    const path = bytes.toString('utf8');
    const raw = roundTrips(path, bytes) ? undefined : new Uint8Array(bytes); // a copy of its own: it crosses to workers
    const reason = linked.reasonFor(path, raw);
    yield reason ? { path, reason } : raw ? { path, raw } : path;
  }
}

/** Per folder of a listing, whether it or a folder above it is a symbolic link: lstat once per folder. */
class LinkedFolders {
  private readonly seen = new Map<string, LinkedFile['reason'] | null>();
  constructor(private readonly base: string) {}

  /** Why the file at `path` (opened by `raw` when given) must not be opened, or undefined. */
  reasonFor(path: string, raw?: Uint8Array): LinkedFile['reason'] | undefined {
    if (raw) return this.rawFolder(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), raw.lastIndexOf(0x2f)) ?? undefined;
    const slash = path.lastIndexOf('/');
    return slash > 0 ? (this.folder(path.slice(0, slash)) ?? undefined) : undefined;
  }

  private folder(folder: string): LinkedFile['reason'] | null {
    const known = this.seen.get(folder);
    if (known !== undefined) return known;
    const slash = folder.lastIndexOf('/');
    const reason = (slash > 0 ? this.folder(folder.slice(0, slash)) : null) ?? linkReason(this.base, join(this.base, folder));
    this.seen.set(folder, reason);
    return reason;
  }

  /** The folder made of `raw`'s first `end` bytes; cached under a key no decoded path has (a leading NUL). */
  private rawFolder(raw: Buffer, end: number): LinkedFile['reason'] | null {
    if (end <= 0) return null;
    const key = `\0${raw.toString('latin1', 0, end)}`;
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    const reason = this.rawFolder(raw, raw.lastIndexOf(0x2f, end - 1)) ?? linkReason(this.base, rawPath(this.base, raw.subarray(0, end)));
    this.seen.set(key, reason);
    return reason;
  }
}

/** A folder's link verdict: null for a real folder (or none: a file listed but deleted is the reader's to report). */
function linkReason(base: string, abs: string | Buffer): LinkedFile['reason'] | null {
  try {
    return lstatSync(abs).isSymbolicLink() ? symlinkReason(base, abs) : null;
  } catch {
    return null;
  }
}

/** A listed file: skipped by a path rule, or left for the engine to read where it scans it. */
function fileEvent(base: string, path: string, options: FileSourceOptions, raw?: Uint8Array): SourceEvent {
  if (options.exclude?.(path)) return { type: 'skip', path, reason: 'ignored-by-rule' };
  const file = raw ? { root: base, path, maxBytes: options.maxFileSize, raw } : { root: base, path, maxBytes: options.maxFileSize };
  return { type: 'file', file };
}

function relPath(base: string, abs: string): string {
  return relative(base, abs).split(sep).join('/');
}
