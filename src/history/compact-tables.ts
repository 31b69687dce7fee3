// The log pass's tables in typed arrays. A history's table lives for the whole scan, and as objects and
// strings it was most of the heap: curl's 292,000 blobs and 87,000 commits took ~54 MB (an object id
// string, a record object and a Map slot per blob; an object, an id and a date string per commit).
// Here an object id is 20 bytes in one array, found through an open-addressing hash table, and a
// commit is its id's bytes, its time and offset, and the indexes of its author's name and e-mail.

const OID_BYTES = 20;

/** Hex digit values by character code; -1 for anything else. */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) HEX[97 + i] = 10 + i;
const DIGITS = '0123456789abcdef';

/** Object ids, each once, numbered in the order they were added. */
export class OidTable {
  private bytes = new Uint8Array(OID_BYTES * 1024);
  private slots = new Int32Array(2048).fill(-1);
  private mask = 2047;
  /** Ids that are not 40 hex digits (a SHA-256 repository's), kept as strings. */
  private readonly others = new Map<string, number>();
  private readonly otherIds = new Map<number, string>();
  count = 0;

  /** The number of `oid`, or -1 when it is not in the table. */
  find(oid: string): number {
    if (!isOid(oid)) return this.others.get(oid) ?? -1;
    for (let slot = hashOf(oid) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] as number;
      if (at < 0 || this.matches(at, oid)) return at;
    }
  }

  /** The number of `oid`, added when new; `own` copies an id kept as a string. */
  add(oid: string, own: (s: string) => string = (s) => s): number {
    if (!isOid(oid)) {
      let n = this.others.get(oid);
      if (n === undefined) {
        n = this.count++;
        const kept = own(oid);
        this.others.set(kept, n);
        this.otherIds.set(n, kept);
        this.grow(n);
      }
      return n;
    }
    let slot = hashOf(oid) & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] as number;
      if (at < 0) break;
      if (this.matches(at, oid)) return at;
    }
    const n = this.count++;
    this.grow(n);
    writeOid(this.bytes, n, oid);
    this.slots[slot] = n;
    if (this.count * 2 > this.slots.length) this.rehash();
    return n;
  }

  /** The object id numbered `n`. */
  hex(n: number): string {
    return this.otherIds.get(n) ?? readOid(this.bytes, n);
  }

  private grow(n: number): void {
    if ((n + 1) * OID_BYTES <= this.bytes.length) return;
    const grown = new Uint8Array(this.bytes.length * 2);
    grown.set(this.bytes);
    this.bytes = grown;
  }

  private matches(n: number, oid: string): boolean {
    const base = n * OID_BYTES;
    for (let i = 0; i < OID_BYTES; i++) if (this.bytes[base + i] !== byteAt(oid, i)) return false;
    return true;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let n = 0; n < this.count; n++) {
      if (this.otherIds.has(n)) continue;
      const b = n * OID_BYTES;
      const h = ((this.bytes[b] as number) << 24) | ((this.bytes[b + 1] as number) << 16) | ((this.bytes[b + 2] as number) << 8) | (this.bytes[b + 3] as number);
      let slot = h & this.mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = n;
    }
  }
}

/** Byte `i` of a hex object id. */
function byteAt(oid: string, i: number): number {
  return ((HEX[oid.charCodeAt(2 * i)] as number) << 4) | (HEX[oid.charCodeAt(2 * i + 1)] as number);
}

function writeOid(bytes: Uint8Array, n: number, oid: string): void {
  for (let i = 0; i < OID_BYTES; i++) bytes[n * OID_BYTES + i] = byteAt(oid, i);
}

function readOid(bytes: Uint8Array, n: number): string {
  let out = '';
  for (let i = n * OID_BYTES, end = i + OID_BYTES; i < end; i++) {
    const b = bytes[i] as number;
    out += (DIGITS[b >> 4] as string) + (DIGITS[b & 15] as string);
  }
  return out;
}

/** 40 lowercase hex digits (SHA-1; a SHA-256 repository's 64-digit ids are not stored this way). */
function isOid(s: string): boolean {
  if (s.length !== 2 * OID_BYTES) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (HEX[c] as number) < 0) return false;
  }
  return true;
}

