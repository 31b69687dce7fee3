// Writes the files the CLI produces (reports, baselines, starter files, hooks) without following a
// symbolic link planted in the scanned repository, and atomically: a crash or a full disk leaves
// the old file or the new one, never a truncated mix.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Stats } from 'node:fs';
import { describeSystemError, isKnownError, SourceError } from '../errors.js';

export interface SafeWriteOptions {
  /** Parent folders below this one must not be symbolic links (default: the current folder). */
  readonly within?: string;
  /** The new file's permissions (default: those of the file it replaces, else 0o666 less the umask). */
  readonly mode?: number;
  /** The end of the refusal message: what the user should do instead. */
  readonly fix?: string;
  /** The message for a write that fails (a full disk, no permission), given the reason. */
  readonly cannotWrite?: (reason: string) => string;
}

const DEFAULT_FIX = 'remove the link or choose another --output';

/**
 * Paths the user can only have typed (a repository cannot plant them) that name an open stream;
 * /dev/stdout is itself a link, so the link check would otherwise refuse a common idiom.
 */
const STREAM_PATH = /^(?:\/dev\/(?:stdout|stderr|fd\/\d+)|\/proc\/self\/fd\/\d+)$/;

/** Whether a path names one of the process's own streams (written as before, without rename). */
function isStreamPath(file: string): boolean {
  return STREAM_PATH.test(file);
}

/**
 * Refuses a target that is a symbolic link (dangling or not), or that lies under a folder which is
 * one below `within`: a link committed in an untrusted repository must not redirect our writes.
 * Returns the target's lstat, or undefined when it does not exist yet.
 */
export async function assertSafeWriteTarget(file: string, shown: string, options: SafeWriteOptions = {}): Promise<Stats | undefined> {
  const fix = options.fix ?? DEFAULT_FIX;
  const absolute = resolve(file);
  if (isStreamPath(absolute)) return undefined;
  await assertNoLinkedParent(absolute, shown, options.within ?? process.cwd(), fix);
  const stats = await lstatOrUndefined(absolute);
  if (stats?.isSymbolicLink()) throw new SourceError(`${shown}: is a symbolic link; refusing to write through it: ${fix}`);
  return stats;
}

/** Every folder between `within` (exclusive) and the file's folder (inclusive) must be a real folder. */
async function assertNoLinkedParent(file: string, shown: string, within: string, fix: string): Promise<void> {
  const rel = relative(resolve(within), dirname(file));
  // Outside `within`, folders are the user's own (a symlinked /tmp or home is common and harmless).
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return;
  let folder = resolve(within);
  for (const part of rel.split(sep)) {
    folder = join(folder, part);
    const stats = await lstatOrUndefined(folder);
    if (stats === undefined) return; // a missing folder: the write itself will fail and say so
    if (stats.isSymbolicLink()) throw new SourceError(`${shown}: its folder ${relative(resolve(within), folder) || folder} is a symbolic link; refusing to write through it: ${fix}`);
  }
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `data` to `file`: refuses links (see assertSafeWriteTarget); a device or pipe (/dev/null,
 * a FIFO) is written in place; a regular file is replaced atomically through a temporary file in
 * the same folder (exclusive create, fsync, rename, fsync of the folder). Every failure is a
 * SourceError: the refusal, or `cannotWrite` with the system's reason.
 */
export async function writeFileSafely(file: string, data: string | Uint8Array, shown: string, options: SafeWriteOptions = {}): Promise<void> {
  try {
    await writeChecked(resolve(file), data, shown, options);
  } catch (error) {
    if (isKnownError(error)) throw error; // the refusal says so itself
    const reason = describeSystemError(error);
    throw new SourceError(options.cannotWrite?.(reason) ?? `${shown}: cannot write (${reason}); choose a writable path`);
  }
}

async function writeChecked(absolute: string, data: string | Uint8Array, shown: string, options: SafeWriteOptions): Promise<void> {
  const existing = await assertSafeWriteTarget(absolute, shown, options);
  if (isStreamPath(absolute)) return writeInPlace(absolute, data, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC);
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    return writeInPlace(absolute, data, constants.O_WRONLY | constants.O_NOFOLLOW);
  }
  const mode = options.mode ?? (existing?.isFile() ? existing.mode & 0o777 : undefined);
  await replaceAtomically(absolute, data, mode);
}

/** Opens and writes an existing special file (or a stream path) without creating a temporary one. */
async function writeInPlace(file: string, data: string | Uint8Array, flags: number): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

async function replaceAtomically(file: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  const folder = dirname(file);
  const temp = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL|O_NOFOLLOW: never reuse, nor write through, anything already at the temporary name.
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
  try {
    await fillAndSync(handle, data, mode);
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** Writes, sets the mode (fchmod: the umask does not apply, so a copied mode stays exact), fsyncs and closes. */
async function fillAndSync(handle: FileHandle, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  await handle.writeFile(data);
  if (mode !== undefined) await handle.chmod(mode);
  await handle.sync();
  await handle.close();
}

/** Makes the rename durable; some systems cannot fsync a folder, which only weakens durability. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
