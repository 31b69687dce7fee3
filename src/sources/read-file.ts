// Reading one file of a working tree: shared by the main thread and the detection workers, which
// read the files of the batches they take themselves (opening and reading is most of a tree scan's
// main-thread time when detectors have little to do). Node built-ins only: workers load it cheaply.
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { describeSystemError } from '../errors.js';
import type { FileRef, SourceEvent } from '../types.js';

/** What reading a file gives: its bytes, or why it was skipped. */
export type FileReadEvent = Exclude<SourceEvent, { readonly type: 'file' }>;

/**
 * Opening with O_NOFOLLOW refuses a symlink (ELOOP) instead of following it, and O_NONBLOCK keeps a
 * named pipe from blocking the open: one open, fstat, read and close per file, with no lstat first.
 */
const OPEN_FLAGS =
  fsConstants.O_NOFOLLOW !== undefined ? fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | (fsConstants.O_NONBLOCK ?? 0) : undefined;

/**
 * Reads one file: its blob, or why it is skipped, or nothing (deleted since it was listed, or not a
 * regular file). Synchronous on purpose: for the small files that make up most trees, a synchronous
 * read from the page cache costs a few microseconds, while the promise API's thread pool round trips
 * (open, fstat, read, close) cost ten times that (measured in npm run bench).
 *
 * With `scratch`, a file that fits is read into it and the blob is a view of it, valid until the next
 * call: for callers that scan the bytes at once and keep nothing of them. Reusing memory spares a
 * fresh allocation (and its page faults and garbage collection) per file.
 */
export function readFileRef(ref: FileRef, scratch?: Buffer): FileReadEvent | undefined {
  const { root, path, maxBytes } = ref;
  const abs = ref.raw ? rawPath(root, ref.raw) : join(root, path);
  const origin = { kind: 'file' } as const;
  try {
    if (OPEN_FLAGS === undefined) return readAfterLstat(ref, abs);
    let fd: number;
    try {
      fd = openSync(abs, OPEN_FLAGS);
    } catch (error) {
      if ((error as { code?: string }).code === 'ELOOP') return symlinkSkip(root, path, abs);
      throw error;
    }
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) return submoduleSkip(path);
      if (!info.isFile()) return undefined;
      if (info.size > maxBytes) return { type: 'skip', path, reason: 'oversize', origin };
      const bytes = scratch && info.size <= scratch.length ? scratch.subarray(0, info.size) : Buffer.allocUnsafe(info.size);
      let n = 0;
      while (n < bytes.length) {
        const got = readSync(fd, bytes, n, bytes.length - n, n);
        if (got === 0) break; // truncated while being read
        n += got;
      }
      return { type: 'blob', blob: { path, bytes: n < bytes.length ? bytes.subarray(0, n) : bytes, origin } };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return undefined; // tracked but deleted from the work tree: nothing to scan
    return { type: 'skip', path, reason: 'unreadable', origin, message: `${describeSystemError(error)}: fix its permissions or exclude it in .secretsignore` };
  }
}

/** `root` joined with a relative path given as bytes (a name that is not valid UTF-8). */
export function rawPath(root: string, raw: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(root.endsWith(sep) ? root : root + sep), raw]);
}

/** Where O_NOFOLLOW does not exist (Windows): lstat, then read. */
function readAfterLstat(ref: FileRef, abs: string | Buffer): FileReadEvent | undefined {
  const origin = { kind: 'file' } as const;
  const info = lstatSync(abs);
  if (info.isSymbolicLink()) return symlinkSkip(ref.root, ref.path, abs);
  if (info.isDirectory()) return submoduleSkip(ref.path);
  if (!info.isFile()) return undefined;
  if (info.size > ref.maxBytes) return { type: 'skip', path: ref.path, reason: 'oversize', origin };
  return { type: 'blob', blob: { path: ref.path, bytes: readFileSync(abs), origin } };
}

/**
 * A listed path that is a folder: git lists a submodule (a gitlink, or an embedded clone) as a path
 * like a file's, and the walk outside git lists only files. Found here, where the file is opened
 * anyway, instead of by a second listing of the index.
 */
function submoduleSkip(path: string): FileReadEvent {
  const message = `a submodule, a repository of its own: scan it separately (secret-hygiene scan ${path})`;
  return { type: 'skip', path, reason: 'submodule', origin: { kind: 'file' }, message };
}

function symlinkSkip(root: string, path: string, abs: string | Buffer): FileReadEvent {
  return { type: 'skip', path, reason: symlinkReason(root, abs), origin: { kind: 'file' } };
}

/** How a symbolic link at `abs` is counted: 'symlink' when it resolves inside `root`, else (or when dangling) 'symlink-outside-root'. */
export function symlinkReason(root: string, abs: string | Buffer): 'symlink' | 'symlink-outside-root' {
  const target = safeRealpath(abs);
  return target !== undefined && isInside(root, target) ? 'symlink' : 'symlink-outside-root';
}

function safeRealpath(path: string | Buffer): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isInside(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
