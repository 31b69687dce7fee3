// Match → Finding: fingerprint, redaction and message. Nothing here ever puts a secret in clear
// into a field other than `secret`, which is set only with --reveal.
import { createHash, randomBytes, scrypt } from 'node:crypto';

/**
 * Fingerprints are scrypt(detector id + secret) with a salt, deliberately slow and memory-hard
 * (N=2^12, r=8: ~8 ms and 4 MiB per hash) so that guessing short secrets back from a published
 * baseline or report costs ~8 ms per guess (an 8-character alphanumeric password: ~55,000 CPU-years).
 *
 * The salt is per repository: a baseline (version 2) carries 16 random bytes made by `baseline
 * create`, and every scan that reads that baseline fingerprints with them, so a baseline made on a
 * laptop still matches in CI while a dictionary precomputed for one repository is worthless for
 * another. Without a baseline, and for version-1 baselines (kept readable), the salt is the fixed
 * legacy one.
 */
export const LEGACY_FINGERPRINT_SALT = 'secret-hygiene/fingerprint/v1';
const SCRYPT = { N: 1 << 12, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const FINGERPRINT_BYTES = 16;

/** The scrypt salt for a repository salt (32 hex digits from a baseline), or the legacy one. */
export function fingerprintSalt(repositorySalt: string | undefined): string {
  return repositorySalt === undefined ? LEGACY_FINGERPRINT_SALT : `secret-hygiene/fingerprint/v2/${repositorySalt}`;
}

/** A fresh repository salt: 16 random bytes in hex, as a version-2 baseline stores it. */
export function newRepositorySalt(): string {
  return randomBytes(FINGERPRINT_BYTES).toString('hex');
}

/** The path of the file (or blob) a finding was made in: the archive's for a finding in an archive member. */
export function fileOf(finding: { readonly path: string; readonly archive?: string }): string {
  return finding.archive ?? finding.path;
}

const cache = new Map<string, Promise<string>>();

const cacheKey = (detectorId: string, secret: string, salt: string): string =>
  createHash('sha256').update(salt).update('\0').update(detectorId).update('\0').update(secret).digest('base64');

/** The fingerprint of a secret found by a detector, under `salt` (see fingerprintSalt); cached per process. */
export function secretFingerprint(detectorId: string, secret: string, salt: string = LEGACY_FINGERPRINT_SALT): Promise<string> {
  const key = cacheKey(detectorId, secret, salt);
  let pending = cache.get(key);
  if (!pending) {
    pending = new Promise((resolve, reject) => {
      scrypt(`${detectorId}\0${secret}`, salt, FINGERPRINT_BYTES, SCRYPT, (err, derived) =>
        err ? reject(err) : resolve(derived.toString('hex')),
      );
    });
    cache.set(key, pending);
  }
  return pending;
}

/**
 * Whether this process has fingerprinted (or is fingerprinting) this secret under this detector and
 * salt: a scan that only looks for what an earlier scan found asks this instead of paying scrypt.
 */
export function fingerprintKnown(detectorId: string, secret: string, salt: string = LEGACY_FINGERPRINT_SALT): boolean {
  return cache.has(cacheKey(detectorId, secret, salt));
}

/** The fingerprint of a practice finding (no secret): detector, path and secret-free detail. */
export function practiceFingerprint(detectorId: string, path: string, detail: string | undefined): string {
  return createHash('sha256').update(`${detectorId}\0${path}\0${detail ?? ''}`).digest('hex').slice(0, FINGERPRINT_BYTES * 2);
}

/** A fast in-memory identity of (detector, secret), for de-duplication only: never printed. */
export function secretKey(detectorId: string, secret: string): string {
  return createHash('sha256').update(detectorId).update('\0').update(secret).digest('base64');
}

/**
 * A few leading characters, then '…'. Long tokens show their vendor prefix and a little more;
 * short secrets (passwords) show almost nothing, since every shown character is one less to guess.
 */
export function redact(secret: string): string {
  const s = secret.replace(/\s+/g, ' ');
  const shown = s.length >= 32 ? 6 : s.length >= 20 ? 4 : s.length >= 12 ? 2 : 0;
  return `${s.slice(0, shown)}…`;
}

/** The one-line message of a finding: title, secret-free detail, redacted value. */
export function findingMessage(title: string, detail: string | undefined, redacted: string): string {
  const parts = [title];
  if (detail) parts.push(detail);
  let message = parts.join(': ');
  if (redacted) message += ` (${redacted})`;
  return message;
}
