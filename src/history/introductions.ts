// Which commit first introduced each (blob, path) of a history, from ONE pass of
// `git log --raw -c` (no blob is read here). The same pass lists every unique blob to scan:
// a blob in a commit's tree either appears in that commit's raw diff or is inherited from a
// parent, so the blobs the raw diffs name are exactly the blobs the history holds.
import { own } from '../../detectors/kit/own.js';
import { SourceError } from '../errors.js';
import { isRegularFileMode, LOG_PACK_CONFIG, spawnGit } from '../git.js';
import { AsyncQueue } from '../sources/async-queue.js';
import { CommitTable, IntColumn, Interned, OidTable, type CommitInfo } from './compact-tables.js';
import type { HistoryBlob } from '../sources/git-history.js';

export type { CommitInfo } from './compact-tables.js';

export interface Introductions {
  /** Commits in `git log --topo-order` order: children before parents, so a higher index is never a descendant. */
  readonly commitCount: number;
  /** Commit `index`, made when asked for (the table keeps its parts in arrays: compact-tables.ts). */
  commit(index: number): CommitInfo;
  /** Unique blobs, in the order git listed them. */
  blobIds(): Iterable<string>;
  /** Every path `oid` appears under in the history. */
  pathsOf(oid: string): readonly string[];
  /** The commit (index into `commits`) that first introduced `oid` at `path`. */
  commitOf(oid: string, path: string): number | undefined;
  /** True when commit index a was earlier than b: older author date, then ancestor first. */
  earlier(a: number, b: number): boolean;
  readonly blobCount: number;
  readonly pairCount: number;
}

const FORMAT = '--format=%x01%H%x00%an%x00%ae%x00%aI%x00%at';

/**
 * (blob, path) records the log pass lists ahead of the scan before it waits for it: a few hundred
 * bytes each, so at most about 80 MB however large the history. Most histories fit whole (curl's
 * 87,000 commits list 210,000), so the progress line knows the total early.
 */
const QUEUED_BLOBS = 200_000;

/** Runs `git log <revisions> --raw` once and builds the table. `revisions` are already validated. */
export async function collectIntroductions(repo: string, revisions: readonly string[]): Promise<Introductions> {
  const pass = streamIntroductions(repo, revisions);
  for await (const _ of pass.blobs); // the table needs the whole log
  return pass.table;
}

export interface IntroductionStream {
  /**
   * Each (blob, path) once, as the log names it (newest commits first), so that reading blobs starts
   * while git log still runs. Each comes with its lineage: the newer version of its path already
   * listed, which it will be compared with (single use).
   */
  readonly blobs: AsyncIterable<HistoryBlob>;
  /** The whole table, when the log is done; rejects when git log fails. */
  readonly table: Promise<Introductions>;
}

/** Starts the one `git log --raw` pass; blobs stream out as they are found. */
export function streamIntroductions(repo: string, revisions: readonly string[], queued = QUEUED_BLOBS): IntroductionStream {
  const args = ['log', ...revisions, '--raw', '--no-abbrev', '--no-renames', '-c', '--root', '--topo-order', '-z', '--no-color', FORMAT];
  const child = spawnGit(repo, args, LOG_PACK_CONFIG);
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => void (stderr += b.toString('utf8')));
  const closed = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  child.on('error', () => undefined);
  const found = new AsyncQueue<HistoryBlob>();
  const parser = new RawLogParser((blob) => found.push(blob));
  const table = (async () => {
    try {
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        parser.push(chunk);
        // git waits (its output unread) while the scan is this far behind: the records would
        // otherwise pile up here, a whole history's worth of them
        await found.room(queued);
      }
      parser.end();
      const code = await closed;
      if (code !== 0) throw new SourceError(`${repo}: cannot read the history (git log: ${firstLine(stderr, code)}); run 'git fsck' in it to check the repository`);
      return parser.table();
    } finally {
      found.end();
    }
  })();
  const blobs = async function* (): AsyncGenerator<HistoryBlob> {
    yield* found.drain(); // the queue lets go of each record as it is read
    await table; // throws when git log failed
  };
  return { blobs: blobs(), table };
}

/**
 * A copy of a token of hex digits or an ISO date, kept for the whole scan. `own` copies into a sliced
 * string over a flat copy (a 32-byte header more); JSON reads these characters as they are and makes
 * a flat string: curl's 400,000 kept object ids and dates are 13 MB less of heap.
 */
