'use strict';
// A history or an audit reads tens of thousands of git blobs into buffers of every size, from the git
// pump's thread and the main one, while V8's own threads allocate too; glibc gives each thread an arena
// of its own (up to eight per core), and memory freed in one arena is not reused for another. A
// 20,000-commit history peaked at 290-310 MB against 250-260 MB with two arenas, curl's at 480
// against 425 MB, in the same time (thresholds that make glibc give memory back, MALLOC_TRIM_THRESHOLD_,
// saved as much but cost a 1,500-commit history 8-10% more time). The setting is read once, when the
// process starts: such a run starts itself again with it set, at the cost of one node start (about
// 50 ms of a run that takes seconds). Only on Linux (glibc reads it; musl ignores it), only for those
// commands, never when the variable is set already (by the user, or by the start that set it), and
// not for a small repository: a history whose objects take under 64 MB peaks under 250 MB either way,
// and there the start was a tenth of the run (a CI gate's `history --range` on a small project).

const SETTING = 'MALLOC_ARENA_MAX';
const VALUE = '2';
/**
 * Allocations of 64 KiB and more get memory of their own from the kernel, given back when freed. glibc
 * otherwise raises that threshold as large blocks are freed (up to 32 MiB) and serves them from its
 * heap, which a history's gigabytes of blob buffers leave fragmented: curl's peak 375 -> 323 MB.
 */
const MMAP_SETTING = 'MALLOC_MMAP_THRESHOLD_';
const MMAP_VALUE = '65536';
/** The commands that read a history: the long runs whose peak memory this is about. */
const COMMANDS = new Set(['history', 'audit']);
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Object stores smaller than this are read without the setting (see the top of this file). */
const SMALL_STORE_BYTES = 64 * 1024 * 1024;

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
  const bytes = objectStoreBytes(args.slice(args.indexOf(command) + 1));
  if (bytes !== undefined && bytes < SMALL_STORE_BYTES) return false;
  const { spawn } = require('node:child_process');
  let child;
  try {
    child = spawn(process.execPath, [...process.execArgv, entry, ...args], { stdio: 'inherit', env: { [MMAP_SETTING]: MMAP_VALUE, ...env, [SETTING]: VALUE } });
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

/**
 * About how many bytes the objects of the repository a history command reads take: its packs, and
 * its loose objects estimated from one of their 256 folders as git's own gc does. The repository is
 * the first argument naming a folder, else the current one. Undefined when unsure (no repository
 * found, objects borrowed from elsewhere, anything unreadable): the run is then tuned.
 */
function objectStoreBytes(args, cwd = process.cwd()) {
  const fs = require('node:fs');
  const path = require('node:path');
  const isDir = (p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;
  try {
    const start = args.filter((a) => !a.startsWith('-')).map((a) => path.resolve(cwd, a)).find(isDir) ?? cwd;
    const objects = objectsFolder(start, fs, path, isDir);
    if (objects === undefined || fs.existsSync(path.join(objects, 'info', 'alternates'))) return undefined;
    let bytes = 0;
    const packs = path.join(objects, 'pack');
    if (isDir(packs)) for (const name of fs.readdirSync(packs)) if (name.endsWith('.pack')) bytes += fs.statSync(path.join(packs, name)).size;
    const sample = path.join(objects, '17');
    if (isDir(sample)) for (const name of fs.readdirSync(sample)) bytes += 256 * fs.statSync(path.join(sample, name)).size;
    return bytes;
  } catch {
    return undefined;
  }
}

/** The objects folder of the repository at or above `dir`: a work tree's .git (folder or gitfile, worktrees too) or a bare repository. */
function objectsFolder(dir, fs, path, isDir) {
  for (let at = dir, up = 0; up < 64; up++) {
    const dotGit = path.join(at, '.git');
    let gitDir;
    if (isDir(dotGit)) gitDir = dotGit;
    else if (fs.existsSync(dotGit)) {
      const m = /^gitdir: (.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'));
      if (!m) return undefined;
      gitDir = path.resolve(at, m[1].trim());
    } else if (fs.existsSync(path.join(at, 'HEAD')) && isDir(path.join(at, 'objects'))) gitDir = at;
    if (gitDir !== undefined) {
      const common = path.join(gitDir, 'commondir');
      const base = fs.existsSync(common) ? path.resolve(gitDir, fs.readFileSync(common, 'utf8').trim()) : gitDir;
      return isDir(path.join(base, 'objects')) ? path.join(base, 'objects') : undefined;
    }
    const parent = path.dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
  return undefined;
}

module.exports = { restartTuned, objectStoreBytes, SETTING, VALUE };
