// The settings a team brings from gitleaks, read from the scanned root like our own: .gitleaksignore
// (a finding filter) and the path allowlists of .gitleaks.toml (a walk-time exclusion). Both are the
// repository's settings: --no-repo-config leaves them unread, and what they narrow is recorded.
import { join } from 'node:path';
import { MAX_CONFIG_BYTES, MAX_IGNORE_FILE_BYTES } from '../../fs/safe-read.js';
import type { FingerprintKey } from '../../engine/finding.js';
import type { Detector, FindingFilter } from '../../types.js';
import { readTextFile } from '../read-text.js';
import type { RuleLocator, UnusedReporter } from '../secretsignore.js';
import { resolveCommitEntries } from './gitleaks-commits.js';
import { GITLEAKS_CONFIG_FILE, gitleaksPathExcluder, parseGitleaksPaths } from './gitleaks-config.js';
import { GITLEAKS_IGNORE_FILE, gitleaksIgnoreFilter, parseGitleaksIgnore, type GitleaksIgnoreEntry } from './gitleaks-ignore.js';

export type PeerFilter = FindingFilter & UnusedReporter & RuleLocator;

export interface PeerSettings {
  /** The .gitleaksignore filter and the file as shown; absent without a file (or without entries). */
  readonly ignore?: { readonly shown: string; readonly filter: PeerFilter; readonly forKey: (key: FingerprintKey | undefined) => Promise<PeerFilter> };
  /** The .gitleaks.toml path allowlists; absent without a file (or without path rules). */
  readonly paths?: { readonly shown: string; readonly exclude: (path: string) => boolean; readonly excluded: () => number };
  /** Sentences for the report's notes: allowlists left out. */
  readonly notes: readonly string[];
}

export interface PeerOptions {
  readonly root: string;
  /** How a file at the root is shown in messages (relative to the current folder). */
  readonly shown: (file: string) => string;
  readonly detectors: readonly Detector[];
  readonly fingerprints: FingerprintKey | undefined;
  readonly maxFileSize: number;
}

/** Reads .gitleaksignore and .gitleaks.toml at the root, if there; a malformed one is a ConfigError. */
export async function loadPeerSettings(options: PeerOptions): Promise<PeerSettings> {
  const ignoreFile = join(options.root, GITLEAKS_IGNORE_FILE);
  const configFile = join(options.root, GITLEAKS_CONFIG_FILE);
  const fix = 'fix it, or remove it if gitleaks is no longer used';
  const [ignoreText, configText] = await Promise.all([
    readTextFile(ignoreFile, options.shown(ignoreFile), false, 'the gitleaks ignore file', fix, MAX_IGNORE_FILE_BYTES),
    readTextFile(configFile, options.shown(configFile), false, 'the gitleaks config', fix, MAX_CONFIG_BYTES),
  ]);
  const notes: string[] = [];
  let ignore: PeerSettings['ignore'];
  if (ignoreText !== undefined) {
    const shown = options.shown(ignoreFile);
    const entries = parseGitleaksIgnore(ignoreText, shown);
    if (entries.length > 0) {
      const forKey = (fingerprints: FingerprintKey | undefined): Promise<PeerFilter> => ignoreFilter(entries, { ...options, fingerprints });
      ignore = { shown, filter: await forKey(options.fingerprints), forKey };
    }
  }
  let paths: PeerSettings['paths'];
  if (configText !== undefined) {
    const shown = options.shown(configFile);
    const parsed = parseGitleaksPaths(configText, shown);
    if (parsed.skipped.length > 0) notes.push(`${shown}: ${parsed.skipped.join(', ')} not applied: limited to gitleaks rules (targetRules) or to paths together with other keys (condition = "AND")`);
    if (parsed.rules.length > 0) paths = { shown, ...gitleaksPathExcluder(parsed) };
  }
  return { ...(ignore ? { ignore } : {}), ...(paths ? { paths } : {}), notes };
}

async function ignoreFilter(entries: readonly GitleaksIgnoreEntry[], options: PeerOptions): Promise<PeerFilter> {
  const identities = entries.some((e) => e.commit !== undefined) ? await resolveCommitEntries(options.root, entries, options) : [];
  return gitleaksIgnoreFilter(entries, identities);
}
