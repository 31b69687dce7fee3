import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { DOLLAR, base64Bytes, canonicalDollars, isAssignedToStandIn, isDocumentationSalt, isMadeUp } from './encoding.js';

// PBKDF2 password hashes in the string formats frameworks and brokers store:
// - Django: pbkdf2_sha256$<iterations>$<salt>$<base64 of 32 bytes, padded> (pbkdf2_sha1: 20 bytes);
// - passlib: $pbkdf2[-sha256|-sha512]$<iterations>$<salt>$<digest>, in its base64 with `.` for `+`, unpadded;
// - Werkzeug (Flask): pbkdf2:sha256[:<iterations>]$<salt>$<hex digest>;
// - Mosquitto's password file: $7$<iterations>$<base64 of a 12-byte salt>$<base64 of the SHA-512 digest>.
// The digest length must match the hash function, and the salt must not be a person's word.
const DJANGO = /^pbkdf2_(sha256|sha1)\$([1-9]\d{2,7})\$([A-Za-z0-9./+_-]{1,64})\$([A-Za-z0-9+/]{27,43}=)$/;
const PASSLIB = /^\$pbkdf2(|-sha256|-sha512)\$([1-9]\d{2,7})\$([./A-Za-z0-9]{0,86})\$([./A-Za-z0-9]{27,86})$/;
const WERKZEUG = /^pbkdf2:(sha1|sha256|sha512)(?::\d{3,8})?\$([A-Za-z0-9]{1,64})\$([0-9a-f]{40,128})$/;
const MOSQUITTO = /^\$7\$([1-9]\d{0,6})\$([A-Za-z0-9+/]{16})\$([A-Za-z0-9+/]{86}==)$/;
const DIGEST_BYTES: Readonly<Record<string, number>> = { sha1: 20, '': 20, sha256: 32, '-sha256': 32, sha512: 64, '-sha512': 64 };

function kind(secret: string): string | undefined {
  const hash = canonicalDollars(secret) ?? '';
  const django = DJANGO.exec(hash);
  if (django) {
    const [, fn, , salt, digest] = django as unknown as [string, string, string, string, string];
    return base64Bytes(digest, DIGEST_BYTES[fn]) && !isDocumentationSalt(salt) && !isMadeUp(salt, digest) ? `Django PBKDF2-${fn.toUpperCase()}` : undefined;
  }
  const passlib = PASSLIB.exec(hash);
  if (passlib) {
    const [, fn, , salt, digest] = passlib as unknown as [string, string, string, string, string];
    const saltBytes = base64Bytes(salt, undefined, true);
    if (!saltBytes || saltBytes.length < 4 || isDocumentationSalt(saltBytes) || isMadeUp(salt, digest)) return undefined;
    return base64Bytes(digest, DIGEST_BYTES[fn], true) ? `passlib PBKDF2${fn.toUpperCase() || '-SHA1'}` : undefined;
  }
  const werkzeug = WERKZEUG.exec(hash);
  if (werkzeug) {
    const [, fn, salt, digest] = werkzeug as unknown as [string, string, string, string];
    return digest.length === 2 * (DIGEST_BYTES[fn] ?? 0) && !isDocumentationSalt(salt) && !isMadeUp(salt, digest) ? `Werkzeug PBKDF2-${fn.toUpperCase()}` : undefined;
  }
  const mosquitto = MOSQUITTO.exec(hash);
  if (mosquitto) {
    const [, , salt, digest] = mosquitto as unknown as [string, string, string, string];
    return base64Bytes(salt, 12) && base64Bytes(digest, 64) && !isMadeUp(salt, digest) ? 'Mosquitto PBKDF2-SHA512' : undefined;
  }
  return undefined;
}

const D = DOLLAR;
const SHAPES = [
  String.raw`pbkdf2_sha(?:256|1)${D}\d{3,8}${D}[A-Za-z0-9./+_-]{1,64}${D}[A-Za-z0-9+/]{27,43}=`,
  String.raw`${D}pbkdf2(?:-sha256|-sha512)?${D}\d{3,8}${D}[./A-Za-z0-9]{0,86}${D}[./A-Za-z0-9]{27,86}`,
  String.raw`pbkdf2:sha(?:1|256|512)(?::\d{3,8})?${D}[A-Za-z0-9]{1,64}${D}[0-9a-f]{40,128}`,
  String.raw`${D}7${D}\d{1,7}${D}[A-Za-z0-9+/]{16}${D}[A-Za-z0-9+/]{86}==`,
].join('|');

