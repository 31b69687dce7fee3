// Resolves the repository argument of `history`, `staged` and `hook`: an existing folder inside a
// git repository, or one clear error line.
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeSystemError, SourceError, UsageError } from '../errors.js';
import { locateRepository } from '../git.js';

export interface Repository {
  /** Absolute folder git commands run in. */
  readonly dir: string;
  /** The top of the work tree; undefined in a bare repository. */
  readonly top: string | undefined;
  readonly gitDir: string;
}

/** `arg` (relative to `cwd`) must be a folder inside a git repository; `needWorkTree` refuses bare ones. */
export async function resolveRepository(cwd: string, arg: string, needWorkTree: boolean): Promise<Repository> {
  const dir = resolve(cwd, arg);
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`${arg}: not a folder; pass the path of a git repository`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${arg}: ${describeSystemError(error)}; pass the path of a git repository`);
  }
  // one git call; the work tree is the folder holding the `.git` found, whatever the repository's config says
  const location = await locateRepository(dir);
  if (location === undefined) throw new SourceError(`${arg}: not a git repository; pass a repository's path or run inside one`);
  const { gitDir, top } = location;
  if (needWorkTree && top === undefined) throw new SourceError(`${arg}: a bare repository has no index or work tree; run this in a clone with a work tree`);
  return { dir: await realpath(dir), top, gitDir };
}
