// The text around a finding, for verifiers' companions (a key id, an account SID): the blob of a
// history or staged finding (git cat-file, hardened), else the file under the scanned root. Read once
// per blob or file, capped; what cannot be read gives undefined (the credential is then unknown,
// missing-context), never an error.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { runGit } from '../git.js';
import type { Finding } from '../types.js';

/** Companions are looked for in the first 2 MiB. */
const MAX_CONTEXT_BYTES = 2 * 1024 * 1024;

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
  return r.code === 0 ? r.stdout.subarray(0, MAX_CONTEXT_BYTES).toString('utf8') : undefined;
}

async function readFileUnder(root: string, path: string): Promise<string | undefined> {
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const handle = await open(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    const buffer = Buffer.alloc(MAX_CONTEXT_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAX_CONTEXT_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
