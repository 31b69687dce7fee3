// The shape of .secret-hygiene.json, its validation (every error names the file and the key), and
// the starter file that `init` writes. Keys starting with '$' are comments at any level.
import type { Detector, PolicyId, Severity } from '../types.js';
import { ConfigError } from '../errors.js';
import { SEVERITIES } from '../engine/order.js';
import { compileCustomDetector } from './custom-detector.js';
import { POLICY_IDS } from './policies.js';
import { parseSizeText } from './size.js';

export const CONFIG_FILE = '.secret-hygiene.json';


export interface Config {
  /** Absolute path of the file, and how messages name it. */
  readonly file: string;
  readonly shown: string;
  readonly detectors: {
    /** Run only these (like --detector); undefined = all. */
    readonly only?: readonly string[];
    readonly disable: readonly string[];
    readonly severity: Readonly<Record<string, Severity>>;
    readonly custom: readonly Detector[];
  };
  readonly policies: { readonly only?: readonly PolicyId[]; readonly disable: readonly PolicyId[] };
  /** Extra path globs, same syntax as .secretsignore path lines. */
  readonly ignore: readonly string[];
  readonly maxFileSize?: number;
  readonly failOn?: Severity;
  /** false: findings in test, fixture, example and docs paths do not fail the gate (default of --[no-]fail-on-test-context). */
  readonly failOnTestContext?: boolean;
  /** Baseline file, relative to the config file's folder as written. */
  readonly baseline?: string;
  /** Limits of --verify (which never turns it on): verifiers switched off, concurrency, time per request. */
  readonly verify?: VerifyConfig;
}

export interface VerifyConfig {
  /** Verifier ids (checked against the catalogue when --verify runs). */
  readonly disable: readonly string[];
  readonly concurrency?: number;
  readonly perVendor?: number;
  readonly timeoutSeconds?: number;
}

type Obj = Record<string, unknown>;

/**
 * A key or id from the file, as messages may show it: only when it looks like a key or an id.
 * Anything else (the file may be a credential file named by mistake) is not echoed; the key path
 * around it still says where it is.
 */
export function shownName(value: string): string {
  return /^\$?[A-Za-z][A-Za-z-]{0,39}$/.test(value) || /^[a-z0-9]{1,16}(?:-[a-z0-9]{1,16}){0,7}$/.test(value) ? value : '(name not shown)';
}

/** A validation context: knows the file name and the key path for messages. */
export class Checker {
  constructor(readonly shown: string) {}

  fail(key: string, problem: string): never {
    throw new ConfigError(`${this.shown}: ${key}: ${problem}`);
  }

  /** An object whose keys must be in `known` ('any' = free keys, e.g. detector ids). */
  object(value: unknown, key: string, known: readonly string[] | 'any'): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(key, 'must be an object');
    const obj = value as Obj;
    for (const k of Object.keys(obj)) {
      if (known !== 'any' && !k.startsWith('$') && !known.includes(k)) this.fail(key === '' ? shownName(k) : `${key}.${shownName(k)}`, `unknown key; known keys here: ${known.join(', ')} (keys starting with $ are comments)`);
    }
    return obj;
  }

  strings(value: unknown, key: string): string[] {
    if (!Array.isArray(value)) this.fail(key, 'must be a list of strings');
    return (value as unknown[]).map((v, i) => (typeof v === 'string' && v !== '' ? v : this.fail(`${key}[${i}]`, 'must be a non-empty string')));
  }

  oneOf<T extends string>(value: unknown, key: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) this.fail(key, `must be one of ${allowed.join(', ')}`);
    return value as T;
  }

  flag(value: unknown, key: string): boolean {
    if (typeof value !== 'boolean') this.fail(key, 'must be true or false');
    return value as boolean;
  }

  ids(value: unknown, key: string, known: ReadonlySet<string>, what: string): string[] {
    return this.strings(value, key).map((id, i) => (known.has(id) ? id : this.fail(`${key}[${i}]`, `unknown ${what} '${shownName(id)}'; run 'secret-hygiene detectors' to list them`)));
  }
}

const TOP_KEYS = ['detectors', 'policies', 'ignore', 'maxFileSize', 'failOn', 'failOnTestContext', 'baseline', 'verify'] as const;
const VERIFY_KEYS = ['disable', 'concurrency', 'perVendor', 'timeoutSeconds'] as const;
const DETECTOR_KEYS = ['only', 'disable', 'severity', 'custom'] as const;

