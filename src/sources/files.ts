// The working-tree source: what could be committed (git ls-files) inside a work tree, or every
// file not ignored by the .gitignore files met (fast-glob) outside one.
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { describeSystemError, UsageError } from '../errors.js';
import { runGit, workTreeRoot } from '../git.js';
import { matchIgnoreRules, parseIgnoreLines, type IgnoreRule } from '../filters/ignore-rules.js';
import type { Source, SourceEvent } from '../types.js';
import { mapBounded } from './bounded.js';

export interface FileSourceOptions {
  /** Files or folders to scan (absolute or relative to the current directory). */
  readonly paths: readonly string[];
  /** Also scan files git ignores. */
  readonly allFiles?: boolean;
  readonly maxFileSize: number;
  /** Path rules applied while walking: an excluded file is never read. Gets the reported path. */
  readonly exclude?: (path: string) => boolean;
  readonly concurrency?: number;
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
  const concurrency = options.concurrency ?? 16;
  return {
    name: 'files',
    async *events(): AsyncGenerator<SourceEvent> {
      for (const arg of options.paths) {
        const root = await resolveScanRoot(arg);
        const listed = root.isFile ? [relPath(root.base, root.target)] : listFiles(root, root.target, options.allFiles === true);
        for await (const events of mapBounded(listed, (path) => readOne(root.base, path, options), concurrency)) yield* events;
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
  const gitignores = allFiles ? new Map<string, IgnoreRule[]>() : await readGitignores(dir);
  const stream = fg.stream('**/*', { cwd: dir, dot: true, onlyFiles: false, followSymbolicLinks: false, ignore: ['**/.git/**'], suppressErrors: true, objectMode: true });
  for await (const entry of stream as AsyncIterable<{ path: string; dirent: { isDirectory(): boolean } }>) {
    if (entry.dirent.isDirectory()) continue;
    if (isGitIgnored(gitignores, entry.path)) continue;
    yield relPath(root.base, join(dir, entry.path));
  }
}

/** Every .gitignore under dir, keyed by its folder relative to dir ('' for dir itself). */
async function readGitignores(dir: string): Promise<Map<string, IgnoreRule[]>> {
  const found = await fg('**/.gitignore', { cwd: dir, dot: true, followSymbolicLinks: false, ignore: ['**/.git/**'], suppressErrors: true });
  const map = new Map<string, IgnoreRule[]>();
  for (const file of found) {
    try {
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
      map.set(folder, parseIgnoreLines(await readFile(join(dir, file), 'utf8')));
    } catch {
      // an unreadable .gitignore ignores nothing; the file itself is reported when it is read
    }
  }
  return map;
}

function isGitIgnored(gitignores: Map<string, IgnoreRule[]>, path: string): boolean {
  if (gitignores.size === 0) return false;
  let ignored = false;
  const parts = path.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join('/');
    const rules = gitignores.get(folder);
    if (!rules) continue;
    const decided = matchIgnoreRules(rules, parts.slice(depth).join('/'));
    if (decided) ignored = decided.ignored;
  }
  return ignored;
}

async function readOne(base: string, path: string, options: FileSourceOptions): Promise<SourceEvent[]> {
  if (options.exclude?.(path)) return [{ type: 'skip', path, reason: 'ignored-by-rule' }];
  const abs = join(base, path);
  const origin = { kind: 'file', absPath: abs } as const;
  try {
    const info = await lstat(abs);
    if (info.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => undefined);
      const inside = target !== undefined && isInside(base, target);
      return [{ type: 'skip', path, reason: inside ? 'symlink' : 'symlink-outside-root', origin }];
    }
    if (!info.isFile()) return [];
    if (info.size > options.maxFileSize) return [{ type: 'skip', path, reason: 'oversize', origin }];
    const bytes = await readFile(abs);
    return [{ type: 'blob', blob: { path, bytes, origin } }];
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return []; // tracked but deleted from the work tree: nothing to scan
    return [{ type: 'skip', path, reason: 'unreadable', origin, message: `${describeSystemError(error)}: fix its permissions or exclude it in .secretsignore` }];
  }
}

function isInside(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function relPath(base: string, abs: string): string {
  return relative(base, abs).split(sep).join('/');
}
