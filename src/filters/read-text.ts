import { readFile } from 'node:fs/promises';
import { ConfigError, describeSystemError } from '../errors.js';

/**
 * Reads a settings file (ignore file, config) as UTF-8. A missing optional file gives undefined;
 * a missing required one, or one that cannot be read, is a ConfigError naming it and the fix.
 */
export async function readTextFile(file: string, shown: string, required: boolean, what: string, fix: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (!required && (error as { code?: string }).code === 'ENOENT') return undefined;
    throw new ConfigError(`${shown}: cannot read ${what} (${describeSystemError(error)}); ${fix}`);
  }
}
