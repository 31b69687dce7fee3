// The audit report: its own versioned JSON schema (documented in the README), separate from the
// scan report. One repository per `AuditReport`; `audit --repos` and `report merge` combine them.
import type { FindingContextKind, Narrowing, PolicyId, Severity } from '../types.js';
import type { Verification } from '../verify/types.js';

/** Bumped on breaking changes of the audit schema. */
export const AUDIT_VERSION = 1;
/** `kind` of one repository's audit, and of a combined one. */
export const AUDIT_KIND = 'secret-hygiene-audit';
export const COMBINED_KIND = 'secret-hygiene-audit-combined';

export type SeverityCounts = Record<Severity, number>;

/** Which of the repository's settings accepted a finding: the gate ignores it, the rotation checklist keeps it. */
export type AcceptedBy = 'baseline' | 'secretsignore' | 'inline-allow';
export const ACCEPTED_BY: readonly AcceptedBy[] = ['baseline', 'secretsignore', 'inline-allow'];

export interface Acceptance {
  readonly by: AcceptedBy;
  /** The baseline file, the rule ('.secretsignore:3') or the allow comment ('src/app.js:12'). */
  readonly where?: string;
}

export interface PolicySummary {
  readonly policy: PolicyId;
  readonly counts: SeverityCounts;
  readonly total: number;
  /** Findings still in the current tree (HEAD or the working tree). */
  readonly inTree: number;
  /** Findings only in history. */
  readonly historyOnly: number;
  /** 'pass' | 'fail' | 'warn' | 'unknown': drives colour and the text marker. */
  readonly status: 'pass' | 'fail' | 'warn' | 'unknown';
  /** One plain-language sentence. */
  readonly verdict: string;
}

export interface RotationEntry {
  readonly detectorId: string;
  readonly title: string;
  readonly policy: PolicyId;
  readonly severity: Severity;
  readonly fingerprint: string;
  /** A few leading characters and '…' (empty for credential files, which have no single value). */
  readonly redacted: string;
  /** Only with --reveal. */
  readonly secret?: string;
  /** The commit that first introduced it (undefined: never committed, only in the working tree). */
  readonly firstCommit?: string;
  readonly author?: string;
  readonly email?: string;
  readonly date?: string;
  /** The newest commit (by author date) whose tree holds it, on any ref. */
  readonly lastCommit?: string;
  readonly lastDate?: string;
  /** Still in HEAD's tree or in the working tree. */
  readonly inTree: boolean;
  /** Every path it appeared under, in history or the working tree. */
  readonly paths: readonly string[];
  /** How many commits (all refs) hold it in their tree. */
  readonly commits: number;
  /** Every finding of it was accepted by the repository's settings (still to rotate; not failing the gate). */
  readonly accepted?: Acceptance;
  /** 'test': found only in test, fixture, example and docs paths; 'vendored': only in vendored code (both listed apart from the credentials to rotate). */
  readonly context?: FindingContextKind;
  /** With --verify: live when any of its findings is, else revoked when any is, else unknown. Live entries come first. */
  readonly verification?: Verification;
}

export interface AuditFinding {
  readonly detectorId: string;
  readonly title: string;
  readonly policy: PolicyId;
  readonly severity: Severity;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly fingerprint: string;
  readonly redacted: string;
  readonly message: string;
  readonly secret?: string;
  readonly commit?: string;
  readonly author?: string;
  readonly email?: string;
  readonly date?: string;
  readonly inTree: boolean;
  /** 'history' (a commit holds it) or 'working-tree' (uncommitted). */
  readonly origin: 'history' | 'working-tree';
  /** Accepted by the baseline, an ignore rule or an allow comment: reported, but the gate ignores it. */
  readonly accepted?: Acceptance;
  /** 'test': in a test, fixture, example or docs path; 'vendored': in vendored code; its severity is one step below the detector's. */
  readonly context?: FindingContextKind;
  /** With --verify: what the vendor said about the credential. */
  readonly verification?: Verification;
}

export interface PostureCheck {
  readonly id: 'secret-scanning-hook' | 'env-ignored' | 'committed-env-files' | 'credential-files' | 'root-containers' | 'tls-disabled';
  /** true = healthy, false = a problem, null = cannot tell (e.g. a bare repository). */
  readonly ok: boolean | null;
  readonly sentence: string;
}

export interface Posture {
  /** What runs a secret scanner before commits: 'git hook (secret-hygiene)', 'pre-commit framework (gitleaks)', ... */
  readonly hooks: readonly string[];
  readonly envIgnored: boolean | null;
  /** Counts of distinct paths still in the tree / only in history. */
  readonly committedEnvFiles: { readonly inTree: number; readonly historyOnly: number };
  readonly credentialFiles: { readonly inTree: number; readonly historyOnly: number };
  readonly rootContainers: { readonly inTree: number; readonly historyOnly: number };
  readonly tlsDisabled: { readonly inTree: number; readonly historyOnly: number };
  readonly checks: readonly PostureCheck[];
}

export interface AuditRepository {
  readonly name: string;
  readonly path: string;
  readonly head: string | null;
  readonly branches: readonly string[];
  readonly commits: number;
}

export interface AuditReport {
  readonly version: number;
  readonly kind: typeof AUDIT_KIND;
  readonly tool: { readonly name: string; readonly version: string };
  readonly repository: AuditRepository;
  readonly generatedAt: string;
  readonly reveal: boolean;
  readonly summary: readonly PolicySummary[];
  readonly rotation: readonly RotationEntry[];
  /** Credentials found only in test, fixture, example and docs paths or vendored code: listed apart from `rotation` (empty in reports of older versions). */
  readonly testCredentials: readonly RotationEntry[];
  readonly findings: readonly AuditFinding[];
  readonly posture: Posture;
  readonly warnings: readonly { readonly path: string; readonly message: string }[];
  readonly notes: readonly string[];
  /** What settings narrowed the scans, and who controls them (absent in reports of older versions). */
  readonly narrowing?: readonly Narrowing[];
}

export interface CombinedAudit {
  readonly version: number;
  readonly kind: typeof COMBINED_KIND;
  readonly tool: { readonly name: string; readonly version: string };
  readonly generatedAt: string;
  /** Totals over every repository, per policy. */
  readonly summary: readonly PolicySummary[];
  readonly repositories: readonly AuditReport[];
}

/** What the renderers take: one repository's audit, or several. */
export type AuditDocument = AuditReport | CombinedAudit;

export function reportsOf(doc: AuditDocument): readonly AuditReport[] {
  return doc.kind === COMBINED_KIND ? doc.repositories : [doc];
}

export function zeroCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0 };
}
