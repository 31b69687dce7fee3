// The hook of .pre-commit-hooks.yaml run by the real pre-commit framework (Debian's package in CI:
// .ci/run installs it), from a clone of this checkout (HEAD, with the working tree's hook files):
// `pre-commit try-repo` on a staged fake credential fails naming the finding, and in a repository
// that pins the hook in .pre-commit-config.yaml, `git commit` of a clean file passes and of a
// credential is blocked. Each of the two installs the scanner once inside pre-commit's clone
// (scripts/pre-commit/hook.mjs: npm ci from the npm cache, build, prune): 7 s each on an idle
// machine, so the second runs only with SECRET_HYGIENE_INSTALL_TESTS=all (.ci/run leaves it out to keep CI fast: run it when changing the install scripts).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { git, writeTree } from '../helpers/tmp.js';
import { ALL_INSTALL_TESTS, ALL_INSTALL_TESTS_NOTE, available, cleanEnv, cloneCheckout, run, tempRoot } from './helpers.js';

const PRE_COMMIT = available('pre-commit');
const TOKEN = fakeGithubToken(4711);
const HOOK_FILES = ['.pre-commit-hooks.yaml', 'scripts/pre-commit/hook.mjs'];
const temp = tempRoot('sh-pre-commit-');

describe.skipIf(!PRE_COMMIT)('the pre-commit framework hook (skipped: pre-commit is not installed; apt-get install pre-commit)', () => {
  let work: string;
  let hooks: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    work = temp.dir('work');
    hooks = cloneCheckout(join(work, 'hooks'), HOOK_FILES, false);
    // pre-commit's store (clones and environments) in the temp folder, not the user's cache
    env = cleanEnv({ PRE_COMMIT_HOME: join(work, 'store'), PRE_COMMIT_COLOR: 'never', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' });
  });

  function scratch(name: string): string {
    const dir = join(work, name);
    git(work, ['init', '--quiet', '-b', 'main', dir]);
    git(dir, ['config', 'user.name', 'Test Author']);
    git(dir, ['config', 'user.email', 'author@example.com']);
    return dir;
  }

  it('try-repo fails on a staged credential and names the finding', async () => {
    const dir = scratch('try');
    writeTree(dir, { 'config.js': `export const token = "${TOKEN}";\n` });
    git(dir, ['add', 'config.js']);
    const r = await run('pre-commit', ['try-repo', hooks, 'secret-hygiene'], { cwd: dir, env });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/secret-hygiene\.+Failed/);
    expect(r.output).toMatch(/config\.js:1:\d+\s+critical\s+github-token/);
    expect(r.output).not.toContain(TOKEN);
  }, 120_000);

  it.skipIf(!ALL_INSTALL_TESTS)(`pinned in .pre-commit-config.yaml: a clean commit passes, a credential is blocked (${ALL_INSTALL_TESTS_NOTE})`, async () => {
    const dir = scratch('pinned');
    const rev = git(hooks, ['rev-parse', 'HEAD']).trim();
    writeTree(dir, {
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: secret-hygiene\n`,
      '.gitignore': '.env\n',
      'app.js': 'export const token = process.env.TOKEN;\n',
    });
    const install = await run('pre-commit', ['install'], { cwd: dir, env });
    expect(install.code, install.output).toBe(0);
    expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(true);

    git(dir, ['add', '-A']);
    const clean = await run('git', ['commit', '-m', 'clean'], { cwd: dir, env });
    expect(clean.code, clean.output).toBe(0);
    expect(clean.output).toMatch(/secret-hygiene\.+Passed/);

    writeFileSync(join(dir, 'app.js'), `export const token = "${TOKEN}";\n`);
    git(dir, ['add', 'app.js']);
    const blocked = await run('git', ['commit', '-m', 'leak'], { cwd: dir, env });
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toMatch(/app\.js:1:\d+\s+critical\s+github-token/);
    expect(git(dir, ['log', '--format=%s']).trim()).toBe('clean');
  }, 120_000);
});
