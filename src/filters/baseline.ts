// Baselines: the findings a team has accepted, recorded without any secret (detector id, path,
// fingerprint, and the line for information). A finding whose fingerprint, detector and path are
// in the baseline is dropped, so moving a line does not break the match.
import { ConfigError } from '../errors.js';
import { MAX_BASELINE_BYTES, readProjectFile } from '../fs/safe-read.js';
import { writeFileSafely } from '../fs/safe-write.js';
import { fastFingerprint, underOtherDetectors, type FingerprintKey, type ScryptBudget } from '../engine/finding.js';
import type { Finding, FindingFilter } from '../types.js';

export const BASELINE_TOOL = 'secret-hygiene';
/**
 * Version 3 carries the repository's fingerprint salt, and its fingerprints are scrypt's or, for a
 * generated secret, the fast keyed hash (engine/finding.ts). Versions 2 (the salt, scrypt alone) and
 * 1 (the legacy salt, scrypt alone) are still read and updated as they are.
 */
export const BASELINE_VERSION = 3;
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3];
export const DEFAULT_BASELINE_FILE = '.secrets-baseline.json';

export interface BaselineEntry {
  readonly path: string;
  readonly detector: string;
  readonly fingerprint: string;
  /** For information only: matching ignores it. */
  readonly line?: number;
  /** Anything else a person wrote on the entry (a "reason"), kept by `baseline update`. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Baseline {
  readonly entries: readonly BaselineEntry[];
  /** The repository salt of its fingerprints (32 hex digits); undefined in a version-1 baseline. */
  readonly salt?: string;
  /** 1, 2 or 3: what its fingerprints were made with (see BASELINE_VERSION). */
  readonly version: 1 | 2 | 3;
}

/**
 * How a scan fingerprints to compare with a baseline: its salt, scrypt alone before version 3, and the places it
 * lists, whose secrets get scrypt first when a scan holds more than its budget of them (engine/finding.ts slowBudget).
 */
export function baselineKey(baseline: Baseline): FingerprintKey {
  const places = new Set(baseline.entries.map((e) => `${e.detector}\0${e.path}`));
  const baselined = { has: (detectorId: string, path: string) => places.has(`${detectorId}\0${path}`), entries: baseline.entries.length };
  return { ...(baseline.salt !== undefined ? { salt: baseline.salt } : {}), ...(baseline.version < 3 ? { allScrypt: true } : {}), baselined };
}

/** The file's `$comment`: what a reader of the file (a reviewer of the pull request) needs to know. */
function comment(allScrypt: boolean): string {
  const hash = allScrypt ? 'a slow, salted scrypt hash' : 'a salted hash, scrypt for anything a person may have chosen';
  return (
    `Findings accepted by \`secret-hygiene baseline\`. No secret is stored: a fingerprint is ${hash}. ` +
    'Scans with this baseline fail only on findings not listed here, and fingerprint with its "salt", which is this repository\'s own: keep it. ' +
    'Regenerate with `secret-hygiene baseline update`.'
  );
}

export function entryKey(e: { readonly detector: string; readonly path: string; readonly fingerprint: string }): string {
  return `${e.detector}\0${e.path}\0${e.fingerprint}`;
}

function findingKey(f: Finding): string {
  return entryKey({ detector: f.detectorId, path: f.path, fingerprint: f.fingerprint });
}

/** Reads and validates a baseline; a missing, corrupt or foreign file is a ConfigError naming it. */
export async function readBaseline(file: string, shown: string): Promise<Baseline> {
  // Links are followed: the file is named by --baseline, or by a config that loadConfig keeps inside the root.
  const fix = "create one with 'secret-hygiene baseline create'";
  const text = (await readProjectFile(file, { shown, what: 'the baseline', fix, maxBytes: MAX_BASELINE_BYTES, required: true, followLinks: true })) ?? '';
  return parseBaseline(text, shown);
}

