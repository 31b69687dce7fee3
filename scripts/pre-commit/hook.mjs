#!/usr/bin/env node
// The pre-commit framework's entry for this repository's hook (.pre-commit-hooks.yaml,
// `language: script`): pre-commit clones the repository at the rev a user pins and runs this file
// from the clone, in the user's repository. The first run installs the scanner inside that clone
// (npm ci without install scripts, the esbuild build, then the dev dependencies pruned: about 60 MB),
// once per rev; every later commit only loads the built CLI (bin/run-cli.js, dist/cli.cjs).
//
// Why not `language: node`: pre-commit installs such hooks with `npm pack` (before 4.6.1), whose
// output npm 11 mixes with the `prepare` script's banner, or with `npm install -g git+file://…`
// (4.6.1 and later), which runs `prepare` without the dev dependencies on npm 11 (npm/cli#8440):
// both fail for a package that builds in `prepare`. This file needs only node and npm on PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ready = join(root, 'node_modules', '.secret-hygiene-hook-ready');
const lock = join(root, '.secret-hygiene-hook-install.lock');
const STALE_MS = 10 * 60_000;

class HookError extends Error {}

try {
  if (!existsSync(ready)) await installOnce();
  const { runCli } = await import(pathToFileURL(join(root, 'bin', 'run-cli.js')).href);
  await runCli(process.argv.slice(2));
} catch (error) {
  const text = error instanceof HookError ? error.message : `internal error: ${error instanceof Error ? error.stack : String(error)}`;
  process.stderr.write(`secret-hygiene: ${text}\n`);
  process.exitCode = 2;
}

/** Installs and builds in the hook's clone, one process at a time (two commits may start at once). */
async function installOnce() {
  for (const started = Date.now(); ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      if (Date.now() - lockTime() > STALE_MS) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > STALE_MS) fail('another install of the hook has held its lock for 10 minutes; remove ' + lock);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (existsSync(ready)) return;
    process.stderr.write('secret-hygiene: first run of this hook version: installing the scanner (npm ci, build), once\n');
    run(['ci', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts']);
    run(['run', 'build', '--silent'], 'building dist/ failed');
    run(['prune', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts']);
    writeFileSync(ready, `${new Date().toISOString()}\n`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockTime() {
  try {
    return statSync(lock).mtimeMs;
  } catch {
    return Date.now();
  }
}

function run(args, what = `npm ${args[0]} failed`) {
  // npm's own output goes to stderr: stdout is the scanner's report
  const r = spawnSync('npm', args, { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (r.error) fail(`cannot run npm (${r.error.message}): the hook needs node and npm on PATH`);
  if (r.status !== 0) fail(`${what} in ${root}; see the output above`);
}

function fail(message) {
  throw new HookError(message);
}
