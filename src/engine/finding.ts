// Match → Finding: fingerprint, redaction and message. Nothing here ever puts a secret in clear
// into a field other than `secret`, which is set only with --reveal.
import { createHash, createHmac, randomBytes, scrypt, scryptSync } from 'node:crypto';
import type { Detector, Finding } from '../types.js';

/**
 * A secret's fingerprint is 16 bytes, in hex, of one of two keyed hashes of (detector id, secret):
 *
 * - scrypt (N=2^12, r=8: ~8 ms and 4 MiB per hash), deliberately slow and memory-hard, for every
 *   secret a person may have chosen: guessing a password back from a published baseline or report
 *   costs ~8 ms per guess (an 8-character alphanumeric password: ~55,000 CPU-years);
 * - HMAC-SHA-256 for a secret a service or key generator made (the detector says so: `secrets`, by
 *   default a vendor detector's) that also reads as random (readsAsRandom: at least ~128 bits if it
 *   is), and for an access key id (`secrets: 'identifier'`: 80 random bits its vendor calls no
 *   secret). Nobody can guess such a value, at any speed, so the slow hash would only cost its ~8 ms
 *   of CPU on every scan (a third of a small history's run).
 *
 * The salt is per repository: a baseline (version 2 and 3) carries 16 random bytes made by `baseline
 * create`, and every scan that reads that baseline fingerprints with them, so a baseline made on a
 * laptop still matches in CI while a dictionary precomputed for one repository is worthless for
 * another. Without a baseline, and for version-1 baselines (kept readable), the salt is the fixed
 * legacy one. Baselines of versions 1 and 2 were written when every secret was scrypt's: a scan
 * reading one fingerprints every secret with scrypt (`allScrypt`), so that their entries still match.
 */