export function parseBaseline(text: string, shown: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`${shown}: not a JSON baseline; recreate it with 'secret-hygiene baseline create'`);
  }
  const root = isRecord(data) ? data : undefined;
  if (!root || root.tool !== BASELINE_TOOL) {
    throw new ConfigError(`${shown}: not a ${BASELINE_TOOL} baseline (no "tool": "${BASELINE_TOOL}"); point --baseline at a file made by 'secret-hygiene baseline create'`);
  }
  if (!READABLE_VERSIONS.includes(root.version)) {
    const shownVersion = typeof root.version === 'number' && Number.isSafeInteger(root.version) ? String(root.version) : 'that is not a number';
    throw new ConfigError(`${shown}: baseline version ${shownVersion} is not supported (this version reads ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${String(READABLE_VERSIONS.at(-1))}); recreate it with 'secret-hygiene baseline create'`);
  }
  const salt = root.version === 1 ? undefined : root.salt;
  if (salt !== undefined && (typeof salt !== 'string' || !/^[0-9a-f]{32}$/.test(salt))) {
    throw new ConfigError(`${shown}: "salt" must be 32 lowercase hex digits; recreate the baseline with 'secret-hygiene baseline create --force'`);
  }
  if (root.version !== 1 && salt === undefined) throw new ConfigError(`${shown}: a version-${root.version} baseline needs its "salt"; recreate it with 'secret-hygiene baseline create --force'`);
  if (!Array.isArray(root.findings)) throw new ConfigError(`${shown}: "findings" must be a list; recreate it with 'secret-hygiene baseline create'`);
  const entries = root.findings.map((raw: unknown, i: number) => parseEntry(raw, `${shown}: findings[${i}]`));
  return { entries, version: root.version as Baseline['version'], ...(salt !== undefined ? { salt } : {}) };
}

function parseEntry(raw: unknown, where: string): BaselineEntry {
  if (!isRecord(raw)) throw new ConfigError(`${where}: must be an object with path, detector and fingerprint`);
  const { path, detector, fingerprint, line, ...extra } = raw;
  if (typeof path !== 'string' || path === '') throw new ConfigError(`${where}.path: must be a non-empty string`);
  if (typeof detector !== 'string' || detector === '') throw new ConfigError(`${where}.detector: must be a detector id`);
  if (typeof fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(fingerprint)) throw new ConfigError(`${where}.fingerprint: must be 32 lowercase hex digits`);
  if (line !== undefined && (typeof line !== 'number' || !Number.isInteger(line) || line < 1)) throw new ConfigError(`${where}.line: must be a positive whole number`);
  return { path, detector, fingerprint, ...(line !== undefined ? { line } : {}), ...(Object.keys(extra).length ? { extra } : {}) };
}

/** Entries for findings: one per (detector, path, fingerprint), the first line kept. */
export function entriesFromFindings(findings: readonly Finding[]): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const key = findingKey(f);
    if (!byKey.has(key)) byKey.set(key, { path: f.path, detector: f.detectorId, fingerprint: f.fingerprint, line: f.line });
  }
  return sortEntries([...byKey.values()]);
}

/** Sorted by path, detector, fingerprint: stable, so that baseline diffs stay small. */
export function sortEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => cmp(a.path, b.path) || cmp(a.detector, b.detector) || cmp(a.fingerprint, b.fingerprint));
}

export interface BaselineUpdate {
  readonly entries: readonly BaselineEntry[];
  readonly added: number;
  readonly removed: number;
  readonly kept: number;
}

/**
 * The new baseline after a scan: current findings, keeping what people wrote on surviving entries.
 * Entries outside `inScope` (paths the scan did not cover) are kept untouched.
 */
export function updateEntries(old: readonly BaselineEntry[], current: readonly Finding[], inScope: (path: string) => boolean): BaselineUpdate {
  const fresh = entriesFromFindings(current);
  const oldByKey = new Map(old.map((e) => [entryKey(e), e] as const));
  const freshKeys = new Set(fresh.map(entryKey));
  const merged: BaselineEntry[] = fresh.map((e) => {
    const before = oldByKey.get(entryKey(e));
    return before?.extra ? { ...e, extra: before.extra } : e;
  });
  let removed = 0;
  for (const e of old) {
    if (freshKeys.has(entryKey(e))) continue;
    if (inScope(e.path)) removed++;
    else merged.push(e);
  }
  const kept = fresh.filter((e) => oldByKey.has(entryKey(e))).length;
  return { entries: sortEntries(dedupe(merged)), added: fresh.length - kept, removed, kept };
}

function dedupe(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => (seen.has(entryKey(e)) ? false : (seen.add(entryKey(e)), true)));
}

