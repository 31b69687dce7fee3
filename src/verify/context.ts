// The text around a finding, for verifiers' companions (a key id, an account SID): the blob of a
// history or staged finding (git cat-file, hardened), else the file under the scanned root. Read once
// per blob or file, capped; what cannot be read gives undefined (the credential is then unknown,
// missing-context), never an error.
import { runGit } from '../git.js';
import { readFileRef } from '../sources/read-file.js';
import type { Finding } from '../types.js';

/** Companions are looked for in files and blobs up to the scan's default size limit. */
const MAX_CONTEXT_BYTES = 10 * 1024 * 1024;

export interface ContextPlaces {
  /** The folder paths are relative to (the scanned root). */
  readonly root: string;
  /** A git directory or work tree to read blobs from, when there is one. */
  readonly repo?: string;
}

export function contextReader(places: ContextPlaces): (finding: Finding) => Promise<string | undefined> {
  const cache = new Map<string, Promise<string | undefined>>();
  return (f) => {
    const key = f.blob !== undefined ? `blob:${f.blob}` : `file:${f.path}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = (f.blob !== undefined && places.repo !== undefined ? readBlob(places.repo, f.blob) : readFileUnder(places.root, f.path)).catch(() => undefined);
      cache.set(key, pending);
    }
    return pending;
  };
}

async function readBlob(repo: string, oid: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{40,64}$/.test(oid)) return undefined;
  const r = await runGit(repo, ['cat-file', 'blob', oid]);
  return r.code === 0 && r.stdout.length <= MAX_CONTEXT_BYTES ? r.stdout.toString('utf8') : undefined;
}

/** The file as a scan reads it (no links followed, nothing but regular files), up to the size limit. */
async function readFileUnder(root: string, path: string): Promise<string | undefined> {
  const read = readFileRef({ root, path, maxBytes: MAX_CONTEXT_BYTES });
  return read?.type === 'blob' ? read.blob.bytes.toString('utf8') : undefined;
}
