// Samples that only test and documentation material may be let go: a secret a stand-in opens (a
// password hash of `test`, a JWT signed with `secret`) is a test vector there, and elsewhere the
// weakest of credentials, still reported — unless its line is commented out: a stand-in's hash in
// a commented example (`#     foo:$apr1$…` under `# auth: |` in a chart's values.yaml, which opens
// with `bar`) documents a setting, it sets nothing.
import { isTestPath } from '../../src/engine/test-context.js';
import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { lineStartNear, lineStartWithin } from './name-value.js';

/** A test's assertion or check (`assert`, `expect(…)`, `verify(client)`, `t.equal`). */
const ASSERTION = /\b(?:assert\w*|expect|should|check|verify|require|ok)\b|\bt\.(?:equal|is)\b/i;

/**
 * True when the line holding `at` calls a test's assertion before it: a test checking what a parser read
 * (`assert obj.password == "s3cr3t"`) or what was set (`verify(client).setApiKey("…")`) holds a fixture,
 * and grants nothing.
 */
export function assertedOnLine(text: string, at: number): boolean {
  return ASSERTION.test(text.slice(lineStartNear(text, at + 1, 400), at));
}

/** A line that starts (after blanks) as a comment does in YAML, shell, INI, SQL, C-like code or XML. */
const COMMENT_START = /^[ \t]*(?:#|\/\/|--|;|\*|<!--)/;

/** A comment marker this far or farther before the value, on the same line, comments out no such value. */
const COMMENT_REACH = 4096;

/** True when the line holding `at` is commented out. */
export function onCommentedLine(text: string, at: number): boolean {
  const start = lineStartWithin(text, at, COMMENT_REACH);
  return start >= 0 && COMMENT_START.test(text.slice(start, Math.min(at, start + 256)));
}

/**
 * onCommentedLine for offsets asked in ascending order: each asks only about the characters since the last,
 * so that thousands of matches on one long line (a minified file, a hostile one) cost one pass over it, not
 * 4 KiB each. An offset below the last is answered by onCommentedLine itself.
 */
export function commentedLines(text: string): (at: number) => boolean {
  let last = -1;
  let lineStart = 0;
  return (at) => {
    if (at < last) return onCommentedLine(text, at);
    let i = at;
    while (i > last && i > 0 && text.charCodeAt(i - 1) !== 0x0a) i--;
    // a line break after the last offset starts the line; none: the line is the last one's (or the text's first)
    if (i > last || i === 0) lineStart = i;
    last = at;
    return at - lineStart <= COMMENT_REACH && COMMENT_START.test(text.slice(lineStart, Math.min(at, lineStart + 256)));
  };
}

/**
 * The detector, quiet on the secrets `isSample(secret, text, start)` accepts in test and documentation
 * material, and on commented-out lines anywhere.
 */
export function quietOnSamplesInTests(detector: Detector, isSample: (secret: string, text: string, start: number) => boolean): Detector {
  return {
    ...detector,
    detect(input: DetectorInput): Iterable<Match> {
      const matches = detector.detect(input);
      const everywhere = isTestPath(input.path);
      const commented = commentedLines(input.text);
      const out: Match[] = [];
      for (const m of matches) {
        const quiet = m.secret !== undefined && (everywhere || commented(m.start)) && isSample(m.secret, input.text, m.start);
        if (!quiet) out.push(m);
      }
      return out;
    },
  };
}
