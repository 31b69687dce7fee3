import { createContext, Script, type Context } from 'node:vm';
import type { Detector, DetectorInput, Example, Match, PolicyId, Severity } from '../../src/types.js';
import { shannonEntropy } from './entropy.js';
import { isPlaceholder, isStandIn } from './placeholders.js';
import { keywordRegExp, keywordStarts, keywordWindows, stickyMatches } from './keyword-windows.js';
import { now } from '../../src/engine/clock.js';

export interface PatternDetectorSpec {
  readonly id: string;
  readonly title: string;
  /** The service whose credential it finds (required of the vendor kinds' detectors). */
  readonly vendor?: string;
  /** Who makes its secrets (Detector.secrets). */
  readonly secrets?: 'generated' | 'chosen' | 'identifier';
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
  /**
   * Also reject counting and keyboard sequences (`1234567`, `abcdefg`): for detectors whose only
   * evidence is a name and a shape. Default false: a vendor's format is evidence enough.
   */
  readonly rejectSequences?: boolean;
  /**
   * The pattern can span more than WINDOW_LINES lines around a keyword (PEM blocks, JSON objects):
   * run it over the whole text instead of the windows around keyword occurrences.
   */
  readonly multiline?: boolean;
  /**
   * Every match starts at most `before` characters before one of its keywords and ends at most
   * `after` characters after that keyword's start: the pattern is then run only over those spans
   * (plus one character each side, what a lookaround reads), not over whole lines around keywords.
   */
  readonly keywordSpan?: { readonly before: number; readonly after: number };
  /**
   * A cheap test of what must stand next to a keyword occurrence for a match to be possible there
   * (`://` followed by `user:…@`, `curl` as a command word rather than in `curl_easy_setopt`);
   * occurrences that fail it get no span or window, so the pattern never runs around them. Must
   * never reject an occurrence a match could start from.
   */
  readonly keywordCheck?: (text: string, keywordStart: number) => boolean;
  /**
   * Wall-clock limit (ms) of one detect call, i.e. one file: past it the detector gives up on the
   * file, keeps the matches found so far and reports an overrun (setOverrunListener). It interrupts
   * even a single runaway RegExp exec (node:vm's timeout), at about 0.1 ms per call: for patterns
   * no test has timed (custom detectors), not for the built-in ones.
   */
  readonly timeLimitMs?: number;
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
  // Compiled on the first detect call, not at start-up: a scan runs a few dozen of the catalogue's
  // 800 detectors, and a pre-commit scan fewer still.
  let pattern!: RegExp;
  let groupName: string | undefined;
  let hasGroup = false;
  let keywordFinder: RegExp | undefined;
  let anchored: RegExp | undefined;
  let compiled = false;
  function compile(): void {
    const flags = new Set([...spec.pattern.flags, 'g', 'd']);
    pattern = new RegExp(spec.pattern.source, [...flags].join(''));
    groupName = /\(\?<secret>/.test(spec.pattern.source) ? 'secret' : undefined;
    hasGroup = /\((?!\?)/.test(spec.pattern.source.replace(/\\\\|\\\(/g, ''));
    keywordFinder = spec.keywords.length > 0 && !spec.multiline ? keywordRegExp(spec.keywords) : undefined;
    // A pattern whose every match starts with one of its keywords is tried only at keyword starts.
    anchored = keywordFinder && startsWithKeyword(spec.pattern, spec.keywords) ? new RegExp(spec.pattern.source, [...flags].filter((f) => f !== 'g').join('') + 'y') : undefined;
    compiled = true;
  }

  function* detect(input: DetectorInput): Iterable<Match> {
    if (!compiled) compile();
    if (spec.timeLimitMs === undefined) {
      yield* detectAll(input);
      return;
    }
    const started = now();
    const { found, stopped } = collectWithin(spec.timeLimitMs, () => detectAll(input));
    if (stopped) overrunListener({ detector: spec.id, path: input.path, ms: Math.round(now() - started) });
    yield* found;
  }

  function* detectAll(input: DetectorInput): Iterable<Match> {
    const { text } = input;
    if (!keywordFinder) {
      yield* detectIn(text, 0, text.length);
      return;
    }
    const check = spec.keywordCheck;
    const all = keywordStarts(text, input.keywordStarts, keywordFinder);
    const starts = check ? all.filter((at) => check(text, at)) : all;
    if (anchored) {
      for (const m of stickyMatches(anchored, text, starts)) {
        const found = accept(text, m, 0);
        if (found) yield found;
      }
    } else if (spec.keywordSpan) yield* detectSpans(text, starts, spec.keywordSpan);
    else for (const [from, to] of keywordWindows({ ...input, keywordStarts: starts }, keywordFinder)) yield* detectIn(text, from, to);
  }

  function* detectSpans(text: string, starts: readonly number[], span: { readonly before: number; readonly after: number }): Iterable<Match> {
    let from = -1;
    let to = -1;
    for (const at of starts) {
      const start = Math.max(0, at - span.before - 1);
      const end = Math.min(text.length, at + span.after + 1);
      if (start <= to) {
        to = Math.max(to, end);
        continue;
      }
      if (to >= 0) yield* detectIn(text, from, to, true);
      [from, to] = [start, end];
    }
    if (to >= 0) yield* detectIn(text, from, to, true);
  }

  /**
   * Matches of the pattern in text[from, to). With `cut`, the region's edges are one character past
   * any real match: a match touching an edge inside the text lacked the context a lookaround reads.
   */
  function* detectIn(text: string, from: number, to: number, cut = false): Iterable<Match> {
    const region = from === 0 && to === text.length ? text : text.slice(from, to);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(region); m !== null; m = pattern.exec(region)) {
      if (m[0].length === 0) pattern.lastIndex++;
      if (cut && ((from > 0 && m.index === 0) || (to < text.length && m.index + m[0].length === region.length))) continue;
      const found = accept(text, m, from);
      if (found) yield found;
    }
  }

  /** A match (found in a region starting at `from`) → the detector's Match, or undefined when rejected. */
  function accept(text: string, m: RegExpExecArray, from: number): Match | undefined {
    const span = secretSpan(m, groupName, hasGroup);
    if (!span) return undefined;
    m.index += from;
    const start = span[0] + from;
    const end = span[1] + from;
    const secret = text.slice(start, end);
    if (!spec.allowPlaceholders && (spec.rejectSequences ? isPlaceholder(secret) : isStandIn(secret))) return undefined;
    if (spec.minEntropy !== undefined && shannonEntropy(secret) < spec.minEntropy) return undefined;
    if (spec.validate && !spec.validate(secret, m, text)) return undefined;
    const detail = spec.detail?.(m);
    return detail === undefined ? { start, end, secret } : { start, end, secret, detail };
  }

  return {
    id: spec.id,
    title: spec.title,
    ...(spec.vendor ? { vendor: spec.vendor } : {}),
    ...(spec.secrets ? { secrets: spec.secrets } : {}),
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

/** A detector that gave up on a file after its `timeLimitMs`. */
export interface DetectorOverrun {
  readonly detector: string;
  readonly path: string;
  readonly ms: number;
}

/** The warning for an overrun: names the detector and the file, never the text. */
export function overrunMessage(o: DetectorOverrun): string {
  return `detector ${o.detector} gave up on ${o.path} after ${o.ms} ms (its time limit per file), so its findings there may be missing: simplify its pattern`;
}

const warnOnStderr = (o: DetectorOverrun): void => void process.stderr.write(`secret-hygiene: warning: ${overrunMessage(o)}\n`);
let overrunListener: (o: DetectorOverrun) => void = warnOnStderr;

/** Where overruns go (default: one warning line on stderr); the engine may collect them instead. */
export function setOverrunListener(listener: ((o: DetectorOverrun) => void) | undefined): void {
  overrunListener = listener ?? warnOnStderr;
}

let guard: { readonly context: Context; readonly script: Script } | undefined;

/**
 * Collects what `matches` yields, stopping it after `ms` even inside one RegExp exec, which
 * JavaScript cannot interrupt: node:vm's timeout terminates whatever runs within its call (a watchdog
 * thread, ~0.09 ms per call). Returns the matches found before the stop.
 */
export function collectWithin(ms: number, matches: () => Iterable<Match>): { found: Match[]; stopped: boolean } {
  guard ??= { context: createContext({ run: undefined }), script: new Script('run()') };
  const found: Match[] = [];
  guard.context.run = (): void => {
    for (const m of matches()) found.push(m);
  };
  try {
    guard.script.runInContext(guard.context, { timeout: Math.max(1, Math.round(ms)) });
    return { found, stopped: false };
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { found, stopped: true };
    throw error;
  } finally {
    guard.context.run = undefined;
  }
}

/**
 * True when every match of the pattern starts with one of the keywords: after leading lookbehinds
 * and group openers, the pattern's literal prefix begins with a keyword, and the pattern has no
 * alternation (which could start a match elsewhere). Conservative: false when unsure.
 */
export function startsWithKeyword(pattern: RegExp, keywords: readonly string[]): boolean {
  let src = pattern.source;
  if (src.includes('|')) return false;
  while (src.startsWith('(?<!') || src.startsWith('(?<=')) {
    const close = groupEnd(src);
    if (close < 0) return false;
    src = src.slice(close + 1);
  }
  src = src.replace(/^(?:\(\?<secret>|\(\?:|\((?!\?))+/, '');
  let literal = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    let ch: string | undefined;
    if (/[A-Za-z0-9_ \-:@=]/.test(c)) ch = c;
    else if (c === '\\' && /[.\-\/_:@=]/.test(src[i + 1] ?? '')) ch = src[++i];
    if (ch === undefined) break;
    if (/[?*{]/.test(src[i + 1] ?? '')) break; // the last character is optional or repeated
    literal += ch;
    if (src[i + 1] === '+') break; // one or more: the character itself is certain, what follows is not
  }
  const lower = literal.toLowerCase();
  return lower.length > 0 && keywords.some((k) => lower.startsWith(k));
}

/** Index of the ')' closing the group that opens at 0 (escapes and classes skipped), or -1. */
function groupEnd(src: string): number {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function secretSpan(m: RegExpExecArray, groupName: string | undefined, hasGroup: boolean): [number, number] | undefined {
  const indices = m.indices;
  if (!indices) return undefined;
  const span = groupName ? indices.groups?.[groupName] : hasGroup ? indices[1] : indices[0];
  return span ? [span[0], span[1]] : undefined;
}
