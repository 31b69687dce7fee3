// The GitHub Action (action.yml): its scan step, scripts/action/run.sh, run locally the way the
// runner runs it — the runner's variables set, a pull_request payload holding base.sha and head.sha
// — against temp repositories; then the SARIF file, the job summary, the step outputs and the exit
// code are checked. action.yml itself is checked for what the scripts expect of it. The install
// step (npm ci in a fresh clone, 5 to 15 s) runs only with SECRET_HYGIENE_INSTALL_TESTS=all.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { git, writeTree } from '../helpers/tmp.js';
import { BUILT } from '../helpers/built.js';
import { ALL_INSTALL_TESTS, ALL_INSTALL_TESTS_NOTE, available, cleanEnv, cloneCheckout, ROOT, run, tempRoot, VERSION, type Run } from './helpers.js';

const TOKEN = fakeGithubToken(9001);
const OLD_TOKEN = fakeGithubToken(9002);
const temp = tempRoot('sh-action-');
const tmpRepo = temp.repo;

interface ActionRun extends Run {
  readonly summary: string;
  readonly outputs: Record<string, string>;
  readonly sarifPath: string;
}

/** scripts/action/run.sh in `workspace` for an event, as the action's scan step runs it. */
async function runAction(workspace: string, event: { name: string; payload?: unknown }, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const runner = temp.dir('runner');
  const files = { event: join(runner, 'event.json'), summary: join(runner, 'summary.md'), output: join(runner, 'output') };
  writeFileSync(files.event, JSON.stringify(event.payload ?? {}));
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_ACTION_PATH: ROOT,
    RUNNER_TEMP: runner,
    SECRET_HYGIENE_CLI: join(ROOT, 'bin/secret-hygiene.js'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, '_')}`, v])),
    ...extraEnv,
  });
  const r = await run('bash', [join(ROOT, 'scripts/action/run.sh')], { cwd: runner, env });
  const outputs = Object.fromEntries(
    readFileSync(files.output, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { ...r, summary: readFileSync(files.summary, 'utf8'), outputs, sarifPath: inputs['sarif-file'] ? join(workspace, inputs['sarif-file']) : join(runner, 'secret-hygiene.sarif') };
}

interface Sarif {
  runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

function sarifResults(path: string): { ruleId: string; uri: string }[] {
  const sarif = JSON.parse(readFileSync(path, 'utf8')) as Sarif;
  return sarif.runs.flatMap((r) => r.results.map((x) => ({ ruleId: x.ruleId, uri: x.locations[0]?.physicalLocation.artifactLocation.uri ?? '' })));
}

describe.skipIf(!BUILT)('GitHub Action scan step, scripts/action/run.sh (needs npm run build)', () => {
  it('on a pull request scans only the commits base..head: SARIF, summary, outputs, exit 1', async () => {
    const repo = tmpRepo({ '.gitignore': '.env\n', 'legacy.js': `const old = "${OLD_TOKEN}";\n` });
    const base = git(repo, ['rev-parse', 'HEAD']).trim();
    writeTree(repo, { 'src/client.js': `export const token = "${TOKEN}";\n` });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'add a client']);
    const head = git(repo, ['rev-parse', 'HEAD']).trim();

    const r = await runAction(repo, { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } } });
    expect(r.code, r.output).toBe(1);
    expect(r.stdout).toContain(`the commits of the pull request, ${base.slice(0, 12)}..${head.slice(0, 12)}`);
    // an annotation on the diff, from the CLI's own GitHub integration
    expect(r.output).toMatch(/::error file=src\/client\.js,line=1,.*\[github-token\]/);

    // the secret of legacy.js came before the pull request: not reported
    expect(sarifResults(r.sarifPath)).toEqual([{ ruleId: 'github-token', uri: 'src/client.js' }]);
    expect(r.outputs).toEqual({ 'exit-code': '1', findings: '1', 'sarif-file': r.sarifPath });

    expect(r.summary).toContain('### ❌ secret-hygiene history: 1 finding (1 critical)');
    expect(r.summary).toContain('<code>src/client.js:1:');
    expect(r.summary).toContain(`Scanned the commits of the pull request, ${base.slice(0, 12)}..${head.slice(0, 12)}; fails on low and above: exit code 1.`);
    expect(r.summary.match(/### /g)).toHaveLength(1); // one report, not the CLI's copy as well
    for (const text of [r.output, r.summary, readFileSync(r.sarifPath, 'utf8')]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(OLD_TOKEN);
    }
  });

  it('on a push scans the working tree, and fail-on decides the exit code', async () => {
    // a low-severity finding only: the repository uses env files (.env.example) and .gitignore does not ignore .env
    const repo = tmpRepo({ '.gitignore': 'node_modules/\n', '.env.example': 'TOKEN=\n', 'app.js': 'export const token = process.env.TOKEN;\n' });

    const lenient = await runAction(repo, { name: 'push' }, { 'fail-on': 'medium', 'sarif-file': 'reports/sh.sarif' });
    expect(lenient.code, lenient.output).toBe(0);
    expect(lenient.stdout).toContain('secret-hygiene: the working tree (.), failing on medium and above');
    expect(sarifResults(lenient.sarifPath)).toEqual([{ ruleId: 'gitignore-missing-env', uri: '.gitignore' }]);
    expect(lenient.outputs).toEqual({ 'exit-code': '0', findings: '1', 'sarif-file': lenient.sarifPath });
    expect(lenient.summary).toContain('secret-hygiene scan: 1 finding (1 low)');

    rmSync(join(repo, 'reports'), { recursive: true }); // a report left in the tree would be scanned next time
    const strict = await runAction(repo, { name: 'push' }, { 'fail-on': 'low' });
    expect(strict.code, strict.output).toBe(1);
    expect(strict.outputs['exit-code']).toBe('1');

    writeTree(repo, { '.gitignore': 'node_modules/\n.env\n' });
    const clean = await runAction(repo, { name: 'workflow_dispatch' }, { args: '--no-repo-config' });
    expect(clean.code, clean.output).toBe(0);
    expect(clean.outputs.findings).toBe('0');
    expect(clean.summary).toContain('✅ secret-hygiene scan: no findings');
  });

  it('exits 2 when a pull_request payload has no commit range, and on a bad fail-on', async () => {
    const repo = tmpRepo({ 'a.txt': 'a\n' });
    const missing = await runAction(repo, { name: 'pull_request', payload: { pull_request: { base: { ref: 'main' } } } });
    expect(missing.code, missing.output).toBe(2);
    expect(missing.stdout).toContain('::error title=secret-hygiene::the pull_request payload');

    const bad = await runAction(repo, { name: 'push' }, { 'fail-on': 'severe' });
    expect(bad.code, bad.output).toBe(2);
    expect(bad.outputs, bad.output).toEqual({ 'exit-code': '2', findings: '', 'sarif-file': '' });
  });
});

describe('GitHub Action install step, scripts/action/install.sh', () => {
  it('does nothing in a checkout that is already installed and built (a second use of the action in one job)', async () => {
    const checkout = temp.dir('built');
    writeTree(checkout, { 'dist/cli.cjs': '', 'node_modules/.package-lock.json': '{}' });
    const r = await run('bash', [join(ROOT, 'scripts/action/install.sh')], { cwd: checkout, env: cleanEnv({ GITHUB_ACTION_PATH: checkout }) });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain(`secret-hygiene is already installed in ${checkout}`);
  });
});

describe.skipIf(!ALL_INSTALL_TESTS || !available('npm'))(`GitHub Action install step, scripts/action/install.sh (${ALL_INSTALL_TESTS_NOTE}; needs npm)`, () => {
  it('installs the scanner in the action\'s checkout (npm ci, build), which the scan step then runs', async () => {
    const work = temp.dir('work');
    const checkout = cloneCheckout(join(work, 'action'), ['action.yml', 'scripts/action/install.sh', 'scripts/action/run.sh'], false);
    const env = cleanEnv({ GITHUB_ACTION_PATH: checkout });
    const install = await run('bash', [join(checkout, 'scripts/action/install.sh')], { cwd: work, env });
    expect(install.code, install.output).toBe(0);
    expect(install.stdout.trim().split('\n').at(-1)).toBe(VERSION);
    const again = await run('bash', [join(checkout, 'scripts/action/install.sh')], { cwd: work, env });
    expect(again.stdout).toContain('already installed');

    const repo = tmpRepo({ '.gitignore': '.env\n', 'deploy.sh': `export GH_TOKEN=${TOKEN}\n` });
    const r = await runAction(repo, { name: 'push' }, {}, { GITHUB_ACTION_PATH: checkout, SECRET_HYGIENE_CLI: '' });
    expect(r.code, r.output).toBe(1);
    expect(sarifResults(r.sarifPath)).toEqual([{ ruleId: 'github-token', uri: 'deploy.sh' }]);
  }, 120_000);
});

describe('action.yml', () => {
  const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');

  it('is a composite action whose steps run the scripts of scripts/action/', () => {
    expect(action).toMatch(/^runs:\n {2}using: composite$/m);
    for (const script of ['install.sh', 'run.sh']) {
      expect(action).toContain(`bash "$GITHUB_ACTION_PATH/scripts/action/${script}"`);
      expect(existsSync(join(ROOT, 'scripts/action', script))).toBe(true);
    }
    expect(action).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d+$/m);
    expect(action).toMatch(/if: always\(\) && inputs\.upload-sarif == 'true'/);
  });

  it('declares every input it uses and passes each one run.sh reads', () => {
    const declared = [...(action.split('\noutputs:')[0] as string).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    const used = [...new Set([...action.matchAll(/\$\{\{ inputs\.([a-z-]+) \}\}/g)].map((m) => m[1]))];
    expect(used.filter((u) => !declared.includes(u))).toEqual([]);
    const script = readFileSync(join(ROOT, 'scripts/action/run.sh'), 'utf8');
    for (const name of new Set([...script.matchAll(/\$\{(INPUT_[A-Z_]+)/g)].map((m) => m[1] as string))) {
      const input = name.slice('INPUT_'.length).toLowerCase().replace(/_/g, '-');
      expect(declared).toContain(input);
      expect(action).toContain(`${name}: \${{ inputs.${input} }}`);
    }
  });
});