/**
 * The file's text: fixed key order, one entry per line group, trailing newline. Its version follows
 * from how its fingerprints were made (`key`): version 3 with a salt, version 2 with a salt and scrypt
 * alone, version 1 without a salt. Updating a file keeps its version, so that its fingerprints, and the
 * people's notes keyed by them, stay valid.
 */
export function serializeBaseline(entries: readonly BaselineEntry[], key: FingerprintKey): string {
  const findings = sortEntries(entries).map((e) => ({
    path: e.path,
    detector: e.detector,
    fingerprint: e.fingerprint,
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.extra ?? {}),
  }));
  const { salt } = key;
  if (salt === undefined && key.allScrypt !== true) throw new Error('a baseline without a salt is version 1, whose fingerprints are all scrypt: fingerprint with allScrypt');
  const allScrypt = key.allScrypt === true;
  const head = salt !== undefined ? { tool: BASELINE_TOOL, version: allScrypt ? 2 : BASELINE_VERSION, $comment: comment(allScrypt), salt } : { tool: BASELINE_TOOL, version: 1, $comment: comment(true) };
  return `${JSON.stringify({ ...head, findings }, null, 2)}\n`;
}

/** Writes a baseline of fingerprints made with `key` (see serializeBaseline). */
export async function writeBaseline(file: string, shown: string, entries: readonly BaselineEntry[], key: FingerprintKey): Promise<void> {
  await writeFileSafely(file, serializeBaseline(entries, key), shown, {
    fix: 'remove the link, or write the baseline elsewhere with --output / --baseline',
    cannotWrite: (why) => `${shown}: cannot write the baseline (${why}); choose a writable path`,
  });
}

/**
 * Drops findings recorded in the baseline. A version-3 baseline written by a scan past its budget of slow
 * fingerprints (engine/finding.ts) holds the fast keyed hash of some secrets a person chose; which ones depends
 * on the order findings arrived, so a finding is also looked up by that hash of its secret: the baseline stays
 * accepted whichever scheme this scan gave it.
 *
 * A finding a newer version reports under another detector than the baseline's entry (a key that the generic
 * detector found, now found by its vendor's; a detector split in two) is still the accepted debt: the same
 * secret at the same path. Its secret is fingerprinted again under the id of each other detector's entry at its
 * path (RELABEL_CANDIDATES at most) and compared: the fast hash where the baseline has it, then scrypt, within
 * RELABEL_SCRYPT_BUDGET for the whole scan (a baseline is the repository's own file: it buys no unbounded work).
 */
const RELABEL_CANDIDATES = 8;
const RELABEL_SCRYPT_BUDGET = 64;

export function baselineFilter(baseline: Baseline): FindingFilter {
  const keys = new Set(baseline.entries.map(entryKey));
  const key = baselineKey(baseline);
  const byFastHash = baseline.version >= 3 && baseline.salt !== undefined;
  const byPath = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) {
    const list = byPath.get(e.path);
    if (list) list.push(e);
    else byPath.set(e.path, [e]);
  }
  const budget: ScryptBudget = { left: RELABEL_SCRYPT_BUDGET };
  // an entry's fingerprint may be either scheme's (a chosen secret's is scrypt's): both are tried
  const scheme = { fast: () => byFastHash, slow: () => true };
  const relabelled = (finding: Finding, secret: string): boolean => {
    const others = (byPath.get(finding.path) ?? []).filter((e) => e.detector !== finding.detectorId).slice(0, RELABEL_CANDIDATES);
    const known = (id: string, fingerprint: string): true | undefined => (others.some((e) => e.detector === id && e.fingerprint === fingerprint) ? true : undefined);
    return underOtherDetectors([...new Set(others.map((e) => e.detector))], secret, key, scheme, budget, known) === true;
  };
  return {
    name: 'baseline',
    keep: (finding, context) => {
      if (keys.has(findingKey(finding))) return false;
      if (context.secret === undefined) return true;
      if (byFastHash) {
        const fast = fastFingerprint(finding.detectorId, context.secret, key);
        if (fast !== finding.fingerprint && keys.has(entryKey({ detector: finding.detectorId, path: finding.path, fingerprint: fast }))) return false;
      }
      return !relabelled(finding, context.secret);
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
