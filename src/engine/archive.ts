// Archives opened in memory, so that a credential committed inside one is found: zip and the formats
// built on it (jar, war, ear, apk, nupkg, whl, docx, xlsx, odt...), tar, and gzip (.gz, .tgz). An
// archive is recognised by its first bytes, not its name, and read with node:zlib only (loaded the
// first time an archive is met). Everything here is hostile input: a member's declared sizes are
// not trusted (inflation stops at a byte limit), nesting is bounded, and the bytes an archive may
// expand to are bounded by its own size (a decompression bomb costs its budget, then stops).
import { createRequire } from 'node:module';
import type { ZlibOptions } from 'node:zlib';
import { utf16Form } from './text.js';

/** Archive layers opened by default: a .tar.gz is one (its tar is read in place), a jar inside it two. */
export const DEFAULT_ARCHIVE_DEPTH = 4;
/** A member larger than this (inflated) is not scanned; its name still is (a key file's name). */
export const MAX_MEMBER_BYTES = 10 * 1024 * 1024;
/** Members of one outermost archive, all layers together. */
export const MAX_MEMBERS = 10_000;
/** The bytes one outermost archive may expand to: its own size times this, plus the allowance. */
const EXPANSION_RATIO = 100;
const EXPANSION_ALLOWANCE = 32 * 1024;
const MAX_EXPANDED_BYTES = 64 * 1024 * 1024;

let maxDepth = DEFAULT_ARCHIVE_DEPTH;

/** Archive layers to open (--max-archive-depth); 0 scans an archive as the binary file it is. */
export function setArchiveDepth(depth: number): void {
  maxDepth = depth;
}

export function archiveDepth(): number {
  return maxDepth;
}

export type ArchiveKind = 'zip' | 'tar' | 'gzip';

/** The archive format `bytes` start with, if any. */
export function archiveKind(bytes: Buffer): ArchiveKind | undefined {
  if (bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6)) return 'zip';
  }
  if (bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8) return 'gzip';
  if (bytes.length >= 512 && bytes.toString('latin1', 257, 262) === 'ustar') return 'tar';
  return undefined;
}

/** What one outermost archive may still cost, shared by every layer inside it. */
export class ArchiveBudget {
  bytes: number;
  readonly limit: number;
  members = MAX_MEMBERS;
  /** Why the archive was not read to its end, if it was not. */
  stopped: string | undefined;

  constructor(archiveBytes: number) {
    this.bytes = this.limit = Math.min(MAX_EXPANDED_BYTES, EXPANSION_ALLOWANCE + EXPANSION_RATIO * archiveBytes);
  }

  /** Takes `n` bytes of the budget; false (and stopped) when they are not there. */
  spend(n: number): boolean {
    if (n > this.bytes) {
      this.stop(`its members expand past the ${mib(this.limit)} allowed for its size (a decompression bomb?): the rest is not scanned`);
      return false;
    }
    this.bytes -= n;
    return true;
  }

  /** Counts one member; false (and stopped) past MAX_MEMBERS. */
  count(): boolean {
    if (--this.members >= 0) return true;
    this.stop(`more than ${MAX_MEMBERS} members: the rest is not scanned`);
    return false;
  }

  stop(why: string): void {
    this.stopped ??= why;
  }
}

/** A file inside an archive: its bytes, or (too large, or stored in a way not read) its name only. */
export interface Member {
  /** Its path inside the archive, '/'-separated, without a leading '/'. */
  readonly name: string;
  readonly bytes?: Buffer;
}

/** The members of an archive of `kind`, in archive order, within `budget`. Malformed parts end the listing. */
export function archiveMembers(kind: ArchiveKind, bytes: Buffer, budget: ArchiveBudget, name: string): Iterable<Member> {
  if (kind === 'zip') return zipMembers(bytes, budget);
  if (kind === 'tar') return tarMembers(bytes, budget);
  return gzipMember(bytes, budget, name);
}

type Zlib = typeof import('node:zlib');
let zlib: Zlib | undefined;
const loadZlib = (): Zlib => (zlib ??= createRequire(import.meta.url)('node:zlib') as Zlib);

/** Longest member name kept whole; a longer one (a hostile archive's) keeps its start and its file name. */
const MAX_NAME = 1024;

/** Member names as a report can show them: '/' separators, no leading '/' or './', no control characters, bounded length. */
export function memberName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/\\/g, '/').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').replace(/^(?:\.?\/)+/, '');
  if (clean.length > MAX_NAME) {
    const base = clean.slice(clean.lastIndexOf('/') + 1).slice(-256);
    return `${clean.slice(0, MAX_NAME - base.length - 2)}…/${base}`;
  }
  return clean === '' ? '?' : clean;
}

// --- zip (PKWARE APPNOTE: end of central directory, central directory, local headers) ---

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

