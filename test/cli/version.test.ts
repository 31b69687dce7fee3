// `--version` is answered by bin/secret-hygiene.js before the bundle loads: it must say what the
// CLI itself says, and anything else must still reach the CLI.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const BIN = new URL('../../bin/secret-hygiene.js', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('--version', () => {
  it('prints the package version, as the CLI does', async () => {
    const cli = await runCli(['--version']);
    expect(cli.stdout.trim()).toBe(version);
    for (const flag of ['--version', '-V']) expect(execFileSync('node', [BIN, flag], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it.skipIf(!existsSync(new URL('../../dist/cli.js', import.meta.url)))('leaves every other command line to the CLI', () => {
    expect(execFileSync('node', [BIN, '--help'], { encoding: 'utf8' })).toContain('Usage: secret-hygiene');
    expect(() => execFileSync('node', [BIN, '--bogus'], { stdio: 'pipe' })).toThrow(); // an unknown option: exit 2
  });
});

describe.skipIf(!existsSync(new URL('../../dist/cli.js', import.meta.url)))('the compiled-code cache (Node 22.1 and later)', async () => {
  const { mkdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpDir } = await import('../helpers/tmp.js');
  const { enableCompileCache } = (await import('node:module')) as { enableCompileCache?: unknown }; // Node 22.1+ only
  const run = (env: Record<string, string>) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(XDG_CACHE_HOME|NODE_COMPILE_CACHE|NODE_DISABLE_COMPILE_CACHE)$/.test(k)));
    return execFileSync('node', [BIN, '--help'], { encoding: 'utf8', env: { ...clean, ...env }, timeout: 20_000 });
  };

  it('lives in the user cache folder, readable by the user alone, where Node has the cache', () => {
    const home = tmpDir();
    mkdirSync(join(home, '.cache'));
    expect(run({ HOME: home })).toContain('Usage: secret-hygiene');
    const cache = join(home, '.cache', 'secret-hygiene', 'compile-cache');
    if (typeof enableCompileCache !== 'function') expect(existsSync(cache)).toBe(false);
    else expect(statSync(cache).mode & 0o777).toBe(0o700);
  });

  it('is left out, and the command still runs, when there is no cache folder or it cannot be made', () => {
    const home = tmpDir(); // no .cache in it
    expect(run({ HOME: home })).toContain('Usage: secret-hygiene');
    expect(existsSync(join(home, '.cache'))).toBe(false);
    expect(run({ HOME: '/proc', XDG_CACHE_HOME: '/proc' })).toContain('Usage: secret-hygiene'); // no folder can be made there
  });
});
