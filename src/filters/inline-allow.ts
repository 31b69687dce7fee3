// Inline allow comments: `secret-hygiene:allow [detector-id ...]` on a finding's line, or alone in
// a comment on the line before, silences findings there. `gitleaks:allow`, `trufflehog:ignore`,
// ggshield's `ggignore` and `pragma: allowlist secret` (and detect-secrets' `pragma: allowlist
// nextline secret`) are honoured for users migrating; they silence every detector. The markers of
// the security linters (gosec's and Bandit's `#nosec`, golangci-lint's `nolint:gosec`) say that a
// reviewer accepted an insecure call on that line: they silence TLS findings only (a credential a
// linter was told to accept is still in the repository).
import type { Finding, FindingContext, FindingFilter, PolicyId, Warning } from '../types.js';
import type { RuleLocator, UnusedReporter } from './secretsignore.js';

/** One allow comment as written on a line. */
export interface AllowComment {
  readonly marker: string;
  /** Detector ids it is limited to; empty = every detector. */
  readonly ids: readonly string[];
  /** The one policy whose findings it silences (a security linter's marker: tls-verified). */
  readonly policy?: PolicyId;
}

/** gosec's and Bandit's `#nosec` / `# nosec` (with or without rule ids), golangci-lint's `nolint:gosec` (in a list too). */
const LINTER_MARKER = /(?:^|[^\w'"`])(#[ \t]?nosec\b|nolint:(?:[\w-]+,)*gosec\b)/;

const OWN_MARKER = 'secret-hygiene:allow';
/** Every marker, longest first; each contains 'allow' or 'ignore' (the cheap pre-check). */
const MARKERS = [OWN_MARKER, 'pragma: allowlist nextline secret', 'pragma: allowlist secret', 'trufflehog:ignore', 'gitleaks:allow', 'ggignore'] as const;
/** A word shaped like a detector id: kebab-case with at least one hyphen. */
const ID_SHAPED = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
/** How a line that is only a comment starts, in the languages people keep secrets in. */
const QUOTES = ['"', "'", '`'];
const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*|\*|<!--|--|;|%|'|rem\s|::|\{\{!?--)/i;

/**
 * The allow comment on a line, if any. After `secret-hygiene:allow`, the words that are known
 * detector ids or shaped like one (kebab-case with a hyphen) limit it to those detectors; the
 * first other word (a reason, `--`, `*\/`) ends the list. An unknown id-shaped word limits it to
 * a detector that does not exist: a typo silences less, never more. A marker right after a quote
 * or backtick is a mention (documentation, this scanner's own code), not an allow.
 */
export function parseAllowComment(line: string, knownIds: ReadonlySet<string>): AllowComment | undefined {
  if (!line.includes('allow') && !line.includes('ignore')) {
    if (!line.includes('nosec') && !line.includes('gosec')) return undefined;
    const linter = LINTER_MARKER.exec(line);
    return linter ? { marker: (linter[1] as string).replace(/[ \t]/g, ''), ids: [], policy: 'tls-verified' } : undefined;
  }
  for (const marker of MARKERS) {
    const at = markerAt(line, marker);
    if (at < 0) continue;
    if (marker !== OWN_MARKER) return { marker, ids: [] };
    const ids: string[] = [];
    for (const word of line.slice(at + marker.length).split(/[\s,]+/).filter(Boolean)) {
      if (!knownIds.has(word) && !ID_SHAPED.test(word)) break;
      ids.push(word);
    }
    return { marker, ids };
  }
  return undefined;
}

/** Where the marker stands on the line; a quoted mention (`'gitleaks:allow'`, in docs or code) is not one. */
function markerAt(line: string, marker: string): number {
  for (let at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, at + 1)) {
    if (!QUOTES.includes(line[at - 1] ?? '')) return at;
  }
  return -1;
}

/** True when the line holds nothing but a comment (an allow there covers the next line). */
export function isCommentOnly(line: string): boolean {
  return COMMENT_ONLY.test(line);
}

function allows(comment: AllowComment | undefined, finding: Finding): boolean {
  if (comment === undefined || (comment.policy !== undefined && comment.policy !== finding.policy)) return false;
  return comment.ids.length === 0 || comment.ids.includes(finding.detectorId);
}

export interface InlineAllowOptions {
  readonly knownIds: ReadonlySet<string>;
  /** Record every allow comment in scanned text, to report those that silenced nothing. */
  readonly trackUnused?: boolean;
}

/** The inline-allow filter. With trackUnused it also lists allow comments that silenced nothing. */
export function inlineAllowFilter(options: InlineAllowOptions): FindingFilter & UnusedReporter & RuleLocator {
  const { knownIds } = options;
  const seen = new Map<string, { path: string; line: number; comment: AllowComment }>();
  const used = new Set<string>();
  const key = (path: string, line: number): string => `${path}\0${line}`;

  /** The line of the allow comment that silences the finding: its own line, or the comment-only line before. */
  const allowLine = (finding: Finding, context: FindingContext): number | undefined => {
    if (allows(parseAllowComment(context.lineText, knownIds), finding)) return finding.line;
    if (finding.line > 1 && isCommentOnly(context.prevLineText) && allows(parseAllowComment(context.prevLineText, knownIds), finding)) return finding.line - 1;
    return undefined;
  };

  const filter: FindingFilter & UnusedReporter & RuleLocator = {
    name: 'inline-allow',
    keep(finding: Finding, context: FindingContext): boolean {
      const line = allowLine(finding, context);
      if (line === undefined) return true;
      used.add(key(finding.path, line));
      return false;
    },
    silencedWhere(finding: Finding, context: FindingContext): string | undefined {
      const line = allowLine(finding, context);
      return line === undefined ? undefined : `${finding.path}:${line}`;
    },
    unused(): Warning[] {
      return [...seen.entries()]
        .filter(([k]) => !used.has(k))
        .map(([, v]) => v)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line))
        .map(({ path, line, comment }) => ({
          path,
          message: `line ${line}: allow comment '${comment.marker}${comment.ids.length ? ` ${comment.ids.join(' ')}` : ''}' silenced no finding; remove it`,
        }));
    },
  };
  if (options.trackUnused) {
    filter.observeText = (path: string, bytes: Buffer): void => {
      for (const { line, text } of markerLines(bytes)) {
        const comment = parseAllowComment(text, knownIds);
        if (comment) seen.set(key(path, line), { path, line, comment });
      }
    };
  }
  return filter;
}