function* zipMembers(bytes: Buffer, budget: ArchiveBudget): Generator<Member> {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return;
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if ((count === 0xffff || offset === U32_MAX) && end >= 20 && bytes.readUInt32LE(end - 20) === EOCD64_LOCATOR) {
    const at = Number(bytes.readBigUInt64LE(end - 12));
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== EOCD64) return;
    count = Number(bytes.readBigUInt64LE(at + 32));
    offset = Number(bytes.readBigUInt64LE(at + 48));
  }
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) return;
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    let packed = bytes.readUInt32LE(p + 20);
    let size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const mode = bytes.readUInt32LE(p + 38) >>> 16;
    let local = bytes.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) return;
    const raw = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, nameEnd);
    if (size === U32_MAX || packed === U32_MAX || local === U32_MAX) {
      // the zip64 extended information field holds the 64-bit values, in this order, of those that overflowed
      const wide = zip64Field(bytes, nameEnd, nameEnd + extraLength);
      let k = 0;
      const next = (): number => (wide && k + 8 <= wide.length ? Number(wide.readBigUInt64LE((k += 8) - 8)) : Number.MAX_SAFE_INTEGER);
      if (size === U32_MAX) size = next();
      if (packed === U32_MAX) packed = next();
      if (local === U32_MAX) local = next();
    }
    p = nameEnd + extraLength + commentLength;
    if (raw.endsWith('/') || (mode & 0o170000) === 0o040000 || (mode & 0o170000) === 0o120000) continue; // folder, symbolic link
    if (!budget.count()) return;
    const name = memberName(raw);
    // encrypted, or compressed by a method node:zlib does not read (bzip2, LZMA, zstd...): the name only
    if (flags & 1 || (method !== 0 && method !== 8)) {
      yield { name };
      continue;
    }
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) continue;
    const from = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (from + packed > bytes.length) continue;
    const data = bytes.subarray(from, from + packed);
    const out = method === 0 ? stored(data, size, budget) : inflated('raw', data, budget);
    if (out === 'stop') return;
    yield out ? { name, bytes: out } : { name };
  }
}

/** Where the end-of-central-directory record starts (it ends the file, before a comment of up to 64 KiB), or -1. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes.readUInt32LE(at) === EOCD && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  return -1;
}

/** The data of the zip64 extended information field (header id 1) in a central entry's extra field. */
function zip64Field(bytes: Buffer, from: number, to: number): Buffer | undefined {
  for (let q = from; q + 4 <= to; ) {
    const id = bytes.readUInt16LE(q);
    const length = bytes.readUInt16LE(q + 2);
    if (q + 4 + length > to) return undefined;
    if (id === 1) return bytes.subarray(q + 4, q + 4 + length);
    q += 4 + length;
  }
  return undefined;
}

/** A stored (uncompressed) member: its bytes as they are, if within the limits; undefined if too large, 'stop' when the budget is spent. */
function stored(data: Buffer, size: number, budget: ArchiveBudget): Buffer | undefined | 'stop' {
  if (size !== data.length || data.length > MAX_MEMBER_BYTES) return undefined;
  return budget.spend(data.length) ? data : 'stop';
}

/**
 * Inflates with node:zlib, never past the member limit or what is left of the budget (a declared
 * size is not trusted): the bytes, undefined when the member is too large, corrupt or binary (it is
 * then known by its name only), 'stop' when the budget runs out.
 */
