// One repository's audit read back from a JSON file (`report merge`): the file is untrusted input,
// so every field the renderers use is checked against the model's types, enums and counts are
// validated (a severity of `<script>` or a count of `"<img onerror=…>"` is refused, naming the field),
// and unknown fields are dropped. Free text (paths, names, messages) stays as it is: each renderer
// escapes it.
import type { UnknownReason, Verification, VerificationStatus } from '../verify/types.js';
import { ConfigError } from '../errors.js';
import type { FindingContextKind, Narrowing, NarrowingKind, PolicyId, Severity } from '../types.js';
import type { AuditFinding, AuditReport, AuditRepository, PolicySummary, Posture, PostureCheck, RotationEntry, SeverityCounts } from './model.js';
import { ACCEPTED_BY, AUDIT_KIND, type Acceptance } from './model.js';

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const STATUSES: readonly PolicySummary['status'][] = ['pass', 'fail', 'warn', 'unknown'];
const ORIGINS: readonly AuditFinding['origin'][] = ['history', 'working-tree'];
/** Every NarrowingKind of src/types.ts (a kind added there must be added here). */
const NARROWING_KINDS: readonly NarrowingKind[] = [
  'policies-disabled', 'policies-only', 'detectors-disabled', 'detectors-only', 'severity-lowered', 'fail-on', 'test-context-ungated',
  'paths-ignored', 'oversize', 'rule-silenced', 'inline-allow', 'baseline',
];
const CONTROLLERS: readonly Narrowing['controlledBy'][] = ['repository', 'user'];
const CONTEXTS: readonly FindingContextKind[] = ['test', 'vendored'];

type Json = Readonly<Record<string, unknown>>;

/** Where in the file a value is, for the error message ("repositories[2].rotation[0].severity"). */
class Field {
  constructor(
    readonly shown: string,
    readonly where: string,
  ) {}

  at(key: string | number): Field {
    return new Field(this.shown, typeof key === 'number' ? `${this.where}[${key}]` : this.where ? `${this.where}.${key}` : key);
  }

  fail(expected: string): never {
    throw new ConfigError(`${this.shown}: ${this.where || 'the report'} is not ${expected}; pass a report written by 'secret-hygiene audit --format json'`);
  }
}

function object(value: unknown, f: Field): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) f.fail('an object');
  return value as Json;
}

function array(value: unknown, f: Field): readonly unknown[] {
  if (!Array.isArray(value)) f.fail('a list');
  return value;
}

function text(value: unknown, f: Field): string {
  if (typeof value !== 'string') f.fail('a string');
  return value;
}

function optionalText(value: unknown, f: Field): string | undefined {
  return value === undefined ? undefined : text(value, f);
}

function count(value: unknown, f: Field): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) f.fail('a whole number');
  return value;
}

function flag(value: unknown, f: Field): boolean {
  if (typeof value !== 'boolean') f.fail('true or false');
  return value;
}

function oneOf<T extends string>(value: unknown, values: readonly T[], f: Field): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) f.fail(`one of ${values.join(', ')}`);
  return value as T;
}

/** Optional string fields, present in the result only when present in the file. */
function optionals(o: Json, keys: readonly string[], f: Field): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = optionalText(o[key], f.at(key));
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function texts(value: unknown, f: Field): string[] {
  return array(value, f).map((x, i) => text(x, f.at(i)));
}

function list<T>(value: unknown, f: Field, parse: (x: unknown, f: Field) => T): T[] {
  return array(value, f).map((x, i) => parse(x, f.at(i)));
}

function counts(value: unknown, f: Field): SeverityCounts {
  const o = object(value, f);
  return { critical: count(o.critical, f.at('critical')), high: count(o.high, f.at('high')), medium: count(o.medium, f.at('medium')), low: count(o.low, f.at('low')) };
}

