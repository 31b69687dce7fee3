// Per-policy counts and one plain-language verdict each, for one repository or for many.
import { POLICY_IDS } from '../config/policies.js';
import { isGateSetting } from '../report/narrowing.js';
import type { Narrowing, PolicyId } from '../types.js';
import { acceptedPhrase } from './accepted.js';
import { zeroCounts, type AuditFinding, type PolicySummary, type Posture, type RotationEntry } from './model.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What each policy's findings are, in words ("credentials", "committed .env files"). */
const WHAT: Record<PolicyId, readonly [string, string]> = {
  'no-committed-credentials': ['committed credential', 'committed credentials'],
  'env-files-out-of-vcs': ['.env finding', '.env findings'],
  'credentials-from-environment': ['hardcoded credential', 'hardcoded credentials'],
  'no-secrets-in-logs': ['secret in logs', 'secrets in logs'],
  'non-root-containers': ['container running as root', 'containers running as root'],
  'secrets-not-in-images': ['secret baked into an image', 'secrets baked into images'],
  'tls-verified': ['disabled TLS check', 'disabled TLS checks'],
  'rotate-exposed-credentials': ['credential to rotate', 'credentials to rotate'],
  'leak-prevention-in-place': ['missing hook', 'missing hooks'],
};

export interface SummaryInput {
  readonly findings: readonly AuditFinding[];
  readonly rotation: readonly RotationEntry[];
  /** Credentials found only in test, fixture, example and docs paths (listed apart from `rotation`). */
  readonly testCredentials?: readonly RotationEntry[];
  readonly postures: readonly Posture[];
  /** What settings narrowed the scans: with any, nothing found is not "Clean" (see notChecked). */
  readonly narrowing?: readonly Narrowing[];
}

/** Said instead of "Clean" when the scans were narrowed. */
const NARROWED = 'the scan was narrowed: see "Not scanned"';

/** The setting that switched a policy off, if one did. */
function notChecked(policy: PolicyId, narrowing: readonly Narrowing[]): Narrowing | undefined {
  return narrowing.find((n) => (n.kind === 'policies-disabled' && n.ids?.includes(policy)) || (n.kind === 'policies-only' && !n.ids?.includes(policy)));
}

export function summarize(input: SummaryInput): PolicySummary[] {
  return POLICY_IDS.map((policy) => {
    // what hid something from the scans (a lowered severity or a raised failOn hides nothing)
    const narrowing = (input.narrowing ?? []).filter((n) => !isGateSetting(n));
    if (policy === 'rotate-exposed-credentials') return rotationSummary(input.rotation, input.testCredentials?.length ?? 0, narrowing.length > 0);
    if (policy === 'leak-prevention-in-place') {
      const off = notChecked(policy, narrowing);
      return off ? { policy, counts: zeroCounts(), total: 0, inTree: 0, historyOnly: 0, status: 'unknown', verdict: `Not checked: switched off by ${off.source}.` } : hookSummary(input.postures);
    }
    const mine = input.findings.filter((f) => f.policy === policy);
    const counts = zeroCounts();
    for (const f of mine) counts[f.severity]++;
    const inTree = mine.filter((f) => f.inTree).length;
    const historyOnly = mine.length - inTree;
    const [one, many] = WHAT[policy];
    const off = mine.length === 0 ? notChecked(policy, narrowing) : undefined;
    if (off) return { policy, counts, total: 0, inTree, historyOnly, status: 'unknown', verdict: `Not checked: switched off by ${off.source}.` };
    if (mine.length === 0 && narrowing.length > 0) return { policy, counts, total: 0, inTree, historyOnly, status: 'unknown', verdict: `No ${many} found in what was scanned, but ${NARROWED}.` };
    if (mine.length === 0) return { policy, counts, total: 0, inTree, historyOnly, status: 'pass', verdict: `Clean: no ${many} found.` };
    const verdict = (inTree > 0
      ? `Needs work: ${plural(mine.length, one, many)}, ${inTree} still in the current tree${historyOnly ? ` and ${historyOnly} only in history` : ''}.`
      : `Fixed in the tree, but ${plural(historyOnly, one, many)} remain${historyOnly === 1 ? 's' : ''} in history.`) + acceptedSentence(mine);
    return { policy, counts, total: mine.length, inTree, historyOnly, status: inTree > 0 ? 'fail' : 'warn', verdict };
  });
}

/** The credentials to rotate; `tests` more, found only in test and fixture material, are listed apart and only mentioned. */
function rotationSummary(rotation: readonly RotationEntry[], tests: number, narrowed: boolean): PolicySummary {
  const counts = zeroCounts();
  for (const r of rotation) counts[r.severity]++;
  const inTree = rotation.filter((r) => r.inTree).length;
  const historyOnly = rotation.length - inTree;
  const policy: PolicyId = 'rotate-exposed-credentials';
  const apart = tests > 0 ? ` ${plural(tests, 'test or fixture credential', 'test and fixture credentials')} listed apart: rotate any that is real.` : '';
  if (rotation.length === 0 && narrowed) return { policy, counts, total: 0, inTree, historyOnly, status: 'unknown', verdict: `Nothing to rotate in what was scanned, but ${NARROWED}.${apart}` };
  if (rotation.length === 0 && tests > 0) return { policy, counts, total: 0, inTree, historyOnly, status: 'warn', verdict: `Nothing to rotate outside test and fixture material;${apart}` };
  if (rotation.length === 0) return { policy, counts, total: 0, inTree, historyOnly, status: 'pass', verdict: 'Nothing to rotate: no credential was ever committed.' };
  const accepted = acceptedPhrase(rotation);
  const verdict = `Rotate ${plural(rotation.length, 'credential')}: ${inTree} still in the tree${historyOnly ? `, ${historyOnly} removed but still readable in history` : ''}. Removing a secret from the files does not un-leak it${accepted ? `, and neither does accepting it (${accepted})` : ''}.${apart}`;
  return { policy, counts, total: rotation.length, inTree, historyOnly, status: 'fail', verdict };
}

/** " 2 of them accepted: 1 by the baseline, 1 by an allow comment (not failing the gate)." or ''. */
function acceptedSentence(findings: readonly AuditFinding[]): string {
  const phrase = acceptedPhrase(findings);
  return phrase ? ` ${phrase[0]?.toUpperCase()}${phrase.slice(1)} (not failing the gate).` : '';
}

function hookSummary(postures: readonly Posture[]): PolicySummary {
  const missing = postures.filter((p) => p.hooks.length === 0).length;
  const policy: PolicyId = 'leak-prevention-in-place';
  const counts = zeroCounts();
  counts.medium = missing;
  const verdict = missing === 0
    ? 'A secret scanner runs before commits.'
    : postures.length === 1
      ? 'No secret-scanning hook: nothing stops the next leak. Run `secret-hygiene hook install`.'
      : `${missing} of ${postures.length} repositories have no secret-scanning hook.`;
  return { policy, counts, total: missing, inTree: missing, historyOnly: 0, status: missing === 0 ? 'pass' : 'warn', verdict };
}
