import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { DOLLAR, canonicalDollars, isAssignedToStandIn, isDocumentationSalt, isMadeUp } from './encoding.js';

// Django's legacy password hashers, still read by Django when listed in PASSWORD_HASHERS and found in
// fixtures and database dumps of old projects: one round of a fast hash, so a GPU tries billions of
// passwords a second against them.
// - SHA1PasswordHasher: sha1$<salt>$<40 hex> (UnsaltedSHA1PasswordHasher: sha1$$<40 hex>);
// - MD5PasswordHasher: md5$<salt>$<32 hex> (UnsaltedMD5PasswordHasher also writes md5$$<32 hex>);
// - CryptPasswordHasher: crypt$$<13 characters of DES crypt>.
// The salt is Django's random string (letters and digits); a salt that is a word about salts is documentation.
const SHA1 = /^sha1\$([A-Za-z0-9]{0,64})\$([0-9a-f]{40})$/;
const MD5 = /^md5\$([A-Za-z0-9]{0,64})\$([0-9a-f]{32})$/;
const CRYPT = /^crypt\$\$([./0-9A-Za-z]{13})$/;

function kind(secret: string): string | undefined {
  // `sha1$$…` and `crypt$$…` are Django's own (an empty salt), not an escaped `$`
  const hash = SHA1.test(secret) || MD5.test(secret) || CRYPT.test(secret) ? secret : (canonicalDollars(secret) ?? '');
  const salted = SHA1.exec(hash) ?? MD5.exec(hash);
  if (salted) {
    const [, salt, digest] = salted as unknown as [string, string, string];
    if ((salt !== '' && isDocumentationSalt(salt)) || isMadeUp(salt, digest)) return undefined;
    const fn = hash.startsWith('sha1') ? 'SHA-1' : 'MD5';
    return salt === '' ? `Django unsalted ${fn}` : `Django salted ${fn}`;
  }
  const crypt = CRYPT.exec(hash);
  return crypt && !isMadeUp(crypt[1] as string) ? 'Django DES crypt' : undefined;
}

const D = DOLLAR;
const SHAPES = [
  String.raw`sha1${D}[A-Za-z0-9]{0,64}${D}[0-9a-f]{40}`,
  String.raw`md5${D}[A-Za-z0-9]{0,64}${D}[0-9a-f]{32}`,
  String.raw`crypt${D}${D}[./0-9A-Za-z]{13}`,
].join('|');

export const passwordHashDjangoLegacy: Detector = patternDetector({
  id: 'password-hash-django-legacy',
  title: "Django legacy password hash (salted or unsalted SHA-1 or MD5, DES crypt)",
  severity: 'high',
  keywords: ['sha1$', 'md5$', 'crypt$', 'sha1\\$', 'md5\\$'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9./\\_-])(?<secret>${SHAPES})(?![A-Za-z0-9./+=$])`),
  keywordSpan: { before: 2, after: 160 },
  allowPlaceholders: true, // kind() judges the salt and digest, not the prefix
  validate: (secret, m, text) => kind(secret) !== undefined && !isAssignedToStandIn(text, m.index),
  detail: (m) => `${kind(m.groups?.secret ?? '') ?? 'Django legacy'} hash`,
  remediation:
    'One round of SHA-1 or MD5 is cracked at billions of guesses a second: change the password of the account, ' +
    'remove the hash from fixtures and dumps, create test users with make_password() at run time, and drop the ' +
    'legacy hasher from PASSWORD_HASHERS so that old hashes are upgraded at the next login.',
  examples: {
    positive: [
      { text: '{"model": "auth.user", "pk": 3, "fields": {"username": "editor", "password": "sha1$Qv7tK2mw9XbL$3f9e1a7c5b2d8e4f60a1c9b7d3e5f2a8c6b4d0e9"}}', path: 'app/fixtures/users.json' },
      { text: "INSERT INTO auth_user (id, username, password) VALUES (7, 'ops', 'md5$Hr4pZ8cN$9d2b7f41e6a3c8b05f1e4d7a2c9b6e30');", path: 'dumps/site.sql' },
      { text: '    password: sha1$$a4c8e1f93b7d2e6a0c5f8b1d4e7a3c9f2b6d8e05', path: 'fixtures/admin.yaml', why: 'the unsalted form' },
      { text: "'password': 'crypt$$ab8Fq2Lm7Xk3w'", path: 'legacy/seed.py', why: 'DES crypt' },
    ],
    negative: [
      { text: '"password": "md5$seasalt$1e9bf2bf5606aa5c39852cc30f0f6f22"', path: 'test/fixtures/users.json', why: 'a salt that says it is one: documentation' },
      { text: '"password": "sha1$Qv7tK2mw9XbL$3f9e1a7c5b2d8e4f60a1c9b7d3e5f2a8c6b4d0e"', why: 'a digest one hex digit short' },
      { text: 'return "sha1$%s$%s" % (salt, digest)', why: 'a format string' },
      { text: '"password": "md5$Hr4pZ8cN$00000000000000000000000000000000"', why: 'a run of one digit' },
      { text: "UNUSABLE = 'sha1$$0123456789abcdef0123456789abcdef01234567'", why: 'a counting placeholder' },
    ],
  },
});
