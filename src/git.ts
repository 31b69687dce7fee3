// The single place that runs git. Scanning a repository must never run a program that the
// repository's own config names: every call neutralises fsmonitor, hooks, external diff,
// textconv, filters and pagers, and never prompts for credentials.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { SourceError } from './errors.js';

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
];

/** Options placed before the subcommand: never page (pager.<cmd> cannot be enumerated as -c). */
const TOP_LEVEL_OPTIONS: readonly string[] = ['--no-pager'];

/** Arguments per subcommand that stop git from running drivers named by the repository. */
const SUBCOMMAND_GUARDS: Record<string, readonly string[]> = {
  diff: ['--no-ext-diff', '--no-textconv'],
  log: ['--no-ext-diff', '--no-textconv', '--no-show-signature'],
  show: ['--no-ext-diff', '--no-textconv'],
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
    // read the objects the repository really holds (refs/replace/* could hide a commit from an audit),
    // and never fetch missing ones from a partial clone's promisor remote (git >= 2.44; ignored before)
    GIT_NO_REPLACE_OBJECTS: '1', GIT_NO_LAZY_FETCH: '1',
  };
}

/** The full argument list for `git <args>` with the hardening in front. */
export function hardenedArgs(args: readonly string[], config: readonly string[] = HARDENING_CONFIG): string[] {
  const [sub, ...rest] = args;
  const guards = sub ? (SUBCOMMAND_GUARDS[sub] ?? []) : [];
  return [...TOP_LEVEL_OPTIONS, ...config.flatMap((c) => ['-c', c]), ...(sub ? [sub] : []), ...guards, ...rest];
}

/** Starts a long-lived git process for streaming (cat-file --batch, rev-list --objects). */
export function spawnGit(cwd: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawnWith(cwd, args, HARDENING_CONFIG);
}

function spawnWith(cwd: string, args: readonly string[], config: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', hardenedArgs(args, config), { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
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

function runWith(cwd: string, args: readonly string[], input: string | Buffer | undefined, config: readonly string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnWith(cwd, args, config);
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
  const r = await runGit(dir, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) return undefined;
  const top = r.stdout.toString('utf8').trim();
  return top.length > 0 ? top : undefined;
}

/**
 * The folder git runs this repository's hooks from, absolute: `core.hooksPath` when set (relative
 * values are relative to the top of the work tree), else `$GIT_DIR/hooks`. The one call made without
 * the `core.hooksPath` override, since reading it is the point; rev-parse runs no hook.
 */
export async function hooksDirectory(cwd: string): Promise<string | undefined> {
  const config = HARDENING_CONFIG.filter((c) => !c.startsWith('core.hooksPath='));
  const r = await runWith(cwd, ['rev-parse', '--git-path', 'hooks'], undefined, config);
  const out = r.stdout.toString('utf8').trim();
  return r.code === 0 && out.length > 0 ? resolvePath(cwd, out) : undefined;
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
