// Cross-module domain types. Types only: no values live here.
import type { Verification } from './verify/types.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** The practices of ../shared/docs/policies.md, one id each. */
export type PolicyId =
  | 'no-committed-credentials'
  | 'env-files-out-of-vcs'
  | 'credentials-from-environment'
  | 'no-secrets-in-logs'
  | 'non-root-containers'
  | 'secrets-not-in-images'
  | 'tls-verified'
  | 'rotate-exposed-credentials'
  | 'leak-prevention-in-place';

/** Where a blob's bytes live. */
export type Origin =
  | { readonly kind: 'file' }
  | { readonly kind: 'index'; readonly oid: string }
  | { readonly kind: 'git-blob'; readonly oid: string }
  | { readonly kind: 'stdin' };

/** What a source yields: one file's (or git object's) bytes under a repository-relative path. */
export interface Blob {
  readonly path: string; // forward slashes, relative to the scanned root
  readonly bytes: Buffer;
  readonly origin: Origin;
  /** History blobs: how this version relates to others of the same path, so that only what changed is scanned. */
  readonly lineage?: Lineage;
  /**
   * Staged blobs: the byte ranges (whole lines) of what the change adds, when only findings there are
   * reported; the engine then scans only around them (engine/added-lines.ts). Absent: the whole blob.
   */
  readonly ranges?: readonly (readonly [number, number])[];
}

/**
 * A history blob's place among the versions of its path. The engine keeps a version (bytes and
 * findings) while later blobs will name it as their `base`, and scans a later version only where it
 * differs from its base, carrying the base's findings over the unchanged parts.
 */
export interface Lineage {
  /** This (blob, path)'s key: `${oid}\0${path}`. */
  readonly key: string;
  /**
   * The key of the version scanned earlier that this one is compared with: the newer version of the
   * path that replaced it, or for a branch tip (no newer version) a sibling, another child commit's
   * version made from the same parent version.
   */
  readonly base?: string;
  /**
   * How many later blobs of this scan name this one as their base (0: not kept). The source may raise
   * it while the blob waits to be scanned or is kept (a sibling listed later); the engine reads it at
   * each use.
   */
  readonly uses: number;
}

/** Sources also report what they could not or would not read, so nothing is skipped silently. */
export type SkipReason = 'binary' | 'oversize' | 'unreadable' | 'ignored-by-rule' | 'symlink' | 'symlink-outside-root' | 'submodule';

/**
 * A working-tree file the engine reads itself, on whichever thread scans it: a worker reads the files
 * of the batches it takes, so the main thread only lists them.
 */
export interface FileRef {
  readonly root: string; // absolute; `path` is relative to it
  readonly path: string;
  /** Larger files are skipped as oversize, unread. */
  readonly maxBytes: number;
  /**
   * The path's bytes ('/'-separated, relative to `root`) when a name in it is not valid UTF-8: `path`
   * is then decoded lossily, for reports, and these open the file. A Uint8Array of its own (not a
   * view of a larger buffer): it is copied to worker threads by postMessage's structured clone.
   */
  readonly raw?: Uint8Array;
}

export type SourceEvent =
  | { readonly type: 'blob'; readonly blob: Blob }
  | { readonly type: 'file'; readonly file: FileRef }
  | { readonly type: 'skip'; readonly path: string; readonly reason: SkipReason; readonly origin?: Origin; readonly message?: string };

export interface Source {
  readonly name: string;
  /** Streams blobs with bounded memory. */
  events(): AsyncIterable<SourceEvent>;
}

/** What a detector returns: offsets into the text it was given. */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** The credential itself: fingerprinted and redacted. Absent for practice findings. */
  readonly secret?: string;
  /** Secret-free context: 'final stage "runtime" has no USER'. */
  readonly detail?: string;
  /**
   * The code names the value a fake, dummy or example one (`TEST_FAKE_RSA_KEY = "-----BEGIN…"`): the
   * finding is test material wherever its file is (`context: "test"`, one severity step lower).
   */
  readonly sample?: boolean;
}

export interface Example {
  readonly text: string;
  readonly path?: string;
  readonly why?: string;
}

export interface DetectorInput {
  readonly path: string;
  /** Decoded text; empty for binary blobs handed to path-only detectors. */
  readonly text: string;
  /** True when the blob is binary (or too large) and `text` is empty. */
  readonly binary?: boolean;
  /**
   * Where this detector's keywords start in `text`, ascending and distinct, found by the engine's one
   * automaton pass; absent when unknown (non-ASCII text, too many hits, direct calls in tests):
   * then a detector that wants them searches for its keywords itself.
   */
  readonly keywordStarts?: readonly number[];
}

