'use strict';
// A history or an audit reads tens of thousands of git blobs into buffers of every size, from the git
// pump's thread and the main one, while V8's own threads allocate too; glibc gives each thread an arena
// of its own (up to eight per core), and memory freed in one arena is not reused for another. A
// 20,000-commit history peaked at 290-310 MB against 250-260 MB with two arenas, curl's at 480
// against 425 MB, in the same time (thresholds that make glibc give memory back, MALLOC_TRIM_THRESHOLD_,
// saved as much but cost a 1,500-commit history 8-10% more time). The setting is read once, when the
// process starts: such a run starts itself again with it set, at the cost of one node start (about
// 50 ms of a run that takes seconds). Only on Linux (glibc reads it; musl ignores it), only for those
// commands, and never when the variable is set already (by the user, or by the start that set it).

const SETTING = 'MALLOC_ARENA_MAX';
const VALUE = '2';
/** The commands that read a history: the long runs whose peak memory this is about. */
const COMMANDS = new Set(['history', 'audit']);
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Starts `entry` again with the allocator setting and returns true when this run should be tuned;
 * the parent then only waits for the child, forwards signals to it, and exits as it did.
 */
function restartTuned(args, entry, env = process.env, platform = process.platform) {
  if (platform !== 'linux' || env[SETTING] !== undefined) return false;
  // a run under the inspector stays the process being debugged
  if (process.execArgv.some((a) => a.startsWith('--inspect'))) return false;
  const command = args.find((a) => !a.startsWith('-'));
  if (!COMMANDS.has(command)) return false;
  const { spawn } = require('node:child_process');
  let child;
  try {
    child = spawn(process.execPath, [...process.execArgv, entry, ...args], { stdio: 'inherit', env: { ...env, [SETTING]: VALUE } });
  } catch {
    return false;
  }
  const forward = (signal) => child.kill(signal);
  for (const signal of FORWARDED) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`secret-hygiene: cannot start node again (${error.message}): run with ${SETTING}=${VALUE} set, or without it\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED) process.off(s, forward);
    if (signal) process.kill(process.pid, signal); // end the way the child did
    else process.exitCode = code ?? 2;
  });
  return true;
}

module.exports = { restartTuned, SETTING, VALUE };
