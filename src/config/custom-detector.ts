// Custom detectors from the config file: validated key by key, then built with the same pattern
// helper as the built-in ones, so they get placeholder rejection, entropy and position handling.
// Their patterns are checked for catastrophic backtracking (recheck, as the built-in ones are in the
// tests) and each runs under a time limit per file, since no test has timed it.
import { createRequire } from 'node:module';
import type { AttackPattern, Diagnostics } from 'recheck';
import { patternDetector } from '../../detectors/kit/pattern.js';
import { SEVERITIES } from '../engine/order.js';
import type { Detector } from '../types.js';
import { POLICY_IDS } from './policies.js';
import type { Checker } from './schema.js';

const KEYS = ['id', 'title', 'pattern', 'flags', 'keywords', 'policy', 'severity', 'minEntropy', 'paths', 'remediation'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Shorter keywords would send the detector over nearly every file (see docs/performance.md). */
const MIN_KEYWORD_LENGTH = 3;
/**
 * How long recheck may analyse one pattern. Its native backend answers in 5-400 ms per pattern; one it
 * cannot decide in time is accepted, with the time limit below as the backstop.
 */
const ANALYSIS_TIMEOUT_MS = 3000;
/** Wall-clock limit of one custom detector on one file: 30 times what the slowest built-in one takes on 1 MiB of hostile input. */
export const CUSTOM_DETECTOR_TIME_LIMIT_MS = 1000;

/** Validates one `detectors.custom[i]` entry and compiles it; errors name the key. */
export function compileCustomDetector(c: Checker, spec: unknown, key: string): Detector {
  const o = c.object(spec, key, KEYS);
  const text = (k: string): string => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : c.fail(`${key}.${k}`, 'must be a non-empty string'));
  const id = text('id');
  if (!ID.test(id)) c.fail(`${key}.id`, `must be kebab-case (lowercase letters, digits and single hyphens), e.g. acme-api-key`);
  const pattern = compilePattern(c, text('pattern'), o.flags, key);
  const keywords = c.strings(o.keywords ?? c.fail(`${key}.keywords`, 'is required: lowercase literals every match contains, e.g. ["acme_"]'), `${key}.keywords`);
  if (keywords.length === 0) c.fail(`${key}.keywords`, 'must not be empty: give lowercase literals every match contains, e.g. ["acme_"]');
  keywords.forEach((k, i) => {
    if (k !== k.toLowerCase()) c.fail(`${key}.keywords[${i}]`, 'must be lowercase (the prefilter ignores case)');
    if (k.length < MIN_KEYWORD_LENGTH) c.fail(`${key}.keywords[${i}]`, `is too short: use a literal of ${MIN_KEYWORD_LENGTH} or more characters that every match contains`);
  });
  const minEntropy = o.minEntropy;
  if (minEntropy !== undefined && (typeof minEntropy !== 'number' || !(minEntropy >= 0 && minEntropy <= 8))) c.fail(`${key}.minEntropy`, 'must be a number of bits per character between 0 and 8 (3 to 4 suits most tokens)');
  const paths = o.paths !== undefined ? c.strings(o.paths, `${key}.paths`) : undefined;
  return patternDetector({
    id,
    title: text('title'),
    policy: o.policy !== undefined ? c.oneOf(o.policy, `${key}.policy`, POLICY_IDS) : 'no-committed-credentials',
    severity: o.severity !== undefined ? c.oneOf(o.severity, `${key}.severity`, SEVERITIES) : c.fail(`${key}.severity`, `is required: one of ${SEVERITIES.join(', ')}`),
    keywords,
    ...(paths ? { paths } : {}),
    pattern,
    ...(typeof minEntropy === 'number' ? { minEntropy } : {}),
    timeLimitMs: CUSTOM_DETECTOR_TIME_LIMIT_MS,
    remediation: o.remediation !== undefined ? text('remediation') : 'A custom detector from .secret-hygiene.json found this value: remove it, rotate it, and read it from the environment or a secret store.',
    examples: { positive: [], negative: [] },
  });
}

/** Compiles the pattern and checks it has a secret group and cannot match the empty string. */
function compilePattern(c: Checker, source: string, flags: unknown, key: string): RegExp {
  if (flags !== undefined && (typeof flags !== 'string' || !/^[imsu]*$/.test(flags))) c.fail(`${key}.flags`, 'may hold only the letters i, m, s and u');
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, (flags as string | undefined) ?? '');
  } catch (error) {
    c.fail(`${key}.pattern`, `does not compile (${compileProblem(error)}); remember that JSON strings need \\\\ for one backslash`);
  }
  const groups = new RegExp(`(?:${source})|`, pattern.flags).exec('') as RegExpExecArray;
  const named = /\(\?<secret>/.test(source);
  if (groups.length < 2 && !named) c.fail(`${key}.pattern`, 'needs a capture group around the secret: (…) or (?<secret>…)');
  if (pattern.test('')) c.fail(`${key}.pattern`, 'matches the empty string: make the secret part required, e.g. [a-z0-9]{32}');
  const verdict = analysePattern(source, pattern.flags);
  if (verdict?.status === 'vulnerable' && verdict.complexity.type === 'exponential') {
    c.fail(`${key}.pattern`, `can backtrack catastrophically${attackSample(verdict.attack)}: rewrite the nested quantifier, e.g. (a+)+ as a+, so that each character can match only one way`);
  }
  return pattern;
}

type Recheck = typeof import('recheck');
let recheck: Recheck | undefined;
const verdicts = new Map<string, Diagnostics | undefined>();

/**
 * recheck's verdict on a pattern, or undefined when the analyser fails. Loaded on the first custom
 * pattern only (a synchronous require: config validation is synchronous): its 2.9 MB of JavaScript
 * (~110 ms) and its helper thread and native process stay out of every run without custom detectors.
 * Polynomial and undecided patterns pass: the per-file time limit bounds them.
 */
export function analysePattern(source: string, flags: string): Diagnostics | undefined {
  const key = `${flags}/${source}`;
  if (!verdicts.has(key)) verdicts.set(key, runRecheck(source, flags));
  return verdicts.get(key);
}

function runRecheck(source: string, flags: string): Diagnostics | undefined {
  try {
    recheck ??= createRequire(import.meta.url)('recheck') as Recheck;
    return recheck.checkSync(source, flags, { timeout: ANALYSIS_TIMEOUT_MS });
  } catch {
    return undefined; // the analyser itself failed: the time limit per file still bounds the pattern
  }
}

/**
 * What to show of recheck's attack string: only its pumped part, four times, and its last character
 * (`"aaaa…!"`): its prefix repeats the pattern's literal text, which could itself be a secret.
 */
function attackSample(attack: AttackPattern): string {
  const pump = attack.pumps[0]?.pump ?? '';
  return pump === '' ? '' : ` (e.g. on ${JSON.stringify(`${pump.repeat(4).slice(0, 8)}…${attack.suffix.slice(-1)}`)})`;
}

/** V8's reason a pattern does not compile, without the pattern it quotes ("Invalid regular expression: /…/: Unterminated group"). */
function compileProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(message.lastIndexOf(': ') + 2) || 'invalid pattern';
}
