import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { lines } from './lines.js';

// Does the root .gitignore ignore a `.env` file at the repository root? Evaluated with gitignore
// semantics: the last matching pattern wins, `!` re-includes, a trailing `/` matches only directories,
// a leading `/` or `**/` anchors nothing more for a root file, a pattern with any other slash names a
// path in a folder (never a root file, except `**`), `*` and `?` match any character but `/` (a leading
// dot included), `[...]` is a class. The wildcard match is the two-pointer algorithm: O(pattern × name),
// no regex, so hostile patterns (`*?*?*?…`) cannot backtrack.
// (Ignore rules in .git/info/exclude or a global excludes file are invisible here; the remediation says so.)

type Token = { readonly kind: 'star' } | { readonly kind: 'one'; readonly test: (c: string) => boolean };

interface Rule {
  readonly source: string;
  readonly negate: boolean;
  readonly dirOnly: boolean;
  readonly tokens?: readonly Token[]; // undefined: the pattern cannot match a root-level file
  readonly all: boolean; // `**`
}

/** `[a-z]`, `[!.]`, `[^x]`: the tester and the index after `]`, or undefined when the class is not closed. */
function charClass(glob: string, open: number): [(c: string) => boolean, number] | undefined {
  let i = open + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < glob.length && (first || glob[i] !== ']'); first = false) {
    let lo = glob[i] as string;
    if (lo === '\\' && i + 1 < glob.length) lo = glob[++i] as string;
    let hi = lo;
    if (glob[i + 1] === '-' && i + 2 < glob.length && glob[i + 2] !== ']') {
      hi = glob[i + 2] as string;
      i += 2;
    }
    ranges.push([lo, hi]);
    i++;
  }
  if (i >= glob.length) return undefined;
  return [(c) => ranges.some(([lo, hi]) => c >= lo && c <= hi) !== negated, i + 1];
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  const lastClose = glob.lastIndexOf(']'); // a `[` after the last `]` is a literal: no rescans to the end
  let cls: ReturnType<typeof charClass>;
  for (let i = 0; i < glob.length; ) {
    const c = glob[i] as string;
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
      i++;
    } else if (c === '?') {
      tokens.push({ kind: 'one', test: (x) => x !== '/' });
      i++;
    } else if (c === '[' && i < lastClose && (cls = charClass(glob, i)) !== undefined) {
      tokens.push({ kind: 'one', test: cls[0] });
      i = cls[1];
    } else {
      const lit = c === '\\' && i + 1 < glob.length ? (glob[++i] as string) : c;
      tokens.push({ kind: 'one', test: (x) => x === lit });
      i++;
    }
  }
  return tokens;
}

/** Two-pointer wildcard match of a single path segment. */
function matchesName(tokens: readonly Token[], name: string): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < name.length) {
    const t = tokens[p];
    if (t?.kind === 'one' && t.test(name[s] as string)) {
      p++;
      s++;
    } else if (t?.kind === 'star') {
      starP = p++;
      starS = s;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}

function parseRule(raw: string): Rule | undefined {
  let end = raw.length;
  while (end > 0 && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  if (end < raw.length && raw[end - 1] === '\\') end++; // `\ ` keeps one escaped trailing space
  let p = raw.slice(0, end);
  if (p === '' || p.startsWith('#')) return undefined;
  const negate = p.startsWith('!');
  if (negate) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  if (p.startsWith('/')) p = p.slice(1);
  while (p.startsWith('**/')) p = p.slice(3);
  if (p === '' || p.length > 4096) return undefined; // longer than any path git accepts: cannot name .env
  const all = /^\*\*$/.test(p);
  return { source: raw.trim(), negate, dirOnly, all, ...(p.includes('/') || all ? {} : { tokens: tokenize(p) }) };
}

/** The last rule matching a file at the repository root (a name without `/`), or undefined when none does. */
export function lastMatchingRule(gitignore: string, name: string): Rule | undefined {
  let last: Rule | undefined;
  for (const line of lines(gitignore)) {
    const rule = parseRule(line.text);
    if (!rule || rule.dirOnly) continue;
    if (rule.all || (rule.tokens !== undefined && matchesName(rule.tokens, name))) last = rule;
  }
  return last;
}

function* detect({ path, text }: DetectorInput): Iterable<Match> {
  if (path !== '.gitignore') return; // only the root file decides about the root .env
  const rule = lastMatchingRule(text, '.env');
  if (rule && !rule.negate) return;
  yield {
    start: 0,
    end: 0,
    detail: rule
      ? `".env" is re-included by "${rule.source}"`
      : text.trim() === ''
        ? 'the repository has no .gitignore (or an empty one), so ".env" files are not ignored'
        : 'no pattern in .gitignore ignores ".env" at the repository root',
  };
}

export const gitignoreMissingEnv: Detector = {
  id: 'gitignore-missing-env',
  title: '.gitignore does not ignore .env files',
  policy: 'env-files-out-of-vcs',
  severity: 'low',
  keywords: [],
  paths: ['.gitignore'],
  remediation:
    'Add `.env` and `.env.*` (with `!.env.example` for the template) to the root .gitignore so local secrets are never ' +
    'staged; ignore rules kept only in .git/info/exclude or a global excludes file do not protect other clones.',
  detect,
  examples: {
    positive: [
      { path: '.gitignore', text: 'node_modules/\ndist/\n*.log\n' },
      { path: '.gitignore', text: '.env.local\n.env.development.local\n.env.production.local\n', why: 'variants only, not .env' },
      { path: '.gitignore', text: '.env*\n!.env\n', why: 're-included' },
      { path: '.gitignore', text: '.env/\nsrc/.env\n', why: 'a directory pattern and an anchored one elsewhere' },
    ],
    negative: [
      { path: '.gitignore', text: 'node_modules/\ndist/\n.env\n' },
      { path: '.gitignore', text: '.env*\n!.env.example\n' },
      { path: '.gitignore', text: '# secrets\n**/.env\n' },
      { path: '.gitignore', text: '*.env\n' },
      { path: '.gitignore', text: '/.env\n' },
      { path: 'packages/web/.gitignore', text: 'dist/\n', why: 'not the root .gitignore' },
    ],
  },
};
