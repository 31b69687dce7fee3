// Hashes of stand-in passwords. Test suites and documentation hash `test`, `password` or the user's
// own name (traefik's docs log in as test:test and test2:test2 through one apr1 hash, copied into a
// hundred files) and the hash then travels wherever the example does. A plaintext stand-in is not
// reported (kit/placeholders), so neither is its hash, where that can be told: in test and
// documentation material, a hash that one of a few stand-ins opens is a test vector. Outside them it
// is still reported: a deployed account whose password is `admin` is the worst kind of credential.
//
// Only schemes cheap enough are tried (md5crypt and apr1, phpass, sha-crypt up to its default 5,000
// rounds, the LDAP digests, MySQL's double SHA-1, bcrypt up to cost 8 through bcryptjs, a maintained
// pure-JS implementation: Node has no bcrypt), with a per-process budget of hash operations, so a
// hostile file of thousands of hashes costs seconds at most; past it a hash is reported as before.
// A few bcrypt hashes of dearer cost that frameworks ship are known by heart (STAND_IN_HASHES).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Detector } from '../../../src/types.js';
import { quietOnSamplesInTests } from '../../kit/test-material.js';
import { BCRYPT, CRYPT64, LDAP_DIGEST_BYTES, LDAP_SCHEMED, MD5_CRYPT, PHPASS, SHA_CRYPT, base64Bytes, canonicalDollars } from './encoding.js';

/** What test suites and documentation hash: the slot's words, defaults, the first keyboard runs. */
const STAND_IN_PASSWORDS = [
  'test', 'password', 'admin', 'secret', 'changeme', 'pass', 'foo', 'bar', 'root', 'user', '123456', '12345678',
  'example', 'demo', 'guest', 'toor', 'letmein', 'qwerty', 'hello', 'testpass', 'test123', 'password123', '',
];

/**
 * bcrypt hashes of stand-ins that frameworks generate into every project: Laravel's UserFactory
 * ("password", cost 10), JHipster's seeded admin and user accounts ("admin", "user").
 */
const STAND_IN_HASHES: ReadonlySet<string> = new Set([
  '$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi',
  '$2a$10$gSAhZrxMllrbgj/kkK9UceBPpChGWJA7SYIb1Mqo.n5aNLq1/oRrC',
  '$2a$10$VEjxo0jq2YG9Rbk2HmX9S.k1uZBGYUHdUcid3g/vfiEl7lwWgOH/K',
]);

/**
 * bcryptjs, loaded the first time a bcrypt hash is tried: resolving and compiling it cost a pre-commit
 * hook about 2 ms whenever a hash detector ran, though most runs try no bcrypt hash.
 */
let bcrypt: typeof import('bcryptjs') | undefined;
const bcryptjs = (): typeof import('bcryptjs') => (bcrypt ??= createRequire(import.meta.url)('bcryptjs') as typeof import('bcryptjs'));

/** Candidates tried against a dear scheme (bcrypt): the user name and the likeliest few. */
const DEAR_CANDIDATES = 10;

/** Hash operations (one digest each) the checks may spend in this process, about 1 µs each. */
const BUDGET = 2_000_000;
let budget = BUDGET;
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 10_000;

type Hasher = (password: Buffer) => string;

/** md5crypt (`$1$`) and Apache's variant (`$apr1$`): 1,000 rounds of MD5 mixing password, salt and digest. */
function md5Crypt(magic: string, salt: string): Hasher {
  const s = Buffer.from(salt);
  const m = Buffer.from(magic);
  return (pw) => {
    const alt = createHash('md5').update(pw).update(s).update(pw).digest();
    const ctx = createHash('md5').update(pw).update(m).update(s);
    for (let left = pw.length; left > 0; left -= 16) ctx.update(alt.subarray(0, Math.min(16, left)));
    for (let i = pw.length; i > 0; i >>= 1) ctx.update(i & 1 ? Buffer.of(0) : pw.subarray(0, 1));
    let final = ctx.digest();
    for (let i = 0; i < 1000; i++) {
      const round = createHash('md5').update(i & 1 ? pw : final);
      if (i % 3) round.update(s);
      if (i % 7) round.update(pw);
      round.update(i & 1 ? final : pw);
      final = round.digest();
    }
    const order = [[0, 6, 12], [1, 7, 13], [2, 8, 14], [3, 9, 15], [4, 10, 5]] as const;
    let out = '';
    for (const [a, b, c] of order) out += crypt64((final[a]! << 16) | (final[b]! << 8) | final[c]!, 4);
    return `${magic}${salt}$${out}${crypt64(final[11]!, 2)}`;
  };
}

