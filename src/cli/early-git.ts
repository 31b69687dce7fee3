// `staged` runs as the pre-commit hook, where start-up is most of its time: the CLI bundle takes about
// 40 ms to load, and its two git calls (locate the repository, read the staged diff) used to start only
// after it. This small bundle (dist/early-git.cjs) is loaded first by bin/run-cli.js and starts both
// calls at once, with the same hardened arguments and environment src/git.ts gives them: git runs on
// the other core while the CLI loads, and a process of a few MB forks faster than one of 70. The CLI
// hands them to src/git.ts (adoptEarlyGitRuns), where each answers only the call it was started for
// (same folder, arguments and environment); any other call, or any difference, runs git as before.
import { spawn } from 'node:child_process';
import { gitEnv, hardenedArgs, LOCATE_ARGS, type EarlyGitRun, type GitResult } from '../git.js';
import { STAGED_DIFF_ARGS } from '../sources/staged-diff.js';

// bin/run-cli.js leaves the runs at globalThis[Symbol.for('secret-hygiene.early-git')] for the CLI (staged.ts)

/** Starts `staged`'s git calls for a repository at `cwd` (the hook's own folder). */
export function startStagedGit(cwd: string): EarlyGitRun[] {
  return [STAGED_DIFF_ARGS, LOCATE_ARGS].map((args) => start(cwd, hardenedArgs(args))).filter((run) => run !== undefined);
}

/** One call started; undefined when git cannot be started there (the CLI's own call then says why). */
function start(cwd: string, args: readonly string[]): EarlyGitRun | undefined {
  const env = gitEnv();
  let child;
  try {
    child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const result = new Promise<GitResult | { readonly spawnError: string }>((resolve) => {
    child.on('error', (e) => resolve({ spawnError: e.message }));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim(), code: code ?? 1 }));
  });
  return { cwd, args, env, result };
}
