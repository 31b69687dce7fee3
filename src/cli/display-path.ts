import { isAbsolute, relative } from 'node:path';

/** A path as the user would type it: relative to the current folder when inside it. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
