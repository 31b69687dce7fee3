// Finds, reads and validates .secret-hygiene.json, and applies it to the detector catalogue.
import { ConfigError } from '../errors.js';
import { readTextFile } from '../filters/read-text.js';
import type { Detector } from '../types.js';
import { validateConfig, type Config } from './schema.js';

/**
 * Loads a config file. With `required` false a missing file gives undefined (the default file at
 * the scanned root is optional); with `required` true (from --config) it is an error.
 */
export async function loadConfig(file: string, shown: string, required: boolean, builtins: readonly Detector[]): Promise<Config | undefined> {
  const text = await readTextFile(file, shown, required, 'the config', "check --config, or run 'secret-hygiene init' to create one");
  return text === undefined ? undefined : validateConfig(parseJson(text, shown), file, shown, builtins);
}

/** JSON.parse with an error that gives line and column, never a snippet of the file. */
export function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    if (at) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset).split('\n');
      throw new ConfigError(`${shown}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: not valid JSON; fix the syntax there (JSON allows no comments or trailing commas: use "$comment" keys)`);
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
