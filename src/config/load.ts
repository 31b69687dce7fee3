// Finds, reads and validates .secret-hygiene.json, and applies it to the detector catalogue.
import { dirname } from 'node:path';
import { ConfigError } from '../errors.js';
import { readTextFile } from '../filters/read-text.js';
import { assertInsideRoot, MAX_CONFIG_BYTES } from '../fs/safe-read.js';
import type { Detector } from '../types.js';
import { jsonErrorOffset, lineAndColumn } from './json-position.js';
import { validateConfig, type Config } from './schema.js';

/**
 * Loads a config file. With `required` false a missing file gives undefined (the default file at
 * the scanned root is optional); with `required` true (from --config) it is an error.
 */
export async function loadConfig(file: string, shown: string, required: boolean, builtins: readonly Detector[]): Promise<Config | undefined> {
  const text = await readTextFile(file, shown, required, 'the config', "check --config, or run 'secret-hygiene init' to create one", MAX_CONFIG_BYTES);
  if (text === undefined) return undefined;
  const config = validateConfig(parseJson(text, shown), file, shown, builtins);
  // The root's own config is the repository's word, not the user's: its baseline must stay inside.
  if (!required && config.baseline !== undefined) await assertInsideRoot(dirname(file), config.baseline, shown, 'baseline');
  return config;
}

/**
 * With --no-repo-config: only the "baseline" key of the root's config (the committed baseline, which
 * still applies), relative to the config's folder as written; nothing else of the file is used.
 */
export async function loadBaselineKey(file: string, shown: string, root: string): Promise<string | undefined> {
  const text = await readTextFile(file, shown, false, 'the config', 'fix it, or pass --baseline FILE or --no-baseline', MAX_CONFIG_BYTES);
  if (text === undefined) return undefined;
  const data = parseJson(text, shown);
  const value = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).baseline : undefined;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new ConfigError(`${shown}: baseline: must be a file path such as ".secrets-baseline.json"`);
  await assertInsideRoot(root, value, shown, 'baseline');
  return value;
}

/** JSON.parse with an error that gives line and column, never a snippet of the file. */
export function parseJson(text: string, shown: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch {
    // V8's message quotes the text around the error: only our own position goes in the message.
    const offset = jsonErrorOffset(json);
    if (offset !== undefined && json.trim() !== '') {
      const { line, column } = lineAndColumn(json, offset);
      throw new ConfigError(`${shown}:${line}:${column}: not valid JSON; fix the syntax there (JSON allows no comments or trailing commas: use "$comment" keys)`);
    }
    throw new ConfigError(`${shown}: not valid JSON (${text.trim() === '' ? 'the file is empty' : 'check quotes, commas and brackets'}); JSON allows no comments or trailing commas: use "$comment" keys`);
  }
}

/** The catalogue the config describes: built-ins plus custom detectors, with severity overrides applied. */
export function configuredCatalogue(builtins: readonly Detector[], config: Config | undefined): Detector[] {
  const all = [...builtins, ...(config?.detectors.custom ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const overrides = config?.detectors.severity ?? {};
  return all.map((d) => {
    const severity = overrides[d.id];
    return severity === undefined || severity === d.severity ? d : withSeverity(d, severity);
  });
}

/** A detector with another severity; `detect` keeps its own `this`. */
function withSeverity(d: Detector, severity: Detector['severity']): Detector {
  return { ...d, severity, detect: (input) => d.detect(input) };
}

/** The config's own detector selection (used when no --detector / --policy flag overrides it). */
export function configSelects(config: Config | undefined): { detector: (d: Detector) => boolean; policy: (d: Detector) => boolean } {
  const det = config?.detectors;
  const pol = config?.policies;
  return {
    detector: (d) => (det?.only === undefined || det.only.includes(d.id)) && !(det?.disable ?? []).includes(d.id),
    policy: (d) => (pol?.only === undefined || pol.only.includes(d.policy)) && !(pol?.disable ?? []).includes(d.policy),
  };
}
