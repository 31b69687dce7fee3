// The .secretsignore file: path rules (gitignore semantics, applied while walking so that ignored
// files are never read), `detector-id:glob` rules and `fingerprint:<hash>` rules (applied to
// findings). Every rule remembers whether it silenced something, for --report-unused-allows.
import picomatch from 'picomatch';
import { ConfigError } from '../errors.js';
import { earlierFingerprintOf, fastFingerprinted, underOtherDetectors, type FingerprintedBy, type FingerprintKey, type ScryptBudget } from '../engine/finding.js';
import type { Finding, FindingContext, FindingFilter, Warning } from '../types.js';
import { compileIgnoreRules, isLiteralGlob, parseIgnorePattern, type IgnoreRule } from './ignore-rules.js';

/** Fingerprints are 16 bytes of a keyed hash (engine/finding.ts), written in hex. */
const FINGERPRINT = /^[0-9a-f]{32}$/;
/** `detector-id:glob`: a kebab-case word before the first colon, with no glob or path characters. */
const DETECTOR_RULE = /^([a-z0-9]+(?:-[a-z0-9]+)*):(.*)$/;

export interface PathRule extends IgnoreRule {
  /** Where the rule was written, for messages: '.secretsignore:4' or '.secret-hygiene.json: ignore[0]'. */
  readonly where: string;
}

export interface DetectorRule {
  readonly detectorId: string;
  readonly glob: string;
  readonly where: string;
  readonly test: (path: string) => boolean;
}

export interface FingerprintRule {
  readonly fingerprint: string;
  readonly reason: string;
  readonly where: string;
}

export interface IgnoreRules {
  readonly paths: readonly PathRule[];
  readonly detectors: readonly DetectorRule[];
  readonly fingerprints: readonly FingerprintRule[];
}

export const NO_RULES: IgnoreRules = { paths: [], detectors: [], fingerprints: [] };

/**
 * Parses a .secretsignore file. `shown` names the file in messages; `knownIds` are the detector
 * ids a `detector-id:glob` line may name. A malformed line is a ConfigError naming `file:line`, the
 * problem and the fix, never the line's text: the file may be a link to a credentials file.
 */
export function parseSecretsIgnore(text: string, shown: string, knownIds: ReadonlySet<string>): IgnoreRules {
  const paths: PathRule[] = [];
  const detectors: DetectorRule[] = [];
  const fingerprints: FingerprintRule[] = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const where = `${shown}:${i + 1}`;
    const { rule, reason } = splitComment(rawLine);
    if (rule === '') return;
    const fail = (problem: string): never => {
      throw new ConfigError(`${where}: ${problem}`);
    };
    if (rule.startsWith('fingerprint:')) {
      const value = rule.slice('fingerprint:'.length).trim().toLowerCase();
      if (!FINGERPRINT.test(value)) fail('not a fingerprint: write fingerprint: followed by the 32 hex digits shown in a JSON or SARIF report');
      fingerprints.push({ fingerprint: value, reason, where });
      return;
    }
    const unnegated = rule.startsWith('!') ? rule.slice(1) : rule;
    const detector = DETECTOR_RULE.exec(unnegated);
    if (detector) {
      const [, id, glob] = detector as unknown as [string, string, string];
      if (!knownIds.has(id)) fail("an unknown detector id: use an id from 'secret-hygiene detectors' (to ignore a path with a colon, escape the colon as \\:)");
      if (rule.startsWith('!')) fail(`'!' applies to path rules only: remove it, or narrow the ${id}: glob instead`);
      if (glob.trim() === '') fail(`the ${id}: rule has no glob: write ${id}:PATH-GLOB, e.g. ${id}:test/**`);
      detectors.push({ detectorId: id, glob: glob.trim(), where, test: compileRuleGlob(glob.trim(), where) });
      return;
    }
    checkGlob(unnegated.replace(/\/+$/, '').replace(/^\//, ''), where);
    const parsed = parseIgnorePattern(rule, i + 1);
    if (parsed) paths.push({ ...parsed, where });
  });
  return { paths, detectors, fingerprints };
}

