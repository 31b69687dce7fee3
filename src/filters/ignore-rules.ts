// gitignore semantics over picomatch, shared by the folder walker (.gitignore files met outside a
// repository) and .secretsignore path rules. Rules are compiled once into one matcher whose cost is
// near-linear in rules + paths: literal names, literal paths and `*.ext` patterns are map lookups;
// only the other globs are regular expressions, tried in combined groups (see compileIgnoreRules).
import picomatch from 'picomatch';

export interface IgnoreRule {
  readonly pattern: string; // as written, for messages
  readonly negated: boolean;
  readonly dirOnly: boolean;
  readonly line: number;
  readonly test: (path: string) => boolean;
  /** The glob without `!`, leading `/` or trailing `/`; matched against the whole path when `anchored`, else against the name. */
  readonly glob: string;
  readonly anchored: boolean;
}

/** Parses one gitignore-style pattern; undefined for blank and comment lines. */
export function parseIgnorePattern(raw: string, line: number): IgnoreRule | undefined {
  let p = raw.replace(/(?<!\\)\s+$/, '');
  if (p === '' || p.startsWith('#')) return undefined;
  const negated = p.startsWith('!');
  if (negated) p = p.slice(1);
  p = p.replace(/^\\([#!])/, '$1');
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  if (p === '') return undefined;
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const glob = p;
  let compiled: ((path: string) => boolean) | undefined; // compiled on first use: matchers seldom need it
  const test = (path: string): boolean => (compiled ??= picomatch(fullGlob(glob, anchored), { dot: true }))(path);
  return { pattern: raw.trim(), negated, dirOnly, line, test, glob, anchored };
}

/**
 * The glob matched against a whole path: at any depth unless anchored. As in git, `dir/**` matches
 * everything inside dir but not dir itself (picomatch's would), so that `!dir/keep.js` can re-include.
 */
function fullGlob(glob: string, anchored: boolean): string {
  const inside = glob.endsWith('/**') ? `${glob}/*` : glob;
  return anchored ? inside : `**/${inside}`;
}

/** Parses the lines of an ignore file (blank lines and # comments skipped). */
export function parseIgnoreLines(text: string): IgnoreRule[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => parseIgnorePattern(l, i + 1))
    .filter((r): r is IgnoreRule => r !== undefined);
}

export interface IgnoreDecision {
  readonly ignored: boolean;
  readonly rule: IgnoreRule;
}

/** Rules compiled for many paths. */
export interface IgnoreMatcher {
  /** Some rule needs the whole path (an anchored one); otherwise `lastMatch` reads only the name. */
  readonly needsPath: boolean;
  /** The last rule matching `path` itself, ignoring its parent folders (for a walk that only enters folders it kept). */
  lastMatch(path: string, isDir: boolean): IgnoreRule | undefined;
  /** The decision for `path`, parent folders included (a file inside an ignored folder stays ignored); folders are decided once. */
  decide(path: string, isDir?: boolean): IgnoreDecision | undefined;
}

const matchers = new WeakMap<readonly IgnoreRule[], IgnoreMatcher>();

/**
 * Decides a relative path against rules (last match wins; a file inside an ignored directory stays
 * ignored, as in git). Returns the rule that decided it, or undefined when no rule applies. The
 * rules are compiled on the first call for this array and the compiled form is kept with it.
 */
export function matchIgnoreRules(rules: readonly IgnoreRule[], path: string, isDir = false): IgnoreDecision | undefined {
  if (rules.length === 0) return undefined;
  let matcher = matchers.get(rules);
  if (!matcher) matchers.set(rules, (matcher = compileIgnoreRules(rules)));
  return matcher.decide(path, isDir);
}

/** Folder decisions kept per matcher before the cache starts over (a history names many folders). */
const FOLDER_CACHE_LIMIT = 200_000;

export function compileIgnoreRules(rules: readonly IgnoreRule[]): IgnoreMatcher {
  const any = new RuleTable(); // rules for files and folders
  const dirs = new RuleTable(); // folder-only rules (`name/`)
  rules.forEach((rule, i) => (rule.dirOnly ? dirs : any).add(rule, i));
  any.seal();
  dirs.seal();
  const lastIndex = (path: string, isDir: boolean): number => {
    const slash = path.lastIndexOf('/');
    const name = slash < 0 ? path : path.slice(slash + 1);
    const best = any.best(path, name, -1);
    return isDir ? dirs.best(path, name, best) : best;
  };
  const lastMatch = (path: string, isDir: boolean): IgnoreRule | undefined => {
    const i = lastIndex(path, isDir);
    return i < 0 ? undefined : rules[i];
  };
  // folder → the rule that excludes it or one of its parents, or null when it is not excluded
  const folders = new Map<string, IgnoreRule | null>();
  const folderExcluded = (folder: string): IgnoreRule | null => {
    const cached = folders.get(folder);
    if (cached !== undefined) return cached;
    // walk up to the nearest decided folder, then decide the ones below it, top down
    const pending: string[] = [folder];
    let above: IgnoreRule | null = null;
    for (let at = folder.lastIndexOf('/'); at > 0; at = pending[pending.length - 1]!.lastIndexOf('/')) {
      const parent = folder.slice(0, at);
      const known = folders.get(parent);
      if (known !== undefined) {
        above = known;
        break;
      }
      pending.push(parent);
    }
    if (folders.size + pending.length > FOLDER_CACHE_LIMIT) folders.clear();
    for (let k = pending.length - 1; k >= 0; k--) {
      const dir = pending[k] as string;
      if (above === null) {
        const own = lastMatch(dir, true);
        if (own && !own.negated) above = own;
      }
      folders.set(dir, above);
    }
    return above;
  };
  return {
    needsPath: any.needsPath || dirs.needsPath,
    lastMatch,
    decide(path: string, isDir = false): IgnoreDecision | undefined {
      if (rules.length === 0) return undefined;
      const slash = path.lastIndexOf('/');
      const parent = slash > 0 ? folderExcluded(path.slice(0, slash)) : null;
      if (parent) return { ignored: true, rule: parent };
      const own = lastMatch(path, isDir);
      return own ? { ignored: !own.negated, rule: own } : undefined;
    },
  };
}

/** Characters picomatch reads literally (no glob, escape or extglob meaning). */
const LITERAL = /^[\w.\-~ %=,:#$\u0080-\uffff]+$/;
const isLiteral = (s: string): boolean => LITERAL.test(s) && s !== '.' && s !== '..';

/** A glob whose segments are all literal names: it matches only itself, and cannot be malformed. */
export function isLiteralGlob(glob: string): boolean {
  return glob.split('/').every(isLiteral);
}

/** One class of rules (folder-only or not), indexed by how they can be decided. */
class RuleTable {
  /** Name without glob characters → the last rule's index. */
  private readonly names = new Map<string, number>();
  /** Anchored literal path → the last rule's index. */
  private readonly paths = new Map<string, number>();
  /** `*.ext` (any name ending in `.ext`, the name `.ext` too) → the last rule's index; keys start with '.'. */
  private readonly exts = new Map<string, number>();
  /** Other unanchored globs without `**`, tried on the name. */
  private readonly byName = new RegexSet();
  /** Anchored globs whose first segment is literal, tried on the path, by that segment. */
  private readonly byFirst = new Map<string, RegexSet>();
  /** The rest, tried on the whole path. */
  private readonly byPath = new RegexSet();
  needsPath = false;

  add(rule: IgnoreRule, index: number): void {
    const { glob, anchored } = rule;
    if (!anchored) {
      if (isLiteral(glob)) return void this.names.set(glob, index);
      const ext = /^\*(\.[^*]*)$/.exec(glob)?.[1];
      if (ext !== undefined && isLiteral(ext.slice(1))) return void this.exts.set(ext, index);
      if (!glob.includes('**')) return this.byName.add(picomatch.makeRe(glob, { dot: true }), index);
    }
    this.needsPath = true;
    const segments = glob.split('/');
    if (anchored && segments.every(isLiteral)) return void this.paths.set(glob, index);
    const re = picomatch.makeRe(fullGlob(glob, anchored), { dot: true });
    const first = segments[0] as string;
    if (anchored && segments.length > 1 && isLiteral(first)) {
      let set = this.byFirst.get(first);
      if (!set) this.byFirst.set(first, (set = new RegexSet()));
      return set.add(re, index);
    }
    this.byPath.add(re, index);
  }

  seal(): void {
    this.byName.seal();
    this.byPath.seal();
    for (const set of this.byFirst.values()) set.seal();
  }

  /** The highest index above `floor` of a rule matching the path (whose last segment is `name`), or `floor`. */
  best(path: string, name: string, floor: number): number {
    let best = floor;
    const named = this.names.get(name);
    if (named !== undefined && named > best) best = named;
    if (this.exts.size > 0) {
      for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
        const e = this.exts.get(name.slice(dot));
        if (e !== undefined && e > best) best = e;
      }
    }
    best = this.byName.best(name, best);
    if (!this.needsPath) return best;
    const literal = this.paths.get(path);
    if (literal !== undefined && literal > best) best = literal;
    if (this.byFirst.size > 0) {
      const slash = path.indexOf('/'); // `dir/**` matches `dir` itself
      best = this.byFirst.get(slash < 0 ? path : path.slice(0, slash))?.best(path, best) ?? best;
    }
    return this.byPath.best(path, best);
  }
}

/** Rules per combined regular expression: one exec rules out a group. */
const GROUP = 32;

/** Regular expressions tried highest index first, in combined groups; a group that matches is then tried rule by rule. */
class RegexSet {
  private members: { readonly re: RegExp; readonly index: number }[] = [];
  private groups: { readonly re: RegExp; readonly top: number; readonly from: number; readonly to: number }[] = [];

  add(re: RegExp, index: number): void {
    this.members.push({ re, index });
  }

  seal(): void {
    this.members.sort((a, b) => b.index - a.index);
    this.groups = [];
    for (let from = 0; from < this.members.length; from += GROUP) {
      const part = this.members.slice(from, from + GROUP);
      const flags = part[0]!.re.flags;
      const same = part.every((m) => m.re.flags === flags);
      const re = part.length === 1 || !same ? undefined : new RegExp(part.map((m) => `(?:${m.re.source})`).join('|'), flags);
      this.groups.push({ re: re ?? /(?:)/, top: part[0]!.index, from, to: from + part.length });
    }
  }

  /** The highest index above `floor` whose expression matches `subject`, or `floor`. */
  best(subject: string, floor: number): number {
    for (const g of this.groups) {
      if (g.top <= floor) return floor; // sorted: every later group is lower still
      if (!g.re.test(subject)) continue;
      for (let k = g.from; k < g.to; k++) {
        const m = this.members[k]!;
        if (m.index <= floor) return floor;
        if (m.re.test(subject)) return m.index;
      }
    }
    return floor;
  }
}
