// The working-tree source: what could be committed (git ls-files) inside a work tree, or every
// file not ignored by the .gitignore files met (fast-glob) outside one.
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { describeSystemError, UsageError } from '../errors.js';
import { runGit, workTreeRoot } from '../git.js';
import { matchIgnoreRules, parseIgnoreLines, type IgnoreRule } from '../filters/ignore-rules.js';
import type { Source, SourceEvent } from '../types.js';

export interface FileSourceOptions {
  /** Files or folders to scan (absolute or relative to the current directory). */
  readonly paths: readonly string[];
  /** Also scan files git ignores. */
  readonly allFiles?: boolean;
  readonly maxFileSize: number;
  /** Path rules applied while walking: an excluded file is never read. Gets the reported path. */
  readonly exclude?: (path: string) => boolean;
}

/** Where the reported paths are relative to, and how the files under it are listed. */
export interface ScanRoot {
  readonly base: string; // absolute; reported paths are relative to it
  readonly git: boolean; // base is the top of a git work tree
}

/** Resolves what a path argument is; throws a UsageError for a path that does not exist. */
export async function resolveScanRoot(path: string): Promise<ScanRoot & { readonly target: string; readonly isFile: boolean }> {
  const target = resolve(path);
  let isFile: boolean;
  try {
    isFile = (await stat(target)).isFile();
  } catch (error) {
    throw new UsageError(`${path}: ${describeSystemError(error)}: pass an existing file or folder`);
  }
  const top = await workTreeRoot(isFile ? dirname(target) : target);
  if (top) return { base: await realpath(top), target: await realpath(target), isFile, git: true };
  return { base: isFile ? dirname(target) : target, target, isFile, git: false };
}

export function fileSource(options: FileSourceOptions): Source {
  return {
    name: 'files',
    async *events(): AsyncGenerator<SourceEvent> {
      for (const arg of options.paths) {
        const root = await resolveScanRoot(arg);
        const listed = root.isFile ? [relPath(root.base, root.target)] : listFiles(root, root.target, options.allFiles === true);
        let sawRootGitignore = false;
        for await (const path of listed) {
          if (path === '.gitignore') sawRootGitignore = true;
          yield* readOne(root.base, path, options);
        }
        // Repository posture: a work tree without a root .gitignore ignores no .env file. Scanned as
        // an empty .gitignore, so the detector that judges the file reports it, and filters apply.
        if (root.git && !root.isFile && root.target === root.base && !sawRootGitignore && !options.exclude?.('.gitignore')) {
          yield { type: 'blob', blob: { path: '.gitignore', bytes: Buffer.alloc(0), origin: { kind: 'file', absPath: join(root.base, '.gitignore') } } };
        }
      }
    },
  };
}

async function* listFiles(root: ScanRoot, dir: string, allFiles: boolean): AsyncGenerator<string> {
  if (root.git) {
    const spec = relPath(root.base, dir) || '.';
    const args = ['ls-files', '-z', '--cached', '--others', '--deduplicate', ...(allFiles ? [] : ['--exclude-standard']), '--', spec];
    const r = await runGit(root.base, args);
    if (r.code !== 0) throw new UsageError(`${dir}: git ls-files failed (${r.stderr.split('\n')[0]}): check the repository`);
    const out = r.stdout.toString('utf8');
    for (const p of out.split('\0')) if (p) yield p;
    return;
  }
  yield* walkFolder(root.base, dir, '', [], allFiles);
}

interface ScopedRules {
  readonly folder: string; // relative to the walk's start, '' for the start itself
  readonly rules: readonly IgnoreRule[];
}

/**
 * Walks a folder outside git one level at a time (fast-glob, depth 1, synchronous: the async walker
 * costs ~5x more on many small folders), reading each folder's .gitignore before its entries, so
 * that ignored folders are pruned, never walked, and nested .gitignore files apply below them.
 */
