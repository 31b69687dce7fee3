// The single place that runs git. Scanning a repository must never run a program that the
// repository's own config names: every call neutralises fsmonitor, hooks, external diff,
// textconv, filters and pagers, and never prompts for credentials.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { describeSystemError, SourceError } from './errors.js';

/** `-c` overrides placed before every git subcommand. */
export const HARDENING_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.askPass=',
  'credential.helper=',
  'diff.external=',
  'core.sshCommand=false',
  'protocol.ext.allow=never',
  'uploadpack.packObjectsHook=',
  'core.untrackedCache=false',
  'log.showSignature=false', // would run gpg.program
  // a crafted .git/objects/info/commit-graph can give commits other parents and trees than their
  // objects hold, hiding history; read the commit objects themselves
  'core.commitGraph=false',
];

/** Options placed before the subcommand: never page (pager.<cmd> cannot be enumerated as -c). */
const TOP_LEVEL_OPTIONS: readonly string[] = ['--no-pager'];

/**
 * Arguments per subcommand that stop git from running drivers named by the repository, from
 * letting its attributes or config call a file binary (`-diff`, `core.bigFileThreshold`: the
 * scanner decides what is binary from the bytes), and from limiting the diff to the current
 * folder (`diff.relative`).
 */
const SUBCOMMAND_GUARDS: Record<string, readonly string[]> = {
  diff: ['--no-ext-diff', '--no-textconv', '--text', '--no-relative'],
  log: ['--no-ext-diff', '--no-textconv', '--no-show-signature', '--text', '--no-relative'],
  show: ['--no-ext-diff', '--no-textconv', '--text', '--no-relative'],
};

/**
 * Variables git sets for hooks that say which repository, index and object store to use: kept, so
 * that a pre-commit hook scans the index git is about to commit (`git commit -a` uses a temporary one).
 */
const KEPT_GIT_VARIABLES = new Set([
  'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_QUARANTINE_PATH',
]);

/** The environment for every git process: no prompts, no pager, no external diff, no system config. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('GIT_') && !KEPT_GIT_VARIABLES.has(key)) delete env[key];
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C',
    // read the objects the repository really holds (refs/replace/* or info/grafts could hide a commit
    // from an audit: the graft file named here cannot exist, /dev/null being no folder, and git says
    // nothing about a missing one), and never fetch missing ones from a partial clone's promisor
    // remote (git >= 2.44; ignored before)
    GIT_NO_REPLACE_OBJECTS: '1', GIT_GRAFT_FILE: NO_GRAFT_FILE, GIT_NO_LAZY_FETCH: '1',
  };
}

/** A graft file that cannot exist (an existing one, even empty, makes git print a deprecation hint). */
const NO_GRAFT_FILE = '/dev/null/no-grafts';

/**
 * Work trees pinned to the folder holding the repository's `.git` because its config
 * (`core.worktree`) names another folder: git run in one of these folders is told so with
 * GIT_WORK_TREE. Filled by locateRepository.
 */
const pinnedWorkTrees = new Set<string>();

/** The environment for a git process run in `cwd`: gitEnv(), with the work tree pinned where needed. */
function envFor(cwd: string): NodeJS.ProcessEnv {
  const env = gitEnv();
  if (pinnedWorkTrees.has(cwd) && env.GIT_WORK_TREE === undefined && env.GIT_DIR === undefined) env.GIT_WORK_TREE = cwd;
  return env;
}

/** The full argument list for `git <args>` with the hardening in front. */
export function hardenedArgs(args: readonly string[], config: readonly string[] = HARDENING_CONFIG): string[] {
  const [sub, ...rest] = args;
  const guards = sub ? (SUBCOMMAND_GUARDS[sub] ?? []) : [];
  return [...TOP_LEVEL_OPTIONS, ...config.flatMap((c) => ['-c', c]), ...(sub ? [sub] : []), ...guards, ...rest];
}

/** Starts a long-lived git process for streaming (cat-file --batch, rev-list --objects); `config`: `-c` settings after the hardening's. */
export function spawnGit(cwd: string, args: readonly string[], config: readonly string[] = []): ChildProcessWithoutNullStreams {
  return spawnWith(cwd, args, config.length > 0 ? [...HARDENING_CONFIG, ...config] : HARDENING_CONFIG);
}

/**
 * Pack access for a pass that reads each commit and tree once (the history's `git log --raw`): small
 * mapped pack windows and delta-base cache. With git's defaults (1 GiB windows, 96 MiB of delta
 * bases) the pages of the pack it touched counted in its RSS: the 20,000-commit bench history's log
 * 407 → 95 MB, curl's 352 → 137 MB (2.34 → 2.26 s).
 */
export const LOG_PACK_CONFIG: readonly string[] = ['core.packedGitWindowSize=16m', 'core.packedGitLimit=64m', 'core.deltaBaseCacheLimit=8m'];

