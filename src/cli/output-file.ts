// The report files named by --output (scan reports and audits alike): checked before the work
// starts, so that a link planted in the repository or an unwritable folder stops the run at once,
// and written without following links.
import { access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname } from 'node:path';
import { describeSystemError, isKnownError, UsageError } from '../errors.js';
import { assertSafeWriteTarget, writeFileSafely } from '../fs/safe-write.js';

/** Refuses an --output that is a link or lies in a linked folder below `cwd`, or whose folder is not writable. */
export async function assertOutputWritable(file: string, shown: string, cwd: string): Promise<void> {
  try {
    await assertSafeWriteTarget(file, shown, { within: cwd });
    await access(dirname(file), constants.W_OK);
  } catch (error) {
    if (isKnownError(error)) throw error;
    throw new UsageError(`--output ${shown}: cannot write there (${describeSystemError(error)}); choose a writable path`);
  }
}

/** Writes one report file (see writeFileSafely). */
export async function writeOutputFile(file: string, text: string, cwd: string): Promise<void> {
  await writeFileSafely(file, text, file, { within: cwd, cannotWrite: (why) => `--output ${file}: cannot write (${why}); choose a writable path` });
}
