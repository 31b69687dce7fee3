// Reads the project's own files (.secretsignore, .secret-hygiene.json, baselines, audit reports to
// merge). The scanned repository is untrusted: a committed link could point these reads at
// ~/.git-credentials, /dev/zero or a pipe, so a file found in the repository must be a regular
// file inside it, and every file is read only up to a size cap.
import { constants } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, describeSystemError } from '../errors.js';

const MiB = 1024 * 1024;
/** A config is a few KiB; a megabyte leaves room for many custom detectors. */
export const MAX_CONFIG_BYTES = 1 * MiB;
/** Ignore files and baselines grow with the repository: 16 MiB is some 100,000 entries. */
export const MAX_IGNORE_FILE_BYTES = 16 * MiB;
export const MAX_BASELINE_BYTES = 16 * MiB;
/** A combined audit of a large organisation: big, but still far from exhausting memory. */
export const MAX_AUDIT_REPORT_BYTES = 256 * MiB;

export interface ProjectFileRead {
  /** How messages name the file. */
  readonly shown: string;
  /** What the file is, for messages: 'the config', 'the ignore file'. */
  readonly what: string;
  /** The end of every error message: how to fix it. */
  readonly fix: string;
  readonly maxBytes: number;
  /**
   * True for a file the user named (--config, --ignore-file, --baseline): a link there is their
   * choice. False for one found in the repository, where a link is refused.
   */
  readonly followLinks: boolean;
  /** False: a missing file gives undefined (an optional file at the root). */
  readonly required: boolean;
}

/**
 * The file's text (UTF-8, decoded lossily as before), or undefined when an optional file is
 * missing. Every failure is a one-line ConfigError naming the file and the fix; no byte of the
 * file ever appears in it.
 */
export async function readProjectFile(file: string, how: ProjectFileRead): Promise<string | undefined> {
  if (!how.followLinks && constants.O_NOFOLLOW === undefined && (await isLink(file))) throw refusedLink(how);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | (how.followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' && !how.required) return undefined;
    if (!how.followLinks && (code === 'ELOOP' || code === 'EMLINK')) throw refusedLink(how);
    throw new ConfigError(`${how.shown}: cannot read ${how.what} (${describeSystemError(error)}); ${how.fix}`);
  }
  try {
    return await readCapped(handle, how);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Where O_NOFOLLOW does not exist (Windows): lstat first. */
async function isLink(file: string): Promise<boolean> {
  return (await lstat(file).catch(() => undefined))?.isSymbolicLink() === true;
}

function refusedLink(how: ProjectFileRead): ConfigError {
  return new ConfigError(`${how.shown}: is a symbolic link; ${how.what} is read only from a regular file in the repository: replace the link with the file itself`);
}

/** Checks the open file is a regular one under the cap, then reads at most cap + 1 bytes (it may grow). */
async function readCapped(handle: FileHandle, how: ProjectFileRead): Promise<string> {
  const stats = await handle.stat();
  if (!stats.isFile()) throw new ConfigError(`${how.shown}: cannot read ${how.what} (not a regular file: a folder, device or pipe); ${how.fix}`);
  if (stats.size > how.maxBytes) throw tooLarge(how);
  const buffer = Buffer.alloc(Math.min(stats.size, how.maxBytes) + 1);
  let filled = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
    if (filled > how.maxBytes) throw tooLarge(how);
    if (filled === buffer.length) return readRest(handle, buffer, how);
  }
  return buffer.subarray(0, filled).toString('utf8');
}

/** The file grew after fstat: keep reading in steps, still refusing past the cap. */
async function readRest(handle: FileHandle, start: Buffer, how: ProjectFileRead): Promise<string> {
  const chunks: Buffer[] = [start];
  let total = start.length;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, how.maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total).toString('utf8');
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > how.maxBytes) throw tooLarge(how);
  }
}

function tooLarge(how: ProjectFileRead): ConfigError {
  return new ConfigError(`${how.shown}: cannot read ${how.what} (larger than ${formatBytes(how.maxBytes)}, the limit); ${how.fix}`);
}

function formatBytes(n: number): string {
  return n % MiB === 0 ? `${n / MiB} MiB` : `${n} bytes`;
}

/**
 * A path the repository's own config names (its "baseline") must stay inside the repository and
 * must not pass through a link: otherwise a committed config could make the scanner read, and
 * `baseline update` replace, a file anywhere. `key` names the setting in the message.
 */
export async function assertInsideRoot(root: string, path: string, shown: string, key: string): Promise<void> {
  const rel = relative(root, resolve(root, path));
  const fix = 'keep the baseline inside the repository, as a regular file, or pass --baseline';
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new ConfigError(`${shown}: ${key}: must name a file inside the repository (no ../ and no absolute path outside it); ${fix}`);
  let current = root;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    const stats = await lstat(current).catch(() => undefined);
    if (stats === undefined) return; // not there yet: `baseline create` will make it
    if (stats.isSymbolicLink()) throw new ConfigError(`${shown}: ${key}: goes through a symbolic link (${relative(root, current)}); ${fix}`);
  }
}
