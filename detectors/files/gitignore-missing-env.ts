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

// Whether the rule applies: a repository that never uses env files has none to leak. The evidence of
// use (`envUsageIn`, one file at a time) is an env file itself (`.env.example`, `web.env`), a dotenv
// dependency (package.json `dotenv`, `python-dotenv`, Ruby `dotenv`, Go `godotenv`, PHP
// `vlucas/phpdotenv`, …) or a framework that reads .env files (Next.js, Vite, Laravel), an import or
// call that loads one (`load_dotenv()`, `require('dotenv')`), a compose `env_file:`, a script that
// sources one or passes `--env-file`, and the root .gitignore's own patterns for env files that miss
// the root `.env` (`.env.local`). Evidence from other files is a repository fact: a detector sees one
// file, so the engine has to gather it and hand it over (`RepositoryFacts`); until it does, the rule
// judges the .gitignore alone, as it always did.

/** Where a repository shows it works with env files. */
export interface EnvUsage {
  readonly path: string;
  /** The span in that file that shows it (0, 0 for a file that is itself an env file). */
  readonly start: number;
  readonly end: number;
  /** Secret-free: 'depends on dotenv', 'is an env file'. */
  readonly what: string;
}

/** Facts about the whole repository, for posture rules; gathered by the engine across files. */
export interface RepositoryFacts {
  /** Whether the root .gitignore exists (a missing one is scanned as an empty file). */
  readonly rootGitignore: boolean;
  /** The first evidence of env-file use, in path order; undefined when there is none. */
  readonly envUsage?: EnvUsage;
}

/** The lowercase literals whose presence lets a file be evidence (besides env files, told by name). */
export const ENV_USAGE_KEYWORDS: readonly string[] = [
  'dotenv', 'dotnetenv', 'env_file', 'env-file', 'loadenvfile', 'environs', 'django-environ', 'decouple', 'gotenv', '"next"',
  '"vite"', '"nuxt"', 'react-scripts', 'sveltejs/kit', 'nestjs/config', 'laravel/framework', ' .env', '/.env',
];