/**
 * Pack access for `cat-file --batch` over a history's blobs: 128 MiB of mapped windows instead of up
 * to 8 GiB, the delta-base cache left as it is (it reads blobs out of pack order, and a small cache
 * made it five times slower). The 20,000-commit history's cat-file 435 → 260 MB, curl's 298 → 186 MB.
 */
export const BLOB_PACK_CONFIG: readonly string[] = ['core.packedGitWindowSize=32m', 'core.packedGitLimit=128m'];

function spawnWith(cwd: string, args: readonly string[], config: readonly string[]): ChildProcessWithoutNullStreams {
  try {
    return spawn('git', hardenedArgs(args, config), { cwd, env: envFor(cwd), stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    // thrown, not emitted, when `cwd` is no folder (a FIFO, a device)
    throw new SourceError(`${cwd}: cannot run git there (${describeSystemError(error)}); pass a folder`);
  }
}

export interface GitResult {
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly code: number;
}

/** Runs git to completion and returns its output; never throws on a non-zero exit. */
export function runGit(cwd: string, args: readonly string[], input?: string | Buffer): Promise<GitResult> {
  return runWith(cwd, args, input, HARDENING_CONFIG);
}

/**
 * Runs git to completion outside this process, or returns undefined to leave the call to spawn.
 * The test suite installs one (test/helpers/relay.ts): a fork of a test worker of several hundred
 * MB costs 10 to 20 ms, a fork of its small relay process 1 to 2 ms.
 */
export type GitRunner = (cwd: string, args: readonly string[], env: NodeJS.ProcessEnv, input: string | Buffer | undefined) => Promise<GitResult | { readonly spawnError: string }> | undefined;

let runner: GitRunner | undefined;

/** Installs (or, with undefined, removes) the GitRunner for git calls that run to completion. */
export function setGitRunner(next: GitRunner | undefined): void {
  runner = next;
}

/** A git call started before this code loaded (early-git.ts), with what it was started with. */
export interface EarlyGitRun {
  readonly cwd: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly result: Promise<GitResult | { readonly spawnError: string }>;
}

let earlyRuns: EarlyGitRun[] = [];

/** Hands over git calls started early: each answers the one later call with the same folder, arguments and environment. */
export function adoptEarlyGitRuns(runs: readonly EarlyGitRun[]): void {
  earlyRuns = [...runs];
}

function sameEnv(a: NodeJS.ProcessEnv, b: NodeJS.ProcessEnv): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The early run started for exactly this call, taken out of the list; undefined when none was. */
function takeEarlyRun(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv, input: string | Buffer | undefined): EarlyGitRun['result'] | undefined {
  if (earlyRuns.length === 0 || input !== undefined) return undefined;
  const i = earlyRuns.findIndex((r) => r.cwd === cwd && r.args.length === args.length && r.args.every((a, k) => a === args[k]) && sameEnv(r.env, env));
  return i < 0 ? undefined : earlyRuns.splice(i, 1)[0]?.result;
}

function runWith(cwd: string, args: readonly string[], input: string | Buffer | undefined, config: readonly string[]): Promise<GitResult> {
  const full = hardenedArgs(args, config);
  const env = envFor(cwd);
  const relayed = takeEarlyRun(cwd, full, env, input) ?? runner?.(cwd, full, env, input);
  if (relayed !== undefined) {
    return relayed.then((r) => {
      if ('spawnError' in r) throw new SourceError(`cannot run git (${r.spawnError}): install git and put it on PATH`);
      return r;
    });
  }
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawnWith(cwd, args, config);
    } catch (error) {
      reject(error);
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new SourceError(`cannot run git (${e.message}): install git and put it on PATH`)));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim(), code: code ?? 1 }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** Runs git and returns stdout as text; throws a SourceError with git's message on failure. */
export async function gitText(cwd: string, args: readonly string[], what: string): Promise<string> {
  const r = await runGit(cwd, args);
  if (r.code !== 0) throw new SourceError(`${what}: ${r.stderr.split('\n')[0] ?? 'git failed'}`);
  return r.stdout.toString('utf8');
}

/** The top of the work tree containing `dir`, or undefined when `dir` is not in a git work tree. */
export async function workTreeRoot(dir: string): Promise<string | undefined> {
  return (await locateRepository(dir))?.top;
}

/** locateRepository's one git call. */
export const LOCATE_ARGS: readonly string[] = ['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel'];

/** Where the repository `dir` is in was found. */
export interface GitLocation {
  /** Absolute git folder. */
  readonly gitDir: string;
  /** The top of the work tree (real path); undefined when there is none. */
  readonly top: string | undefined;
  /** A repository without a work tree (bare, or a git folder whose config names a work tree elsewhere). */
  readonly bare: boolean;
}

