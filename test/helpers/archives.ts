// Archives written at test time, byte by byte from the formats' specifications (PKWARE's APPNOTE for
// zip, POSIX ustar for tar; gzip by node:zlib), so that tests can also write the malformed and
// hostile ones no archiver makes: declared sizes that lie, members that overlap, bombs.
import { deflateRawSync, gzipSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer | string;
  /** 0 stored, 8 deflated (the default); any other number is written as that method with the data stored. */
  readonly method?: number;
  /** General-purpose flags (bit 0: encrypted). */
  readonly flags?: number;
  /** The uncompressed size the headers declare, when it should differ from the truth. */
  readonly declaredSize?: number;
  /** Unix mode bits for the external attributes (0o120777: a symbolic link). */
  readonly mode?: number;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `entries`, with local headers, a central directory and its end record. */
export function zipOf(entries: readonly ZipEntry[], options: { comment?: string; prefix?: Buffer } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = options.prefix?.length ?? 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data);
    const method = e.method ?? 8;
    const packed = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE((e.flags ?? 0) | 0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE((e.flags ?? 0) | 0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([options.prefix ?? Buffer.alloc(0), ...locals, directory, end, comment]);
}

/**
 * A zip whose `count` central entries all point at one deflated member (a zip bomb by overlap: each
 * entry inflates the same bytes again).
 */
export function overlappingZip(data: Buffer, count: number): Buffer {
  const one = zipOf([{ name: 'a', data }]);
  const localLength = one.readUInt32LE(one.length - 22 + 16); // the central directory's offset
  const central = one.subarray(localLength, one.length - 22);
  const centrals = Array.from({ length: count }, () => central);
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(localLength, 16);
  return Buffer.concat([one.subarray(0, localLength), directory, end]);
}

export interface TarEntry {
  readonly name: string;
  readonly data: Buffer | string;
  /** The type flag ('0' a file, '5' a folder, '2' a symbolic link, 'L' a GNU long name...). */
  readonly type?: string;
}

/** A POSIX ustar archive; names over 100 bytes get a GNU long-name entry before them. */
export function tarOf(entries: readonly TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  const push = (name: string, data: Buffer, type: string): void => {
    const header = Buffer.alloc(512);
    header.write(name.slice(0, 100), 0, 'utf8');
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
    header.write('00000000000\0', 136);
    header.write('        ', 148);
    header.write(type, 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  };
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data);
    if (Buffer.byteLength(e.name) > 100) push('././@LongLink', Buffer.from(`${e.name}\0`), 'L');
    push(e.name, data, e.type ?? '0');
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const gzipOf = (data: Buffer | string): Buffer => gzipSync(Buffer.isBuffer(data) ? data : Buffer.from(data));
