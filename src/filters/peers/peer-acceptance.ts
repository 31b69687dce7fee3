// What another scanner accepted, for `baseline import`: a detect-secrets baseline (`.secrets.baseline`)
// or a gitleaks JSON report. Each is read into entries, and a finding of ours (with its secret in
// clear, in memory only) is accepted when an entry names it:
// - detect-secrets stores the SHA-1 of each secret per file: the same file and the same hash
//   (its line numbers drift; the hash decides);
// - gitleaks reports a file, a start line and, unless redacted, the secret: the same file, a finding
//   whose lines cover that line, and when the secret is given, the same secret.
// Nothing here prints or keeps a secret: messages name the file and the entry's index only.
import { createHash } from 'node:crypto';
import { ConfigError } from '../../errors.js';
import { MAX_BASELINE_BYTES, readProjectFile } from '../../fs/safe-read.js';
import type { Finding } from '../../types.js';
import { normalisePath } from './gitleaks-ignore.js';

export const PEER_TOOLS = ['detect-secrets', 'gitleaks'] as const;
export type PeerTool = (typeof PEER_TOOLS)[number];

export interface PeerAcceptance {
  /** How the file is described: 'detect-secrets baseline', 'gitleaks report'. */
  readonly kind: string;
  readonly entries: number;
  /** True when an entry accepts the finding (which must carry its secret); marks the entries that did. */
  accepts(finding: Finding): boolean;
  /** How many entries accepted at least one finding so far. */
  matched(): number;
}

/** Reads the file a user named (links allowed, capped); a foreign or malformed one is a ConfigError. */
export async function readPeerAcceptance(tool: PeerTool, file: string, shown: string): Promise<PeerAcceptance> {
  const what = tool === 'gitleaks' ? 'the gitleaks report' : 'the detect-secrets baseline';
  const fix = tool === 'gitleaks' ? 'pass the JSON report of gitleaks --report-format json --report-path FILE' : 'pass the .secrets.baseline that detect-secrets scan wrote';
  const text = (await readProjectFile(file, { shown, what, fix, maxBytes: MAX_BASELINE_BYTES, required: true, followLinks: true })) ?? '';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`${shown}: not JSON, so not ${what}; ${fix}`);
  }
  return tool === 'gitleaks' ? gitleaksReport(data, shown, fix) : detectSecretsBaseline(data, shown, fix);
}

interface HashEntry {
  readonly path: string;
  readonly hash: string;
}

function detectSecretsBaseline(data: unknown, shown: string, fix: string): PeerAcceptance {
  const results = isRecord(data) ? data.results : undefined;
  if (!isRecord(results)) throw new ConfigError(`${shown}: not a detect-secrets baseline (no "results" object); ${fix}`);
  const entries: HashEntry[] = [];
  for (const [file, list] of Object.entries(results)) {
    if (!Array.isArray(list)) throw new ConfigError(`${shown}: results of one file is not a list; ${fix}`);
    list.forEach((item: unknown, i) => {
      const hash = isRecord(item) ? item.hashed_secret : undefined;
      if (typeof hash !== 'string' || !/^[0-9a-fA-F]{40}$/.test(hash)) throw new ConfigError(`${shown}: entry ${i + 1} of a file has no "hashed_secret" of 40 hex digits; ${fix}`);
      entries.push({ path: normalisePath(file), hash: hash.toLowerCase() });
    });
  }
  const byKey = new Map<string, HashEntry[]>();
  for (const e of entries) byKey.set(`${e.path}\0${e.hash}`, [...(byKey.get(`${e.path}\0${e.hash}`) ?? []), e]);
  const used = new Set<HashEntry>();
  return {
    kind: 'detect-secrets baseline',
    entries: entries.length,
    accepts(finding) {
      if (finding.secret === undefined) return false;
      const hit = byKey.get(`${finding.path}\0${createHash('sha1').update(finding.secret, 'utf8').digest('hex')}`);
      hit?.forEach((e) => used.add(e));
      return hit !== undefined;
    },
    matched: () => used.size,
  };
}

interface PlaceEntry {
  readonly path: string;
  readonly line: number;
  /** The secret in clear; undefined when the report redacted it. */
  readonly secret?: string;
}

function gitleaksReport(data: unknown, shown: string, fix: string): PeerAcceptance {
  if (!Array.isArray(data)) throw new ConfigError(`${shown}: not a gitleaks report (a JSON list of findings); ${fix}`);
  const entries: PlaceEntry[] = data.map((item: unknown, i) => {
    const o = isRecord(item) ? item : {};
    if (typeof o.File !== 'string' || o.File === '' || typeof o.StartLine !== 'number' || !Number.isInteger(o.StartLine) || o.StartLine < 1) {
      throw new ConfigError(`${shown}: finding ${i + 1} has no "File" and "StartLine"; ${fix}`);
    }
    const secret = typeof o.Secret === 'string' && o.Secret !== '' && !o.Secret.includes('REDACTED') ? o.Secret : undefined;
    return { path: normalisePath(o.File), line: o.StartLine, ...(secret !== undefined ? { secret } : {}) };
  });
  const byPath = new Map<string, PlaceEntry[]>();
  for (const e of entries) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const used = new Set<PlaceEntry>();
  return {
    kind: 'gitleaks report',
    entries: entries.length,
    accepts(finding) {
      const hits = (byPath.get(finding.path) ?? []).filter((e) => e.line >= finding.line && e.line <= finding.endLine && (e.secret === undefined || sameSecret(e.secret, finding.secret)));
      hits.forEach((e) => used.add(e));
      return hits.length > 0;
    },
    matched: () => used.size,
  };
}

/** Shortest capture that counts as the same secret when one tool's capture holds the other's. */
const MIN_CONTAINED = 8;

/**
 * gitleaks' capture and ours may differ by what surrounds the secret (a prefix, quotes): the same
 * secret is equal, or one holds the other and the shorter has 8 characters or more; a partly
 * redacted one ('abcd...') is the same when ours holds what is left of it.
 */
function sameSecret(theirs: string, ours: string | undefined): boolean {
  if (ours === undefined) return false;
  if (theirs === ours) return true;
  // --redact=N keeps a leading part of the secret and ends it with '...'
  if (theirs.endsWith('...') && theirs.length > 3) return ours.includes(theirs.slice(0, -3));
  const [short, long] = theirs.length < ours.length ? [theirs, ours] : [ours, theirs];
  return short.length >= MIN_CONTAINED && long.includes(short);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