/** Validates parsed JSON against the schema; `builtins` are the detectors custom ones may not clash with. */
export function validateConfig(data: unknown, file: string, shown: string, builtins: readonly Detector[]): Config {
  const c = new Checker(shown);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError(`${shown}: must hold a JSON object ({ ... }); see 'secret-hygiene init' for a starter file`);
  const root = c.object(data, '', TOP_KEYS);
  const section = root.detectors !== undefined ? c.object(root.detectors, 'detectors', DETECTOR_KEYS) : undefined;
  const custom = customDetectors(c, section?.custom, builtins);
  const allIds = new Set([...builtins.map((d) => d.id), ...custom.map((d) => d.id)]);
  return {
    file,
    shown,
    detectors: detectorSection(c, section, allIds, custom),
    policies: policySection(c, root.policies),
    ignore: root.ignore !== undefined ? c.strings(root.ignore, 'ignore') : [],
    ...(root.maxFileSize !== undefined ? { maxFileSize: size(c, root.maxFileSize) } : {}),
    ...(root.failOn !== undefined ? { failOn: c.oneOf(root.failOn, 'failOn', SEVERITIES) } : {}),
    ...(root.failOnTestContext !== undefined ? { failOnTestContext: c.flag(root.failOnTestContext, 'failOnTestContext') } : {}),
    ...(root.baseline !== undefined ? { baseline: typeof root.baseline === 'string' && root.baseline !== '' ? root.baseline : c.fail('baseline', 'must be a file path such as ".secrets-baseline.json"') } : {}),
    ...(root.verify !== undefined ? { verify: verifySection(c, root.verify) } : {}),
  };
}

/** `verify`: only limits; a repository's config can switch verifiers off, never --verify on. */
function verifySection(c: Checker, value: unknown): VerifyConfig {
  const o = c.object(value, 'verify', VERIFY_KEYS);
  const whole = (v: unknown, key: string, max: number): number =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max ? v : c.fail(`verify.${key}`, `must be a whole number from 1 to ${max}`);
  return {
    disable: o.disable !== undefined ? c.strings(o.disable, 'verify.disable') : [],
    ...(o.concurrency !== undefined ? { concurrency: whole(o.concurrency, 'concurrency', 64) } : {}),
    ...(o.perVendor !== undefined ? { perVendor: whole(o.perVendor, 'perVendor', 16) } : {}),
    ...(o.timeoutSeconds !== undefined ? { timeoutSeconds: whole(o.timeoutSeconds, 'timeoutSeconds', 120) } : {}),
  };
}

function customDetectors(c: Checker, value: unknown, builtins: readonly Detector[]): Detector[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) c.fail('detectors.custom', 'must be a list of detector objects');
  const taken = new Set(builtins.map((d) => d.id));
  return (value as unknown[]).map((spec, i) => {
    const detector = compileCustomDetector(c, spec, `detectors.custom[${i}]`);
    if (taken.has(detector.id)) c.fail(`detectors.custom[${i}].id`, `'${detector.id}' is already taken by ${builtins.some((d) => d.id === detector.id) ? 'a built-in detector' : 'another custom detector'}; choose another id`);
    taken.add(detector.id);
    return detector;
  });
}

function detectorSection(c: Checker, o: Obj | undefined, known: ReadonlySet<string>, custom: readonly Detector[]): Config['detectors'] {
  if (o === undefined) return { disable: [], severity: {}, custom };
  const severity: Record<string, Severity> = {};
  if (o.severity !== undefined) {
    for (const [id, level] of Object.entries(c.object(o.severity, 'detectors.severity', 'any'))) {
      if (id.startsWith('$')) continue;
      if (!known.has(id)) c.fail(`detectors.severity.${shownName(id)}`, `unknown detector '${shownName(id)}'; run 'secret-hygiene detectors' to list them`);
      severity[id] = c.oneOf(level, `detectors.severity.${shownName(id)}`, SEVERITIES);
    }
  }
  return {
    ...(o.only !== undefined ? { only: c.ids(o.only, 'detectors.only', known, 'detector') } : {}),
    disable: o.disable !== undefined ? c.ids(o.disable, 'detectors.disable', known, 'detector') : [],
    severity,
    custom,
  };
}

function policySection(c: Checker, value: unknown): Config['policies'] {
  if (value === undefined) return { disable: [] };
  const o = c.object(value, 'policies', ['only', 'disable']);
  const known = new Set<string>(POLICY_IDS);
  return {
    ...(o.only !== undefined ? { only: c.ids(o.only, 'policies.only', known, 'policy') as PolicyId[] } : {}),
    disable: o.disable !== undefined ? (c.ids(o.disable, 'policies.disable', known, 'policy') as PolicyId[]) : [],
  };
}

function size(c: Checker, value: unknown): number {
  const n = typeof value === 'number' ? (Number.isInteger(value) && value > 0 ? value : undefined) : typeof value === 'string' ? parseSizeText(value) : undefined;
  if (n === undefined || n <= 0) c.fail('maxFileSize', 'must be a positive number of bytes or a size such as "512KiB" or "10MiB"');
  return n;
}