function parseSummary(value: unknown, f: Field): PolicySummary {
  const o = object(value, f);
  return {
    policy: text(o.policy, f.at('policy')) as PolicyId,
    counts: counts(o.counts, f.at('counts')),
    total: count(o.total, f.at('total')),
    inTree: count(o.inTree, f.at('inTree')),
    historyOnly: count(o.historyOnly, f.at('historyOnly')),
    status: oneOf(o.status, STATUSES, f.at('status')),
    verdict: text(o.verdict, f.at('verdict')),
  };
}

/** The fields a rotation entry and a finding share: which detector, how bad, which secret. */
function parseIdentity(o: Record<string, unknown>, f: Field): Pick<RotationEntry, 'detectorId' | 'title' | 'policy' | 'severity' | 'fingerprint' | 'redacted'> {
  return {
    detectorId: text(o.detectorId, f.at('detectorId')),
    title: text(o.title, f.at('title')),
    policy: text(o.policy, f.at('policy')) as PolicyId,
    severity: oneOf(o.severity, SEVERITIES, f.at('severity')),
    fingerprint: text(o.fingerprint, f.at('fingerprint')),
    redacted: text(o.redacted, f.at('redacted')),
  };
}

/** The optional `context` mark: 'test' or 'vendored'. */
function parseContext(o: Json, f: Field): { context?: FindingContextKind } {
  return o.context === undefined ? {} : { context: oneOf(o.context, CONTEXTS, f.at('context')) };
}

const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['live', 'revoked', 'unknown'];
const UNKNOWN_REASONS: readonly UnknownReason[] = ['no-verifier', 'disabled', 'missing-context', 'not-checkable', 'network-error', 'timeout', 'rate-limited', 'unexpected-response'];

/** The optional `verification` (--verify): status, and reason, verifier and detail when present. */
function parseVerification(o: Json, f: Field): { verification?: Verification } {
  if (o.verification === undefined) return {};
  const v = object(o.verification, f.at('verification'));
  const at = f.at('verification');
  return {
    verification: {
      status: oneOf(v.status, VERIFICATION_STATUSES, at.at('status')),
      ...(v.reason === undefined ? {} : { reason: oneOf(v.reason, UNKNOWN_REASONS, at.at('reason')) }),
      ...optionals(v, ['verifier', 'detail'], at),
    },
  };
}

/** The optional `accepted` mark: `by` one of ACCEPTED_BY, `where` optional text; unknown keys dropped. */
function parseAccepted(o: Json, f: Field): { accepted?: Acceptance } {
  if (o.accepted === undefined) return {};
  const a = object(o.accepted, f.at('accepted'));
  return { accepted: { by: oneOf(a.by, ACCEPTED_BY, f.at('accepted').at('by')), ...optionals(a, ['where'], f.at('accepted')) } };
}

function parseRotation(value: unknown, f: Field): RotationEntry {
  const o = object(value, f);
  return {
    ...parseIdentity(o, f),
    ...optionals(o, ['secret', 'firstCommit', 'author', 'email', 'date', 'lastCommit', 'lastDate'], f),
    inTree: flag(o.inTree, f.at('inTree')),
    paths: texts(o.paths, f.at('paths')),
    commits: count(o.commits, f.at('commits')),
    ...parseAccepted(o, f),
    ...parseContext(o, f),
    ...parseVerification(o, f),
  };
}

function parseFinding(value: unknown, f: Field): AuditFinding {
  const o = object(value, f);
  return {
    ...parseIdentity(o, f),
    path: text(o.path, f.at('path')),
    line: count(o.line, f.at('line')),
    column: count(o.column, f.at('column')),
    message: text(o.message, f.at('message')),
    ...optionals(o, ['secret', 'commit', 'author', 'email', 'date'], f),
    inTree: flag(o.inTree, f.at('inTree')),
    origin: oneOf(o.origin, ORIGINS, f.at('origin')),
    ...parseAccepted(o, f),
    ...parseContext(o, f),
    ...parseVerification(o, f),
  };
}