function inflated(format: 'raw' | 'gzip', data: Buffer, budget: ArchiveBudget): Buffer | undefined | 'stop' {
  const limit = Math.min(MAX_MEMBER_BYTES, budget.bytes);
  if (limit <= 0) return budget.spend(1) ? undefined : 'stop';
  const z = loadZlib();
  const inflate = (input: Buffer, options: ZlibOptions): Buffer => (format === 'raw' ? z.inflateRawSync(input, options) : z.gunzipSync(input, options));
  // a large member is first inflated from its start: binary content (images, class files, a database
  // file) is known by its name only, without inflating the rest
  if (data.length > SNIFF_INPUT && sniffsBinary(inflate, data.subarray(0, SNIFF_INPUT), z)) return undefined;
  let out: Buffer;
  try {
    out = inflate(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') return undefined; // corrupt
    if (limit < MAX_MEMBER_BYTES) return budget.spend(limit + 1) ? undefined : 'stop';
    budget.spend(limit); // the work of inflating it is spent
    return undefined;
  }
  return budget.spend(out.length) ? out : 'stop';
}

/** Compressed bytes inflated first to judge a large member (deflate expands at most ~1032:1: ≤ 16 MiB). */
const SNIFF_INPUT = 16 * 1024;

/** Whether the start of a member inflates to binary bytes that are no archive and no UTF-16 text (isBinary's 8 KiB rule). */
function sniffsBinary(inflate: (input: Buffer, options: ZlibOptions) => Buffer, head: Buffer, z: Zlib): boolean {
  let start: Buffer;
  try {
    start = inflate(head, { finishFlush: z.constants.Z_SYNC_FLUSH, maxOutputLength: 16 * 1024 * 1024 });
  } catch {
    return false; // judged on the whole member
  }
  const sniffed = start.subarray(0, 8192);
  if (start.length < 8192 || sniffed.indexOf(0) < 0 || archiveKind(start) !== undefined) return false;
  return utf16Form(sniffed) === undefined;
}

// --- tar (POSIX ustar, with GNU long names and pax path records) ---

function* tarMembers(bytes: Buffer, budget: ArchiveBudget): Generator<Member> {
  let longName: string | undefined;
  for (let p = 0; p + 512 <= bytes.length; ) {
    if (bytes[p] === 0) return; // the end-of-archive blocks
    const header = p;
    const size = tarSize(bytes, header + 124);
    const type = bytes[header + 156];
    const from = header + 512;
    if (size < 0 || from + size > bytes.length) return;
    p = from + Math.ceil(size / 512) * 512;
    const data = bytes.subarray(from, from + size);
    if (type === 0x4c /* L: GNU long name of the next member */) {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (type === 0x78 /* x: pax records of the next member */) {
      longName = paxPath(data) ?? longName;
      continue;
    }
    const name = longName ?? ustarName(bytes, header);
    longName = undefined;
    if (type !== 0x30 && type !== 0 && type !== 0x37) continue; // not a regular file ('0', NUL, '7')
    if (!budget.count()) return;
    if (size > MAX_MEMBER_BYTES) {
      yield { name: memberName(name) };
      continue;
    }
    if (!budget.spend(size)) return;
    yield { name: memberName(name), bytes: data };
  }
}

function ustarName(bytes: Buffer, header: number): string {
  const name = cString(bytes, header, 100);
  const prefix = bytes.toString('latin1', header + 257, header + 262) === 'ustar' ? cString(bytes, header + 345, 155) : '';
  return prefix ? `${prefix}/${name}` : name;
}

/** A tar size field: octal digits, or (GNU) base-256 when the first byte's high bit is set; -1 if unreadable. */
function tarSize(bytes: Buffer, at: number): number {
  if ((bytes[at] as number) & 0x80) {
    let n = 0;
    for (let i = at + 1; i < at + 12; i++) n = n * 256 + (bytes[i] as number);
    return n <= Number.MAX_SAFE_INTEGER ? n : -1;
  }
  const text = cString(bytes, at, 12).trim();
  return /^[0-7]{1,12}$/.test(text) ? parseInt(text, 8) : text === '' ? 0 : -1;
}

function cString(bytes: Buffer, at: number, length: number): string {
  const nul = bytes.indexOf(0, at);
  return bytes.toString('utf8', at, nul >= 0 && nul < at + length ? nul : at + length);
}

/** The `path` record of a pax extended header ("<length> path=<value>\n" records). */
function paxPath(data: Buffer): string | undefined {
  const text = data.toString('utf8');
  let found: string | undefined;
  for (let i = 0; i < text.length; ) {
    const space = text.indexOf(' ', i);
    const length = parseInt(text.slice(i, space), 10);
    if (space < 0 || !(length > 0)) break;
    const record = text.slice(space + 1, i + length - 1);
    if (record.startsWith('path=')) found = record.slice(5);
    i += length;
  }
  return found;
}

// --- gzip (RFC 1952): one member, named by its header or by the archive's own name, or a tar's members ---

function* gzipMember(bytes: Buffer, budget: ArchiveBudget, outer: string): Generator<Member> {
  if (!budget.count()) return;
  const name = memberName(gzipName(bytes) ?? gunzippedName(outer));
  const out = inflated('gzip', bytes, budget);
  if (out === 'stop') return;
  // a .tar.gz is one archive to its users: its files are named as the tar's, one layer down
  if (out && archiveKind(out) === 'tar') yield* tarMembers(out, budget);
  else yield out ? { name, bytes: out } : { name };
}

/** The original file name a gzip header carries (FNAME), if any. */
function gzipName(bytes: Buffer): string | undefined {
  const flags = bytes[3] as number;
  if (!(flags & 0x08)) return undefined;
  let at = 10;
  if (flags & 0x04) at += 2 + bytes.readUInt16LE(10); // FEXTRA
  const nul = bytes.indexOf(0, at);
  if (nul < 0 || nul - at > 1024) return undefined;
  const name = bytes.toString('latin1', at, nul);
  return name.slice(name.lastIndexOf('/') + 1) || undefined;
}

/** `dump.sql.gz` → `dump.sql`, `site.tgz` → `site.tar`, anything else → its base name. */
function gunzippedName(outer: string): string {
  const base = outer.slice(outer.lastIndexOf('/') + 1);
  if (/\.t(?:ar\.)?gz$/i.test(base)) return base.replace(/\.t(?:ar\.)?gz$/i, '.tar');
  return base.replace(/\.gz$/i, '') || base;
}

function mib(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MiB` : `${Math.round(n / 1024)} KiB`;
}
