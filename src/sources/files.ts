// The working-tree source: what could be committed (git ls-files) inside a work tree, or every
// file not ignored by the .gitignore files met (a readdirSync walk) outside one.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
          if (typeof path !== 'string') {
            const message = `folder cannot be listed (${describeSystemError(path.error)}): fix its permissions or exclude it in .secretsignore`;
            yield { type: 'skip', path: path.folder, reason: 'unreadable', message };
            continue;
          }
          if (path === '.gitignore') sawRootGitignore = true;
          yield fileEvent(root.base, path, options);
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

async function* listFiles(root: ScanRoot, dir: string, allFiles: boolean): AsyncGenerator<string | UnlistedFolder> {
  if (root.git) {
    const spec = relPath(root.base, dir) || '.';
    const args = ['ls-files', '-z', '--cached', '--others', '--deduplicate', ...(allFiles ? [] : ['--exclude-standard']), '--', spec];
    const r = await runGit(root.base, args);
    if (r.code !== 0) throw new UsageError(`${dir}: git ls-files failed (${r.stderr.split('\n')[0]}): check the repository`);
    const out = r.stdout.toString('utf8');
    for (const p of out.split('\0')) if (p) yield p;
    return;
  }
  yield* walkFolder(dir, '', [], allFiles);
}

interface ScopedRules {
  readonly folder: string; // relative to the walk's start, '' for the start itself
  readonly rules: readonly IgnoreRule[];
}

/** A folder the walk could not list: reported, not skipped silently. */
interface UnlistedFolder {
  readonly folder: string;
  readonly error: unknown;
}

/**
 * Walks a folder outside git one level at a time with readdirSync (fast-glob's per-call setup cost
 * 2.5x the listing itself on a tree of 22k files, and its matching is not used: pruning follows the
 * .gitignore files met), reading each folder's .gitignore before its entries, so that ignored
 * folders are pruned, never walked, and nested .gitignore files apply below them. Paths are relative
 * to `start`, which is the scan's root outside git.
 */
function* walkFolder(start: string, folder: string, inherited: readonly ScopedRules[], allFiles: boolean): Generator<string | UnlistedFolder> {
  const abs = folder ? join(start, folder) : start;
  let entries: Dirent[];
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (error) {
    // deleted since its parent was listed: nothing to scan, as for a file
    if ((error as { code?: string }).code !== 'ENOENT') yield { folder: folder || '.', error };
    return;
  }
  let scoped = inherited;
  if (!allFiles && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    try {
      scoped = [...inherited, { folder, rules: parseIgnoreLines(readFileSync(join(abs, '.gitignore'), 'utf8')) }];
    } catch {
      // an unreadable .gitignore ignores nothing; the file itself is reported when it is read
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = folder ? `${folder}/${entry.name}` : entry.name;
    const isDir = entry.isDirectory();
    if (isDir && entry.name === '.git') continue;
    if (isGitIgnored(scoped, rel, isDir)) continue;
    if (isDir) yield* walkFolder(start, rel, scoped, allFiles);
    else yield rel;
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

/** A listed file: skipped by a path rule, or left for the engine to read where it scans it. */
function fileEvent(base: string, path: string, options: FileSourceOptions): SourceEvent {
  if (options.exclude?.(path)) return { type: 'skip', path, reason: 'ignored-by-rule' };
  return { type: 'file', file: { root: base, path, maxBytes: options.maxFileSize } };
}

function relPath(base: string, abs: string): string {
  return relative(base, abs).split(sep).join('/');
}
