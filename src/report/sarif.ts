// SARIF 2.1.0 for GitHub code scanning and other viewers: one rule per detector that ran, one
// result per finding with its region and our fingerprint. Messages are always redacted: a SARIF
// file is meant to be uploaded, so it never carries a secret, even with --reveal.
import type { Detector, Finding, Severity } from '../types.js';
import { narrowingPhrase } from './narrowing.js';
import type { ReportInput } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * The key of our fingerprint in partialFingerprints. Kept when generated secrets got the fast hash
 * (engine/finding.ts): a new key would have made every alert new, where only those secrets' are.
 */
export const FINGERPRINT_KEY = 'secretHygiene/v1';

type Level = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Readonly<Record<Severity, Level>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** GitHub reads `security-severity` (0.0–10.0) to show Critical / High / Medium / Low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

export function renderSarif(input: ReportInput): string {
  const rules = [...input.detectors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((d, i) => [d.id, i] as const));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            version: input.tool.version,
            semanticVersion: input.tool.version,
            rules: rules.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [...(input.notes ?? []).map((n) => notification(n, 'note')), ...input.warnings.map((w) => notification(`${w.path}: ${w.message}`, 'warning'))],
            // what settings narrowed the scan: the repository's own as warnings, the user's as notes
            toolConfigurationNotifications: (input.narrowing ?? []).map((n) => notification(narrowingPhrase(n), n.controlledBy === 'repository' ? 'warning' : 'note')),
          },
        ],
        properties: { narrowing: input.narrowing ?? [] },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository or folder.' } } },
        results: input.findings.map((f) => sarifResult(f, ruleIndex.get(f.detectorId))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(d: Detector): Record<string, unknown> {
  return {
    id: d.id,
    name: ruleName(d.id),
    shortDescription: { text: d.title },
    fullDescription: { text: `${d.title} (policy: ${d.policy}).` },
    help: { text: d.remediation, markdown: `**${d.title}** — policy \`${d.policy}\`\n\n${d.remediation}` },
    defaultConfiguration: { level: SARIF_LEVEL[d.severity] },
    properties: {
      policy: d.policy,
      severity: d.severity,
      'security-severity': SECURITY_SEVERITY[d.severity],
      precision: 'high',
      tags: ['security', 'secrets', d.policy],
    },
  };
}

/** 'github-token' → 'GithubToken': SARIF rule names are identifier-like. */
function ruleName(id: string): string {
  return id.split('-').map((w) => (w ? w[0]?.toUpperCase() + w.slice(1) : '')).join('');
}

function sarifResult(f: Finding, index: number | undefined): Record<string, unknown> {
  return {
    ruleId: f.detectorId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.archive === undefined ? f.message : `${f.message} (in ${f.path.slice(f.archive.length + 2)}, line ${f.line})` },
    locations: [
      {
        // a finding inside an archive's member is located at the archive, the file in the repository
        physicalLocation:
          f.archive === undefined
            ? {
                artifactLocation: { uri: encodePath(f.path), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column : 1) },
              }
            : { artifactLocation: { uri: encodePath(f.archive), uriBaseId: '%SRCROOT%' } },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      policy: f.policy,
      ...(f.policies ? { policies: f.policies } : {}),
      severity: f.severity,
      ...(f.context ? { context: f.context } : {}),
      ...(f.redacted ? { redacted: f.redacted } : {}),
      ...(f.encoding ? { encoding: f.encoding } : {}),
      ...(f.archive !== undefined ? { archiveMember: f.path.slice(f.archive.length + 2) } : {}),
      ...(f.verification ? { verification: f.verification } : {}),
      ...(f.blob ? { blob: f.blob } : {}),
      ...(f.commit ? { commit: f.commit, date: f.date, inTree: f.inTree } : {}),
    },
  };
}

/** A relative URI reference: each segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function notification(text: string, level: Level): Record<string, unknown> {
  return { level, message: { text } };
}
