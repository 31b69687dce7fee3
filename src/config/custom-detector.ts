// Custom detectors from the config file: validated key by key, then built with the same pattern
// helper as the built-in ones, so they get placeholder rejection, entropy and position handling.
import { patternDetector } from '../../detectors/kit/pattern.js';
import { SEVERITIES } from '../engine/order.js';
import type { Detector } from '../types.js';
import { POLICY_IDS } from './policies.js';
import type { Checker } from './schema.js';

const KEYS = ['id', 'title', 'pattern', 'flags', 'keywords', 'policy', 'severity', 'minEntropy', 'paths', 'remediation'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Shorter keywords would send the detector over nearly every file (see docs/performance.md). */
const MIN_KEYWORD_LENGTH = 3;

/** Validates one `detectors.custom[i]` entry and compiles it; errors name the key. */
export function compileCustomDetector(c: Checker, spec: unknown, key: string): Detector {
  const o = c.object(spec, key, KEYS);
  const text = (k: string): string => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : c.fail(`${key}.${k}`, 'must be a non-empty string'));
  const id = text('id');
  if (!ID.test(id)) c.fail(`${key}.id`, `'${id}' must be kebab-case (lowercase letters, digits and single hyphens), e.g. acme-api-key`);
  const pattern = compilePattern(c, text('pattern'), o.flags, key);
  const keywords = c.strings(o.keywords ?? c.fail(`${key}.keywords`, 'is required: lowercase literals every match contains, e.g. ["acme_"]'), `${key}.keywords`);
  if (keywords.length === 0) c.fail(`${key}.keywords`, 'must not be empty: give lowercase literals every match contains, e.g. ["acme_"]');
  keywords.forEach((k, i) => {
    if (k !== k.toLowerCase()) c.fail(`${key}.keywords[${i}]`, `'${k}' must be lowercase (the prefilter ignores case): write '${k.toLowerCase()}'`);
    if (k.length < MIN_KEYWORD_LENGTH) c.fail(`${key}.keywords[${i}]`, `'${k}' is too short: use a literal of ${MIN_KEYWORD_LENGTH} or more characters that every match contains`);
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
    c.fail(`${key}.pattern`, `does not compile (${error instanceof Error ? error.message : String(error)}); remember that JSON strings need \\\\ for one backslash`);
  }
  const groups = new RegExp(`(?:${source})|`, pattern.flags).exec('') as RegExpExecArray;
  const named = /\(\?<secret>/.test(source);
  if (groups.length < 2 && !named) c.fail(`${key}.pattern`, 'needs a capture group around the secret: (…) or (?<secret>…)');
  if (pattern.test('')) c.fail(`${key}.pattern`, 'matches the empty string: make the secret part required, e.g. [a-z0-9]{32}');
  return pattern;
}
