// JUnit XML so that CI systems show findings as failed tests: one test suite per policy checked,
// one failed test case per finding, and a passing case for each policy with nothing found.
// Always redacted, like SARIF: test reports get published.
import { verificationPhrase } from './verification.js';
import { POLICY_IDS } from '../config/policies.js';
import type { Finding, PolicyId } from '../types.js';
import { escapeFields } from './escape-control.js';
import { historyState, type ReportInput } from './types.js';

export function renderJunit(input: ReportInput): string {
  const policies = policiesOf(input);
  const seconds = (input.stats.durationMs / 1000).toFixed(3);
  // a finding that breaks several policies (a key file and the key in it) fails in each one's suite
  const suites = policies.map((policy) => suite(policy, input.findings.filter((f) => policiesOfFinding(f).includes(policy)), input.command));
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const head = `<testsuites name="${xml(`${input.tool.name} ${input.command}`)}" tests="${tests}" failures="${failures}" errors="0" time="${seconds}">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => s.xml), '</testsuites>', ''].join('\n');
}

/** The policies of the detectors that ran, plus any a finding carries (a log path moves a finding to no-secrets-in-logs), in policy order. */
function policiesOf(input: ReportInput): PolicyId[] {
  const present = new Set<PolicyId>([...input.detectors.map((d) => d.policy), ...input.findings.flatMap(policiesOfFinding)]);
  const ordered = POLICY_IDS.filter((p) => present.has(p));
  return ordered.length > 0 ? ordered : ['no-committed-credentials'];
}

const policiesOfFinding = (f: Finding): readonly PolicyId[] => f.policies ?? [f.policy];

function suite(policy: PolicyId, findings: readonly Finding[], command: string): { xml: string; tests: number; failures: number } {
  const cases = findings.length === 0 ? [`    <testcase classname="${xml(policy)}" name="${xml(`no findings (${command})`)}" time="0"/>`] : findings.map(testCase);
  const tests = cases.length;
  const open = `  <testsuite name="${xml(policy)}" tests="${tests}" failures="${findings.length}" errors="0" skipped="0" time="0">`;
  return { xml: [open, ...cases, '  </testsuite>'].join('\n'), tests, failures: findings.length };
}

function testCase(raw: Finding): string {
  const f = escapeFields(raw); // control characters: invalid in XML 1.0 (C0) or misleading on a terminal (C1, bidi)
  const where = `${f.path}:${f.line}:${f.column}`;
  const body = [
    `${f.severity} ${f.detectorId} at ${where}`,
    f.message,
    f.policies ? `policies: ${f.policies.join(', ')}` : `policy: ${f.policy}`,
    ...(f.context === 'test' ? ['context: test (a test, fixture, example or docs path: severity one step lower)'] : []),
    ...(f.context === 'vendored' ? ['context: vendored (third-party code kept in the repository: severity one step lower)'] : []),
    ...(f.verification ? [`verification: ${verificationPhrase(f.verification)}`] : []),
    `fingerprint: ${f.fingerprint}`,
    ...(f.commit ? [`introduced in ${f.commit} on ${f.date ?? '?'}${f.inTree === false ? ` (${historyState(f)})` : ''}`] : []),
  ].join('\n');
  return [
    `    <testcase classname="${xml(f.path)}" name="${xml(`${f.detectorId} at ${where}`)}" file="${xml(f.path)}" line="${f.line}" time="0">`,
    `      <failure message="${xml(f.message)}" type="${xml(f.detectorId)}">${xmlText(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Escapes text for an XML attribute (line breaks and tabs kept as character references). */
export function xml(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Escapes text for XML element content, and replaces characters XML 1.0 cannot hold. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