function paths(value: unknown, f: Field): { readonly inTree: number; readonly historyOnly: number } {
  const o = object(value, f);
  return { inTree: count(o.inTree, f.at('inTree')), historyOnly: count(o.historyOnly, f.at('historyOnly')) };
}

function parseCheck(value: unknown, f: Field): PostureCheck {
  const o = object(value, f);
  return {
    id: text(o.id, f.at('id')) as PostureCheck['id'],
    ok: o.ok === null ? null : flag(o.ok, f.at('ok')),
    sentence: text(o.sentence, f.at('sentence')),
  };
}

function parsePosture(value: unknown, f: Field): Posture {
  const o = object(value, f);
  return {
    hooks: texts(o.hooks, f.at('hooks')),
    envIgnored: o.envIgnored === null ? null : flag(o.envIgnored, f.at('envIgnored')),
    committedEnvFiles: paths(o.committedEnvFiles, f.at('committedEnvFiles')),
    credentialFiles: paths(o.credentialFiles, f.at('credentialFiles')),
    rootContainers: paths(o.rootContainers, f.at('rootContainers')),
    tlsDisabled: paths(o.tlsDisabled, f.at('tlsDisabled')),
    checks: list(o.checks, f.at('checks'), parseCheck),
  };
}

function parseRepository(value: unknown, f: Field): AuditRepository {
  const o = object(value, f);
  return {
    name: text(o.name, f.at('name')),
    path: text(o.path, f.at('path')),
    head: o.head === null ? null : text(o.head, f.at('head')),
    branches: texts(o.branches, f.at('branches')),
    commits: count(o.commits, f.at('commits')),
  };
}

function parseWarning(value: unknown, f: Field): { readonly path: string; readonly message: string } {
  const o = object(value, f);
  return { path: text(o.path, f.at('path')), message: text(o.message, f.at('message')) };
}

function parseNarrowing(value: unknown, f: Field): Narrowing {
  const o = object(value, f);
  const optionalCount = (key: 'files' | 'findings' | 'limit'): Record<string, number> => (o[key] === undefined ? {} : { [key]: count(o[key], f.at(key)) });
  return {
    kind: oneOf(o.kind, NARROWING_KINDS, f.at('kind')),
    controlledBy: oneOf(o.controlledBy, CONTROLLERS, f.at('controlledBy')),
    source: text(o.source, f.at('source')),
    ...(o.ids === undefined ? {} : { ids: texts(o.ids, f.at('ids')) }),
    ...optionalCount('files'),
    ...optionalCount('findings'),
    ...optionalCount('limit'),
    ...(o.severity === undefined ? {} : { severity: oneOf(o.severity, SEVERITIES, f.at('severity')) }),
  };
}

/** One repository's audit (`where` is '' for a single report, 'repositories[i]' in a combined one). */
export function parseReport(value: unknown, shown: string, where: string): AuditReport {
  const f = new Field(shown, where);
  const o = object(value, f);
  const tool = object(o.tool, f.at('tool'));
  return {
    version: count(o.version, f.at('version')),
    kind: AUDIT_KIND,
    tool: { name: text(tool.name, f.at('tool').at('name')), version: text(tool.version, f.at('tool').at('version')) },
    repository: parseRepository(o.repository, f.at('repository')),
    generatedAt: text(o.generatedAt, f.at('generatedAt')),
    reveal: flag(o.reveal, f.at('reveal')),
    summary: list(o.summary, f.at('summary'), parseSummary),
    rotation: list(o.rotation, f.at('rotation'), parseRotation),
    testCredentials: o.testCredentials === undefined ? [] : list(o.testCredentials, f.at('testCredentials'), parseRotation),
    findings: list(o.findings, f.at('findings'), parseFinding),
    posture: parsePosture(o.posture, f.at('posture')),
    warnings: list(o.warnings, f.at('warnings'), parseWarning),
    notes: texts(o.notes, f.at('notes')),
    ...(o.narrowing === undefined ? {} : { narrowing: list(o.narrowing, f.at('narrowing'), parseNarrowing) }),
  };
}
