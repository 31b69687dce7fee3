// Which commits hold each secret in their tree: one `git log --all --raw --diff-merges=first-parent`
// pass, parents before children. A commit's tree at a path is its first parent's unless the commit's
// diff against that parent changes the path, so following only the paths where a secret was ever
// found gives, exactly, every commit (on any ref) whose tree holds each secret, without reading a blob.
import { SourceError } from '../errors.js';
import { isRegularFileMode, spawnGit } from '../git.js';

/** Per secret key: how many commits hold it, and the newest of them (by author date). */
export interface Presence {
  readonly commits: number;
  readonly lastCommit: string;
  readonly lastTime: number;
}

const FORMAT = '--format=%x01%H%x00%P%x00%at';

/**
 * `pairs` maps `${blob}\0${path}` (where a finding was made) to the keys of the secrets found there.
 * Returns, per key, the commits holding it. Revisions default to every ref.
 */
export async function secretPresence(repo: string, pairs: ReadonlyMap<string, readonly string[]>, revisions: readonly string[] = ['--all']): Promise<Map<string, Presence>> {
  const walker = new PresenceWalker(pairs);
  if (pairs.size === 0) return walker.result();
  const args = ['log', ...revisions, '--raw', '--no-abbrev', '--no-renames', '--diff-merges=first-parent', '--root', '--topo-order', '--reverse', '-z', '--no-color', FORMAT];
  const child = spawnGit(repo, args);
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => void (stderr += b.toString('utf8')));
  const closed = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  child.on('error', () => undefined);
  let carry = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const parts = (carry + chunk.toString('latin1')).split('\0');
    carry = parts.pop() ?? '';
    for (const part of parts) walker.token(Buffer.from(part, 'latin1').toString('utf8'));
  }
  if (carry.length > 0) walker.token(Buffer.from(carry, 'latin1').toString('utf8'));
  walker.finish();
  const code = await closed;
  if (code !== 0) throw new SourceError(`${repo}: git log failed: ${stderr.trim().split('\n')[0] ?? `exit code ${code}`}`);
  return walker.result();
}

type PathState = ReadonlyMap<string, string>;
const EMPTY: PathState = new Map();

/** Consumes the NUL-separated tokens of the log and keeps, per commit, the blobs at the followed paths. */
class PresenceWalker {
  private readonly paths: ReadonlySet<string>;
  private readonly states = new Map<string, PathState>();
  private readonly found = new Map<string, { commits: number; lastCommit: string; lastTime: number; seen: string }>();
  private header: string[] = [];
  private headerLeft = 0;
  private current: { oid: string; time: number; state: Map<string, string> | undefined; base: PathState } | undefined;
  private recordOid: string | null | undefined;

  constructor(private readonly pairs: ReadonlyMap<string, readonly string[]>) {
    this.paths = new Set([...pairs.keys()].map((k) => k.slice(k.indexOf('\0') + 1)));
  }

  token(raw: string): void {
    if (this.headerLeft > 0) {
      this.header.push(raw);
      if (--this.headerLeft === 0) this.startCommit();
      return;
    }
    if (this.recordOid !== undefined) {
      this.change(raw, this.recordOid);
      this.recordOid = undefined;
      return;
    }
    const t = raw.charCodeAt(0) === 10 ? raw.slice(1) : raw;
    if (t.charCodeAt(0) === 1) {
      this.endCommit();
      this.header = [t.slice(1)];
      this.headerLeft = 2;
    } else if (t.charCodeAt(0) === 58) this.recordOid = resultBlob(t);
  }

  finish(): void {
    this.endCommit();
  }

  result(): Map<string, Presence> {
    const out = new Map<string, Presence>();
    for (const [key, f] of this.found) out.set(key, { commits: f.commits, lastCommit: f.lastCommit, lastTime: f.lastTime });
    return out;
  }

  private startCommit(): void {
    const [oid = '', parents = '', time = '0'] = this.header;
    const first = parents.split(' ')[0] ?? '';
    this.current = { oid, time: Number(time), state: undefined, base: this.states.get(first) ?? EMPTY };
  }

  /** A raw record: the path now holds `oid` (null: deleted, or not a regular file). */
  private change(path: string, oid: string | null): void {
    const c = this.current;
    if (!c || !this.paths.has(path)) return;
    c.state ??= new Map(c.base);
    if (oid === null) c.state.delete(path);
    else c.state.set(path, oid);
  }

  private endCommit(): void {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    const state = c.state ?? c.base;
    this.states.set(c.oid, state);
    for (const [path, oid] of state) {
      for (const key of this.pairs.get(`${oid}\0${path}`) ?? []) this.count(key, c.oid, c.time);
    }
  }

  private count(key: string, commit: string, time: number): void {
    const f = this.found.get(key);
    if (!f) {
      this.found.set(key, { commits: 1, lastCommit: commit, lastTime: time, seen: commit });
      return;
    }
    if (f.seen === commit) return;
    f.seen = commit;
    f.commits++;
    if (time >= f.lastTime) {
      f.lastCommit = commit;
      f.lastTime = time;
    }
  }
}

/** `:<mode> <mode> <oid> <oid> <status>`: the blob the path holds afterwards, or null. */
function resultBlob(record: string): string | null {
  const parts = record.slice(1).split(' ');
  const mode = parts[1];
  const oid = parts[3];
  if (oid === undefined || !isRegularFileMode(mode) || /^0+$/.test(oid)) return null;
  return oid;
}
