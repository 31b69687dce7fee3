// A repository's own config must never make our git calls run a program: every trap below writes a
// marker file when it fires. Each trap is first shown to fire under plain git (so the test can fail),
// then every command of ours runs on the repository and no marker may appear.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../fixtures/repos/history.js';
import { BLOB_PACK_CONFIG, hardenedArgs, hooksDirectory, LOG_PACK_CONFIG, resolveCommit, spawnGit } from '../src/git.js';
import { runCli } from './helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from './helpers/tmp.js';

interface Hostile {
  readonly dir: string;
  readonly markers: string;
}

/** A script that records that `name` ran, then fails. */
function trap(bin: string, markers: string, name: string): string {
  const file = join(bin, name);
  writeFileSync(file, `#!/bin/sh\necho "$@" > '${join(markers, name)}'\nexit 1\n`, { mode: 0o755 });
  return file;
}

/** A signed-looking commit on top of HEAD, so that log.showSignature would call gpg.program. */
function addSignedCommit(dir: string): void {
  const body = git(dir, ['cat-file', 'commit', 'HEAD']);
  const sig = 'gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n';
  const signed = body.replace(/\ncommitter [^\n]*\n/, (m) => `${m}${sig}`);
  const oid = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: dir, input: signed, encoding: 'utf8' }).trim();
  git(dir, ['update-ref', 'refs/heads/main', oid]);
}

function buildHostile(): Hostile {
  const dir = tmpRepo({ 'a.txt': 'one\n', 'notes.md': 'notes\n' });
  const bin = tmpDir('sh-traps-');
  const markers = tmpDir('sh-markers-');
  writeTree(dir, {
    '.gitattributes': '*.txt filter=trap\n*.js filter=trap\n*.md diff=tc\n',
    'a.txt': `one\ntwo = "${fakeGithubToken(401)}"\n`,
    'notes.md': 'notes\nmore notes\n',
  });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'second']);
  addSignedCommit(dir);
  git(dir, ['branch', 'side']);
  writeTree(dir, { 'staged.js': `s = "${fakeGithubToken(402)}"\n` });
  git(dir, ['add', 'staged.js']); // staged before the traps are armed
  writeTree(dir, { 'a.txt': 'changed in the work tree\n' });
  const hooks = join(dir, 'evil-hooks');
  mkdirSync(hooks);
  for (const name of ['pre-commit', 'post-checkout', 'pre-push', 'reference-transaction', 'post-index-change']) {
    writeFileSync(join(hooks, name), `#!/bin/sh\necho > '${join(markers, 'hook')}'\n`, { mode: 0o755 });
  }
  const config = [
    '[core]',
    `\tfsmonitor = ${trap(bin, markers, 'fsmonitor')}`,
    `\thooksPath = ${hooks}`,
    `\tpager = ${trap(bin, markers, 'pager')}`,
    '[pager]',
    `\tlog = ${join(bin, 'pager')}`,
    `\tdiff = ${join(bin, 'pager')}`,
    '[diff]',
    `\texternal = ${trap(bin, markers, 'external-diff')}`,
    '[diff "tc"]',
    `\ttextconv = ${trap(bin, markers, 'textconv')}`,
    '[filter "trap"]',
    `\tclean = ${trap(bin, markers, 'clean')}`,
    `\tsmudge = ${trap(bin, markers, 'smudge')}`,
    `\tprocess = ${trap(bin, markers, 'process')}`,
    '[log]',
    '\tshowSignature = true',
    '[gpg]',
    `\tprogram = ${trap(bin, markers, 'gpg')}`,
  ];
  appendFileSync(join(dir, '.git/config'), `${config.join('\n')}\n`);
  return { dir, markers };
}

const fired = (h: Hostile): string[] => readdirSync(h.markers).sort();

