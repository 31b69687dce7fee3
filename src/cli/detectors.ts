import { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { Detector } from '../types.js';
import type { Verifier } from '../verify/types.js';
import type { CatalogueEntry, CatalogueSummary } from '../../detectors/catalogue.js';
import type { CommandContext } from './main.js';

interface RawOptions {
  format: string;
  explain?: string;
  policy?: string;
}

export function registerDetectors(program: Command, ctx: CommandContext): void {
  program
    .command('detectors')
    .description('list every detector (id, policy, severity, title), or explain one')
    .option('-f, --format <name>', 'text or json', 'text')
    .option('--explain <id>', "print a detector's remediation and an example")
    .option('--policy <id>', 'list only the detectors of this policy')
    .action(async (raw: RawOptions) => {
      const { allDetectors } = await import('../../detectors/index.js');
      const { catalogueEntry, summarize } = await import('../../detectors/catalogue.js');
      const { allVerifiers } = await import('../../detectors/verifiers.js');
      const verifierOf = new Map<string, Verifier>(allVerifiers.flatMap((v) => v.detectors.map((id) => [id, v] as const)));
      if (raw.format !== 'text' && raw.format !== 'json') throw new UsageError(`--format ${raw.format}: use text or json`);
      if (raw.explain !== undefined) {
        const detector = allDetectors.find((d) => d.id === raw.explain);
        if (!detector) throw new UsageError(`--explain ${raw.explain}: unknown detector; run 'secret-hygiene detectors' to list ids`);
        const verifier = verifierOf.get(detector.id);
        ctx.io.stdout(raw.format === 'json' ? `${JSON.stringify(describe(detector, catalogueEntry(detector), true, verifier), null, 2)}\n` : explain(detector, verifier));
        return;
      }
      const list = allDetectors.filter((d) => raw.policy === undefined || d.policy === raw.policy);
      if (raw.policy !== undefined && list.length === 0) throw new UsageError(`--policy ${raw.policy}: unknown policy; run 'secret-hygiene detectors' to list policies`);
      const summary = summarize(list);
      ctx.io.stdout(
        raw.format === 'json'
          ? `${JSON.stringify({ summary: { ...summary, verified: list.filter((d) => verifierOf.has(d.id)).length }, detectors: list.map((d) => describe(d, catalogueEntry(d), false, verifierOf.get(d.id))) }, null, 2)}\n`
          : table(list, summary, list.filter((d) => verifierOf.has(d.id)).length, new Set(allVerifiers.map((v) => v.vendor)).size),
      );
    });
}

function describe(d: Detector, entry: CatalogueEntry, full: boolean, verifier: Verifier | undefined): Record<string, unknown> {
  return {
    id: d.id,
    title: d.title,
    kind: entry.kind,
    ...(entry.vendor ? { vendor: entry.vendor } : {}),
    policy: d.policy,
    severity: d.severity,
    keywords: d.keywords,
    ...(d.paths ? { paths: d.paths } : {}),
    ...(verifier ? { verifier: { id: verifier.id, call: verifier.call, hosts: verifier.hosts } } : {}),
    ...(full ? { remediation: d.remediation, example: d.examples.positive[0]?.text } : {}),
  };
}

function table(list: readonly Detector[], summary: CatalogueSummary, verified: number, verifiedVendors: number): string {
  const w = (key: 'id' | 'policy' | 'severity'): number => Math.max(key.length, ...list.map((d) => d[key].length));
  const [wi, wp, ws] = [w('id'), w('policy'), w('severity')];
  const rows = [`${'ID'.padEnd(wi)}  ${'POLICY'.padEnd(wp)}  ${'SEVERITY'.padEnd(ws)}  TITLE`];
  for (const d of list) rows.push(`${d.id.padEnd(wi)}  ${d.policy.padEnd(wp)}  ${d.severity.padEnd(ws)}  ${d.title}`);
  const counts = (record: Readonly<Record<string, number>>): string =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  rows.push(
    '',
    `${list.length} detectors, credentials of ${summary.vendors} vendors.`,
    `By policy: ${counts(summary.byPolicy)}.`,
    `By kind: ${counts(summary.byKind)}.`,
    `--verify can ask the vendor about ${verified} of them (${verifiedVendors} vendors).`,
    "'secret-hygiene detectors --explain ID' tells what one looks for and what to do.",
  );
  return `${rows.join('\n')}\n`;
}

function explain(d: Detector, verifier: Verifier | undefined): string {
  const example = d.examples.positive[0];
  const lines = [
    `${d.id} — ${d.title}`,
    `policy:    ${d.policy}`,
    `severity:  ${d.severity}`,
    `keywords:  ${d.keywords.length ? d.keywords.join(', ') : '(runs on every file it applies to)'}`,
    ...(d.paths ? [`applies to: ${d.paths.join(', ')}`] : []),
    `--verify:  ${verifier ? `${verifier.call} (only to ${verifier.hosts.join(', ')})` : 'no verifier'}`,
    '',
    'What to do:',
    `  ${d.remediation}`,
  ];
  if (example) lines.push('', `Example${example.path ? ` (${example.path})` : ''}:`, ...example.text.split('\n').slice(0, 6).map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}