/** The crypt(3) encoding of the low `n` six-bit groups of `value`, least significant first. */
function crypt64(value: number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++, value >>= 6) out += CRYPT64[value & 63];
  return out;
}

/** The bytes of `block` repeated to `length` bytes. */
function repeatTo(block: Buffer, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let at = 0; at < length; at += block.length) block.copy(out, at, 0, Math.min(block.length, length - at));
  return out;
}

// the byte triples sha-crypt encodes, in order; the last group holds the leftover bytes
const SHA256_ORDER = [[0, 10, 20], [21, 1, 11], [12, 22, 2], [3, 13, 23], [24, 4, 14], [15, 25, 5], [6, 16, 26], [27, 7, 17], [18, 28, 8], [9, 19, 29]] as const;
const SHA512_ORDER = [
  [0, 21, 42], [22, 43, 1], [44, 2, 23], [3, 24, 45], [25, 46, 4], [47, 5, 26], [6, 27, 48], [28, 49, 7], [50, 8, 29], [9, 30, 51], [31, 52, 10],
  [53, 11, 32], [12, 33, 54], [34, 55, 13], [56, 14, 35], [15, 36, 57], [37, 58, 16], [59, 17, 38], [18, 39, 60], [40, 61, 19], [62, 20, 41],
] as const;

/** sha256crypt (`$5$`) and sha512crypt (`$6$`), Drepper's specification. */
function shaCrypt(variant: '5' | '6', salt: string, rounds: number, roundsText: string): Hasher {
  const algorithm = variant === '5' ? 'sha256' : 'sha512';
  const s = Buffer.from(salt);
  return (pw) => {
    const b = createHash(algorithm).update(pw).update(s).update(pw).digest();
    const a = createHash(algorithm).update(pw).update(s);
    a.update(repeatTo(b, pw.length));
    for (let i = pw.length; i > 0; i >>= 1) a.update(i & 1 ? b : pw);
    const digestA = a.digest();
    const dp = createHash(algorithm);
    for (let i = 0; i < pw.length; i++) dp.update(pw);
    const p = repeatTo(dp.digest(), pw.length);
    const ds = createHash(algorithm);
    for (let i = 0; i < 16 + digestA[0]!; i++) ds.update(s);
    const sb = repeatTo(ds.digest(), s.length);
    let c = digestA;
    for (let r = 0; r < rounds; r++) {
      const h = createHash(algorithm).update(r & 1 ? p : c);
      if (r % 3) h.update(sb);
      if (r % 7) h.update(p);
      h.update(r & 1 ? c : p);
      c = h.digest();
    }
    let out = '';
    for (const [x, y, z] of variant === '5' ? SHA256_ORDER : SHA512_ORDER) out += crypt64((c[x]! << 16) | (c[y]! << 8) | c[z]!, 4);
    out += variant === '5' ? crypt64((c[31]! << 8) | c[30]!, 3) : crypt64(c[63]!, 2);
    return `$${variant}$${roundsText}${salt}$${out}`;
  };
}

/** phpass (`$P$`, phpBB's `$H$`): 2^n rounds of MD5 over the salt and password. */
function phpass(setting: string, rounds: number): Hasher {
  const salt = Buffer.from(setting.slice(4, 12));
  return (pw) => {
    let hash = createHash('md5').update(salt).update(pw).digest();
    for (let i = 0; i < rounds; i++) hash = createHash('md5').update(hash).update(pw).digest();
    let out = '';
    for (let i = 0; i < 16; ) {
      let value = hash[i++]!;
      out += CRYPT64[value & 63];
      if (i < 16) value |= hash[i]! << 8;
      out += CRYPT64[(value >> 6) & 63];
      if (i++ >= 16) break;
      if (i < 16) value |= hash[i]! << 16;
      out += CRYPT64[(value >> 12) & 63];
      if (i++ >= 16) break;
      out += CRYPT64[(value >> 18) & 63];
    }
    return `${setting.slice(0, 12)}${out}`;
  };
}