export const passwordHashPbkdf2: Detector = patternDetector({
  id: 'password-hash-pbkdf2',
  title: 'PBKDF2 password hash (Django, passlib, Werkzeug, Mosquitto)',
  severity: 'medium',
  keywords: ['pbkdf2_sha', '$pbkdf2', 'pbkdf2:sha', '$7$'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9./\\_-])(?<secret>${SHAPES})(?![A-Za-z0-9./+=$])`),
  keywordSpan: { before: 2, after: 300 },
  allowPlaceholders: true, // `1000000` iterations is a run; kind() checks the salt and digest instead
  validate: (secret, m, text) => kind(secret) !== undefined && !isAssignedToStandIn(text, m.index),
  detail: (m) => `${kind(m.groups?.secret ?? '') ?? 'PBKDF2'} hash`,
  remediation:
    'A PBKDF2 hash still gives away weak or reused passwords to offline cracking: change the password of the ' +
    'account, remove the hash from fixtures and dumps, and create users in tests with a throw-away password hashed at ' +
    'run time (Django: make_password, Flask: generate_password_hash).',
  examples: {
    positive: [
      { text: '  fields:\n    username: admin\n    password: pbkdf2_sha256$720000$8A13BjHHdExJFkbsxJ63jg$Ay4nLIIzFoObFUhuTlu7P8sMFjUgV4tkKY3nUrTDmNg=', path: 'app/fixtures/admin.yaml' },
      { text: '{"model": "auth.user", "pk": 1, "fields": {"password": "pbkdf2_sha1$260000$rY6zNSaVmPWbFiuMHipUng$AUGQveP8viGSyfWSPF3YC5Iq64Q="}}', path: 'fixtures/users.json' },
      { text: 'hashed = "$pbkdf2-sha256$29000$RbIjNcXjnbj.bQcb2zgM8Q$.q3rd6AcVdXPDotA1RORTAU0e/oBSm23Ftl3QDeLdf8"', path: 'tests/conftest.py' },
      { text: 'sensor-01:$7$101$lWELkmqWDBlHtGqv$IQA8cJ8ObkXx+x6FxdTmSD/0c13p51UDkHUVIbchF+Dgs8RoH0qgNWMUxOlw1a4hcNPIk1nyP+UoKXz100i5pg==', path: 'mosquitto/config/passwd' },
      { text: "INSERT INTO user (name, password_hash) VALUES ('admin', 'pbkdf2:sha256:600000$rQ4qypherYm579oe$44fd4021016fd561f110ffe0d0da1814b664eee085740095c54d95931a7e8592');", path: 'seed.sql' },
    ],
    negative: [
      { text: "      # client_secret: '$pbkdf2-sha256$29000$RbIjNcXjnbj.bQcb2zgM8Q$.q3rd6AcVdXPDotA1RORTAU0e/oBSm23Ftl3QDeLdf8'  # The digest of 'demo_client_secret'.", path: 'config/configuration.yml', why: 'the comment gives what the digest is of' },
      { text: "PASSWORD_HASHERS = ['django.contrib.auth.hashers.PBKDF2PasswordHasher']", why: 'settings, no hash' },
      { text: 'password: pbkdf2_sha256$720000$salt$hash', why: 'documentation shape' },
      { text: 'password: pbkdf2_sha256$720000$8A13BjHHdExJFkbsxJ63jg$AUGQveP8viGSyfWSPF3YC5Iq64Q=', why: 'SHA-1 length under a SHA-256 name' },
      { text: "'pbkdf2:sha256:600000$rQ4qypherYm579oe$44fd4021016fd561f110ffe0d0da1814b664eee085740095c54d95931a7e85'", why: 'hex digest one byte short' },
      { text: 'sensor-01:$7$101$lWELkmqWDBlHtGqv$IQA8cJ8ObkXx+x6FxdTmSD/0c13p51UDkHUVIbchF+Dgs8RoH0qgNWMUxOlw1a4hcNPIk1nyP+UoKXz100i5pg=', why: 'Mosquitto digest with one padding character' },
      { text: 'return "pbkdf2_%s$%d$%s$%s" % (algorithm, iterations, salt, hash)', why: 'a format string' },
    ],
  },
});
