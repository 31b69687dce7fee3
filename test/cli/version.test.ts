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
