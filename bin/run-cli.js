'use strict';
// Runs the built CLI (dist/cli.cjs) for bin/secret-hygiene.js and the pre-commit framework's hook
// (scripts/pre-commit/hook.mjs), with V8's compiled code kept between runs.

/** Runs the CLI on `args`; sets process.exitCode (2 and a stack for an internal error). */
async function runCli(args) {
  const module = require('node:module');
  const { homedir } = require('node:os');
  const { join } = require('node:path');
  const { rmSync } = require('node:fs');
  const { cacheFolder, pruneCopies, runKept } = require('./compiled-code.cjs');
  const folder = cacheFolder(process.env, homedir());
  // Node 22.1+ keeps the ESM bundles' code there too (the git pump); NODE_COMPILE_CACHE names another folder
  if (folder && module.enableCompileCache) module.enableCompileCache(process.env.NODE_COMPILE_CACHE || folder);
  globalThis[Symbol.for('secret-hygiene.compile-cache')] = folder; // the detection workers keep theirs there too (src/engine/pool.ts)
  // dist/cli.cjs compiled with the code V8 kept from an earlier run: no parse, and the functions
  // that run already compiled (about 60 ms less for a pre-commit hook). `staged` keeps a copy of its
  // own and never reads a scan's: a copy kept after a whole-tree scan holds the code of every detector
  // module the scan ran (2.5 MB), which costs a hook more to read than compiling the few modules its
  // staged lines need (node + 109 against node + 94 ms)
  const command = args.find((a) => !a.startsWith('-'));
  const kind = command === 'staged' ? 'staged' : SCANNING.has(command) ? 'scan' : 'other';
  // the hook's `staged` in its own folder (no repository argument, no option value): its git calls start now, and
  // run while the CLI loads (src/cli/early-git.ts); any other form runs them from the CLI as before
  if (kind === 'staged' && args.filter((a) => !a.startsWith('-')).length === 1) {
    try {
      globalThis[Symbol.for('secret-hygiene.early-git')] = require(join(__dirname, '..', 'dist', 'early-git.cjs')).startStagedGit(process.cwd());
    } catch {
      // an older build without it: the CLI runs them
    }
  }
  const loaded = runKept(join(__dirname, '..', 'dist', 'cli.cjs'), folder, 'cli', kind === 'staged' ? ['staged', 'other'] : ['scan', 'other']);
  try {
    process.exitCode = await loaded.exports.main(args);
  } catch (error) {
    process.stderr.write(`secret-hygiene: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  // A copy V8 rejected is made again; a command that loads no detectors (`--help`) leaves a small
  // copy, replaced after the first scan.
  if (!folder) return;
  if (loaded.used === kind || (kind === 'other' && loaded.used === 'scan')) return;
  const written = loaded.keep(kind);
  if (written === undefined) return;
  if (kind === 'scan') {
    try {
      rmSync(join(folder, written.replace(/-scan\.v8$/, '-other.v8')), { force: true });
    } catch {
      // housekeeping
    }
  }
  pruneCopies(folder, KEPT_COPIES);
}

/** Copies of compiled code kept in the folder for each bundle, newest first. */
const KEPT_COPIES = 4;

/** Commands that load and run the detectors: the code cache they leave holds the detectors' code too. */
const SCANNING = new Set(['scan', 'staged', 'history', 'audit', 'init', 'baseline', 'report', 'detectors']);

module.exports = { runCli };