export interface Detector {
  /** Stable kebab-case id, never renamed. */
  readonly id: string;
  readonly title: string;
  /** The service whose credential it finds (`Finnhub`); every detector of a vendor kind names it (detectors/catalogue.ts). */
  readonly vendor?: string;
  /**
   * Who makes the secrets it finds: 'generated' (a service's token, a key generator's output: random,
   * never typed by a person), 'chosen' (a password, a key set by hand), or 'identifier' (an access key
   * id, which names a credential and which its vendor calls no secret). Default: generated when
   * `vendor` is set, else chosen. An identifier, and a generated secret that also reads as random, are
   * fingerprinted with a fast keyed hash, any other with scrypt (src/engine/finding.ts): mark a
   * vendor's password 'chosen'.
   */
  readonly secrets?: 'generated' | 'chosen' | 'identifier';
  readonly policy: PolicyId;
  readonly severity: Severity;
  /** Lowercase literals for the prefilter; [] = always run (keep such detectors few and cheap). */
  readonly keywords: readonly string[];
  /** picomatch globs (matched against the path, basename-aware) the detector applies to; default every text file. */
  readonly paths?: readonly string[];
  /** Runs on binary and oversize blobs too, with empty text: for detectors that judge by file name. */
  readonly includeBinary?: boolean;
  /** Higher wins when two detectors report the same secret at the same place (vendor 50, generic 10). */
  readonly priority?: number;
  /**
   * How much of the file a match depends on. 'lines' (the default for detectors without `paths`):
   * only the text within a few lines (and 1 KiB) of it, so a history scan may run the detector over
   * just the changed part of a file's next version. 'file' (the default with `paths`): the whole file
   * (.env files, Dockerfiles, ignore rules), so a version in which the detector runs is scanned whole.
   * 'code-lines': 'lines' in code; in prose files, whose code fences are file-wide state, the
   * changed part of a version is widened to the fenced blocks it touches (src/engine/delta.ts).
   */
  readonly reach?: 'lines' | 'file' | 'code-lines';
  /**
   * With reach 'file': the whole file is needed only when one of these strings (exact case) occurs
   * in it; in a file without them every match depends on nearby lines alone, as with 'lines'. A
   * detector selected by a common keyword (Docker's `"auth"`) then no longer makes each later
   * version of every file that holds it be scanned whole.
   */
  readonly fileKeywords?: readonly string[];
  /**
   * With reach 'file': the files (globs, as in `paths`) where the whole file may be needed; in the
   * others every match depends on nearby lines alone, as with 'lines'. The logging detector needs
   * the whole file only for a shell script's `{ … } > file` groups: a `} >` in JavaScript or Python
   * made each later version of the file be scanned whole.
   */
  readonly wholeFilePaths?: readonly string[];
  /**
   * Whether a value this detector found is one the file publishes by design (a documentation site's
   * search-only key), judged on the file's own text at the value's place. The engine asks it for
   * values the detector read in a setting it rewrote (a key under a block named after the vendor,
   * src/engine/pairs.ts), where the detector saw only the rewritten line.
   */
  readonly isPublishedAt?: (text: string, start: number, end: number) => boolean;
  /** What to do, shown by `detectors --explain`. */
  readonly remediation: string;
  /**
   * Of the path, a detector may read only the file name, whether the file is at the root, and (by
   * `paths`) which globs it matches: the engine scans identical files of the same name once.
   */
  detect(input: DetectorInput): Iterable<Match>;
  readonly examples: {
    readonly positive: readonly Example[];
    readonly negative: readonly Example[];
    readonly knownMisses?: readonly Example[];
  };
}

/** Set only for findings from git history. */
export interface Provenance {
  readonly commit: string;
  readonly author: string;
  readonly email: string;
  readonly date: string; // ISO 8601
  readonly inTree: boolean;
}

export interface Finding extends Partial<Provenance> {
  readonly detectorId: string;
  readonly title: string;
  readonly policy: PolicyId;
  readonly severity: Severity;
  readonly path: string;
  readonly line: number; // 1-based
  readonly column: number; // 1-based, in UTF-16 code units
  readonly endLine: number;
  readonly endColumn: number; // exclusive
  /** Keyed, slow hash of detector id + secret (or of detector id + path + detail for practice findings). */
  readonly fingerprint: string;
  /** A few leading characters then '…'; empty for practice findings. */
  readonly redacted: string;
  readonly message: string;
  /** The secret in clear: present only with --reveal. */
  readonly secret?: string;
  /** Git blob id, when the finding came from a git object. */
  readonly blob?: string;
  /**
   * Set when the secret was found in decoded text: its encodings from the file inwards, '/'-joined
   * ('base64', 'hex', 'percent', 'backslash', 'entity'; 'percent/base64'). The position is then that
   * of the encoded text, and the message says so too.
   */
  readonly encoding?: string;
  /**
   * Set when the finding is inside a member of an archive (zip, jar, tar, gzip...): the archive file's
   * own path. `path` is then `<archive>!/<member>` (nested archives: `a.zip!/b.jar!/c.properties`),
   * and the line and column are the member's.
   */
  readonly archive?: string;
  /**
   * Every policy this finding breaks, its own `policy` first; set only when it is more than one: a
   * practice finding at the same place as a secret (a key file and the key in it, a URL that sends
   * its password over plain http) is reported as part of the secret's finding (src/engine/same-place.ts).
   */
  readonly policies?: readonly PolicyId[];
  /**
   * 'test': the file is test, fixture, example, sample, demo or documentation material (by its
   * path: src/engine/test-context.ts); 'vendored': third-party code kept in the repository
   * (`vendor/`, `third_party/`, `node_modules/`). The severity is then one step below the detector's.
   */
  readonly context?: FindingContextKind;
  /** With --verify: what the vendor said about the credential (src/verify/). */
  readonly verification?: Verification;
}

