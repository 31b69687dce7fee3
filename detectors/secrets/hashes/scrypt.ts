import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { DOLLAR, base64Bytes, canonicalDollars, isAssignedToStandIn, isDocumentationSalt, isMadeUp } from './encoding.js';

// scrypt password hashes in the string formats frameworks store (the crypt `$7$` form is in sha-crypt.ts):
// - Django: scrypt$<N>$<salt>$<r>$<p>$<base64 of 64 bytes, padded>;
// - Werkzeug (Flask's default since 2.3): scrypt:<N>:<r>:<p>$<salt>$<128 hex characters>;
// - passlib: $scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<digest>, unpadded base64.
const DJANGO = /^scrypt\$(\d{2,8})\$([A-Za-z0-9./+_-]{1,64})\$\d{1,3}\$\d{1,3}\$([A-Za-z0-9+/]{86}==)$/;
const WERKZEUG = /^scrypt:(\d{2,8}):\d{1,3}:\d{1,3}\$([A-Za-z0-9]{1,64})\$([0-9a-f]{128})$/;
const PASSLIB = /^\$scrypt\$ln=\d{1,2},r=\d{1,3},p=\d{1,3}\$([A-Za-z0-9+/.]{11,86})\$([A-Za-z0-9+/.]{22,86})$/;

function kind(secret: string): string | undefined {
  const hash = canonicalDollars(secret) ?? '';
  const [django, werkzeug, passlib] = [DJANGO.exec(hash), WERKZEUG.exec(hash), PASSLIB.exec(hash)];
  if (django) {
    const [, , salt, digest] = django as unknown as [string, string, string, string];
    return base64Bytes(digest, 64) && !isDocumentationSalt(salt) && !isMadeUp(salt, digest) ? 'Django scrypt' : undefined;
  }
  if (werkzeug) {
    const [, , salt, digest] = werkzeug as unknown as [string, string, string, string];
    return !isDocumentationSalt(salt) && !isMadeUp(salt, digest) ? 'Werkzeug scrypt' : undefined;
  }
  if (passlib) {
    const [, salt, digest] = passlib as unknown as [string, string, string];
    const dotted = salt.includes('.') || digest.includes('.');
    const saltBytes = base64Bytes(salt, undefined, dotted);
    if (!saltBytes || isDocumentationSalt(saltBytes) || isMadeUp(salt, digest)) return undefined;
    return base64Bytes(digest, undefined, dotted) ? 'passlib scrypt' : undefined;
  }
  return undefined;
}

const D = DOLLAR;
const SHAPES = [
  String.raw`scrypt${D}\d{2,8}${D}[A-Za-z0-9./+_-]{1,64}${D}\d{1,3}${D}\d{1,3}${D}[A-Za-z0-9+/]{86}==`,
  String.raw`scrypt:\d{2,8}:\d{1,3}:\d{1,3}${D}[A-Za-z0-9]{1,64}${D}[0-9a-f]{128}`,
  String.raw`${D}scrypt${D}ln=\d{1,2},r=\d{1,3},p=\d{1,3}${D}[A-Za-z0-9+/.]{11,86}${D}[A-Za-z0-9+/.]{22,86}`,
].join('|');

export const passwordHashScrypt: Detector = patternDetector({
  id: 'password-hash-scrypt',
  title: 'scrypt password hash (Django, Werkzeug, passlib)',
  severity: 'medium',
  keywords: ['scrypt$', 'scrypt:'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9./\\_-])(?<secret>${SHAPES})(?![A-Za-z0-9./+=$])`),
  keywordSpan: { before: 2, after: 300 },
  allowPlaceholders: true,
  validate: (secret, m, text) => kind(secret) !== undefined && !isAssignedToStandIn(text, m.index),
  detail: (m) => `${kind(m.groups?.secret ?? '') ?? 'scrypt'} hash`,
  remediation:
    'An scrypt hash still gives away weak or reused passwords to offline cracking: change the password of the ' +
    'account, remove the hash from fixtures and dumps, and create users in tests with a throw-away password hashed at ' +
    'run time.',
  examples: {
    positive: [
      { text: "ADMIN_PASSWORD_HASH = 'scrypt:32768:8:1$nqrZbkFnd0MW5w6f$7913b0eb260311d3aa9aabed603a81a17fd1095ab3c18a74c134ff9297d9cc8f179c65876849e291a51f1ce4eacc579cee6b6fdd9a7277145002e4fe1e57f803'", path: 'instance/config.py' },
      { text: '"password": "scrypt$16384$1DLuQh92c8e5RcTr1nopQ5$8$1$lJmc3ld5V5eVKbPqfvdmKbkFuOGhNggUhHzDngUIcxDj3JuFWD6dM8SC1vlhByZLJmKg+jyxNtFnB4wrgE225w=="', path: 'fixtures/auth.json' },
      { text: 'hash: $scrypt$ln=16,r=8,p=1$UKjAEUlhQnUvXI6KUVHdUg$iFzbWMQbdXfVDVkbYRPKVBFSEwfOZUO2n+5SAX2I55s', path: 'users.yaml' },
    ],
    negative: [
      { text: "generate_password_hash(password, method='scrypt:32768:8:1')", why: 'parameters, no hash' },
      { text: 'password: scrypt$16384$salt$8$1$hash==', why: 'documentation shape' },
      { text: "'scrypt:32768:8:1$nqrZbkFnd0MW5w6f$7913b0eb260311d3aa9aabed603a81a17fd1095ab3c18a74c134ff9297d9cc8f'", why: 'digest too short' },
    ],
  },
});