const NEWLINE = 10;
const COLON = 58;
const LIST = Buffer.from('list', 'utf8');
const G = 0x67;

/**
 * The lines of a blob that may hold a marker, found with native byte searches for 'allow' and
 * 'ignore' (every marker has ':allow', 'allowlist', ':ignore' or 'ggignore'): only those lines are
 * decoded and parsed.
 */
export function markerLines(bytes: Buffer): { line: number; text: string }[] {
  const found: number[] = [];
  for (let at = bytes.indexOf('allow'); at >= 0; at = bytes.indexOf('allow', at + 5)) {
    if (bytes[at - 1] === COLON || bytes.subarray(at + 5, at + 9).equals(LIST)) found.push(bytes.lastIndexOf(NEWLINE, at) + 1);
  }
  for (let at = bytes.indexOf('ignore'); at >= 0; at = bytes.indexOf('ignore', at + 6)) {
    if (bytes[at - 1] === COLON || (bytes[at - 1] === G && bytes[at - 2] === G)) found.push(bytes.lastIndexOf(NEWLINE, at) + 1);
  }
  const starts = [...new Set(found)].sort((a, b) => a - b);
  const out: { line: number; text: string }[] = [];
  let line = 1;
  let counted = 0;
  for (const start of starts) {
    for (let nl = bytes.indexOf(NEWLINE, counted); nl >= 0 && nl < start; nl = bytes.indexOf(NEWLINE, nl + 1)) line++;
    counted = start;
    const end = bytes.indexOf(NEWLINE, start);
    out.push({ line, text: bytes.toString('utf8', start, end < 0 ? bytes.length : end) });
  }
  return out;
}