/** Where a finding sits, when that changes how it is judged: 'test' material, 'vendored' third-party code. */
export type FindingContextKind = 'test' | 'vendored';

export type SkipCounts = Partial<Record<SkipReason, number>>;

export interface Warning {
  readonly path: string;
  readonly message: string;
}

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  filesSkipped: number;
  skipped: SkipCounts;
  /** Findings dropped by each filter (inline allow, .secretsignore, baseline, ...). */
  suppressed: Record<string, number>;
  durationMs: number;
  /** Files scanned inside archives (all layers), when any archive was opened. */
  archiveMembers?: number;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  readonly stats: ScanStats;
  readonly warnings: readonly Warning[];
  /** What settings narrowed the scan (set by the command that ran it, from its settings and the stats). */
  readonly narrowing?: readonly Narrowing[];
}

/**
 * How one setting narrowed a scan: checks switched off, files left unread, findings silenced.
 * Reports carry the list so that a scan never comes out clean without saying what it did not look at.
 */
export type NarrowingKind =
  /** `ids`: policies / detectors switched off, or the only ones run. */
  | 'policies-disabled'
  | 'policies-only'
  | 'detectors-disabled'
  | 'detectors-only'
  /** `ids`: detectors whose severity the config lowered (they may fall under --fail-on). */
  | 'severity-lowered'
  /** `severity`: the gate fails only at or above it (a config's "failOn" above low). */
  | 'fail-on'
  /** Findings in test, fixture, example and docs paths do not fail the gate (a config's "failOnTestContext": false). */
  | 'test-context-ungated'
  /** `files`: files path rules excluded, never read. */
  | 'paths-ignored'
  /** `files` over `limit` bytes, skipped (only detectors that judge by file name saw them). */
  | 'oversize'
  /** `findings` silenced by detector and fingerprint rules. */
  | 'rule-silenced'
  /** `findings` silenced by allow comments in the scanned files. */
  | 'inline-allow'
  /** `findings` the baseline accepted. */
  | 'baseline';

export interface Narrowing {
  readonly kind: NarrowingKind;
  /**
   * 'repository': the scanned root's .secret-hygiene.json and .secretsignore, allow comments in
   * scanned files, the config's baseline. 'user': flags, files named by flags, the built-in defaults.
   */
  readonly controlledBy: 'repository' | 'user';
  /** Where it was set: a file as shown ('.secret-hygiene.json'), a flag ('--detector'), 'allow comments', or 'default'. */
  readonly source: string;
  readonly ids?: readonly string[];
  readonly files?: number;
  readonly findings?: number;
  /** Bytes, for 'oversize'. */
  readonly limit?: number;
  /** For 'fail-on'. */
  readonly severity?: Severity;
}

/** The source lines around a finding, for filters that read comments (inline allows). */
export interface FindingContext {
  readonly lineText: string;
  readonly prevLineText: string;
  /** The secret in clear, for a filter that must fingerprint it another way (baseline.ts); never reported. */
  readonly secret?: string;
}

/** A filter drops findings the user has accepted; the engine counts what each drops. */
export interface FindingFilter {
  readonly name: string;
  /** Returns true to keep the finding. */
  keep(finding: Finding, context: FindingContext): boolean;
  /**
   * Reads earlierFingerprintOf(finding) (engine/finding.ts): the scan then computes, for findings given
   * the fast hash, the scrypt fingerprint earlier versions printed (~8 ms each).
   */
  readonly matchesEarlierFingerprints?: boolean;
  /**
   * Optional: sees the bytes of every text blob the engine scans, findings or not (e.g. to list
   * the allow comments for `--report-unused-allows`). Left undefined, it costs nothing.
   */
  observeText?(path: string, bytes: Buffer): void;
}