/** Extra path globs from the config file's `ignore` list, as path rules. */
export function pathRulesFromList(globs: readonly string[], shown: string): PathRule[] {
  return globs.map((glob, i) => {
    const where = `${shown}: ignore[${i}]`;
    checkGlob(glob.replace(/^!/, '').replace(/\/+$/, '').replace(/^\//, ''), where);
    const parsed = parseIgnorePattern(glob, i + 1);
    if (!parsed) throw new ConfigError(`${where}: empty or a comment: give a path glob such as vendor/ or *.min.js`);
    return { ...parsed, where };
  });
}

/** ' # reason' after a rule is a comment; '#' at the start of a line makes the line one. '\#' is a literal '#'. */
function splitComment(line: string): { rule: string; reason: string } {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { rule: '', reason: '' };
  const m = /(?<!\\)\s#(.*)$/.exec(trimmed);
  if (!m) return { rule: trimmed, reason: '' };
  return { rule: trimmed.slice(0, m.index).trim(), reason: (m[1] ?? '').trim() };
}

function checkGlob(glob: string, where: string): void {
  if (isLiteralGlob(glob)) return; // most lines of a long file: spares compiling them twice
  try {
    const re = picomatch.makeRe(glob, { dot: true, strictBrackets: true });
    if (re.source === '$^') throw new Error('it can match nothing');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${where}: not a valid glob (${why}); fix the pattern or escape special characters with \\`);
  }
}

/** A detector rule's glob, with the same anchoring as path rules: no '/' → any depth; 'dir/' → under dir. */
function compileRuleGlob(glob: string, where: string): (path: string) => boolean {
  checkGlob(glob.replace(/\/+$/, '').replace(/^\//, ''), where);
  const rule = parseIgnorePattern(glob, 0);
  if (!rule) return () => false;
  const matcher = compileIgnoreRules([rule]);
  return (path) => matcher.decide(path)?.ignored === true;
}

/** Something that can list the rules or comments that silenced nothing (by file:line, not by their text, which is not echoed). */
export interface UnusedReporter {
  unused(): Warning[];
}

/** The walk-time exclusion for path rules; remembers which rules decided something. */
export function pathExcluder(rules: readonly PathRule[]): { exclude: (path: string) => boolean } & UnusedReporter {
  const used = new Set<PathRule>();
  const matcher = compileIgnoreRules(rules);
  return {
    exclude(path: string): boolean {
      if (rules.length === 0) return false;
      const decided = matcher.decide(path);
      if (!decided) return false;
      used.add(decided.rule as PathRule);
      return decided.ignored;
    },
    unused: () => rules.filter((r) => !used.has(r)).map((r) => unusedWarning(r.where, 'path rule matched no scanned file; remove it')),
  };
}

/**
 * What a fingerprint rule needs to follow a finding to another detector: the catalogue (a finding's siblings: the
 * detectors of its vendor, and the generic ones that report a secret before a vendor's detector knows it), and the
 * key the scan fingerprints with (known once the baseline is read).
 */
export interface RelabelContext {
  readonly detectors: readonly FingerprintedBy[];
  readonly key: () => FingerprintKey | undefined;
}

/** Detectors that report secrets before (or besides) a vendor's own: a release that learns the vendor relabels their findings. */
const GENERIC_IDS = ['generic-secret-assignment', 'weak-credential-literal'];
/**
 * The other detectors a finding's secret is fingerprinted again under, at most; and the scrypt fingerprints a scan
 * spends on it (~8 ms each: a pre-commit hook with a fingerprint rule and a finding no rule silences pays at most
 * ~130 ms).
 */
const RELABEL_CANDIDATES = 8;
const RELABEL_SCRYPT_BUDGET = 16;

/** Detector and fingerprint rules, applied to findings after detection. */
export function ignoreRulesFilter(rules: IgnoreRules, relabel?: RelabelContext): FindingFilter & UnusedReporter & RuleLocator {
  const used = new Set<DetectorRule | FingerprintRule>();
  const byFingerprint = new Map(rules.fingerprints.map((r) => [r.fingerprint, r] as const));
  /** Rules written with the fingerprint an earlier version printed → the finding's fingerprint now. */
  const renamed = new Map<FingerprintRule, string>();
  const byEarlierFingerprint = (finding: Finding): FingerprintRule | undefined => {
    const earlier = earlierFingerprintOf(finding);
    const rule = earlier !== undefined ? byFingerprint.get(earlier) : undefined;
    if (rule) renamed.set(rule, finding.fingerprint);
    return rule;
  };
  const byRelabel = relabel && rules.fingerprints.length > 0 ? relabelMatcher(relabel, byFingerprint) : undefined;
  /** A rule written with the fingerprint the same secret had under another detector (a release moved the finding). */
  const byOtherDetector = (finding: Finding, secret: string | undefined): FingerprintRule | undefined => {
    const rule = secret !== undefined ? byRelabel?.(finding, secret) : undefined;
    if (rule) renamed.set(rule, finding.fingerprint);
    return rule;
  };
  const ruleFor = (finding: Finding, context?: FindingContext): DetectorRule | FingerprintRule | undefined =>
    byFingerprint.get(finding.fingerprint) ??
    rules.detectors.find((rule) => rule.detectorId === finding.detectorId && rule.test(finding.path)) ??
    byEarlierFingerprint(finding) ??
    byOtherDetector(finding, context?.secret);
  return {
    name: 'secretsignore',
    ...(rules.fingerprints.length > 0 ? { matchesEarlierFingerprints: true } : {}),
    keep(finding: Finding, context: FindingContext): boolean {
      const rule = ruleFor(finding, context);
      if (!rule) return true;
      used.add(rule);
      return false;
    },
    silencedWhere: (finding, context) => ruleFor(finding, context)?.where,
    unused: () => [
      ...rules.detectors.filter((r) => !used.has(r)).map((r) => unusedWarning(r.where, `the ${r.detectorId}: rule silenced no finding; remove it`)),
      ...rules.fingerprints.filter((r) => !used.has(r)).map((r) => unusedWarning(r.where, `rule 'fingerprint:${r.fingerprint}' silenced no finding; remove it`)),
      // not unused, but worth a rewrite: each such finding costs a slow hash while the rule is kept
      ...[...renamed].map(([r, now]) => unusedWarning(r.where, `rule 'fingerprint:${r.fingerprint}' names the fingerprint an earlier version printed; write 'fingerprint:${now}' instead`)),
    ],
  };
}

/**
 * The fingerprint rule naming a finding's secret as another detector of its family fingerprinted it: the same secret at
 * the same place, accepted before a release moved it to this detector. The fast hash where that detector uses it,
 * else scrypt within RELABEL_SCRYPT_BUDGET for the scan (a repository's own rules buy no unbounded work).
 */
function relabelMatcher(relabel: RelabelContext, byFingerprint: ReadonlyMap<string, FingerprintRule>): (finding: Finding, secret: string) => FingerprintRule | undefined {
  const byId = new Map(relabel.detectors.map((d) => [d.id, d] as const));
  const siblings = new Map<string, readonly FingerprintedBy[]>();
  const siblingsOf = (id: string): readonly FingerprintedBy[] => {
    let list = siblings.get(id);
    if (!list) {
      const vendor = byId.get(id)?.vendor;
      // a relabel names a vendor: a generic finding (a password, most of the scrypt fingerprints) was no vendor's before
      const family = vendor === undefined ? [] : relabel.detectors.filter((d) => d.vendor === vendor);
      // the generic detectors first: most relabels move a finding from them to its vendor's
      list = vendor === undefined ? [] : [...GENERIC_IDS.flatMap((g) => byId.get(g) ?? []), ...family].filter((d) => d.id !== id).slice(0, RELABEL_CANDIDATES);
      siblings.set(id, list);
    }
    return list;
  };
  const budget: ScryptBudget = { left: RELABEL_SCRYPT_BUDGET };
  return (finding, secret) => {
    const key = relabel.key() ?? {};
    const others = siblingsOf(finding.detectorId);
    // each detector's own scheme: the fingerprint a report printed under it
    const fast = (id: string): boolean => fastFingerprinted(byId.get(id) as FingerprintedBy, secret, key);
    const scheme = { fast, slow: (id: string) => !fast(id) };
    return underOtherDetectors(others.map((d) => d.id), secret, key, scheme, budget, (_id, fingerprint) => byFingerprint.get(fingerprint));
  };
}

/** For the audit, which keeps what a filter silences and says where it was silenced: 'FILE:LINE' of the rule or comment. */
export interface RuleLocator {
  /** Where the rule or comment that silences this finding is written; undefined when none does. No side effect. */
  silencedWhere(finding: Finding, context: FindingContext): string | undefined;
}

/** 'file:line' → a warning on the file with 'line N:' in front of the message. */
function unusedWarning(where: string, message: string): Warning {
  const m = /^(.*):(\d+)$/.exec(where);
  return m ? { path: m[1] as string, message: `line ${m[2]}: ${message}` } : { path: where.replace(/: .*$/, ''), message: `${where.replace(/^[^:]*: /, '')}: ${message}` };
}
