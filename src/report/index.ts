import { UsageError } from '../errors.js';
import type { Reporter } from './types.js';

/** Report formats by name; each loads only when asked for. */
const REPORTERS: Record<string, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).renderText,
  json: async () => (await import('./json.js')).renderJson,
  sarif: async () => (await import('./sarif.js')).renderSarif,
  junit: async () => (await import('./junit.js')).renderJunit,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  github: async () => (await import('./github.js')).renderGithub,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(REPORTERS);

/** Formats that are plain text for people; the others are for machines and must not be mixed with anything on stdout. */
export const HUMAN_FORMATS: readonly string[] = ['text'];

export async function loadReporter(format: string): Promise<Reporter> {
  const load = REPORTERS[format];
  if (!load) throw new UsageError(`--format ${format}: unknown format; use one of ${FORMAT_NAMES.join(', ')}`);
  return load();
}
