import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The bundles scripts/build.mjs writes and the installed command runs (bin/run-cli.js loads
 * dist/cli.cjs; the pool loads dist/worker.cjs). One list for every test that needs the build, so that
 * renaming a bundle cannot turn those tests into silent skips (dist/cli.js did, for a session).
 */
export const BUILT_FILES: readonly string[] = ['dist/cli.cjs', 'dist/worker.cjs', 'dist/early-git.cjs', 'dist/engine.js', 'dist/git-pump.js', 'dist/prefilter.bin'];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The checkout's absolute path of a built file. */
export function builtPath(file: string): string {
  return ROOT + file;
}

/** True when every bundle is built (npm ci and npm install build them: package.json's prepare). */
export const BUILT = BUILT_FILES.every((file) => existsSync(builtPath(file)));
