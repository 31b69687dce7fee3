// Glob patterns among `scan`'s path arguments: Windows shells pass `src\*.env` and `**/*.yml` to the
// program as they are, and CI configurations quote them. A path argument that does not exist and
// holds glob characters is expanded with fast-glob (dot files included, symbolic links not followed,
// .git folders left out); one that exists is a path, whatever its characters.
import { lstat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../errors.js';

const GLOB_CHARACTERS = /[*?[\]{}]/;

/** The arguments with each pattern replaced by what it matches, sorted; a folder it matches stands for the files under it. */
export async function expandPatterns(cwd: string, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (!GLOB_CHARACTERS.test(arg) || (await exists(isAbsolute(arg) ? arg : join(cwd, arg)))) {
      out.push(arg);
      continue;
    }
    const pattern = process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
    const { default: fg } = await import('fast-glob'); // loaded only for a pattern: most scans name folders
    const matches = await fg(pattern, { cwd, dot: true, onlyFiles: false, markDirectories: true, followSymbolicLinks: false, unique: true, suppressErrors: true, ignore: ['**/.git/**', '**/.git'] });
    if (matches.length === 0) throw new UsageError(`${arg}: no file or folder matches this pattern; check it, or pass existing files or folders`);
    // a match inside a folder the pattern also matched is scanned with that folder, not twice
    const folders: string[] = [];
    for (const match of matches.sort()) {
      if (folders.some((folder) => match.startsWith(folder))) continue;
      if (match.endsWith('/')) folders.push(match);
      out.push(match.endsWith('/') && match.length > 1 ? match.slice(0, -1) : match);
    }
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
