// Runs the built CLI (dist/cli.cjs) for bin/secret-hygiene.js and the pre-commit framework's hook
// (scripts/pre-commit/hook.mjs), with V8's compiled code kept between runs.

/** Runs the CLI on `args`; sets process.exitCode (2 and a stack for an internal error). */
export async function runCli(args) {
  const folder = await compileCacheFolder();
  globalThis[Symbol.for('secret-hygiene.compile-cache')] = folder; // the detection workers keep theirs there too (src/engine/pool.ts)
  const cli = await loadCli(folder);
  try {
    process.exitCode = await cli.main(args);
    cli.keepCompiledCode(args);
  } catch (error) {
    process.stderr.write(`secret-hygiene: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  }
}

/**
 * The folder where V8's compiled code of the bundle is kept between runs: the user's own cache
 * folder (XDG_CACHE_HOME or ~/.cache, made with mode 0700 as the XDG spec says when it is missing
 * from a home the user owns; CI runners and containers often lack it), never a shared temp folder
 * where another user could plant code, and only when the user owns it and no one else may write to
 * it. NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 22.1+ also keeps the worker threads' code
 * there (module.enableCompileCache; NODE_COMPILE_CACHE names another folder for that). The folders
 * are made one at a time: Node's recursive mkdir never returns under some special file systems (a
 * HOME in /proc).
 */
async function compileCacheFolder() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const [{ mkdirSync, statSync }, { homedir }, { join }, module] = await Promise.all([import('node:fs'), import('node:os'), import('node:path'), import('node:module')]);
  const home = homedir();
  const base = process.env.XDG_CACHE_HOME || join(home, '.cache');
  const ours = join(base, 'secret-hygiene');
  const cache = join(ours, 'compile-cache');
  const mine = (path) => {
    const info = statSync(path);
    return info.isDirectory() && (!process.getuid || info.uid === process.getuid());
  };
  try {
    if (!process.env.XDG_CACHE_HOME && mine(home)) {
      try {
        mkdirSync(base, { mode: 0o700 });
      } catch (error) {
        if (error?.code !== 'EEXIST') return undefined;
      }
    }
    if (!statSync(base).isDirectory()) return undefined;
    for (const dir of [ours, cache]) {
      try {
        mkdirSync(dir, { mode: 0o700 });
      } catch (error) {
        if (error?.code !== 'EEXIST') return undefined;
      }
    }
    const folder = statSync(cache);
    if (!folder.isDirectory() || (process.getuid && folder.uid !== process.getuid()) || (folder.mode & 0o022) !== 0) return undefined;
    if (module.enableCompileCache) module.enableCompileCache(process.env.NODE_COMPILE_CACHE || cache);
    return cache;
  } catch {
    return undefined; // no cache folder: the bundle is compiled as without one
  }
}

/** Copies of compiled code kept in the folder, newest first. */
const KEPT_COPIES = 4;

/** Commands that load and run the detectors: the code cache they leave holds the detectors' code too. */
const SCANNING = new Set(['scan', 'staged', 'history', 'audit', 'init', 'baseline', 'report', 'detectors']);

/**
 * Runs dist/cli.cjs compiled with the code V8 kept from an earlier run (bin/compiled-code.cjs: no
 * parse, and the functions that run already compiled: about 60 ms less for a pre-commit hook), and
 * says when to keep it anew: a copy V8 rejects is made again, and a command that loads no detectors
 * (`--help`) leaves a small copy, replaced after the first scan.
 */
async function loadCli(folder) {
  const [{ readdirSync, rmSync, statSync }, { join }, { createRequire }, { fileURLToPath }] = await Promise.all([
    import('node:fs'),
    import('node:path'),
    import('node:module'),
    import('node:url'),
  ]);
  const { runKept } = createRequire(import.meta.url)('./compiled-code.cjs');
  const loaded = runKept(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)), folder, 'cli', ['scan', 'other']);
  return {
    main: loaded.exports.main,
    keepCompiledCode(argv) {
      if (!folder) return;
      const kind = SCANNING.has(argv.find((a) => !a.startsWith('-'))) ? 'scan' : 'other';
      if (loaded.used === 'scan' || (loaded.used === 'other' && kind === 'other')) return;
      const written = loaded.keep(kind);
      if (written === undefined) return;
      try {
        if (kind === 'scan') rmSync(join(folder, written.replace(/-scan\.v8$/, '-other.v8')), { force: true });
        // the newest copies of the CLI's and of the workers' stay (two installs, or two Node versions,
        // used in turn); older builds' go
        const names = readdirSync(folder);
        for (const prefix of ['cli-', 'worker-']) {
          const copies = names
            .filter((name) => name.startsWith(prefix) && name.endsWith('.v8'))
            .map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs }))
            .sort((a, b) => b.time - a.time);
          for (const { name } of copies.slice(KEPT_COPIES)) rmSync(join(folder, name), { force: true });
        }
        // and what a process stopped between writing a copy and renaming it left (an hour old)
        for (const name of names) {
          if (name.endsWith('.tmp') && Date.now() - statSync(join(folder, name)).mtimeMs > 3_600_000) rmSync(join(folder, name), { force: true });
        }
      } catch {
        // pruning is housekeeping: a copy that cannot go stays
      }
    },
  };
}
