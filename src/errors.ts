// Known errors: each carries one line naming the file (or option) and the fix, and maps to exit code 2.
// Anything else is a bug and is re-thrown with its stack.

export class KnownError extends Error {
  readonly exitCode = 2;
}

/** A bad command line: unknown option, unknown detector id, missing path. */
export class UsageError extends KnownError {
  override readonly name = 'UsageError';
}

/** A bad config, ignore or baseline file. */
export class ConfigError extends KnownError {
  override readonly name = 'ConfigError';
}

/** A source that cannot be read at all: not a repository, unknown ref, unwritable output. */
export class SourceError extends KnownError {
  override readonly name = 'SourceError';
}

export function isKnownError(error: unknown): error is KnownError {
  return error instanceof KnownError;
}

/** A short reason from a Node system error ('permission denied') without a stack. */
export function describeSystemError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'is a directory',
      ENOTDIR: 'a parent is not a directory',
      EMFILE: 'too many open files',
      ELOOP: 'too many symbolic links',
    };
    return known[code] ?? code.toLowerCase();
  }
  return error instanceof Error ? error.message : String(error);
}
