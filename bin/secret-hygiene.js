#!/usr/bin/env node
// `--version` alone is answered before the 1.6 MB CLI bundle is parsed (a tenth of a second).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  await enableCompileCache();
  const { main } = await import('../dist/cli.js');
  main(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`secret-hygiene: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * Node 22.1+ keeps V8's compiled code of the bundle between runs: 20 ms less for a pre-commit hook.
 * In the user's own cache folder (XDG_CACHE_HOME or ~/.cache), never a shared temp folder where
 * another user could plant code; NODE_COMPILE_CACHE names another folder and
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. The two folders of our own are made one at a time:
 * Node's recursive mkdir never returns under some special file systems (a HOME in /proc).
 */
async function enableCompileCache() {
  const module = await import('node:module');
  if (!module.enableCompileCache) return;
  if (process.env.NODE_COMPILE_CACHE) {
    module.enableCompileCache();
    return;
  }
  const [{ mkdirSync, statSync }, { homedir }, { join }] = await Promise.all([import('node:fs'), import('node:os'), import('node:path')]);
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const ours = join(base, 'secret-hygiene');
  const cache = join(ours, 'compile-cache');
  try {
    if (!statSync(base).isDirectory()) return;
    for (const dir of [ours, cache]) {
      try {
        mkdirSync(dir, { mode: 0o700 });
      } catch (error) {
        if (error?.code !== 'EEXIST') return;
      }
    }
    module.enableCompileCache(cache);
  } catch {
    // no cache folder: the bundle is compiled as without one
  }
}