function flatCopy(token: string): string {
  return JSON.parse(`"${token}"`) as string;
}

/** git's first line of complaint (hints left out), or the exit code. */
function firstLine(stderr: string, code: number): string {
  return stderr.split('\n').find((l) => l.trim() !== '' && !l.startsWith('hint:'))?.trim() ?? `exit code ${code}`;
}

/** Parses the NUL-separated output of `git log -z --raw -c` with FORMAT, chunk by chunk. */
export class RawLogParser {
  private readonly commits = new CommitTable(own);
  /** Each blob once (a number), with the path and commit it was first seen at; other paths in `more`. */
  private readonly blobs = new OidTable();
  private readonly blobPath = new IntColumn();
  private readonly blobCommit = new IntColumn();
  private readonly more = new Map<number, Map<number, number>>();
  /** Paths, each once, numbered. */
  private readonly paths = new Interned(own);
  private carry: Buffer[] = [];
  private fields: string[] = [];
  private fieldsLeft = 0;
  /** The blob the last raw record names, while its path token is awaited. */
  private record: RawRecord | undefined;
  private pairs = 0;
  /**
   * For a (blob, path) replaced in a later commit, the (blob, path) that replaced it first: its
   * lineage while that can still grow, else its key (named again by another commit).
   */
  private readonly successor = new Map<string, ListedLineage | string>();

  /** `onBlob` hears each (blob, path) pair the first time the log names it. */
  constructor(private readonly onBlob?: (blob: HistoryBlob) => void) {}

  push(chunk: Buffer): void {
    // one decode per chunk, up to its last NUL (a character cut by the chunk's end waits in `carry`);
    // tokens are slices of that string
    const last = chunk.lastIndexOf(0);
    if (last < 0) {
      this.carry.push(chunk);
      return;
    }
    const whole = this.carry.length > 0 ? Buffer.concat([...this.carry, chunk.subarray(0, last)]) : chunk.subarray(0, last);
    this.carry = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    for (const token of whole.toString('utf8').split('\0')) this.token(token);
  }

  end(): void {
    if (this.carry.length > 0) this.token(Buffer.concat(this.carry).toString('utf8'));
    this.carry = [];
    // only the log pass needs these; the scan that follows holds the table for minutes
    this.successor.clear();
  }

  private token(t: string): void {
    if (this.fieldsLeft > 0) {
      this.fields.push(t);
      if (--this.fieldsLeft === 0) this.startCommit();
      return;
    }
    if (this.record) {
      if (this.record.oid !== undefined) this.add(this.record.oid, t, this.record.base);
      this.record = undefined;
      return;
    }
    const s = t.charCodeAt(0) === 10 ? t.slice(1) : t;
    if (s.charCodeAt(0) === 1) {
      this.fields = [s.slice(1)];
      this.fieldsLeft = 4;
    } else if (s.charCodeAt(0) === 58) this.record = parseRecord(s);
  }

  private startCommit(): void {
    // tokens are slices of a whole chunk's text: what is kept is copied, so the chunk can go
    const [rawOid = '', rawAuthor = '', rawEmail = '', rawDate = '', time = '0'] = this.fields;
    this.commits.add(rawOid, rawAuthor, rawEmail, rawDate, Number(time));
  }

