import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { armourLines, decodeArmouredBase64 } from '../shared/key-structure.js';

// ASCII-armoured OpenPGP secret keys: armour headers (`Version: ...`), base64 packets, an optional
// `=XXXX` CRC-24 line. A block counts when its first packet is a Secret-Key packet (tag 5) and, when the
// checksum line is present, the CRC-24 of the packets matches it. Linear time as in private-key.ts.
const HEADER = /-----BEGIN PGP PRIVATE KEY BLOCK-----/g;
const FOOTER = '-----END PGP PRIVATE KEY BLOCK-----';
const MAX_BODY = 256 * 1024;

function crc24(bytes: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** The packet at `offset`: its tag, where its body and the next packet start; undefined when the header is malformed. */
function packetAt(bytes: Buffer, offset: number): { tag: number; body: number; next: number } | undefined {
  const first = bytes[offset];
  if (first === undefined || (first & 0x80) === 0) return undefined;
  if (first & 0x40) {
    // new format: tag in the low 6 bits, then a 1-, 2- or 5-octet length (partial lengths are not used by keys)
    const b1 = bytes[offset + 1];
    if (b1 === undefined) return undefined;
    const tag = first & 0x3f;
    if (b1 < 192) return { tag, body: offset + 2, next: offset + 2 + b1 };
    if (b1 < 224) return { tag, body: offset + 3, next: offset + 3 + ((b1 - 192) << 8) + (bytes[offset + 2] ?? 0) + 192 };
    if (b1 === 255 && offset + 6 <= bytes.length) return { tag, body: offset + 6, next: offset + 6 + bytes.readUInt32BE(offset + 2) };
    return undefined;
  }
  // old format: tag in bits 2-5, length size in bits 0-1 (3, indeterminate, is not used by keys)
  const size = [1, 2, 4][first & 3];
  if (size === undefined || offset + 1 + size > bytes.length) return undefined;
  return { tag: (first >> 2) & 0x0f, body: offset + 1 + size, next: offset + 1 + size + bytes.readUIntBE(offset + 1, size) };
}

/** True when the bytes are whole OpenPGP packets, end to end, the first a Secret-Key packet (tag 5) of a known version. */
function isSecretKeyMaterial(bytes: Buffer): boolean {
  const first = packetAt(bytes, 0);
  if (!first || first.tag !== 5 || ![3, 4, 5, 6].includes(bytes[first.body] as number)) return false;
  let offset = 0;
  for (let packets = 0; offset < bytes.length && packets < 10_000; packets++) {
    const packet = packetAt(bytes, offset);
    if (!packet || packet.tag === 0 || packet.next <= offset) return false;
    offset = packet.next;
  }
  return offset === bytes.length;
}

function isArmouredSecretKey(rawBody: string): boolean {
  const lines = armourLines(rawBody).filter((l) => !/^[A-Za-z][\w-]*:\s/.test(l));
  const checksum = lines.length > 0 && /^=[A-Za-z0-9+/]{4}$/.test(lines[lines.length - 1] as string) ? lines.pop() : undefined;
  const bytes = decodeArmouredBase64(lines.join(''));
  if (!bytes || !isSecretKeyMaterial(bytes)) return false;
  return checksum === undefined || Buffer.from(checksum.slice(1), 'base64').readUIntBE(0, 3) === crc24(bytes);
}

function detectPgpKeys({ text }: DetectorInput): Match[] {
  const found: Match[] = [];
  for (const m of text.matchAll(HEADER)) {
    const bodyStart = m.index + m[0].length;
    const next = text.indexOf('-----', bodyStart);
    if (next < 0) break;
    if (next - bodyStart > MAX_BODY || !text.startsWith(FOOTER, next)) continue;
    if (!isArmouredSecretKey(text.slice(bodyStart, next))) continue;
    const end = next + FOOTER.length;
    found.push({ start: m.index, end, secret: text.slice(m.index, end), detail: 'OpenPGP secret key' });
  }
  return found;
}

const block = (...lines: string[]): string => ['-----BEGIN PGP PRIVATE KEY BLOCK-----', ...lines, FOOTER].join('\n');
const PACKETS = ['xVgEYh5KEBYJKwYBBAHaRw8BAQdABPFApkpSt8Gc+Y3OjGRJ5hmLcKuHMKtHTBnj', 'ZhmScjMAAQCQD2Tpa+dXWJsBXo3LtaD0oCoWITfZJyEQ1r8FXgM5zQ3z'];

export const pgpPrivateKey: Detector = {
  id: 'pgp-private-key',
  title: 'PGP private key block',
  secrets: 'generated',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['pgp private key block'],
  remediation:
    'Revoke the key (publish its revocation certificate), generate a new one, and keep secret keys in a ' +
    'hardware token or a secret manager; CI signing keys belong in the CI secret store.',
  detect: detectPgpKeys,
  examples: {
    positive: [
      { text: block('', ...PACKETS, '=lzra'), path: 'release/signing.asc' },
      { text: block('Comment: release signing key', '', ...PACKETS), path: 'ci/gpg.txt', why: 'armour header, no checksum line' },
    ],
    negative: [
      { text: block('', ...PACKETS, '=lzrb'), why: 'checksum does not match' },
      { text: block('', '...'), why: 'elided' },
      { text: block('', PACKETS[0] as string), why: 'truncated' },
      { text: ['-----BEGIN PGP PUBLIC KEY BLOCK-----', '', ...PACKETS, '-----END PGP PUBLIC KEY BLOCK-----'].join('\n'), why: 'public block' },
    ],
  },
};