const LDAP_ALGORITHM: Readonly<Record<string, string>> = { MD5: 'md5', SHA: 'sha1', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512' };

/** LDAP's {SHA}/{SSHA}-style values: one digest of the password (and the salt that follows it). */
function ldap(hash: string): { check: (pw: Buffer) => boolean } | undefined {
  const m = LDAP_SCHEMED.exec(hash);
  const bytes = m && base64Bytes(m[3]!);
  if (!m || !bytes) return undefined;
  const scheme = m[2]!.toUpperCase();
  const algorithm = LDAP_ALGORITHM[scheme]!;
  const size = LDAP_DIGEST_BYTES[scheme]!;
  const salt = m[1] ? bytes.subarray(size) : Buffer.alloc(0);
  const digest = bytes.subarray(0, size);
  return { check: (pw) => createHash(algorithm).update(pw).update(salt).digest().equals(digest) };
}

/** The checker for a hash, with what one candidate costs in digests; undefined for schemes not tried. */
function checkerFor(hash: string): { cost: number; check: (pw: Buffer) => boolean } | undefined {
  const md5 = MD5_CRYPT.exec(hash);
  if (md5) {
    const hasher = md5Crypt(`$${md5[1]}$`, md5[2]!);
    return { cost: 1003, check: (pw) => hasher(pw) === hash };
  }
  const sha = SHA_CRYPT.exec(hash);
  if (sha) {
    const rounds = sha[2] === undefined ? 5000 : Number(sha[2]);
    if (rounds > 5000) return undefined;
    const hasher = shaCrypt(sha[1] as '5' | '6', sha[3]!, rounds, sha[2] === undefined ? '' : `rounds=${sha[2]}$`);
    return { cost: rounds + 40, check: (pw) => hasher(pw) === hash };
  }
  if (PHPASS.test(hash)) {
    const rounds = 2 ** CRYPT64.indexOf(hash[3]!);
    if (rounds > 2 ** 17) return undefined;
    const hasher = phpass(hash, rounds);
    return { cost: rounds + 1, check: (pw) => hasher(pw) === hash };
  }
  if (/^\*[0-9A-F]{40}$/i.test(hash)) {
    const want = hash.slice(1).toUpperCase();
    const sha1 = (b: Buffer): Buffer => createHash('sha1').update(b).digest();
    return { cost: 2, check: (pw) => sha1(sha1(pw)).toString('hex').toUpperCase() === want };
  }
  const blowfish = BCRYPT.exec(hash);
  if (blowfish && hash[2] !== 'x') { // $2x$, the buggy era's, is not bcryptjs's
    const rounds = 2 ** Number(blowfish[1]);
    if (rounds > 256) return undefined; // cost 8 takes 14 ms a candidate; cost 10, 55 ms
    const canonical = `$2a$${hash.slice(4)}`; // $2b$ and $2y$ name the same algorithm as bcryptjs's $2a$
    return { cost: rounds * 53, check: (pw) => bcryptjs().compareSync(pw.toString('latin1'), canonical) };
  }
  const scheme = ldap(hash);
  return scheme && { cost: 1, check: scheme.check };
}

/**
 * A user name written just before the hash (`test:$apr1$…`, `"admin:$$2y$$…`, `…\ntest2:$apr1$…` inside a
 * string), the likeliest password of a test account.
 */
function userBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 65), at);
  return /(?:^|\\[nrt]|[^A-Za-z0-9._@-])([A-Za-z0-9._@-]{1,64}):$/.exec(before)?.[1];
}

/**
 * True when the password hash (as found: `$` may be written `$$` or `\$`) is the hash of a stand-in
 * password: the user name written before it at `at` in `text`, or one of the usual few.
 */
export function isHashOfStandIn(secret: string, text: string, at: number): boolean {
  const hash = /^[{*]/.test(secret) ? secret : /^[$\\]/.test(secret) ? canonicalDollars(secret) : base64Bytes(secret)?.toString('latin1'); // LDIF `userPassword::` base64
  if (hash === undefined) return false;
  if (STAND_IN_HASHES.has(hash)) return true;
  const user = userBefore(text, at);
  const key = `${user ?? ''}\0${hash}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const checker = checkerFor(hash);
  if (!checker) return false;
  const all = [...new Set([...(user === undefined ? [] : [user, user.toLowerCase()]), ...STAND_IN_PASSWORDS])];
  const candidates = checker.cost > 10_000 ? all.slice(0, DEAR_CANDIDATES) : all;
  if (checker.cost * candidates.length > budget) return false;
  budget -= checker.cost * candidates.length;
  const verdict = candidates.some((candidate) => checker.check(Buffer.from(candidate)));
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}

/** The detector, quiet in test and documentation material on hashes of stand-in passwords. */
export function quietOnStandInHashesInTests(detector: Detector): Detector {
  return quietOnSamplesInTests(detector, isHashOfStandIn);
}

/** Tests: start over with `operations` of budget and no remembered verdicts. */
export function resetStandInHashBudget(operations = BUDGET): void {
  budget = operations;
  verdicts.clear();
}
