import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { CodeContext } from './context.js';
import { behindOptIn } from './opt-in.js';

/** One pattern of a TLS practice detector. */
export interface TlsRule {
  /** Compiled with the `d` and `g` flags. A named group `value` marks the token judged by `bare`. */
  readonly re: RegExp;
  readonly detail: string;
  /** The `value` token must be code, not inside a string literal (`false`, `False`, `true`). */
  readonly bare?: boolean;
  /** A further structural check. */
  readonly accept?: (m: RegExpExecArray, text: string, ctx: CodeContext, path: string) => boolean;
}

/**
 * Runs the rules over the text, or only over `windows` (whole lines, from keywordWindows) when the
 * rules cannot match across a window's edge; matches in comments (and outside code blocks in prose)
 * are dropped, and so are switches on a branch that a certificate-check setting chooses (opt-in.ts).
 * A rule's `accept` sees offsets into the whole text.
 */
export function* runRules(rules: readonly TlsRule[], { path, text }: DetectorInput, windows?: readonly (readonly [number, number])[]): Iterable<Match> {
  const ctx = new CodeContext(path, text);
  for (const [from, to] of windows ?? [[0, text.length] as const]) {
    const region = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const rule of rules) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(region); m; m = rule.re.exec(region)) {
        if (m[0].length === 0) rule.re.lastIndex++;
        m.index += from;
        const at = (m.indices?.groups?.['value']?.[0] ?? m.index - from) + from;
        const place = ctx.place(m.index);
        if (place === 'comment' || (rule.bare && ctx.place(at) !== 'code')) continue;
        if (rule.accept && !rule.accept(m, text, ctx, path)) continue;
        if (behindOptIn(m.index, text)) continue;
        yield { start: m.index, end: m.index + m[0].length, detail: rule.detail };
      }
    }
  }
}

/**
 * A TLS practice detector made of rules alone: the tls-verified policy, read in code lines (a code fence in prose opens
 * before the lines it governs), each rule run by runRules.
 */
export function tlsRuleDetector(spec: Omit<Detector, 'policy' | 'reach' | 'detect'> & { readonly rules: readonly TlsRule[] }): Detector {
  const { rules, ...rest } = spec;
  return { ...rest, policy: 'tls-verified', reach: 'code-lines', detect: (input: DetectorInput): Iterable<Match> => runRules(rules, input) };
}
