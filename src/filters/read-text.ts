import { MAX_IGNORE_FILE_BYTES, readProjectFile } from '../fs/safe-read.js';

/**
 * Reads a settings file (ignore file, config) as UTF-8. A missing optional file gives undefined;
 * a missing required one, or one that cannot be read, is a ConfigError naming it and the fix.
 * An optional file is the one found at the scanned root: the repository's, so it must be a
 * regular file, not a link (which could point at ~/.git-credentials or /dev/zero). A required
 * one was named by a flag: a link there is the user's choice. Both are read up to `maxBytes`.
 */
export async function readTextFile(file: string, shown: string, required: boolean, what: string, fix: string, maxBytes: number = MAX_IGNORE_FILE_BYTES): Promise<string | undefined> {
  return readProjectFile(file, { shown, what, fix, maxBytes, required, followLinks: required });
}
