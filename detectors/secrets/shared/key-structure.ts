// Structure checks for private key encodings: the base64 body of a PEM block (as written in files,
// JSON strings or concatenated code strings), DER framing and the openssh-key-v1 magic.
import { decodeBase64 } from '../../kit/checksums.js';

const OPENSSH_MAGIC = 'openssh-key-v1\0';

/** Labels this module understands, with what a valid body of each is called. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  'RSA PRIVATE KEY': 'RSA private key (PKCS#1)',
  'EC PRIVATE KEY': 'EC private key (SEC1)',
  'DSA PRIVATE KEY': 'DSA private key',
  'PRIVATE KEY': 'private key (PKCS#8)',
  'ENCRYPTED PRIVATE KEY': 'passphrase-protected private key (PKCS#8)',
  'OPENSSH PRIVATE KEY': 'OpenSSH private key',
};

/**
 * Where one string literal of a body ends and the next begins: the closing quote, an operator (`+`,
 * PHP's `.`, `&`, a list's `,`) before or after the line break, a backslash that continues the line
 * (a C macro's lines, a shell command's) and the next opening quote. Each part starts with its own
 * character, so no two runs of blanks meet: linear on any run of spaces.
 */
const LITERAL_JOINT = /["'`][ \t]*(?:[+.&,][ \t]*)?(?:\\[ \t]*)?(?:\r?\n[ \t]*){0,4}(?:[+.&,][ \t]*)?["'`]/g;

/**
 * The body lines of an armoured block, whatever it is embedded in: `\n` escapes become line breaks,
 * string concatenation joints (`" +\n "`, `' . '`, `", "`, `"  \` at the end of a macro's line) disappear,
 * lines are trimmed and blank lines dropped.
 */
export function armourLines(raw: string): string[] {
  return raw
    .replace(/\\+[rn]/g, '\n')
    .replace(LITERAL_JOINT, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Decodes standard base64 text of at least `minLength` characters; undefined when it is anything else. */
export function decodeArmouredBase64(base64: string, minLength = 60): Buffer | undefined {
  if (base64.length < minLength || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  return decodeBase64(base64);
}

/** True when the bytes are exactly one DER SEQUENCE whose first element is an INTEGER or a SEQUENCE. */
export function isDerSequence(der: Buffer): boolean {
  if (der.length < 4 || der[0] !== 0x30) return false;
  const first = der[1] as number;
  let header = 2;
  let length = first;
  if (first >= 0x80) {
    const n = first & 0x7f;
    if (n < 1 || n > 4 || der.length < 2 + n) return false;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + (der[2 + i] as number);
    header = 2 + n;
  }
  const inner = der[header];
  return header + length === der.length && (inner === 0x02 || inner === 0x30);
}

/**
 * Describes the body of a `-----BEGIN <label>-----` block when it is a structurally valid private key
 * (DER for RSA/EC/DSA/PKCS#8, the openssh-key-v1 framing for OpenSSH, a legacy `Proc-Type: 4,ENCRYPTED`
 * body of whole cipher blocks); undefined for placeholders, truncated or made-up bodies.
 */
export function describePrivateKey(label: string, rawBody: string): string | undefined {
  const name = KEY_NAMES[label];
  if (name === undefined) return undefined;
  const lines = armourLines(rawBody);
  const encrypted = lines.some((l) => /^Proc-Type:\s*4,\s*ENCRYPTED$/i.test(l));
  const bytes = decodeArmouredBase64(lines.filter((l) => !/^[A-Za-z][\w-]*:\s/.test(l)).join(''));
  if (!bytes) return undefined;
  if (label === 'OPENSSH PRIVATE KEY') {
    if (bytes.toString('latin1', 0, OPENSSH_MAGIC.length) !== OPENSSH_MAGIC) return undefined;
    const cipherLength = bytes.length >= 19 ? bytes.readUInt32BE(15) : 0;
    const cipher = bytes.toString('latin1', 19, 19 + Math.min(cipherLength, 64));
    return cipher === 'none' ? name : `passphrase-protected ${name}`;
  }
  if (encrypted) return bytes.length % 8 === 0 ? `passphrase-protected ${name}` : undefined;
  return isDerSequence(bytes) ? name : undefined;
}