const ENV_FILE_NAME = /^\.env(?:[.\-_][\w.-]{1,60})?$|^[\w.-]{1,80}\.env$/;
const COMPOSE_NAME = /^(?:docker-)?compose(?:[.\-_][\w.-]{0,60})?\.ya?ml$/;
const PACKAGE_JSON = /"(dotenv(?:-[\w-]{1,30})?|@dotenvx\/dotenvx|env-cmd|next|vite|react-scripts|nuxt|@sveltejs\/kit|@nestjs\/config)"[ \t]{0,8}:/;
const PACKAGE_SCRIPT = /--env-file[= ]|dotenv\/config|dotenvx[ \t]{1,8}run/;
const PYTHON_DEPS = /(?:^|[\s"'\[,])(python-dotenv|django-environ|django-dotenv|environs|python-decouple)\b/im;
const OTHER_DEPS = /gem[ \t]{1,8}["'](dotenv(?:-rails)?)["']|(github\.com\/joho\/godotenv|github\.com\/subosito\/gotenv)|"(vlucas\/phpdotenv|symfony\/dotenv|laravel\/framework)"|^[ \t]{0,8}(dotenvy?)[ \t]{0,8}=|(dotenv-java|dotenv-kotlin|spring-dotenv|DotNetEnv)/m;
const CODE_LOADS =
  /\b(load_dotenv|dotenv_values|read_dotenv)[ \t]{0,4}\(|(from[ \t]{1,8}dotenv[ \t]{1,8}import|require\([ \t]{0,4}["']dotenv(?:\/config)?["'][ \t]{0,4}\)|from[ \t]{1,8}["']dotenv(?:\/config)?["']|import[ \t]{1,8}["']dotenv\/config["']|Dotenv\.load|godotenv\.Load|Dotenv\\Dotenv|Dotenv::create|loadEnvFile[ \t]{0,4}\(|DotNetEnv\.Env\.Load|dotenvy?::dotenv)/;
const SCRIPT_LOADS = /(?:^|[\s;&|(])(?:source|\.)[ \t]{1,8}["']?(?:\.\/)?(?:[\w.-]{1,60}\/){0,4}\.env\b|--env-file[= ][ \t]{0,4}["']?(?![<(])[\w.${}\/-]{1,100}|^-?include[ \t]{1,8}\.env\b|^[ \t]{0,16}env_file[ \t]{0,4}:/m;
/** A go.mod requirement marked indirect (`\tgithub.com/subosito/gotenv v1.4.2 // indirect`), the whole line. */
const GO_INDIRECT = /^[ \t]{0,16}(?:require[ \t]{1,8})?[\w.~\/-]{1,200}[ \t]{1,8}v[\w.+-]{1,80}[ \t]{1,8}\/\/[ \t]{0,8}indirect\b[^\n]{0,200}$/gm;
const CODE_EXTENSIONS = /\.(?:py|js|mjs|cjs|ts|mts|cts|jsx|tsx|rb|go|php|java|kt|cs|rs)$/;
const SCRIPT_NAMES = /\.(?:sh|bash|zsh|mk|ya?ml)$|(?:^|\/)(?:Makefile|GNUmakefile|Dockerfile[^/]{0,60}|Procfile|Justfile)$/;

const DEPENDENCY_SECTION = /"(?:dependencies|devDependencies|peerDependencies|optionalDependencies|require|require-dev)"[ \t\r\n]{0,16}:[ \t\r\n]{0,16}\{/g;

/** The first match of `re` (not global) inside a dependency object of a JSON manifest (not `replace`, `keywords`, …). */
function inDependencies(text: string, re: RegExp): RegExpExecArray | null {
  for (const section of text.matchAll(DEPENDENCY_SECTION)) {
    const from = section.index + section[0].length;
    const close = text.indexOf('}', from);
    const body = text.slice(from, close < 0 ? text.length : close);
    const m = re.exec(body);
    if (m) {
      m.index += from;
      return m;
    }
  }
  return null;
}

function usage(path: string, m: RegExpExecArray | null, what: (found: string) => string): EnvUsage | undefined {
  if (!m) return undefined;
  const found = m.slice(1).find((g) => g !== undefined) ?? m[0];
  return { path, start: m.index, end: m.index + m[0].length, what: what(found.trim()) };
}

/** The evidence one file gives that the repository works with env files, or undefined. */
export function envUsageIn(path: string, text: string): EnvUsage | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (ENV_FILE_NAME.test(base)) return { path, start: 0, end: 0, what: 'is an env file' };
  if (path === '.gitignore') return gitignoreUsage(text);
  if (base === 'package.json') {
    return usage(path, inDependencies(text, PACKAGE_JSON), (d) => (/^(?:next|vite|react-scripts|nuxt|@sveltejs\/kit|@nestjs\/config)$/.test(d) ? `uses ${d}, which reads .env files` : `depends on ${d}`)) ??
      usage(path, PACKAGE_SCRIPT.exec(text), () => 'has a script that loads an env file');
  }
  if (/^(?:requirements[\w.-]{0,40}\.txt|Pipfile|pyproject\.toml|setup\.py|setup\.cfg|environment\.ya?ml)$/.test(base)) {
    const dep = usage(path, PYTHON_DEPS.exec(text), (d) => `depends on ${d}`);
    if (dep) return dep;
  }
  if (/^(?:Gemfile|go\.mod|composer\.json|Cargo\.toml|pom\.xml|build\.gradle(?:\.kts)?|[\w.-]{1,80}\.csproj)$/.test(base)) {
    // go.mod's `// indirect` requirements are what the modules used pull in (viper brings gotenv along): the
    // repository's own code never loads an env file through them. Blanked, so that offsets stay.
    const own = base === 'go.mod' ? text.replace(GO_INDIRECT, (line) => ' '.repeat(line.length)) : text;
    return usage(path, base === 'composer.json' ? inDependencies(text, OTHER_DEPS) : OTHER_DEPS.exec(own), (d) => (d === 'laravel/framework' ? 'uses Laravel, which reads .env files' : `depends on ${d}`));
  }
  if (CODE_EXTENSIONS.test(base)) return usage(path, CODE_LOADS.exec(text), (c) => `loads an env file (${c.replace(/[ \t(]{1,8}$/, '')})`);
  if (COMPOSE_NAME.test(base) || SCRIPT_NAMES.test(path)) return usage(path, SCRIPT_LOADS.exec(text), () => 'loads an env file');
  return undefined;
}

/** A pattern of the root .gitignore naming env files (`.env.local`, `!.env`, `config/.env`): they are in use. */
function gitignoreUsage(text: string): EnvUsage | undefined {
  for (const line of lines(text)) {
    const p = line.text.trim();
    if (/^!?(?:\/|\*\*\/)?(?:[^#\s/][^\s]{0,200}\/)?\.env(?:[.*\-_][^\s/]{0,60})?$/.test(p)) {
      return { path: '.gitignore', start: line.start, end: line.start + line.text.length, what: `names env files ("${p.slice(0, 80)}")` };
    }
  }
  return undefined;
}

/** Why the root `.env` is not ignored, or undefined when it is. */
function notIgnored(text: string): string | undefined {
  const rule = lastMatchingRule(text, '.env');
  if (rule && !rule.negate) return undefined;
  if (rule) return `".env" is re-included by "${rule.source}"`;
  if (text.trim() === '') return 'the repository has no .gitignore (or an empty one), so ".env" files are not ignored';
  // Next.js, Vite and Create React App ignore only `.env*.local` and commit `.env` with defaults: said, so that a
  // reader sees the convention was chosen and checks that the committed .env holds no secret
  const local = lastMatchingRule(text, '.env.local');
  if (local && !local.negate) return `no pattern in .gitignore ignores ".env" at the repository root, only its local variants ("${local.source.slice(0, 80)}", the convention of Next.js and Vite, which commit .env with defaults: it must hold no secret)`;
  return 'no pattern in .gitignore ignores ".env" at the repository root';
}

/** What shows the repository uses env files, as the finding says it: `, and package.json depends on dotenv`. */
export function evidenceClause(use: EnvUsage): string {
  return `, and ${use.path === '.gitignore' ? 'it' : use.path} ${use.what}`;
}

/** With the repository's facts: the finding at the root .gitignore, only where env files are in use. */
export function judgeGitignore(text: string, facts: RepositoryFacts): Match | undefined {
  if (!facts.rootGitignore) return undefined; // reported at the evidence instead (missingGitignore)
  const why = notIgnored(text);
  const use = facts.envUsage ?? gitignoreUsage(text);
  if (why === undefined || use === undefined) return undefined;
  return { start: 0, end: 0, detail: `${why}${evidenceClause(use)}` };
}

/** Without a root .gitignore: the finding goes where the repository shows it uses env files. */
export function missingGitignore(use: EnvUsage): Match & { readonly path: string } {
  return { path: use.path, start: use.start, end: use.end, detail: `the repository has no .gitignore, so ".env" files are not ignored, and ${use.path} ${use.what}` };
}

function* detect(input: DetectorInput): Iterable<Match> {
  const { path, text } = input;
  if (path !== '.gitignore') return; // only the root file decides about the root .env
  const facts = (input as DetectorInput & { readonly repository?: RepositoryFacts }).repository;
  if (facts) {
    const found = judgeGitignore(text, facts);
    if (found) yield found;
    return;
  }
  const why = notIgnored(text);
  if (why !== undefined) yield { start: 0, end: 0, detail: why };
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
      { path: '.gitignore', text: '.env.local\n.env.development.local\n.env.production.local\n', why: 'variants only, not .env: said in the detail, the convention of Next.js and Vite' },
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
