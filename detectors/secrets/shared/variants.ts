import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { patternDetector, type PatternDetectorSpec } from '../../kit/pattern.js';

/** One shape of a token: its own pattern (with a `secret` group) and checks. */
export interface Variant {
  readonly pattern: RegExp;
  readonly validate?: PatternDetectorSpec['validate'];
  readonly minEntropy?: number;
  /** Search only this far around the detector's keyword starts (patternDetector's keywordSpan). */
  readonly keywordSpan?: PatternDetectorSpec['keywordSpan'];
}

/**
 * One detector id for a token that comes in several shapes (a prefixed form and a form that needs
 * context, say). Each variant is a patternDetector of its own; matches are merged, de-duplicated
 * by span and sorted. Use it when one regex would need the same capture group twice.
 */
export function variantsDetector(
  spec: Omit<PatternDetectorSpec, 'pattern' | 'validate' | 'minEntropy'>,
  variants: readonly Variant[],
): Detector {
  const parts = variants.map((v) => patternDetector({ ...spec, ...v }));
  const first = parts[0];
  if (!first) throw new Error(`${spec.id}: no variants`);

  function detect(input: DetectorInput): Iterable<Match> {
    const seen = new Set<string>();
    const out: Match[] = [];
    for (const part of parts) {
      for (const m of part.detect(input)) {
        const key = `${m.start}:${m.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(m);
      }
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  return { ...first, detect };
}
