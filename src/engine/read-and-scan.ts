// One working-tree file read and scanned where it is read: in a worker for the batches it takes, in
// the main thread for the batches it takes when every worker is busy. The result is the same either
// way, and one function in the engine takes it.
import { readFileRef } from '../sources/read-file.js';
import type { FileRef, SkipReason } from '../types.js';
import type { CopyTable } from './copy-table.js';
import { detectBlob, pathClass, type BlobOutcome, type CompiledDetectors } from './detect-blob.js';

/**
 * What became of one file: its outcome (under its copy-table slot, -1 if untracked), or the slot of
 * an identical file some thread claimed first, whose outcome is this file's too, or why it was
 * skipped, or null (nothing to scan: deleted since listed, not a regular file).
 */
export type FileResult =
  | { readonly bytes: number; readonly outcome: BlobOutcome; readonly slot: number }
  | { readonly bytes: number; readonly copyOf: number }
  | { readonly skip: SkipReason; readonly message?: string }
  | null;

/** Reads `file` (into `scratch` when it fits: nothing of its bytes outlives the call) and scans it unless a copy was claimed first. */
export function readAndScan(file: FileRef, compiled: CompiledDetectors, copies: CopyTable, scratch?: Buffer): FileResult {
  const event = readFileRef(file, scratch);
  if (!event) return null;
  if (event.type === 'skip') return { skip: event.reason, ...(event.message !== undefined ? { message: event.message } : {}) };
  const { path, bytes } = event.blob;
  const claim = copies.claim(bytes, () => pathClass(compiled, path));
  if (!claim.first) return { bytes: bytes.length, copyOf: claim.slot };
  return { bytes: bytes.length, outcome: detectBlob(compiled, path, bytes), slot: claim.slot };
}
