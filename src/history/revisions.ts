// What part of the history to scan: every ref (default), some branches, or a range, turned into
// validated arguments for `git log`. Every name is resolved to a commit id first, so an unknown
// ref is a clear error and nothing the user typed is ever read by git as an option.
import { UsageError } from '../errors.js';
import { resolveCommit } from '../git.js';

export interface HistorySelection {
  readonly all?: boolean;
  readonly branches?: readonly string[];
  readonly range?: string;
  readonly since?: string;
  /** Leave out commits reachable from any remote-tracking ref (`--not --remotes`): what a push adds. */
  readonly excludeRemotes?: boolean;
}

/** Validates a selection and returns the revision arguments for `git log`. */
export async function revisionArgs(repo: string, selection: HistorySelection): Promise<string[]> {
  const branches = selection.branches ?? [];
  if (branches.length > 0 && selection.range !== undefined) {
    throw new UsageError('--branch and --range: give one or the other (a range already names the commits to scan)');
  }
  if (selection.all && (branches.length > 0 || selection.range !== undefined)) {
    throw new UsageError('--all: cannot be combined with --branch or --range; drop --all to scan only those');
  }
  const revs: string[] = [];
  if (selection.range !== undefined) revs.push(...(await rangeArgs(repo, selection.range)));
  else if (branches.length > 0) {
    for (const branch of branches) revs.push(await commitOf(repo, branch, `--branch ${branch}`));
  } else revs.push('--all');
  if (selection.excludeRemotes) revs.push('--not', '--remotes');
  if (selection.since !== undefined) {
    if (!isDate(selection.since)) throw new UsageError(`--since ${selection.since}: not a date; use e.g. 2024-01-31, 2024-01-31T12:00:00Z, @1706700000 or "6 months ago"`);
    revs.push(`--since=${selection.since.trim()}`);
  }
  return revs;
}

/** `A..B`, `A...B`, or a single ref R meaning `R..HEAD`; an empty side means HEAD, as in git. */
async function rangeArgs(repo: string, range: string): Promise<string[]> {
  const where = `--range ${range}`;
  const symmetric = range.indexOf('...');
  if (symmetric >= 0) {
    const a = await commitOf(repo, range.slice(0, symmetric) || 'HEAD', where);
    const b = await commitOf(repo, range.slice(symmetric + 3) || 'HEAD', where);
    return [`${a}...${b}`];
  }
  const dots = range.indexOf('..');
  const [from, to] = dots >= 0 ? [range.slice(0, dots) || 'HEAD', range.slice(dots + 2) || 'HEAD'] : [range, 'HEAD'];
  return [`^${await commitOf(repo, from, where)}`, await commitOf(repo, to, where)];
}

async function commitOf(repo: string, rev: string, where: string): Promise<string> {
  if (rev.trim() === '' || rev.startsWith('-')) throw new UsageError(`${where}: '${rev}' is not a ref; name a branch, tag or commit`);
  const oid = await resolveCommit(repo, rev);
  if (oid === undefined) {
    throw new UsageError(`${where}: unknown ref '${rev}' in ${repo}; check the name with 'git branch -a' or 'git log --oneline'`);
  }
  return oid;
}

/** An ISO date (time and zone optional), a Unix time, or "N units [N units…] ago". */
const ABSOLUTE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EPOCH = /^@\d{1,12}$/;
const RELATIVE = /^(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?[\s,]+)+ago$/i;

/**
 * Whether git would read `text` as the date the user meant: git's own parser reads anything it cannot
 * parse as "now" (`--since "garbage date"` scanned nothing and passed), so only these forms are taken.
 */
function isDate(text: string): boolean {
  const t = text.trim();
  if (EPOCH.test(t) || RELATIVE.test(t) || ['yesterday', 'today'].includes(t.toLowerCase())) return true;
  return ABSOLUTE.test(t) && !Number.isNaN(Date.parse(t.slice(0, 10)));
}
