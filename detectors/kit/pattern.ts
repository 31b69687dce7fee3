import type { Detector, DetectorInput, Example, Match, PolicyId, Severity } from '../../src/types.js';
import { shannonEntropy } from './entropy.js';
import { isPlaceholder } from './placeholders.js';

export interface PatternDetectorSpec {
  readonly id: string;
  readonly title: string;
  readonly policy?: PolicyId; // default 'no-committed-credentials'
  readonly severity: Severity;
  readonly keywords: readonly string[];
  readonly paths?: readonly string[];
  readonly priority?: number;
  /**
   * The pattern. Compiled once with the `g` and `d` flags added. The secret is the named group
   * `secret` when present, else group 1, else the whole match. Use bounded quantifiers only.
   */
  readonly pattern: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  readonly minEntropy?: number;
  /** Structural check (checksum, length, decoding): return false to reject a look-alike. */
  readonly validate?: (secret: string, match: RegExpExecArray, text: string) => boolean;
  /** Keep placeholder-looking values (default false: they are rejected). */
  readonly allowPlaceholders?: boolean;
  /** Secret-free context for the message. */
  readonly detail?: (match: RegExpExecArray) => string | undefined;
  readonly remediation: string;
  readonly examples: {
    readonly positive: readonly Example[];
    readonly negative: readonly Example[];
    readonly knownMisses?: readonly Example[];
  };
}

/** The declarative way to write a secret detector: a pattern, its secret group and its checks. */
export function patternDetector(spec: PatternDetectorSpec): Detector {
  const flags = new Set([...spec.pattern.flags, 'g', 'd']);
  const pattern = new RegExp(spec.pattern.source, [...flags].join(''));
  const groupName = /\(\?<secret>/.test(spec.pattern.source) ? 'secret' : undefined;
  const hasGroup = /\((?!\?)/.test(spec.pattern.source.replace(/\\\\|\\\(/g, ''));

  function* detect({ text }: DetectorInput): Iterable<Match> {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const span = secretSpan(m, groupName, hasGroup);
      if (!span) continue;
      const [start, end] = span;
      const secret = text.slice(start, end);
      if (!spec.allowPlaceholders && isPlaceholder(secret)) continue;
      if (spec.minEntropy !== undefined && shannonEntropy(secret) < spec.minEntropy) continue;
      if (spec.validate && !spec.validate(secret, m, text)) continue;
      const detail = spec.detail?.(m);
      yield detail === undefined ? { start, end, secret } : { start, end, secret, detail };
    }
  }

  return {
    id: spec.id,
    title: spec.title,
    policy: spec.policy ?? 'no-committed-credentials',
    severity: spec.severity,
    keywords: spec.keywords,
    ...(spec.paths ? { paths: spec.paths } : {}),
    ...(spec.priority !== undefined ? { priority: spec.priority } : {}),
    remediation: spec.remediation,
    detect,
    examples: spec.examples,
  };
}

function secretSpan(m: RegExpExecArray, groupName: string | undefined, hasGroup: boolean): [number, number] | undefined {
  const indices = m.indices;
  if (!indices) return undefined;
  const span = groupName ? indices.groups?.[groupName] : hasGroup ? indices[1] : indices[0];
  return span ? [span[0], span[1]] : undefined;
}
