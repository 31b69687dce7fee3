// Samples that only test and documentation material may be let go: a secret a stand-in opens (a
// password hash of `test`, a JWT signed with `secret`) is a test vector there, and elsewhere the
// weakest of credentials, still reported.
import { isTestPath } from '../../src/engine/test-context.js';
import type { Detector, DetectorInput, Match } from '../../src/types.js';

/** The detector, quiet in test and documentation material on the secrets `isSample(secret, text, start)` accepts. */
export function quietOnSamplesInTests(detector: Detector, isSample: (secret: string, text: string, start: number) => boolean): Detector {
  return {
    ...detector,
    detect(input: DetectorInput): Iterable<Match> {
      const matches = detector.detect(input);
      if (!isTestPath(input.path)) return matches;
      return [...matches].filter((m) => m.secret === undefined || !isSample(m.secret, input.text, m.start));
    },
  };
}