/**
 * The repository `dir` is in, from one `git rev-parse`; undefined outside any. The work tree is the
 * folder holding the `.git` git found, never one the repository's config names (`core.worktree`
 * could make a scan read any folder): when they differ, git is told the right one (GIT_WORK_TREE)
 * in every later call run in that folder. GIT_DIR or GIT_WORK_TREE in the environment (a hook, or
 * the user's choice) are obeyed as they are.
 */
export async function locateRepository(dir: string): Promise<GitLocation | undefined> {
  const r = await runGit(dir, LOCATE_ARGS);
  const [bare, gitDir, gitTop] = r.stdout.toString('utf8').split('\n').filter((l) => l.length > 0);
  if (gitDir === undefined) return undefined;
  if (gitTop === undefined) return { gitDir, top: undefined, bare: bare === 'true' };
  const top = realpathOrSelf(gitTop);
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return { gitDir, top, bare: false };
  const holder = folderHoldingGitDir(realpathOrSelf(dir), gitDir);
  if (holder === undefined) return { gitDir, top: undefined, bare: true }; // found as a git folder itself
  if (holder !== top) pinnedWorkTrees.add(holder);
  return { gitDir, top: holder, bare: false };
}

/**
 * The folder whose `.git` (a folder, or a file naming the git folder: linked work trees,
 * submodules) git found from `dir`: the nearest one above, as git looks, when it leads to
 * `gitDir`; undefined when git found `gitDir` itself (bare, or `dir` is inside a git folder).
 */
function folderHoldingGitDir(dir: string, gitDir: string): string | undefined {
  const wanted = realpathOrSelf(gitDir);
  for (let folder = dir; ; folder = dirname(folder)) {
    const dotGit = join(folder, '.git');
    if (lstatOrUndefined(dotGit) !== undefined) return gitDirOf(dotGit) === wanted ? folder : undefined;
    if (realpathOrSelf(folder) === wanted || dirname(folder) === folder) return undefined;
  }
}

/** The git folder a `.git` entry leads to: itself, or the folder its `gitdir:` line names. */
function gitDirOf(dotGit: string): string | undefined {
  const stat = statOrUndefined(dotGit);
  if (stat?.isDirectory()) return realpathOrSelf(dotGit);
  if (!stat?.isFile()) return undefined;
  try {
    const line = /^gitdir: (.*)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    return line === undefined ? undefined : realpathOrSelf(resolvePath(dirname(dotGit), line));
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The folder git runs this repository's hooks from, absolute: `core.hooksPath` when set (relative
 * values are relative to the top of the work tree), else `$GIT_DIR/hooks`. The one call made without
 * the `core.hooksPath` override, since reading it is the point; rev-parse runs no hook.
 */
export async function hooksDirectory(cwd: string): Promise<string | undefined> {
  const config = HARDENING_CONFIG.filter((c) => !c.startsWith('core.hooksPath='));
  try {
    const out = (await (await simpleGitIn(cwd, config)).revparse(['--git-path', 'hooks'])).trim();
    return out.length > 0 ? resolvePath(cwd, out) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * simple-git refuses any value for these settings unless told otherwise, the values that switch
 * them off included: HARDENING_CONFIG sets each one to its harmless value.
 */
const NEUTRALISED = {
  allowUnsafeFsMonitor: true, allowUnsafeHooksPath: true, allowUnsafePager: true, allowUnsafeAskPass: true,
  allowUnsafeCredentialHelper: true, allowUnsafeDiffExternal: true, allowUnsafeSshCommand: true,
  allowUnsafeProtocolOverride: true, allowUnsafePack: true, allowUnsafeGpgProgram: true,
} as const;

/**
 * simple-git for one-off repository queries (hook management, the audit's posture), with the
 * same hardening as every other call: the -c settings, and the environment of envFor (simple-git
 * strips GIT_* variables it is not told to allow; these are ours, GIT_INDEX_FILE and GIT_DIR of a
 * hook included). Loaded on demand: its import
 * costs 35 ms, which a pre-commit scan does not pay; streams and the blob pump run git directly.
 */
async function simpleGitIn(cwd: string, config: readonly string[]): Promise<import('simple-git').SimpleGit> {
  const { simpleGit } = await import('simple-git');
  // no query opens an editor: EDITOR and VISUAL (which simple-git refuses) are left out
  const env = Object.fromEntries(Object.entries(envFor(cwd)).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'EDITOR' && e[0] !== 'VISUAL'));
  return simpleGit({ baseDir: cwd, config: [...config], unsafe: NEUTRALISED, allowEnvironment: Object.keys(env) }).env(env);
}

/** Tree entry modes of regular files (not symlinks 120000, submodules 160000 or trees). */
export function isRegularFileMode(mode: string | undefined): boolean {
  return mode === '100644' || mode === '100755';
}

/** The full id of the commit `rev` names, or undefined when it names none. Never reads `rev` as an option. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  if (rev.startsWith('-')) return undefined;
  const r = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const out = r.stdout.toString('utf8').trim();
  return r.code === 0 && out.length > 0 ? out : undefined;
}
