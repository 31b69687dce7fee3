// Installing as a user does, from what package.json's `files` puts in the tarball: `npm pack` in a
// checkout (its `prepare` builds dist/), a global install of the tarball into a temp prefix, the
// installed `secret-hygiene` on a folder and a repository holding a fake credential; `npx` on the
// tarball; and the global install straight from a checkout (`npm install -g .`). Dependencies come
// from the npm cache that `npm ci` filled (--prefer-offline), the registry only for what is missing.
// The installs share nothing but the tarball and npm's cache (safe for concurrent use), so they run
// concurrently: about 6 s instead of 10, most of it waiting on npm.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { git, writeTree } from '../helpers/tmp.js';
import { available, cleanEnv, cloneCheckout, run, runOk, tempRoot, VERSION } from './helpers.js';

const NPM = available('npm');
const TOKEN = fakeGithubToken(1701);
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund'];
const temp = tempRoot('sh-pack-');

describe.skipIf(!NPM)('install from a tarball made by npm pack (skipped: npm is not on PATH)', () => {
  let work: string;
  let checkout: string;
  let tarball: string;
  let project: string;

  beforeAll(async () => {
    work = temp.dir('work');
    checkout = cloneCheckout(join(work, 'checkout'), ['package.json', '.pre-commit-hooks.yaml'], true);
    await runOk('npm', ['pack', '--silent', '--pack-destination', work], { cwd: checkout });
    const made = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    expect(made).toEqual([`secret-hygiene-${VERSION}.tgz`]);
    tarball = join(work, made[0] as string);
    project = join(work, 'project');
    writeTree(project, { '.gitignore': '.env\n', 'src/config.js': `export const token = "${TOKEN}";\n`, 'README.md': 'hello\n' });
  }, 60_000);

  it.concurrent('packs the CLI, its four bundles and nothing of the sources', async () => {
    const files = (await runOk('tar', ['-tzf', tarball], { cwd: work })).stdout.trim().split('\n').sort();
    for (const f of ['bin/secret-hygiene.js', 'dist/cli.cjs', 'dist/worker.cjs', 'dist/git-pump.js', 'dist/engine.js', 'dist/prefilter.bin', 'package.json', '.secretsignore.example']) {
      expect(files).toContain(`package/${f}`);
    }
    expect(files.filter((f) => /^package\/(?:src|test|detectors|fixtures|scripts|node_modules)\//.test(f))).toEqual([]);
  });

  it.concurrent('installs globally into a prefix; the installed command scans a folder and a repository', async () => {
    const prefix = join(work, 'global');
    await runOk('npm', ['install', '-g', '--prefix', prefix, ...NPM_FLAGS, tarball], { cwd: work });
    const bin = join(prefix, 'bin', 'secret-hygiene');

    expect((await runOk(bin, ['--version'], { cwd: work })).stdout.trim()).toBe(VERSION);

    const scan = await run(bin, ['scan', '.'], { cwd: project });
    expect(scan.code, scan.output).toBe(1);
    expect(scan.stdout).toMatch(/src\/config\.js:1:\d+\s+critical\s+github-token/);
    expect(scan.output).not.toContain(TOKEN);

    // history reads blobs through dist/git-pump.js
    const repo = join(work, 'repo');
    writeTree(repo, { '.gitignore': '.env\n', 'app.js': `const t = "${TOKEN}";\n` });
    git(repo, ['init', '--quiet', '-b', 'main']);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '--quiet', '-m', 'add a token']);
    const history = await run(bin, ['history', '--format', 'json'], { cwd: repo });
    expect(history.code, history.output).toBe(1);
    const report = JSON.parse(history.stdout) as { findings: { detectorId: string; path: string; inTree: boolean }[] };
    expect(report.findings).toEqual([expect.objectContaining({ detectorId: 'github-token', path: 'app.js', inTree: true })]);
  }, 60_000);

  it.concurrent('runs with npx from the tarball', async () => {
    const env = cleanEnv();
    const npxCache = join((await runOk('npm', ['config', 'get', 'cache'], { cwd: work, env })).stdout.trim(), '_npx');
    try {
      const r = await run('npx', ['--yes', ...NPM_FLAGS, '--package', tarball, 'secret-hygiene', 'scan', '.'], { cwd: project, env });
      expect(r.code, r.output).toBe(1);
      expect(r.stdout).toContain('github-token');
    } finally {
      removeNpxInstall(npxCache, tarball);
    }
  }, 60_000);

  it.concurrent('installs globally from a checkout (npm install -g . runs the build)', async () => {
    const prefix = join(work, 'from-checkout');
    rmSync(join(checkout, 'dist'), { recursive: true, force: true });
    await runOk('npm', ['install', '-g', '--prefix', prefix, ...NPM_FLAGS, '.'], { cwd: checkout });
    const bin = join(prefix, 'bin', 'secret-hygiene');
    expect((await runOk(bin, ['--version'], { cwd: work })).stdout.trim()).toBe(VERSION);
    const scan = await run(bin, ['scan', 'src'], { cwd: project });
    expect(scan.code, scan.output).toBe(1);
  }, 60_000);
});

/** npx installs a package spec into <cache>/_npx/<hash>: remove the one made for this tarball. */
function removeNpxInstall(npxCache: string, tarball: string): void {
  let entries: string[];
  try {
    entries = readdirSync(npxCache);
  } catch {
    return;
  }
  for (const entry of entries) {
    try {
      if (readFileSync(join(npxCache, entry, 'package.json'), 'utf8').includes(tarball)) rmSync(join(npxCache, entry), { recursive: true, force: true });
    } catch {
      // not an npx install, or another run's
    }
  }
}
