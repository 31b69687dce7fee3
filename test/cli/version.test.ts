// `--version` is answered by bin/secret-hygiene.js before the bundle loads: it must say what the
// CLI itself says, and anything else must still reach the CLI.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT } from '../helpers/built.js';
import { runCli } from '../helpers/run-cli.js';

const BIN = new URL('../../bin/secret-hygiene.js', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('--version', () => {
  it('prints the package version, as the CLI does', async () => {
    const cli = await runCli(['--version']);
    expect(cli.stdout.trim()).toBe(version);
    for (const flag of ['--version', '-V']) expect(execFileSync('node', [BIN, flag], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it.skipIf(!BUILT)('leaves every other command line to the CLI', () => {
    expect(execFileSync('node', [BIN, '--help'], { encoding: 'utf8' })).toContain('Usage: secret-hygiene');
    expect(() => execFileSync('node', [BIN, '--bogus'], { stdio: 'pipe' })).toThrow(); // an unknown option: exit 2
  });
});

describe.skipIf(!BUILT)('the installed command', () => {
  it('runs from a folder whose path has a space and a percent sign in it', async () => {
    const { cpSync, mkdirSync, symlinkSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpDir } = await import('../helpers/tmp.js');
    const root = new URL('../..', import.meta.url).pathname;
    const install = join(tmpDir(), 'Program Files 100%', 'secret-hygiene');
    mkdirSync(install, { recursive: true });
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(install, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'));
    expect(execFileSync('node', [join(install, 'bin', 'secret-hygiene.js'), '--help'], { encoding: 'utf8', timeout: 20_000 })).toContain('Usage: secret-hygiene');
  });
});

describe.skipIf(!BUILT)('the compiled-code cache', async () => {
  const { chmodSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpDir, writeTree } = await import('../helpers/tmp.js');
  const run = (env: Record<string, string>, args: string[] = ['--help']) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(XDG_CACHE_HOME|NODE_COMPILE_CACHE|NODE_DISABLE_COMPILE_CACHE)$/.test(k)));
    return execFileSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...clean, ...env }, timeout: 20_000 });
  };
  /** A home with a cache folder, and where the compiled code goes in it. */
  const home = () => {
    const dir = tmpDir();
    mkdirSync(join(dir, '.cache'));
    return { HOME: dir, folder: join(dir, '.cache', 'secret-hygiene', 'compile-cache') };
  };
  const copies = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.v8')).sort();

  it('lives in the user cache folder, readable by the user alone, and is used by the next run', () => {
    const { HOME, folder } = home();
    expect(run({ HOME })).toContain('Usage: secret-hygiene');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const [first, ...others] = copies(folder);
    expect(others).toEqual([]);
    expect(first).toMatch(/^cli-[0-9a-f]{20}-v\d+\.\d+\.\d+-\w+-other\.v8$/);
    const path = join(folder, first as string);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const old = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(path, old, old);
    run({ HOME }); // accepted: not written again
    expect(Math.round(statSync(path).mtimeMs)).toBe(old.getTime());
  });

  it('is made again after a scan, with the detectors\' code in it, and the workers keep theirs, each written once', () => {
    const { HOME, folder } = home();
    run({ HOME });
    const small = statSync(join(folder, copies(folder)[0] as string)).size;
    const tree = tmpDir();
    const filler = 'const value = computeSomething(input, options); // nothing secret here\n'.repeat(300);
    writeTree(tree, Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`src/f${i}.js`, `// ${i}\n${filler}`])));
    const scan = (): string => run({ HOME, SECRET_HYGIENE_WORKERS: '1' }, ['scan', tree, '-f', 'json']);
    expect(JSON.parse(scan()).stats.filesScanned).toBe(100);
    const [cli, worker, ...others] = copies(folder);
    expect(others).toEqual([]);
    expect(cli).toMatch(/^cli-.*-scan\.v8$/);
    expect(statSync(join(folder, cli as string)).size).toBeGreaterThan(small);
    expect(worker).toMatch(/^worker-[0-9a-f]{20}-v\d+\.\d+\.\d+-\w+\.v8$/);
    const path = join(folder, worker as string);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const old = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(path, old, old);
    scan(); // accepted: not written again
    expect(Math.round(statSync(path).mtimeMs)).toBe(old.getTime());
    run({ HOME }); // --help leaves the larger copy as it is
    expect(copies(folder)).toEqual([cli, worker]);
  });

  it('is kept apart for staged, which never reads the larger copy a scan left', async () => {
    const { tmpRepo, git } = await import('../helpers/tmp.js');
    const { HOME, folder } = home();
    const repo = tmpRepo({ 'src/a.js': 'export const a = 1;\n' });
    writeFileSync(join(repo, 'src/a.js'), 'export const a = 2;\n');
    git(repo, ['add', '-A']);
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(XDG_CACHE_HOME|NODE_COMPILE_CACHE|NODE_DISABLE_COMPILE_CACHE)$/.test(k)));
    const staged = (): string => execFileSync('node', [BIN, 'staged'], { cwd: repo, encoding: 'utf8', env: { ...clean, HOME }, timeout: 20_000 });
    run({ HOME }, ['scan', repo]);
    const [scan] = copies(folder);
    expect(scan).toMatch(/-scan\.v8$/);
    staged();
    const kept = copies(folder).find((name) => name.endsWith('-staged.v8'));
    expect(kept).toBeDefined();
    const path = join(folder, kept as string);
    // made from staged's own run, not from the scan's copy: without the detectors the scan ran
    expect(statSync(path).size).toBeLessThan(statSync(join(folder, scan as string)).size);
    const old = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(path, old, old);
    staged(); // accepted: not written again
    expect(Math.round(statSync(path).mtimeMs)).toBe(old.getTime());
    expect(copies(folder)).toEqual([scan, kept].sort());
  });

  it('is left out, and the command still runs, where no folder can be made (a HOME in /proc)', () => {
    expect(run({ HOME: '/proc', XDG_CACHE_HOME: '/proc' })).toContain('Usage: secret-hygiene');
  });

});
