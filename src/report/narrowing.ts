// The narrowing record in words, for the text, Markdown, SARIF and audit reports:
// ".secret-hygiene.json disables 8 policies; .secretsignore excluded 40 files; 2 findings allowed inline".
import type { Narrowing } from '../types.js';
import { escapeControl } from './escape-control.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const ids = (list: readonly string[] | undefined, one: string, many: string): string => {
  const n = list?.length ?? 0;
  return n > 0 && n <= 3 ? `${n === 1 ? one : many} ${(list ?? []).join(', ')}` : plural(n, one, many);
};

/** 1 B, 512 KiB, 10 MiB: a limit as people write it. */
function formatSize(n: number): string {
  const [unit, size] = n >= 1024 ** 2 && n % 1024 ** 2 === 0 ? ['MiB', n / 1024 ** 2] : n >= 1024 && n % 1024 === 0 ? ['KiB', n / 1024] : ['B', n];
  return `${size} ${unit}`;
}

/** Settings that change what fails the gate, not what is scanned or reported. */
export function isGateSetting(n: Narrowing): boolean {
  return n.kind === 'fail-on' || n.kind === 'severity-lowered' || n.kind === 'test-context-ungated';
}

/** One entry as a short phrase. */
export function narrowingPhrase(n: Narrowing): string {
  const src = escapeControl(n.source); // file names may come from the repository
  switch (n.kind) {
    case 'policies-disabled':
      return `${src} disables ${ids(n.ids, 'policy', 'policies')}`;
    case 'policies-only':
      return `${src} checks only ${ids(n.ids, 'policy', 'policies')}`;
    case 'detectors-disabled':
      return `${src} disables ${ids(n.ids, 'detector', 'detectors')}`;
    case 'detectors-only':
      return `${src} runs only ${ids(n.ids, 'detector', 'detectors')}`;
    case 'severity-lowered':
      return `${src} lowers the severity of ${ids(n.ids, 'detector', 'detectors')}`;
    case 'fail-on':
      return `${src} fails only on ${n.severity ?? '?'} and above`;
    case 'test-context-ungated':
      return `${src} keeps findings in test, fixture, example and docs paths out of the gate`;
    case 'paths-ignored':
      return `${src} excluded ${plural(n.files ?? 0, 'file')}`;
    case 'oversize':
      return `${plural(n.files ?? 0, 'file')} over ${formatSize(n.limit ?? 0)} skipped (limit from ${src})`;
    case 'rule-silenced':
      return `${src} silenced ${plural(n.findings ?? 0, 'finding')}`;
    case 'inline-allow':
      return `${plural(n.findings ?? 0, 'finding')} allowed inline`;
    case 'baseline':
      return `${plural(n.findings ?? 0, 'finding')} accepted by the baseline ${src}`;
  }
}

export const NARROWED_HEAD = 'Narrowed by repository settings';

/**
 * What the repository's own settings narrowed, or undefined when they narrowed nothing:
 * '.secretsignore excluded 40 files; 2 findings allowed inline — run with --no-repo-config to ignore them'.
 * The hint is left out when only the baseline narrowed (--no-repo-config keeps it).
 */
export function repositoryNarrowing(narrowing: readonly Narrowing[] | undefined): string | undefined {
  const mine = (narrowing ?? []).filter((n) => n.controlledBy === 'repository');
  if (mine.length === 0) return undefined;
  const hint = mine.some((n) => n.kind !== 'baseline') ? ' — run with --no-repo-config to ignore them' : '';
  return `${mine.map(narrowingPhrase).join('; ')}${hint}`;
}

/** The line under a scan's summary: 'Narrowed by repository settings: …'. */
export function repositoryNarrowingLine(narrowing: readonly Narrowing[] | undefined): string | undefined {
  const detail = repositoryNarrowing(narrowing);
  return detail === undefined ? undefined : `${NARROWED_HEAD}: ${detail}`;
}
