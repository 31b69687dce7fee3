'use strict';
// A history or an audit reads tens of thousands of git blobs into buffers of every size. glibc's
// allocator keeps what they freed: its trim and mmap thresholds grow with the largest block freed, so
// a 20,000-commit history peaked 40-50 MB above what the scan held (300 against 255-265 MB), curl's
// 480 against 425 MB. The setting that stops that growth (M_TRIM_THRESHOLD, which also fixes the mmap
// threshold) is read once, when the process starts: such a run starts itself again with it set, at the
// cost of one node start (about 40 ms of a run that takes seconds). Only on Linux (glibc reads it; musl
// ignores it), only for those commands, and never when the variable is set already (by the user, or by
// the start that set it).

const SETTING = 'MALLOC_TRIM_THRESHOLD_';
const VALUE = String(1 << 20);
/** The commands that read a history: the long runs whose peak memory this is about. */
const COMMANDS = new Set(['history', 'audit']);
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Starts `entry` again with the allocator setting and returns true when this run should be tuned;
 * the parent then only waits for the child, forwards signals to it, and exits as it did.
 */
function restartTuned(args, entry, env = process.env, platform = process.platform) {
  if (platform !== 'linux' || env[SETTING] !== undefined) return false;
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
