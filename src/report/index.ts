import { UsageError } from '../errors.js';
import type { Reporter } from './types.js';

/** Report formats by name; heavy reporters load only when asked for. */
const REPORTERS: Record<string, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).renderText,
  json: async () => (await import('./json.js')).renderJson,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(REPORTERS);

export async function loadReporter(format: string): Promise<Reporter> {
  const load = REPORTERS[format];
  if (!load) throw new UsageError(`--format ${format}: unknown format; use one of ${FORMAT_NAMES.join(', ')}`);
  return load();
}