/** The id's first four bytes: object ids are uniformly random. */
function hashOf(oid: string): number {
  let h = 0;
  for (let i = 0; i < 8; i++) h = (h << 4) | (HEX[oid.charCodeAt(i)] as number);
  return h;
}

/** A growable array of 32-bit integers. */
export class IntColumn {
  private data: Int32Array;
  constructor(initial = 1024) {
    this.data = new Int32Array(initial);
  }
  get(i: number): number {
    return this.data[i] as number;
  }
  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, i + 1));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[i] = value;
  }
}

/** Strings numbered once each (paths, people): `own` copies one the first time it is kept. */
export class Interned {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  constructor(private readonly own: (s: string) => string) {}

  /** The number of `raw`, added when new. */
  id(raw: string): number {
    let id = this.ids.get(raw);
    if (id === undefined) {
      id = this.names.length;
      const kept = this.own(raw);
      this.names.push(kept);
      this.ids.set(kept, id);
    }
    return id;
  }

  /** The number of `name`, or undefined when it was never added. */
  find(name: string): number | undefined {
    return this.ids.get(name);
  }
}

/** One commit of the table, made when asked for. */
export interface CommitInfo {
  readonly oid: string;
  readonly author: string;
  readonly email: string;
  /** Author date, ISO 8601 with the author's offset. */
  readonly date: string;
  /** Author date, seconds since the epoch: what "first" is decided on. */
  readonly time: number;
}

/** Commits in log order: ids, times and offsets in arrays, names and e-mails once each. */
export class CommitTable {
  private ids = new Uint8Array(OID_BYTES * 1024);
  /** Commit ids that are not 40 hex digits (a SHA-256 repository), by commit number. */
  private readonly otherIds = new Map<number, string>();
  private times = new Float64Array(1024);
  private readonly offsets = new IntColumn();
  private readonly authors = new IntColumn();
  private readonly emails = new IntColumn();
  private readonly people: Interned;
  /** Dates the time and offset do not give back as git wrote them (years past 9999…), by commit number. */
  private readonly otherDates = new Map<number, string>();
  count = 0;

  /** `own` copies a string that is kept (the caller's strings are slices of a log chunk). */
  constructor(private readonly own: (s: string) => string) {
    this.people = new Interned(own);
  }

  add(oid: string, author: string, email: string, date: string, time: number): void {
    const own = this.own;
    const n = this.count++;
    if ((n + 1) * OID_BYTES > this.ids.length) {
      const grown = new Uint8Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    if (isOid(oid)) writeOid(this.ids, n, oid);
    else this.otherIds.set(n, own(oid));
    if (n >= this.times.length) {
      const grown = new Float64Array(this.times.length * 2);
      grown.set(this.times);
      this.times = grown;
    }
    this.times[n] = time;
    const offset = offsetOf(date);
    this.offsets.set(n, offset ?? 0);
    if (offset === undefined || isoDate(time, offset) !== date) this.otherDates.set(n, own(date));
    this.authors.set(n, this.people.id(author));
    this.emails.set(n, this.people.id(email));
  }

  time(n: number): number {
    return this.times[n] as number;
  }

  get(n: number): CommitInfo {
    const time = this.time(n);
    return {
      oid: this.otherIds.get(n) ?? readOid(this.ids, n),
      author: this.people.names[this.authors.get(n)] as string,
      email: this.people.names[this.emails.get(n)] as string,
      date: this.otherDates.get(n) ?? isoDate(time, this.offsets.get(n)),
      time,
    };
  }

}

/** The minutes of `±HH:MM` at the end of git's strict ISO date, or undefined. */
function offsetOf(date: string): number | undefined {
  const m = /([+-])(\d\d):(\d\d)$/.exec(date);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** git's `%aI`: the local time of the offset, then the offset (`2017-07-14T04:35:51+02:00`). */
export function isoDate(time: number, offset: number): string {
  const local = new Date((time + offset * 60) * 1000).toISOString().slice(0, 19);
  const a = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
