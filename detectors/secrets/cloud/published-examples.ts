// Some vendors print one real-looking key in their documentation or README, and integrations copy it
// verbatim. Such a key has the vendor's shape and stands under the vendor's name, so the name-plus-
// value kit reports it; it is documentation, not a leak. This wrapper drops those exact values.
import type { Detector, DetectorInput, Match } from '../../../src/types.js';

/** The detector without the findings whose secret is one of `published` (the vendor's documentation keys). */
export function withoutPublishedExamples(detector: Detector, published: readonly string[]): Detector {
  const values = new Set(published);
  function* detect(input: DetectorInput): Iterable<Match> {
    for (const m of detector.detect(input)) if (m.secret === undefined || !values.has(m.secret)) yield m;
  }
  return { ...detector, detect };
}
