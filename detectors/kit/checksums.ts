// Structural validators shared by detectors: checksums and encodings that vendors publish.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3) of the string's UTF-8 bytes, as an unsigned 32-bit number. */
export function crc32(value: string): number {
  return crc32Bytes(Buffer.from(value, 'utf8'));
}

/** CRC-32 (IEEE 802.3) of bytes, as an unsigned 32-bit number. */
export function crc32Bytes(bytes: Iterable<number>): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 digits of a non-negative integer, left-padded with '0' to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let n = value;
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/**
 * The checksum scheme of GitHub and npm tokens: the last 6 characters are the base62 CRC-32 of
 * the 30 random characters before them.
 */
export function hasBase62Crc32Suffix(body: string, checksumLength = 6): boolean {
  if (body.length <= checksumLength) return false;
  const random = body.slice(0, -checksumLength);
  return base62(crc32(random), checksumLength) === body.slice(-checksumLength);
}

/** Decodes base64 or base64url; undefined when the input is not valid base64 text. */
export function decodeBase64(value: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) return undefined;
  const normalised = value.replace(/-/g, '+').replace(/_/g, '/');
  const buf = Buffer.from(normalised, 'base64');
  return buf.length > 0 ? buf : undefined;
}

/**
 * `user:password` from the base64 of Basic credentials (Docker's `auth`, fastlane match's
 * `git_basic_authorization`): printable ASCII with a user name before the first colon.
 */
export function decodeUserPassword(encoded: string): { user: string; password: string } | undefined {
  const decoded = decodeBase64(encoded)?.toString('utf8') ?? '';
  const colon = decoded.indexOf(':');
  if (colon <= 0 || !/^[\x20-\x7e]+$/.test(decoded)) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Parses JSON without throwing; undefined when it is not JSON. */
export function parseJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/**
 * The bytes of a Base58 string (Bitcoin's alphabet: WIF keys, Solana and NEAR keys), each leading `1` a zero
 * byte; undefined for a character outside the alphabet or a string over 128 characters.
 */
export function decodeBase58(value: string): Uint8Array | undefined {
  if (value.length > 128) return undefined;
  const out = new Uint8Array(96); // little-endian base-256 digits: 128 Base58 characters need at most 94
  let used = 0;
  for (const ch of value) {
    let carry = BASE58.indexOf(ch);
    if (carry < 0) return undefined;
    for (let i = 0; i < used; i++) {
      carry += (out[i] as number) * 58;
      out[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      out[used++] = carry & 0xff;
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < value.length && value[zeros] === '1') zeros++;
  const bytes = new Uint8Array(zeros + used);
  for (let i = 0; i < used; i++) bytes[zeros + i] = out[used - 1 - i] as number;
  return bytes;
}