export const LEGACY_FINGERPRINT_SALT = 'secret-hygiene/fingerprint/v1';
const SCRYPT = { N: 1 << 12, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const FINGERPRINT_BYTES = 16;

/** How a scan fingerprints secrets: with which salt, and whether with scrypt alone. */
export interface FingerprintKey {
  /** The repository salt (a baseline's 32 hex digits); absent: the legacy salt. */
  readonly salt?: string | undefined;
  /** Every secret by scrypt, as baselines of versions 1 and 2 were written. */
  readonly allScrypt?: boolean;
  /** The places (detector, path) a baseline lists: their secrets get scrypt first (see slowBudget). Not part of the fingerprint. */
  readonly baselined?: BaselinedPlaces;
}

/** The (detector, path) places a baseline lists, and how many entries it has. */
export interface BaselinedPlaces {
  has(detectorId: string, path: string): boolean;
  readonly entries: number;
}

/** The detector's fields a fingerprint depends on. */
export type FingerprintedBy = Pick<Detector, 'id' | 'vendor' | 'secrets'>;

/** The scrypt salt for a repository salt (32 hex digits from a baseline), or the legacy one. */
export function fingerprintSalt(repositorySalt: string | undefined): string {
  return repositorySalt === undefined ? LEGACY_FINGERPRINT_SALT : `secret-hygiene/fingerprint/v2/${repositorySalt}`;
}

/** A fresh repository salt: 16 random bytes in hex, as a baseline stores it. */
export function newRepositorySalt(): string {
  return randomBytes(FINGERPRINT_BYTES).toString('hex');
}

/** The path of the file (or blob) a finding was made in: the archive's for a finding in an archive member. */
export function fileOf(finding: { readonly path: string; readonly archive?: string }): string {
  return finding.archive ?? finding.path;
}

/** Whether a detector's secrets are made by a machine (Detector.secrets; default: a vendor's are). */
export function findsGeneratedSecrets(detector: Pick<Detector, 'vendor' | 'secrets'>): boolean {
  return detector.secrets === undefined ? detector.vendor !== undefined : detector.secrets === 'generated';
}

/**
 * Whether a secret reads as a random draw of at least ~128 bits: its letters and digits together, or
 * one run of them between separators (a Slack token's random part after its numeric ids), are hex of
 * 32 or more (digits and letters, one case), letters of one case and digits (28 or more), or both
 * cases and digits (24 or more), with the spread of characters (Shannon entropy), the alternation of
 * character classes and the few repeats a random draw has. Text a person makes up (words run together,
 * CamelCase phrases, a year at the end) keeps characters of a class together: in random base62 two
 * neighbours are both lower case ~18% of the time, in `ThisIsMyVeryLongMasterKey2024` half of it.
 */
export function readsAsRandom(secret: string): boolean {
  const body = secret.length > 4096 ? secret.slice(0, 4096) : secret;
  if (alnumReadsAsRandom(body, 0, body.length)) return true;
  let start = -1;
  for (let i = 0; i <= body.length; i++) {
    const alnum = i < body.length && classOf(body.charCodeAt(i)) >= 0;
    if (alnum && start < 0) start = i;
    else if (!alnum && start >= 0) {
      if (i - start >= 24 && alnumReadsAsRandom(body, start, i)) return true;
      start = -1;
    }
  }
  return false;
}

/** 0 digit, 1 lower case, 2 upper case letter (ASCII); -1 anything else. */
function classOf(c: number): number {
  return c >= 48 && c <= 57 ? 0 : c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : -1;
}

/** readsAsRandom's test on the letters and digits of text[from, to) (separators and symbols left out). */
function alnumReadsAsRandom(text: string, from: number, to: number): boolean {
  let chars = '';
  for (let i = from; i < to; i++) if (classOf(text.charCodeAt(i)) >= 0) chars += text[i];
  const length = chars.length;
  if (length < 24) return false;
  const count = [0, 0, 0];
  const pairs = [0, 0, 0]; // neighbours of one class: digit-digit, lower-lower, upper-upper
  const seen = new Map<number, number>();
  const trigrams = new Set<string>();
  let hex = true;
  let previous = -1;
  for (let i = 0; i < length; i++) {
    const c = chars.charCodeAt(i);
    const cls = classOf(c);
    count[cls] = (count[cls] as number) + 1;
    if (cls === previous) pairs[cls] = (pairs[cls] as number) + 1;
    previous = cls;
    if (cls === 1 ? c > 102 : cls === 2 && c > 70) hex = false;
    seen.set(c, (seen.get(c) ?? 0) + 1);
    if (i >= 2) trigrams.add(chars.slice(i - 2, i + 1));
  }
  const [digits, lower, upper] = count as [number, number, number];
  const [dd, ll, uu] = (pairs as [number, number, number]).map((n) => n / (length - 1)) as [number, number, number];
  // a random draw seldom repeats three characters in a row; a pattern or a repeated word does
  if (digits === 0 || digits === length || trigrams.size < 0.9 * (length - 2)) return false;
  let bits = 0;
  for (const n of seen.values()) bits -= (n / length) * Math.log2(n / length);
  if (lower > 0 && upper > 0) return bits >= 4 && ll <= 0.35 && uu <= 0.35 && dd <= 0.2;
  if (hex && lower * upper === 0) return length >= 32 && bits >= 3;
  return length >= 28 && bits >= 3.8 && ll + uu <= 0.75 && dd <= 0.3;
}

/** Whether this secret of this detector gets the fast keyed hash under `key` (see the top of this file). */
export function fastFingerprinted(detector: FingerprintedBy, secret: string, key: FingerprintKey = {}): boolean {
  return key.allScrypt !== true && (detector.secrets === 'identifier' || (findsGeneratedSecrets(detector) && readsAsRandom(secret)));
}

const cache = new Map<string, Promise<string>>();

/**
 * The most scrypt fingerprints one scan computes: ~8 ms of CPU each, 4,000 bound what one scan can
 * spend on them to ~32 s of CPU (~16 s on two cores). A real repository's scan holds a few hundred
 * secrets a person may have chosen at most (671 distinct secrets of any kind in the largest of 391
 * public repositories scanned); a hostile one can hold tens of thousands per MiB (`SECRET_n = "…"`
 * lines, 35 bytes each), which would hold a CI gate for hours. Past the budget a secret gets the
 * fast keyed hash, and the scan says so (slowBudgetWarning): those fingerprints confirm a guess at
 * machine speed. A baseline's accepted secrets keep scrypt's fingerprint past it (slowBudget's reserve), and
 * a baseline written past it still matches (filters/baseline.ts also tries the fast hash).
 */
export const SLOW_FINGERPRINT_BUDGET = 4_000;

/** One scan's budget of scrypt fingerprints: how many are left, and how many secrets went past it. */
export interface SlowBudget {
  left: number;
  over: number;
  /** The file of the first secret past the budget, for the warning. */
  firstOver?: string;
  /** Scrypt fingerprints kept for the places a baseline lists, and those places. */
  reserve: number;
  readonly baselined?: BaselinedPlaces;
}

/**
 * A fresh budget for one scan. Which secrets get scrypt's fingerprint once a scan goes past the budget depends on
 * the order findings arrive, so a baseline of scrypt fingerprints (written by a scan within it) would stop matching
 * the secrets it accepted that arrive late. The places the baseline lists (`baselined`) therefore draw on a reserve
 * of their own first, as large as the baseline (at most another `size`): its accepted secrets keep their scrypt
 * fingerprints whatever else the repository holds, and a repository's own baseline buys no more than `size` again.
 */
export function slowBudget(size = SLOW_FINGERPRINT_BUDGET, baselined?: BaselinedPlaces): SlowBudget {
  return { left: size, over: 0, reserve: baselined ? Math.min(baselined.entries, size) : 0, ...(baselined ? { baselined } : {}) };
}

/** The warning of a scan whose secrets went past its budget of slow fingerprints. */
export function slowBudgetWarning(budget: SlowBudget, size = SLOW_FINGERPRINT_BUDGET): string {
  return `${budget.over.toLocaleString('en-US')} secrets past the first ${size.toLocaleString('en-US')} a person may have chosen were fingerprinted with the fast hash, not scrypt (a dump or a generated file? their fingerprints confirm a guess at machine speed: keep this report private, and a baseline made without them may not match them)`;
}

/**
 * Takes one scrypt fingerprint from `budget` (none: unbounded), from its reserve for a place the baseline lists;
 * false when it is spent (counted past it when `path` is given).
 */
function takeSlow(budget: SlowBudget | undefined, path: string | undefined, detectorId?: string): boolean {
  if (budget === undefined) return true;
  if (budget.reserve > 0 && path !== undefined && detectorId !== undefined && budget.baselined?.has(detectorId, path) === true) {
    budget.reserve--;
    return true;
  }
  if (budget.left > 0) {
    budget.left--;
    return true;
  }
  if (path !== undefined && budget.over++ === 0) budget.firstOver = path;
  return false;
}

const fastHash = (detectorId: string, secret: string, salt: string): string =>
  createHmac('sha256', salt).update(`${detectorId}\0${secret}`).digest('hex').slice(0, FINGERPRINT_BYTES * 2);

/**
 * The fast keyed hash of a secret under `key`, whichever scheme its fingerprint took: what a scan past its
 * budget of slow fingerprints gives a secret (a baseline it wrote holds these), for the baseline to match.
 */
export function fastFingerprint(detectorId: string, secret: string, key: FingerprintKey = {}): string {
  return fastHash(detectorId, secret, fingerprintSalt(key.salt));
}

/** The scrypt fingerprint of (detector id, secret) under `key`'s salt, computed now (~8 ms): for the few a filter must compare. */
export function scryptFingerprintSync(detectorId: string, secret: string, key: FingerprintKey = {}): string {
  return scryptSync(`${detectorId}\0${secret}`, fingerprintSalt(key.salt), FINGERPRINT_BYTES, SCRYPT).toString('hex');
}

/** Scrypt fingerprints a filter may still compute in this scan (a repository's own file buys no unbounded work). */
export interface ScryptBudget {
  left: number;
}

/**
 * A secret followed to the fingerprints other detectors would have given it (a release moved its finding: a
 * baseline's entry or a `.secretsignore` rule was written under another id): the fast hash under each of `ids`
 * that `fast` accepts, then scrypt under each that `slow` accepts while `budget` lasts. Returns what `known` says of
 * the first fingerprint it knows, or undefined.
 */
export function underOtherDetectors<T>(
  ids: readonly string[],
  secret: string,
  key: FingerprintKey,
  scheme: { readonly fast: (id: string) => boolean; readonly slow: (id: string) => boolean },
  budget: ScryptBudget,
  known: (id: string, fingerprint: string) => T | undefined,
): T | undefined {
  for (const id of ids) {
    const found = scheme.fast(id) ? known(id, fastFingerprint(id, secret, key)) : undefined;
    if (found !== undefined) return found;
  }
  for (const id of ids) {
    if (!scheme.slow(id) || budget.left <= 0) continue;
    budget.left--;
    const found = known(id, scryptFingerprintSync(id, secret, key));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The cache's key: what the fingerprint depends on (a detector id names its fields, so the scheme follows). */
const cacheKey = (detectorId: string, secret: string, key: FingerprintKey): string =>
  createHash('sha256')
    .update(key.allScrypt === true ? 'scrypt' : 'either')
    .update('\0')
    .update(fingerprintSalt(key.salt))
    .update('\0')
    .update(detectorId)
    .update('\0')
    .update(secret)
    .digest('base64');

/**
 * The fingerprint of a secret found by a detector, under `key` (see the top of this file); cached per
 * process. A scrypt fingerprint not cached yet takes one from `budget`; past it, the fast hash.
 */
export function secretFingerprint(detector: FingerprintedBy, secret: string, key: FingerprintKey = {}, budget?: SlowBudget, path?: string): Promise<string> {
  const id = cacheKey(detector.id, secret, key);
  let pending = cache.get(id);
  if (!pending) {
    const salt = fingerprintSalt(key.salt);
    pending = fastFingerprinted(detector, secret, key) || !takeSlow(budget, path, detector.id)
      ? Promise.resolve(fastHash(detector.id, secret, salt))
      : new Promise((resolve, reject) => {
          scrypt(`${detector.id}\0${secret}`, salt, FINGERPRINT_BYTES, SCRYPT, (err, derived) => (err ? reject(err) : resolve(derived.toString('hex'))));
        });
    cache.set(id, pending);
  }
  return pending;
}

/**
 * Whether this process has fingerprinted (or is fingerprinting) this secret under this detector and
 * key: a scan that only looks for what an earlier scan found asks this instead of paying scrypt.
 */
export function fingerprintKnown(detector: FingerprintedBy, secret: string, key: FingerprintKey = {}): boolean {
  return cache.has(cacheKey(detector.id, secret, key));
}

const earlier = new WeakMap<Finding, string>();

/**
 * For a finding whose secret got the fast hash, the fingerprint reports printed for it before there
 * was one (baselines before version 3): scrypt under the legacy salt, as every report without a
 * baseline had it, so that a `.secretsignore` rule copied from such a report still silences it
 * (filters/secretsignore.ts). Set by the scan only when a filter asks for it (FindingFilter).
 */
export function earlierFingerprintOf(finding: Finding): string | undefined {
  return earlier.get(finding);
}

/**
 * Records a finding's earlier fingerprint (see earlierFingerprintOf); for the engine. Each takes a
 * scrypt fingerprint from `budget`: past it, the finding has none (a rule copied from an old report
 * no longer silences it), as a repository's own `.secretsignore` must not buy it unbounded scrypt.
 */
export async function recordEarlierFingerprint(finding: Finding, detector: FingerprintedBy, secret: string, key: FingerprintKey, budget?: SlowBudget): Promise<void> {
  if (!fastFingerprinted(detector, secret, key)) return;
  const legacy: FingerprintKey = { allScrypt: true };
  if (fingerprintKnown(detector, secret, legacy) || takeSlow(budget, undefined)) earlier.set(finding, await secretFingerprint(detector, secret, legacy));
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
