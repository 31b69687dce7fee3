import picomatch from 'picomatch';

/**
 * Compiles a detector's or a rule's path globs. A glob without '/' matches the basename at any
 * depth (`*.pem`, `Dockerfile.*`); a glob with '/' matches the whole repository-relative path
 * (`logs/**`, `**\/.docker/config.json`). Dot files match.
 */
export function compilePathMatcher(globs: readonly string[]): (path: string) => boolean {
  const { base, full } = splitGlobs(globs);
  return (path: string) => full?.(path) === true || base?.(basename(path)) === true;
}

export interface PathGates {
  /** Which of the gated entries apply to this path (indices into the list given). */
  applicable(path: string): ReadonlySet<number>;
}

/**
 * Path gates for many detectors at once. Most detectors' globs look only at the basename, and
 * basenames repeat across a tree (index.js, package.json), so those answers are memoised per
 * basename: one Map lookup per file instead of one glob test per detector.
 */
export function compilePathGates(globLists: readonly (readonly string[] | undefined)[]): PathGates {
  const gates = globLists.map((globs, index) => (globs && globs.length > 0 ? { index, ...splitGlobs(globs) } : undefined)).filter((g) => g !== undefined);
  const memo = new Map<string, ReadonlySet<number>>();
  const byPath = new Map<string, ReadonlySet<number>>();
  const withFull = gates.filter((g) => g.full !== undefined);
  // the engine asks twice per file (copy detection, then detection): the last answer is kept
  let lastPath: string | undefined;
  let lastSet: ReadonlySet<number> = new Set();
  return {
    applicable(path: string): ReadonlySet<number> {
      if (path === lastPath) return lastSet;
      lastPath = path;
      return (lastSet = decide(path));
    },
  };

  function decide(path: string): ReadonlySet<number> {
    const name = basename(path);
    let byBase = memo.get(name);
    if (!byBase) {
      byBase = new Set(gates.filter((g) => g.base?.(name) === true).map((g) => g.index));
      if (memo.size > 50_000) memo.clear();
      memo.set(name, byBase);
    }
    if (withFull.length === 0) return byBase;
    // a history asks again for every version of a path: the folder globs' answer is kept per path
    const known = byPath.get(path);
    if (known) return known;
    // the same set object for every path of one file name that no folder glob matches (callers cache by it)
    let out: Set<number> | undefined;
    for (const g of withFull) {
      if (g.full?.(path) === true && !byBase.has(g.index)) (out ??= new Set(byBase)).add(g.index);
    }
    if (byPath.size > 50_000) byPath.clear();
    byPath.set(path, out ?? byBase);
    return out ?? byBase;
  }
}

/**
 * A glob that matches a file name at any depth, as a glob of the name alone (`*.yaml`, and `haproxy*` for
 * `**` + `/haproxy*`): read on the name, whose answer is kept per name, instead of on every path.
 */
const ANY_DEPTH = /^(?:\*\*\/)?([^/]+)$/;

function splitGlobs(globs: readonly string[]): { base?: (s: string) => boolean; full?: (s: string) => boolean } {
  // `**/*.yaml` (picomatch, dot: true) matches exactly the paths whose file name matches `*.yaml`
  const base = globs.map((g) => ANY_DEPTH.exec(g)?.[1]).filter((g) => g !== undefined);
  const full = globs.filter((g) => !ANY_DEPTH.test(g));
  return {
    ...(base.length ? { base: anyGlob(base) } : {}),
    ...(full.length ? { full: anyGlob(full) } : {}),
  };
}

/**
 * One regular expression for a list of globs (each one anchored by picomatch): a single test per
 * path. picomatch's own matcher for a list runs each glob's test in turn and builds a result object
 * each time, which made path gates a tenth of a tree scan's main-thread time.
 */
function anyGlob(globs: readonly string[]): (s: string) => boolean {
  const compile = (): RegExp => new RegExp(globs.map((g) => `(?:${picomatch.makeRe(g, { dot: true }).source})`).join('|'));
  // picomatch's expression for `**/` tries every split of the path; a plain search for a word the
  // path must contain rules out almost every path first, and the expression is made only when a
  // path passes that search (a pre-commit hook's few files pass for a few detectors of hundreds)
  const literals = globs.map(requiredLiteral);
  if (literals.some((l) => l === undefined)) {
    const re = compile();
    return (s: string) => re.test(s);
  }
  const words = literals as string[];
  let re: RegExp | undefined;
  return (s: string) => words.some((w) => s.includes(w)) && (re ??= compile()).test(s);
}

/**
 * The longest run of plain characters between wildcards and slashes: any path the glob matches
 * contains it. Undefined where a glob's syntax could make it optional (braces, extglobs, escapes).
 */
function requiredLiteral(glob: string): string | undefined {
  if (/[{}()!\\]/.test(glob)) return undefined;
  const parts = glob.replace(/\[[^\]]*\]/g, '/').split(/[*?/]+/);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length > 0 ? longest : undefined;
}

function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}