  private add(rawOid: string, rawPath: string, rawBase: string | undefined): void {
    const commit = this.commits.count - 1;
    if (commit < 0) return;
    const pathId = this.paths.id(rawPath);
    const path = this.paths.names[pathId] as string;
    let blob = this.blobs.find(rawOid);
    let first = false; // the first time the log names this (blob, path)
    if (blob < 0) {
      blob = this.blobs.add(rawOid, flatCopy);
      this.blobPath.set(blob, pathId);
      this.blobCommit.set(blob, commit);
      this.pairs++;
      first = true;
    } else if (this.blobPath.get(blob) === pathId) {
      if (this.earlier(commit, this.blobCommit.get(blob))) this.blobCommit.set(blob, commit);
    } else {
      let more = this.more.get(blob);
      if (!more) this.more.set(blob, (more = new Map()));
      const known = more.get(pathId);
      if (known === undefined) (this.pairs++, (first = true));
      if (known === undefined || this.earlier(commit, known)) more.set(pathId, commit);
    }
    if (!this.onBlob) return;
    const oid = flatCopy(rawOid);
    const base = rawBase === undefined ? undefined : flatCopy(rawBase);
    const key = `${oid}\0${path}`;
    const baseKey = base === undefined ? undefined : `${base}\0${path}`;
    if (!first) {
      if (baseKey !== undefined && !this.successor.has(baseKey)) this.successor.set(baseKey, key);
      return;
    }
    // Newest first: this version is compared with the newer one that replaced it (already listed),
    // and kept for the older one it replaced (listed later) when that one names it as its successor.
    const newer = this.successor.get(key);
    this.successor.delete(key); // asked for once: the log names each (blob, path) first only once
    const lineage: ListedLineage = { key, uses: 0 };
    if (newer !== undefined) lineage.base = typeof newer === 'string' ? newer : newer.key;
    if (baseKey !== undefined) {
      const sibling = this.successor.get(baseKey);
      if (sibling === undefined) {
        this.successor.set(baseKey, lineage);
        if (!this.lists(base as string, path)) lineage.uses = 1;
      } else if (newer === undefined && typeof sibling !== 'string') {
        // A branch tip (no newer version) made from the same version as a sibling listed before it
        // (another branch's, or the main line's, child of one parent): compared with that sibling,
        // which is kept one use longer, instead of scanned whole. A mirror's thousands of pull-request
        // tips are the case: each differs from its sibling by a few lines.
        lineage.base = sibling.key;
        sibling.uses++;
      }
    }
    this.onBlob({ oid, paths: [path], lineage: [lineage] });
  }

  /** True when the log has named `oid` at `path` already. */
  private lists(oid: string, path: string): boolean {
    const blob = this.blobs.find(oid);
    const pathId = this.paths.find(path);
    return blob >= 0 && pathId !== undefined && (this.blobPath.get(blob) === pathId || this.more.get(blob)?.has(pathId) === true);
  }

  private earlier(a: number, b: number): boolean {
    const ta = this.commits.time(a);
    const tb = this.commits.time(b);
    return ta !== tb ? ta < tb : a > b;
  }

  table(): Introductions {
    const { commits, blobs, blobPath, blobCommit, more, paths } = this;
    const pathNames = paths.names;
    return {
      commitCount: commits.count,
      commit: (index) => commits.get(index),
      blobIds: function* () {
        for (let n = 0; n < blobs.count; n++) yield blobs.hex(n);
      },
      pathsOf: (oid) => {
        const blob = blobs.find(oid);
        if (blob < 0) return [];
        return [pathNames[blobPath.get(blob)] as string, ...[...(more.get(blob)?.keys() ?? [])].map((id) => pathNames[id] as string)];
      },
      commitOf: (oid, path) => {
        const blob = blobs.find(oid);
        const pathId = paths.find(path);
        if (blob < 0 || pathId === undefined) return undefined;
        return blobPath.get(blob) === pathId ? blobCommit.get(blob) : more.get(blob)?.get(pathId);
      },
      earlier: (a, b) => this.earlier(a, b),
      blobCount: blobs.count,
      pairCount: this.pairs,
    };
  }
}

/** A lineage as listed: `uses` grows while the blob waits in the queue (see Lineage). */
interface ListedLineage {
  readonly key: string;
  base?: string;
  uses: number;
}

interface RawRecord {
  /** The blob the record leaves at its path, or undefined (deleted, a symlink, a submodule). */
  readonly oid: string | undefined;
  /** The regular-file blob the (first) parent had at the path, if any. */
  readonly base: string | undefined;
}

/**
 * `:<mode> <mode> <oid> <oid> <status>`, or for a merge's combined diff with n parents, n colons,
 * n+1 modes and n+1 ids; the last mode and id are the result's, the first the first parent's.
 */
function parseRecord(record: string): RawRecord {
  let parents = 0;
  while (record.charCodeAt(parents) === 58) parents++;
  const parts = record.slice(parents).split(' ');
  const blob = (mode: string | undefined, oid: string | undefined): string | undefined =>
    oid === undefined || !isRegularFileMode(mode) || /^0+$/.test(oid) ? undefined : oid;
  const oid = blob(parts[parents], parts[2 * parents + 1]);
  return { oid, base: oid === undefined ? undefined : blob(parts[0], parts[parents + 1]) };
}