function* walkFolder(base: string, start: string, folder: string, inherited: readonly ScopedRules[], allFiles: boolean): Generator<string> {
  const abs = folder ? join(start, folder) : start;
  const entries = fg.sync('*', { cwd: abs, dot: true, onlyFiles: false, deep: 1, followSymbolicLinks: false, suppressErrors: true, objectMode: true });
  let scoped = inherited;
  if (!allFiles && entries.some((e) => e.name === '.gitignore' && e.dirent.isFile())) {
    try {
      scoped = [...inherited, { folder, rules: parseIgnoreLines(readFileSync(join(abs, '.gitignore'), 'utf8')) }];
    } catch {
      // an unreadable .gitignore ignores nothing; the file itself is reported when it is read
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = folder ? `${folder}/${entry.name}` : entry.name;
    const isDir = entry.dirent.isDirectory();
    if (isDir && entry.name === '.git') continue;
    if (isGitIgnored(scoped, rel, isDir)) continue;
    if (isDir) yield* walkFolder(base, start, rel, scoped, allFiles);
    else yield relPath(base, join(start, rel));
  }
}

function isGitIgnored(scoped: readonly ScopedRules[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { folder, rules } of scoped) {
    const rel = folder ? path.slice(folder.length + 1) : path;
    const decided = matchIgnoreRules(rules, rel, isDir);
    if (decided) ignored = decided.ignored;
  }
  return ignored;
}

/**
 * Opening with O_NOFOLLOW refuses a symlink (ELOOP) instead of following it, and O_NONBLOCK keeps a
 * named pipe from blocking the open: one open, fstat, read and close per file, with no lstat first.
 */
const OPEN_FLAGS =
  fsConstants.O_NOFOLLOW !== undefined ? fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | (fsConstants.O_NONBLOCK ?? 0) : undefined;

/**
 * Reads one file. Synchronous on purpose: for the small files that make up most trees, a
 * synchronous read from the page cache costs a few microseconds, while the promise API's thread
 * pool round trips (open, fstat, read, close) cost ten times that (measured in npm run bench).
 */
function readOne(base: string, path: string, options: FileSourceOptions): SourceEvent[] {
  if (options.exclude?.(path)) return [{ type: 'skip', path, reason: 'ignored-by-rule' }];
  const abs = join(base, path);
  const origin = { kind: 'file', absPath: abs } as const;
  try {
    if (OPEN_FLAGS === undefined) return readAfterLstat(base, path, abs, options);
    let fd: number;
    try {
      fd = openSync(abs, OPEN_FLAGS);
    } catch (error) {
      if ((error as { code?: string }).code === 'ELOOP') return [symlinkSkip(base, path, abs)];
      throw error;
    }
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return [];
      if (info.size > options.maxFileSize) return [{ type: 'skip', path, reason: 'oversize', origin }];
      const bytes = Buffer.allocUnsafe(info.size);
      let n = 0;
      while (n < bytes.length) {
        const got = readSync(fd, bytes, n, bytes.length - n, n);
        if (got === 0) break; // truncated while being read
        n += got;
      }
      return [{ type: 'blob', blob: { path, bytes: n < bytes.length ? bytes.subarray(0, n) : bytes, origin } }];
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return []; // tracked but deleted from the work tree: nothing to scan
    return [{ type: 'skip', path, reason: 'unreadable', origin, message: `${describeSystemError(error)}: fix its permissions or exclude it in .secretsignore` }];
  }
}

/** Where O_NOFOLLOW does not exist (Windows): lstat, then read. */
function readAfterLstat(base: string, path: string, abs: string, options: FileSourceOptions): SourceEvent[] {
  const origin = { kind: 'file', absPath: abs } as const;
  const info = lstatSync(abs);
  if (info.isSymbolicLink()) return [symlinkSkip(base, path, abs)];
  if (!info.isFile()) return [];
  if (info.size > options.maxFileSize) return [{ type: 'skip', path, reason: 'oversize', origin }];
  return [{ type: 'blob', blob: { path, bytes: readFileSync(abs), origin } }];
}

function symlinkSkip(base: string, path: string, abs: string): SourceEvent {
  const target = safeRealpath(abs);
  const inside = target !== undefined && isInside(base, target);
  return { type: 'skip', path, reason: inside ? 'symlink' : 'symlink-outside-root', origin: { kind: 'file', absPath: abs } };
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isInside(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function relPath(base: string, abs: string): string {
  return relative(base, abs).split(sep).join('/');
}