describe('git hardening on a hostile repository', () => {
  let h: Hostile;
  beforeAll(() => {
    h = buildHostile();
  });

  it('arms traps that plain git does fire', () => {
    const plain = (args: string[]): void => {
      try {
        execFileSync('git', args, { cwd: h.dir, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
      } catch {
        // a trap exits 1: git may fail, the marker is what counts
      }
    };
    plain(['status']); // fsmonitor
    plain(['diff', 'HEAD~1', 'HEAD']); // external diff
    plain(['diff', '--no-ext-diff', 'HEAD~1', 'HEAD', '--', 'notes.md']); // textconv
    plain(['hash-object', 'a.txt']); // clean (or process): the filter of a path
    plain(['log', '-1']); // gpg, through log.showSignature
    plain(['hook', 'run', 'pre-commit']); // core.hooksPath
    expect(fired(h)).toEqual(expect.arrayContaining(['external-diff', 'fsmonitor', 'gpg', 'hook', 'textconv']));
    expect(fired(h).some((m) => m === 'clean' || m === 'process')).toBe(true);
    // (a pager runs only on a terminal: armed in the config, not shown to fire here)
  });

  it('runs every command of ours without firing any', async () => {
    for (const m of readdirSync(h.markers)) rmSync(join(h.markers, m));
    const runs: [string[], number][] = [
      [['scan', h.dir], 1],
      [['scan', h.dir, '--all-files'], 1],
      [['staged', h.dir], 1],
      [['staged', h.dir, '--whole-files'], 1],
      [['history', h.dir], 1],
      [['history', h.dir, '--range', 'HEAD~1..HEAD'], 1],
      [['history', h.dir, '--branch', 'side', '--exclude-remotes'], 1],
      [['history', h.dir, '--since', '2000-01-01'], 1],
      [['hook', 'install', h.dir], 2], // refused: core.hooksPath holds a pre-commit hook we did not write
      [['hook', 'install', h.dir, '--pre-push', '--force'], 0],
      [['hook', 'uninstall', h.dir, '--pre-push'], 0],
      [['audit', h.dir], 1], // reads the hooks folder (simple-git) and every ref
    ];
    for (const [argv, code] of runs) {
      const r = await runCli(argv, { tty: true, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(code);
      expect(fired(h), argv.join(' ')).toEqual([]);
    }
  });

  it('finds the secrets of the hostile repository all the same', async () => {
    const staged = await runCli(['staged', h.dir, '--detector', 'github-token']);
    expect(staged.stdout).toContain('staged.js:1:6');
    const history = await runCli(['history', h.dir, '--detector', 'github-token']);
    expect(history.stdout).toContain('a.txt:2:');
  });
});

describe('src/git.ts', () => {
  it('puts the hardening before the subcommand and the guards after it', () => {
    const args = hardenedArgs(['log', '--all']);
    expect(args[0]).toBe('--no-pager');
    expect(args).toContain('core.fsmonitor=false');
    expect(args.indexOf('log')).toBeLessThan(args.indexOf('--no-textconv'));
    expect(args.slice(-1)).toEqual(['--all']);
  });

  it("starts git with the extra settings a caller gives after the hardening's (the history's pack limits)", async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    const read = (config: readonly string[]): Promise<string> =>
      new Promise((resolve) => {
        const child = spawnGit(dir, ['config', '--get', 'core.packedGitLimit'], config);
        let out = '';
        child.stdout.on('data', (b: Buffer) => (out += b.toString()));
        child.on('close', () => resolve(out.trim()));
        child.stdin.end();
      });
    expect(await read(LOG_PACK_CONFIG)).toBe('64m');
    expect(await read(BLOB_PACK_CONFIG)).toBe('128m');
    expect(await read([])).toBe('');
  });

  it('resolves commits and never reads a ref as an option', async () => {
    const dir = tmpRepo({ 'a.txt': 'a\n' });
    expect(await resolveCommit(dir, 'main')).toMatch(/^[0-9a-f]{40}$/);
    expect(await resolveCommit(dir, 'nope')).toBeUndefined();
    expect(await resolveCommit(dir, '--all')).toBeUndefined();
  });

  it('finds the hooks folder, honouring core.hooksPath', async () => {
    const dir = tmpRepo();
    expect(await hooksDirectory(dir)).toBe(join(dir, '.git/hooks'));
    git(dir, ['config', 'core.hooksPath', 'h']);
    expect(await hooksDirectory(dir)).toBe(join(dir, 'h'));
    expect(await hooksDirectory(tmpDir())).toBeUndefined();
  });
});
